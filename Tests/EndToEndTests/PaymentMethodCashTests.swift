import Foundation
import Testing

/// Every method counted at the close (issue 15, DESIGN §8.11): the arqueo
/// and the Z show expected (with the count of payments) and counted per
/// method, the shop's own included; expected figures checked against
/// hand-written SQL over `payments`.
@Suite struct PaymentMethodCashTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Bebida precio 1497 stock 100",
      "crear medio de pago amipass tipo billetera referencia obligatoria",
      "crear medio de pago cheque tipo cheque", "abrir caja 10000",
      "vender 1 bebida pagar amipass ref 883311",
      "vender 2 bebida pagar efectivo 1000, amipass ref 883312",
      "vender 1 bebida pagar débito", "vender 1 bebida pagar efectivo 2000",
      "vender 1 bebida pagar cheque", "devolver venta 5 1 bebida reembolso original")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// Oracle: per non-cash method, sale payments minus refund payments, and
  /// the count of sale payments.
  func oracle(_ method: String) throws -> (expected: Int, payments: Int) {
    let row = try sql(
      """
      SELECT coalesce(sum(CASE WHEN sale_id IS NOT NULL THEN amount ELSE -amount END), 0),
        count(sale_id) FROM payments WHERE method = '\(method)'
      """
    ).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|")
    return (Int(row[0]) ?? -1, Int(row[1]) ?? -1)
  }

  @Test func arqueoAndZPerMethod() throws {
    let amipass = try oracle("amipass")
    let cheque = try oracle("cheque")
    let debit = try oracle("débito")
    #expect(amipass == (1497 + 1994, 2))
    #expect(cheque == (0, 1))  // sold 1.497, returned by the original method
    #expect(debit == (1497, 1))

    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["amipass_esperado"] as? Int == amipass.expected, "\(x)")
    #expect(x["cheque_esperado"] as? Int == cheque.expected, "\(x)")
    #expect(x["debito_esperado"] as? Int == debit.expected, "\(x)")
    let text = try box.ok("arqueo").stdout
    #expect(text.contains("Amipass (2 pagos):      $3.491"), "\(text)")
    #expect(text.contains("Cheque (1 pago):        $0"), "\(text)")
    let expectedCash = try #require(x["efectivo_esperado"] as? Int)

    // The close counts any method by name (accents and case aside).
    let closed = try box.ok("cerrar caja \(expectedCash) débito 1497 AMIPASS 3000 cheque 0")
    #expect(closed.stdout.contains("Diferencia $0"), "\(closed.stdout)")
    #expect(
      try sql(
        "SELECT method, payments, expected, coalesce(counted, '-'), coalesce(difference, '-')"
          + " FROM z_report_methods ORDER BY method")
          == """
          amipass|2|\(amipass.expected)|3000|\(3000 - amipass.expected)
          cheque|1|0|0|0
          crédito|0|0|-|-
          débito|1|1497|1497|0
          efectivo|2|\(expectedCash)|\(expectedCash)|0
          transferencia|0|0|-|-

          """)
    let z = try jsonObject(try box.ok("informe z 1 como json").stdout)
    #expect(z["amipass_contado"] as? Int == 3000, "\(z)")
    #expect(z["amipass_diferencia"] as? Int == 3000 - amipass.expected, "\(z)")
    #expect(z["cheque_contado"] as? Int == 0, "\(z)")
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  @Test func anUnknownMethodAtTheCloseChangesNothing() throws {
    let r = try box.commands("cerrar caja 12500 amipas 3000")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("¿Quiso decir «amipass»?"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM z_reports") == "0\n")
    #expect(try sql("SELECT count(*) FROM cash_sessions WHERE closed_at IS NULL") == "1\n")
  }
}
