#!/usr/bin/env bash
# Cifras de la arquitectura (issue 14, «Must hold»), medidas sobre el árbol
# actual (sirve en cualquier commit):
#   (a) miembros públicos de `Shop` (en `class Shop` y cada `extension Shop`);
#   (b) literales SQL fuera de los archivos de almacenamiento (se permiten:
#       carpetas `Storage/`, `*Schema.swift`, migraciones y TiendaStore);
#   (c) lecturas de columnas por posición (`.int(0)`, `optionalString(3)`…);
#   (d) lecturas de argumentos por clave de texto en el shell
#       (`call.text("…")`, `.isFlagSet("…")`, `arguments["…"]`…) y cuántas
#       con `!`;
#   (e) sentencias SQL de una venta de una línea con tres ítems, contadas
#       con TIENDA_TRAZA_SQL (las de triggers, que empiezan con `--`, aparte).
#
#   Scripts/cifras-arquitectura.sh [ruta-al-binario-tienda]
#
# Sin ruta usa .build/debug/tienda (compílelo antes con `swift build`).
# Necesita python3.
set -euo pipefail
RAIZ="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$RAIZ"
bin="${1:-$RAIZ/.build/debug/tienda}"
command -v python3 >/dev/null || { echo "Falta python3." >&2; exit 1; }

python3 - "$RAIZ/Sources" <<'PY'
import os, re, sys
from collections import Counter

src = sys.argv[1]
files = []
for root, _, names in os.walk(src):
    for n in sorted(names):
        if n.endswith(".swift"):
            files.append(os.path.join(root, n))
files.sort()
rel = lambda p: os.path.relpath(p, os.path.dirname(src))

def code_only(text):
    """The text with comments and string contents blanked (braces inside
    strings and comments do not count); line breaks kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"' and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(n, j + 1)
            out.append(" " * (j - i)); i = j
        else:
            out.append(c); i += 1
    return "".join(out)

# (a) Public members of Shop.
decl = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*((?:\w+(?:\([^)]*\))?\s+)*)"
    r"(func|var|let|init|subscript|struct|enum|class|typealias|protocol|case)\b")
kinds = Counter()
members = 0
areas = 0
for path in files:
    code = code_only(open(path, encoding="utf-8").read())
    # The area accessors (`shop.catalog`, …) are the facade's purpose: they
    # are counted apart, so a new area does not look like a fatter Shop.
    facade = path.endswith("Shop/Areas.swift")
    for m in re.finditer(r"^\s*(?:(?:public|final|open|@\w+)\s+)*(?:class\s+Shop|extension\s+Shop)\b[^{]*\{",
                         code, re.M):
        depth, i = 1, m.end()
        line_start, line_depth = i, depth
        while i < len(code) and depth > 0:
            ch = code[i]
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "\n":
                if line_depth == 1:
                    line = code[line_start:i]
                    d = decl.match(line)
                    if d and re.search(r"\b(public|open)\b", d.group(1)):
                        if facade:
                            areas += 1
                        else:
                            kinds[d.group(2)] += 1
                            members += 1
                line_start, line_depth = i + 1, depth
            i += 1
print("(a) Miembros públicos de Shop: %d (%s), más %d áreas" % (
    members, ", ".join("%s %d" % (k, v) for k, v in sorted(kinds.items())), areas))

# (b) SQL string literals outside storage files.
def allowed(path):
    r = rel(path)
    base = os.path.basename(path)
    return ("/Storage/" in "/" + r or r.startswith("Sources/TiendaStore/")
            or base.endswith("Schema.swift") or "Migration" in base)
sql_start = re.compile(r'"(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b')
sql_block = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b")
other_sql = re.compile(r'"(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|CREATE|DROP|ALTER)\b')
per_file, other_per_file = Counter(), Counter()
for path in files:
    if allowed(path):
        continue
    lines = open(path, encoding="utf-8").read().split("\n")
    for k, line in enumerate(lines):
        if sql_start.search(line):
            per_file[rel(path)] += 1
        elif line.rstrip().endswith('"""') and line.count('"""') == 1 and k + 1 < len(lines) \
                and sql_block.match(lines[k + 1]):
            per_file[rel(path)] += 1
        if other_sql.search(line):
            other_per_file[rel(path)] += 1
core = {f: c for f, c in per_file.items() if f.startswith("Sources/TiendaCore/")}
print("(b) Literales SQL fuera de archivos de almacenamiento: %d en %d archivos"
      " (TiendaCore: %d en %d archivos)" % (
          sum(per_file.values()), len(per_file), sum(core.values()), len(core)))
for f, c in sorted(per_file.items()):
    print("      %4d  %s" % (c, f))
print("    Otros literales SQL (BEGIN/COMMIT/ROLLBACK/SAVEPOINT/PRAGMA/CREATE…) fuera de"
      " almacenamiento: %d" % sum(other_per_file.values()))
for f, c in sorted(other_per_file.items()):
    print("      %4d  %s" % (c, f))

# (c) Positional column reads.
positional = re.compile(
    r"\.(int|string|bool|double|blob|optionalInt|optionalString|optionalBool|optionalBlob)"
    r"\(\s*\d+\s*\)")
raw_values = re.compile(r"\.values\[\s*\d+\s*\]")
pos, raw = Counter(), Counter()
for path in files:
    if rel(path).startswith("Sources/TiendaStore/"):
        continue  # the store's own generic readers (scalarInt, fetchValues)
    code = code_only(open(path, encoding="utf-8").read())
    n = len(positional.findall(code))
    if n:
        pos[rel(path)] = n
    n = len(raw_values.findall(code))
    if n:
        raw[rel(path)] = n
print("(c) Lecturas de columnas por posición (fuera de TiendaStore): %d en %d archivos"
      " (además %d `.values[n]`)" % (
    sum(pos.values()), len(pos), sum(raw.values())))
for f, c in sorted(pos.items()):
    print("      %4d  %s" % (c, f))
for f, c in sorted(raw.items()):
    print("      %4d  %s  (.values[n])" % (c, f))

# (d) String-keyed argument reads in the shell.
keyed = re.compile(
    r"\b[a-z]\w*\.(text|bool|isNone|money|quantity|date|percent|integer|list|isFlagSet|period"
    r"|rut|saleItems|payments|tokens|has)\(\"[^\"]*\"\)(!?)")
subscript = re.compile(r"\barguments\[\"[^\"]*\"\](!?)")
reads, forced = Counter(), 0
for path in files:
    r = rel(path)
    if not r.startswith("Sources/TiendaShell/"):
        continue
    text = open(path, encoding="utf-8").read()
    for m in list(keyed.finditer(text)) + list(subscript.finditer(text)):
        reads[r] += 1
        if m.group(m.lastindex) == "!":
            forced += 1
print("(d) Lecturas de argumentos por clave de texto en el shell: %d en %d archivos,"
      " %d con `!`" % (sum(reads.values()), len(reads), forced))
for f, c in sorted(reads.items()):
    print("      %4d  %s" % (c, f))
PY

# (e) SQL statements of one sale.
if [ ! -x "$bin" ]; then
  echo "(e) No encuentro el binario «$bin»: compile con «swift build» o indique la ruta." >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_STATE_HOME="$tmp/state" TZ=America/Santiago
db="$tmp/cifras.db"
"$bin" --db "$db" -c 'configurar tienda nombre Cifras zona America/Santiago' \
  -c 'crear producto "Empanada pino" precio 2500 stock 100' \
  -c 'crear producto "Pan amasado" precio 300 stock 100' \
  -c 'crear producto "Queso fresco" precio 4990 stock 100' \
  -c 'abrir caja 0' -c 'vender 1 pan amasado pagar efectivo 1000' >"$tmp/prep.txt" 2>&1 \
  || { echo "(e) No pude preparar la tienda de prueba:" >&2; cat "$tmp/prep.txt" >&2; exit 1; }
TIENDA_TRAZA_SQL="$tmp/vacio.txt" "$bin" --db "$db" -c '#' >/dev/null 2>&1
venta='vender 2 empanada pino, 1 pan amasado, 3 queso fresco pagar efectivo 50000'
TIENDA_TRAZA_SQL="$tmp/traza.txt" "$bin" --db "$db" -c "$venta" >"$tmp/venta.txt" 2>&1 \
  || { echo "(e) La venta falló:" >&2; cat "$tmp/venta.txt" >&2; exit 1; }
if [ ! -s "$tmp/traza.txt" ]; then
  echo "(e) Este binario no conoce TIENDA_TRAZA_SQL: no hay traza que contar."
  exit 0
fi
total=$(grep -vc '^--' "$tmp/traza.txt" || true)
triggers=$(grep -c '^--' "$tmp/traza.txt" || true)
# (awk reads the file itself: `grep | awk '…exit'` could end in SIGPIPE under pipefail.)
antes=$(awk '/^--/ { next } /^BEGIN IMMEDIATE/ { exit } { n++ } END { print n + 0 }' "$tmp/traza.txt")
apertura=$(grep -vc '^--' "$tmp/vacio.txt" || true)
echo "(e) «$venta» (con una venta anterior):"
echo "      $total sentencias de primer nivel ($triggers de triggers, aparte)"
echo "      $antes antes de BEGIN IMMEDIATE"
echo "      $apertura de ellas las corre también un comando vacío (abrir el archivo);" \
  "sin ellas: $((total - apertura)) en total, $((antes - apertura)) antes de BEGIN IMMEDIATE"
