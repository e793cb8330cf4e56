"""Los escenarios de la prueba diferencial (ver diferencial.py)."""

import os

RAIZ = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(RAIZ, "Samples")

PEPE = ("pepe", "4321")
MARIA = ("maría", "1234")
SUPER = ("sara", "5555")

CATALOGO = [
    "configurar tienda nombre \"Feria Don Pepe\" rut 76.123.456-0 dirección \"Persa Bío Bío 12\"",
    "crear categoría Empanadas",
    "crear categoría Bebidas",
    "crear categoría \"Bebidas sin azúcar\" padre bebidas",
    "crear impuesto ila-cerveza 20,5% de iva descripción \"ILA cervezas\"",
    "crear producto \"Empanada de pino\" precio 2500 sku EMP01 categoría empanadas stock 40 costo 1300 mínimo 10",
    "crear producto \"Empanada de queso\" precio 2300 sku EMP02 categoría empanadas stock 5",
    "crear producto \"Coca-Cola 1,5 L\" precio 1990 stock 10 barras 7801234567894 categoría bebidas",
    "crear producto Tomate precio 1.490 unidad kg stock 12,5 impuestos exento",
    "crear producto \"Cerveza Kunstmann 470\" precio $1.990 barras 7802100002020 impuestos iva, ila-cerveza stock 24",
    "crear producto \"Pan amasado\" precio 300 stock 100 sku PAN01",
    "crear producto Té precio 500 stock 50",
    "crear kit \"Combo once\" precio 3500 con 1 pan amasado, 1 té",
]


def seed(s, user=None):
    s.c(*CATALOGO, user=user)
    return s


def build(scenario):
    # ------------------------------------------------------------------ básico
    s = scenario("banderas")
    s.raw(["--help"]).raw(["--version"]).raw(["--xyz"]).raw(["--db"]).raw(["-c"])
    s.raw(["--bd", "x.db"]).raw(["--cajaa", "x"]).raw(["--db", "@DB", "--json", "-c", "listar categorías"])
    s.raw(["--db", "@DB", "-c", ""]).raw(["--db", "@DB", "noexiste.tienda"])
    s.raw(["--db", "@DIR/no/hay/carpeta/t.db", "-c", "listar productos"])
    s.raw(["--db", "@DB", "--eco", "-c", "crear categoría a", "-c", "listar categorías"])
    s.raw(["-c", "listar categorías"], env={"TIENDA_DB": "@DIR/env.db"})
    s.raw(["--db", "@DB", "--caja", "Caja 9", "-c", "listar cajas"])
    s.raw(["--db", "@DB", "-c", "listar categorías", "extra"])
    s.raw(["--db", "@DB", "--seguir", "-c", "crear categria x", "-c", "crear categoría y", "-c", "zzz"])

    s = scenario("desconocidos")
    s.each(
        "vendr 1 pan", "crear categria x", "listar produtos", "ayuda vendr", "foo", "crear",
        "crear cosa x", "listar", "ver", "borrar", "editar producto", "ajustar", "ajustar stok x +1",
        "stock bajoo", "informe", "informe y", "cerrar", "ventas ayer hoy", "ventas mañana",
        "ventas desde 31-02-2026", "ventas desde 01-12-2026 hasta 01-11-2026", "salir ahora",
        "ayuda", "ayuda vender", "ayuda crear producto", "ayuda crear xyz", "ayuda ayuda",
        "AYUDA VENDER", "ayúda", "Crear Categoría Lácteos", "CREAR CATEGORIA lacteos2",
        "listar categorias", "ver configuracion", "ver configuración como xml",
        "ver configuración como", "ver configuración >", "listar categorías > ",
        "crear categoría \"sin cerrar", "crear categoría 'simple'", "crear categoría a\\",
        "crear categoría \x07campana", "crear categoría tab\there", "crear categoría \x1b[31mrojo",
        "crear categoría nul\x01x", "crear categoría " + "x" * 300, "crear categoría 🍕",
        "   ", "# comentario", "crear categoría a; crear categoría b", "crear categoría c;",
        ";", "crear categoría \"\"",
    )

    # ---------------------------------------------------------------- catálogo
    s = scenario("catalogo")
    seed(s)
    s.each(
        "listar categorías", "listar categorías como csv", "listar categorías como json",
        "listar impuestos", "listar impuestos como json",
        "listar productos", "listar productos como csv", "listar productos como json",
        "listar productos categoría bebidas", "listar productos categoría nada",
        "ver producto EMP01", "ver producto emp pino como json", "ver producto 7801234567894",
        "ver producto emp", "ver producto zzz", "ver producto combo once", "ver producto combo como json",
        "buscar pino", "buscar empanada como json", "buscar zz", "buscar ",
        "editar producto EMP01 precio 2700", "editar producto tomate mínimo 5 vence nunca",
        "editar producto \"Cerveza Kunstmann 470\" barras ninguno categoría bebidas",
        "editar producto EMP01 stock 3", "editar producto combo con 2 té",
        "editar producto EMP02 nombre \"Empanada de queso mantecoso\" costo 900",
        "editar producto EMP02 precio -5", "editar producto EMP02 precio abc",
        "editar producto EMP02 precio 99999999999999999999", "editar producto EMP02 precio 1,5",
        "editar producto EMP02 unidad kg", "editar producto EMP02 unidad ton",
        "editar producto EMP02 vence 31-12-2026", "editar producto EMP02 vence 32-13-2026",
        "editar producto EMP02 impuestos exento", "editar producto EMP02 impuestos iva, nada",
        "editar producto EMP02 precio-con-impuestos no", "editar producto EMP02 sku EMP01",
        "editar producto EMP02 barras 7801234567894", "editar producto EMP02 barras 123",
        "editar producto EMP02 barras 7801234567890", "editar producto EMP02 en-pos quizás",
        "editar producto EMP02", "editar producto nada precio 1",
        "editar categoría bebidas nombre Refrescos", "editar categoría \"Bebidas sin azúcar\" padre ninguna en-pos no",
        "editar categoría refrescos padre refrescos", "editar categoría nada nombre x",
        "editar categoría empanadas padre \"bebidas sin azúcar\"",
        "crear categoría empanadas", "crear categoría x padre nada", "crear categoría insumos en-pos no descripción \"Bolsas\"",
        "borrar categoría insumos", "borrar categoría refrescos", "borrar categoría nada",
        "crear impuesto iaba-azucar 18%", "crear impuesto iaba-azucar 10%", "crear impuesto mal 150%",
        "crear impuesto mal2 -1%", "crear impuesto mal3 abc", "crear impuesto \"dos palabras\" 5%",
        "crear impuesto x 5% de nada", "editar impuesto ila-cerveza tasa 20,5%", "editar impuesto iva 19%",
        "editar impuesto iaba-azucar 10%", "editar impuesto nada 5%", "editar impuesto iva",
        "crear producto \"Jugo\" precio 1000 impuestos iva, iaba-azucar stock 3",
        "crear producto Jugo precio 1000", "crear producto", "crear producto x precio",
        "crear producto y precio 0", "crear producto z precio -1", "crear producto w precio 10 stock -3",
        "crear producto v precio 10 stock 1,5", "crear producto u precio 10 unidad kg stock 1,234",
        "crear producto t precio 10 unidad kg stock 1,2345", "crear producto s precio 10 vence ayer",
        "crear producto r precio 10 vence 01-01-2020", "crear producto q precio 10 sku \"con espacio\"",
        "crear producto p precio 10 barras 7802100002020", "crear producto o precio 1e5",
        "crear producto n precio 10 costo 20", "crear producto m precio 10 mínimo -1",
        "crear producto l precio 9223372036854775807", "crear producto k precio 10 stock 99999999999999",
        "crear producto j precio $ 10", "crear producto i precio 10 categoría nada",
        "crear producto h precio 10 precio 20", "crear producto g precio 10 impuestos exento, iva",
        "crear producto precio 10", "crear producto \"f\" precio 1.000,50",
        "crear kit \"Combo dos\" precio 5000 con 2 empanada pino, 1 coca cola",
        "crear kit \"Combo mal\" precio 5000 con 2 nada", "crear kit \"Combo vacio\" precio 5000",
        "crear kit \"Combo kit\" precio 5000 con 1 combo once", "crear kit \"Combo kg\" precio 5000 con 0,5 tomate",
        "crear kit \"Combo cero\" precio 5000 con 0 té",
        "borrar producto EMP02", "borrar producto EMP02", "borrar producto pan amasado",
        "listar productos borrados", "reactivar producto EMP02", "reactivar producto EMP02",
        "reactivar producto nada", "ver producto combo once",
        "listar productos", "listar categorías", "listar impuestos",
    )

    s = scenario("csv")
    seed(s)
    s.c("exportar productos out.csv", "exportar productos out.csv")
    s.c("configurar tienda separador-csv coma", "exportar productos coma.csv")
    s.c("importar productos " + os.path.join(SAMPLES, "catalogo-feria.csv"))
    s.c("importar productos no-existe.csv").c("importar productos").c("importar productos /dev/null")
    s.file("malo.csv", "nombre;precio\nA;abc\nB;100\n")
    s.c("importar productos malo.csv")
    s.file("bueno.csv", "nombre,precio,sku,stock\nUno,100,UNO1,5\nDos,\"1.200\",DOS1,3\n")
    s.c("importar productos bueno.csv")
    s.file("dup.csv", "nombre;precio;sku\nX;100;XX1\nY;100;XX1\n")
    s.c("importar productos dup.csv")
    s.file("vacio.csv", "")
    s.c("importar productos vacio.csv")
    s.file("cab.csv", "foo;bar\n1;2\n")
    s.c("importar productos cab.csv")
    s.c("importar productos out.csv")
    s.file("conteo.csv", "producto,cantidad\nEMP01,30\nPAN01,90\n")
    s.c("importar conteo conteo.csv")
    s.file("conteo2.csv", "producto,cantidad\nEMP01,30\npizza napolitana,4\n")
    s.c("importar conteo conteo2.csv")
    s.file("conteo3.csv", "sku,contado\nEMP01,30\nemp pino,31\n")
    s.c("importar conteo conteo3.csv")
    s.file("conteo4.csv", "sku;contado\nté;-1\n")
    s.c("importar conteo conteo4.csv")
    s.file("conteo5.csv", "sku;contado\nté;45\ntomate;10,5\n")
    s.c("importar conteo conteo5.csv como json")
    s.c("exportar productos final.csv", "listar productos como csv > lista.csv",
        "stock como json > stock.json", "listar categorías > cats.txt")
    s.c("listar productos > /dev/full").c("listar productos > @DIR/no/hay/x.csv")
    s.c("listar productos como csv > lista.csv")

    # ------------------------------------------------------------------- stock
    s = scenario("stock")
    seed(s)
    s.each(
        "ajustar stock EMP01 +10 motivo \"llegó pedido\"", "ajustar stock EMP01 -3",
        "ajustar stock EMP01 =25 motivo \"conteo semanal\"", "ajustar stock EMP01 10",
        "ajustar stock EMP01 +abc", "ajustar stock EMP01 +1,5", "ajustar stock tomate +0,250",
        "ajustar stock tomate -100", "ajustar stock nada +1", "ajustar stock combo +1",
        "ajustar stock EMP01 +99999999999999999", "ajustar stock EMP01 =-5", "ajustar stock EMP01 +0",
        "ajustar stock EMP01", "ajustar stock tomate +500 g",
        "merma EMP01 2 motivo \"se quemaron\"", "merma EMP01 0", "merma EMP01 -2", "merma EMP01 1000",
        "merma tomate 0,5", "merma combo 1",
        "movimientos EMP01", "movimientos EMP01 como json", "movimientos EMP01 hoy",
        "movimientos EMP01 desde 01-12-2026", "movimientos EMP01 desde 01-12-2026 hasta 31-12-2026",
        "movimientos nada", "movimientos", "movimientos tomate como csv",
        "stock", "stock EMP01", "stock tomate como json", "stock bajo", "stock bajo como json",
        "stock por vencer", "stock por vencer días 400", "stock por vencer días -1", "stock por vencer días x",
        "editar producto té vence 10-12-2026", "stock por vencer", "stock por vencer días 3",
        "lista de compras", "lista de compras como csv", "stock como csv",
    )

    # ------------------------------------------------------------- venta 1 línea
    s = scenario("venta-linea")
    seed(s)
    s.each(
        "vender 2 empanada pino pagar efectivo 10000",
        "vender 2 empanada pino, 1 coca cola pagar efectivo 10000",
        "vender 0,75 kg tomate pagar efectivo 2000",
        "vender 1 coca cola, 1 tomate pagar efectivo 2000, débito ref 4455",
        "vender 2 empanada pino pagar efectivo 4000", "vender 2 empanada pino pagar débito 6000",
        "vender 6 empanada queso pagar efectivo", "vender 1 pizza napolitana pagar efectivo",
        "vender 1 empanada pagar efectivo", "vender 1,5 coca cola pagar efectivo",
        "vender 500 g tomate pagar efectivo", "vender 1 combo once pagar crédito",
        "vender 1 cerveza pagar transferencia", "vender 7802100002020 pagar efectivo",
        "vender 3 EMP01 pagar efectivo 20000", "vender 1 EMP01 pagar cheque",
        "vender 1 EMP01 pagar efectivo abc", "vender 1 EMP01 pagar efectivo -5",
        "vender 99999999999 EMP01 pagar efectivo", "vender 0 EMP01 pagar efectivo",
        "vender -1 EMP01 pagar efectivo", "vender EMP01 pagar efectivo", "vender pagar efectivo",
        "vender 1 EMP01 pagar", "vender 1 EMP01 pagar efectivo 99999999999999999999",
        "vender 1 EMP01 pagar débito 1000, efectivo", "vender 1 EMP01, 1 EMP01 pagar efectivo",
        "vender 1 té pagar efectivo 505", "vender 1 té pagar débito ref \"abc def\"",
        "vender 1 EMP01 pagar efectivo 2500, efectivo 100",
        "ventas", "ventas hoy", "ventas como json", "ventas ayer", "ventas semana", "ventas mes",
        "ventas desde 01-12-2026 hasta 05-12-2026", "ver venta 1", "ver venta 2 como json",
        "ver venta 99", "ver venta abc", "ver venta -1",
        "anular venta 1 motivo \"cobro duplicado\"", "anular venta 1 motivo \"otra vez\"",
        "anular venta 2", "anular venta 99 motivo x",
        "devolver venta 2 1 coca cola", "devolver venta 2 2 coca cola", "devolver venta 2 1 empanada pino motivo \"fría\"",
        "devolver venta 3", "devolver venta 3", "devolver venta 4 línea 2", "devolver venta 4 línea 7",
        "devolver venta 5 reembolso efectivo", "devolver venta 6 reembolso original",
        "devolver venta 9 1 pan", "devolver venta", "devolver venta 1",
        "ver venta 2", "ver venta 3 como json", "ventas", "stock", "arqueo",
    )

    # ----------------------------------------------------------- ticket por stdin
    s = scenario("ticket")
    seed(s)
    s.c("crear cupón VERANO10 10% mínimo 3000 hasta 28-02-2027",
        "crear cupón VIEJO 10% hasta 01-11-2026", "crear cupón FIJO $500 usos 1",
        "crear cupón MUCHO 150%", "crear cupón NUEVO 500", "crear cupón GRATIS 100%")
    s.pipe(
        "vender\n2 empanada pino\ntomate 0,5\n1 coca cola\ntotal\nquitar línea 2\n"
        "descuento 10%\nnota \"sin cebolla\" línea 1\ncupón verano10\ntotal\npagar efectivo 10000\n")
    s.pipe(
        "vender\nagregar 3 pan amasado\nagregar 1 té\nregalo línea 2\ndescuento $100 línea 1\n"
        "total\npagar débito 500\ntotal\npagar efectivo\n")
    s.pipe("vender\n1 EMP01\ncupón viejo\ndescuento 150%\ndescuento 10\ndescuento $9000\n"
           "pagar efectivo -5\npagar efectivo 1000, débito 9000\nquitar línea 9\nquitar pizza\n"
           "nota \"x\" línea 5\nregalo línea 3\ncupón nada\ncupón fijo\ncupón fijo\ntotal\n")
    s.c("total").c("agregar 1 té").c("quitar té").c("quitar").c("total")
    s.c("sostener").c("sostenidas").c("vender 1 té").c("sostener \"Don Juan\"").c("sostenidas como json")
    s.c("retomar").c("retomar 1").c("total").c("retomar 2").c("retomar 9").c("retomar x")
    s.c("cancelar motivo \"se arrepintió\"").c("cancelar").c("retomar").c("total")
    s.c("pagar efectivo 20000").c("ventas")
    s.pipe("vender\n2 cerveza\nsostener cotización para \"Juan Pérez\" válida 7 días\n")
    s.c("cotizaciones").c("cotizaciones como json").c("ver cotización 1").c("ver cotización 9")
    s.c("retomar cotización 1").c("total").c("pagar transferencia")
    s.c("retomar cotización 1").c("sostener cotización").c("sostener cotización válida -1 días")
    s.c("vender 1 pan").c("sostener cotización válida 0 días").c("sostener cotización válida 99999 días")
    s.c("cancelar")
    s.pipe("vender\n1 té\nboleta 123456\nboleta abc\npagar efectivo\n")
    s.pipe("vender\n1 té\ncupón gratis\ntotal\npagar efectivo\n")
    s.pipe("vender\n1 té\ncupón mucho\ncupón nuevo\nregalo\npagar efectivo\n")
    s.c("vender 1 té").c("vender 1 pan amasado pagar efectivo").c("cancelar")
    s.c("pagar efectivo").c("quitar").c("descuento 5%").c("cupón verano10").c("nota \"x\"").c("regalo")
    s.pipe("agregar 1 té\n")
    s.pipe("vender\n1 té\nsalir\n")
    s.c("total").c("cancelar")
    for i in range(3):
        s.c("vender 1 té", "sostener")
    s.c("configurar tienda máximo-sostenidas 2").c("vender 1 té").c("sostener").c("sostenidas").c("cancelar")
    s.c("listar cupones", "listar cupones como json", "ver cupón verano10", "ver cupón nada",
        "desactivar cupón verano10", "desactivar cupón verano10", "cupón verano10")
    s.c("crear cupón VERANO10 5%").c("crear cupón X 10% desde 10-12-2026 hasta 01-12-2026")
    s.c("crear cupón Y 0%").c("crear cupón Z $0").c("crear cupón W 10% usos 0").c("crear cupón V 10% mínimo abc")
    s.c("ventas como json").c("bitácora como csv")

    # --------------------------------------------------------------------- caja
    s = scenario("caja")
    seed(s)
    s.each(
        "arqueo", "ingreso 500", "retiro 100", "cerrar caja 0", "informe x",
        "abrir caja 10000", "abrir caja 5000", "abrir caja Caja 2 500", "crear caja \"Caja 2\"",
        "crear caja \"Caja 2\"", "crear caja \"\"", "listar cajas", "listar cajas como json",
        "ingreso 5000 motivo \"sencillo\"", "ingreso -5", "ingreso abc", "ingreso 0",
        "ingreso 99999999999999999999", "retiro 10000 motivo \"pago proveedor\"", "retiro 999999",
        "abrir cajón", "abrir cajón motivo \"cambio\"",
        "vender 2 empanada pino pagar efectivo 10000", "vender 1 coca cola pagar débito",
        "vender 1 té pagar crédito", "vender 1 té pagar transferencia",
        "arqueo", "arqueo como json", "informe x", "informe x como json",
        "movimientos de caja", "movimientos de caja hoy como json", "movimientos de caja desde 01-12-2026",
        "cerrar caja abc", "cerrar caja -1", "cerrar caja 9000 dejar 99999",
        "cerrar caja 10000 débito 1990 crédito 500 transferencia 500 dejar 5000 nota \"todo bien\"",
        "cerrar caja", "informe z", "informe z 1", "informe z 1 como json", "informe z último",
        "informe z 9", "informe z como json", "arqueo", "ingreso 100",
        "abrir caja Caja 2 500", "vender 1 té pagar efectivo",
        "cerrar caja conteo 10000 x 2, 5000 x 1 débito 0", "cerrar caja conteo 5000 x 1, 500 x 2",
        "cerrar caja conteo 3 x 1", "cerrar caja conteo abc",
        "abrir caja", "vender 0,5 tomate pagar efectivo", "cerrar caja 99999",
        "informe z 2", "informe z 3 como json", "movimientos de caja", "listar cajas",
        "configurar tienda abrir-caja-sola no", "vender 1 té pagar efectivo",
        "configurar tienda redondeo-efectivo no", "abrir caja 0", "vender 0,75 tomate pagar efectivo",
        "cerrar caja 1118", "bitácora", "verificar base",
    )
    s.c("vender 1 té pagar efectivo", args=["--caja", "Caja 2"])
    s.c("arqueo", args=["--caja", "Caja 2"])
    s.c("arqueo", args=["--caja", "Caja 7"])
    s.c("abrir caja 100", env={"TIENDA_CAJA": "Caja 2"})

    # ----------------------------------------------------------------- usuarios
    s = scenario("usuarios")
    seed(s)
    s.c("crear usuario pepe rol dueño pin 4321", "crear usuario maría rol cajero pin 1234")
    s.each("listar productos", "crear usuario x rol cajero pin 1111")
    s.c("listar usuarios", user=PEPE)
    s.c("listar usuarios como json", user=PEPE)
    s.c("listar productos", user=("pepe", "9999"))
    s.c("listar productos", user=("nadie", "1234"))
    s.c("listar productos", args=["--usuario", "pepe"])
    s.each("crear usuario sara rol supervisor pin 5555", "crear usuario juan pin 1", "crear usuario juan pin abcd",
           "crear usuario juan rol jefe pin 2222", "crear usuario maría rol cajero pin 3333",
           "crear usuario juan rol cajero", "listar roles", "ver rol cajero", "ver rol supervisor como json",
           "ver rol nada", "editar rol cajero descuento-máximo 15%", "editar rol cajero descuento-máximo 150%",
           "editar rol cajero permitir volar", "editar rol cajero devolución-máxima 5000",
           "editar rol supervisor devolución-máxima sin-límite", "editar rol dueño quitar vender",
           "editar usuario maría nombre María", "editar usuario nada rol cajero", "editar usuario juan rol supervisor",
           "cambiar pin sara pin 5555", "cambiar pin juan pin 12", "bitácora", user=PEPE)
    s.each("vender 2 empanada pino pagar efectivo 10000", "crear categoría x", "listar usuarios",
           "editar rol cajero permitir editar-catálogo", "configurar tienda nombre Otro",
           "anular venta 1 motivo x", "devolver venta 1 1 empanada pino", "cerrar caja 5000",
           "crear usuario z rol dueño pin 4444", "cambiar pin pin 2222", "cambiar pin pepe pin 1111",
           "bitácora", "vender 1 té", "descuento 50%", "descuento 10%", "total", "cancelar",
           "ventas", "informe x", "respaldar", "verificar base", user=MARIA)
    s.c("listar productos", user=("maría", "1234"))
    s.c("listar productos", user=("maría", "2222"))
    s.each("devolver venta 1 1 empanada pino", "anular venta 1 motivo x", "desactivar usuario juan",
           "desactivar usuario juan", "desactivar usuario pepe", "desactivar usuario nada", user=SUPER)
    s.c("listar productos", user=("juan", "2222"))
    for i in range(6):
        s.c("listar productos", user=("sara", "0000"))
    s.c("listar productos", user=SUPER)
    s.pipe("entrar pepe pin 4321\nlistar usuarios\nsalir de sesión\nlistar usuarios\nentrar maría pin 9\n"
           "entrar maría pin 2222\nbloquear\nlistar productos\nentrar\nentrar nadie pin 1\n")
    s.c("entrar pepe pin 4321", "listar usuarios", "salir de sesión", "listar usuarios")
    s.c("listar productos", args=["--usuario", "pepe"], env={"TIENDA_PIN_ARCHIVO": "@DIR/pin"})
    s.file("pin", "4321\n")
    s.c("listar productos", args=["--usuario", "pepe"], env={"TIENDA_PIN_ARCHIVO": "@DIR/pin"})
    s.raw(["chmod", "600", "@DIR/pin"]) if False else None
    s.c("bitácora como json", user=PEPE)
    s.c("bitácora hoy", user=PEPE)

    # ---------------------------------------------------------------- impresoras
    s = scenario("impresoras")
    seed(s)
    s.each(
        "configurar impresora boletera archivo @DIR/ticket.txt lenguaje texto",
        "configurar impresora zebra archivo @DIR/zebra.zpl rol etiquetas lenguaje zpl",
        "configurar impresora hojas archivo @DIR/hojas.pdf rol hojas lenguaje pdf",
        "configurar impresora vista pantalla ancho 32",
        "configurar impresora mala tcp", "configurar impresora mala2 ancho 50",
        "configurar impresora mala3 archivo @DIR/x lenguaje cobol", "configurar impresora mala4 rol bar",
        "configurar impresora esc archivo @DIR/esc.bin lenguaje escpos ancho 42 cajón sí corte sí página-códigos 19",
        "listar impresoras", "listar impresoras como json",
        "probar impresora", "probar impresora zebra", "probar impresora nada",
        "vender 2 empanada pino pagar efectivo 10000", "vender 1 coca cola pagar débito",
        "imprimir ticket 1", "imprimir ticket 1 en esc", "reimprimir ticket 1", "reimprimir ticket 2 en vista",
        "imprimir ticket 99", "imprimir ticket abc", "imprimir informe x", "imprimir informe x en hojas",
        "imprimir informe z", "cerrar caja 15000", "imprimir informe z 1", "imprimir informe z 1 en vista",
        "imprimir informe y", "cola de impresión", "cola de impresión como json",
        "reintentar impresión", "reintentar impresión 99", "cancelar impresión 99", "cancelar impresión todo",
        "imprimir etiquetas EMP01 2", "imprimir etiquetas coca cola 2, EMP01, tomate en hojas",
        "imprimir etiquetas coca cola 3 categoría bebidas copias 2", "imprimir etiquetas coca cola 3 tamaño 60x30",
        "imprimir etiquetas coca cola tamaño grande", "imprimir etiquetas coca cola 0", "imprimir etiquetas",
        "imprimir etiquetas nada", "imprimir etiquetas categoría empanadas papel Carta en hojas",
        "imprimir etiquetas EMP01 99999999",
        "configurar impresora boletera estado no", "imprimir ticket 1", "configurar impresora boletera estado sí",
        "configurar impresora rota archivo @DIR/no/hay/dir/x.txt lenguaje texto predeterminada sí",
        "imprimir ticket 2 en rota", "cola de impresión", "reintentar impresión", "cancelar impresión 1",
        "borrar impresora rota", "borrar impresora rota", "borrar impresora nada", "listar impresoras",
        "configurar tienda imprimir-tickets no pie \"Vuelva pronto\" reintentar-horas 2",
        "vender 1 té pagar efectivo", "imprimir ticket 3", "cola de impresión",
    )

    # -------------------------------------------------------------- base/respaldo
    s = scenario("respaldo")
    seed(s)
    s.c("vender 1 té pagar efectivo")
    s.each("verificar base", "verificar base --silencioso", "verificar base como json",
           "respaldar", "respaldar @DIR/r1.db", "respaldar @DIR/r1.db", "respaldar @DIR/no/hay/r.db",
           "crear categoría nueva", "restaurar @DIR/r1.db", "listar categorías", "restaurar @DIR/nada.db",
           "restaurar", "restaurar @DIR/ticket.txt", "ver configuración", "ver configuración como json",
           "configurar tienda moneda USD", "ver producto EMP01", "configurar tienda moneda CLP",
           "configurar tienda zona America/Santiag", "configurar tienda zona Europe/Madrid", "bitácora",
           "configurar tienda zona America/Santiago", "configurar tienda rut 76.123.456-1",
           "configurar tienda rut abc", "configurar tienda vender-vencidos sí máximo-sostenidas 0",
           "configurar tienda máximo-sostenidas -1", "configurar tienda separador-csv tab",
           "configurar tienda", "ver configuración")
    s.file("ticket.txt", "hola\n")
    s.c("restaurar @DIR/ticket.txt")
    s.raw(["sqlite3", "@DB", "UPDATE sales SET total = total + 1"]) if False else None

    # ------------------------------------------------------ scripts y modos
    s = scenario("scripts")
    seed(s)
    s.file("a.tienda", "parámetro cat bebidas\ncrear categoría ${1}\nlistar productos categoría $cat\n"
           "definir minimo 10\nverificar stock EMP01 >= $minimo\n")
    s.c("ejecutar a.tienda dos").c("ejecutar a.tienda \"tres y cuatro\"").c("ejecutar nada.tienda")
    s.file("b.tienda", "crear categoría b1\ncrear categria b2\ncrear categoría b3\n")
    s.c("ejecutar b.tienda")
    s.raw(["--db", "@DB", "b.tienda"]).raw(["--db", "@DB", "--seguir", "b.tienda"])
    s.raw(["--db", "@DB", "--atómico", "b.tienda"])
    s.pipe("crear categoría c1\ncrear categria c2\ncrear categoría c3\n", args=["--atómico", "--seguir"])
    s.pipe("crear categoría d1\ncrear categoría d2\n", args=["--atómico"])
    s.pipe("crear categoría e1\najustar stock EMP01 -3\nvender 1 té pagar efectivo\n", args=["--simular"])
    s.c("simular ajustar stock EMP01 -3", "simular vender 2 EMP01 pagar efectivo",
        "simular crear categoría f1", "simular simular crear categoría g", "simular", "simular foo")
    s.c("listar categorías", "stock EMP01")
    s.file("c.tienda", "definir secreto abc\nejecutar hijo.tienda\n")
    s.file("hijo.tienda", "crear categoría $secreto\ncrear categoría ${nada}\n")
    s.c("ejecutar c.tienda")
    s.file("d.tienda", "ejecutar d.tienda\n")
    s.c("ejecutar d.tienda")
    s.file("e.tienda", "crear categoría \\\n  \"Bebidas frías\" \\\n  en-pos no\nverificar stock EMP01 < 0\ncrear categoría nunca\n")
    s.c("ejecutar e.tienda")
    s.each("verificar stock EMP01 >= 10", "verificar stock EMP01 = 40", "verificar ventas hoy = 0",
           "verificar 1 < 2", "verificar x", "verificar stock nada > 1", "definir 1x 5", "definir hoy 5",
           "definir x", "parámetro y", "pausa \"hola\"", "pausa")
    s.pipe("definir cat \"Pan amasado\"\ncrear categoría $cat\ncrear categoría x-${cat}-y\n")
    s.pipe("pausa \"Ahora cobramos\"\ncrear categoría h1\npausa\n", args=["--eco"])
    s.pipe("crear categoría i1\n", args=["--pausa"])
    s.raw(["--db", "@DB", os.path.join(SAMPLES, "primeros-pasos.tienda")])
    s.pipe("crear categoría \\\n  \"Bebidas calientes\" \\\n  en-pos no\ncrear categria x\n")
    s.pipe("crear categoría j1\r\ncrear categoría j2\r\n")
    s.pipe("crear categoría k1; crear categria k2\nlistar categorías\n")
    s.pipe("")
    s.pipe("\x00\x01\x02\n\xff\ncrear categoría l1\n")
    s.c("modo práctica").c("salir de práctica")
    s.pipe("modo práctica\ncrear categoría práctica\nvender 1 té pagar efectivo\nlistar categorías\nsalir de práctica\nlistar categorías\n")
    s.raw(["--db", "@DB", "--simular", "-c", "crear categoría m1", "-c", "listar categorías"])
    s.raw(["--db", "@DB", "--atómico", "-c", "crear categoría n1", "-c", "vender 99 EMP02 pagar efectivo"])
    s.raw(["--db", "@DB", "--atómico", "--simular", "-c", "crear categoría o1"])
    s.c("listar categorías")

    s = scenario("demo")
    s.raw(["--demo", "-c", "listar productos como json"])
    s.raw(["--demo", "-c", "stock bajo como json", "-c", "ventas hoy", "-c", "listar usuarios como json"])
    s.raw(["--demo", "-c", "crear categoría otra", "-c", "verificar ventas hoy = 6"])
    s.raw(["--db", "@DIR/demo.db", "--demo", "-c", "ventas hoy"])
    s.raw(["--db", "@DIR/demo.db", "--demo", "-c", "ventas hoy"])
    s.raw(["--db", "@DIR/demo.db", "-c", "informe x", "-c", "stock por vencer", "-c", "bitácora"])
    s.raw(["--demo", "-c", "arqueo", "-c", "cotizaciones", "-c", "sostenidas", "-c", "listar cupones"])

    # --------------------------------------------------------------- montos raros
    s = scenario("numeros")
    seed(s)
    s.each(
        "crear producto caro precio 999999999999", "vender 10000 caro pagar efectivo",
        "editar producto caro vender-sin-stock sí", "vender 999999 caro pagar efectivo",
        "vender 9999999999 caro pagar efectivo", "ajustar stock caro +999999999999999",
        "crear producto granel precio 1 unidad kg stock 0 vender-sin-stock sí",
        "vender 0,001 granel pagar efectivo", "vender 0,0001 granel pagar efectivo",
        "vender 1000000 kg granel pagar efectivo", "vender 1 g granel pagar efectivo",
        "vender 1.000 g granel pagar efectivo", "vender 1,5 kg granel pagar efectivo 10",
        "configurar tienda moneda USD", "crear producto dolar precio 1,99 stock 10",
        "vender 3 dolar pagar efectivo 10", "vender 1 dolar pagar efectivo 1,999",
        "ver producto dolar como json", "configurar tienda moneda EUR", "ver producto dolar",
        "configurar tienda moneda CLP", "vender 1 té pagar efectivo 1,5", "vender 1 té pagar efectivo 1.500,00",
        "vender 1 té pagar efectivo $1.000", "vender 1 té pagar efectivo 1_000", "vender 1 té pagar efectivo ١٠٠٠",
        "vender 1e3 té pagar efectivo", "vender ½ té pagar efectivo", "vender 1 té pagar efectivo 0x10",
        "descuento 100%", "crear cupón G 99,99%", "crear cupón H 0,001%",
        "ver venta 99999999999999999999", "informe z 99999999999999999999",
        "retomar 99999999999999999999", "stock por vencer días 99999999999999999999",
    )

    # ----------------------------------------------- derechos con aprobación
    s = scenario("derechos")
    seed(s)
    s.c("crear usuario pepe rol dueño pin 4321", "crear usuario maría rol cajero pin 1234",
        "crear usuario sara rol supervisor pin 5555")
    s.c("vender 2 EMP01 pagar efectivo", "vender 1 té pagar efectivo", user=PEPE)
    s.each("vender 1 té", "descuento 50%", "descuento 5%", "pagar efectivo", "devolver venta 1",
           "anular venta 2 motivo x", "ajustar stock EMP01 +1", "abrir cajón", "retiro 100",
           "cerrar caja 0", "imprimir ticket 1", "reimprimir ticket 1", "cotizaciones", user=MARIA)
    s.pipe("vender 1 té\ndescuento 50%\nsara\n5555\npagar efectivo\n", user=MARIA)
    s.each("devolver venta 1 1 EMP01", "cerrar caja 5000", "informe z", user=SUPER)
    s.c("bitácora como json", user=PEPE)

    # ------------------------------------------------------- terminal (pty)
    E = "\r"
    s = scenario("pty-basico")
    seed(s)
    s.pty(["ayuda" + E, "crear categ\t" + "lácteos" + E, "listar categ\t" + E,
           "ver producto emp\t" + E, "vendr 1 pan" + E, "vender 2 empanada pino" + E,
           "1 té" + E, "total" + E, "descuento 10%" + E, "pagar efectivo 10000" + E,
           "crear producto x\x03", "vender 999 empanada queso pagar efectivo" + E, "no" + E,
           "vender 6 empanada queso pagar efectivo" + E, "sí" + E,
           "restaurar @DIR/nada.db" + E, "simular crear categoría zz" + E,
           "vender 1 té" + E, "salir" + E])
    s.pty(["\x1b[A" + E, "listar categorías" + E, "\x04"])
    s.respaldo = None
    s.c("respaldar @DIR/r.db")
    s.pty(["restaurar @DIR/r.db" + E, "no" + E, "restaurar @DIR/r.db" + E, "sí" + E, "salir" + E])
    s.pty(["modo práctica" + E, "vender 1 té pagar efectivo" + E, "salir de práctica" + E,
           "ventas" + E, "\x04"])
    s.pty([E, "  listar categorías" + E, "crear categoría \\" + E, "  \"Bebidas frías\"" + E, "\x04"])

    s = scenario("pty-usuarios")
    seed(s)
    s.c("crear usuario pepe rol dueño pin 4321", "crear usuario maría rol cajero pin 1234")
    s.pty(["pepe" + E, "9753" + E, "pepe" + E, "4321" + E, "configurar tienda nombre Feria" + E,
           "ver configuración" + E, "crear usuario sofía rol supervisor" + E, "2468" + E, "8642" + E,
           "crear usuario sofía rol supervisor" + E, "2468" + E, "2468" + E,
           "cambiar pin" + E, "4321" + E, "1111" + E, "1111" + E,
           "bloquear" + E, "1111" + E, "salir de sesión" + E, "maría" + E, "1234" + E,
           "crear categoría bebidas2" + E, "pepe" + E, "1111" + E,
           "bitácora como json" + E, "pepe" + E, "1111" + E,
           "crear categoría aguas" + E, E,
           "crear categoría aguas" + E, "sofía" + E, "2468" + E,
           "crear categoría aguas" + E, "pepe" + E, "9753" + E,
           "vender 2 empanada pino" + E, "descuento 20%" + E, "pepe" + E, "1111" + E,
           "descuento 5% línea 1" + E, "pagar efectivo" + E,
           "anular venta 1 motivo \"error\"" + E, "sofía" + E, "2468" + E,
           "devolver venta 1" + E, "salir" + E])
    s.pty(["maría" + E, "" + E, "maría" + E, "1234" + E, "entrar pepe" + E, "1111" + E,
           "listar usuarios" + E, "salir" + E], args=[])
    s.pty(["1234" + E, "cerrar caja 0" + E, "pepe" + E, "1111" + E, "informe z" + E, "salir" + E],
          args=["--usuario", "maría"])
    s.c("bitácora como json", user=("pepe", "1111"))

    # --------------------------------------------- dos procesos, un ticket
    s = scenario("dos-terminales")
    seed(s)
    s.held("vender 2 empanada pino\n", [["vender 1 coca cola"], ["total"], ["pagar efectivo 2000"],
                                         ["cancelar"], ["sostenidas"]],
           "total\npagar débito\n")
    s.c("ventas", "total")
    s.held("vender 1 té\n", [], "")
    s.c("total").c("pagar efectivo")
    s.held("vender 1 té\nsostener\n", [["retomar 1"], ["total"]], "retomar 1\ntotal\ncancelar\n")
    s.c("sostenidas", "ventas como json")
    s.held("", [["vender 1 EMP01 pagar efectivo"]], "vender 1 EMP02 pagar efectivo\n")
    s.c("ventas")

    # --------------------------------------------------------- impresora TCP
    s = scenario("impresora-tcp")
    seed(s)
    s.printer(19311)
    s.each("configurar impresora caja tcp 127.0.0.1:19311 ancho 48 cajón sí",
           "configurar impresora cerrada tcp 127.0.0.1:19312 rol etiquetas lenguaje zpl",
           "probar impresora", "vender 2 empanada pino pagar efectivo 10000",
           "vender 1 coca cola pagar débito", "abrir cajón", "imprimir ticket 1", "reimprimir ticket 2",
           "imprimir informe x", "imprimir etiquetas EMP01 2", "cola de impresión",
           "cola de impresión como json", "reintentar impresión", "cancelar impresión todo",
           "cola de impresión", "configurar impresora caja tcp noexiste.invalid:9100",
           "probar impresora caja", "cola de impresión", "configurar impresora caja tcp 127.0.0.1:99999",
           "configurar impresora caja tcp 127.0.0.1:19311", "cerrar caja 10000", "imprimir informe z 1")
    # TIENDA_ESPERA_IMPRESION=1 (1 ms) hace carrera con el envío: no se compara.
    s.each("vender 1 té pagar efectivo", "cola de impresión",
           env={"TIENDA_ESPERA_IMPRESION": "10000"})

    # ------------------------------------------------ la base tocada a mano
    s = scenario("base-tocada")
    seed(s)
    s.c("vender 2 EMP01 pagar efectivo", "vender 1 té pagar débito", "cerrar caja 5000")
    s.c("verificar base")
    s.sh(["sqlite3", "@DB", "UPDATE products SET price = 1 WHERE sku = 'TE01'"])
    s.c("verificar base", "verificar base como json")
    s.sh(["sqlite3", "@DB", "UPDATE journal SET command = 'x' WHERE id = 3"])
    s.c("verificar base", "bitácora")
    s.sh(["sqlite3", "@DB", "UPDATE sales SET total = 1 WHERE number = 1"])
    s.sh(["sqlite3", "@DB", "DELETE FROM journal WHERE id = 5"])
    s.c("verificar base", "verificar base --silencioso", "ver venta 1", "informe z 1")
    s.sh(["sqlite3", "@DB", "PRAGMA user_version = 999"])
    s.c("listar productos")
    s.sh(["sqlite3", "@DB", "PRAGMA user_version = 1"])
    s.c("listar productos")
    s.file("no.db", "esto no es sqlite\n")
    s.raw(["--db", "@DIR/no.db", "-c", "listar productos"])
    s.sh(["sqlite3", "@DIR/otra.db", "CREATE TABLE x(a)"])
    s.raw(["--db", "@DIR/otra.db", "-c", "listar productos"])
    s.raw(["--db", "@DIR", "-c", "listar productos"])
    s.raw(["--db", "/dev/null", "-c", "listar productos"])

    # ------------------------------------------------------- otros días
    s = scenario("dias")
    seed(s)
    s.c("crear cupón DIC 10% desde 01-12-2026 hasta 06-12-2026",
        "editar producto té vence 06-12-2026", "vender 2 EMP01 pagar efectivo",
        "vender 1 té pagar débito")
    s.pipe("vender\n2 cerveza\nsostener cotización para \"Ana\" válida 1 días\n")
    s.c("vender 1 té", "sostener \"mañana\"")
    s.c("crear usuario pepe rol dueño pin 4321")
    for i in range(5):
        s.c("listar productos", user=("pepe", "0000"))
    s.c("listar productos", user=PEPE)
    D2 = {"TIENDA_AHORA": "2026-12-05T15:16:00Z"}
    s.c("listar productos", user=PEPE, env=D2)
    D3 = {"TIENDA_AHORA": "2026-12-07T13:00:00Z"}
    s.each("ventas", "ventas ayer", "ventas hoy", "ventas semana", "ventas mes", "ventas año",
           "ventas desde 05-12-2026", "bitácora ayer", "bitácora semana", "movimientos de caja ayer",
           "stock por vencer", "vender 1 té pagar efectivo", "cotizaciones", "retomar cotización 1",
           "sostenidas", "retomar 1", "total", "cupón dic", "pagar efectivo", "informe x", "arqueo",
           "cerrar caja 20000", "informe z", "devolver venta 1 1 EMP01", "anular venta 2 motivo \"tarde\"",
           "configurar tienda vender-vencidos sí", "vender 1 té pagar efectivo", "ventas semana como json",
           user=PEPE, env=D3)
    D4 = {"TIENDA_AHORA": "2027-03-01T03:30:00Z"}
    s.each("ventas", "ventas mes", "ventas ayer", "bitácora hoy", "informe x", "stock",
           "movimientos EMP01 desde 01-01-2027", user=PEPE, env=D4)
    s.each("ventas hoy", env={"TIENDA_AHORA": "no-es-fecha"}, user=PEPE)
    s.each("ventas hoy", env={"TIENDA_AHORA": "2026-12-05T15:00:00"}, user=PEPE)

    # ---------------------------------------------------------- samples
    s = scenario("samples")
    s.raw(["--db", "@DB", os.path.join(SAMPLES, "primeros-pasos.tienda")])
    s.c("importar productos " + os.path.join(SAMPLES, "catalogo-feria.csv"))
    s.raw(["--db", "@DB", os.path.join(SAMPLES, "revision-nocturna.tienda"), "@DIR"])
    s.raw(["--db", "@DB", os.path.join(SAMPLES, "capacitacion-venta.tienda")],
          stdin="\n" * 60)
    s.raw(["--db", "@DB", "--pausa", os.path.join(SAMPLES, "capacitacion-caja.tienda")],
          stdin="\n" * 60)
    s.raw(["--db", "@DB", "--eco", os.path.join(SAMPLES, "capacitacion-caja.tienda")])
    s.c("ventas", "listar productos como csv", "stock bajo", "lista de compras", "informe x",
        "movimientos de caja", "bitácora")
    s.each("vender 2 emp pino, 1 emp queso pagar efectivo 10000", "vender 1 empanada pagar efectivo",
           "vender 3 bebida pagar débito", "ventas como csv")

    # --------------------- cada ejemplo de Docs/comandos.md, y mutaciones
    import re as _re
    doc = open(os.path.join(RAIZ, "Docs", "comandos.md"), encoding="utf-8").read()
    examples = []
    for block in _re.findall(r"Ejemplos:\n\n```\n(.*?)```", doc, _re.S):
        examples += [x for x in block.splitlines() if x.strip()]

    def mutations(line):
        words = line.split(" ")
        out = [line, line + " xyz", " ".join(words[:-1]), line + " \"abierta"]
        nums = [i for i, w in enumerate(words) if _re.fullmatch(r"[$+=-]?[\d.,]+%?", w)]
        for bad in ("abc", "-1", "0", "99999999999999999999", "1,5", ""):
            if nums:
                w = list(words)
                w[nums[0]] = bad
                out.append(" ".join(w))
        if len(words) > 2:
            out.append(" ".join(words[:2]) + " " + words[2][::-1])
            out.append(line.upper())
        return out

    for part in range(0, len(examples), 40):
        s = scenario(f"ejemplos-{part // 40 + 1}")
        seed(s)
        s.c("vender 2 EMP01 pagar efectivo", "vender 1 té, 1 coca cola pagar débito",
            "crear cupón VERANO10 10% mínimo 1000 hasta 28-02-2027",
            "configurar impresora boletera archivo @DIR/b.txt lenguaje texto",
            "configurar impresora zebra archivo @DIR/z.zpl rol etiquetas lenguaje zpl")
        for ex in examples[part:part + 40]:
            if ex.split(" ")[0] in ("pausa",) or ex.startswith(("restaurar", "modo práctica")):
                s.each(ex)
                continue
            s.each(*mutations(ex))

    # ------------------------------------------- --atómico / --simular a fondo
    s = scenario("transacciones")
    seed(s)
    s.c("configurar impresora boletera archivo @DIR/b.txt lenguaje texto")
    s.raw(["--db", "@DB", "--simular", "-c", "vender 2 EMP01 pagar efectivo", "-c", "ventas",
           "-c", "imprimir ticket 1", "-c", "cola de impresión"])
    s.raw(["--db", "@DB", "--simular", "-c", "vender 1 té", "-c", "descuento 10%", "-c", "total"])
    s.c("total", "ventas", "cola de impresión")
    s.raw(["--db", "@DB", "--atómico", "-c", "vender 1 té", "-c", "pagar efectivo", "-c",
           "vender 1 EMP02 pagar efectivo", "-c", "vender 99 EMP02 pagar efectivo"])
    s.c("ventas", "stock", "cola de impresión")
    s.raw(["--db", "@DB", "--atómico", "-c", "vender 1 té", "-c", "pagar efectivo", "-c",
           "imprimir ticket 1", "-c", "abrir cajón"])
    s.c("ventas", "cola de impresión")
    s.raw(["--db", "@DB", "--atómico", "-c", "respaldar @DIR/at.db", "-c", "crear categoría zz"])
    s.raw(["--db", "@DB", "--atómico", "-c", "restaurar @DIR/at.db"])
    s.raw(["--db", "@DB", "--simular", "-c", "restaurar @DIR/at.db"])
    s.raw(["--db", "@DB", "--atómico", "-c", "crear categoría q1", "-c", "salir", "-c", "crear categoría q2"])
    s.raw(["--db", "@DB", "--simular", "-c", "simular crear categoría q3"])
    s.raw(["--db", "@DB", "--atómico", "-c", "simular crear categoría q4", "-c", "crear categoría q5"])
    s.raw(["--db", "@DB", "--atómico", "--seguir", "-c", "crear categoría q6", "-c", "foo", "-c", "crear categoría q7"])
    s.raw(["--db", "@DB", "--seguir", "-c", "crear categoría q8", "-c", "foo", "-c", "crear categoría q9", "-c", "bar"])
    s.file("t.tienda", "crear categoría t1\nvender 1 té\npagar efectivo\nejecutar u.tienda\ncrear categoría t3\n")
    s.file("u.tienda", "crear categoría t2\nvender 999 EMP02 pagar efectivo\n")
    s.raw(["--db", "@DB", "--atómico", "t.tienda"])
    s.raw(["--db", "@DB", "--simular", "t.tienda"])
    s.raw(["--db", "@DB", "--seguir", "t.tienda"])
    s.c("simular ejecutar t.tienda", "simular vender 1 té", "simular pagar efectivo",
        "simular cerrar caja 1000", "simular respaldar @DIR/sim.db", "simular restaurar @DIR/at.db",
        "simular imprimir ticket 1", "simular probar impresora", "simular entrar pepe")
    s.c("total")
    s.c("cancelar")
    s.c("listar categorías", "ventas", "cola de impresión", "bitácora como csv")
    s.raw(["--db", "@DB", "--simular", "--json", "-c", "ventas", "-c", "stock"])
    s.raw(["--db", "@DB", "--json", "-c", "listar productos", "-c", "crear categoría jj", "-c", "arqueo"])
    s.raw(["--db", "@DB", "--json", "-c", "ver producto EMP01 como tabla"])
    s.raw(["--db", "@DB", "--simular", "--atómico", "--seguir", "--eco", "-c", "crear categoría r1", "-c", "zz"])

    # ------------------------------------------------- kits y devoluciones
    s = scenario("kits-devoluciones")
    seed(s)
    s.c("crear usuario pepe rol dueño pin 4321", "crear usuario sara rol supervisor pin 5555",
        "crear usuario maría rol cajero pin 1234")
    s.each("vender 3 combo once pagar efectivo", "stock", "vender 1 combo once, 2 pan amasado pagar débito",
           "ver venta 2 como json", "devolver venta 2 1 combo once", "stock", "devolver venta 2 1 pan amasado motivo \"duro\"",
           "devolver venta 2", "ver venta 2", "anular venta 2 motivo \"x\"", "anular venta 1 motivo \"error\"",
           "stock", "ver producto combo once", "editar producto combo precio 4000", "vender 1 combo pagar efectivo",
           "editar producto té vender-sin-stock no", "ajustar stock té =0", "vender 1 combo pagar efectivo",
           "borrar producto té", "vender 1 combo pagar efectivo", "reactivar producto TE01",
           "vender 10 cerveza, 5 EMP01 pagar efectivo 100000", "devolver venta 5 3 cerveza reembolso efectivo",
           "devolver venta 5 2 EMP01 reembolso original", "informe x", "arqueo como json",
           "editar rol supervisor devolución-máxima 1000", user=PEPE)
    s.each("devolver venta 5 1 cerveza", "devolver venta 5 1 EMP01", "anular venta 5 motivo x", user=SUPER)
    s.each("devolver venta 5 1 cerveza", user=MARIA)
    s.each("cerrar caja 50000", "informe z 1 como json", "devolver venta 5 1 cerveza",
           "anular venta 5 motivo \"tras el cierre\"", "ventas como json", "bitácora como json", user=PEPE)

    # --------------------------------------- la base tocada, sin protecciones
    s = scenario("base-tocada-2")
    seed(s)
    s.c("vender 2 EMP01 pagar efectivo", "vender 1 té pagar débito", "cerrar caja 5000")
    s.sh(["sqlite3", "@DB", "DROP TRIGGER sales_no_update; UPDATE sales SET total = 1 WHERE number = 1"])
    s.c("verificar base", "verificar base como json", "ver venta 1", "informe z 1")
    s.sh(["sqlite3", "@DB", "DROP TRIGGER journal_no_delete"])
    s.sh(["sqlite3", "@DB", "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='journal'"])
    s.c("verificar base")
    s.sh(["sqlite3", "@DB", "DROP TABLE coupons"])
    s.c("verificar base", "listar cupones")
    s.sh(["sqlite3", "@DB", "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = 'x' WHERE name = 'printers'"])
    s.c("verificar base", "listar productos")

    # ------------------------------------------------- montos que desbordan
    s = scenario("desbordes")
    s.each("crear producto a precio 9.000.000.000.000.000 stock 10 vender-sin-stock sí",
           "crear producto b precio 999999999999999 stock 1000",
           "vender 2 a pagar efectivo", "vender 1 a, 1 b pagar efectivo",
           "vender 1000 b pagar efectivo", "vender 10 b pagar débito 9999999999999990",
           "vender 1 b", "descuento $999999999999999", "pagar efectivo 9223372036854775807",
           "pagar débito 1", "total", "cancelar",
           "ajustar stock b +9223372036854775", "ajustar stock b +9.223.372.036.854.775",
           "ajustar stock b =9223372036854775807", "merma b 9223372036854775807",
           "abrir caja 9223372036854775807", "ingreso 9223372036854775807", "ingreso 9223372036854775807",
           "arqueo", "retiro 9223372036854775807", "cerrar caja 9223372036854775807",
           "crear cupón big $9223372036854775807", "crear impuesto big 99999999999999999%",
           "crear producto c precio 1 costo 9223372036854775807", "ver producto c",
           "crear producto d precio 9223372036854775807 impuestos exento", "vender 2 d pagar efectivo",
           "crear producto e precio 5000000000000000000 precio-con-impuestos no", "vender 1 e pagar efectivo",
           "ventas", "informe x")

    s = scenario("desbordes-2")
    s.each("crear producto a precio 1.000.000.000.000 stock 10 vender-sin-stock sí",
           "crear producto b precio 999.999.999.999 stock 1000 vender-sin-stock sí impuestos exento",
           "crear producto g precio 1.000.000.000.000 unidad kg vender-sin-stock sí precio-con-impuestos no",
           "ajustar stock b +999999999", "ajustar stock b +9999999999999", "ajustar stock b +999999999999",
           "vender 2 a pagar efectivo", "vender 10000000 a pagar efectivo", "vender 9999999 a pagar débito",
           "vender 1 a, 1 b pagar efectivo 1.000.000.000.000, débito 999.999.999.999",
           "vender 5 a, 5 b pagar efectivo", "vender 9.999.999 b, 9.999.999 a pagar efectivo",
           "vender 1000000 kg g pagar efectivo", "vender 0,001 kg g pagar efectivo",
           "vender 3 a", "agregar 3 a", "agregar 3 a", "agregar 1 b", "total", "descuento $999.999.999.999",
           "descuento 33,33%", "total", "pagar efectivo 1.000.000.000.000", "pagar débito 1.000.000.000.000",
           "pagar crédito 1.000.000.000.000", "total", "cancelar",
           "abrir caja 1.000.000.000.000", "ingreso 1.000.000.000.000", "ingreso 1.000.000.000.000",
           "arqueo", "retiro 1.000.000.000.000", "cerrar caja 1.000.000.000.000 débito 1.000.000.000.000",
           "crear cupón big $1.000.000.000.000", "crear impuesto big 999%", "crear impuesto big2 100%",
           "crear producto h precio 1.000.000.000.000 impuestos iva, big2 precio-con-impuestos no",
           "vender 9 h pagar efectivo", "ventas", "ventas como json", "informe z", "informe z 1 como json")

    # ------------------------------------------- ayuda de cada comando, Tab
    names = _re.findall(r"^### (.+)$", doc, _re.M)
    s = scenario("ayuda")
    s.each(*["ayuda " + n for n in names])
    s.each(*["ayuda " + n.upper() for n in names[:20]])
    s.c("crear producto \"Empanada de pino\" precio 2500 sku EMP01")
    s.pty(["crear cat\t\t", "\x03", "ver pro\t", "\x03", "vender 1 emp\t", "\x03", "listar \t\t", "\x03",
           "ay\t", " vend\t\r", "stock E\t", "\x03", "configurar tienda mo\t", "\x03",
           "configurar impresora x le\t", "\x03", "\x04"])

    s = scenario("pin-archivo")
    seed(s)
    s.c("crear usuario pepe rol dueño pin 4321")
    s.file("pin", "4321\n")
    s.c("listar usuarios", args=["--usuario", "pepe"], env={"TIENDA_PIN_ARCHIVO": "@DIR/pin"})
    s.sh(["chmod", "600", "@DIR/pin"])
    s.c("listar usuarios", args=["--usuario", "pepe"], env={"TIENDA_PIN_ARCHIVO": "@DIR/pin"})
    s.c("listar usuarios", args=["--usuario", "pepe"], env={"TIENDA_PIN_ARCHIVO": "@DIR/nada"})
    s.c("listar usuarios", args=["--usuario", "pepe"],
        env={"TIENDA_PIN_ARCHIVO": "@DIR/pin", "TIENDA_PIN": "1111"})
    s.c("listar usuarios", args=["--usuario", "pepe"], env={"TIENDA_PIN": ""})
    s.c("listar usuarios", args=["--usuario", "pepe"], env={"TIENDA_PIN": "4321\n"})
    s.c("listar usuarios", args=["--usuario", ""], env={"TIENDA_PIN": "4321"})
    s.c("listar usuarios", env={"TIENDA_PIN": "4321"})
    s.c("entrar pepe pin 4321", "listar usuarios")
    s.c("entrar pepe", "listar usuarios")
    s.pipe("entrar pepe\n4321\nlistar usuarios\n")
    s.c("listar usuarios", args=["--usuario", "pepe", "--caja", "Caja 5"], env={"TIENDA_PIN": "4321"})
    s.c("listar usuarios", args=["--usuario", "pepe"], env={"TIENDA_PIN": "4321", "TIENDA_CAJA": "nada"})
    s.pipe("7801234567894\n", user=PEPE)
    s.pipe("vender\n7801234567894\n7801234567894\n2 7801234567894\ntotal\npagar efectivo\n", user=PEPE)

    # ------------------------------------------- el archivo ocupado por otro
    s = scenario("ocupado")
    seed(s)
    lock = ("(printf 'BEGIN EXCLUSIVE;\\nSELECT 1;\\n'; sleep {t}; printf 'COMMIT;\\n') "
            "| sqlite3 @DB > /dev/null & sleep 0.5; @BIN --db @DB {args}; echo \"rc=$?\"; wait")
    s.sh(["bash", "-c", lock.format(t=2, args="-c 'vender 1 té pagar efectivo'")])
    s.sh(["bash", "-c", lock.format(t=2, args="-c 'listar productos'")])
    s.sh(["bash", "-c", lock.format(t=8, args="-c 'vender 1 té pagar efectivo'")])
    s.sh(["bash", "-c", lock.format(t=8, args="-c 'ver producto té'")])
    s.sh(["bash", "-c", lock.format(t=8, args="-c 'respaldar @DIR/r.db'")])
    s.c("ventas", "stock té")

    # ------------------------------------- formas de línea del ticket
    s = scenario("lineas-ticket")
    seed(s)
    s.c("crear producto \"Total pizza\" precio 5000 stock 3", "crear producto \"Nota dulce\" precio 800 stock 9",
        "crear usuario pepe rol dueño pin 4321", "crear usuario maría rol cajero pin 1234")
    s.pipe("vender\nimporte 1000 tomate\n2 pan a 250\n\"Total pizza\"\n+total pizza\n+nota dulce\n"
           "tomate 0,75\n0,5 kg tomate\n300 g tomate\n1 EMP01 a 0\n1 EMP01 a -5\n1 EMP01 a abc\n"
           "importe 0 tomate\nimporte 99999999 tomate\ntotal\nquitar tomate 0,25\nquitar línea 1\n"
           "quitar total pizza 1\ntotal\npagar efectivo 50000\n", user=PEPE)
    s.pipe("vender\n2 pan a 250\nimporte 1000 tomate\ntotal\ncancelar\n", user=MARIA)
    s.pipe("vender 1 total pizza\nvender 1 té\n1 té\ntotal\npagar débito 100\npagar efectivo 100\n"
           "total\ncancelar\n", user=PEPE)
    s.pipe("vender\n2 pan amasado\npagar efectivo 100\npagar débito 200\nquitar línea 1\ntotal\n"
           "descuento 100%\ntotal\npagar efectivo\n", user=PEPE)
    s.c("ventas como json", "bitácora como csv", user=PEPE)

    # ------------------------------------------------- otras monedas y zonas
    for moneda in ("USD", "ARS", "EUR", "MXN", "UYU", "PEN", "COP"):
        s = scenario("moneda-" + moneda)
        s.c("configurar tienda moneda " + moneda + " zona America/Buenos_Aires separador-csv coma")
        s.each("crear producto pan precio 1,99 stock 100", "crear producto queso precio 12,5 unidad kg stock 10",
               "crear producto caro precio 1.234,56 stock 5", "crear producto x precio 1,999",
               "vender 3 pan, 0,333 kg queso pagar efectivo 20", "vender 1 caro pagar débito, efectivo 0,01",
               "vender 1 caro pagar efectivo 1.300", "vender 2 pan pagar efectivo 3,98",
               "vender 1 pan", "descuento $0,50", "descuento 15%", "pagar efectivo 5", "devolver venta 1 1 pan",
               "devolver venta 2", "anular venta 3 motivo \"x\"", "crear cupón C $1,25", "ingreso 10,5",
               "retiro 0,25", "arqueo", "arqueo como json", "cerrar caja 20,01 débito 1.234,55 dejar 5",
               "informe z 1", "informe z 1 como csv", "ventas como csv", "ver venta 1", "ver venta 1 como json",
               "exportar productos p.csv", "importar productos p.csv", "listar productos como csv",
               "configurar tienda zona Asia/Tokyo", "ventas hoy", "bitácora hoy")
