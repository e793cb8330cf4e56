import TiendaStore

/// `variant_attributes` and `product_variants`.
struct VariantAttributeRow: FetchableRow {
  let position: Int64
  let name: String

  init(row: Row) throws {
    position = try row["position"]
    name = try row["name"]
  }

  static func of(parent: Int64, in db: Database) throws -> [VariantAttributeRow] {
    try db.fetchAll(
      "SELECT position, name FROM variant_attributes WHERE parent_id = ? ORDER BY position",
      [.integer(parent)])
  }

  static func insert(parent: Int64, names: [String], into db: Database) throws {
    try db.insertRows(
      into: "variant_attributes", columns: ["parent_id", "position", "name"],
      names.enumerated().map { [.integer(parent), .integer(Int64($0 + 1)), .text($1)] })
  }
}

struct ProductVariantRow: FetchableRow {
  static let separator: Character = "\u{1F}"
  let productID: Int64
  let values: [String]

  init(row: Row) throws {
    productID = try row["product_id"]
    values = try row.string("vals").split(separator: Self.separator).map(String.init)
  }

  static func of(parent: Int64, in db: Database) throws -> [ProductVariantRow] {
    try db.fetchAll(
      "SELECT product_id, vals FROM product_variants WHERE parent_id = ? ORDER BY product_id",
      [.integer(parent)])
  }

  static func isVariant(_ product: Int64, in db: Database) throws -> Bool {
    try db.fetchValue(
      "SELECT count(*) FROM product_variants WHERE product_id = ?", [.integer(product)],
      as: Int64.self) ?? 0 > 0
  }

  static func insert(product: Int64, parent: Int64, values: [String], into db: Database) throws {
    try db.insert(
      into: "product_variants",
      [
        "product_id": product, "parent_id": parent,
        "vals": values.joined(separator: String(separator)),
      ])
  }
}

/// An active variant's id and name (`matchingWords`).
struct VariantNameRow: FetchableRow {
  let id: Int64
  let name: String

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
  }

  static func all(in db: Database) throws -> [VariantNameRow] {
    try db.fetchAll(
      """
      SELECT p.id AS id, p.name AS name FROM product_variants v JOIN products p
        ON p.id = v.product_id WHERE p.active = 1
      """)
  }
}
