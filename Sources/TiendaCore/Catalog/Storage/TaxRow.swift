import TiendaStore

/// One row of `taxes`, with the code of the tax it is additional to.
struct TaxRow: FetchableRow {
  let id: Int64
  let code: String
  let rate: Int64
  let description: String
  let baseCode: String?

  init(row: Row) throws {
    id = try row["id"]
    code = try row["code"]
    rate = try row["rate"]
    description = try row["description"]
    baseCode = try row["base_code"]
  }

  var tax: Tax {
    Tax(
      id: id, code: code, rate: Percent(thousandths: rate), description: description,
      base: baseCode)
  }

  static let select = """
    SELECT t.id AS id, t.code AS code, t.rate AS rate, t.description AS description,
      b.code AS base_code
    FROM taxes t LEFT JOIN taxes b ON b.id = t.base_tax_id
    """

  /// Every tax, by code in Spanish order.
  static func all(_ db: Database) throws -> [TaxRow] {
    try db.fetchAll(select + " ORDER BY t.code COLLATE es")
  }

  /// The tax with this folded code.
  static func fetch(_ db: Database, codeFolded: String) throws -> TaxRow? {
    try db.fetchOne(select + " WHERE t.code_folded = ?", [.text(codeFolded)])
  }

  static func updateRate(_ db: Database, id: Int64, rate: Int64, description: String) throws {
    try db.run(
      "UPDATE taxes SET rate = ?, description = ? WHERE id = ?",
      [.integer(rate), .text(description), .integer(id)])
  }

  /// The setting `catálogo.impuestos`: the codes new products get, as
  /// stored (comma separated); nil when unset.
  static func defaultCodesSetting(_ db: Database) throws -> String? {
    try db.fetchValue("SELECT value FROM settings WHERE key = 'catálogo.impuestos'")
  }
}

/// A new row of `taxes`.
struct NewTaxRow: PersistableRow {
  static let table = "taxes"
  let code: String
  let rate: Int64
  let description: String
  let createdAt: Int64
  let baseTaxID: Int64?

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "code": code, "code_folded": fold(code), "rate": rate, "description": description,
      "created_at": createdAt, "base_tax_id": baseTaxID,
    ]
  }
}
