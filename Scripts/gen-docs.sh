#!/usr/bin/env bash
# Regenera Docs/comandos.md a partir del registro de comandos del programa.
#
#   Scripts/gen-docs.sh
#
# Variables opcionales:
#   TIENDA_SCRATCH_PATH  carpeta de compilación de SwiftPM (por omisión .build)
set -euo pipefail

RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$RAIZ"

SWIFT_OPCIONES=()
if [[ -n "${TIENDA_SCRATCH_PATH:-}" ]]; then
  SWIFT_OPCIONES+=(--scratch-path "$TIENDA_SCRATCH_PATH")
fi

if ! swift build "${SWIFT_OPCIONES[@]}" --product tienda; then
  echo "Error: la compilación falló; Docs/comandos.md no se modificó." >&2
  exit 1
fi
BINARIO="$(swift build "${SWIFT_OPCIONES[@]}" --show-bin-path)/tienda"

mkdir -p Docs
TEMPORAL="$(mktemp Docs/.comandos.md.XXXXXX)"
trap 'rm -f "$TEMPORAL"' EXIT
if ! "$BINARIO" --generar-documentacion >"$TEMPORAL"; then
  echo "Error: «tienda --generar-documentacion» falló; Docs/comandos.md no se modificó." >&2
  exit 1
fi
if [[ ! -s "$TEMPORAL" ]]; then
  echo "Error: «tienda --generar-documentacion» no escribió nada; Docs/comandos.md no se modificó." >&2
  exit 1
fi
chmod 0644 "$TEMPORAL"
mv "$TEMPORAL" Docs/comandos.md
trap - EXIT
echo "Docs/comandos.md actualizado."
