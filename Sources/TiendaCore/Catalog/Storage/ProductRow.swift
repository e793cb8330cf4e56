import TiendaStore

/// One row of `products`, with its category's name and (in the single
/// product reads) its taxes as `code:rate` pairs, read by column name.
struct ProductRow: FetchableRow {
  let id: Int64
  let sku: String
  let barcode: String?
  let name: String
  let categoryID: Int64?
  let categoryName: String?
  let unit: ProductUnit
  let price: Int64
  let cost: Int64?
  let priceIncludesTaxes: Bool
  let stock: Int64
  let minimum: Int64?
  let sellWithoutStock: Bool
  let expires: String?
  let inPOS: Bool
  let description: String
  let isKit: Bool
  let active: Bool
  /// `iva:19000,ila:10000`; nil in list reads (see `ProductTaxRateRow`).
  let taxes: String?
  let plu: String?
  let openPrice: Bool
  let service: Bool
  let tracksStock: Bool
  let hasOptions: Bool
  let parentName: String?

  init(row: Row) throws {
    id = try row["id"]
    sku = try row["sku"]
    barcode = try row["barcode"]
    name = try row["name"]
    categoryID = try row["category_id"]
    categoryName = try row["category_name"]
    unit = try row.enumValue("unit")
    price = try row["price"]
    cost = try row["cost"]
    priceIncludesTaxes = try row["price_includes_taxes"]
    stock = try row["stock"]
    minimum = try row["minimum"]
    sellWithoutStock = try row["sell_without_stock"]
    expires = try row["expires"]
    inPOS = try row["in_pos"]
    description = try row["description"]
    isKit = try row["is_kit"]
    active = try row["active"]
    taxes = try row["taxes"]
    plu = try row["plu"]
    openPrice = try row["open_price"]
    service = try row["service"]
    tracksStock = try row["tracks_stock"]
    hasOptions = try row["has_options"]
    parentName = try row["parent_name"]
  }

  /// The domain value.
  var product: Product {
    let rates: [TaxRate] = (taxes ?? "").split(separator: ",").compactMap {
      let parts = $0.split(separator: ":")
      guard parts.count == 2, let rate = Int64(parts[1]) else { return nil }
      return TaxRate(code: String(parts[0]), rate: Percent(thousandths: rate))
    }
    return Product(
      id: id, sku: sku, barcode: barcode, name: name, categoryID: categoryID,
      categoryName: categoryName, unit: unit, price: Money(price), cost: cost.map(Money.init),
      priceIncludesTaxes: priceIncludesTaxes, taxes: rates, stock: Quantity(thousandths: stock),
      minimum: minimum.map { Quantity(thousandths: $0) }, sellWithoutStock: sellWithoutStock,
      expires: expires.flatMap(LocalDate.init(iso:)), inPOS: inPOS, description: description,
      isKit: isKit, active: active, plu: plu, openPrice: openPrice, service: service,
      tracksStock: tracksStock, hasOptions: hasOptions, parentName: parentName)
  }
}

extension ProductRow {
  /// Whether product `p` offers option groups (issue 22), read with it.
  static let hasOptions =
    "EXISTS (SELECT 1 FROM product_option_groups og WHERE og.product_id = p.id)"
  /// A variant's parent's name (issue 22), read with it.
  static let parentName =
    "(SELECT pp.name FROM product_variants pv JOIN products pp ON pp.id = pv.parent_id"
    + " WHERE pv.product_id = p.id)"

  /// Every column of a product, its category's name and its taxes.
  static let columns = """
    SELECT p.id AS id, p.sku AS sku, p.barcode AS barcode, p.name AS name,
      p.category_id AS category_id, c.name AS category_name, p.unit AS unit, p.price AS price,
      p.cost AS cost, p.price_includes_taxes AS price_includes_taxes, p.stock AS stock,
      p.minimum AS minimum, p.sell_without_stock AS sell_without_stock, p.expires AS expires,
      p.in_pos AS in_pos, p.description AS description, p.is_kit AS is_kit, p.active AS active,
      p.plu AS plu, p.open_price AS open_price, p.service AS service,
      p.tracks_stock AS tracks_stock, \(hasOptions) AS has_options,
      \(parentName) AS parent_name,
      (SELECT group_concat(code || ':' || rate, ',') FROM (SELECT t.code, t.rate
        FROM product_taxes pt JOIN taxes t ON t.id = pt.tax_id WHERE pt.product_id = p.id
        ORDER BY t.id)) AS taxes
    """
  static let from = " FROM products p LEFT JOIN categories c ON c.id = p.category_id"
  static let select = columns + from

  /// The same columns without the per-row tax subquery, for long lists:
  /// their taxes come from one query (`ProductTaxRateRow.all`).
  static let selectWithoutTaxes = """
    SELECT p.id AS id, p.sku AS sku, p.barcode AS barcode, p.name AS name,
      p.category_id AS category_id, c.name AS category_name, p.unit AS unit, p.price AS price,
      p.cost AS cost, p.price_includes_taxes AS price_includes_taxes, p.stock AS stock,
      p.minimum AS minimum, p.sell_without_stock AS sell_without_stock, p.expires AS expires,
      p.in_pos AS in_pos, p.description AS description, p.is_kit AS is_kit, p.active AS active,
      p.plu AS plu, p.open_price AS open_price, p.service AS service,
      p.tracks_stock AS tracks_stock, \(hasOptions) AS has_options,
      \(parentName) AS parent_name, NULL AS taxes
    FROM products p LEFT JOIN categories c ON c.id = p.category_id
    """

  static func fetch(_ db: Database, id: Int64) throws -> ProductRow? {
    try db.fetchOne(select + " WHERE p.id = ?", [.integer(id)])
  }

  /// The products a name may mean exactly, in one statement (naming is on
  /// every sale line): the one with this folded SKU (deleted included), the
  /// one with this barcode (deleted included) and the active one with this
  /// folded name; at most three rows, each saying which it is, and whether
  /// any category is hidden from sales.
  static func exactMatches(_ db: Database, folded: String, text: String) throws
    -> ExactProductMatches
  {
    var matches = ExactProductMatches()
    try db.forEach(
      columns
        + """
        , p.sku_folded = ?1 AS by_sku, p.barcode IS ?2 AS by_barcode,
          (p.name_folded = ?3 AND p.active = 1) AS by_name,
          EXISTS (SELECT 1 FROM categories WHERE in_pos = 0) AS any_hidden_category
        """ + from
        + " WHERE p.sku_folded = ?1 OR p.barcode = ?2 OR (p.name_folded = ?3 AND p.active = 1)",
      [.text(folded), .text(text), .text(folded)]
    ) { row in
      let product = try ProductRow(row: row)
      if try row.bool("by_sku") { matches.bySKU = product }
      if try row.bool("by_barcode") { matches.byBarcode = product }
      if try row.bool("by_name") { matches.activeByName = product }
      matches.anyHiddenCategory = try row.bool("any_hidden_category")
    }
    return matches
  }

  /// The product (deleted included) with this PLU.
  static func fetch(_ db: Database, plu: String) throws -> ProductRow? {
    try db.fetchOne(select + " WHERE p.plu = ?", [.text(plu)])
  }

  /// Any product by folded SKU or by barcode (`reactivar producto`).
  static func fetch(_ db: Database, skuFolded: String, orBarcode barcode: String) throws
    -> ProductRow?
  {
    try db.fetchOne(
      select + " WHERE p.sku_folded = ? OR p.barcode = ?", [.text(skuFolded), .text(barcode)])
  }

  /// Active products the full-text `match` finds in their names (at most
  /// `limit` hits from the index), in Spanish order.
  static func activeMatching(_ db: Database, nameMatch match: String, limit: Int) throws
    -> [ProductRow]
  {
    try db.fetchAll(
      select
        + """
         WHERE p.id IN (SELECT rowid FROM products_search WHERE products_search MATCH ?
          LIMIT \(limit)) AND p.active = 1 ORDER BY p.name COLLATE es
        """, [.text(match)])
  }

  /// `buscar`: active products the full-text `match` finds (name, SKU,
  /// barcode, description), best ranked first.
  static func search(_ db: Database, match: String, limit: Int) throws -> [ProductRow] {
    try db.fetchAll(
      """
      WITH hits(id, score) AS (
        SELECT rowid, rank FROM products_search WHERE products_search MATCH ? ORDER BY rank
        LIMIT \(limit * 4))
      """ + select
        + " JOIN hits h ON h.id = p.id WHERE p.active = 1 ORDER BY h.score, p.name COLLATE es LIMIT \(limit)",
      [.text(match)])
  }

  /// Active (or deleted) products, optionally of a category and those
  /// below it, in Spanish order; without their taxes.
  static func list(_ db: Database, active: Bool, categoryTree root: Int64?) throws
    -> [ProductRow]
  {
    var sql = selectWithoutTaxes + " WHERE p.active = ?"
    var values: [SQLValue] = [.integer(active ? 1 : 0)]
    if let root {
      sql += """
         AND p.category_id IN (WITH RECURSIVE tree(id) AS (SELECT ? UNION
          SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree)
        """
      values.append(.integer(root))
    }
    return try db.fetchAll(sql + " ORDER BY p.name COLLATE es", values)
  }

  /// Active products (kits aside) at or under their minimum.
  static func lowStock(_ db: Database) throws -> [ProductRow] {
    try db.fetchAll(
      select
        + " WHERE p.active = 1 AND p.is_kit = 0 AND p.minimum IS NOT NULL AND p.stock <= p.minimum"
        + " ORDER BY p.name COLLATE es")
  }

  /// Active products expiring on or before `last` (ISO date), soonest first.
  static func expiring(_ db: Database, onOrBefore last: String) throws -> [ProductRow] {
    try db.fetchAll(
      select
        + " WHERE p.active = 1 AND p.expires IS NOT NULL AND p.expires <= ?"
        + " ORDER BY p.expires, p.name COLLATE es", [.text(last)])
  }
}

/// What `ProductRow.exactMatches` found.
struct ExactProductMatches {
  var bySKU: ProductRow?
  var byBarcode: ProductRow?
  var activeByName: ProductRow?
  /// Whether any category has `en-pos no` (read with the rows: most shops
  /// hide none, and then a sale need not ask again).
  var anyHiddenCategory = true
}

/// One tax of one product (`product_taxes` joined with `taxes`).
struct ProductTaxRateRow: FetchableRow {
  let productID: Int64
  let code: String
  let rate: Int64

  init(row: Row) throws {
    productID = try row["product_id"]
    code = try row["code"]
    rate = try row["rate"]
  }

  /// The taxes of every product, by product then tax id.
  static func all(_ db: Database) throws -> [ProductTaxRateRow] {
    try db.fetchAll(
      """
      SELECT pt.product_id AS product_id, t.code AS code, t.rate AS rate
      FROM product_taxes pt JOIN taxes t ON t.id = pt.tax_id
      ORDER BY pt.product_id, t.id
      """)
  }
}

/// `product_taxes`: which taxes a product carries.
struct ProductTaxRow: PersistableRow {
  static let table = "product_taxes"
  let productID: Int64
  let taxID: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["product_id": productID, "tax_id": taxID]
  }

  static func taxIDs(_ db: Database, productID: Int64) throws -> Set<Int64> {
    Set(
      try db.fetchValues(
        "SELECT tax_id FROM product_taxes WHERE product_id = ?", [.integer(productID)],
        as: Int64.self))
  }

  static func deleteAll(_ db: Database, productID: Int64) throws {
    try db.run("DELETE FROM product_taxes WHERE product_id = ?", [.integer(productID)])
  }
}
