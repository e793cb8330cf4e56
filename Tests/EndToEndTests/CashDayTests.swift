import Foundation
import Testing

/// A whole day at the counter with real sales, a void, a return, a retiro
/// and an ingreso, then a second session the same day (issue 6 with the
/// Venta issue's commands).
@Suite struct CashDayTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try ok(
      "crear producto \"Empanada de pino\" precio 2495 stock 100",
      "crear producto Bebida precio 1497 stock 100")
  }

  @discardableResult
  func ok(_ lines: String..., sourceLocation: SourceLocation = #_sourceLocation) throws
    -> RunResult
  {
    let r = try box.tienda(lines.flatMap { ["-c", $0] })
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  func json(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String: Any]
  {
    try jsonObject(try ok(line, sourceLocation: sourceLocation).stdout)
  }

  /// Float $20.000.
  /// 1: 3 empanadas $7.485 cash from $10.000 → rounded to $7.480, change $2.520 (kept 7.480)
  /// 2: 1 bebida $1.497 cash from $2.000 → rounded to $1.500, change $500 (kept 1.500)
  /// 3: 2 empanadas $4.990 by débito
  /// 4: 1 empanada $2.495 cash from $5.000 → $2.490 kept; voided: $2.490 handed back
  /// return of 1 empanada from sale 1: $2.495 refunded, $2.490 handed back
  /// retiro $10.000, ingreso $5.000
  /// Expected: 20.000 + 7.480 + 1.500 + 2.490 − 2.490 − 2.490 + 5.000 − 10.000 = 21.490.
  @Test func wholeDayThenASecondSession() throws {
    try ok(
      "abrir caja 20000", "vender 3 empanada pino pagar efectivo 10000",
      "vender 1 bebida pagar efectivo 2000", "vender 2 empanada pino pagar débito",
      "vender 1 empanada pino pagar efectivo 5000", "anular venta 4 motivo \"error\"",
      "devolver venta 1 1 empanada pino", "retiro 10000 motivo \"pago proveedor\"",
      "ingreso 5000 motivo \"sencillo\"")
    let x = try json("arqueo como json")
    #expect(x["efectivo_ventas"] as? Int == 11_470)
    #expect(x["efectivo_devuelto"] as? Int == 4_980)
    #expect(x["efectivo_esperado"] as? Int == 21_490)
    #expect(x["redondeo"] as? Int == 3)  // −5 +3 −5 on sales, +5 +5 kept on refunds
    #expect(x["debito_esperado"] as? Int == 4_990)
    #expect(x["ventas"] as? Int == 4 && x["primera_venta"] as? Int == 1)
    #expect(x["ultima_venta"] as? Int == 4)
    #expect(x["total_vendido"] as? Int == 16_467)
    #expect(x["anulaciones"] as? Int == 1 && x["total_anulado"] as? Int == 2_495)
    #expect(x["devoluciones"] as? Int == 1 && x["total_devuelto"] as? Int == 2_495)
    #expect(x["venta_neta"] as? Int == 11_477)
    #expect(
      (x["neto"] as? Int ?? 0) + (x["impuesto_iva_19"] as? Int ?? 0) == 11_477,
      "net and IVA add up to the net sales")

    // An open ticket blocks closing; a held one survives it.
    try ok("vender 1 bebida")
    let refused = try box.commands("cerrar caja 21500 débito 4990 dejar 20000")
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("tiene un ticket abierto (1 línea)"), "\(refused.stderr)")
    try ok("sostener")

    let closing = try ok("cerrar caja 21500 débito 4990 dejar 20000")
    #expect(closing.stdout.contains("sobran $10"), "\(closing.stdout)")
    let z1 = try json("informe z 1 como json")
    #expect(z1["efectivo_esperado"] as? Int == 21_490)
    #expect(z1["efectivo_contado"] as? Int == 21_500)
    #expect(z1["diferencia_efectivo"] as? Int == 10)
    #expect(z1["debito_contado"] as? Int == 4_990 && z1["debito_diferencia"] as? Int == 0)
    #expect(z1["retirado_al_cerrar"] as? Int == 1_500)
    let z1Text = try ok("informe z 1 como json").stdout

    // A sale needs a session again: the second one counts only its own rows.
    try ok("abrir caja", "vender 1 bebida pagar efectivo 2000")
    let x2 = try json("informe x como json")
    #expect(x2["fondo"] as? Int == 20_000)
    #expect(x2["ventas"] as? Int == 1 && x2["primera_venta"] as? Int == 5)
    #expect(x2["anulaciones"] as? Int == 0 && x2["devoluciones"] as? Int == 0)
    #expect(x2["ingresos"] as? Int == 0 && x2["retiros"] as? Int == 0)
    #expect(x2["efectivo_esperado"] as? Int == 21_500)
    #expect(x2["debito_esperado"] == nil)
    let held = try jsonArray(try ok("sostenidas como json").stdout)
    #expect(held.map { $0["total"] as? Int } == [1_497])
    try ok("cerrar caja 21500")
    let z2 = try json("informe z 2 como json")
    #expect(z2["diferencia_efectivo"] as? Int == 0 && z2["resultado"] as? String == "cuadra")
    // The first Z did not move.
    #expect(try ok("informe z 1 como json").stdout == z1Text)
    // With no session and the shop requiring one, a sale is refused.
    try ok("configurar tienda abrir-caja-sola no")
    let sale = try box.commands("vender 1 bebida pagar efectivo 2000")
    #expect(sale.status == 1 && sale.stderr.contains("abrir caja"), "\(sale.transcript)")
  }
}
