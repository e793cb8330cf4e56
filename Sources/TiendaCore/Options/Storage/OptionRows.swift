import TiendaStore

/// One row of `option_groups`.
struct OptionGroupRow: FetchableRow, PersistableRow {
  static let table = "option_groups"

  var id: Int64 = 0
  let name: String
  let maximum: Int64?
  let required: Bool
  var createdAt: Int64 = 0

  init(name: String, maximum: Int64?, required: Bool, createdAt: Int64) {
    self.name = name
    self.maximum = maximum
    self.required = required
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
    maximum = try row["maximum"]
    required = try row["required"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "name": name, "name_folded": fold(name), "maximum": maximum.sqlValue,
      "required": required, "created_at": createdAt,
    ]
  }

  static func find(folded: String, in db: Database) throws -> OptionGroupRow? {
    try db.fetchOne(
      "SELECT id, name, maximum, required FROM option_groups WHERE name_folded = ?",
      [.text(folded)])
  }

  static func all(in db: Database) throws -> [OptionGroupRow] {
    try db.fetchAll(
      "SELECT id, name, maximum, required FROM option_groups ORDER BY name COLLATE es")
  }
}

/// One row of `options`.
struct OptionRow: FetchableRow, PersistableRow {
  static let table = "options"

  var id: Int64 = 0
  let groupID: Int64
  let position: Int64
  let name: String
  let price: Int64

  init(groupID: Int64, position: Int64, name: String, price: Int64) {
    self.groupID = groupID
    self.position = position
    self.name = name
    self.price = price
  }

  init(row: Row) throws {
    id = try row["id"]
    groupID = try row["group_id"]
    position = try row["position"]
    name = try row["name"]
    price = try row["price"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "group_id": groupID, "position": position, "name": name, "name_folded": fold(name),
      "price": price,
    ]
  }

  var info: OptionInfo { OptionInfo(id: id, name: name, price: Money(price)) }

  /// Every option, by group then in the order written.
  static func all(in db: Database) throws -> [OptionRow] {
    try db.fetchAll(
      "SELECT id, group_id, position, name, price FROM options ORDER BY group_id, position")
  }
}

/// `product_option_groups`: which groups a product offers.
struct ProductOptionGroupRow: FetchableRow, PersistableRow {
  static let table = "product_option_groups"
  let productID: Int64
  let groupID: Int64
  var productName = ""

  init(productID: Int64, groupID: Int64) {
    self.productID = productID
    self.groupID = groupID
  }

  init(row: Row) throws {
    productID = try row["product_id"]
    groupID = try row["group_id"]
    productName = try row["product_name"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["product_id": productID, "group_id": groupID]
  }

  static func exists(product: Int64, group: Int64, in db: Database) throws -> Bool {
    try db.fetchValue(
      "SELECT count(*) FROM product_option_groups WHERE product_id = ? AND group_id = ?",
      [.integer(product), .integer(group)], as: Int64.self) ?? 0 > 0
  }

  static func delete(product: Int64, group: Int64, in db: Database) throws {
    try db.run(
      "DELETE FROM product_option_groups WHERE product_id = ? AND group_id = ?",
      [.integer(product), .integer(group)])
  }

  /// Every assignment with its product's name, products in Spanish order.
  static func all(in db: Database) throws -> [ProductOptionGroupRow] {
    try db.fetchAll(
      """
      SELECT g.product_id AS product_id, g.group_id AS group_id, p.name AS product_name
      FROM product_option_groups g JOIN products p ON p.id = g.product_id
      ORDER BY p.name COLLATE es
      """)
  }
}

/// An option a product offers, with its group (one statement per line
/// that has options).
struct ProductOptionRow: FetchableRow {
  let groupID: Int64
  let groupName: String
  let maximum: Int64?
  let required: Bool
  let optionID: Int64
  let optionName: String
  let price: Int64

  init(row: Row) throws {
    groupID = try row["group_id"]
    groupName = try row["group_name"]
    maximum = try row["maximum"]
    required = try row["required"]
    optionID = try row["option_id"]
    optionName = try row["option_name"]
    price = try row["price"]
  }

  var choice: OptionChoice {
    OptionChoice(id: optionID, group: groupName, name: optionName, price: Money(price))
  }

  /// The options of a product's groups, groups by name, options in order.
  static func of(product: Int64, in db: Database) throws -> [ProductOptionRow] {
    try db.fetchAll(
      """
      SELECT g.id AS group_id, g.name AS group_name, g.maximum AS maximum,
        g.required AS required, o.id AS option_id, o.name AS option_name, o.price AS price
      FROM product_option_groups pg JOIN option_groups g ON g.id = pg.group_id
        JOIN options o ON o.group_id = g.id
      WHERE pg.product_id = ? ORDER BY g.name COLLATE es, o.position
      """, [.integer(product)])
  }

  /// Options by id (an open ticket's lines), with their groups.
  static func byIDs(_ ids: [Int64], in db: Database) throws -> [ProductOptionRow] {
    guard !ids.isEmpty else { return [] }
    return try db.fetchAll(
      """
      SELECT g.id AS group_id, g.name AS group_name, g.maximum AS maximum,
        g.required AS required, o.id AS option_id, o.name AS option_name, o.price AS price
      FROM options o JOIN option_groups g ON g.id = o.group_id
      WHERE o.id IN (\(Database.placeholders(ids.count)))
      """, ids.map { .integer($0) })
  }
}

/// One row of `sale_line_options` (a ledger).
struct SaleLineOptionRow: FetchableRow {
  let position: Int64
  let group: String
  let name: String
  let price: Int64

  init(row: Row) throws {
    position = try row["position"]
    group = try row["group_name"]
    name = try row["name"]
    price = try row["price"]
  }

  /// The options of every line of a sale that has any, in one statement.
  static func insertAll(_ lines: [[OptionChoice]], sale: Int64, into db: Database) throws {
    var rows: [[SQLValue]] = []
    for (i, options) in lines.enumerated() {
      for (k, option) in options.enumerated() {
        rows.append([
          .integer(sale), .integer(Int64(i + 1)), .integer(Int64(k + 1)), .text(option.group),
          .text(option.name), .integer(option.price.minorUnits),
        ])
      }
    }
    guard !rows.isEmpty else { return }
    try db.insertRows(
      into: "sale_line_options",
      columns: ["sale_id", "position", "seq", "group_name", "name", "price"], rows)
  }

  /// A sale's options by line position.
  static func of(sale: Int64, in db: Database) throws -> [Int64: [SaleLineOption]] {
    var result: [Int64: [SaleLineOption]] = [:]
    let rows: [SaleLineOptionRow] = try db.fetchAll(
      """
      SELECT position, group_name, name, price FROM sale_line_options
      WHERE sale_id = ? ORDER BY position, seq
      """, [.integer(sale)])
    for row in rows {
      result[row.position, default: []].append(
        SaleLineOption(group: row.group, name: row.name, price: Money(row.price)))
    }
    return result
  }
}
