import Foundation
import Testing

/// Reports (issue 17): cost per sale line, rollups kept in the sale, void
/// and return transactions, `informe ventas|productos|ganancias`, charts.
/// Every figure is checked against hand-written SQL over the ledger tables
/// (never the rollups the reports read) or against figures worked by hand.
@Suite struct ReportTests {
  let box: Sandbox

  /// Santiago is UTC-3 in November (summer time).
  static let day1 = "2026-11-23T13:00:00Z"  // 10:00 on the 23rd
  static let lateDay1 = "2026-11-24T02:50:00Z"  // 23:50 on the 23rd
  static let earlyDay2 = "2026-11-24T03:10:00Z"  // 00:10 on the 24th
  static let day2 = "2026-11-24T15:00:00Z"  // 12:00 on the 24th

  init() throws {
    box = try Sandbox()
    try at(
      Self.day1, "crear categoría Bebidas", "crear categoría Panadería",
      "crear producto Bebida precio 1000 costo 400 categoría Bebidas stock 100",
      "crear producto Pan precio 500 costo 150 categoría Panadería stock 100",
      "crear producto Vela precio 300 stock 100",
      "crear kit Combo precio 1300 con 1 bebida, 2 pan", "crear caja \"Caja 2\"",
      "abrir caja 10000", "vender 2 bebida, 1 pan pagar efectivo 3000")
    // Late on the 23rd (local), a ticket with a 10 % discount.
    try at(Self.lateDay1, "vender 1 combo, 1 vela", "descuento 10%", "pagar débito")
    // Just after midnight, on the other register.
    try at(
      Self.earlyDay2, "--caja", "Caja 2", "abrir caja 5000", "vender 3 pan pagar débito")
    // The next day: sale 1 voided, a pan of register 2's sale returned.
    try at(Self.day2, "anular venta 1 motivo \"cobro duplicado\"", "devolver venta 2-1 1 pan")
  }

  /// Runs commands (and flags) with the clock at `instant`.
  @discardableResult
  func at(
    _ instant: String, _ items: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> RunResult {
    var args: [String] = []
    var i = 0
    while i < items.count {
      if items[i].hasPrefix("--") {
        args += [items[i], items[i + 1]]
        i += 2
      } else {
        args += ["-c", items[i]]
        i += 1
      }
    }
    let r = try box.tienda(args, env: ["TIENDA_AHORA": instant])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }
  func sqlInt(_ query: String) throws -> Int {
    Int(try sql(query).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
  }

  func json(_ line: String) throws -> [String: Any] {
    try jsonObject(try at(Self.day2, line).stdout)
  }

  /// The local day of an instant column, written in the test: Santiago is
  /// UTC-3 on these dates.
  static func localDay(_ column: String) -> String {
    "date(\(column) - 10800, 'unixepoch')"
  }

  @Test func eachLineKeepsItsCostAtSaleTime() throws {
    // Bebida 400, Pan 150, Combo = 1 bebida + 2 pan = 700, Vela has no cost.
    #expect(
      try sql(
        "SELECT l.sku, l.quantity, c.unit_cost, c.cost, c.estimated FROM sale_lines l"
          + " JOIN sale_line_costs c ON c.line_id = l.id ORDER BY l.id")
        == "BEB01|2000|400|800|0\nPAN01|1000|150|150|0\nCOM01|1000|700|700|0\nVEL01|1000||"
        + "|0\nPAN01|3000|150|450|0\n")
    // A later cost change does not touch what was sold.
    try at(Self.day2, "editar producto bebida costo 999", "vender 1 bebida pagar efectivo")
    #expect(
      try sql("SELECT unit_cost FROM sale_line_costs ORDER BY line_id")
        == "400\n150\n700\n\n150\n999\n")
    // The ledger table cannot be edited.
    let edit = try box.sqlite(box.db, "UPDATE sale_line_costs SET cost = 1")
    #expect(edit.status != 0 && edit.stderr.contains("no se puede modificar"))
  }

  @Test func salesByDayAgreeWithTheLedger() throws {
    let report = try json("informe ventas desde 23-11-2026 hasta 24-11-2026 como json")
    let rows = try #require(report["filas"] as? [[String: Any]])
    #expect(rows.map { $0["nombre"] as? String } == ["2026-11-23", "2026-11-24"])
    for (row, day) in zip(rows, ["2026-11-23", "2026-11-24"]) {
      let sold = try sqlInt(
        "SELECT coalesce(sum(total), 0) FROM sales WHERE \(Self.localDay("at")) = '\(day)'")
      let refunded = try sqlInt(
        "SELECT coalesce(sum(total), 0) FROM refunds WHERE \(Self.localDay("at")) = '\(day)'")
      let tickets = try sqlInt(
        "SELECT count(*) FROM sales WHERE \(Self.localDay("at")) = '\(day)'")
      #expect(row["total"] as? Int == sold - refunded, "\(day): \(row)")
      #expect(row["tickets"] as? Int == tickets, "\(day): \(row)")
    }
    // By hand: day 1 has sales 1 (2×1000 + 500) and 2 (combo 1300 + vela 300, −10 %).
    #expect(rows[0]["total"] as? Int == 2500 + 1440 && rows[0]["tickets"] as? Int == 2)
    #expect(rows[0]["descuentos"] as? Int == 160)
    // Day 2: sale 3 (1500) minus the void of sale 1 (2500) and the return of a pan (500).
    #expect(rows[1]["total"] as? Int == 1500 - 2500 - 500)
    #expect(rows[1]["anulado"] as? Int == 2500 && rows[1]["devuelto"] as? Int == 500)

    let totals = try #require(report["totales"] as? [String: Any])
    let ledger = try sql(
      "SELECT (SELECT sum(subtotal) FROM sales), (SELECT sum(line_discounts + ticket_discount"
        + " + coupon_discount) FROM sales), (SELECT sum(total) FROM sales), (SELECT sum(total)"
        + " FROM refunds WHERE kind = 'anulación'), (SELECT sum(total) FROM refunds WHERE kind"
        + " = 'devolución'), (SELECT sum(net) FROM sales) - (SELECT sum(net) FROM refunds),"
        + " (SELECT sum(amount) FROM sale_line_taxes) - (SELECT sum(amount) FROM"
        + " refund_line_taxes), (SELECT count(*) FROM sales)"
    ).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map { Int($0)! }
    #expect(totals["bruto"] as? Int == ledger[0])
    #expect(totals["descuentos"] as? Int == ledger[1])
    #expect(totals["vendido"] as? Int == ledger[2])
    #expect(totals["anulado"] as? Int == ledger[3])
    #expect(totals["devuelto"] as? Int == ledger[4])
    #expect(totals["total"] as? Int == ledger[2] - ledger[3] - ledger[4])
    #expect(totals["neto"] as? Int == ledger[5])
    #expect(totals["impuesto_iva"] as? Int == ledger[6])
    #expect(totals["impuestos"] as? Int == ledger[6])
    #expect(totals["tickets"] as? Int == ledger[7] - 1)
    // (4440 − 3000) over 2 standing tickets.
    #expect(totals["ticket_promedio"] as? Int == (ledger[2] - ledger[3] - ledger[4]) / 2)
  }

  @Test func salesByRegisterHourAndMethod() throws {
    let byRegister = try #require(
      try json("informe ventas desde 23-11-2026 hasta 24-11-2026 por caja como json")["filas"]
        as? [[String: Any]])
    let oracle = try sql(
      "SELECT g.name, (SELECT coalesce(sum(total), 0) FROM sales WHERE register_id = g.id)"
        + " - (SELECT coalesce(sum(total), 0) FROM refunds WHERE register_id = g.id)"
        + " FROM registers g ORDER BY 2 DESC")
    #expect(
      byRegister.map { "\($0["nombre"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }
        .joined(separator: "\n") + "\n" == oracle)

    let byHour = try #require(
      try json("informe ventas desde 23-11-2026 hasta 24-11-2026 por hora como json")["filas"]
        as? [[String: Any]])
    let hourOracle = try sql(
      "SELECT h, sum(t) FROM (SELECT strftime('%H:00', at - 10800, 'unixepoch') AS h, total AS t"
        + " FROM sales UNION ALL SELECT strftime('%H:00', at - 10800, 'unixepoch'), -total"
        + " FROM refunds) GROUP BY h ORDER BY h")
    #expect(
      byHour.map { "\($0["nombre"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }
        .joined(separator: "\n") + "\n" == hourOracle)

    let byMethod = try #require(
      try json("informe ventas desde 23-11-2026 hasta 24-11-2026 por medio como json")["filas"]
        as? [[String: Any]])
    let methodOracle = try sql(
      "SELECT method, sum(iif(sale_id IS NULL, -amount, amount)) FROM payments GROUP BY method"
        + " ORDER BY 2 DESC")
    #expect(
      byMethod.map { "\($0["nombre"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }
        .joined(separator: "\n") + "\n" == methodOracle)
  }

  /// The other groupings, each against its own SQL over the ledger.
  @Test func salesByCategoryWeekMonthAndWeekday() throws {
    let period = "desde 23-11-2026 hasta 24-11-2026"
    func rows(_ by: String) throws -> [String] {
      try #require(
        try json("informe ventas \(period) por \(by) como json")["filas"] as? [[String: Any]]
      ).map { "\($0["nombre"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }
    }
    func lines(_ query: String) throws -> [String] {
      try sql(query).split(separator: "\n").map(String.init)
    }
    // Per category: lines sold minus lines voided or returned, by the
    // product's category (none: «Sin categoría»).
    #expect(
      try rows("categoría")
        == lines(
          """
          SELECT coalesce(c.name, 'Sin categoría'), sum(t) FROM (
            SELECT product_id, total AS t FROM sale_lines
            UNION ALL SELECT l.product_id, -rl.total FROM refund_lines rl
              JOIN sale_lines l ON l.id = rl.sale_line_id) x
          JOIN products p ON p.id = x.product_id LEFT JOIN categories c ON c.id = p.category_id
          GROUP BY c.id ORDER BY 2 DESC, 1
          """))
    let net = try sqlInt("SELECT (SELECT sum(total) FROM sales) - (SELECT sum(total) FROM refunds)")
    // Both days fall in the week of Monday 23 and in November 2026.
    #expect(try rows("semana") == ["semana del 23-11-2026|\(net)"])
    #expect(try rows("mes") == ["noviembre 2026|\(net)"])
    // The 23rd is a Monday, the 24th a Tuesday (local days, as by día).
    let byDay = try rows("día").map { $0.split(separator: "|").last.map(String.init) ?? "" }
    #expect(try rows("día-semana") == ["lunes|\(byDay[0])", "martes|\(byDay[1])"])
  }

  @Test func salesByCashier() throws {
    try box.withOwnerAndCashier()
    try box.okAs(UsersFixture.cashier, pin: UsersFixture.cashierPin, "vender 2 pan pagar efectivo")
    try box.okAs(UsersFixture.owner, pin: UsersFixture.ownerPin, "vender 1 bebida pagar débito")
    let r = try box.asUser(
      UsersFixture.owner, pin: UsersFixture.ownerPin,
      "informe ventas desde 23-11-2026 hasta 24-11-2026 por cajero como json")
    let rows = try #require(try jsonObject(r.stdout)["filas"] as? [[String: Any]])
    let oracle = try sql(
      """
      SELECT coalesce(u, '(sin usuario)'), sum(t) FROM (
        SELECT user_name AS u, total AS t FROM sales
        UNION ALL SELECT user_name, -total FROM refunds) GROUP BY u ORDER BY 2 DESC, 1
      """)
    #expect(
      rows.map { "\($0["nombre"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }
        .joined(separator: "\n") + "\n" == oracle)
    #expect(rows.contains { $0["nombre"] as? String == UsersFixture.cashier })
  }

  @Test func productsAndProfitAgreeWithTheLedger() throws {
    let report = try json("informe productos desde 23-11-2026 hasta 24-11-2026 como json")
    let rows = try #require(report["filas"] as? [[String: Any]])
    // Per product: sold − voided/returned, with the cost of what was kept.
    let oracle = try sql(
      """
      SELECT l.sku, sum(l.total) - coalesce((SELECT sum(rl.total) FROM refund_lines rl
          JOIN sale_lines x ON x.id = rl.sale_line_id WHERE x.product_id = l.product_id), 0),
        sum(l.net) - coalesce((SELECT sum(rl.net) FROM refund_lines rl
          JOIN sale_lines x ON x.id = rl.sale_line_id WHERE x.product_id = l.product_id), 0),
        iif(count(c.cost) < count(*), -1,
          sum(coalesce(c.cost, 0)) - coalesce((SELECT sum(rc.cost * rl.quantity / x.quantity)
          FROM refund_lines rl JOIN sale_lines x ON x.id = rl.sale_line_id
          JOIN sale_line_costs rc ON rc.line_id = x.id WHERE x.product_id = l.product_id), 0))
      FROM sale_lines l JOIN sale_line_costs c ON c.line_id = l.id
      GROUP BY l.product_id ORDER BY 2 DESC, l.name
      """)
    #expect(
      rows.map {
        "\($0["sku"] as? String ?? "?")|\($0["total"] as? Int ?? -1)|\($0["neto"] as? Int ?? -1)"
          + "|\($0["costo"] as? Int ?? -1)"
      }.joined(separator: "\n") + "\n" == oracle)
    // Whole months come from the monthly rollup, the days around them from
    // the daily one: every split gives the same rows.
    for period in [
      "desde 01-11-2026 hasta 30-11-2026", "desde 20-10-2026 hasta 30-11-2026",
      "desde 01-10-2026 hasta 24-11-2026", "desde 01-01-2026 hasta 31-12-2026",
    ] {
      let split = try #require(
        try json("informe productos \(period) como json")["filas"] as? [[String: Any]])
      #expect(
        split.map { "\($0["sku"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }
          == rows.map { "\($0["sku"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }, "\(period)"
      )
    }
    let monthly = try json("informe ganancias desde 01-10-2026 hasta 30-11-2026 por mes como json")
    let months = try #require(monthly["filas"] as? [[String: Any]])
    #expect(months.map { $0["nombre"] as? String } == ["noviembre 2026"])
    // Ranked by total: worked by hand, Combo 1170 (1300 −10 %) first.
    #expect(rows.first?["nombre"] as? String == "Combo")
    #expect(rows.first?["costo"] as? Int == 700)

    let top1 = try #require(
      try json("informe productos desde 23-11-2026 hasta 24-11-2026 top 1 como json")["filas"]
        as? [[String: Any]])
    #expect(top1.count == 1)
    let byUnits = try #require(
      try json("informe productos desde 23-11-2026 hasta 24-11-2026 por unidades como json")[
        "filas"] as? [[String: Any]])
    #expect(byUnits.first?["sku"] as? String == "PAN01")  // 1 + 3 − 1 − 1 = 2 units kept
    let bakery = try #require(
      try json("informe productos desde 23-11-2026 hasta 24-11-2026 categoría panadería como json")[
        "filas"] as? [[String: Any]])
    #expect(bakery.map { $0["sku"] as? String } == ["PAN01"])

    let profit = try json("informe ganancias desde 23-11-2026 hasta 24-11-2026 como json")
    let totals = try #require(profit["totales"] as? [String: Any])
    let netSales = try sqlInt(
      "SELECT (SELECT sum(net) FROM sales) - (SELECT sum(net) FROM refunds)")
    let cost = try sqlInt(
      "SELECT (SELECT sum(coalesce(cost, 0)) FROM sale_line_costs) - (SELECT"
        + " sum(c.cost * rl.quantity / l.quantity) FROM refund_lines rl JOIN sale_lines l"
        + " ON l.id = rl.sale_line_id JOIN sale_line_costs c ON c.line_id = l.id)")
    #expect(totals["neto"] as? Int == netSales)
    #expect(totals["costo"] as? Int == cost)
    // Vela has no cost: its sales stay out of the margin, and the report says so.
    let velaNet = try sqlInt("SELECT sum(net) FROM sale_lines WHERE sku = 'VEL01'")
    #expect(totals["margen"] as? Int == netSales - velaNet - cost)
    let text = try at(Self.day2, "informe ganancias desde 23-11-2026 hasta 24-11-2026").stdout
    #expect(text.contains("Sin costo: «Vela»"), "\(text)")
  }

  @Test func rollupsRebuildAndVerify() throws {
    let before = try sql("SELECT * FROM report_products ORDER BY 1, 2")
    #expect(try at(Self.day2, "verificar base").stdout.contains("La base está sana."))
    // Tampered rollups are found and rebuilt from the ledger.
    try box.sqlite(box.db, "UPDATE report_products SET total = total + 1")
    try box.sqlite(box.db, "DELETE FROM report_taxes")
    let check = try box.commands("verificar base")
    #expect(check.status == 1, "\(check.transcript)")
    #expect(check.stdout.contains("no cuadra con las ventas"), "\(check.stdout)")
    let rebuilt = try at(Self.day2, "reconstruir informes")
    #expect(rebuilt.stdout.contains("Se corrigieron"), "\(rebuilt.stdout)")
    #expect(try sql("SELECT * FROM report_products ORDER BY 1, 2") == before)
    #expect(try at(Self.day2, "verificar base").stdout.contains("La base está sana."))
  }

  /// Local days follow the shop's zone: changing it rebuilds the rollups in
  /// the same command.
  @Test func changingTheZoneMovesTheDays() throws {
    // 00:10 on the 24th in Santiago is 22:10 on the 23rd in Bogotá (UTC-5).
    let before = try #require(
      try json("informe ventas desde 23-11-2026 hasta 24-11-2026 como json")["filas"]
        as? [[String: Any]])
    #expect(before.map { $0["tickets"] as? Int } == [2, 1])
    try at(Self.day2, "configurar tienda zona America/Bogota")
    let after = try #require(
      try json("informe ventas desde 23-11-2026 hasta 24-11-2026 como json")["filas"]
        as? [[String: Any]])
    let oracle = try sqlInt(
      "SELECT count(*) FROM sales WHERE date(at - 18000, 'unixepoch') = '2026-11-23'")
    #expect(oracle == 3)
    // The 24th keeps the void and the return (noon in Santiago, 10:00 in Bogotá).
    #expect(
      after.map { "\($0["nombre"] as? String ?? "?")|\($0["tickets"] as? Int ?? -1)" }
        == ["2026-11-23|\(oracle)", "2026-11-24|0"])
    #expect(after.last?["anulado"] as? Int == 2500)
    let check = try box.tienda(["-c", "verificar base"], env: ["TZ": "America/Bogota"])
    #expect(check.stdout.contains("La base está sana."), "\(check.transcript)")
  }

  /// The rollups change in the sale's own transaction: a refused sale
  /// leaves them as they were.
  @Test func aRefusedSaleLeavesTheRollupsAlone() throws {
    let rollups =
      "SELECT * FROM report_sales; SELECT * FROM report_hours; SELECT * FROM report_products;"
      + " SELECT * FROM report_products_month; SELECT * FROM report_taxes;"
      + " SELECT * FROM report_payments; SELECT count(*) FROM sale_line_costs;"
    let before = try sql(rollups)
    let refused = try box.tienda(
      ["-c", "vender 1 bebida, 500 pan pagar efectivo"], env: ["TIENDA_AHORA": Self.day2])
    #expect(refused.status == 1, "\(refused.transcript)")
    #expect(try sql(rollups) == before)
    try at(Self.day2, "vender 1 bebida pagar efectivo")
    #expect(try sql(rollups) != before)
    #expect(try at(Self.day2, "verificar base").stdout.contains("La base está sana."))
  }

  @Test func chartsFitTheWidthAndFallBackToHashes() throws {
    let line = "informe ventas desde 23-11-2026 hasta 24-11-2026 por producto como gráfico"
    let unicode = try box.tienda(["-c", line], env: ["TIENDA_AHORA": Self.day2, "COLUMNS": "60"])
    let bars = unicode.stdout.split(separator: "\n").prefix(4)
    #expect(bars.first?.hasPrefix("Combo") == true, "\(unicode.stdout)")
    #expect(bars.first?.contains("█") == true && bars.first?.hasSuffix("$1.170") == true)
    #expect(unicode.stdout.contains("Total neto (con impuestos):"))
    for bar in unicode.stdout.split(separator: "\n") { #expect(bar.count <= 80) }
    // By hour, a heat strip: one cell per hour from the first to the last
    // (00:10 $1.500, 10:00 $2.500, 12:00 only refunds, 23:50 $1.440).
    let hours = try at(
      Self.day2, "informe ventas desde 23-11-2026 hasta 24-11-2026 por hora como gráfico"
    ).stdout
    let strip = try #require(hours.split(separator: "\n").last { $0.hasPrefix("00:00 ") })
    #expect(strip.hasSuffix(" 23:00"), "\(hours)")
    let cells = Array(strip.dropFirst(6).dropLast(6))
    #expect(cells.count == 24, "\(strip)")
    #expect(cells[0] != " " && cells[10] == "█" && cells[12] == " " && cells[23] != " ", "\(strip)")
    let plain = try box.tienda(["-c", line], env: ["TIENDA_AHORA": Self.day2, "NO_COLOR": "1"])
    #expect(plain.stdout.contains("#") && !plain.stdout.contains("█"), "\(plain.stdout)")
    let dumb = try box.tienda(["-c", line], env: ["TIENDA_AHORA": Self.day2, "TERM": "dumb"])
    #expect(dumb.stdout.contains("#") && !dumb.stdout.contains("█"), "\(dumb.stdout)")
  }

  @Test func worstSellersIncludeWhatDidNotSell() throws {
    try at(Self.day2, "crear producto Fósforos precio 200 stock 10")
    let period = "desde 23-11-2026 hasta 24-11-2026"
    let worst = try #require(
      try json("informe productos \(period) menos vendidos como json")["filas"] as? [[String: Any]])
    let oracle = try sql(
      """
      SELECT p.sku, coalesce((SELECT sum(l.total) FROM sale_lines l WHERE l.product_id = p.id), 0)
        - coalesce((SELECT sum(rl.total) FROM refund_lines rl JOIN sale_lines l
                    ON l.id = rl.sale_line_id WHERE l.product_id = p.id), 0) AS t
      FROM products p WHERE p.active = 1 ORDER BY t, p.name
      """)
    #expect(
      worst.map { "\($0["sku"] as? String ?? "?")|\($0["total"] as? Int ?? -1)" }
        .joined(separator: "\n") + "\n" == oracle)
    // Tied at $0 with Bebida (its only sale was voided), by name.
    #expect(worst.prefix(2).map { $0["nombre"] as? String } == ["Bebida", "Fósforos"])
    let best = try #require(
      try json("informe productos \(period) como json")["filas"] as? [[String: Any]])
    #expect(!best.contains { $0["nombre"] as? String == "Fósforos" })
    let units = try #require(
      try json("informe productos \(period) menos vendidos por unidades top 2 como json")["filas"]
        as? [[String: Any]])
    #expect(units.map { $0["unidades"] as? Int } == [0, 0])
  }

  @Test func stockDiscountsAndVoids() throws {
    let stock = try json("informe stock valorizado como json")
    let rows = try #require(stock["filas"] as? [[String: Any]])
    // Oracle: stock × cost and stock × price (thousandths), IVA 19 % out of the price.
    let oracle = try sql(
      "SELECT sku, stock * coalesce(cost, 0) / 1000, stock * price / 1000, (stock * ((price"
        + " * 100000 + 59500) / 119000) + 500) / 1000 - stock * coalesce(cost, 0) / 1000"
        // Without a cost there is no margin (null: -1 here).
        + " + iif(cost IS NULL, -1 - (stock * ((price * 100000 + 59500) / 119000) + 500) / 1000, 0)"
        + " FROM products WHERE is_kit = 0 ORDER BY name_folded")
    #expect(
      rows.map {
        "\($0["sku"] as? String ?? "?")|\($0["costo"] as? Int ?? -1)|\($0["total"] as? Int ?? -1)"
          + "|\($0["margen"] as? Int ?? -1)"
      }.joined(separator: "\n") + "\n" == oracle)
    let totals = try #require(stock["totales"] as? [String: Any])
    #expect(
      "\(totals["costo"] as? Int ?? -1)\n"
        == (try sql("SELECT sum(stock * coalesce(cost, 0) / 1000) FROM products WHERE is_kit = 0")))

    let discounts = try json("informe descuentos desde 23-11-2026 hasta 24-11-2026 como json")
    let d = try #require(discounts["totales"] as? [String: Any])
    #expect(
      "\(d["descuentos_ticket"] as? Int ?? -1)|\(d["descuentos_linea"] as? Int ?? -1)\n"
        == (try sql("SELECT sum(ticket_discount), sum(line_discounts) FROM sales")))
    #expect(d["descuentos"] as? Int == 160)

    // A ticket cancelled before paying is listed too (from the journal).
    try at(Self.day2, "vender 1 vela", "cancelar motivo \"se arrepintió\"")
    let voids = try json("informe anulaciones desde 23-11-2026 hasta 24-11-2026 como json")
    let list = try #require(voids["filas"] as? [[String: Any]])
    let refundOracle = try sql(
      "SELECT kind, total, reason FROM refunds UNION ALL SELECT 'ticket cancelado',"
        + " json_extract(before, '$.total'), json_extract(after, '$.motivo') FROM journal"
        + " WHERE action = 'venta.cancelar'")
    #expect(
      list.map {
        "\($0["tipo"] as? String ?? "?")|\($0["total"] as? Int ?? -1)|\($0["motivo"] as? String ?? "?")"
      }.joined(separator: "\n") + "\n" == refundOracle)
    #expect(
      list.last?["tipo"] as? String == "ticket cancelado" && list.last?["total"] as? Int == 300)
    let listTotals = try #require(voids["totales"] as? [String: Any])
    #expect(listTotals["tickets_cancelados"] as? Int == 1 && listTotals["anulaciones"] as? Int == 1)
    let none = try at(Self.day2, "informe anulaciones desde 01-11-2026 hasta 22-11-2026")
    #expect(none.stdout.contains("No hubo anulaciones, devoluciones ni tickets"), "\(none.stdout)")
  }

  /// `Scripts/informe-mensual.tienda`: the month on screen and in CSV files
  /// whose figures are the ledger's.
  @Test func theMonthlyRoutineLeavesItsSpreadsheets() throws {
    let script = PackagePaths.root.appendingPathComponent("Scripts/informe-mensual.tienda").path
    try FileManager.default.createDirectory(
      atPath: box.path("informes"), withIntermediateDirectories: true)
    let r = try box.tienda([script, "mes", box.path("informes")], env: ["TIENDA_AHORA": Self.day2])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("█") && r.stdout.contains("Margen bruto"), "\(r.stdout)")
    let csv = try box.read("informes/productos-2026-11-24.csv")
    #expect(csv.hasPrefix("\u{FEFF}posicion;nombre;sku;unidades;total;neto;costo;margen"))
    let byDay = try box.read("informes/ventas-por-dia-2026-11-24.csv")
      .split(separator: "\r\n").dropFirst().map { $0.split(separator: ";") }
    let oracle = try sqlInt(
      "SELECT (SELECT sum(total) FROM sales) - (SELECT sum(total) FROM refunds)")
    #expect(byDay.compactMap { Int($0[6]) }.reduce(0, +) == oracle, "\(byDay)")
    for name in ["ventas-por-categoria", "ganancias"] {
      #expect(box.exists("informes/\(name)-2026-11-24.csv"), "\(name)")
    }
  }

  @Test func reportsNeedTheRight() throws {
    try box.withOwnerAndCashier()
    let refused = try box.asUser(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "informe ventas")
    #expect(refused.status != 0 && refused.stderr.contains("ver-informes"), "\(refused.transcript)")
  }
}

/// Migration 17 on a file that already has sales: lines get today's cost,
/// marked estimated, and the rollups are built on the first opening.
@Suite struct ReportMigrationTests {
  @Test func earlierSalesGetAnEstimatedCostAndRollups() throws {
    let box = try Sandbox()
    let setUp = try box.commands(
      "crear producto Bebida precio 1000 costo 400 stock 100", "abrir caja 1000",
      "vender 2 bebida pagar efectivo", "vender 1 bebida pagar débito")
    #expect(setUp.status == 0, "\(setUp.transcript)")
    // Back to the schema before migration 17 (as a file of version 16 had it).
    let undo = try box.sqlite(
      box.db,
      """
      DROP TRIGGER sales_report; DROP TRIGGER sale_lines_report;
      DROP TRIGGER sale_line_taxes_report; DROP TRIGGER payments_report;
      DROP TRIGGER refunds_report; DROP TRIGGER refund_lines_report;
      DROP TRIGGER refund_line_taxes_report;
      DROP VIEW report_sales_ledger; DROP VIEW report_products_ledger;
      DROP VIEW report_taxes_ledger; DROP VIEW report_payments_ledger;
      DROP VIEW product_unit_costs; DROP INDEX refunds_at;
      DROP TABLE report_sales; DROP TABLE report_products; DROP TABLE report_taxes;
      DROP TABLE report_payments; DROP TABLE sale_line_costs;
      DROP VIEW report_hours_ledger; DROP VIEW report_products_month_ledger;
      DROP VIEW report_ticket_events; DROP VIEW report_product_events;
      DROP TABLE report_hours; DROP TABLE report_products_month;
      DROP TABLE expense_voids; DROP TABLE expense_payments; DROP TABLE expenses;
      DROP TABLE expense_recurrences; DROP TABLE expense_categories;
      DROP TABLE sale_line_options; DROP TABLE product_option_groups; DROP TABLE options;
      DROP TABLE option_groups; DROP TABLE sale_line_sellers; DROP TABLE product_commissions;
      DROP TABLE sellers; DROP TABLE product_variants; DROP TABLE variant_attributes;
      ALTER TABLE ticket_lines DROP COLUMN options; ALTER TABLE ticket_lines DROP COLUMN seller_id;
      ALTER TABLE tickets DROP COLUMN seller_id;
      DROP TABLE sale_line_promotions; DROP TABLE promotions;
      ALTER TABLE tickets DROP COLUMN promotions_off;

      DROP TRIGGER products_global_id; DROP TRIGGER categories_global_id;
      DROP TRIGGER price_lists_global_id; DROP INDEX products_global_id;
      DROP INDEX categories_global_id; DROP INDEX price_lists_global_id;
      ALTER TABLE products DROP COLUMN global_id; ALTER TABLE categories DROP COLUMN global_id;
      ALTER TABLE price_lists DROP COLUMN global_id;

      ALTER TABLE order_lines DROP COLUMN fixed_amount;
      PRAGMA user_version = 16;
      UPDATE products SET cost = 450;
      DROP TABLE outbox_rows; DROP TABLE outbox_events; DROP TABLE outbox_epochs;
      DELETE FROM settings WHERE key IN ('sucursal.id', 'sucursal.nombre');
      """)
    #expect(undo.status == 0, "\(undo.transcript)")
    let report = try box.commands("informe ganancias como json")
    #expect(report.status == 0, "\(report.transcript)")
    #expect(
      try box.sqlite(box.db, "SELECT unit_cost, cost, estimated FROM sale_line_costs").stdout
        == "450|900|1\n450|450|1\n")
    let totals = try #require(try jsonObject(report.stdout)["totales"] as? [String: Any])
    let net = try box.sqlite(box.db, "SELECT sum(net) FROM sales").stdout
    #expect("\(totals["neto"] as? Int ?? -1)\n" == net)
    #expect(totals["costo"] as? Int == 1350)
    #expect(
      try box.sqlite(box.db, "SELECT count(*) FROM settings WHERE key = 'informes.reconstruir'")
        .stdout == "0\n")
    let text = try box.commands("informe ganancias")
    #expect(text.stdout.contains("Costo estimado en 2 líneas"), "\(text.stdout)")
    #expect(try box.commands("verificar base").stdout.contains("La base está sana."))
  }
}
