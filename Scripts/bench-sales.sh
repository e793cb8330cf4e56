#!/usr/bin/env bash
# Ventas durables desde un archivo: N ventas de tres líneas pagadas en
# efectivo, una transacción cada una (WAL + synchronous=FULL), con
# `tienda --db F < ventas.tienda`, al lado del programa sqlite3 ejecutando el
# SQL equivalente sobre el mismo esquema (el generador de abajo:
# BEGIN IMMEDIATE; venta, 3 líneas, 3 impuestos de línea, pago, 3 stocks y
# 3 movimientos, una fila de bitácora; COMMIT), más un fdatasync de este disco.
# DESIGN.md §7: razón tienda / sqlite3 ≤ 0,8; ms por venta ≤ 3 fdatasync.
#
#   Scripts/bench-sales.sh [ventas] [rondas]     (por omisión 5000 y 3)
#
# Con varias rondas se informa la mediana; las rondas alternan tienda y
# sqlite3 para que ambos vean la misma carga de la máquina. Los archivos van
# en una carpeta temporal bajo .build (el mismo disco que el proyecto: /tmp
# podría ser tmpfs, donde fdatasync no cuesta nada).
set -euo pipefail
RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$RAIZ"
ventas="${1:-5000}"
rondas="${2:-3}"
productos=200

# shellcheck source=Scripts/lib/release.sh
source "$RAIZ/Scripts/lib/release.sh"
mapfile -t OPCIONES < <(tienda_opciones_release "$RAIZ")
swift build "${OPCIONES[@]}" --product tienda >/dev/null
bin="$(swift build "${OPCIONES[@]}" --show-bin-path)/tienda"
command -v sqlite3 >/dev/null || { echo "Falta el programa sqlite3 (apt-get install sqlite3)." >&2; exit 1; }
command -v python3 >/dev/null || { echo "Falta python3 (genera las ventas y mide fdatasync)." >&2; exit 1; }

mkdir -p "$RAIZ/.build"
tmp="$(mktemp -d "$RAIZ/.build/bench-ventas.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
export XDG_STATE_HOME="$tmp/state" HOME="$tmp" TZ=America/Santiago

# Generador: el catálogo (CSV para tienda, SQL para sqlite3), las ventas
# (una línea `vender … pagar efectivo X` por venta) y el SQL equivalente, con
# los mismos productos, cantidades, montos e impuestos.
python3 - "$productos" "$ventas" "$tmp" <<'PY'
import json, random, sys
productos, ventas, carpeta = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rnd = random.Random(20261123)
bases = ["Empanada", "Cerveza", "Queso", "Pan", "Jugo", "Leche", "Yogur", "Galleta", "Arroz",
         "Fideos", "Aceite", "Té", "Café", "Piña", "Ñoquis", "Salsa", "Harina", "Azúcar",
         "Bebida", "Chocolate"]
variantes = ["pino", "lata", "fresco", "amasado", "natural", "entero", "batido", "grande",
             "chico", "familiar"]
plegar = str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN")

def ean(i):
    cuerpo = "780" + str(i).zfill(9)
    s = sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(cuerpo))
    return cuerpo + str((10 - s % 10) % 10)

def q(texto):
    return "'" + texto.replace("'", "''") + "'"

catalogo = []
for i in range(productos):
    nombre = f"{bases[i % len(bases)]} {variantes[(i // len(bases)) % len(variantes)]}"
    if i >= len(bases) * len(variantes):
        nombre += f" {i}"
    precio = rnd.randrange(500, 10000, 10)
    catalogo.append((nombre, precio, f"PRD{i:04d}", ean(i)))
stock_inicial = 100000

with open(f"{carpeta}/catalogo.csv", "w") as f:
    f.write("nombre;precio;sku;barras;categoría;unidad;stock;impuestos\n")
    for nombre, precio, sku, barras in catalogo:
        f.write(f"{nombre};{precio};{sku};{barras};Almacén;un;{stock_inicial};iva\n")

with open(f"{carpeta}/catalogo.sql", "w") as f:
    f.write("BEGIN;\n")
    for i, (nombre, precio, sku, barras) in enumerate(catalogo, 1):
        plegado = nombre.lower().translate(plegar)
        f.write("INSERT INTO products(id, sku, sku_folded, barcode, name, name_folded, price, "
                f"stock, created_at, updated_at) VALUES ({i}, {q(sku)}, {q(sku.lower())}, "
                f"{q(barras)}, {q(nombre)}, {q(plegado)}, {precio}, {stock_inicial * 1000}, "
                "unixepoch(), unixepoch());\n")
        f.write(f"INSERT INTO product_taxes VALUES ({i}, 1);\n")
        f.write("INSERT INTO stock_movements(product_id, kind, quantity, stock_after, reason, "
                f"register_id, at) VALUES ({i}, 'inicial', {stock_inicial * 1000}, "
                f"{stock_inicial * 1000}, 'importación', 1, unixepoch());\n")
    f.write("COMMIT;\n")

billetes = [1000, 2000, 5000, 10000, 20000, 50000, 100000]
with open(f"{carpeta}/ventas.tienda", "w") as ft, open(f"{carpeta}/ventas.sql", "w") as fs:
    fs.write("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n"
             "PRAGMA foreign_keys = ON;\n")
    for numero in range(1, ventas + 1):
        elegidos = rnd.sample(range(len(catalogo)), 3)
        lineas = [(k + 1, rnd.randint(1, 3)) for k in elegidos]
        total = sum(cantidad * catalogo[pid - 1][1] for pid, cantidad in lineas)
        pagado = next(b for b in billetes if b >= total)
        orden = ", ".join(f"{c} {catalogo[p - 1][0].lower()}" for p, c in lineas)
        comando = f"vender {orden} pagar efectivo {pagado}"
        ft.write(comando + "\n")
        neto_total = 0
        cuerpo = []
        for pos, (pid, cantidad) in enumerate(lineas, 1):
            nombre, precio, sku, _ = catalogo[pid - 1]
            monto = cantidad * precio
            neto = (monto * 100000 * 2 + 119000) // (119000 * 2)
            neto_total += neto
            cuerpo.append(
                "INSERT INTO sale_lines(sale_id, position, product_id, sku, name, unit, quantity, "
                "unit_price, price_includes_taxes, amount, line_discount, ticket_discount, "
                "coupon_discount, total, net, note, open_price) VALUES ((SELECT max(id) FROM "
                f"sales), {pos}, {pid}, {q(sku)}, {q(nombre)}, 'un', {cantidad * 1000}, {precio}, "
                f"1, {monto}, 0, 0, 0, {monto}, {neto}, '', 0);\n"
                "INSERT INTO sale_line_taxes(line_id, code, rate, amount) VALUES "
                f"(last_insert_rowid(), 'iva', 19000, {monto - neto});\n")
        diario = json.dumps({
            "numero": numero, "caja": "Caja 1",
            "lineas": [{"producto": catalogo[p - 1][0], "sku": catalogo[p - 1][2],
                        "cantidad": c, "precio": catalogo[p - 1][1]} for p, c in lineas],
            "total": total, "descuentos": 0, "cupon": None,
            "pagos": [{"medio": "efectivo", "monto": total, "entregado": pagado,
                       "vuelto": pagado - total, "redondeo": 0, "referencia": None}],
            "bajo_cero": False}, ensure_ascii=False, separators=(",", ":"))
        fs.write("BEGIN IMMEDIATE;\n")
        fs.write(
            "INSERT INTO sales(register_id, number, session_id, at, user_name, subtotal, "
            "line_discounts, ticket_discount, ticket_discount_percent, coupon_id, coupon_discount, "
            "total, net, rounding, change, boleta, note, gift, quote_id) VALUES (1, (SELECT "
            "coalesce(max(number), 0) + 1 FROM sales WHERE register_id = 1), (SELECT id FROM "
            "cash_sessions WHERE register_id = 1 AND closed_at IS NULL), unixepoch(), NULL, "
            f"{total}, 0, 0, NULL, NULL, 0, {total}, {neto_total}, 0, {pagado - total}, NULL, "
            "'', 0, NULL);\n")
        fs.write("".join(cuerpo))
        fs.write(
            "INSERT INTO payments(sale_id, refund_id, register_id, session_id, method, amount, "
            "tendered, change, rounding, reference, at) VALUES ((SELECT max(id) FROM sales), "
            "NULL, 1, (SELECT id FROM cash_sessions WHERE register_id = 1 AND closed_at IS NULL), "
            f"'efectivo', {total}, {pagado}, {pagado - total}, 0, NULL, unixepoch());\n")
        for pid, cantidad in sorted(lineas):
            fs.write(
                f"UPDATE products SET stock = stock - {cantidad * 1000}, updated_at = unixepoch() "
                f"WHERE id = {pid};\n"
                "INSERT INTO stock_movements(product_id, kind, quantity, stock_after, reason, "
                f"user_name, register_id, at) VALUES ({pid}, 'venta', {-cantidad * 1000}, "
                f"(SELECT stock FROM products WHERE id = {pid}), 'venta {numero}', NULL, 1, "
                "unixepoch());\n")
        # The outbox (issue 23): tienda records the keys of the rows a sale
        # wrote with SQLite's preupdate hook and its journal trigger writes
        # them; the CLI writes the same keys with one statement.
        productos_venta = ",".join(str(p) for p, _ in sorted(lineas))
        fs.write(
            "INSERT INTO outbox_rows(table_name, key1, key2) "
            "SELECT 'sales', max(id), NULL FROM sales "
            "UNION ALL SELECT 'sale_lines', id, NULL FROM sale_lines "
            "WHERE sale_id = (SELECT max(id) FROM sales) "
            "UNION ALL SELECT 'sale_line_taxes', line_id, code FROM sale_line_taxes "
            "WHERE line_id IN (SELECT id FROM sale_lines WHERE sale_id = (SELECT max(id) FROM sales)) "
            "UNION ALL SELECT 'payments', max(id), NULL FROM payments "
            f"UNION ALL SELECT 'products', value, NULL FROM json_each('[{productos_venta}]') "
            "UNION ALL SELECT 'stock_movements', id, NULL FROM "
            "(SELECT id FROM stock_movements ORDER BY id DESC LIMIT 3);\n")
        # The journal's hash chain (DESIGN §8.19): the CLI has SHA3, not
        # SHA-256; the work (read the last hash, hash the row) is the same.
        fs.write(
            "INSERT INTO journal(at, user_name, approved_by, register_id, command, action, entity, "
            f"entity_id, before, after, hash) VALUES (unixepoch(), NULL, NULL, 1, {q(comando)}, "
            f"'venta.registrar', 'venta', '1-{numero}', NULL, {q(diario)}, lower(hex(sha3("
            "coalesce((SELECT hash FROM journal ORDER BY id DESC LIMIT 1), '') || char(10) || "
            f"{q(comando)} || {q(diario)}, 256))));\n")
        fs.write("COMMIT;\n")
PY

# Tiempo de pared, de CPU en modo usuario y de CPU en el núcleo de un comando,
# en microsegundos («time» de bash: sin procesos extra); su salida se
# descarta, sus errores quedan en $tmp/error.
medir() {
  local TIMEFORMAT='%3R %3U %3S' tiempos
  if ! tiempos=$({ time "$@" >/dev/null 2>"$tmp/error"; } 2>&1); then
    echo "Falló: $*" >&2
    head -5 "$tmp/error" >&2
    return 1
  fi
  awk '{printf "%d %d %d\n", $1 * 1e6, $2 * 1e6, $3 * 1e6}' <<<"$tiempos"
}

preparar_tienda() {
  "$bin" --db "$1" -c 'configurar tienda nombre "Feria Don Pepe" zona America/Santiago' \
    -c 'crear categoría Almacén' -c "importar productos $tmp/catalogo.csv" >/dev/null
}

# El lado sqlite3 trabaja sobre el esquema del propio tienda (todas sus
# migraciones, con sus índices y disparadores), creado por el binario y con la
# caja abierta; después sólo SQL: el catálogo y las ventas.
# El disparador de la bitácora de tienda vacía en outbox_rows lo que anotó el
# programa (una función SQL de tienda que el CLI no tiene): para sqlite3 se
# cambia por uno que solo cierra el evento; las filas las escribe el SQL.
preparar_sqlite() {
  "$bin" --db "$1" -c 'abrir caja 0' >/dev/null
  sqlite3 "$1" "DROP TRIGGER journal_outbox_insert;
    CREATE TRIGGER journal_outbox_insert AFTER INSERT ON journal BEGIN
      INSERT INTO outbox_rows(table_name, key1) VALUES ('journal', NEW.id);
      INSERT INTO outbox_events(last_row, journal_id, register_id, kind, at)
        SELECT max(id), NEW.id, NEW.register_id, NEW.command, NEW.at FROM outbox_rows;
    END;"
  sqlite3 "$1" <"$tmp/catalogo.sql"
}

# Cuántas páginas escribe una venta en el WAL: el WAL vaciado, una venta más
# (la 51) en la misma sesión de sqlite3, y el tamaño del WAL en marcos
# (24 bytes de cabecera + una página de 4 KiB; 32 bytes de cabecera del WAL).
awk '/^BEGIN IMMEDIATE;/ {n++} n <= 50' "$tmp/ventas.sql" >"$tmp/primeras.sql"
awk '/^BEGIN IMMEDIATE;/ {n++} n == 51' "$tmp/ventas.sql" >"$tmp/una.sql"
preparar_sqlite "$tmp/paginas.db"
sqlite3 "$tmp/paginas.db" <"$tmp/primeras.sql" >/dev/null
wal=$({ echo "PRAGMA wal_checkpoint(TRUNCATE);"; cat "$tmp/una.sql"
  echo ".shell stat -c %s '$tmp/paginas.db-wal'"; } | sqlite3 "$tmp/paginas.db" | tail -1)
paginas=$(((wal - 32) / (4096 + 24)))
rm -f "$tmp/paginas.db"*

# Un fdatasync en este disco: reescribir 4 KiB de un archivo ya asignado y
# esperar el fdatasync, mediana de 300; agregando 4 KiB al final (el WAL
# mientras crece: el tamaño del archivo también va al disco), mediana de 100;
# y reescribiendo de una vez las páginas que escribe una venta (el piso de
# E/S de un COMMIT, sin nada de CPU), mediana de 100. Se mide en cada ronda,
# junto a las ventas, porque depende de lo que escriben los demás.
cat >"$tmp/fdatasync.py" <<'PY'
import os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
paginas = int(sys.argv[2])
os.write(fd, b"\0" * (4 << 20))
os.fsync(fd)
def mediana(muestras):
    muestras.sort()
    return muestras[len(muestras) // 2]
def medir(veces, escribir):
    muestras = []
    for i in range(veces):
        escribir(i)
        t = time.perf_counter()
        os.fdatasync(fd)
        muestras.append(time.perf_counter() - t)
    return mediana(muestras) * 1e6
bloque = b"x" * 4096
marcos = b"y" * ((4096 + 24) * paginas)
en_sitio = medir(300, lambda i: os.pwrite(fd, bloque, (i % 64) * 4096))
venta = medir(100, lambda i: os.pwrite(fd, marcos, (i % 8) * len(marcos)))
os.lseek(fd, 0, os.SEEK_END)
al_final = medir(100, lambda i: os.write(fd, bloque))
os.close(fd)
os.unlink(sys.argv[1])
print(f"{en_sitio:.0f} {al_final:.0f} {venta:.0f}")
PY

for f in t_tienda t_sqlite sync; do : >"$tmp/$f"; done
for r in $(seq "$rondas"); do
  preparar_tienda "$tmp/tienda-$r.db"
  preparar_sqlite "$tmp/sqlite-$r.db"
  python3 "$tmp/fdatasync.py" "$tmp/sync.bin" "$paginas" >>"$tmp/sync"
  medir "$bin" --db "$tmp/tienda-$r.db" <"$tmp/ventas.tienda" >>"$tmp/t_tienda"
  medir sqlite3 -bail "$tmp/sqlite-$r.db" <"$tmp/ventas.sql" >>"$tmp/t_sqlite"
  python3 "$tmp/fdatasync.py" "$tmp/sync.bin" "$paginas" >>"$tmp/sync"
  # Las dos bases deben haber registrado lo mismo.
  a=$(sqlite3 "$tmp/tienda-$r.db" "select count(*), sum(total), sum(change) from sales")
  b=$(sqlite3 "$tmp/sqlite-$r.db" "select count(*), sum(total), sum(change) from sales")
  if [[ "$a" != "$b" || "${a%%|*}" != "$ventas" ]]; then
    echo "Las bases no coinciden: tienda $a, sqlite3 $b (se esperaban $ventas ventas)" >&2
    exit 1
  fi
  rm -f "$tmp/tienda-$r.db"* "$tmp/sqlite-$r.db"*
done

mediana() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
columna() { cut -d' ' -f"$2" "$1" | mediana; }
sync_us=$(columna "$tmp/sync" 1)
sync_crece_us=$(columna "$tmp/sync" 2)
sync_venta_us=$(columna "$tmp/sync" 3)

awk -v n="$ventas" -v r="$rondas" -v a="$(columna "$tmp/t_tienda" 1)" \
  -v b="$(columna "$tmp/t_sqlite" 1)" -v au="$(columna "$tmp/t_tienda" 2)" \
  -v bu="$(columna "$tmp/t_sqlite" 2)" -v as="$(columna "$tmp/t_tienda" 3)" \
  -v bs="$(columna "$tmp/t_sqlite" 3)" -v s="$sync_us" -v s2="$sync_crece_us" \
  -v s3="$sync_venta_us" -v p="$paginas" \
  -v ta="$(cut -d' ' -f1 "$tmp/t_tienda" | paste -sd' ')" \
  -v tb="$(cut -d' ' -f1 "$tmp/t_sqlite" | paste -sd' ')" \
  -v ts="$(cut -d' ' -f1 "$tmp/sync" | paste -sd' ')" '
BEGIN {
  printf "%d ventas de 3 líneas en efectivo, una transacción cada una (WAL, synchronous=FULL);\n", n
  printf "200 productos con IVA; mediana de %d rondas\n", r
  printf "  %-42s %12s %12s\n", "", "tienda", "sqlite3"
  printf "  %-42s %12.2f %12.2f\n", "segundos", a / 1e6, b / 1e6
  printf "  %-42s %12.0f %12.0f\n", "ventas por segundo", n / (a / 1e6), n / (b / 1e6)
  printf "  %-42s %12.3f %12.3f\n", "ms por venta", a / 1e3 / n, b / 1e3 / n
  printf "  %-42s %12.3f %12.3f\n", "ms de CPU por venta (usuario)", au / 1e3 / n, bu / 1e3 / n
  printf "  %-42s %12.3f %12.3f\n", "ms de CPU por venta (núcleo)", as / 1e3 / n, bs / 1e3 / n
  printf "  %-42s %12.2f %12.2f\n", "ms por venta / un fdatasync (meta ≤ 3)", a / n / s, b / n / s
  printf "  %-42s %12.2f\n", "razón tienda / sqlite3 (meta ≤ 0,8)", a / b
  printf "  %-42s %12.3f\n", "un fdatasync, reescribiendo 4 KiB (ms)", s / 1e3
  printf "  %-42s %12.3f\n", "un fdatasync, agregando 4 KiB (ms)", s2 / 1e3
  printf "  %-42s %12.3f\n", "fdatasync de " p " páginas (una venta, ms)", s3 / 1e3
  printf "  %-42s %12.2f %12.2f\n", "ms por venta / fdatasync de " p " páginas", a / n / s3, b / n / s3
  printf "  metas: razón ≤ 0,8 %s · ≤ 3 fdatasync %s\n", (a / b <= 0.8 ? "sí" : "NO"), (a / n / s <= 3 ? "sí" : "NO")
  printf "  rondas (µs): tienda %s · sqlite3 %s · fdatasync %s\n", ta, tb, ts
}'
