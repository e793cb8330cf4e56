#!/usr/bin/env bash
# Rendimiento del envío a la central (issue 23):
#
#   Scripts/bench-sync.sh [ventas]      (por omisión 5000)
#
# Crea una tienda con <ventas> ventas de 3 líneas, levanta un PostgreSQL
# desechable (Scripts/lib/postgres.sh), mide «sincronizar» (filas por
# segundo) y, como referencia, un INSERT por lotes de las mismas filas de
# sale_lines hecho con psql desde un CSV (COPY).
# Imprime dos cifras del mismo envío: las filas de la bandeja de salida
# (outbox_rows: incluye las actualizaciones de stock de products, que el
# envío manda una vez por lote) y las filas del libro que quedaron en la
# central (ventas, líneas, impuestos, costos, pagos, movimientos, bitácora:
# la cuenta de Scripts/bench-cadena.sh y de la meta de DESIGN §7).
set -euo pipefail
RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENTAS="${1:-5000}"
TIENDA="${TIENDA_BIN:-$RAIZ/.build/release/tienda}"
[[ -x "$TIENDA" ]] || TIENDA="$RAIZ/.build/debug/tienda"
source "$RAIZ/Scripts/lib/postgres.sh"
DIR="$(mktemp -d)"
trap 'postgres_detener; rm -rf "$DIR"' EXIT
cd "$DIR"
postgres_iniciar
export TIENDA_AHORA=2026-11-23T13:00:00Z
"$TIENDA" --db t.db -c 'crear producto pan precio 1000 stock 1000000' \
  -c 'crear producto leche precio 900 stock 1000000' -c 'crear producto té precio 500 stock 1000000' \
  -c "configurar central \"$TIENDA_PG_CONNINFO\"" -c 'central preparar' >/dev/null 2>&1
for ((i = 0; i < VENTAS; i++)); do echo "vender 1 pan, 2 leche, 1 té pagar efectivo"; done >ventas.tienda
"$TIENDA" --db t.db ventas.tienda >/dev/null
FILAS=$(sqlite3 t.db "SELECT count(*) FROM outbox_rows")
INICIO=$(date +%s.%N)
"$TIENDA" --db t.db -c sincronizar
FIN=$(date +%s.%N)
python3 -c "import sys; f=$FILAS; t=$FIN-$INICIO; print(f'sincronizar: {f} filas en {t:.2f} s = {f/t:,.0f} filas/s'.replace(',', '.'))"
LIBRO=$(psql -X -q -At -d "$TIENDA_PG_CONNINFO" -c "SELECT (SELECT count(*) FROM tienda.sales) + (SELECT count(*) FROM tienda.sale_lines) + (SELECT count(*) FROM tienda.sale_line_costs) + (SELECT count(*) FROM tienda.sale_line_taxes) + (SELECT count(*) FROM tienda.payments) + (SELECT count(*) FROM tienda.stock_movements) + (SELECT count(*) FROM tienda.journal)")
python3 -c "import sys; f=$LIBRO; t=$FIN-$INICIO; print(f'sincronizar: {f} filas del libro en {t:.2f} s = {f/t:,.0f} filas del libro/s'.replace(',', '.'))"
# Referencia: COPY de sale_lines a una tabla igual.
sqlite3 -csv t.db "SELECT * FROM sale_lines" >lineas.csv
N=$(wc -l <lineas.csv)
psql -X -q -d "$TIENDA_PG_CONNINFO" -c "CREATE TABLE ref AS SELECT * FROM tienda.sale_lines WITH NO DATA; ALTER TABLE ref DROP COLUMN sucursal, DROP COLUMN epoca"
INICIO=$(date +%s.%N)
psql -X -q -d "$TIENDA_PG_CONNINFO" -c "\\copy ref FROM 'lineas.csv' WITH (FORMAT csv)"
FIN=$(date +%s.%N)
python3 -c "import sys; f=$N; t=$FIN-$INICIO; print(f'referencia psql COPY: {f} filas en {t:.2f} s = {f/t:,.0f} filas/s'.replace(',', '.'))"
