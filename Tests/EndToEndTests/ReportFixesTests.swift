import Foundation
import Testing

/// Fixes from a new-user trial of the reports (issue 17): the category
/// filter takes in subcategories, products without cost stay out of the
/// margin, month names as periods, today's tickets. Figures are checked
/// against hand-written SQL over the sales tables.
@Suite struct ReportFixesTests {
  let box: Sandbox

  /// Santiago is UTC-3 in December (summer time).
  static let yesterday = "2026-12-04T15:00:00Z"
  static let today = "2026-12-05T15:00:00Z"

  init() throws {
    box = try Sandbox()
    try at(
      Self.yesterday, "crear categoría Bebidas", "crear categoría Gaseosas padre Bebidas",
      "crear producto Cola precio 1000 costo 400 categoría Gaseosas stock 50",
      "crear producto Agua precio 500 costo 100 categoría Bebidas stock 50",
      "crear producto Vela precio 300 stock 50", "abrir caja 10000",
      "vender 1 cola pagar efectivo")
    try at(Self.today, "vender 2 cola, 1 agua, 1 vela pagar efectivo")
  }

  /// Runs commands with the clock at `instant`.
  @discardableResult
  func at(
    _ instant: String, _ commands: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> RunResult {
    let r = try box.tienda(commands.flatMap { ["-c", $0] }, env: ["TIENDA_AHORA": instant])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  func sqlInt(_ query: String) throws -> Int {
    Int(try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
      ?? -1
  }

  func rows(_ line: String) throws -> [[String: Any]] {
    let report = try jsonObject(try at(Self.today, line).stdout)
    return try #require(report["filas"] as? [[String: Any]])
  }

  /// The units of a product sold today, from the sales tables.
  func unitsToday(_ sku: String) throws -> Int {
    try sqlInt(
      "SELECT sum(l.quantity) / 1000 FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
        + " WHERE l.sku = '\(sku)' AND date(s.at - 10800, 'unixepoch') = '2026-12-05'")
  }

  @Test func theCategoryFilterTakesInSubcategories() throws {
    let products = try rows("informe productos hoy categoría Bebidas como json")
    #expect(Set(products.compactMap { $0["sku"] as? String }) == ["COL01", "AGU01"], "\(products)")
    let cola = try #require(products.first { $0["sku"] as? String == "COL01" })
    #expect(cola["unidades"] as? Int == (try unitsToday("COL01")))

    let sold = try rows("informe stock vendido categoría Bebidas como json")
    #expect(Set(sold.compactMap { $0["sku"] as? String }) == ["COL01", "AGU01"], "\(sold)")

    let valued = try rows("informe stock valorizado categoría Bebidas como json")
    #expect(Set(valued.compactMap { $0["sku"] as? String }) == ["COL01", "AGU01"], "\(valued)")
    let stock = try sqlInt("SELECT stock / 1000 FROM products WHERE sku = 'COL01'")
    let row = try #require(valued.first { $0["sku"] as? String == "COL01" })
    #expect(row["stock"] as? Int == stock, "\(row)")
    // A category without products below it keeps its own only.
    let only = try rows("informe productos hoy categoría Gaseosas como json")
    #expect(only.compactMap { $0["sku"] as? String } == ["COL01"])
  }
}

extension ReportFixesTests {
  /// Net without taxes of today's lines of these products, from the sales tables.
  func netToday(_ skus: [String]) throws -> Int {
    try sqlInt(
      "SELECT sum(l.net) FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.sku IN ("
        + skus.map { "'\($0)'" }.joined(separator: ",")
        + ") AND date(s.at - 10800, 'unixepoch') = '2026-12-05'")
  }

  @Test func productsWithoutCostStayOutOfTheMargin() throws {
    let report = try jsonObject(try at(Self.today, "informe ganancias hoy como json").stdout)
    let profit = try #require(report["filas"] as? [[String: Any]])
    let vela = try #require(profit.first { $0["nombre"] as? String == "Vela" })
    #expect(vela["costo"] is NSNull && vela["margen"] is NSNull, "\(vela)")
    #expect(vela["margen_porcentaje"] is NSNull, "\(vela)")
    // Rows without a cost go last.
    #expect(profit.last?["nombre"] as? String == "Vela")
    let totals = try #require(report["totales"] as? [String: Any])
    // Independent: net and cost of today's lines that have a cost.
    let costed = try netToday(["COL01", "AGU01"])
    let cost = try sqlInt(
      "SELECT sum(c.cost) FROM sale_line_costs c JOIN sale_lines l ON l.id = c.line_id"
        + " JOIN sales s ON s.id = l.sale_id WHERE c.cost IS NOT NULL"
        + " AND date(s.at - 10800, 'unixepoch') = '2026-12-05'")
    #expect(totals["neto"] as? Int == (try netToday(["COL01", "AGU01", "VEL01"])))
    #expect(totals["neto_con_costo"] as? Int == costed)
    #expect(totals["costo"] as? Int == cost && totals["margen"] as? Int == costed - cost)
    let percent = (Double(costed - cost) / Double(costed) * 1000).rounded() / 10
    #expect(totals["margen_porcentaje"] as? Double == percent, "\(totals)")

    let screen = try at(Self.today, "informe ganancias hoy").stdout
    #expect(screen.contains("Sin costo: «Vela»"), "\(screen)")
    #expect(screen.contains("Margen bruto (ventas con costo):"), "\(screen)")
    #expect(!screen.contains("100%") && !screen.contains("estimado"), "\(screen)")

    let products = try rows("informe productos hoy como json")
    let velaRow = try #require(products.first { $0["sku"] as? String == "VEL01" })
    #expect(velaRow["costo"] is NSNull && velaRow["margen"] is NSNull, "\(velaRow)")

    // Stock: no margin for a product without a cost, and none in the total.
    let stock = try jsonObject(try at(Self.today, "informe stock valorizado como json").stdout)
    let stockRows = try #require(stock["filas"] as? [[String: Any]])
    let velaStock = try #require(stockRows.first { $0["sku"] as? String == "VEL01" })
    #expect(velaStock["margen"] is NSNull && velaStock["costo_unitario"] is NSNull)
    let margins = stockRows.compactMap { $0["margen"] as? Int }
    #expect(margins.count == 2)
    #expect((stock["totales"] as? [String: Any])?["margen"] as? Int == margins.reduce(0, +))
  }

  @Test func aKitWithAComponentWithoutCostHasNoCost() throws {
    try at(
      Self.today, "crear kit Pack precio 1200 con 1 cola, 1 vela", "vender 1 pack pagar efectivo")
    let products = try rows("informe productos hoy como json")
    let pack = try #require(products.first { $0["sku"] as? String == "PAC01" })
    #expect(pack["costo"] is NSNull && pack["margen"] is NSNull, "\(pack)")
    #expect(try at(Self.today, "informe productos hoy").stdout.contains("«Pack»"))
  }
}

extension ReportFixesTests {
  @Test func monthNamesArePeriods() throws {
    // Today is 05-12-2026: «diciembre» is this month up to today, «marzo»
    // this year's, «Marzo 2025» that year's; accents and case do not matter.
    try at("2026-03-10T15:00:00Z", "vender 1 agua pagar efectivo")
    try at("2025-03-10T15:00:00Z", "vender 1 cola pagar efectivo")
    func total(_ line: String) throws -> Int? {
      (try jsonObject(try at(Self.today, line).stdout)["totales"] as? [String: Any])?["total"]
        as? Int
    }
    func sold(_ from: String, _ to: String) throws -> Int {
      try sqlInt(
        "SELECT coalesce(sum(total), 0) FROM sales WHERE date(at - 10800, 'unixepoch')"
          + " BETWEEN '\(from)' AND '\(to)'")
    }
    #expect(try total("informe ventas marzo como json") == (try sold("2026-03-01", "2026-03-31")))
    #expect(try sold("2026-03-01", "2026-03-31") == 500)
    #expect(try total("informe ventas Marzo 2025 como json") == 1000)
    #expect(
      try total("informe ventas diciembre como json") == (try sold("2026-12-01", "2026-12-31")))
    let days = try rows("informe ventas DICIEMBRE por día como json")
    #expect(days.compactMap { $0["nombre"] as? String } == ["2026-12-04", "2026-12-05"])
    // «ventas» reads periods with the same parser.
    let list = try at(Self.today, "ventas marzo").stdout
    #expect(list.contains("10-03-2026") && !list.contains("05-12-2026"), "\(list)")
    // A misspelt month gets a suggestion.
    let bad = try box.tienda(["-c", "informe ventas marso"], env: ["TIENDA_AHORA": Self.today])
    #expect(bad.status != 0 && bad.stderr.contains("¿Quiso decir «marzo»?"), "\(bad.transcript)")
  }
}

extension ReportFixesTests {
  @Test func todaysTicketsIgnoreVoidsOfEarlierSales() throws {
    // Yesterday's sale 1 voided today: today's one sale still stands.
    try at(Self.today, "anular venta 1 motivo \"cobro duplicado\"")
    func totals(_ line: String) throws -> [String: Any] {
      try #require(try jsonObject(try at(Self.today, line).stdout)["totales"] as? [String: Any])
    }
    // Oracle: sales made in the period, less those of them voided in it;
    // their total less their voids and returns, over their count.
    func oracle(_ from: String) throws -> (Int, Int) {
      let inPeriod = "date(s.at - 10800, 'unixepoch') BETWEEN '\(from)' AND '2026-12-05'"
      let tickets = try sqlInt(
        "SELECT count(*) FROM sales s WHERE \(inPeriod) AND s.id NOT IN"
          + " (SELECT sale_id FROM refunds WHERE kind = 'anulación')")
      let net = try sqlInt(
        "SELECT (SELECT sum(total) FROM sales s WHERE \(inPeriod)) - (SELECT"
          + " coalesce(sum(r.total), 0) FROM refunds r JOIN sales s ON s.id = r.sale_id"
          + " WHERE \(inPeriod))")
      return (tickets, (net + tickets / 2) / tickets)
    }
    let today = try totals("informe ventas hoy como json")
    let (tickets, average) = try oracle("2026-12-05")
    #expect(tickets == 1)
    #expect(today["tickets"] as? Int == tickets, "\(today)")
    #expect(today["ticket_promedio"] as? Int == average, "\(today)")
    // The void is still in the refund totals.
    #expect(today["anulado"] as? Int == 1000)
    // Over both days the voided sale is in the period: one ticket stands.
    let both = try totals("informe ventas desde 04-12-2026 hasta 05-12-2026 como json")
    let (bothTickets, bothAverage) = try oracle("2026-12-04")
    #expect(both["tickets"] as? Int == bothTickets && bothTickets == 1, "\(both)")
    #expect(both["ticket_promedio"] as? Int == bothAverage, "\(both)")
  }
}

extension ReportFixesTests {
  @Test func helpForInformeListsItsCommands() throws {
    let help = try at(Self.today, "ayuda informe")
    for name in [
      "informe ventas", "informe productos", "informe ganancias", "informe stock vendido",
    ] {
      #expect(help.stdout.contains("  \(name) "), "\(help.transcript)")
    }
    #expect(!help.stdout.contains("crear producto"))
    // A whole command still gets its own help.
    #expect(try at(Self.today, "ayuda informe stock").stdout.contains("valorizado"))
  }

  @Test func perProductRowsNameWhatTheirRefundColumnHolds() throws {
    // Per category the rollup keeps voids and returns together.
    try at(Self.today, "anular venta 2 motivo prueba")
    let text = try at(Self.today, "informe ventas hoy por categoría").stdout
    #expect(text.contains("Anulado y devuelto"), "\(text)")
    let voided = try sqlInt(
      "SELECT sum(total) FROM refunds WHERE date(at - 10800, 'unixepoch') = '2026-12-05'")
    let rows = try rows("informe ventas hoy por categoría como json")
    #expect(rows.compactMap { $0["devuelto"] as? Int }.reduce(0, +) == voided)
  }

  @Test func reportCSVWritesDatesTheHouseWay() throws {
    try at(Self.today, "anular venta 1 motivo prueba")
    let csv = try at(Self.today, "informe ventas semana como csv").stdout
    let days = csv.split(separator: "\r\n").dropFirst().map { String($0.prefix(10)) }
    #expect(days == ["2026-12-04", "2026-12-05"], "\(csv)")
    // The same shape as the instants of «informe anulaciones» (2026-12-05 12:00).
    let voids = try at(Self.today, "informe anulaciones hoy como csv").stdout
    let at = try box.sqlite(
      box.db, "SELECT strftime('%Y-%m-%d %H:%M', at - 10800, 'unixepoch') FROM refunds"
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(voids.split(separator: "\r\n").dropFirst().first?.hasPrefix(at + ";") == true)
    #expect(at.hasPrefix("2026-12-05 "), "\(voids)")
  }
}
