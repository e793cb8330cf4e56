#!/usr/bin/env bash
# Catálogo de 50.000 productos: importación, y luego completado con Tab,
# nombrar un producto y «buscar», medidos dentro del proceso (tienda-bench),
# más un comando de una vez frente a sqlite3 haciendo la consulta FTS5
# equivalente. DESIGN.md §7: Tab ≤ 5 ms; memoria ≤ 25 MiB.
#
#   Scripts/bench-catalog.sh [productos] [rondas]
set -euo pipefail
RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$RAIZ"
productos="${1:-50000}"
rondas="${2:-200}"

# shellcheck source=Scripts/lib/release.sh
source "$RAIZ/Scripts/lib/release.sh"
mapfile -t OPCIONES < <(tienda_opciones_release "$RAIZ")
swift build "${OPCIONES[@]}" --product tienda >/dev/null
swift build "${OPCIONES[@]}" --product tienda-bench >/dev/null
dir_bin="$(swift build "${OPCIONES[@]}" --show-bin-path)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export XDG_STATE_HOME="$tmp/state" HOME="$tmp"
db="$tmp/tienda.db"

python3 - "$productos" >"$tmp/catalogo.csv" <<'PY'
import sys
n = int(sys.argv[1])
words = ["Empanada", "Cerveza", "Queso", "Pan", "Jugo", "Leche", "Yogur", "Galleta", "Arroz",
         "Fideos", "Aceite", "Té", "Café", "Piña", "Ñoquis", "Salsa", "Harina", "Azúcar"]
kinds = ["pino", "lata", "fresco", "amasado", "natural", "entera", "batido", "agua", "grado"]
print("nombre;precio;sku;barras;categoría;unidad;stock")
def ean(i):
    body = "780" + str(i).zfill(9)
    s = sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(body))
    return body + str((10 - s % 10) % 10)
for i in range(n):
    name = f"{words[i % len(words)]} {kinds[(i // len(words)) % len(kinds)]} {i}"
    print(f"{name};{990 + (i % 50) * 100};PRD{i:05d};{ean(i)};Cat {i % 40};un;{i % 100}")
PY

inicio=${EPOCHREALTIME/[.,]/}
"$dir_bin/tienda" --db "$db" -c "importar productos $tmp/catalogo.csv" >/dev/null
fin=${EPOCHREALTIME/[.,]/}
echo "Importar $productos productos (una transacción): $(((fin - inicio) / 1000)) ms"
echo "Archivo: $(($(stat -c %s "$db") / 1024 / 1024)) MiB"

"$dir_bin/tienda-bench" "$db" "$rondas"

# Un comando de una vez frente a la misma consulta FTS5 en sqlite3.
medir() {
  local muestras=()
  for _ in $(seq 50); do
    local a b
    a=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null
    b=${EPOCHREALTIME/[.,]/}
    muestras+=($((b - a)))
  done
  printf '%s\n' "${muestras[@]}" | sort -n | sed -n 25p
}
t_tienda=$(medir "$dir_bin/tienda" --db "$db" -c 'buscar cerveza lata')
t_sqlite=$(medir sqlite3 "$db" "select p.sku, p.name, p.price, p.stock from products_search s join products p on p.id = s.rowid where products_search match '\"cerveza\"* \"lata\"*' order by rank limit 50")
echo "Una vez, mediana de 50 (µs): tienda -c 'buscar cerveza lata' $t_tienda · sqlite3 misma consulta $t_sqlite · razón $(awk -v a="$t_tienda" -v b="$t_sqlite" 'BEGIN {printf "%.2f", a / b}')"

# Un nombre mal escrito: «¿Quiso decir …?» lee un número acotado de nombres
# (issue 12, punto 5); mediana de 20 ejecuciones de una vez.
muestras=()
for _ in $(seq 20); do
  a=${EPOCHREALTIME/[.,]/}
  "$dir_bin/tienda" --db "$db" -c 'vender 2 cervesa lata 1 pagar efectivo 100000' >/dev/null 2>&1 || true
  b=${EPOCHREALTIME/[.,]/}
  muestras+=($((b - a)))
done
t_typo=$(printf '%s\n' "${muestras[@]}" | sort -n | sed -n 10p)
echo "Producto mal escrito con sugerencia, mediana de 20 (µs): $t_typo · sugiere: $("$dir_bin/tienda" --db "$db" -c 'vender 2 cervesa lata 1 pagar efectivo 100000' 2>&1 | grep -o '¿Quiso decir.*' || echo ninguna)"
