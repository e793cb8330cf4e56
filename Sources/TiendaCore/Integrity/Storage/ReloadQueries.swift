import TiendaStore

/// What a connection reads again after the file changed under it
/// (`restaurar`, `modo práctica`): the register and the user it had.
enum ReloadQueries {
  /// The active register `id`, if the file still has it.
  static func activeRegister(_ db: Database, id: Int64) throws -> Register? {
    try db.queryFirst(
      "SELECT id, name FROM registers WHERE id = ? AND active = 1", [.integer(id)]
    ).map { Register(id: try $0["id"], name: try $0["name"]) }
  }

  /// The id of the active user whose folded name is `folded`.
  static func activeUserID(_ db: Database, folded: String) throws -> Int64? {
    try db.fetchValue(
      "SELECT id FROM users WHERE name_folded = ? AND active = 1", [.text(folded)])
  }
}
