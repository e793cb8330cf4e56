#!/usr/bin/env bash
# Instala tienda desde el código fuente.
#
#   ./install.sh
#
# 1. Instala los paquetes del sistema que falten (libedit-dev, libsqlite3-dev,
#    pkg-config, tzdata, man-db) con apt-get, como root o con sudo.
# 2. Compila `tienda` en modo release con la biblioteca estándar de Swift
#    enlazada de forma estática (y libstdc++ y SQLite también, cuando sus
#    bibliotecas estáticas existen: arranca más rápido; ver Scripts/lib/release.sh).
# 3. Copia el programa sin símbolos de depuración (strip) a
#    /usr/local/bin/tienda (root) o a ~/.local/bin/tienda, y dice su tamaño
#    (presupuesto: 12 MB, DESIGN §7) y si depende de bibliotecas de Swift
#    (no debe: funciona sin Swift instalado).
# 4. Instala la página de manual (`man tienda`) y el completado de bash, los
#    dos generados por el programa recién instalado:
#      root:     /usr/local/share/man/man1/tienda.1 y
#                /usr/local/share/bash-completion/completions/tienda
#      usuario:  ~/.local/share/man/man1/tienda.1 (man la encuentra porque
#                ~/.local/bin está en el PATH) y
#                ~/.local/share/bash-completion/completions/tienda (la carga
#                el paquete bash-completion; respeta XDG_DATA_HOME y
#                BASH_COMPLETION_USER_DIR)
#      con TIENDA_DIR_BIN: todo queda dentro de esa carpeta y nada fuera:
#                $TIENDA_DIR_BIN/man/man1/tienda.1 (man la encuentra si la
#                carpeta está en el PATH) y $TIENDA_DIR_BIN/bash-completion/tienda.bash;
#                las cachés de SwiftPM y clang quedan en la carpeta de compilación
#
# Se puede ejecutar varias veces: solo instala lo que falta y reemplaza el
# programa por la versión recién compilada.
#
# Variables opcionales (para pruebas y empaquetado):
#   TIENDA_DIR_BIN      carpeta de destino (en vez de /usr/local/bin o ~/.local/bin);
#                       el manual y el completado quedan dentro de ella
#   TIENDA_SCRATCH_PATH carpeta de compilación de SwiftPM (por omisión .build)
set -euo pipefail

# -h/--help: esta ayuda (el comentario de arriba), sin instalar nada. Otro
# argumento se rechaza: el programa no tiene opciones.
case "${1-}" in
  -h | --help | ayuda)
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  "") ;;
  *)
    printf 'install.sh no tiene opciones: «%s». Vea ./install.sh --help\n' "$1" >&2
    exit 2
    ;;
esac

morir() {
  printf '\nError: %s\n' "$*" >&2
  printf 'La instalación de tienda no terminó.\n' >&2
  exit 1
}
trap 'morir "falló un comando inesperadamente (línea $LINENO)."' ERR

RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$RAIZ"

# shellcheck source=Scripts/lib/apt.sh
source "$RAIZ/Scripts/lib/apt.sh"
# shellcheck source=Scripts/lib/release.sh
source "$RAIZ/Scripts/lib/release.sh"

# man-db: para que «man tienda» funcione (trae groff-base).
PAQUETES=(libedit-dev libsqlite3-dev pkg-config tzdata man-db)

echo "Instalando tienda desde $RAIZ"

# --- 0. Swift ---------------------------------------------------------------
if ! command -v swift >/dev/null 2>&1; then
  morir "no se encontró «swift». Instale Swift 6 (https://www.swift.org/install/) y agréguelo al PATH."
fi

# --- 1. Paquetes del sistema ------------------------------------------------
echo
echo "Paso 1 de 4: paquetes del sistema"
apt_asegurar_paquetes "${PAQUETES[@]}" \
  || morir "no se pudieron instalar los paquetes del sistema (${PAQUETES[*]})."
# libpq5: sólo para «sincronizar» con una central PostgreSQL (tienda la carga
# al usarla); sin ella tienda funciona igual, así que sólo se avisa.
if ! apt_asegurar_paquetes libpq5; then
  echo "Aviso: no se pudo instalar libpq5; tienda funciona, pero «sincronizar» pedirá instalarla." >&2
fi

# --- 2. Compilación ---------------------------------------------------------
if [[ -n "${TIENDA_DIR_BIN:-}" ]]; then
  # Con TIENDA_DIR_BIN no se escribe nada fuera de esa carpeta (salvo la
  # carpeta de compilación): las cachés que SwiftPM y clang dejan en
  # ~/.cache y ~/.local/share van dentro de la carpeta de compilación.
  CACHES="${TIENDA_SCRATCH_PATH:-$RAIZ/.build}/caches-instalacion"
  export XDG_CACHE_HOME="$CACHES/cache" XDG_DATA_HOME="$CACHES/datos"
fi
echo
echo "Paso 2 de 4: compilando tienda (release; puede tardar unos minutos)…"
mapfile -t SWIFT_OPCIONES < <(tienda_opciones_release "$RAIZ")
if [[ -n "${TIENDA_SCRATCH_PATH:-}" ]]; then
  SWIFT_OPCIONES+=(--scratch-path "$TIENDA_SCRATCH_PATH")
fi
swift build "${SWIFT_OPCIONES[@]}" --product tienda \
  || morir "la compilación falló (swift build). Revise los mensajes de arriba."
DIR_COMPILADO="$(swift build "${SWIFT_OPCIONES[@]}" --show-bin-path)" \
  || morir "no se pudo obtener la carpeta del programa compilado."
BINARIO="$DIR_COMPILADO/tienda"
[[ -x "$BINARIO" ]] || morir "no se encontró el programa compilado en $BINARIO."

# --- 3. Instalación ---------------------------------------------------------
echo
echo "Paso 3 de 4: instalando el programa"
if [[ -n "${TIENDA_DIR_BIN:-}" ]]; then
  DESTINO="$TIENDA_DIR_BIN"
elif [[ "$(id -u)" -eq 0 ]]; then
  DESTINO="/usr/local/bin"
else
  DESTINO="$HOME/.local/bin"
fi
mkdir -p "$DESTINO" || morir "no se pudo crear la carpeta $DESTINO."
# Sin símbolos: el programa queda de unos pocos MB. La copia sin símbolos se
# arma junto al destino y reemplaza al programa de una vez (mv), así un
# programa en uso nunca queda a medio escribir.
STRIP="$(command -v strip || command -v llvm-strip || true)"
[[ -n "$STRIP" ]] \
  || morir "no se encontró «strip» (paquete binutils) para quitar los símbolos del programa."
TEMPORAL="$(mktemp "$DESTINO/.tienda.XXXXXX")" \
  || morir "no se pudo escribir en la carpeta $DESTINO."
trap 'rm -f "$TEMPORAL"' EXIT
"$STRIP" --strip-all -o "$TEMPORAL" "$BINARIO" \
  || morir "no se pudieron quitar los símbolos del programa ($STRIP)."
chmod 0755 "$TEMPORAL" && mv -f "$TEMPORAL" "$DESTINO/tienda" \
  || morir "no se pudo copiar el programa a $DESTINO/tienda."
trap - EXIT
BYTES="$(stat -c %s "$DESTINO/tienda")"
TAMANO="$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1048576 }' | tr . ,)"
echo "Programa instalado en $DESTINO/tienda ($TAMANO MB sin símbolos; presupuesto: 12 MB)"
if ((BYTES > 12 * 1048576)); then
  echo "Atención: el programa pasa del presupuesto de 12 MB (DESIGN §7)."
fi
if ldd "$DESTINO/tienda" 2>/dev/null | grep -q 'libswift'; then
  echo "Atención: el programa depende de bibliotecas de Swift; no funcionará sin Swift instalado."
fi

# --- 4. Manual y completado ----------------------------------------------------
echo
echo "Paso 4 de 4: instalando la página de manual y el completado de bash"
if [[ -n "${TIENDA_DIR_BIN:-}" ]]; then
  DIR_MAN="$DESTINO/man/man1"
  DIR_COMPLETADO="$DESTINO/bash-completion"
elif [[ "$(id -u)" -eq 0 ]]; then
  DIR_MAN="/usr/local/share/man/man1"
  DIR_COMPLETADO="/usr/local/share/bash-completion/completions"
else
  DIR_MAN="$HOME/.local/share/man/man1"
  DIR_COMPLETADO="${BASH_COMPLETION_USER_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/bash-completion}/completions"
fi
if [[ -n "${TIENDA_DIR_BIN:-}" ]]; then
  COMPLETADO="$DIR_COMPLETADO/tienda.bash"
else
  COMPLETADO="$DIR_COMPLETADO/tienda"
fi

# $1: opción del programa que genera el archivo; $2: archivo de destino.
# Se arma junto al destino y lo reemplaza de una vez (mv).
instalar_generado() {
  local carpeta
  carpeta="$(dirname "$2")"
  mkdir -p "$carpeta" || morir "no se pudo crear la carpeta $carpeta."
  TEMPORAL="$(mktemp "$carpeta/.tienda.XXXXXX")" \
    || morir "no se pudo escribir en la carpeta $carpeta."
  trap 'rm -f "$TEMPORAL"' EXIT
  "$DESTINO/tienda" "$1" >"$TEMPORAL" \
    || morir "«tienda $1» falló; no se pudo generar $2."
  chmod 0644 "$TEMPORAL" && mv -f "$TEMPORAL" "$2" \
    || morir "no se pudo copiar $2."
  trap - EXIT
}
instalar_generado --generar-man "$DIR_MAN/tienda.1"
instalar_generado --generar-completado-bash "$COMPLETADO"
echo "Página de manual instalada en $DIR_MAN/tienda.1"
echo "Completado de bash instalado en $COMPLETADO"

trap - ERR

if ! command -v man >/dev/null 2>&1; then
  echo "Atención: no se encontró «man» (paquete man-db); lea el manual con:"
  echo "    groff -man -Tutf8 $DIR_MAN/tienda.1 | less -R"
fi
if [[ -n "${TIENDA_DIR_BIN:-}" ]]; then
  echo "Para el completado con Tab, agregue esta línea a ~/.bashrc:"
  echo "    source \"$COMPLETADO\""
elif [[ ! -f /usr/share/bash-completion/bash_completion ]]; then
  echo "El completado con Tab necesita el paquete bash-completion (apt-get install bash-completion),"
  echo "o esta línea en ~/.bashrc:"
  echo "    source \"$COMPLETADO\""
fi

case ":${PATH}:" in
  *":$DESTINO:"*) ;;
  *)
    echo
    echo "Atención: la carpeta $DESTINO no está en su PATH."
    echo "Agregue esta línea al final de ~/.bashrc (o ~/.profile) y abra una terminal nueva:"
    if [[ "$DESTINO" == "$HOME/.local/bin" ]]; then
      # shellcheck disable=SC2016 # se muestra literal, para copiar y pegar
      echo '    export PATH="$HOME/.local/bin:$PATH"'
    else
      echo "    export PATH=\"$DESTINO:\$PATH\""
    fi
    echo "(«man tienda» encuentra el manual cuando $DESTINO está en el PATH.)"
    ;;
esac

echo
echo "Listo. Escriba «tienda» para empezar."
