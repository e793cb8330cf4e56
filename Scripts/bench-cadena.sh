#!/usr/bin/env bash
# Una cadena simulada (issue 23, Docs/escala.md): S sucursales × C cajas ×
# D días × V ventas por caja y día, hechas con el propio tienda (una
# ejecución por caja y día, con TIENDA_AHORA en ese día), enviadas con
# `sincronizar enviar` a un PostgreSQL local desechable (un clúster en
# /dev/shm que el guion arma y borra). Mide:
#   - el tiempo de armar los archivos;
#   - el envío: filas del libro por segundo (las filas que el servidor central
#     materializó ÷ el tiempo de `sincronizar enviar` de todas las sucursales);
#   - los informes en central (`tienda -c 'informe … en central'`) y el SQL
#     equivalente escrito a mano en psql, lado a lado.
# Nunca corre en CI (tarda minutos).
#
#   Scripts/bench-cadena.sh [sucursales] [cajas] [días] [ventas]   (20 2 90 40)
#
# Con CADENA_CARPETA=ruta los archivos quedan ahí (y no se borran).
set -euo pipefail
RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$RAIZ"
sucursales="${1:-20}"
cajas="${2:-2}"
dias="${3:-90}"
ventas="${4:-40}"

# shellcheck source=Scripts/lib/release.sh
source "$RAIZ/Scripts/lib/release.sh"
if [[ -n "${CADENA_BIN:-}" ]]; then
  bin="$CADENA_BIN"
else
  mapfile -t OPCIONES < <(tienda_opciones_release "$RAIZ")
  swift build "${OPCIONES[@]}" --product tienda >/dev/null
  bin="$(swift build "${OPCIONES[@]}" --show-bin-path)/tienda"
fi
pgbin="$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | tail -1)"
[[ -x "$pgbin/initdb" ]] || { echo "Falta PostgreSQL (apt-get install postgresql)." >&2; exit 1; }
command -v python3 >/dev/null || { echo "Falta python3." >&2; exit 1; }

tmp="${CADENA_CARPETA:-$(mktemp -d /dev/shm/cadena.XXXXXX)}"
mkdir -p "$tmp"
pg="$(mktemp -d /dev/shm/pgcadena.XXXXXX)"
como_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
parar() {
  como_pg "$pgbin/pg_ctl" -D "$pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$pg"
  [[ -n "${CADENA_CARPETA:-}" ]] || rm -rf "$tmp"
}
trap parar EXIT
[[ $(id -u) == 0 ]] && chown postgres "$pg"
(cd "$pg" && como_pg "$pgbin/initdb" -D "$pg/data" -A trust -E UTF8 --locale=C --no-sync) >"$pg/initdb.log" 2>&1 \
  || { echo "initdb falló (ver $pg/initdb.log)" >&2; cat "$pg/initdb.log" >&2; exit 1; }
printf "listen_addresses = ''\nunix_socket_directories = '%s'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n" "$pg" >>"$pg/data/postgresql.conf"
(cd "$pg" && como_pg "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/log" -w start) >/dev/null
(cd "$pg" && como_pg "$pgbin/createdb" -h "$pg" -U "$(id -un | sed 's/^root$/postgres/')" tienda)
central="host=$pg user=postgres dbname=tienda"
psql_c() { "$pgbin/psql" -X -q -At -h "$pg" -U postgres tienda "$@"; }

export XDG_STATE_HOME="$tmp/state" HOME="$tmp" TZ=America/Santiago

echo "Máquina: $(nproc) núcleos; carga (1, 5, 15 min) al empezar: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Cadena: $sucursales sucursales × $cajas cajas × $dias días × $ventas ventas por caja y día."
python3 - "$sucursales" "$cajas" "$dias" "$ventas" "$tmp" <<'PY'
import datetime, random, sys
sucursales, cajas, dias, ventas, carpeta = map(str, sys.argv[1:6])
sucursales, cajas, dias, ventas = int(sucursales), int(cajas), int(dias), int(ventas)
rnd = random.Random(20261205)
productos = 200
with open(f"{carpeta}/catalogo.csv", "w") as f:
    f.write("nombre;precio;sku;categoría;unidad;stock;impuestos;costo\n")
    for i in range(productos):
        precio = rnd.randrange(500, 10000, 10)
        f.write(f"Producto {i:03d};{precio};P{i:03d};Categoría {i % 10};un;1000000;iva;{precio * 6 // 10}\n")
billetes = [1000, 2000, 5000, 10000, 20000, 50000, 100000]
inicio = datetime.date(2026, 9, 1)
with open(f"{carpeta}/trabajos.txt", "w") as trabajos:
    for s in range(1, sucursales + 1):
        for d in range(dias):
            dia = inicio + datetime.timedelta(days=d)
            for c in range(1, cajas + 1):
                nombre = f"{carpeta}/s{s}-d{d}-c{c}.tienda"
                with open(nombre, "w") as f:
                    for _ in range(ventas):
                        lineas = rnd.sample(range(productos), 3)
                        orden = ", ".join(f"{rnd.randint(1, 3)} P{k:03d}" for k in lineas)
                        f.write(f"vender {orden} pagar débito\n")
                # 15:00 UTC (mediodía en Santiago), un minuto más por caja.
                trabajos.write(f"{s} {c} {dia.isoformat()}T15:{c:02d}:00Z {nombre}\n")
PY

inicio=$(date +%s%N)
for s in $(seq 1 "$sucursales"); do
  db="$tmp/s$s.db"
  "$bin" --db "$db" -c "configurar tienda nombre \"Sucursal $s\" zona America/Santiago" \
    -c "configurar tienda sucursal \"Sucursal $s\"" \
    -c "importar productos $tmp/catalogo.csv" >/dev/null 2>&1
  for c in $(seq 2 "$cajas"); do "$bin" --db "$db" -c "crear caja \"Caja $c\"" >/dev/null; done
done
# Una sucursal por proceso en paralelo (2 a la vez): cada archivo lo escribe uno solo.
export bin tmp
seq 1 "$sucursales" | xargs -P 2 -I{} bash -c '
  grep "^{} " "$tmp/trabajos.txt" | while read -r s c ahora archivo; do
    TIENDA_AHORA="$ahora" "$bin" --db "$tmp/s$s.db" --caja "Caja $c" <"$archivo" >/dev/null
  done'
armado=$(( ($(date +%s%N) - inicio) / 1000000 ))
total_ventas=$(( sucursales * cajas * dias * ventas ))
echo "Archivos armados: $total_ventas ventas en $((armado / 1000)) s."

"$bin" --db "$tmp/s1.db" -c "configurar central \"$central\"" -c "central preparar" >/dev/null
for s in $(seq 2 "$sucursales"); do
  "$bin" --db "$tmp/s$s.db" -c "configurar central \"$central\"" >/dev/null
done
# El envío: `sincronizar enviar` de cada sucursal, el comando real (una
# sucursal tras otra; cada una en lotes, una transacción central por lote).
inicio=$(date +%s%N)
modo="sincronizar enviar"
for s in $(seq 1 "$sucursales"); do
  "$bin" --db "$tmp/s$s.db" -c "sincronizar enviar" >/dev/null
done
envio=$(( ($(date +%s%N) - inicio) / 1000000 ))
filas=$(psql_c -c "SELECT (SELECT count(*) FROM tienda.sales) + (SELECT count(*) FROM tienda.sale_lines) + (SELECT count(*) FROM tienda.sale_line_costs) + (SELECT count(*) FROM tienda.sale_line_taxes) + (SELECT count(*) FROM tienda.payments) + (SELECT count(*) FROM tienda.stock_movements) + (SELECT count(*) FROM tienda.journal)")
echo "Envío ($modo): $filas filas del libro en $envio ms = $(( filas * 1000 / (envio > 0 ? envio : 1) )) filas/s."
psql_c -c "ANALYZE"
todas=$(psql_c -c "SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE schemaname = 'tienda'")
eventos=$(psql_c -c "SELECT count(*) FROM tienda.eventos")
echo "Envío ($modo): $eventos eventos, $todas filas centrales en total; carga: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Tamaño de la base central: $(psql_c -c "SELECT pg_size_pretty(pg_database_size('tienda'))")."

medir() {
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
export TIENDA_AHORA="$(date -d "2026-09-01 + $((dias - 1)) days" +%Y-%m-%d)T23:00:00Z"
desde="2026-09-01"
hasta="$(date -d "2026-09-01 + $((dias - 1)) days" +%Y-%m-%d)"
periodo="desde $(date -d "$desde" +%d-%m-%Y) hasta $(date -d "$hasta" +%d-%m-%Y)"
for informe in "informe ventas $periodo en central" "informe ventas $periodo en central por sucursal" \
  "informe ventas $periodo en central por mes" "informe productos $periodo en central top 10" \
  "informe stock en central" "informe stock en central por sucursal"; do
  ms=$(medir "$bin" --db "$tmp/s1.db" -c "$informe como csv")
  echo "$informe: $ms ms (tienda completo)"
done
t0=$(date +%s%N)
psql_c -c "SELECT b.nombre, sum(s.total), count(*) FROM tienda.sales s JOIN tienda.sucursales b ON b.id = s.sucursal WHERE (to_timestamp(s.at) AT TIME ZONE b.zona)::date BETWEEN '$desde' AND '$hasta' GROUP BY 1" >/dev/null
echo "SQL a mano (ventas por sucursal sobre tienda.sales): $(( ($(date +%s%N) - t0) / 1000000 )) ms (psql completo)"
