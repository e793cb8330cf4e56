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
