import Foundation
import Testing

/// Issue 14 («Must hold»): the one-line sale names its products, checks
/// stock and writes in one transaction, with few statements; and naming a
/// product in it gives what ticket mode (`agregar`) gives, product or refusal.
@Suite struct SaleStatementsTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear categoría insumos en-pos no", "crear categoría bolsas padre insumos",
      "crear producto \"Empanada pino\" precio 2500 stock 100 sku EMP01",
      "crear producto \"Pan amasado\" precio 300 stock 100",
      "crear producto \"Queso fresco\" precio 4990 stock 100",
      "crear producto \"Coca-Cola 1,5 L\" precio 1990 stock 10 barras 7801234567894",
      "crear producto Tomate precio 1490 unidad kg stock 20",
      "crear producto \"Bolsa grande\" precio 50 categoría bolsas stock 100",
      "crear producto \"Pan oculto\" precio 100 en-pos no stock 9",
      "crear producto Viejo precio 700 sku OLD1 stock 5", "borrar producto OLD1",
      "crear producto Old1 precio 800 stock 5",
      "crear producto \"Empanada queso\" precio 2300 stock 5", "abrir caja 0",
      "vender 1 pan amasado pagar efectivo 1000")
  }

  /// Top-level statements of a trace (trigger sub-statements start with `--`).
  func statements(_ file: String) throws -> [String] {
    try box.read(file).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
  }

  @Test func oneLineSaleRunsInOneTransactionWithFewStatements() throws {
    try box.tienda(["-c", "#"], env: ["TIENDA_TRAZA_SQL": box.path("vacio.txt")])
    let opening = try statements("vacio.txt").count
    let sale = "vender 2 empanada pino, 1 pan amasado, 3 queso fresco pagar efectivo 50000"
    let r = try box.tienda(["-c", sale], env: ["TIENDA_TRAZA_SQL": box.path("venta.txt")])
    #expect(r.status == 0, "\(r.transcript)")
    let trace = try statements("venta.txt")
    let begin = try #require(trace.firstIndex(of: "BEGIN IMMEDIATE"), "\(trace)")
    let commit = try #require(trace.lastIndex(of: "COMMIT"), "\(trace)")
    // Before the transaction only what any command runs to open the file
    // (and whether users exist): no product is named outside it.
    #expect(begin - opening <= 1, "\(trace[..<begin].joined(separator: "\n"))")
    #expect(!trace[..<begin].contains { $0.contains("FROM products") })
    // Inside: one read of products and register state, one statement per
    // kind of row written, the seal, the printer and the journal.
    #expect(commit - begin - 1 <= 11, "\(trace[begin...commit].joined(separator: "\n"))")
    #expect(trace.filter { $0.hasPrefix("BEGIN IMMEDIATE") }.count == 1)
    // DESIGN §7 and issue 14: the whole one-line sale, opening the file
    // included, in ≤ 15 statements, ≤ 3 of them before BEGIN IMMEDIATE.
    #expect(trace.count <= 15, "\(trace.joined(separator: "\n"))")
    #expect(begin <= 3, "\(trace[..<begin].joined(separator: "\n"))")

    // What was written, read back with plain SQL.
    #expect(
      try box.sqlite(
        box.db,
        """
        SELECT l.sku, l.quantity, l.total, (SELECT count(*) FROM sale_line_taxes t
          WHERE t.line_id = l.id) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
        WHERE s.number = 2 ORDER BY l.position
        """
      ).stdout == "EMP01|2000|5000|1\nPAN01|1000|300|1\nQUE01|3000|14970|1\n")
    #expect(
      try box.sqlite(
        box.db,
        """
        SELECT p.sku, p.stock, m.quantity, m.stock_after, m.reason FROM stock_movements m
        JOIN products p ON p.id = m.product_id WHERE m.reason = 'venta 2' ORDER BY m.id
        """
      ).stdout
        == "EMP01|98000|-2000|98000|venta 2\nPAN01|98000|-1000|98000|venta 2\n"
        + "QUE01|97000|-3000|97000|venta 2\n")
    #expect(
      try box.sqlite(
        box.db, "SELECT method, amount, tendered, change FROM payments WHERE sale_id = 2"
      ).stdout == "efectivo|20270|50000|29730\n")
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  /// The one-line sale reads exact names in its first query and leaves the
  /// rest to the catalog: either way it sells (or refuses) what ticket mode
  /// would.
  @Test func namingInAOneLineSaleMatchesTicketMode() throws {
    let sold: [(item: String, sku: String, quantity: String)] = [
      ("EMP01", "EMP01", "1000"), ("7801234567894", "COC01", "1000"),
      ("coca-cola 1,5 l", "COC01", "1000"), ("emp pino", "EMP01", "1000"),
      ("tomate 0,75", "TOM01", "750"), ("old1", "OLD02", "1000"), ("2 emp01", "EMP01", "2000"),
    ]
    for (item, sku, quantity) in sold {
      let added = try box.ok("agregar \(item)", "cancelar")
      #expect(added.status == 0)
      try box.ok("vender \(item) pagar efectivo 100000")
      #expect(
        try box.sqlite(
          box.db,
          "SELECT sku, quantity FROM sale_lines WHERE sale_id = (SELECT max(id) FROM sales)"
        ).stdout == "\(sku)|\(quantity)\n", "«\(item)»")
    }
    for item in ["bolsa grande", "pan oculto", "empanada", "pizza", "viejo", "7801234567890 2"] {
      let before = try box.dump()
      let sale = try box.commands("vender \(item) pagar efectivo 100000")
      let ticket = try box.commands("agregar \(item)")
      #expect(sale.status == 1 && ticket.status == 1, "«\(item)»")
      let said = { (r: RunResult) in
        r.stderr.split(separator: "\n").last.map(String.init) ?? ""
      }
      #expect(said(sale) == said(ticket), "«\(item)»")
      #expect(said(sale).hasPrefix("tienda: "), "«\(item)»")
      #expect(try box.dump() == before, "«\(item)»")
    }
  }

  /// Kits move their components, an empty ticket of this terminal (just
  /// `vender`) is the one sold and goes away, and a short stock is refused
  /// as when the ticket is paid in ticket mode.
  @Test func kitsEmptyTicketAndShortStockInOneLine() throws {
    try box.ok(
      "crear producto Bebida precio 1000 stock 3",
      "crear kit Combo con 2 empanada pino, 1 bebida precio 5500")
    try box.ok("vender", "vender 2 combo, 1 bebida pagar efectivo 20000")
    #expect(try box.count("SELECT count(*) FROM tickets") == 0)
    #expect(
      try box.sqlite(
        box.db,
        """
        SELECT p.sku, m.quantity, m.stock_after FROM stock_movements m
        JOIN products p ON p.id = m.product_id WHERE m.reason = 'venta 2' ORDER BY m.id
        """
      ).stdout == "EMP01|-4000|96000\nBEB01|-3000|0\n")
    let before = try box.dump()
    let sale = try box.commands("vender 1 combo pagar efectivo 10000")
    #expect(try box.dump() == before)
    let ticket = try box.commands("agregar 1 combo", "pagar efectivo 10000")
    let said = { (r: RunResult) in r.stderr.split(separator: "\n").last.map(String.init) ?? "" }
    #expect(sale.status == 1 && said(sale).contains("Bebida"), "\(sale.transcript)")
    #expect(said(sale) == said(ticket), "\(ticket.transcript)")
    try box.ok("cancelar")
  }
}
