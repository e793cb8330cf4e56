import TiendaStore

/// Reading the catalog: loading, naming (SKU, barcode, name by word
/// prefixes through the FTS5 index), searching, completion.
extension Catalog {
  static let productColumns = """
    SELECT p.id, p.sku, p.barcode, p.name, p.category_id, c.name, p.unit, p.price, p.cost,
      p.price_includes_taxes, p.stock, p.minimum, p.sell_without_stock, p.expires, p.in_pos,
      p.description, p.is_kit, p.active,
      (SELECT group_concat(code || ':' || rate, ',') FROM (SELECT t.code, t.rate
        FROM product_taxes pt JOIN taxes t ON t.id = pt.tax_id WHERE pt.product_id = p.id
        ORDER BY t.id))
    FROM products p LEFT JOIN categories c ON c.id = p.category_id
    """

  /// The same columns without the per-row tax subquery, for long lists:
  /// their taxes come from one query (`withTaxes`).
  static let productListColumns = productColumns.replacingTaxSubquery()

  /// Fills in the taxes of many products with a single query.
  func withTaxes(_ products: [Product]) throws -> [Product] {
    var byProduct: [Int64: [TaxRate]] = [:]
    try db.forEach(
      """
      SELECT pt.product_id, t.code, t.rate FROM product_taxes pt JOIN taxes t ON t.id = pt.tax_id
      ORDER BY pt.product_id, t.id
      """
    ) { row in
      byProduct[row.int(0), default: []].append(
        TaxRate(code: row.string(1), rate: Percent(thousandths: row.int(2))))
    }
    return products.map { $0.with(taxes: byProduct[$0.id] ?? []) }
  }

  func product(from row: Row) -> Product {
    let taxes: [TaxRate] = (row.optionalString(18) ?? "").split(separator: ",").compactMap {
      let parts = $0.split(separator: ":")
      guard parts.count == 2, let rate = Int64(parts[1]) else { return nil }
      return TaxRate(code: String(parts[0]), rate: Percent(thousandths: rate))
    }
    return Product(
      id: row.int(0), sku: row.string(1), barcode: row.optionalString(2), name: row.string(3),
      categoryID: row.optionalInt(4), categoryName: row.optionalString(5),
      unit: ProductUnit(rawValue: row.string(6)) ?? .unit, price: Money(row.int(7)),
      cost: row.optionalInt(8).map(Money.init), priceIncludesTaxes: row.bool(9), taxes: taxes,
      stock: Quantity(thousandths: row.int(10)),
      minimum: row.optionalInt(11).map { Quantity(thousandths: $0) },
      sellWithoutStock: row.bool(12), expires: row.optionalString(13).flatMap(LocalDate.init(iso:)),
      inPOS: row.bool(14), description: row.string(15), isKit: row.bool(16), active: row.bool(17))
  }

  /// One product by id.
  public func product(id: Int64) throws -> Product {
    guard let row = try db.queryFirst(Catalog.productColumns + " WHERE p.id = ?", [.integer(id)])
    else { throw CoreError.notFound(.product, query: String(id), suggestion: nil) }
    return product(from: row)
  }

  /// Names a product the way DESIGN.md §5.3 says: exact SKU, exact barcode,
  /// exact name, else every typed word a prefix of a word of the name, in
  /// order (`emp pino` → "Empanada de pino"). With `forSale`, products hidden
  /// from the point of sale (`en-pos no`, on them or their category) are not
  /// found. An ambiguous name lists the candidates with their SKU.
  public func findProduct(
    _ query: String, forSale: Bool = false, kits: Bool = true, includeDeleted: Bool = false
  ) throws -> Product {
    let text = query.trimmingCharacters(in: " \t")
    let folded = fold(text)
    guard !folded.isEmpty else { throw CoreError.emptyName(.product) }
    var exact = try db.queryFirst(
      Catalog.productColumns + " WHERE p.sku_folded = ?", [.text(folded)])
    if exact == nil {
      exact = try db.queryFirst(Catalog.productColumns + " WHERE p.barcode = ?", [.text(text)])
    }
    // A deleted product's SKU must not hide an active product named alike.
    var deleted: Product?
    if let row = exact, !row.bool(17) {
      deleted = product(from: row)
      exact = nil
    }
    if exact == nil {
      exact = try db.queryFirst(
        Catalog.productColumns + " WHERE p.name_folded = ? AND p.active = 1", [.text(folded)])
    }
    if let exact, kits || !product(from: exact).isKit {
      let found = product(from: exact)
      if forSale, try !isSellable(found) { throw try notForSale(found, query: text) }
      return found
    }
    let words = foldedWords(text)
    var candidates = try matchingByWords(words, limit: 200).filter { kits || !$0.isKit }
    if forSale {
      let hidden = try hiddenCategoryIDs()
      let all = candidates
      candidates = candidates.filter { $0.inPOS && !($0.categoryID.map(hidden.contains) ?? false) }
      // One product by that name, but not for sale: say so, not «No encontré».
      if candidates.isEmpty, all.count == 1 { throw try notForSale(all[0], query: text) }
    }
    if candidates.count == 1 { return candidates[0] }
    if candidates.isEmpty, let deleted {
      if includeDeleted { return deleted }
      throw CoreError.productInactive(deleted.name, sku: deleted.sku)
    }
    if candidates.isEmpty {
      throw CoreError.notFound(
        .product, query: text, suggestion: try suggestedProductName(for: text, forSale: forSale))
    }
    throw CoreError.ambiguous(
      .product, query: text,
      candidates: candidates.prefix(10).map { "\($0.name) (\($0.sku))" })
  }

  func isSellable(_ product: Product) throws -> Bool {
    guard product.inPOS else { return false }
    guard let category = product.categoryID else { return true }
    return !(try hiddenCategoryIDs().contains(category))
  }

  /// Active products whose name words start with `words`, in order.
  func matchingByWords(_ words: [Substring], limit: Int) throws -> [Product] {
    guard !words.isEmpty else { return [] }
    let match = "name : (" + words.map { "\"\($0)\"*" }.joined(separator: " ") + ")"
    return try db.query(
      Catalog.productColumns
        + """
         WHERE p.id IN (SELECT rowid FROM products_search WHERE products_search MATCH ?
          LIMIT \(limit)) AND p.active = 1 ORDER BY p.name COLLATE es
        """, [.text(match)]
    ).map(product(from:)).filter {
      NameMatcher.prefixesMatch(words, foldedWords($0.name))
    }
  }

  /// `buscar`: active products matching every word (prefixes) in the name,
  /// SKU, barcode or description, best first.
  public func searchProducts(_ text: String, limit: Int = 50) throws -> [Product] {
    let words = foldedWords(text)
    guard !words.isEmpty else { return [] }
    let match = words.map { "\"\($0)\"*" }.joined(separator: " ")
    return try db.query(
      """
      WITH hits(id, score) AS (
        SELECT rowid, rank FROM products_search WHERE products_search MATCH ? ORDER BY rank
        LIMIT \(limit * 4))
      """ + Catalog.productColumns
        + " JOIN hits h ON h.id = p.id WHERE p.active = 1 ORDER BY h.score, p.name COLLATE es LIMIT \(limit)",
      [.text(match)]
    ).map(product(from:))
  }

  /// Active products (optionally of one category and its subcategories), in
  /// Spanish order; with `inactive`, the deleted ones instead.
  public func products(category: String? = nil, inactive: Bool = false) throws -> [Product] {
    var sql = Catalog.productListColumns + " WHERE p.active = ?"
    var values: [SQLValue] = [.integer(inactive ? 0 : 1)]
    if let category {
      let root = try findCategory(category)
      sql += """
         AND p.category_id IN (WITH RECURSIVE tree(id) AS (SELECT ? UNION
          SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree)
        """
      values.append(.integer(root.id))
    }
    return try withTaxes(
      try db.query(sql + " ORDER BY p.name COLLATE es", values).map(product(from:)))
  }

  /// Names and SKUs that complete `typed` (for Tab): one word looks up the
  /// name and SKU indexes by prefix; several words go through the FTS index.
  public func productCompletions(_ typed: String, forSale: Bool = false, limit: Int = 50) throws
    -> [String]
  {
    let folded = fold(typed).trimmingCharacters(in: " ")
    let words = foldedWords(typed)
    if words.count > 1 {
      return try matchingByWords(words, limit: limit).filter { !forSale || $0.inPOS }.map(\.name)
    }
    let upper = folded + "\u{FFFF}"
    var names = try db.query(
      """
      SELECT name FROM products WHERE active = 1 AND name_folded >= ? AND name_folded < ?
        \(forSale ? "AND in_pos = 1" : "") ORDER BY name_folded LIMIT \(limit)
      """, [.text(folded), .text(upper)]
    ).map { $0.string(0) }
    if !folded.isEmpty && names.count < limit {
      names += try db.query(
        """
        SELECT sku FROM products WHERE active = 1 AND sku_folded >= ? AND sku_folded < ?
          ORDER BY sku_folded LIMIT \(limit - names.count)
        """, [.text(folded), .text(upper)]
      ).map { $0.string(0) }
    }
    return names
  }
}

extension LocalDate {
  /// Parses `2026-11-23`.
  public init?(iso: String) {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    self.init(year: parts[0], month: parts[1], day: parts[2])
  }
}

extension String {
  /// The product columns with the tax subquery replaced by NULL.
  fileprivate func replacingTaxSubquery() -> String {
    guard let start = firstRange(of: "(SELECT group_concat"),
      let end = firstRange(of: "ORDER BY t.id))")
    else { return self }
    return String(self[..<start.lowerBound]) + "NULL" + String(self[end.upperBound...])
  }
}
