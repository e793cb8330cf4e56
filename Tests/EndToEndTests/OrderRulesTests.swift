import Foundation
import Testing

/// Orders' rules (issue 20 A): one open document per terminal, editing
/// against delivery, committed stock, orders due soon, `verificar base`.
@Suite struct OrderRulesTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Torta precio 15000 stock 5", "crear producto Empanada precio 2000 stock 100",
      "abrir caja 10000")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func anOrderIsTheTerminalsOneOpenDocument() throws {
    // A ticket with lines is open: the order is refused, naming it.
    let r = try box.tienda(["-c", "vender", "-c", "1 torta", "-c", "crear pedido cliente Ana"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("ticket") || r.stderr.contains("línea"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM order_drafts") == "0")
    // While an order is open, paying is refused and `cancelar` drops the draft.
    let order = try box.tienda([
      "-c", "cancelar", "-c", "crear pedido cliente Ana", "-c", "1 torta", "-c", "pagar efectivo",
    ])
    #expect(order.stderr.contains("se cobra al entregarlo"), "\(order.transcript)")
    #expect(try sql("SELECT count(*) FROM sales") == "0")
  }

  @Test func cancelOnAnOpenOrderDropsTheDraft() throws {
    let r = try box.tienda(["-c", "crear pedido cliente Ana", "-c", "1 torta", "-c", "cancelar"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Pedido nuevo cancelado"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM order_drafts") == "0")
    #expect(try sql("SELECT count(*) FROM orders") == "0")
  }

  @Test func anOrderBeingEditedIsNotDelivered() throws {
    try box.ok("pedido Ana: 2 torta para mañana 12:00")
    // Another terminal, still running, has it open for editing (a draft
    // left by a terminal that is gone does not block: Issue20ReviewTests).
    let editor = try box.liveTerminal(
      "editar pedido 1", ready: "SELECT count(*) FROM order_drafts")
    defer { editor.waitUntilExit() }
    let r = try box.tienda(["-c", "entregar pedido 1 pagar efectivo 40000"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("se está editando en otra terminal"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM sales") == "0")
    #expect(try sql("SELECT state FROM orders") == "nuevo")
  }

  @Test func editingKeepsOrderPricesAndSavesNewLines() throws {
    try box.ok("pedido Ana: 2 torta para mañana 12:00")
    try box.ok("editar producto torta precio 20000")
    let r = try box.tienda(["-c", "editar pedido 1", "-c", "3 empanada", "-c", "guardar"])
    #expect(r.status == 0, "\(r.transcript)")
    // The torta keeps the order's price; the new line takes today's.
    #expect(
      try sql("SELECT name, quantity, unit_price FROM order_lines ORDER BY position")
        == "Torta|2000|15000\nEmpanada|3000|2000")
    #expect(try sql("SELECT total FROM orders") == "\(2 * 15000 + 3 * 2000)")
  }

  @Test func stockShowsCommittedUnitsAndATicketWarns() throws {
    try box.ok("pedido Ana: 4 torta para mañana 12:00")
    let rows = try box.rows("stock como json")
    let torta = try #require(rows.first { $0["nombre"] as? String == "Torta" })
    #expect(torta["comprometido"] as? Int == 4 || torta["comprometido"] as? Double == 4, "\(torta)")
    let r = try box.tienda(["-c", "vender", "-c", "2 torta"])
    #expect(r.stdout.contains("comprometidas en pedidos"), "\(r.transcript)")
  }

  @Test func listingsAreByDueTimeAndFilter() throws {
    // TIENDA_AHORA is 23-11-2026 13:00 UTC (10:00 in Santiago).
    try box.ok(
      "pedido Ana: 1 torta para hoy 18:00", "pedido Luis: 1 torta para hoy 11:30",
      "pedido Eva: 1 torta para mañana 09:00", "pedido Tom: 1 empanada para 30-11-2026 12:00")
    try box.ok("preparar pedido 2")
    let today = try box.rows("pedidos hoy como json").compactMap { $0["cliente"] as? String }
    #expect(today == ["Luis", "Ana"])
    let open = try box.rows("pedidos como json").compactMap { $0["numero"] as? Int }
    #expect(open == [2, 1, 3, 4])
    let preparing = try box.rows("pedidos en preparación como json").compactMap {
      $0["numero"] as? Int
    }
    #expect(preparing == [2])
    let tomorrow = try box.rows("pedidos mañana como json").compactMap { $0["numero"] as? Int }
    #expect(tomorrow == [3])
    let bad = try box.tienda(["-c", "pedidos ayer"])
    #expect(
      bad.status != 0 && bad.stderr.contains("no es un estado ni un plazo"), "\(bad.transcript)")
  }

  @Test func arqueoSaysOrdersDueSoon() throws {
    // TIENDA_AHORA is 23-11-2026 13:00 UTC; an order due within 3 hours.
    try box.ok("pedido Ana: 1 torta para hoy 12:00")
    try box.ok("pedido Luis: 1 torta para mañana 12:00")
    let x = try box.ok("arqueo").stdout
    #expect(x.contains("Hay 1 pedido para las próximas 3 horas"), "\(x)")
  }

  @Test func verificarBaseFindsATamperedDeposit() throws {
    try box.ok("pedido Ana: 1 torta para mañana 12:00 seña efectivo 5000")
    try box.ok("verificar base")
    _ = try box.sqlite(box.db, "UPDATE orders SET deposit = 4000")
    let r = try box.tienda(["-c", "verificar base"])
    #expect(
      r.stdout.contains("el pedido 1 guarda una seña de 4000")
        || r.stderr.contains("el pedido 1 guarda una seña de 4000"), "\(r.transcript)")
  }

  @Test func aSeñaNeedsAnOpenRegisterAndMayNotPassTheTotal() throws {
    let over = try box.tienda(["-c", "pedido Ana: 1 torta seña efectivo 20000"])
    #expect(over.stderr.contains("supera el total"), "\(over.transcript)")
    try box.ok("cerrar caja 10000")
    let closed = try box.tienda(["-c", "pedido Ana: 1 torta seña efectivo 5000"])
    #expect(closed.stderr.contains("no está abierta"), "\(closed.transcript)")
    #expect(try sql("SELECT count(*) FROM orders") == "0")
  }
}

/// Migration 26 on a file written at schema 22 (a sale and an open ticket).
@Suite struct OrderMigrationTests {
  @Test func anOldShopTakesOrders() throws {
    let box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v22-opciones.sql")
    #expect(try box.sqlite(box.db, ".read '\(dump.path)'").status == 0)
    let check = try box.commands("verificar base")
    #expect(check.status == 0 && check.stdout.contains("La base está sana."), "\(check.transcript)")
    let sql = { (q: String) in try box.sqlite(box.db, q).stdout }
    #expect(try Int(sql("PRAGMA user_version").dropLast()) ?? 0 >= 26)
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%outbox%' AND tbl_name = 'order_deposits' ORDER BY name"
      )
        == "order_deposits_no_delete\norder_deposits_no_replace\norder_deposits_no_update\n"
        + "order_deposits_session_open\n")
    #expect(
      try sql("SELECT count(*) FROM payment_methods WHERE name = 'seña'") == "0\n")
    // Only the applied seña of a delivery passes the payable-method trigger.
    #expect(
      try sql(
        "SELECT sql LIKE '%NEW.method <> ''seña''%' FROM sqlite_master WHERE name = 'payments_method_payable'"
      )
        == "1\n")
    let bad = try box.tienda(["-c", "vender 1 completo pagar seña"])
    #expect(bad.status != 0)
  }
}
