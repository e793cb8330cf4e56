#!/usr/bin/env python3
"""Pruebas de tienda en una pseudo-terminal real (python3 + pexpect).

Manejan el programa compilado tal como lo usa una persona: con libedit,
completado con Tab, historial, Ctrl-C y Ctrl-D.

    TIENDA_BIN=.build/debug/tienda python3 Tests/pty/test_shell.py
    python3 Tests/pty/test_shell.py -k historial      # filtrar por nombre

Cada prueba usa su propia carpeta temporal (--db <tmp>/t.db,
XDG_STATE_HOME=<tmp>/state, HOME=<tmp>). La salida de la terminal se pasa
por un pequeño emulador de líneas (\\r, \\b, CSI C/D/G/K/P/@/X) para comparar
lo que se ve en pantalla, sin depender de cómo libedit redibuja la línea.
Con TIENDA_PTY_VERBOSE=1 se imprime la pantalla de cada prueba.
"""

import os
import re
import shutil
import sys
import tempfile
import time
import unittest

try:
    import pexpect
except ImportError:  # pragma: no cover - se informa y se falla
    print("Error: falta el módulo de Python pexpect (pip install pexpect "
          "o apt-get install python3-pexpect).", file=sys.stderr)
    sys.exit(2)

RAIZ = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("TIENDA_BIN") or os.path.join(RAIZ, ".build", "debug", "tienda")
TIMEOUT = float(os.environ.get("TIENDA_PTY_TIMEOUT", "10"))
VERBOSE = os.environ.get("TIENDA_PTY_VERBOSE") == "1"

SALUDO = "Bienvenido a tienda. Escriba «ayuda» para ver los comandos."
PROMPT_INICIAL = "tienda> "
# Un prompt: la línea actual de la pantalla, sin nada escrito, termina en "> ".
PROMPT_RE = re.compile(r"\S.*> ")

ARRIBA = "\x1b[A"
TAB = "\t"
CTRL_C = "\x03"
CTRL_D = "\x04"
ENTER = "\r"


# --------------------------------------------------------------------------
# Emulador mínimo de líneas de terminal
# --------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"\x1b\[([0-?]*)([ -/]*)([@-~])"        # CSI parámetros intermedios final
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"   # OSC ... BEL | ST
    r"|\x1b[()*+][0-~]"                      # designación de juego de caracteres
    r"|\x1b[@-_]"                            # otros ESC de dos caracteres
    r"|\x1b$"                                # ESC incompleto al final
    r"|\x1b\[[0-?]*[ -/]*$"                  # CSI incompleto al final
    r"|[\x00-\x1f\x7f]"                      # controles C0
    r"|[^\x00-\x1f\x7f\x1b]+"                # texto
)

_ANSI_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+][0-~]|\x1b[@-_]"
)


def sin_ansi(texto):
    """Quita secuencias de escape ANSI/CSI/OSC."""
    return _ANSI_RE.sub("", texto)


class Pantalla:
    """Resultado de emular la salida: líneas terminadas y la línea actual."""

    def __init__(self, lineas, actual):
        self.lineas = lineas
        self.actual = actual

    def todo(self):
        return "\n".join(self.lineas + [self.actual])


def emular(crudo):
    lineas = []
    linea = []
    col = 0

    def escribir(ch):
        nonlocal col
        if col < len(linea):
            linea[col] = ch
        else:
            linea.extend(" " * (col - len(linea)))
            linea.append(ch)
        col += 1

    for m in _TOKEN_RE.finditer(crudo):
        tok = m.group(0)
        if m.group(3):  # CSI
            params, final = m.group(1), m.group(3)
            nums = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
            n = nums[0] if nums and nums[0] > 0 else 1
            if final == "C":
                col += n
            elif final == "D":
                col = max(0, col - n)
            elif final == "G":
                col = n - 1
            elif final == "K":
                modo = nums[0] if nums else 0
                if modo == 0:
                    del linea[col:]
                elif modo == 1:
                    for i in range(min(col + 1, len(linea))):
                        linea[i] = " "
                else:
                    linea.clear()
            elif final == "J":
                modo = nums[0] if nums else 0
                if modo == 0:
                    del linea[col:]
                elif modo in (2, 3):
                    linea.clear()
            elif final == "P":
                del linea[col:col + n]
            elif final == "@":
                if col <= len(linea):
                    linea[col:col] = [" "] * n
            elif final == "X":
                for i in range(col, min(col + n, len(linea))):
                    linea[i] = " "
            # m (colores), h/l (modos), A/B (arriba/abajo) y demás: se ignoran
        elif tok.startswith("\x1b"):
            continue
        elif tok == "\r":
            col = 0
        elif tok == "\n":
            lineas.append("".join(linea))
            linea = []
            col = 0
        elif tok == "\b":
            col = max(0, col - 1)
        elif tok == "\t":
            col = (col // 8 + 1) * 8
        elif len(tok) == 1 and (ord(tok) < 0x20 or tok == "\x7f"):
            continue  # campana y otros controles
        else:
            for ch in tok:
                escribir(ch)
    return Pantalla(lineas, "".join(linea))


# --------------------------------------------------------------------------
# Una sesión de tienda en una pseudo-terminal
# --------------------------------------------------------------------------

class Sesion:
    def __init__(self, prueba, tmp, args=()):
        self.prueba = prueba
        self.crudo = ""
        self.fin = False
        env = {k: v for k, v in os.environ.items()
               if k != "NO_COLOR" and not k.startswith(("TIENDA_", "XDG_", "LC_"))}
        env.update({
            "HOME": tmp,
            "XDG_STATE_HOME": os.path.join(tmp, "state"),
            "XDG_DATA_HOME": os.path.join(tmp, "data"),
            "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
            "TERM": "xterm",
            "LANG": "C.UTF-8",
        })
        self.args = ["--db", os.path.join(tmp, "t.db"), *args]
        self.hijo = pexpect.spawn(BIN, self.args, env=env, cwd=tmp,
                                  encoding="utf-8", codec_errors="replace",
                                  dimensions=(24, 100), timeout=TIMEOUT)

    # --- lectura -----------------------------------------------------------

    def _leer(self, espera):
        """Lee lo disponible; devuelve True si llegó algo."""
        if self.fin:
            if espera:
                time.sleep(espera)
            return False
        try:
            datos = self.hijo.read_nonblocking(65536, timeout=espera)
        except pexpect.TIMEOUT:
            return False
        except pexpect.EOF:
            self.fin = True
            return False
        self.crudo += datos
        return True

    def pantalla(self):
        return emular(self.crudo)

    def transcripcion(self, ultimas=40):
        p = self.pantalla()
        todas = p.lineas + [p.actual + "▏"]
        return "\n".join("    │ " + l for l in todas[-ultimas:])

    def fallar(self, mensaje):
        estado = "terminado" if self.fin else "vivo"
        self.prueba.fail(f"{mensaje}\n  (proceso {estado}) pantalla:\n{self.transcripcion()}")

    def esperar(self, cond, que, timeout=TIMEOUT):
        """Espera hasta que cond(pantalla) sea verdadera y la salida se calme."""
        limite = time.monotonic() + timeout
        while True:
            if cond(self.pantalla()):
                # Dejar que termine de llegar lo que venga en camino.
                if not self._leer(0.15):
                    p = self.pantalla()
                    if cond(p):
                        return p
                continue
            if self.fin:
                self.fallar(f"el programa terminó mientras se esperaba {que}")
            restante = limite - time.monotonic()
            if restante <= 0:
                self.fallar(f"pasaron {timeout:.0f} s esperando {que}")
            self._leer(min(0.2, restante))

    def esperar_prompt(self, desde_linea=0, que="el prompt"):
        """Espera un prompt vacío en una línea posterior a desde_linea."""
        def cond(p):
            return len(p.lineas) >= desde_linea and PROMPT_RE.fullmatch(p.actual) is not None
        return self.esperar(cond, que).actual

    def esperar_en_linea(self, texto, que=None):
        """Espera que la línea que se está editando contenga texto."""
        return self.esperar(lambda p: texto in p.actual,
                            que or f"«{texto}» en la línea que se edita").actual

    # --- escritura ---------------------------------------------------------

    def enviar(self, texto):
        self.hijo.send(texto)

    def escribir(self, texto):
        """Escribe texto (sin Enter) y espera verlo en la línea."""
        self.enviar(texto)
        return self.esperar_en_linea(texto.strip() or texto)

    def ejecutar(self, comando):
        """Escribe comando + Enter, espera el siguiente prompt.

        Devuelve (línea_escrita, salida, prompt): la línea tal como quedó en
        pantalla (con el prompt), el texto entre ella y el nuevo prompt, y el
        nuevo prompt."""
        n = len(self.pantalla().lineas)
        if comando:
            self.escribir(comando)
        self.enviar(ENTER)
        return self.terminar_linea(n, f"el prompt después de «{comando}»")

    def salir(self, comando="salir"):
        """Escribe el comando de salida + Enter y espera que el proceso termine."""
        self.escribir(comando)
        self.enviar(ENTER)
        return self.esperar_salida()

    def terminar_linea(self, n, que):
        """Tras Enter en la línea n: espera el prompt siguiente."""
        prompt = self.esperar_prompt(n + 1, que)
        p = self.pantalla()
        escrita = p.lineas[n] if n < len(p.lineas) else ""
        salida = "\n".join(p.lineas[n + 1:])
        return escrita, salida, prompt

    def esperar_salida(self, timeout=TIMEOUT):
        """Espera que el proceso termine; devuelve (código, señal)."""
        limite = time.monotonic() + timeout
        while not self.fin and time.monotonic() < limite:
            self._leer(0.2)
        while self.hijo.isalive() and time.monotonic() < limite:
            time.sleep(0.05)
        if self.hijo.isalive():
            self.fallar(f"el programa no terminó en {timeout:.0f} s")
        return self.hijo.exitstatus, self.hijo.signalstatus

    def cerrar(self):
        if self.hijo.isalive():
            self.hijo.terminate(force=True)
        try:
            self.hijo.close(force=True)
        except Exception:
            pass


# --------------------------------------------------------------------------
# Pruebas
# --------------------------------------------------------------------------

class PruebaTerminal(unittest.TestCase):
    def setUp(self):
        if not os.access(BIN, os.X_OK):
            self.fail(f"no se encontró el programa tienda en {BIN} "
                      "(compile con `swift build` o defina TIENDA_BIN)")
        self.tmp = tempfile.mkdtemp(prefix="tienda-pty-")
        self.sesiones = []

    def tearDown(self):
        for s in self.sesiones:
            if VERBOSE:
                print(f"\n--- {self.id()} ---\n{s.transcripcion(200)}")
            s.cerrar()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def abrir(self, *args):
        s = Sesion(self, self.tmp, args)
        self.sesiones.append(s)
        s.esperar_prompt(0, "el primer prompt")
        return s

    def verificar_vivo(self, s):
        self.assertTrue(s.hijo.isalive(), "el programa terminó y debía seguir corriendo")

    # --- inicio y prompt ---------------------------------------------------

    def test_01_saludo_y_prompt(self):
        s = self.abrir()
        p = s.pantalla()
        if SALUDO not in p.todo():
            s.fallar(f"falta el saludo «{SALUDO}»")
        if p.actual != PROMPT_INICIAL:
            s.fallar(f"prompt inicial esperado «{PROMPT_INICIAL}», se vio «{p.actual}»")

    def test_02_prompt_con_nombre_de_tienda(self):
        s = self.abrir()
        _, salida, prompt = s.ejecutar('configurar tienda nombre "Feria Don Pepe"')
        if prompt != "Feria Don Pepe> ":
            s.fallar(f"tras configurar el nombre el prompt debía ser «Feria Don Pepe> », se vio «{prompt}»")
        codigo, _ = s.salir()
        self.assertEqual(codigo, 0, "«salir» debía terminar con código 0")
        # El nombre queda en la base: al volver a abrir, el prompt lo muestra.
        s2 = self.abrir()
        if s2.pantalla().actual != "Feria Don Pepe> ":
            s2.fallar("al volver a abrir la misma base el prompt debía ser «Feria Don Pepe> »")

    # --- completado con Tab ------------------------------------------------

    def test_03_tab_completa_palabra_con_tilde(self):
        s = self.abrir()
        n = len(s.pantalla().lineas)
        s.escribir("ver conf")
        s.enviar(TAB)
        s.esperar_en_linea("configuración", "que Tab complete «ver conf» a «ver configuración»")
        s.enviar(ENTER)
        escrita, salida, _ = s.terminar_linea(n, "el prompt después de «ver configuración»")
        if "ver configuración" not in escrita:
            s.fallar(f"la línea completada debía decir «ver configuración», se vio «{escrita}»")
        if "Nombre" not in salida:
            s.fallar("«ver configuración» debía mostrar «Nombre»")

    def test_04_tab_completa_nombre_de_categoria_sin_tildes_ni_mayusculas(self):
        s = self.abrir()
        s.ejecutar("crear categoría Panadería")
        s.escribir("editar categoría pana")
        s.enviar(TAB)
        linea = s.esperar_en_linea("Panadería", "que Tab complete «pana» a «Panadería»")
        if "editar categoría Panadería" not in linea:
            s.fallar(f"la línea debía quedar «editar categoría Panadería…», se vio «{linea}»")

    # --- comandos básicos --------------------------------------------------

    def test_05_crear_y_listar_categoria_con_tilde(self):
        s = self.abrir()
        s.ejecutar("crear categoría Lácteos")
        _, salida, _ = s.ejecutar("listar categorías")
        if "Lácteos" not in salida:
            s.fallar("«listar categorías» debía mostrar «Lácteos»")

    # --- historial ---------------------------------------------------------

    def _flecha_arriba(self, s):
        """Flecha arriba; devuelve el texto de la línea sin el prompt."""
        prompt = s.pantalla().actual
        s.enviar(ARRIBA)
        s.esperar(lambda p: len(p.actual.rstrip()) > len(prompt.rstrip()),
                  "que la flecha arriba traiga un comando del historial")
        return s.pantalla().actual[len(prompt):].strip()

    def test_06_historial_tras_reiniciar(self):
        s = self.abrir()
        s.ejecutar("ver configuración")
        codigo, _ = s.salir()
        self.assertEqual(codigo, 0, "«salir» debía terminar con código 0")
        carpeta = os.path.join(self.tmp, "state", "tienda")
        if not (os.path.isdir(carpeta) and os.listdir(carpeta)):
            s.fallar(f"el historial debía guardarse en {carpeta} (XDG_STATE_HOME/tienda)")

        s2 = self.abrir()
        n = len(s2.pantalla().lineas)
        linea = self._flecha_arriba(s2)
        if linea == "salir":
            # «salir» también quedó en el historial: un paso más atrás.
            s2.enviar(ARRIBA)
            linea = s2.esperar_en_linea("ver configuración")
            linea = linea[linea.index("ver configuración"):].strip()
        if linea != "ver configuración":
            s2.fallar(f"la flecha arriba debía traer «ver configuración», trajo «{linea}»")
        s2.enviar(ENTER)
        _, salida, _ = s2.terminar_linea(n, "el prompt tras ejecutar el comando del historial")
        if "Nombre" not in salida:
            s2.fallar("el comando traído del historial debía ejecutarse y mostrar «Nombre»")

    def test_07_linea_con_espacio_inicial_no_va_al_historial(self):
        s = self.abrir()
        s.ejecutar("listar categorías")
        _, salida, _ = s.ejecutar(" ver configuración")
        if "Nombre" not in salida:
            s.fallar("« ver configuración» (con espacio inicial) debía ejecutarse igual")
        s.enviar(CTRL_D)
        codigo, _ = s.esperar_salida()
        self.assertEqual(codigo, 0)

        s2 = self.abrir()
        linea = self._flecha_arriba(s2)
        if linea != "listar categorías":
            s2.fallar("una línea que empieza con espacio no debe guardarse en el historial: "
                      f"la flecha arriba debía traer «listar categorías», trajo «{linea}»")

    # --- teclas de control -------------------------------------------------

    def test_08_ctrl_c_borra_la_linea(self):
        s = self.abrir()
        s.escribir("crear categoría Basura")
        s.enviar(CTRL_C)
        s.esperar(lambda p: PROMPT_RE.fullmatch(p.actual) is not None,
                  "una línea vacía con el prompt después de Ctrl-C")
        self.verificar_vivo(s)
        escrita, salida, _ = s.ejecutar("listar categorías")
        if not escrita.rstrip().endswith("> listar categorías"):
            s.fallar(f"después de Ctrl-C la línea debía empezar vacía; quedó «{escrita}»")
        if "Basura" in salida:
            s.fallar("Ctrl-C debía descartar «crear categoría Basura», pero la categoría existe")
        self.verificar_vivo(s)

    def test_09_ctrl_d_en_linea_vacia_termina_con_0(self):
        s = self.abrir()
        s.enviar(CTRL_D)
        codigo, senal = s.esperar_salida()
        self.assertIsNone(senal, f"terminó por la señal {senal}")
        self.assertEqual(codigo, 0, "Ctrl-D en una línea vacía debía terminar con código 0")

    def test_10_salir_termina_con_0(self):
        s = self.abrir()
        codigo, senal = s.salir()
        self.assertIsNone(senal, f"terminó por la señal {senal}")
        self.assertEqual(codigo, 0, "«salir» debía terminar con código 0")

    # --- errores -----------------------------------------------------------

    def test_11_error_con_sugerencia_y_caret(self):
        s = self.abrir()
        _, salida, _ = s.ejecutar("crear categria x")
        if "¿Quiso decir «crear categoría»?" not in salida:
            s.fallar("el error debía sugerir «¿Quiso decir «crear categoría»?»")
        if not any(re.match(r"\s*\^", l) for l in salida.split("\n")):
            s.fallar("el error debía mostrar una línea con «^» bajo la palabra equivocada")
        self.verificar_vivo(s)
        _, salida, _ = s.ejecutar("ver configuración")
        if "Nombre" not in salida:
            s.fallar("después de un error el programa debía seguir respondiendo")

    def test_12_barra_invertida_continua_la_linea(self):
        s = self.abrir()
        s.escribir("crear categoría Lácteos \\")
        s.enviar(ENTER)
        s.esperar(lambda p: p.actual.rstrip().endswith("…"),
                  "el prompt de continuación «… » después de «\\»")
        s.ejecutar('descripción "Leche y quesos"')
        _, salida, _ = s.ejecutar("listar categorías")
        if "Leche y quesos" not in salida:
            s.fallar("la línea continuada debía crear «Lácteos» con su descripción")

    def test_13_tab_pone_comillas_si_el_nombre_las_necesita(self):
        s = self.abrir()
        s.ejecutar('crear categoría "Té padre raro"')
        s.ejecutar("crear categoría raro")
        s.escribir("editar categoría té")
        s.enviar("\t")
        s.esperar(lambda p: '"Té padre raro"' in p.actual,
                  "que Tab complete el nombre entre comillas")
        _, salida, _ = s.ejecutar(" en-pos no")
        if "actualizada" not in salida:
            s.fallar("la edición con el nombre completado debía funcionar")
        _, salida, _ = s.ejecutar("listar categorías como csv")
        if "Té padre raro,,no" not in salida:
            s.fallar("«Té padre raro» debía quedar sin padre y con en-pos no")

    # --- catálogo: completado de productos e impuestos ---------------------

    def test_20_tab_completa_producto_con_tilde(self):
        s = self.abrir()
        s.ejecutar("crear producto Piña precio 1500 sku FRU01")
        s.ejecutar("crear producto Tomate precio 1490 unidad kg")
        s.escribir("ver producto pi")
        s.enviar(TAB)
        linea = s.esperar_en_linea("Piña", "que Tab complete «pi» a «Piña»")
        if "ver producto Piña" not in linea:
            s.fallar(f"la línea debía quedar «ver producto Piña», se vio «{linea}»")
        n = len(s.pantalla().lineas)
        s.enviar(ENTER)
        _, salida, _ = s.terminar_linea(n, "el prompt tras «ver producto Piña»")
        if "FRU01" not in salida or "$1.500" not in salida:
            s.fallar("«ver producto Piña» debía mostrar el SKU FRU01 y el precio $1.500")

    def test_21_tab_completa_sku(self):
        s = self.abrir()
        s.ejecutar('crear producto "Empanada de pino" precio 2500 sku EMP01 stock 5')
        s.ejecutar('crear producto "Pan amasado" precio 250 sku PAN01')
        s.escribir("ajustar stock EMP0")
        s.enviar(TAB)
        linea = s.esperar_en_linea("EMP01", "que Tab complete «EMP0» a «EMP01»")
        if "ajustar stock EMP01" not in linea:
            s.fallar(f"la línea debía quedar «ajustar stock EMP01», se vio «{linea}»")
        _, salida, _ = s.ejecutar(" +3")
        if "Stock de «Empanada de pino»: 8 un (+3)." not in salida:
            s.fallar("el ajuste con el SKU completado debía dejar el stock en 8")

    def test_22_tab_completa_impuesto_en_lista(self):
        s = self.abrir()
        s.ejecutar("crear impuesto ila-cerveza 20,5%")
        s.escribir("crear producto Cerveza precio 1990 impuestos iva, i")
        s.enviar(TAB)
        linea = s.esperar_en_linea("ila-cerveza", "que Tab complete «iva, i» a «iva, ila-cerveza»")
        if "impuestos iva, ila-cerveza" not in linea:
            s.fallar(f"la línea debía quedar «… impuestos iva, ila-cerveza», se vio «{linea}»")
        _, salida, _ = s.ejecutar("")
        if "Producto «Cerveza» creado" not in salida:
            s.fallar("el producto con los impuestos completados debía crearse")
        _, salida, _ = s.ejecutar("ver producto cerveza")
        if "ILA-CERVEZA 20,5%" not in salida or "$292" not in salida:
            s.fallar("la cerveza debía llevar ILA 20,5% ($292)")


# --------------------------------------------------------------------------

def main():
    print(f"tienda: {BIN}")
    programa = unittest.main(module=__name__, verbosity=2, exit=False,
                             testRunner=unittest.TextTestRunner(
                                 stream=sys.stdout, verbosity=2))
    r = programa.result
    fallidas = len(r.failures) + len(r.errors) + len(r.unexpectedSuccesses)
    pasaron = r.testsRun - fallidas - len(r.skipped)
    print(f"pty: {pasaron} passed, {fallidas} failed")
    sys.exit(0 if fallidas == 0 and r.testsRun > 0 else 1)


if __name__ == "__main__":
    main()
