/// The demo shop (`tienda --demo`): a feria stall with a realistic catalog,
/// planted through the normal command path. The seed is part of the binary,
/// so an installed `tienda` needs no other file.
public enum DemoShop {
  /// Tienda commands, one per line, run in one transaction. No users (they
  /// would turn on the login); an open register with its float; one closed
  /// session (Z 1, cuadrada) and a few sales in the open one; low stock,
  /// products expiring tomorrow, weighed produce, ILA drinks, kits, barcodes
  /// and two coupons.
  public static let seed = #"""
    configurar tienda nombre "Feria Don Pepe" rut 76.123.456-0 dirección "Feria Libre de Av. Matta, puesto 14" pie "¡Gracias por su compra, vecino!"
    crear impuesto ila-bebidas 10% de iva descripción "ILA bebidas analcohólicas"
    crear impuesto ila-azucar 18% de iva descripción "ILA bebidas con mucha azúcar"
    crear impuesto ila-cerveza 20,5% de iva descripción "ILA cervezas"
    crear categoría Frutas
    crear categoría Verduras
    crear categoría Panadería
    crear categoría Empanadas
    crear categoría Abarrotes
    crear categoría Lácteos
    crear categoría Bebidas
    crear categoría Cervezas padre Bebidas
    crear categoría Aseo
    crear categoría Combos
    crear producto Manzana precio 1490 sku FRU01 categoría Frutas unidad kg costo 700 stock 38 mínimo 10
    crear producto Plátano precio 1290 sku FRU02 categoría Frutas unidad kg costo 650 stock 25 mínimo 8
    crear producto Naranja precio 1190 sku FRU03 categoría Frutas unidad kg costo 520 stock 30 mínimo 10
    crear producto Palta Hass precio 4990 sku FRU04 categoría Frutas unidad kg costo 3100 stock 3,5 mínimo 6
    crear producto Frutilla precio 2990 sku FRU05 categoría Frutas unidad kg costo 1600 stock 6 mínimo 3 vence mañana
    crear producto Limón precio 1990 sku FRU06 categoría Frutas unidad kg costo 900 stock 12 mínimo 4
    crear producto Tomate precio 1690 sku VER01 categoría Verduras unidad kg costo 800 stock 40 mínimo 10
    crear producto Papa precio 990 sku VER02 categoría Verduras unidad kg costo 420 stock 80 mínimo 20
    crear producto Cebolla precio 890 sku VER03 categoría Verduras unidad kg costo 380 stock 35 mínimo 10
    crear producto Zanahoria precio 790 sku VER04 categoría Verduras unidad kg costo 330 stock 20 mínimo 6
    crear producto Lechuga escarola precio 990 sku VER05 categoría Verduras costo 450 stock 18 mínimo 6
    crear producto Choclo precio 500 sku VER06 categoría Verduras costo 220 stock 4 mínimo 12
    crear producto Cilantro atado precio 500 sku VER07 categoría Verduras costo 200 stock 15 mínimo 5
    crear producto Zapallo precio 1290 sku VER08 categoría Verduras unidad kg costo 500 stock 22 mínimo 5
    crear producto Marraqueta precio 2200 sku PAN01 categoría Panadería unidad kg costo 1100 stock 15 mínimo 5
    crear producto Hallulla precio 2300 sku PAN02 categoría Panadería unidad kg costo 1150 stock 12 mínimo 5
    crear producto Pan amasado precio 300 sku PAN03 categoría Panadería costo 120 stock 60 mínimo 20
    crear producto Sopaipilla precio 250 sku PAN04 categoría Panadería costo 90 stock 2 mínimo 20
    crear producto "Empanada de pino" precio 2500 sku EMP01 categoría Empanadas costo 1100 stock 40 mínimo 10
    crear producto "Empanada de queso" precio 2000 sku EMP02 categoría Empanadas costo 850 stock 30 mínimo 10
    crear producto "Empanada napolitana" precio 2300 sku EMP03 categoría Empanadas costo 1000 stock 25 mínimo 10
    crear producto Arroz grado 2 1 kg precio 1590 sku ABA01 barras 7801000000013 categoría Abarrotes costo 900 stock 24 mínimo 6
    crear producto Azúcar 1 kg precio 1390 sku ABA02 barras 7801000000020 categoría Abarrotes costo 800 stock 20 mínimo 6
    crear producto Aceite maravilla 1 lt precio 2990 sku ABA03 barras 7801000000037 categoría Abarrotes costo 1900 stock 14 mínimo 4
    crear producto Fideos spaghetti 400 g precio 990 sku ABA04 barras 7801000000044 categoría Abarrotes costo 520 stock 36 mínimo 10
    crear producto Té 100 bolsitas precio 2490 sku ABA05 barras 7801000000051 categoría Abarrotes costo 1500 stock 10 mínimo 3
    crear producto Porotos granados 500 g precio 1890 sku ABA06 categoría Abarrotes costo 1100 stock 9 mínimo 3
    crear producto Huevos docena precio 3990 sku LAC01 barras 7801000000068 categoría Lácteos costo 2600 stock 18 mínimo 6
    crear producto Leche entera 1 lt precio 1190 sku LAC02 barras 7801000000075 categoría Lácteos costo 780 stock 30 mínimo 12
    crear producto Queso mantecoso precio 11990 sku LAC03 categoría Lácteos unidad kg costo 7500 stock 4,2 mínimo 1
    crear producto Quesillo precio 2290 sku LAC04 categoría Lácteos costo 1400 stock 8 mínimo 4 vence mañana
    crear producto Agua mineral 1,5 lt precio 990 sku BEB01 barras 7801000000082 categoría Bebidas costo 450 stock 48 mínimo 12 impuestos iva, ila-bebidas
    crear producto Coca-Cola 1,5 lt precio 2290 sku BEB02 barras 7801000000099 categoría Bebidas costo 1200 stock 36 mínimo 12 impuestos iva, ila-azucar
    crear producto Jugo de naranja 1 lt precio 1890 sku BEB03 barras 7801000000105 categoría Bebidas costo 950 stock 20 mínimo 6 impuestos iva, ila-bebidas
    crear producto Cerveza lager lata 470 cc precio 1290 sku CER01 barras 7801000000112 categoría Cervezas costo 650 stock 48 mínimo 24 impuestos iva, ila-cerveza
    crear producto Cerveza artesanal 330 cc precio 2490 sku CER02 barras 7801000000129 categoría Cervezas costo 1300 stock 5 mínimo 12 impuestos iva, ila-cerveza
    crear producto Lavalozas 500 ml precio 1790 sku ASE01 categoría Aseo costo 900 stock 12 mínimo 4
    crear producto Bolsa reutilizable precio 500 sku ASE02 categoría Aseo costo 200 stock 100 mínimo 20 impuestos exento
    crear kit "Combo once" precio 3500 sku COM01 categoría Combos con 4 pan amasado, 1 quesillo
    crear kit "Combo empanadas" precio 6500 sku COM02 categoría Combos con 2 empanada de pino, 1 coca-cola
    crear cupón FERIA10 10% mínimo 5000
    crear cupón VECINO $1000 usos 50
    abrir caja 20000
    vender 2 empanada de pino, 1 coca-cola pagar efectivo 10000
    vender 1,5 kg manzana, 1 kg tomate pagar débito ref 204518
    vender 1 combo once pagar efectivo 3500
    cerrar caja 30790 débito 3925 dejar 20000
    abrir caja 20000
    vender 4 pan amasado, 1 leche entera pagar efectivo 5000
    vender 6 cerveza lager, 1 bolsa reutilizable
    cupón VECINO
    pagar débito
    vender 0,5 kg queso mantecoso, 0,25 kg hallulla pagar efectivo 10000
    """#

  /// Runs `seed` on `context`'s shop in one atomic run, without output.
  /// Throws with the first failure (a bug in the seed: tests run it).
  public static func plant(_ context: ShellContext) throws {
    let scripts = context.scripts
    let (out, err, echo, pause) = (
      context.writeOut, context.writeErr, scripts.echo, scripts.pauseEach
    )
    var errors = ""
    context.writeOut = { _ in }
    context.writeErr = { errors += $0 }
    scripts.echo = false
    scripts.pauseEach = false
    defer {
      context.writeOut = out
      context.writeErr = err
      scripts.echo = echo
      scripts.pauseEach = pause
    }
    let runner = Runner(context: context)
    let outcome = context.runWhole(.atomic) {
      runner.runBatch(ScriptText.lines(seed), source: .file("demo"))
    }
    guard outcome.failures == 0 else { throw ShellError(Messages.demoSeedFailed(errors)) }
  }
}
