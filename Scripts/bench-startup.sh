#!/usr/bin/env bash
# Arranque de tienda frente al programa sqlite3 sobre el mismo archivo
# (DESIGN.md §7: un comando de una vez ≤ 1,5x sqlite3). Mediana de N rondas
# intercaladas (una de cada programa por vuelta, para que ambos vean la misma
# carga de la máquina).
#
#   Scripts/bench-startup.sh [rondas]      (por omisión 200)
set -euo pipefail
RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$RAIZ"
rondas="${1:-200}"

# shellcheck source=Scripts/lib/release.sh
source "$RAIZ/Scripts/lib/release.sh"
mapfile -t OPCIONES < <(tienda_opciones_release "$RAIZ")
swift build "${OPCIONES[@]}" --product tienda >/dev/null
bin="$(swift build "${OPCIONES[@]}" --show-bin-path)/tienda"
command -v sqlite3 >/dev/null || { echo "Falta el programa sqlite3 (apt-get install sqlite3)." >&2; exit 1; }

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="$dir/tienda.db"
export XDG_STATE_HOME="$dir/state" HOME="$dir"
"$bin" --db "$db" -c 'configurar tienda nombre "Feria Don Pepe" zona America/Santiago' \
  -c 'crear categoría bebidas' >/dev/null

# Tiempo de pared de un comando en microsegundos (sin procesos extra: EPOCHREALTIME).
medir() {
  local inicio fin
  inicio=${EPOCHREALTIME/[.,]/}
  "$@" >/dev/null
  fin=${EPOCHREALTIME/[.,]/}
  echo $((fin - inicio))
}

mediana() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

: >"$dir/a" >"$dir/b" >"$dir/c" >"$dir/d"
for _ in $(seq 10); do "$bin" --db "$db" -c 'ver configuración' >/dev/null; sqlite3 "$db" 'select 1' >/dev/null; done
for _ in $(seq "$rondas"); do
  medir "$bin" --db "$db" -c 'ver configuración' >>"$dir/a"
  medir sqlite3 "$db" 'select 1' >>"$dir/b"
  medir sqlite3 "$db" 'select key, value from settings' >>"$dir/c"
  medir "$bin" --version >>"$dir/d"
done
a=$(mediana <"$dir/a")
b=$(mediana <"$dir/b")
c=$(mediana <"$dir/c")
d=$(mediana <"$dir/d")
razon() { awk -v x="$1" -v y="$2" 'BEGIN {printf "%.2f", x / y}'; }
printf 'Arranque, mediana de %s rondas (µs)\n' "$rondas"
printf '  %-52s %7s\n' "tienda -c 'ver configuración'" "$a"
printf '  %-52s %7s\n' "sqlite3 FILE 'select 1'" "$b"
printf '  %-52s %7s\n' "sqlite3 FILE 'select key, value from settings'" "$c"
printf '  %-52s %7s\n' "tienda --version (sin abrir la base)" "$d"
printf '  %-52s %7s\n' "razón tienda / sqlite3 'select 1' (meta ≤ 1,5)" "$(razon "$a" "$b")"
printf '  %-52s %7s\n' "razón tienda / sqlite3 leyendo settings" "$(razon "$a" "$c")"
echo "  (medido desde bash: cada cifra incluye ~0,5 ms de fork+exec del propio bash)"

# hyperfine (apt-get install hyperfine) lanza los procesos sin shell: cifras más finas.
if command -v hyperfine >/dev/null && command -v python3 >/dev/null; then
  hyperfine -N -w 20 -r "$rondas" --export-json "$dir/h.json" \
    "$bin --db $db -c 'ver configuración'" "sqlite3 $db 'select 1'" \
    "sqlite3 $db 'select key, value from settings'" >/dev/null 2>&1
  python3 - "$dir/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
m = [x["median"] * 1e6 for x in r]
print("Con hyperfine -N, mediana (µs)")
names = ["tienda -c 'ver configuración'", "sqlite3 FILE 'select 1'",
         "sqlite3 FILE 'select key, value from settings'"]
for name, v in zip(names, m):
    print(f"  {name:52} {v:7.0f}")
print(f"  {'razón tienda / sqlite3 select 1 (meta ≤ 1,5)':52} {m[0] / m[1]:7.2f}")
print(f"  {'razón tienda / sqlite3 leyendo settings':52} {m[0] / m[2]:7.2f}")
PY
fi
