import TiendaStore

/// One row of `registers`: a cash register of the shop ("Caja 1").
struct RegisterRow: FetchableRow, PersistableRow {
  static let table = "registers"

  var id: Int64 = 0
  let name: String
  var createdAt: Int64 = 0

  init(name: String, createdAt: Int64) {
    self.name = name
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
  }

  /// The columns a new register is written with.
  var columns: KeyValuePairs<String, any SQLBindable> {
    ["name": name, "name_folded": fold(name), "created_at": createdAt]
  }

  var register: Register { Register(id: id, name: name) }

  static func find(id: Int64, in db: Database) throws -> RegisterRow? {
    try db.fetchOne("SELECT id, name FROM registers WHERE id = ?", [.integer(id)])
  }

  /// The first register created (the shop's default when the one asked
  /// for is gone).
  static func first(in db: Database) throws -> RegisterRow? {
    try db.fetchOne("SELECT id, name FROM registers ORDER BY id LIMIT 1")
  }

  /// Active registers, in Spanish order.
  static func active(in db: Database) throws -> [RegisterRow] {
    try db.fetchAll("SELECT id, name FROM registers WHERE active = 1 ORDER BY name COLLATE es")
  }

  /// The active register whose folded name is `folded`.
  static func active(folded: String, in db: Database) throws -> RegisterRow? {
    try db.fetchOne(
      "SELECT id, name FROM registers WHERE active = 1 AND name_folded = ?", [.text(folded)])
  }

  /// The name of any register (active or not) whose folded name is `folded`.
  static func name(folded: String, in db: Database) throws -> String? {
    try db.fetchValue("SELECT name FROM registers WHERE name_folded = ?", [.text(folded)])
  }
}
