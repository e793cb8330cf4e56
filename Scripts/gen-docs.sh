#!/usr/bin/env bash
# Regenera los documentos que salen del programa:
#   Docs/comandos.md  desde el registro de comandos (--generar-documentacion)
#   Docs/tienda.1     la página de manual: opciones y comandos (--generar-man)
#   Docs/tienda.bash  el completado de bash de las opciones (--generar-completado-bash)
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
  echo "Error: la compilación falló; Docs/ no se modificó." >&2
  exit 1
fi
BINARIO="$(swift build "${SWIFT_OPCIONES[@]}" --show-bin-path)/tienda"

mkdir -p Docs
TEMPORAL=""
trap 'rm -f "$TEMPORAL"' EXIT

# $1: opción del programa; $2: archivo de Docs/ que escribe.
generar() {
  TEMPORAL="$(mktemp "Docs/.$(basename "$2").XXXXXX")"
  if ! "$BINARIO" "$1" >"$TEMPORAL"; then
    echo "Error: «tienda $1» falló; $2 no se modificó." >&2
    exit 1
  fi
  if [[ ! -s "$TEMPORAL" ]]; then
    echo "Error: «tienda $1» no escribió nada; $2 no se modificó." >&2
    exit 1
  fi
  chmod 0644 "$TEMPORAL"
  mv "$TEMPORAL" "$2"
  TEMPORAL=""
  echo "$2 actualizado."
}

generar --generar-documentacion Docs/comandos.md
generar --generar-man Docs/tienda.1
generar --generar-completado-bash Docs/tienda.bash
