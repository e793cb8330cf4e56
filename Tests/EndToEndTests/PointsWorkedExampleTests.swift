import Foundation
import Testing

/// Loyalty points (issue 19 B) through the built binary: the worked
/// example (earn, redeem, return, void, expire, Z), checked against
/// arithmetic written here and hand-written SQL over `point_moves`,
/// `payments` and the Z, never against the code under test.
@Suite struct PointsWorkedExampleTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "crear producto Queso precio 4500 stock 50",
      "abrir caja 10000", "crear cliente \"Juana Soto\" límite 50000",
      "configurar puntos 1 cada 100 canje 1 punto = $5 vencen 30 días")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// One command at a given instant (TIENDA_AHORA, UTC).
  @discardableResult
  func at(_ when: String, _ line: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> RunResult
  {
    let r = try box.tienda(["-c", line], env: ["TIENDA_AHORA": when])
    #expect(r.status == 0, "\(line): \(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  /// The balance `puntos juana` states at `when`.
  func balance(at when: String) throws -> String {
    let r = try box.tienda(["-c", "puntos juana"], env: ["TIENDA_AHORA": when])
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout.split(separator: "\n").first { $0.hasPrefix("Juana Soto: ") }.map(String.init)
      ?? r.stdout
  }

  @Test func workedExample() throws {
    // 1 point per $100 paid, a point pays $5, points last 30 days.
    // Sale 1: 3 pan = 3.000 cash → 30 points.
    let s1 = try at("2026-11-24T12:00:00Z", "vender 3 pan cliente juana pagar efectivo")
    #expect(s1.stdout.contains("Puntos de Juana Soto: Ganó 30 puntos · Saldo 30 puntos"))
    // Sale 2: 1 queso = 4.500, 2.000 on credit: 2.500 paid → 25 points.
    try at("2026-11-25T12:00:00Z", "vender 1 queso cliente juana pagar fiado 2000, efectivo")
    // Sale 3: 2 pan = 2.000: $100 in points (20 points), 1.900 cash → 19.
    let s3 = try at("2026-11-26T12:00:00Z", "vender 2 pan cliente juana pagar puntos 100, efectivo")
    #expect(
      s3.stdout.contains("Canjeó 20 puntos · Ganó 19 puntos · Saldo 54 puntos"), "\(s3.stdout)")
    // Return 1 pan of sale 3 (1.000 of 2.000, in cash): half of 19 earned,
    // rounded half up = 10, taken back.
    try at("2026-11-27T12:00:00Z", "devolver venta 3 1 pan")
    // Sale 4: 1 queso = 4.500: $200 in points (40), 4.300 cash → 43.
    try at("2026-11-28T12:00:00Z", "vender 1 queso cliente juana pagar puntos 200, efectivo")
    // Void sale 4: the 40 points come back, the 43 earned go.
    try at("2026-11-29T12:00:00Z", "anular venta 4 motivo \"error\"")

    let expected: [(String, Int, Int)] = [
      ("acumulación", 30, 3000), ("acumulación", 25, 2500), ("canje", -20, 100),
      ("acumulación", 19, 1900), ("reverso", -10, 0), ("canje", -40, 200),
      ("acumulación", 43, 4300), ("reintegro", 40, 200), ("reverso", -43, 0),
    ]
    #expect(
      try sql("SELECT kind || ':' || points || ':' || amount FROM point_moves ORDER BY id")
        == expected.map { "\($0.0):\($0.1):\($0.2)\n" }.joined())
    // The ledger's sum by hand: 30+25−20+19−10−40+43+40−43 = 44.
    #expect(expected.reduce(0) { $0 + $1.1 } == 44)
    #expect(try sql("SELECT sum(points) FROM point_moves") == "44\n")
    // Each earn expires 30 days after its sale.
    #expect(
      try sql(
        "SELECT count(*) FROM point_moves WHERE kind = 'acumulación' AND expires_at = at + 30*86400"
      )
        == "4\n")
    // Earned only on what was paid neither on credit nor with points
    // (hand-written SQL over `payments`): per sale, floor(paid / 100).
    #expect(
      try sql(
        """
        SELECT s.number, sum(p.amount) / 100 FROM payments p JOIN sales s ON s.id = p.sale_id
        WHERE p.method NOT IN ('fiado', 'puntos') GROUP BY s.number ORDER BY s.number
        """) == "1|30\n2|25\n3|19\n4|43\n")
    #expect(try balance(at: "2026-11-29T13:00:00Z") == "Juana Soto: 44 puntos ($220)")

    // Expiry, oldest points spent first (FIFO, by hand): after the moves
    // the lots left are 4 of sale 4's 43 (expire 28 Dec 12:00) and the 40
    // given back (expire 29 Dec 12:00, 30 days after the void).
    #expect(try balance(at: "2026-12-28T11:59:00Z") == "Juana Soto: 44 puntos ($220)")
    #expect(try balance(at: "2026-12-28T12:00:00Z") == "Juana Soto: 40 puntos ($200)")
    #expect(try balance(at: "2026-12-29T12:00:00Z") == "Juana Soto: 0 puntos ($0)")
    let listing = try jsonArray(
      try box.tienda(
        ["-c", "puntos juana como json"], env: ["TIENDA_AHORA": "2026-12-30T00:00:00Z"]
      )
      .stdout)
    #expect(
      listing.filter { $0["movimiento"] as? String == "vencidos" }.map { $0["puntos"] as? Int }
        == [-4, -40])
    #expect(listing.last?["saldo"] as? Int == 0)

    // The Z: cash by hand = 10.000 + 3.000 + 2.500 + 1.900 + 4.300
    // − 1.000 (return) − 4.300 (void) = 16.400; points: 100 + 200 − 200.
    try at("2026-11-29T20:00:00Z", "cerrar caja 16400")
    #expect(
      try sql("SELECT method, expected, counted, difference FROM z_report_methods ORDER BY method")
        .contains("puntos|100|100|0\n"))
    #expect(
      try sql(
        """
        SELECT sum(amount) FROM payments WHERE method = 'puntos' AND sale_id IS NOT NULL
        """) == "300\n")
    #expect(
      try sql("SELECT sum(amount) FROM payments WHERE method = 'puntos' AND refund_id IS NOT NULL")
        == "200\n")
    #expect(try sql("SELECT difference FROM z_report_methods WHERE method = 'efectivo'") == "0\n")
  }

  @Test func pointsAreRefusedWhereTheyDoNotApply() throws {
    try box.ok("vender 2 pan cliente juana pagar efectivo")  // 20 points
    // Without a customer.
    let none = try box.commands("vender 1 pan pagar puntos 50, efectivo")
    #expect(none.status == 1 && none.stderr.contains("necesita un cliente"), "\(none.transcript)")
    // Beyond the balance (20 points = $100).
    let over = try box.commands("vender 1 pan cliente juana pagar puntos 150, efectivo")
    #expect(
      over.status == 1 && over.stderr.contains("tiene 20 puntos; no alcanza para 30 puntos"),
      "\(over.transcript)")
    // Not a whole number of points.
    let part = try box.commands("vender 1 pan cliente juana pagar puntos 7, efectivo")
    #expect(part.status == 1 && part.stderr.contains("no es un número entero de puntos"))
    // Beyond what is left to pay (a $1.000 ticket, 300 points = $1.500).
    try box.ok("ajustar puntos juana +300 motivo \"regalo\"")
    let more = try box.commands("vender", "cliente juana", "1 pan", "canjear 300 puntos")
    #expect(more.status == 1, "\(more.transcript)")
    try box.ok("cancelar")
    #expect(try sql("SELECT count(*) FROM point_moves WHERE kind = 'canje'") == "0\n")
    // `pagar puntos` alone pays what the balance can of what is left: the
    // 320 points pay the whole $1.000 with 200.
    let all = try box.commands("vender 1 pan cliente juana pagar puntos")
    #expect(all.status == 0, "\(all.transcript)")
    #expect(try sql("SELECT points, amount FROM point_moves WHERE kind = 'canje'") == "-200|1000\n")
    // No points on a sale paid all with points; no change given.
    #expect(
      try sql("SELECT count(*) FROM point_moves WHERE sale_id = (SELECT max(id) FROM sales)")
        == "1\n")
    // Off: nothing earned, points cannot pay; balances kept.
    try box.ok("configurar puntos no")
    #expect(try box.ok("ver configuración").stdout.contains("desactivados"))
    try box.ok("vender 3 pan cliente juana pagar efectivo")
    #expect(try sql("SELECT count(*) FROM point_moves") == "3\n")
    let off = try box.commands("vender 1 pan cliente juana pagar puntos")
    #expect(off.status == 1 && off.stderr.contains("desactivados"), "\(off.transcript)")
    #expect(
      try box.ok("ver cliente juana").stdout.split(separator: "\n").contains {
        $0.hasPrefix("Puntos:") && $0.hasSuffix(" 120")
      })
    // A count of points at closing is refused: the ledger is the count.
    let count = try box.commands("cerrar caja 10000 puntos 5")
    #expect(count.status == 1, "\(count.transcript)")
  }

  @Test func aSaleWithoutCustomerWritesNoPoints() throws {
    try box.ok("vender 3 pan pagar efectivo")
    #expect(try sql("SELECT count(*) FROM point_moves") == "0\n")
    // The ledger is immutable.
    try box.ok("vender 3 pan cliente juana pagar efectivo")
    let update = try box.sqlite(box.db, "UPDATE point_moves SET points = 999")
    #expect(update.status != 0 && update.stderr.contains("no se puede modificar"))
    let check = try box.commands("verificar base")
    #expect(check.status == 0 && check.stdout.contains("La base está sana."), "\(check.transcript)")
  }
}
