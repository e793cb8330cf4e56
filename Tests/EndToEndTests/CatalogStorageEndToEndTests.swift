import Foundation
import Testing

/// The catalog and stock after issue 14: a sale moves the stock of all its
/// lines with one UPDATE whose RETURNING gives the cached stock back (no
/// re-read), the ledger
/// still agrees with the cache, and the catalog's rules files and command
/// handlers hold no SQL, no positional column read and no string-keyed
/// argument read.
@Suite struct CatalogStorageEndToEndTests {
  @Test func aSaleLineMovesStockWithoutReReadingIt() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada pino\" precio 2500 stock 100",
      "crear producto \"Pan amasado\" precio 300 stock 100",
      "crear producto \"Queso fresco\" precio 4990 unidad kg stock 10", "abrir caja 0")
    let trace = box.path("traza.txt")
    let r = try box.tienda(
      ["-c", "vender 2 empanada pino, 1 pan amasado, 500 g queso fresco pagar efectivo 50000"],
      env: ["TIENDA_TRAZA_SQL": trace])
    #expect(r.status == 0, "\(r.transcript)")
    let statements = try String(contentsOfFile: trace, encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("--") }
    let updates = statements.filter { $0.hasPrefix("UPDATE products SET stock = stock + ") }
    #expect(updates.count == 1, "\(statements.joined(separator: "\n"))")
    #expect(updates.allSatisfy { $0.hasSuffix("RETURNING id, stock") })
    #expect(!statements.contains { $0.hasPrefix("SELECT stock FROM products") })

    // The oracle: the file, read by sqlite3 with hand-written SQL.
    let stock = try box.sqlite(
      box.db,
      """
      SELECT p.name, p.stock, (SELECT sum(quantity) FROM stock_movements m
        WHERE m.product_id = p.id), (SELECT stock_after FROM stock_movements m
        WHERE m.product_id = p.id ORDER BY id DESC LIMIT 1)
      FROM products p ORDER BY p.id
      """)
    #expect(
      stock.stdout == """
        Empanada pino|98000|98000|98000
        Pan amasado|99000|99000|99000
        Queso fresco|9500|9500|9500

        """, "\(stock.transcript)")
    let kinds = try box.sqlite(
      box.db, "SELECT kind, quantity FROM stock_movements WHERE kind = 'venta' ORDER BY id")
    #expect(kinds.stdout == "venta|-2000\nventa|-1000\nventa|-500\n", "\(kinds.transcript)")
  }

  /// Naming a product by its exact SKU, barcode or name reads the catalog
  /// once (it runs for every line of a sale).
  @Test func anExactNameIsOneStatement() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada pino\" precio 2500 sku EMP01 barras 7801234567894 stock 100")
    for name in ["EMP01", "7801234567894", "empanada pino"] {
      let trace = box.path("traza-\(name).txt")
      let r = try box.tienda(["-c", "stock \(name)"], env: ["TIENDA_TRAZA_SQL": trace])
      #expect(r.status == 0, "\(r.transcript)")
      let reads = try String(contentsOfFile: trace, encoding: .utf8)
        .split(separator: "\n").filter { $0.contains("FROM products p") }
      #expect(reads.count == 1, "«\(name)»: \(reads.joined(separator: "\n"))")
    }
  }

  /// Selling a product of a category asks whether any category is hidden
  /// in the same statement that names it; a hidden one still refuses.
  @Test func aCategorisedProductSellsWithoutAskingAboutCategoriesAgain() throws {
    let box = try Sandbox()
    try box.ok(
      "crear categoría panes", "crear producto Marraqueta precio 150 categoría panes stock 100",
      "abrir caja 0")
    let trace = box.path("traza.txt")
    let r = try box.tienda(
      ["-c", "vender 2 marraqueta pagar efectivo 1000"], env: ["TIENDA_TRAZA_SQL": trace])
    #expect(r.status == 0, "\(r.transcript)")
    let statements = try String(contentsOfFile: trace, encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("--") }
    #expect(!statements.contains { $0.hasPrefix("SELECT 1 FROM categories") }, "\(statements)")
    #expect(try box.count("SELECT stock FROM products WHERE name = 'Marraqueta'") == 98_000)

    try box.ok(
      "crear categoría insumos en-pos no",
      "crear producto \"Bolsa papel\" precio 50 categoría insumos stock 10")
    let refusal = try box.refused("vender 1 bolsa papel pagar efectivo 100")
    #expect(refusal.contains("insumos"), "\(refusal)")
  }

  /// A kit's components come with their products in one statement, not
  /// one read per component.
  @Test func aKitReadsItsComponentsInOneStatement() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Pan amasado\" precio 300 stock 40",
      "crear producto \"Empanada pino\" precio 2500 stock 9",
      "crear producto \"Queso fresco\" precio 4990 unidad kg stock 10",
      "crear kit \"Combo once\" precio 3500 con 1 pan amasado, 2 empanada pino, 500 g queso fresco"
    )
    let trace = box.path("traza.txt")
    let r = try box.tienda(
      ["-c", "ver producto combo once como json"], env: ["TIENDA_TRAZA_SQL": trace])
    #expect(r.status == 0, "\(r.transcript)")
    let statements = try String(contentsOfFile: trace, encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("--") }
    #expect(!statements.contains { $0.hasSuffix("WHERE p.id = ?") }, "\(statements)")
    let parts = statements.filter { $0.contains("kit_components") }
    #expect(!parts.isEmpty && parts.allSatisfy { $0.contains("FROM products p") }, "\(parts)")
    // 9 empanadas, 2 per kit: 4 kits (the oracle is the arithmetic).
    let shown = try jsonObject(r.stdout)
    #expect(int(shown["kits_disponibles"]) == 4, "\(r.stdout)")
  }

  /// The catalog's and stock's rules files (outside `Storage/` and the
  /// schema) and their command handlers, as the metrics script reads them.
  static let rulesFiles = [
    "Sources/TiendaCore/Catalog/Barcode.swift", "Sources/TiendaCore/Catalog/Categories.swift",
    "Sources/TiendaCore/Catalog/Kits.swift", "Sources/TiendaCore/Catalog/Product.swift",
    "Sources/TiendaCore/Catalog/ProductEditing.swift",
    "Sources/TiendaCore/Catalog/ProductImport.swift",
    "Sources/TiendaCore/Catalog/ProductSuggestions.swift",
    "Sources/TiendaCore/Catalog/Products.swift", "Sources/TiendaCore/Catalog/TaxMath.swift",
    "Sources/TiendaCore/Catalog/Taxes.swift", "Sources/TiendaCore/Stock/StockCount.swift",
    "Sources/TiendaCore/Stock/StockLedger.swift",
  ]
  static let handlerFiles = [
    "ProductCommands", "ProductParams", "StockCommands", "CountCommands", "ImportCommands",
    "LabelCommands",
  ].map { "Sources/TiendaShell/Commands/\($0).swift" }

  func matches(_ pattern: String, in files: [String]) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    var found: [String] = []
    for file in files {
      let text = try String(
        contentsOf: PackagePaths.root.appendingPathComponent(file), encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      for match in regex.matches(in: text, range: range) {
        found.append(file + ": " + (Range(match.range, in: text).map { String(text[$0]) } ?? ""))
      }
    }
    return found
  }

  @Test func rulesFilesHoldNoSQLAndReadNoColumnByPosition() throws {
    let sql = try matches(
      #"("(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b|"""\n\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b)"#,
      in: Self.rulesFiles + Self.handlerFiles)
    #expect(sql.isEmpty, "\(sql)")
    let positional = try matches(
      #"\.(int|string|bool|double|blob|optionalInt|optionalString|optionalBool|optionalBlob)\(\s*\d+\s*\)"#,
      in: Self.rulesFiles + Self.handlerFiles)
    #expect(positional.isEmpty, "\(positional)")
    let raw = try matches(
      #"\bdb\.(run|query|queryFirst|forEach|scalarInt|execute)\("#, in: Self.rulesFiles)
    #expect(raw.isEmpty, "\(raw)")
  }

  @Test func handlersReadNoArgumentByStringKey() throws {
    let keyed = try matches(
      #"(\b[a-z]\w*\.(text|bool|isNone|money|quantity|date|percent|integer|list|isFlagSet|period|rut|saleItems|payments|tokens|has)\("[^"]*"\)|\barguments\[")"#,
      in: Self.handlerFiles)
    #expect(keyed.isEmpty, "\(keyed)")
  }
}
