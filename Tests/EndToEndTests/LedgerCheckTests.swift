import Foundation
import Testing

/// `verificar base` checks the sales ledger too: totals, numbering, closings.
@Suite struct LedgerCheckTests {
  @Test func aTamperedSaleIsReported() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 stock 40",
      "vender 2 empanada pino pagar efectivo 10000", "vender 1 empanada pino pagar débito",
      "cerrar caja 5000")
    #expect(try box.ok("verificar base").stdout.contains("Ventas y cajas:            ok\n"))
    // Someone edits the file behind tienda's back (the triggers stop tienda itself).
    let tamper = try box.sqlite(
      box.db,
      """
      DROP TRIGGER sales_no_update; UPDATE sales SET total = 1 WHERE number = 2;
      DROP TRIGGER z_reports_no_delete; DELETE FROM z_reports;
      """)
    #expect(tamper.status == 0, "\(tamper.transcript)")
    let r = try box.tienda(["-c", "verificar base"])
    #expect(r.status == 1)
    #expect(r.stdout.contains("la venta 2 de Caja 1 no suma su total"), "\(r.stdout)")
    #expect(r.stdout.contains("se cerró sin informe Z"), "\(r.stdout)")
  }
}
