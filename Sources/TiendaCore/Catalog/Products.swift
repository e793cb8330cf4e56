import TiendaStore

/// The catalog area: products, categories, taxes and kits. This file reads
/// it: loading, naming (SKU, barcode, name by word prefixes through the
/// FTS5 index), searching, completion.
public struct Catalog: ShopArea {
  let shop: Shop

  /// Fills in the taxes of many products with a single query.
  func withTaxes(_ products: [Product]) throws -> [Product] {
    var byProduct: [Int64: [TaxRate]] = [:]
    for row in try ProductTaxRateRow.all(db) {
      byProduct[row.productID, default: []].append(
        TaxRate(code: row.code, rate: Percent(thousandths: row.rate)))
    }
    return products.map { $0.with(taxes: byProduct[$0.id] ?? []) }
  }

  /// One product by id.
  public func product(id: Int64) throws -> Product {
    guard let row = try ProductRow.fetch(db, id: id) else {
      throw CoreError.notFound(.product, query: String(id), suggestion: nil)
    }
    return row.product
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
    // The exact SKU, else the exact barcode, else the exact active name.
    let matches = try ProductRow.exactMatches(db, folded: folded, text: text)
    var exact = matches.bySKU ?? matches.byBarcode
    // A deleted product's SKU must not hide an active product named alike.
    var deleted: Product?
    if let row = exact, !row.active {
      deleted = row.product
      exact = nil
    }
    if exact == nil { exact = matches.activeByName }
    if let exact, kits || !exact.isKit {
      let found = exact.product
      if forSale, try !isSellable(found, anyHiddenCategory: matches.anyHiddenCategory) {
        throw try notForSale(found, query: text)
      }
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

  /// Whether a product is offered for sale: `en-pos sí` on it and on its
  /// category and every category above. With `anyHiddenCategory` false (as
  /// read with the product) no category needs looking at.
  func isSellable(_ product: Product, anyHiddenCategory: Bool = true) throws -> Bool {
    guard product.inPOS else { return false }
    guard let category = product.categoryID, anyHiddenCategory else { return true }
    return !(try hiddenCategoryIDs().contains(category))
  }

  /// Active products whose name words start with `words`, in order.
  func matchingByWords(_ words: [Substring], limit: Int) throws -> [Product] {
    guard !words.isEmpty else { return [] }
    let match = "name : (" + words.map { "\"\($0)\"*" }.joined(separator: " ") + ")"
    return try ProductRow.activeMatching(db, nameMatch: match, limit: limit).map(\.product)
      .filter { NameMatcher.prefixesMatch(words, foldedWords($0.name)) }
  }

  /// `buscar`: active products matching every word (prefixes) in the name,
  /// SKU, barcode or description, best first.
  public func searchProducts(_ text: String, limit: Int = 50) throws -> [Product] {
    let words = foldedWords(text)
    guard !words.isEmpty else { return [] }
    let match = words.map { "\"\($0)\"*" }.joined(separator: " ")
    return try ProductRow.search(db, match: match, limit: limit).map(\.product)
  }

  /// How many active products the catalog holds.
  public func activeProductCount() throws -> Int64 {
    try ProductStore.activeCount(db)
  }

  /// Active products (optionally of one category and its subcategories), in
  /// Spanish order; with `inactive`, the deleted ones instead.
  public func products(category: String? = nil, inactive: Bool = false) throws -> [Product] {
    let root = try category.map { try findCategory($0).id }
    return try withTaxes(
      try ProductRow.list(db, active: !inactive, categoryTree: root).map(\.product))
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
    var names = try ProductStore.activeNames(
      db, foldedFrom: folded, to: upper, onlyInPOS: forSale, limit: limit)
    if !folded.isEmpty && names.count < limit {
      names += try ProductStore.activeSKUs(
        db, foldedFrom: folded, to: upper, limit: limit - names.count)
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
