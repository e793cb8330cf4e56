#!/usr/bin/env bash
# Informes sobre un año de una tienda con movimiento (issue 17, DESIGN §7):
# 200.000 ventas, 600.000 líneas, 1.000 productos, 20 categorías, 3 medios
# de pago, 2 cajas, 4 cajeros, 365 días. El archivo se arma directo con SQL
# en sqlite3 sobre el esquema del propio tienda (rápido: los disparadores de
# los resúmenes se quitan durante la carga y se vuelven a crear); después
# `tienda -c 'reconstruir informes'` arma los resúmenes desde las ventas.
#
# Para cada informe imprime, lado a lado: el tiempo de `tienda -c '…'`
# (el proceso completo: arrancar, abrir, consultar, mostrar), el del SQL
# equivalente escrito a mano sobre las tablas de ventas en el programa
# sqlite3, y la memoria máxima de tienda (/usr/bin/time -f %M). Meta: cada
# informe ≤ 50 ms y ≤ 25 MiB.
#
#   Scripts/bench-informes.sh [rondas]      (por omisión 3; se informa la mediana)
#
# Con INFORMES_ARCHIVO=ruta el año queda en ese archivo (y si ya existe, se
# usa tal cual, sin armarlo de nuevo).
set -euo pipefail
RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$RAIZ"
rondas="${1:-3}"

# shellcheck source=Scripts/lib/release.sh
source "$RAIZ/Scripts/lib/release.sh"
mapfile -t OPCIONES < <(tienda_opciones_release "$RAIZ")
swift build "${OPCIONES[@]}" --product tienda >/dev/null
bin="$(swift build "${OPCIONES[@]}" --show-bin-path)/tienda"
command -v sqlite3 >/dev/null || { echo "Falta el programa sqlite3 (apt-get install sqlite3)." >&2; exit 1; }
command -v python3 >/dev/null || { echo "Falta python3 (mide los tiempos)." >&2; exit 1; }

mkdir -p "$RAIZ/.build"
tmp="$(mktemp -d "$RAIZ/.build/bench-informes.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
export XDG_STATE_HOME="$tmp/state" HOME="$tmp" TZ=America/Santiago
# Fin del año de ventas: «año» va del 1 de enero a hoy.
export TIENDA_AHORA=2026-12-31T22:00:00Z
db="${INFORMES_ARCHIVO:-$tmp/anio.db}"
if [[ -s "$db" ]]; then
  echo "Usando el año ya armado en $db."
else

echo "Armando el año (200.000 ventas, 600.000 líneas)…"
inicio=$(date +%s%N)
"$bin" --db "$db" -c 'configurar tienda nombre "Año de prueba" zona America/Santiago' \
  -c 'crear caja "Caja 2"' -c 'abrir caja 0' >/dev/null 2>&1
"$bin" --db "$db" --caja "Caja 2" -c 'abrir caja 0' >/dev/null
# Los disparadores de los resúmenes se guardan y se quitan durante la carga.
: >"$tmp/disparadores.sql"
for t in $(sqlite3 "$db" "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%\_report' ESCAPE '\'"); do
  sqlite3 "$db" "SELECT sql || ';' FROM sqlite_schema WHERE name = '$t'" >>"$tmp/disparadores.sql"
  sqlite3 "$db" "DROP TRIGGER $t"
done

sqlite3 "$db" <<'SQL'
.bail on
PRAGMA synchronous = OFF;
BEGIN;
-- 20 categorías y 1.000 productos (precio con IVA, costo ~60 %).
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO categories(id, name, name_folded, created_at)
  SELECT 100 + i, 'Categoría ' || i, 'categoria ' || i, unixepoch() FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO products(id, sku, sku_folded, name, name_folded, category_id, price, cost, stock,
    created_at, updated_at)
  SELECT 1000 + i, 'P' || printf('%04d', i), 'p' || printf('%04d', i), 'Producto ' || i,
    'producto ' || i, 100 + (i % 20) + 1, 500 + (i * 37) % 9500,
    (500 + (i * 37) % 9500) * 6 / 10 * 100 / 119, 1000000, unixepoch(), unixepoch()
  FROM n;
INSERT INTO product_taxes(product_id, tax_id) SELECT id, 1 FROM products WHERE id > 1000;

-- Las líneas: 3 por venta, cantidades 1 a 3.
CREATE TEMP TABLE gen(sale INTEGER, pos INTEGER, product INTEGER, qty INTEGER, price INTEGER,
  amount INTEGER, net INTEGER);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000),
  k(p) AS (VALUES (1), (2), (3))
INSERT INTO gen
  SELECT i, p, pr.id, q, pr.price, pr.price * q / 1000, (pr.price * q / 1000 * 100 + 59) / 119
  FROM (SELECT i, p, 1001 + ((i * 7919 + p * 104729) % 1000) AS prod,
          1000 * (1 + (i + p) % 3) AS q FROM n, k) g
    JOIN products pr ON pr.id = g.prod;

-- Las ventas: 365 días, entre las 9 y las 21 (hora de Santiago, UTC-3/-4).
INSERT INTO sales(id, register_id, number, session_id, at, user_name, subtotal, line_discounts,
    ticket_discount, coupon_discount, total, net, rounding, change)
  SELECT sale, 1 + sale % 2, (sale + 1) / 2,
    (SELECT id FROM cash_sessions WHERE register_id = 1 + sale % 2 AND closed_at IS NULL),
    1767268800 + ((sale - 1) * 365 / 200000) * 86400 + (sale * 7919) % 43200,
    'cajero' || (1 + sale % 4), sum(amount), 0, 0, 0, sum(amount), sum(net), 0, 0
  FROM gen GROUP BY sale ORDER BY sale;
INSERT INTO sale_lines(id, sale_id, position, product_id, sku, name, unit, quantity, unit_price,
    price_includes_taxes, amount, line_discount, ticket_discount, coupon_discount, total, net)
  SELECT (sale - 1) * 3 + pos, sale, pos, product, 'P', 'Producto', 'un', qty, price, 1, amount,
    0, 0, 0, amount, net
  FROM gen ORDER BY sale, pos;
INSERT INTO sale_line_taxes(line_id, code, rate, amount)
  SELECT (sale - 1) * 3 + pos, 'iva', 19000, amount - net FROM gen ORDER BY sale, pos;
INSERT INTO sale_line_costs(line_id, unit_cost, cost, estimated)
  SELECT l.id, p.cost, (p.cost * l.quantity + 500) / 1000, 0
  FROM sale_lines l JOIN products p ON p.id = l.product_id ORDER BY l.id;
INSERT INTO payments(sale_id, register_id, session_id, method, amount, tendered, change,
    rounding, at)
  SELECT id, register_id, session_id,
    CASE id % 3 WHEN 0 THEN 'efectivo' WHEN 1 THEN 'débito' ELSE 'crédito' END,
    total, total, 0, 0, at
  FROM sales ORDER BY id;
COMMIT;
SQL
sqlite3 "$db" <"$tmp/disparadores.sql"
echo "Cargado en $(( ($(date +%s%N) - inicio) / 1000000 )) ms."
inicio=$(date +%s%N)
"$bin" --db "$db" -c 'reconstruir informes'
echo "reconstruir informes: $(( ($(date +%s%N) - inicio) / 1000000 )) ms."
# Gastos de un año (issue 18): 12 categorías, 3.650 gastos (10 por día).
sqlite3 "$db" <<'SQL'
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO expense_categories(name, name_folded, created_at)
  SELECT 'categoría ' || i, 'categoria ' || i, 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 3649)
INSERT INTO expenses(description, amount, category_id, day, register_id, at)
  SELECT 'gasto ' || i, 1000 + (i * 7919) % 90000, 1 + i % 12,
    date('2026-01-01', '+' || (i / 10) || ' days'), 1, 0 FROM n;
COMMIT;
SQL
fi
echo "Archivo: $(du -h "$db" | cut -f1), $(sqlite3 "$db" 'SELECT count(*) FROM sales') ventas, $(sqlite3 "$db" 'SELECT count(*) FROM sale_lines') líneas."

dia='date(at, '"'"'unixepoch'"'"', '"'"'localtime'"'"')'
desde=2026-01-01
hasta=2026-12-31
# informe | comando tienda | SQL a mano sobre las tablas de ventas
cat >"$tmp/informes.txt" <<EOF
ventas año por mes|informe ventas año por mes|SELECT substr($dia, 1, 7) AS m, count(*), sum(total), sum(net) FROM sales WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY m;
ventas año por día|informe ventas año por día|SELECT $dia AS d, count(*), sum(total), sum(net) FROM sales WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY d;
ventas año por hora|informe ventas año por hora|SELECT strftime('%H', at, 'unixepoch', 'localtime') AS h, count(*), sum(total) FROM sales WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY h;
ventas año por día-semana|informe ventas año por día-semana|SELECT strftime('%w', at, 'unixepoch', 'localtime') AS w, count(*), sum(total) FROM sales WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY w;
ventas año por categoría|informe ventas año por categoría|SELECT c.name, sum(l.total), sum(l.net) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '$desde' AND '$hasta' GROUP BY c.id ORDER BY 2 DESC;
ventas mes por categoría|informe ventas mes por categoría|SELECT c.name, sum(l.total), sum(l.net) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '2026-12-01' AND '$hasta' GROUP BY c.id ORDER BY 2 DESC;
ventas año por producto|informe ventas año por producto|SELECT p.name, sum(l.quantity), sum(l.total) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '$desde' AND '$hasta' GROUP BY l.product_id ORDER BY 3 DESC;
ventas año por medio|informe ventas año por medio|SELECT method, count(*), sum(amount) FROM payments WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY method;
ventas año por cajero|informe ventas año por cajero|SELECT user_name, count(*), sum(total) FROM sales WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY user_name;
ventas año por caja|informe ventas año por caja|SELECT register_id, count(*), sum(total) FROM sales WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY register_id;
productos año top 10|informe productos año más vendidos top 10|SELECT p.name, sum(l.quantity), sum(l.total) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '$desde' AND '$hasta' GROUP BY l.product_id ORDER BY 3 DESC LIMIT 10;
productos año menos vendidos|informe productos año menos vendidos top 10|SELECT p.name, coalesce(sum(l.total), 0) AS t FROM products p LEFT JOIN (SELECT l.product_id, l.total FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '$desde' AND '$hasta') l ON l.product_id = p.id GROUP BY p.id ORDER BY t LIMIT 10;
ganancias año por mes|informe ganancias año por mes|SELECT substr(date(s.at, 'unixepoch', 'localtime'), 1, 7) AS m, sum(l.net), sum(c.cost), sum(l.net) - sum(c.cost) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN sale_line_costs c ON c.line_id = l.id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '$desde' AND '$hasta' GROUP BY m;
ganancias año por producto|informe ganancias año por producto|SELECT l.product_id, sum(l.net) - sum(c.cost) AS g FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN sale_line_costs c ON c.line_id = l.id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '$desde' AND '$hasta' GROUP BY l.product_id ORDER BY g DESC;
resultado año|informe resultado año|SELECT (SELECT sum(l.net) - sum(c.cost) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN sale_line_costs c ON c.line_id = l.id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '$desde' AND '$hasta'), (SELECT sum(amount) FROM expenses WHERE day BETWEEN '$desde' AND '$hasta');
resultado mes|informe resultado mes|SELECT (SELECT sum(l.net) - sum(c.cost) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN sale_line_costs c ON c.line_id = l.id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '2026-12-01' AND '$hasta'), (SELECT sum(amount) FROM expenses WHERE day BETWEEN '2026-12-01' AND '$hasta');
stock vendido mes|informe stock vendido mes|SELECT p.name, sum(l.quantity), sum(l.total) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id WHERE date(s.at, 'unixepoch', 'localtime') BETWEEN '2026-12-01' AND '$hasta' GROUP BY l.product_id ORDER BY p.name;
stock valorizado|informe stock valorizado|SELECT p.name, p.stock * p.cost / 1000, p.stock * p.price / 1000 FROM products p WHERE p.active = 1 AND p.is_kit = 0 ORDER BY p.name_folded;
descuentos año por mes|informe descuentos año por mes|SELECT substr($dia, 1, 7) AS m, sum(subtotal), sum(line_discounts), sum(ticket_discount), sum(coupon_discount) FROM sales WHERE $dia BETWEEN '$desde' AND '$hasta' GROUP BY m;
anulaciones año|informe anulaciones año|SELECT r.at, r.kind, r.total, r.reason FROM refunds r WHERE $dia BETWEEN '$desde' AND '$hasta' UNION ALL SELECT at, action, json_extract(before, '\$.total'), '' FROM journal WHERE action = 'venta.cancelar' AND $dia BETWEEN '$desde' AND '$hasta' ORDER BY 1;
EOF

python3 - "$bin" "$db" "$rondas" "$tmp/informes.txt" <<'PY'
import os, statistics, subprocess, sys, time
binario, db, rondas, lista = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
tiempo = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None

def medir(args):
    t0 = time.perf_counter()
    r = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    t = (time.perf_counter() - t0) * 1000
    if r.returncode != 0:
        sys.exit("Falló: " + " ".join(args) + "\n" + r.stderr.decode())
    return t

def memoria(args):
    if not tiempo:
        return None
    r = subprocess.run([tiempo, "-f", "%M"] + args, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    return int(r.stderr.decode().strip().splitlines()[-1]) / 1024

def coma(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")

print(f"{'informe':<30} {'tienda ms':>10} {'sqlite3 ms':>11} {'MiB':>6}  meta")
peor = 0.0
for linea in open(lista, encoding="utf-8"):
    nombre, comando, sql = linea.rstrip("\n").split("|", 2)
    t_args = [binario, "--db", db, "-c", comando]
    s_args = ["sqlite3", db, sql]
    ts, ss = [], []
    for _ in range(rondas):
        ts.append(medir(t_args))
        ss.append(medir(s_args))
    t, s = statistics.median(ts), statistics.median(ss)
    m = memoria(t_args)
    peor = max(peor, t)
    ok = "ok" if t <= 50 and (m is None or m <= 25) else "NO"
    print(f"{nombre:<30} {coma(t):>10} {coma(s):>11} {coma(m) if m else '-':>6}  {ok}")
print(f"El más lento: {coma(peor)} ms (meta ≤ 50 ms, ≤ 25 MiB).")
PY
