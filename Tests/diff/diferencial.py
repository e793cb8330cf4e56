#!/usr/bin/env python3
"""Prueba diferencial de tienda: el binario viejo contra el nuevo.

No es parte de la CI. Corre los MISMOS escenarios con dos binarios, cada uno
en una tienda nueva (una carpeta temporal propia, la misma ruta para los dos,
uno después del otro), con el reloj fijo (TIENDA_AHORA), HOME/XDG en la
carpeta, COLUMNS=80, y compara en cada paso: código de salida, stdout, stderr
y el contenido de la base (sqlite3 .dump); al final de cada escenario, los
archivos que quedaron en la carpeta (exportaciones, impresoras a archivo,
respaldos: los .db se comparan por su .dump).

    python3 Tests/diff/diferencial.py VIEJO NUEVO [-k filtro] [-v] [--transcript f]

Los escenarios están en escenarios.py: catálogo, CSV, stock, venta en una
línea y por ticket (tubería), caja, usuarios y derechos, impresoras (a
archivo y una impresora ESC/POS falsa por TCP), respaldo, scripts, --demo,
--atómico/--simular, montos que desbordan, la base tocada a mano, otros días
(TIENDA_AHORA), sesiones en una pseudo-terminal (pexpect), dos procesos con
un ticket, el archivo ocupado por otro proceso, y cada ejemplo de
Docs/comandos.md con mutaciones (cifras malas, palabras de más y de menos,
comillas sin cerrar, mayúsculas). Unos 5 minutos; --transcript guarda lo
que dijo el binario viejo, para leerlo.

Lo que se excluye de la comparación de las bases (difiere con razón):
  - el hash del PIN (pbkdf2 con sal al azar) en users.pin_hash;
  - enteros que son la hora real (no TIENDA_AHORA): la fecha de creación de
    la caja 1 que escribe la migración al crear el archivo. Se reemplazan
    los enteros de 10 cifras a menos de 90 minutos de la hora real de la
    máquina (si TIENDA_AHORA cae en esa ventana también se tapa, igual en
    los dos lados: sólo se pierde precisión);
  - el dueño de un ticket abierto: número de proceso y su hora de inicio
    (tickets.owner_pid, owner_started), el «proceso» en el JSON de la
    bitácora, en «proceso: N → M» de su tabla y en «su terminal (proceso N)
    ya no está»; y por eso el hash
    encadenado de la bitácora desde la primera fila que nombra un proceso.
"""

import argparse
import difflib
import hashlib
import os
import re
import shutil
import socket
import subprocess
import threading
import sys
import time

AHORA = "2026-12-05T15:00:00Z"
RAIZ_TMP = "/tmp/tienda-diferencial"
SQLITE = "/usr/bin/sqlite3"
REAL_NOW = int(time.time())
RAIZ = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# --------------------------------------------------------------------------
# Escenarios


class Scenario:
    def __init__(self, name):
        self.name = name
        self.steps = []

    def c(self, *lines, args=(), env=None, user=None):
        """`tienda --db t.db [args] -c l1 -c l2 …`."""
        a = list(args)
        e = dict(env or {})
        if user:
            a = ["--usuario", user[0]] + a
            e["TIENDA_PIN"] = user[1]
        for line in lines:
            a += ["-c", line]
        self.steps.append(("run", ["--db", "@DB"] + a, None, e))
        return self

    def each(self, *lines, args=(), env=None, user=None):
        """Una invocación por línea (un error no tapa las siguientes)."""
        for line in lines:
            self.c(line, args=args, env=env, user=user)
        return self

    def pipe(self, text, args=(), env=None, user=None):
        """`printf text | tienda --db t.db [args]`."""
        a = list(args)
        e = dict(env or {})
        if user:
            a = ["--usuario", user[0]] + a
            e["TIENDA_PIN"] = user[1]
        self.steps.append(("run", ["--db", "@DB"] + a, text, e))
        return self

    def raw(self, args, stdin=None, env=None):
        """Argumentos tal cual (sin --db)."""
        self.steps.append(("run", list(args), stdin, dict(env or {})))
        return self

    def sh(self, args, stdin=None):
        """Otro programa (sqlite3, chmod…); su salida también se compara.
        @BIN es el binario bajo prueba."""
        self.steps.append(("sh", list(args), stdin, {}))
        return self

    def pty(self, inputs, args=(), env=None):
        """Una sesión en una pseudo-terminal: cada entrada se escribe cuando
        la salida se calma; se compara la pantalla emulada."""
        self.steps.append(("pty", ["--db", "@DB"] + list(args), list(inputs), dict(env or {})))
        return self

    def held(self, first, others, rest, args=()):
        """Un proceso A (por tubería) escribe `first` y queda vivo mientras
        corren `others` (listas de líneas -c); después A recibe `rest`."""
        self.steps.append(("held", ["--db", "@DB"] + list(args), (first, others, rest), {}))
        return self

    def printer(self, port, refuse=False):
        """Una impresora TCP falsa en 127.0.0.1:port que guarda lo recibido
        en prn-<port>.bin (refuse: el puerto queda cerrado)."""
        self.steps.append(("printer", port, refuse, None))
        return self

    def file(self, name, content):
        self.steps.append(("file", name, content, None))
        return self


SCENARIOS = []


def scenario(name):
    s = Scenario(name)
    SCENARIOS.append(s)
    return s


from escenarios import build  # noqa: E402  (los escenarios, aparte)

# --------------------------------------------------------------------------
# Ejecución


def base_env(d):
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": d,
        "XDG_DATA_HOME": os.path.join(d, "data"),
        "XDG_STATE_HOME": os.path.join(d, "state"),
        "XDG_CONFIG_HOME": os.path.join(d, "config"),
        "XDG_CACHE_HOME": os.path.join(d, "cache"),
        "TMPDIR": os.path.join(d, "tmp"),
        "TZ": "America/Santiago",
        "LANG": "C.UTF-8",
        "COLUMNS": "80",
        "TIENDA_AHORA": AHORA,
    }


PIN_RE = re.compile(r"'pbkdf2-sha256\$[^']*'")
INT_RE = re.compile(r"(?<![\w.])(\d{10})(?![\w.])")
PROC_JSON_RE = re.compile(r'("+proceso"+: ?)\d+')
PROC_TEXT_RE = re.compile(r"(proceso:? )\d+(?:( → )\d+)?")
OWNER_RE = re.compile(r",\d+,\d+,'([0-9a-f-]{36})'")
HASH_RE = re.compile(r"'[0-9a-f]{64}'\);$")


def normalize_output(text):
    text = PROC_JSON_RE.sub(r"\1<PID>", text)
    return PROC_TEXT_RE.sub(lambda m: m.group(1) + "<PID>" + (m.group(2) + "<PID>" if m.group(2) else ""), text)


def normalize_dump(text):
    text = PIN_RE.sub("'<PIN>'", text)

    def real(m):
        v = int(m.group(1))
        return "<HORA-REAL>" if abs(v - REAL_NOW) < 5400 else m.group(1)

    text = INT_RE.sub(real, text)
    text = PROC_JSON_RE.sub(r"\1<PID>", text)
    lines = []
    chained = False
    any_pid = any(
        x.startswith("INSERT INTO journal VALUES") and "<PID>" in x for x in text.split("\n"))
    for line in text.split("\n"):
        if line.startswith("INSERT INTO tickets VALUES"):
            line = OWNER_RE.sub(r",<PID>,<INICIO>,'\1'", line)
        if any_pid and line.startswith("INSERT INTO z_report_heads VALUES"):
            line = HASH_RE.sub("'<HASH>');", line)
        if line.startswith("INSERT INTO journal VALUES"):
            chained = chained or "<PID>" in line
            if chained:
                line = HASH_RE.sub("'<HASH>');", line)
        lines.append(line)
    return "\n".join(lines)


def dump(path):
    if not os.path.exists(path):
        return "<no existe>"
    r = subprocess.run([SQLITE, path, ".dump"], capture_output=True, text=True)
    return normalize_dump(r.stdout + r.stderr)


def snapshot_files(d):
    out = {}
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            rel = os.path.relpath(p, d)
            if rel in ("t.db",) or rel.endswith(("-wal", "-shm", "-journal")):
                continue
            if rel.startswith(".in-"):
                continue
            try:
                data = open(p, "rb").read()
            except OSError as e:
                out[rel] = f"<no se pudo leer: {e}>"
                continue
            if data[:16] == b"SQLite format 3\x00":
                out[rel] = "<sqlite>\n" + dump(p)
            else:
                try:
                    out[rel] = data.decode("utf-8")
                except UnicodeDecodeError:
                    out[rel] = "<binario>\n" + "\n".join(
                        repr(x)[2:-1] for x in data.split(b"\n"))
    return out


class FakePrinter(threading.Thread):
    def __init__(self, port, path):  # una impresora ESC/POS sana
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(5)
        self.path = path
        self.stop = False

    def run(self):
        self.sock.settimeout(0.2)
        while not self.stop:
            try:
                c, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            c.settimeout(5)
            data = b""
            scanned = 0
            try:
                while True:
                    chunk = c.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                    # Cada DLE EOT n recibe su respuesta: en línea, con papel.
                    while scanned + 2 < len(data):
                        if data[scanned] == 0x10 and data[scanned + 1] == 0x04:
                            c.sendall(b"\x12")
                        scanned += 1
            except (socket.timeout, OSError):
                pass
            c.close()
            with open(self.path, "ab") as f:
                f.write(data + b"\n--- fin de conexion ---\n")

    def close(self):
        self.stop = True
        self.join(5)
        self.sock.close()


def run_pty(binary, args, inputs, env, d):
    import pexpect
    sys.path.insert(0, os.path.join(RAIZ, "Tests", "pty"))
    from test_shell import emular
    env = dict(env, TERM="xterm")
    child = pexpect.spawn(binary, args, env=env, cwd=d, encoding="utf-8",
                          codec_errors="replace", dimensions=(24, 100), timeout=10)
    raw = ""

    def drain(quiet=0.4, limit=8.0):
        nonlocal raw
        t0 = time.time()
        last = time.time()
        while time.time() - t0 < limit:
            try:
                raw += child.read_nonblocking(65536, timeout=0.1)
                last = time.time()
            except pexpect.TIMEOUT:
                if time.time() - last > quiet:
                    return
            except pexpect.EOF:
                return

    drain()
    for x in inputs:
        child.send(x)
        drain()
    child.close(force=True)
    rc = child.exitstatus if child.exitstatus is not None else f"señal {child.signalstatus}"
    return rc, emular(raw).todo().encode(), b""


def run_scenario(binary, sc):
    d = os.path.join(RAIZ_TMP, sc.name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "tmp"))
    db = os.path.join(d, "t.db")
    results = []
    printers = []
    for kind, a, b, e in sc.steps:
        if kind == "file":
            with open(os.path.join(d, a), "w", encoding="utf-8") as f:
                f.write(b.replace("@DIR", d))
            continue
        if kind == "printer":
            if not b:
                p = FakePrinter(a, os.path.join(d, f"prn-{a}.bin"))
                p.start()
                printers.append(p)
            continue
        if kind in ("sh", "pty", "held"):
            args = [x.replace("@DB", db).replace("@DIR", d).replace("@BIN", binary) for x in a]
            env = base_env(d)
            t0 = time.time()
            if kind == "sh":
                p = subprocess.run(args, input=(b or "").encode(), capture_output=True,
                                   env=env, cwd=d, timeout=60)
                rc, out, err = p.returncode, p.stdout, p.stderr
                stdin = b or ""
            elif kind == "pty":
                env.update(e)
                rc, out, err = run_pty(binary, args, b, env, d)
                stdin = repr(b)
            else:
                first, others, rest = b
                pa = subprocess.Popen([binary] + args, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      env=env, cwd=d)
                pa.stdin.write(first.encode())
                pa.stdin.flush()
                time.sleep(1.0)
                outs = []
                for lines in others:
                    ca = ["--db", db]
                    for ln in lines:
                        ca += ["-c", ln]
                    q = subprocess.run([binary] + ca, capture_output=True, env=env, cwd=d,
                                       timeout=60)
                    outs.append(b"[B rc %d]\n" % q.returncode + q.stdout + q.stderr)
                oa, ea = pa.communicate(rest.encode(), timeout=60)
                rc = pa.returncode
                out = oa + b"".join(outs)
                err = ea
                stdin = first + " ... " + rest
            results.append({
                "args": [kind] + args, "stdin": stdin, "rc": rc,
                "out": normalize_output(out.decode("utf-8", "backslashreplace")),
                "err": normalize_output(err.decode("utf-8", "backslashreplace")),
                "dump": dump(db), "time": time.time() - t0,
            })
            continue
        args = [x.replace("@DB", db).replace("@DIR", d) for x in a]
        env = base_env(d)
        env.update({k: v.replace("@DIR", d) for k, v in e.items()})
        stdin = b.replace("@DIR", d) if b is not None else ""
        t0 = time.time()
        try:
            p = subprocess.run(
                [binary] + args, input=stdin.encode("utf-8"), capture_output=True,
                env=env, cwd=d, timeout=60)
            rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as ex:
            rc, out, err = "TIMEOUT", ex.stdout or b"", ex.stderr or b""
        dt = time.time() - t0
        results.append({
            "args": args, "stdin": stdin, "rc": rc,
            "out": normalize_output(out.decode("utf-8", "backslashreplace")),
            "err": normalize_output(err.decode("utf-8", "backslashreplace")),
            "dump": dump(db), "time": dt,
        })
    mask_short_hashes(results)
    time.sleep(0.3)
    for p in printers:
        p.close()
    files = snapshot_files(d)
    return results, files


SHORT_HASH_RE = re.compile(r"(N° \d+ · )[0-9a-f]{16}")


def mask_short_hashes(results):
    for r in results:
        if "<HASH>" in r["dump"]:
            r["out"] = SHORT_HASH_RE.sub(r"\1<HASH>", r["out"])
            r["err"] = SHORT_HASH_RE.sub(r"\1<HASH>", r["err"])


def show_cmd(step, d):
    args = [x.replace(d, "$D") for x in step["args"]]
    s = " ".join(repr(x) if (" " in x or not x) else x for x in args)
    if step["stdin"]:
        s += "  <<<  " + repr(step["stdin"].replace(d, "$D"))
    return s


def udiff(a, b, label):
    lines = list(difflib.unified_diff(
        a.splitlines(), b.splitlines(), "viejo", "nuevo", lineterm="", n=1))
    if len(lines) > 60:
        lines = lines[:60] + [f"… ({len(lines) - 60} líneas más)"]
    return f"  [{label}]\n" + "\n".join("    " + x for x in lines)


def compare(sc, old, new, verbose):
    (ro, fo), (rn, fn) = old, new
    d = os.path.join(RAIZ_TMP, sc.name)
    report = []
    prev_dump_diff = None
    for i, (a, b) in enumerate(zip(ro, rn)):
        parts = []
        if a["rc"] != b["rc"]:
            parts.append(f"  [salida] viejo {a['rc']} · nuevo {b['rc']}")
        if a["out"] != b["out"]:
            parts.append(udiff(a["out"], b["out"], "stdout"))
        if a["err"] != b["err"]:
            parts.append(udiff(a["err"], b["err"], "stderr"))
        dd = None
        if a["dump"] != b["dump"]:
            la, lb = a["dump"].splitlines(), b["dump"].splitlines()
            dd = (tuple(sorted(set(la) - set(lb))), tuple(sorted(set(lb) - set(la))))
            if dd != prev_dump_diff:
                parts.append(udiff(a["dump"], b["dump"], "base"))
        prev_dump_diff = dd
        if parts:
            report.append(f"paso {i + 1}: {show_cmd(a, d)}\n" + "\n".join(parts))
        elif verbose:
            print(f"  = paso {i + 1}: {show_cmd(a, d)} (salida {a['rc']})")
    for name in sorted(set(fo) | set(fn)):
        va, vb = fo.get(name, "<no existe>"), fn.get(name, "<no existe>")
        if va != vb:
            report.append(f"archivo {name}:\n" + udiff(va, vb, name))
    return report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("viejo")
    ap.add_argument("nuevo")
    ap.add_argument("-k", default="")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--transcript", help="guarda la salida del viejo aquí")
    o = ap.parse_args()
    build(scenario)
    total_steps = total_lines = 0
    diffs = 0
    transcript = []
    for sc in SCENARIOS:
        if o.k and o.k not in sc.name:
            continue
        old = run_scenario(os.path.abspath(o.viejo), sc)
        new = run_scenario(os.path.abspath(o.nuevo), sc)
        d = os.path.join(RAIZ_TMP, sc.name)
        for st in old[0]:
            total_steps += 1
            total_lines += max(1, st["args"].count("-c") + st["stdin"].count("\n"))
            transcript.append(
                f"$ {show_cmd(st, d)}\n{st['out']}{st['err']}[salida {st['rc']}]\n")
        rep = compare(sc, old, new, o.v)
        status = "DIFIERE" if rep else "igual"
        print(f"== {sc.name}: {len(sc.steps)} pasos · {status}")
        for r in rep:
            diffs += 1
            print(r)
        sys.stdout.flush()
        shutil.rmtree(d, ignore_errors=True)
    print(f"\n{total_steps} invocaciones, ~{total_lines} líneas de comandos, "
          f"{diffs} diferencias.")
    if o.transcript:
        with open(o.transcript, "w") as f:
            f.write("\n".join(transcript))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
