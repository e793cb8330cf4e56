# shellcheck shell=bash
# Funciones compartidas por install.sh y Scripts/test.sh para instalar los
# paquetes del sistema que falten (Debian/Ubuntu, apt-get).
#
# Uso:
#   source Scripts/lib/apt.sh
#   apt_asegurar_paquetes libedit-dev libsqlite3-dev pkg-config tzdata
#
# - Revisa cada paquete con `dpkg-query -W -f='${Status}'`.
# - Instala solo los que faltan, como root o con sudo si no es root.
# - Si apt-get no encuentra el paquete (sin candidato para instalar, listas
#   viejas), ejecuta `apt-get update` y reintenta una sola vez.
# - Devuelve un código distinto de cero (con un mensaje en español en stderr)
#   si no pudo instalar algo. No termina el script que la llama: el llamador
#   decide qué hacer.

# Mensajes con un prefijo común; los errores y avisos van a stderr.
apt_info() { printf '==> %s\n' "$*"; }
apt_aviso() { printf 'Aviso: %s\n' "$*" >&2; }
apt_error() { printf 'Error: %s\n' "$*" >&2; }

# ¿Está instalado el paquete $1? (estado "install ok installed" o "hold ok installed")
apt_paquete_instalado() {
  local estado
  estado="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" || return 1
  [[ "$estado" == *" ok installed" ]]
}

# Imprime los paquetes de la lista que faltan, separados por espacios.
apt_paquetes_faltantes() {
  local paquete faltan=()
  for paquete in "$@"; do
    apt_paquete_instalado "$paquete" || faltan+=("$paquete")
  done
  printf '%s' "${faltan[*]:-}"
}

# Ejecuta un comando como root: directamente si ya somos root, si no con sudo.
apt_como_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -- "$@"
  else
    apt_error "se necesitan permisos de administrador para ejecutar «$*», pero no es root y «sudo» no está instalado."
    return 1
  fi
}

# apt-get install -y de los paquetes dados; deja la salida en el archivo $1.
_apt_instalar_una_vez() {
  local registro="$1"
  shift
  apt_como_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "$@" >"$registro" 2>&1
}

# Instala los paquetes de la lista que falten. Devuelve 0 si al final están todos.
apt_asegurar_paquetes() {
  local faltan
  faltan="$(apt_paquetes_faltantes "$@")"
  if [[ -z "$faltan" ]]; then
    apt_info "Paquetes del sistema ya instalados: $*"
    return 0
  fi

  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    apt_error "este sistema no tiene apt-get ni dpkg-query. Instale a mano: $faltan"
    return 1
  fi

  local -a lista
  read -r -a lista <<<"$faltan"
  apt_info "Instalando paquetes del sistema que faltan: ${lista[*]}"

  local registro
  registro="$(mktemp "${TMPDIR:-/tmp}/tienda-apt.XXXXXX")"
  if ! _apt_instalar_una_vez "$registro" "${lista[@]}"; then
    if grep -Eqi 'has no installation candidate|Unable to locate package|no tiene un candidato|No se ha podido localizar|Failed to fetch|404 +Not Found' "$registro"; then
      apt_info "apt-get no encontró algún paquete; actualizando la lista de paquetes (apt-get update) y reintentando…"
      if ! apt_como_root env DEBIAN_FRONTEND=noninteractive apt-get update >>"$registro" 2>&1; then
        tail -n 20 "$registro" >&2
        apt_error "falló «apt-get update». Revise la conexión a internet y las fuentes de apt."
        rm -f "$registro"
        return 1
      fi
      if ! _apt_instalar_una_vez "$registro" "${lista[@]}"; then
        tail -n 20 "$registro" >&2
        apt_error "no se pudieron instalar los paquetes: ${lista[*]}"
        rm -f "$registro"
        return 1
      fi
    else
      tail -n 20 "$registro" >&2
      apt_error "no se pudieron instalar los paquetes: ${lista[*]}"
      rm -f "$registro"
      return 1
    fi
  fi
  rm -f "$registro"

  # Comprobación final: dpkg debe verlos todos instalados.
  faltan="$(apt_paquetes_faltantes "$@")"
  if [[ -n "$faltan" ]]; then
    apt_error "después de apt-get siguen faltando: $faltan"
    return 1
  fi
  apt_info "Paquetes instalados: ${lista[*]}"
}
