import Foundation
import Testing

/// Issue 5 (Venta) end to end: the built binary, a real shop file.
@Suite struct SaleEndToEndTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Feria Don Pepe\"",
      "crear producto \"Empanada de pino\" precio 2500 stock 40",
      "crear producto \"Empanada de queso\" precio 2300 stock 5",
      "crear producto \"Coca-Cola 1,5 L\" precio 1990 stock 10 barras 7801234567894",
      "crear producto Tomate precio 1490 unidad kg stock 20",
      "crear producto \"Total pizza\" precio 5000 stock 3")
  }

  @Test func oneLineSaleAsInTheProductScreen() throws {
    let r = try box.ok("vender 2 empanada pino pagar efectivo 10000")
    #expect(
      r.stdout == "  Se abrió Caja 1 con fondo $0 (no estaba abierta).\n"
        + "  Venta 1 · Total $5.000 · Efectivo $10.000 · Vuelto $5.000\n")
    let two = try box.ok("vender 2 empanada pino, 1 coca cola pagar efectivo 10000")
    #expect(two.stdout == "  Venta 2 · Total $6.990 · Efectivo $10.000 · Vuelto $3.010\n")
    let sale = try jsonObject(try box.ok("ver venta 2 como json").stdout)
    #expect(int(sale["neto"]) == 5874)
    #expect(int((sale["impuestos"] as? [String: Any])?["iva"]) == 1116)
    #expect(int(try box.product("EMP01")["stock"]) == 36)
  }

  @Test func cashRoundingAndSplitPayments() throws {
    // 0,75 kg × $1.490 = 1.117,5 → 1.118; in cash 1.120 (+2).
    let weighed = try box.ok("vender 0,75 kg tomate pagar efectivo 2000")
    #expect(
      weighed.stdout.hasSuffix(
        "  Venta 1 · Total $1.118 · Efectivo $2.000 · Redondeo $2 · Vuelto $880\n"))
    let split = try box.ok("vender 1 coca cola, 1 tomate pagar efectivo 2000, débito ref 4455")
    #expect(split.stdout == "  Venta 2 · Total $3.480 · Efectivo $2.000 · Débito $1.480\n")
    let sale = try jsonObject(try box.ok("ver venta 2 como json").stdout)
    let pagos = try #require(sale["pagos"] as? [[String: Any]])
    #expect(pagos.compactMap { $0["referencia"] as? String } == ["4455"])
  }

  @Test func refusalsNameTheReasonAndChangeNothing() throws {
    try box.ok("vender 1 coca cola pagar débito", "crear cupón VIEJO 10% hasta 01-11-2026")
    #expect(
      try box.refused("vender 2 empanada pino pagar efectivo 4000")
        == "El pago ($4.000) no cubre el total ($5.000): faltan $1.000. No se registró la venta.")
    #expect(
      try box.refused("vender 2 empanada pino pagar débito 6000")
        .contains("supera lo que falta ($5.000)"))
    #expect(try box.refused("vender 6 empanada queso pagar efectivo").contains("quedan 5"))
    #expect(
      try box.refused("vender 1 pizza napolitana pagar efectivo").contains("pizza napolitana"))
    #expect(
      try box.refused("vender 1 empanada pagar efectivo").contains("Empanada de pino (EMP01)"))
    #expect(
      try box.refused("vender 1,5 coca cola pagar efectivo").contains("no puede tener decimales"))
    #expect(try box.refused("devolver venta 1 2 coca cola").contains("más de lo vendido"))
    #expect(try box.refused("devolver venta 9").contains("No encontré la venta «9»"))
    try box.ok("anular venta 1 motivo \"error\"")
    #expect(try box.refused("anular venta 1 motivo \"otra vez\"").contains("ya fue anulada"))
    #expect(try box.refused("anular venta 1").contains("Falta el motivo"))
    // Inside a ticket: coupon expired, discount over 100 %.
    try box.ok("vender 2 empanada pino")
    #expect(try box.refused("cupón viejo").contains("venció el 01-11-2026"))
    #expect(try box.refused("descuento 150%").contains("hasta 100 %"))
    #expect(try box.refused("descuento $6000").contains("supera el monto"))
    #expect(try box.refused("descuento 10").contains("¿10% o $10?"))
    #expect(try box.refused("pagar efectivo -5").contains("no puede ser negativo"))
    #expect(try box.refused("crear cupón NUEVO 500").contains("¿500% o $500?"))
    #expect(try box.refused("pagar efectivo 1000, débito 9000").contains("supera lo que falta"))
  }

  @Test func ticketModeThroughAPipe() throws {
    let script = """
      vender
      2 empanada pino
      tomate 0,5
      7801234567894
      +Total pizza
      quitar línea 2
      nota "sin cebolla" línea 1
      descuento 10%
      total
      pagar efectivo 5000
      pagar débito

      """
    let r = try box.tienda([], stdin: script)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("  1. Empanada de pino 2 × $2.500 = $5.000\n"))
    #expect(r.stdout.contains("  3. Coca-Cola 1,5 L 1 × $1.990 = $1.990\n"))
    #expect(r.stdout.contains("Total pizza 1 × $5.000"))
    // 5.000 + 1.990 + 5.000 = 11.990; −10 % = 10.791.
    #expect(r.stdout.contains("  Total          $10.791\n"), "\(r.stdout)")
    #expect(r.stdout.contains("  Efectivo $5.000 · Falta $5.791\n"))
    #expect(r.stdout.contains("  Venta 1 · Total $10.791 · Efectivo $5.000 · Débito $5.791\n"))
    let sale = try jsonObject(try box.ok("ver venta 1 como json").stdout)
    let lineas = try #require(sale["lineas"] as? [[String: Any]])
    #expect(
      lineas.compactMap { $0["nombre"] as? String } == [
        "Empanada de pino", "Coca-Cola 1,5 L", "Total pizza",
      ])
    #expect(lineas.first?["nota"] as? String == "sin cebolla")
  }

  @Test func theOpenTicketSurvivesTheProcess() throws {
    try box.ok("vender 2 empanada pino")
    // A new process (the laptop died): the ticket is still there.
    let total = try box.ok("total")
    #expect(total.stdout.contains("Empanada de pino 2 × $2.500 = $5.000"))
    try box.ok("1 coca cola")
    let paid = try box.ok("pagar efectivo 10000")
    #expect(paid.stdout.contains("Venta 1 · Total $6.990"))
    #expect(try box.refused("total").contains("No hay un ticket abierto"))
  }

  @Test func holdResumeAndQuote() throws {
    try box.ok("vender 2 empanada pino", "sostener señora del gorro")
    let held = try box.rows("sostenidas como json")
    #expect(held.first?["nombre"] as? String == "señora del gorro")
    try box.ok("editar producto EMP01 precio 2700", "retomar 1")
    #expect(try box.ok("total").stdout.contains("2 × $2.700"))
    let quote = try box.ok("sostener cotización para \"Juan Pérez\" válida 7 días")
    #expect(quote.stdout.contains("Cotización 1 por $5.400, válida hasta el 30-11-2026"))
    try box.ok("editar producto EMP01 precio 3000", "retomar cotización 1")
    #expect(try box.ok("total").stdout.contains("2 × $2.700"))
    #expect(try box.ok("pagar efectivo").stdout.contains("Total $5.400"))
  }

  @Test func voidAndPartialReturnRestoreStock() throws {
    try box.ok("vender 3 empanada pino, 1 coca cola pagar efectivo 10000")
    #expect(int(try box.product("EMP01")["stock"]) == 37)
    let back = try box.ok("devolver venta 1 1 empanada pino motivo \"fría\"")
    #expect(
      back.stdout
        == "  Devolución 1 de la venta 1 · Reembolso $2.500 · Entregue en efectivo $2.500\n")
    #expect(int(try box.product("EMP01")["stock"]) == 38)
    try box.ok("vender 1 coca cola pagar débito ref 99")
    let voided = try box.ok("anular venta 2 motivo \"cobro duplicado\"")
    #expect(voided.stdout.contains("Revierta débito $1.990"))
    #expect(int(try box.product("COC01")["stock"]) == 9)
    let sales = try box.rows("ventas como json")
    #expect(sales.compactMap { $0["estado"] as? String } == ["devolución", "anulación"])
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
    try box.ok("devolver venta 1")
    #expect(try box.refused("devolver venta 1").contains("ya se devolvió entera"))
    #expect(try box.refused("anular venta 1 motivo \"x\"").contains("ya se devolvió entera"))
    let actions = try box.journalActions()
    #expect(actions.contains("venta.devolver") && actions.contains("venta.anular"))
  }

  @Test func cashierDiscountAboveCapNeedsASupervisor() throws {
    try box.withOwnerAndCashier()
    let cashier = UsersFixture.cashier
    let pin = UsersFixture.cashierPin
    try box.okAs(cashier, pin: pin, "vender 2 empanada pino", "descuento 10%")
    let refused = try box.refusedAs(cashier, pin: pin, "descuento 20%")
    #expect(refused.contains("20") && refused.contains("10"), "\(refused)")
    // Without a terminal nobody can approve selling below zero.
    try box.okAs(cashier, pin: pin, "cancelar")
    let short = try box.refusedAs(cashier, pin: pin, "vender 6 empanada queso pagar efectivo")
    #expect(short.contains("quedan 5"))
    // The owner gives the discount; the journal says who.
    try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "vender 1 coca cola", "descuento 50%",
      "pagar efectivo")
    let rows = try box.journalRows()
    #expect(
      rows.contains {
        $0["accion"] as? String == "venta.registrar" && $0["usuario"] as? String == "pepe"
      })
  }
}
