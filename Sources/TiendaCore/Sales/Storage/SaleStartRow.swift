import TiendaStore

/// What a one-line sale reads first, in one statement inside its
/// transaction: this terminal's own open ticket, the register's open
/// session, the next sale number, and the products each item names
/// exactly (by SKU, barcode or name, as `Catalog.findProduct` tries them,
/// then by the PLU of a scale code).
struct SaleStart {
  /// A product an item names exactly: `rank` 1 by SKU, 2 by barcode, 3 by
  /// name (active products only), 4 by the PLU of a scale code (active only).
  struct Candidate {
    let rank: Int64
    let product: Product
    /// Its category (or a parent) is hidden from the point of sale.
    let hiddenCategory: Bool
  }

  var ownTicketID: Int64?
  var sessionID: Int64?
  var nextNumber: Int64
  /// Per item (its index), the products it names exactly.
  var candidates: [Int: [Candidate]] = [:]

  /// `items`: each item's text as typed (trimmed) and folded; `scales`:
  /// the shop's scale layouts (an item that is a valid scale code of one
  /// also looks up its PLU).
  static func fetch(
    items: [(text: String, folded: String)], register: Int64, owner: [SQLValue],
    scales: [ScaleLayout] = [], in db: Database
  ) throws -> SaleStart {
    var values: [SQLValue] = []
    for (i, item) in items.enumerated() {
      let plu = ScaleLayout.matching(item.text, among: scales).flatMap {
        try? $0.decode(item.text).plu
      }
      values += [.integer(Int64(i)), .text(item.text), .text(item.folded), plu.sqlValue]
    }
    values += [.integer(register)] + owner + [.integer(register), .integer(register)]
    let itemValues = Array(repeating: "(?, ?, ?, ?)", count: max(1, items.count))
      .joined(separator: ", ")
    if items.isEmpty { values.insert(contentsOf: [.null, .null, .null, .null], at: 0) }
    var start: SaleStart?
    try db.forEach(
      """
      WITH RECURSIVE
        items(item, text, folded, plu) AS (VALUES \(itemValues)),
        hidden(id) AS (
          SELECT id FROM categories WHERE in_pos = 0
          UNION SELECT c.id FROM categories c JOIN hidden h ON c.parent_id = h.id),
        hits(item, rank, id) AS (
          SELECT i.item, 1, p.id FROM items i JOIN products p ON p.sku_folded = i.folded
          UNION ALL
          SELECT i.item, 2, p.id FROM items i JOIN products p ON p.barcode = i.text
          UNION ALL
          SELECT i.item, 3, p.id FROM items i JOIN products p
            ON p.name_folded = i.folded AND p.active = 1
          UNION ALL
          SELECT i.item, 4, p.id FROM items i JOIN products p
            ON p.plu = i.plu AND p.active = 1),
        context(own_ticket, session_id, next_number) AS (
          SELECT
            (SELECT id FROM tickets WHERE register_id = ? AND state = 'abierto'
              AND owner_pid = ? AND owner_started = ? AND owner_boot = ? ORDER BY id LIMIT 1),
            (SELECT id FROM cash_sessions WHERE register_id = ? AND closed_at IS NULL),
            (SELECT coalesce(max(number), 0) + 1 FROM sales WHERE register_id = ?))
      SELECT x.own_ticket, x.session_id, x.next_number, h.item, h.rank,
        \(SaleProductColumns.select),
        p.category_id IN (SELECT id FROM hidden) AS hidden_category
      FROM context x LEFT JOIN hits h ON 1 LEFT JOIN products p ON p.id = h.id
        LEFT JOIN categories c ON c.id = p.category_id
      ORDER BY h.item, h.rank
      """, values
    ) { row in
      if start == nil {
        start = SaleStart(
          ownTicketID: try row.optionalInt("own_ticket"),
          sessionID: try row.optionalInt("session_id"), nextNumber: try row.int("next_number"))
      }
      guard let item = try row.optionalInt("item"), try row.optionalInt("id") != nil else {
        return
      }
      start?.candidates[Int(item), default: []].append(
        Candidate(
          rank: try row.int("rank"), product: try SaleProductColumns.product(row),
          hiddenCategory: try row.bool("hidden_category")))
    }
    guard let start else { throw StoreError(kind: .other, code: 1, message: "no row", sql: nil) }
    return start
  }
}

/// The product columns a sale reads (aliased `p`, its category `c`), read
/// by name into a `Product`.
enum SaleProductColumns {
  static let select = """
    p.id, p.sku, p.barcode, p.name, p.category_id, c.name AS category_name, p.unit, p.price,
      p.cost, p.price_includes_taxes, p.stock, p.minimum, p.sell_without_stock, p.expires,
      p.in_pos, p.description, p.is_kit, p.active, p.plu, p.open_price, p.service,
      p.tracks_stock, \(ProductRow.hasOptions) AS has_options,
      (SELECT group_concat(code || ':' || rate, ',') FROM (SELECT t.code, t.rate
        FROM product_taxes pt JOIN taxes t ON t.id = pt.tax_id WHERE pt.product_id = p.id
        ORDER BY t.id)) AS tax_list
    """

  static func product(_ row: Row) throws -> Product {
    let taxes: [TaxRate] = (try row.optionalString("tax_list") ?? "").split(separator: ",")
      .compactMap {
        let parts = $0.split(separator: ":")
        guard parts.count == 2, let rate = Int64(parts[1]) else { return nil }
        return TaxRate(code: String(parts[0]), rate: Percent(thousandths: rate))
      }
    return Product(
      id: try row.int("id"), sku: try row.string("sku"),
      barcode: try row.optionalString("barcode"), name: try row.string("name"),
      categoryID: try row.optionalInt("category_id"),
      categoryName: try row.optionalString("category_name"),
      unit: ProductUnit(rawValue: try row.string("unit")) ?? .unit,
      price: Money(try row.int("price")), cost: try row.optionalInt("cost").map(Money.init),
      priceIncludesTaxes: try row.bool("price_includes_taxes"), taxes: taxes,
      stock: Quantity(thousandths: try row.int("stock")),
      minimum: try row.optionalInt("minimum").map { Quantity(thousandths: $0) },
      sellWithoutStock: try row.bool("sell_without_stock"),
      expires: try row.optionalString("expires").flatMap(LocalDate.init(iso:)),
      inPOS: try row.bool("in_pos"), description: try row.string("description"),
      isKit: try row.bool("is_kit"), active: try row.bool("active"),
      plu: try row.optionalString("plu"), openPrice: try row.bool("open_price"),
      service: try row.bool("service"), tracksStock: try row.bool("tracks_stock"),
      hasOptions: try row.bool("has_options"))
  }
}
