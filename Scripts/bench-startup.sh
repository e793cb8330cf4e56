#!/usr/bin/env bash
# Arranque: mediana de `tienda -c 'ver configuración'` frente a `sqlite3 FILE 'select 1'`
# sobre el mismo archivo (DESIGN.md §7; meta ≤ 1,5x). Uso: Scripts/bench-startup.sh [rondas]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-60}"
swift build -c release --static-swift-stdlib --product tienda >/dev/null
bin="$(swift build -c release --show-bin-path)/tienda"
command -v sqlite3 >/dev/null || { echo "Falta el programa sqlite3 (apt-get install sqlite3)." >&2; exit 1; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="$dir/tienda.db"
export XDG_STATE_HOME="$dir/state" HOME="$dir"
"$bin" --db "$db" -c 'configurar tienda nombre "Feria Don Pepe"' -c 'crear categoría bebidas' >/dev/null

# Runs a command `rounds` times, prints the median wall time in microseconds.
median_us() {
  local times=()
  for _ in $(seq "$rounds"); do
    local start end
    start=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null
    end=${EPOCHREALTIME/[.,]/}
    times+=($((end - start)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}

# Alternate warm-up so both start from the same page cache.
"$bin" --db "$db" -c 'ver configuración' >/dev/null
sqlite3 "$db" 'select 1' >/dev/null
t_tienda=$(median_us "$bin" --db "$db" -c 'ver configuración')
t_sqlite=$(median_us sqlite3 "$db" 'select 1')
ratio=$(awk -v a="$t_tienda" -v b="$t_sqlite" 'BEGIN {printf "%.2f", a / b}')
printf '%-40s %10s\n' "comando ($rounds rondas, mediana)" "µs"
printf '%-40s %10s\n' "tienda -c 'ver configuración'" "$t_tienda"
printf '%-40s %10s\n' "sqlite3 FILE 'select 1'" "$t_sqlite"
printf '%-40s %10s\n' "razón tienda / sqlite3 (meta ≤ 1,5)" "$ratio"
