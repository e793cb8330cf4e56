import Foundation
import Testing

/// Fiado's rules (issue 16 B, DESIGN §8.5, §8.11, §8.12) through the built
/// binary: the limit (refused whole, nothing written), two processes near
/// the limit, a customer needed, voids and `reembolso efectivo`, loans
/// bounded by the drawer, and `verificar base` over the cached balance.
@Suite struct FiadoLimitTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "abrir caja 5000",
      "crear cliente \"Ana Rojas\" límite 5000", "crear cliente \"Sin Crédito\"")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  static let tables = [
    "account_moves", "account_balances", "payments", "sales", "sale_lines", "tickets", "refunds",
    "stock_movements", "journal",
  ]

  func snapshot() throws -> [String] {
    try Self.tables.map { try sql("SELECT * FROM \($0) ORDER BY 1") }
  }

  /// Runs `line`, which must be refused with `message` and change nothing.
  func refused(_ line: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let before = try snapshot()
    let r = try box.commands(line)
    #expect(r.status == 1, "\(line): \(r.transcript)", sourceLocation: sourceLocation)
    let flat = r.stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    #expect(flat.contains(message), "\(line): \(r.transcript)", sourceLocation: sourceLocation)
    #expect(try snapshot() == before, "\(line)", sourceLocation: sourceLocation)
  }

  @Test func pastTheLimitIsRefusedWhole() throws {
    try box.ok("vender 3 pan cliente ana pagar fiado")
    // The file itself is unchanged, byte for byte.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: box.db))
    let refusedOnce = try box.commands("vender 3 pan cliente ana pagar fiado")
    #expect(refusedOnce.status == 1, "\(refusedOnce.transcript)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: box.db)) == bytes)
    // 3.000 owed of 5.000: 3.000 more is refused, naming balance, limit, left.
    try refused(
      "vender 3 pan cliente ana pagar fiado",
      "Fiar $3.000 a Ana Rojas pasa su límite: debe $3.000, límite $5.000, le quedan $2.000.")
    try refused("vender 3 pan cliente ana pagar fiado", "No se guardó nada.")
    // Limit 0 (no own limit, no group's): no credit at all.
    try refused("vender 1 pan cliente sin pagar fiado", "Sin Crédito no tiene crédito")
    // Without a customer on the ticket.
    try refused("vender 1 pan pagar fiado", "el ticket necesita un cliente")
    // Within the limit: 2.000 on credit, the rest in cash.
    try box.ok("vender 3 pan cliente ana pagar fiado 2000, efectivo")
    #expect(try sql("SELECT sum(amount) FROM account_moves") == "5000\n")
    #expect(try sql("SELECT balance FROM account_balances") == "5000\n")
  }

  @Test func twoProcessesNearTheLimit() throws {
    // 4.000 of 5.000 each: only one fits. Both start together.
    let lines = ["vender 4 pan cliente ana pagar fiado", "vender 4 pan cliente ana pagar fiado"]
    let results = LockedResults()
    let group = DispatchGroup()
    nonisolated(unsafe) let shared = box  // each thread only starts a process
    for line in lines {
      group.enter()
      Thread.detachNewThread {
        results.append(try? shared.commands(line))
        group.leave()
      }
    }
    group.wait()
    let all = results.all.compactMap { $0 }
    #expect(all.count == 2)
    #expect(all.filter { $0.status == 0 }.count == 1, "\(all.map(\.transcript))")
    #expect(
      all.filter { $0.status == 1 && $0.stderr.contains("pasa su límite") }.count == 1,
      "\(all.map(\.transcript))")
    #expect(try sql("SELECT count(*), sum(amount) FROM account_moves") == "1|4000\n")
    #expect(try sql("SELECT count(*) FROM sales") == "1\n")
  }

  /// Fiado taken on a ticket is checked again when the sale is recorded:
  /// another process sold on credit to the same customer in between.
  @Test func theSaleChecksTheLimitAgainInsideItsTransaction() throws {
    let first = try box.commands("vender", "cliente ana", "4 pan", "pagar fiado 3000")
    #expect(first.status == 0, "\(first.transcript)")
    #expect(try sql("SELECT count(*) FROM account_moves") == "0\n")
    // Meanwhile, another terminal sells 3.000 on credit to Ana (fits: 3.000 of 5.000).
    try box.ok("vender 3 pan cliente ana pagar fiado")
    // The ticket's 3.000 no longer fit: the sale is refused whole.
    try refused(
      "pagar efectivo",
      "Los $3.000 en fiado de este ticket ya no caben: otra caja le fió a Ana Rojas mientras"
        + " tanto (debe $3.000, límite $5.000, le quedan $2.000)")
    #expect(try sql("SELECT count(*), sum(amount) FROM account_moves") == "1|3000\n")
  }

  @Test func voidsAndReturnsCreditTheAccount() throws {
    try box.ok("vender 4 pan cliente ana pagar fiado")
    try box.ok("anular venta 1 motivo \"error\"")
    #expect(
      try sql("SELECT kind, amount FROM account_moves ORDER BY id")
        == "venta|4000\ndevolución|-4000\n")
    #expect(try sql("SELECT balance FROM account_balances") == "0\n")
    // `reembolso efectivo` forces cash: the debt stays on the account.
    try box.ok("vender 2 pan cliente ana pagar fiado")
    try box.ok("devolver venta 2 1 pan reembolso efectivo")
    #expect(try sql("SELECT balance FROM account_balances") == "2000\n")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL ORDER BY id")
        == "fiado|4000\nefectivo|1000\n")
  }

  @Test func abonosAndLoansAreChecked() throws {
    try refused("abonar ana 1000", "Ana Rojas no debe nada")
    try box.ok("vender 3 pan cliente ana pagar fiado")
    try refused("abonar ana 4000", "es más que la deuda")
    try refused("abonar ana 1000 fiado", "Un abono no se paga con fiado")
    // The drawer holds 5.000: a loan of 6.000 is refused like a cash refund.
    try refused("prestar ana 6000 motivo \"arriendo\"", "No se puede prestar $6.000")
    try refused("prestar ana 1000", "Falta el motivo")
    try box.ok("prestar ana 1000 motivo \"pasaje\"")
    // Past the limit is fine for a loan: the supervisor decides.
    #expect(try sql("SELECT balance FROM account_balances") == "4000\n")
    let receipts = try sql("SELECT kind, document FROM print_jobs ORDER BY id")
    #expect(receipts.isEmpty || receipts.contains("cuenta:"), "\(receipts)")
  }

  @Test func cashierCannotLendNorAdjust() throws {
    try box.ok(
      "crear usuario pepe rol dueño pin 4321", "crear usuario maria rol cajero pin 1234")
    let lend = try box.asUser("maria", pin: "1234", "prestar ana 1000 motivo \"x\"")
    #expect(lend.status == 1, "\(lend.transcript)")
    #expect(lend.stderr.contains("prestar"), "\(lend.transcript)")
    // Selling on credit within the limit and abonos are every role's.
    let sold = try box.asUser("maria", pin: "1234", "vender 1 pan cliente ana pagar fiado")
    #expect(sold.status == 0, "\(sold.transcript)")
    let paid = try box.asUser("maria", pin: "1234", "abonar ana 1000")
    #expect(paid.status == 0, "\(paid.transcript)")
    // Statements are money figures: ver-informes.
    let statement = try box.asUser("maria", pin: "1234", "estado de cuenta ana")
    #expect(statement.status == 1, "\(statement.transcript)")
    try box.okAs("pepe", pin: "4321", "ajustar cuenta ana 500 motivo \"cuaderno\"")
    #expect(try sql("SELECT balance FROM account_balances") == "500\n")
  }

  @Test func checkFindsACachedBalanceThatDisagrees() throws {
    try box.ok("vender 2 pan cliente ana pagar fiado")
    #expect(try box.commands("verificar base").status == 0)
    try box.sqlite(box.db, "UPDATE account_balances SET balance = 1")
    let r = try box.commands("verificar base")
    #expect(r.status != 0, "\(r.transcript)")
    let flat = (r.stdout + r.stderr).split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    #expect(
      flat.contains("la cuenta de Ana Rojas guarda saldo 1 y sus movimientos suman 2000"),
      "\(r.transcript)")
    // The ledger itself cannot be edited.
    let edit = try box.sqlite(box.db, "UPDATE account_moves SET amount = 1")
    #expect(edit.stderr.contains("un movimiento de cuenta no se puede modificar"))
  }

  @Test func listingsHaveCSVAndJSONAndFit80Columns() throws {
    try box.ok("vender 2 pan cliente ana pagar fiado", "abonar ana 500 débito ref 12")
    for command in ["deudores", "estado de cuenta ana"] {
      let table = try box.ok(command)
      for line in table.stdout.split(separator: "\n") {
        #expect(line.count <= 80, "\(command): \(line)")
      }
      let csv = try box.ok(command + " como csv")
      #expect(csv.stdout.contains("saldo"), "\(csv.stdout)")
      _ = try jsonArray(try box.ok(command + " como json").stdout)
    }
  }
}
