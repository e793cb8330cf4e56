# shellcheck shell=bash
# Un PostgreSQL desechable para las pruebas de la sincronización (issue 23).
#
# Uso:
#   source Scripts/lib/apt.sh
#   source Scripts/lib/postgres.sh
#   postgres_iniciar && swift test ; postgres_detener
#
# postgres_iniciar crea un clúster en /dev/shm (tmpfs: initdb unas 3 veces
# más rápido; la ruta corta cabe en los 107 bytes de un socket Unix), sin
# red (sólo un socket Unix en esa carpeta), sin fsync (datos desechables),
# y exporta:
#   TIENDA_PG_CONNINFO   "host=<carpeta> port=5432 user=postgres dbname=postgres"
#   TIENDA_PG_DIR        la carpeta del clúster
#   TIENDA_PG_BIN        la carpeta de initdb, pg_ctl, postgres y psql
# Las pruebas crean su propia base con «CREATE DATABASE» sobre esa conexión.
# Como root, initdb/pg_ctl/postgres corren como el usuario «postgres»
# (lo crea si falta). postgres_detener lo detiene (-m immediate), espera a
# que el proceso termine y borra la carpeta. Necesita el paquete
# «postgresql» (el servidor) y «libpq5» (la biblioteca que tienda carga).

postgres_bin() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null)"
    if [[ -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    if [[ -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
  done
  return 1
}

# Corre un programa del servidor: como «postgres» si somos root.
postgres_como() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Cierra, en la (sub)capa actual, los descriptores heredados mayores que 2.
postgres_cerrar_heredados() {
  local fd
  for fd in /proc/"$BASHPID"/fd/*; do
    fd="${fd##*/}"
    if [[ "$fd" =~ ^[0-9]+$ && "$fd" -gt 2 ]]; then eval "exec $fd>&-" 2>/dev/null; fi
  done
  return 0
}

postgres_iniciar() {
  local bin dir
  if ! bin="$(postgres_bin)"; then
    echo "tienda: no se encontró initdb: instale el paquete «postgresql»." >&2
    return 1
  fi
  if [[ "$(id -u)" -eq 0 ]] && ! id -u postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres || return 1
  fi
  local base=/dev/shm
  [[ -d "$base" && -w "$base" ]] || base=/tmp
  dir="$(mktemp -d "$base/pgtmp.XXXXXX")" || return 1
  if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$dir"; fi
  if ! (cd "$dir" && postgres_como "$bin/initdb" -D "$dir/datos" -A trust -U postgres -E UTF8 \
    --locale=C --no-sync >"$dir/initdb.log" 2>&1); then
    echo "tienda: initdb falló (ver $dir/initdb.log)." >&2
    return 1
  fi
  cat >>"$dir/datos/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
CONF
  # El servidor queda corriendo: no debe heredar ningún descriptor de quien
  # lo inicia (un pipe o un socket del ejecutor de pruebas lo esperaría para
  # siempre). La subcapa cierra los mayores que 2 antes de pg_ctl.
  if ! (postgres_cerrar_heredados && cd "$dir" && postgres_como "$bin/pg_ctl" -D "$dir/datos" \
    -l "$dir/servidor.log" -w start </dev/null >/dev/null 2>&1); then
    echo "tienda: PostgreSQL no partió (ver $dir/servidor.log)." >&2
    return 1
  fi
  export TIENDA_PG_DIR="$dir"
  export TIENDA_PG_BIN="$bin"
  export TIENDA_PG_CONNINFO="host=$dir port=5432 user=postgres dbname=postgres"
  return 0
}

postgres_detener() {
  local dir="${TIENDA_PG_DIR:-}" bin="${TIENDA_PG_BIN:-}"
  [[ -n "$dir" && -d "$dir" ]] || return 0
  local pid=""
  [[ -f "$dir/datos/postmaster.pid" ]] && pid="$(head -n1 "$dir/datos/postmaster.pid")"
  (cd "$dir" && postgres_como "$bin/pg_ctl" -D "$dir/datos" -m immediate -w stop >/dev/null 2>&1)
  if [[ -n "$pid" ]]; then
    local i
    for i in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
  fi
  rm -rf "$dir"
  unset TIENDA_PG_DIR TIENDA_PG_CONNINFO
}
