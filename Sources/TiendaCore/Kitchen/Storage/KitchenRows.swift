import TiendaStore

/// One row of the routing query: a comanda printer (or route 0, the
/// categories chosen for sales) and one category it takes, subcategories
/// included (NULL: none configured).
struct KitchenRouteRow: FetchableRow {
  let route: Int64
  let isDefault: Bool
  let categoryID: Int64?

  init(row: Row) throws {
    route = try row["route"]
    isDefault = try row["is_default"]
    categoryID = try row["category_id"]
  }

  /// Active comanda printers with their categories and every descendant,
  /// and (as route 0) the categories of `configurar comanda` with theirs:
  /// one statement, the only one a sale with the setting on adds before
  /// its jobs.
  static let query = """
    WITH RECURSIVE tree(route, category_id) AS (
      SELECT printer_id, category_id FROM printer_categories
      UNION SELECT 0, id FROM categories WHERE instr(?, ',' || id || ',') > 0
      UNION SELECT t.route, c.id FROM categories c JOIN tree t ON c.parent_id = t.category_id
    )
    SELECT p.id AS route, p.is_default AS is_default, t.category_id AS category_id
    FROM printers p LEFT JOIN tree t ON t.route = p.id
    WHERE p.active = 1 AND p.role = 'comanda'
    UNION ALL SELECT 0, 0, category_id FROM tree WHERE route = 0
    """

  /// The comanda printers' routes and the expanded categories chosen for
  /// sales (`chosen`, category ids).
  static func routes(_ db: Database, chosen: [Int64]) throws -> (
    routes: [KitchenRoute], chosen: Set<Int64>
  ) {
    let list = "," + chosen.map(String.init).joined(separator: ",") + ","
    var printers: [Int64: (isDefault: Bool, categories: Set<Int64>)] = [:]
    var expanded: Set<Int64> = []
    for row in try db.fetchAll(query, [.text(list)], as: Self.self) {
      if row.route == 0 {
        if let id = row.categoryID { expanded.insert(id) }
        continue
      }
      var entry = printers[row.route] ?? (row.isDefault, [])
      if let id = row.categoryID { entry.categories.insert(id) }
      printers[row.route] = entry
    }
    let routes = printers.map {
      KitchenRoute(
        printerID: $0.key, isDefault: $0.value.isDefault, categories: $0.value.categories)
    }
    return (routes, expanded)
  }
}

/// A category a printer takes, by name (`listar impresoras`).
struct PrinterCategoryRow: FetchableRow {
  let printerID: Int64
  let name: String

  init(row: Row) throws {
    printerID = try row["printer_id"]
    name = try row["name"]
  }

  /// Every printer's categories, in Spanish order.
  static func all(_ db: Database) throws -> [PrinterCategoryRow] {
    try db.fetchAll(
      """
      SELECT pc.printer_id, c.name FROM printer_categories pc
      JOIN categories c ON c.id = pc.category_id
      ORDER BY pc.printer_id, c.name COLLATE es
      """)
  }

  /// The printer takes exactly `categories` from now on.
  static func replace(_ db: Database, printerID: Int64, categories: [Int64]) throws {
    try db.run("DELETE FROM printer_categories WHERE printer_id = ?", [.integer(printerID)])
    for id in categories {
      try db.insert(into: "printer_categories", ["printer_id": printerID, "category_id": id])
    }
  }
}

/// The category of each product (the lines of a recorded sale, when its
/// slip is rendered).
struct ProductCategoryRow: FetchableRow {
  let productID: Int64
  let categoryID: Int64?

  init(row: Row) throws {
    productID = try row["id"]
    categoryID = try row["category_id"]
  }

  static func categories(_ db: Database, products: [Int64]) throws -> [Int64: Int64] {
    guard !products.isEmpty else { return [:] }
    let marks = Array(repeating: "?", count: products.count).joined(separator: ", ")
    var out: [Int64: Int64] = [:]
    for row in try db.fetchAll(
      "SELECT id, category_id FROM products WHERE id IN (\(marks))",
      products.map { .integer($0) }, as: Self.self)
    {
      if let c = row.categoryID { out[row.productID] = c }
    }
    return out
  }
}

/// Order vouchers already out on paper (a reprint says COPIA).
enum VoucherJobRow {
  static func wasPrinted(_ db: Database, document: PrintedDocument) throws -> Bool {
    try db.queryFirst(
      """
      SELECT 1 FROM print_jobs WHERE document = ? AND kind = ?
        AND state IN ('impreso', 'enviado', 'incierto', 'enviando', 'pendiente')
      """, [.text(document.stored), .text(PrintJobKind.orderVoucher.rawValue)]) != nil
  }
}
