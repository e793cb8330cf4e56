import Foundation
import Testing

/// `pagar <any active method>` in one-line sales and ticket mode (issue 15,
/// DESIGN §8.11), checked against hand-written SQL over `payments`.
@Suite struct PaymentMethodSaleTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Bebida precio 1497 stock 100",
      "crear medio de pago amipass tipo billetera referencia obligatoria",
      "crear medio de pago cheque tipo cheque", "abrir caja 10000")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func shopMethodsPayInOneLineAndInATicket() throws {
    let one = try box.ok("vender 1 bebida pagar amipass ref 883311")
    #expect(one.stdout.contains("Venta 1 · Total $1.497 · Amipass $1.497"), "\(one.stdout)")
    // Only efectivo gives change and is rounded: cash part, then a cheque for the rest.
    try box.ok("vender 2 bebida pagar efectivo 1000, CHEQUE")
    // Ticket mode: a partial cheque, then amipass for what is left.
    try box.ok("vender 1 bebida", "pagar cheque 500", "pagar Amipass ref 77")
    #expect(
      try sql(
        "SELECT sale_id, method, amount, tendered, change, rounding, coalesce(reference, '-')"
          + " FROM payments ORDER BY id")
          == """
          1|amipass|1497|1497|0|0|883311
          2|efectivo|1000|1000|0|0|-
          2|cheque|1994|1994|0|0|-
          3|cheque|500|500|0|0|-
          3|amipass|997|997|0|0|77

          """)
    // The listing counts each method's payments.
    let listed = try jsonArray(try box.ok("listar medios de pago como json").stdout)
    let counts = Dictionary(
      uniqueKeysWithValues: listed.map { ($0["nombre"] as? String ?? "?", $0["pagos"] as? Int) })
    #expect(counts["amipass"] == 2 && counts["cheque"] == 2 && counts["efectivo"] == 1)
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  @Test func salesByReference() throws {
    try box.ok(
      "vender 1 bebida pagar amipass ref 883311", "vender 1 bebida pagar débito ref 77",
      "vender 2 bebida pagar efectivo 1000, amipass ref 883311")
    let oracle = try sql(
      "SELECT s.number FROM sales s WHERE s.id IN"
        + " (SELECT sale_id FROM payments WHERE reference = '883311') ORDER BY s.number")
    #expect(oracle == "1\n3\n")
    let found = try jsonArray(try box.ok("ventas ref 883311 como json").stdout)
    #expect(found.map { $0["numero"] as? Int } == [1, 3])
    #expect(found.last?["pago"] as? String == "efectivo, amipass")
    let none = try box.ok("ventas ref 12345")
    #expect(none.stdout.contains("No hay ventas pagadas con la referencia «12345»."))
  }

  @Test func refusedPaymentsKeepNothing() throws {
    try box.ok("vender 1 bebida pagar efectivo 2000")
    try box.ok("crear medio de pago vale-x", "desactivar medio de pago vale-x")
    let before = try sql("SELECT * FROM payments ORDER BY id") + sql("SELECT * FROM sales")
    for (line, message) in [
      ("vender 1 bebida pagar amipass", "«amipass» pide el número de referencia"),
      ("vender 1 bebida pagar amipas ref 1", "¿Quiso decir «amipass»?"),
      // Puntos is payable since migration 25, once points are configured.
      ("vender 1 bebida pagar puntos", "Los puntos están desactivados"),
      // Fiado is payable since migration 20, with a customer on the ticket.
      ("vender 1 bebida pagar fiado", "el ticket necesita un cliente"),
      ("vender 1 bebida pagar vale-x", "«vale-x» está desactivado"),
      ("vender 1 bebida pagar cheque 5000", "sólo el efectivo da vuelto"),
    ] {
      let r = try box.commands(line)
      #expect(r.status == 1, "\(line): \(r.transcript)")
      #expect(r.stderr.contains(message), "\(line): \(r.transcript)")
    }
    #expect(try sql("SELECT * FROM payments ORDER BY id") + sql("SELECT * FROM sales") == before)
  }

  /// A method with payments is deactivated, never deleted: its payments keep its name.
  @Test func aDeactivatedMethodKeepsItsHistory() throws {
    try box.ok("vender 1 bebida pagar cheque", "desactivar medio de pago cheque")
    let refused = try box.commands("vender 1 bebida pagar cheque")
    #expect(refused.status == 1 && refused.stderr.contains("desactivado"), "\(refused.transcript)")
    #expect(try sql("SELECT method, amount FROM payments") == "cheque|1497\n")
    #expect(try sql("SELECT active FROM payment_methods WHERE name = 'cheque'") == "0\n")
  }
}
