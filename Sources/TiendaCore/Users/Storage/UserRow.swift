import TiendaStore

/// One row of `users` as the users area reads it (the PIN apart: `UserPinRow`).
struct UserRow: FetchableRow, PersistableRow {
  static let table = "users"

  var id: Int64 = 0
  let name: String
  let roleID: Int64
  var active = true
  var lockedUntil: Int64? = nil
  /// Only for a new user: the encoded PIN hash and when it was created.
  var pin = ""
  var createdAt: Int64 = 0

  init(name: String, roleID: Int64, pin: String, createdAt: Int64) {
    self.name = name
    self.roleID = roleID
    self.pin = pin
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
    roleID = try row["role_id"]
    active = try row["active"]
    lockedUntil = try row["locked_until"]
  }

  /// The columns a new user is written with.
  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "name": name, "name_folded": fold(name), "role_id": roleID, "pin": pin,
      "created_at": createdAt,
    ]
  }

  private static let select = "SELECT id, name, role_id, active, locked_until FROM users"

  /// Every user, active ones first, in Spanish order.
  static func all(in db: Database) throws -> [UserRow] {
    try db.fetchAll(select + " ORDER BY active DESC, name COLLATE es")
  }

  static func find(folded: String, in db: Database) throws -> UserRow? {
    try db.fetchOne(select + " WHERE name_folded = ?", [.text(folded)])
  }

  static func find(id: Int64, in db: Database) throws -> UserRow? {
    try db.fetchOne(select + " WHERE id = ?", [.integer(id)])
  }

  /// Whether another user (not `id`) already has the folded name.
  static func nameTaken(folded: String, except id: Int64? = nil, in db: Database) throws -> Bool {
    if let id {
      return try db.fetchValue(
        "SELECT 1 FROM users WHERE name_folded = ? AND id != ?", [.text(folded), .integer(id)],
        as: Int64.self) != nil
    }
    return try db.fetchValue(
      "SELECT 1 FROM users WHERE name_folded = ?", [.text(folded)], as: Int64.self) != nil
  }

  /// How many users may log in.
  static func activeCount(in db: Database) throws -> Int64 {
    try db.scalarInt("SELECT count(*) FROM users WHERE active = 1")
  }

  /// How many active dueños there are besides user `id`.
  static func otherActiveOwners(than id: Int64, in db: Database) throws -> Int64 {
    try db.scalarInt(
      """
      SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id
      WHERE u.active = 1 AND r.code_folded = 'dueno' AND u.id != ?
      """, [.integer(id)])
  }

  /// A new name and/or role for user `id`, in one UPDATE.
  static func update(id: Int64, name: String?, roleID: Int64?, in db: Database) throws {
    var sets: [String] = []
    var values: [SQLValue] = []
    if let name {
      sets += ["name = ?", "name_folded = ?"]
      values += [.text(name), .text(fold(name))]
    }
    if let roleID {
      sets.append("role_id = ?")
      values.append(.integer(roleID))
    }
    guard !sets.isEmpty else { return }
    try db.run(
      "UPDATE users SET " + sets.joined(separator: ", ") + " WHERE id = ?",
      values + [.integer(id)])
  }

  static func deactivate(id: Int64, in db: Database) throws {
    try db.update("users", set: ["active": false], where: "id = ?", [.integer(id)])
  }
}

/// A user's stored PIN hash and the wrong PINs typed in a row.
struct UserPinRow: FetchableRow {
  let pin: String
  let failedAttempts: Int64

  init(row: Row) throws {
    pin = try row["pin"]
    failedAttempts = try row["failed_attempts"]
  }

  static func of(userID id: Int64, in db: Database) throws -> UserPinRow? {
    try db.fetchOne("SELECT pin, failed_attempts FROM users WHERE id = ?", [.integer(id)])
  }

  /// A new PIN, with the failures and any lock cleared.
  static func setPin(_ encoded: String, userID id: Int64, in db: Database) throws {
    try db.update(
      "users", set: ["pin": encoded, "failed_attempts": Int64.zero, "locked_until": SQLValue.null],
      where: "id = ?", [.integer(id)])
  }

  /// The count of wrong PINs and the lock (nil: not locked).
  static func setFailures(
    _ failures: Int64, lockedUntil: Int64?, userID id: Int64, in db: Database
  ) throws {
    try db.update(
      "users", set: ["failed_attempts": failures, "locked_until": lockedUntil], where: "id = ?",
      [.integer(id)])
  }
}

/// The lockout settings: wrong PINs in a row before a lock, and its length.
enum LoginLockout {
  static func attempts(in db: Database) throws -> Int64 {
    try db.scalarInt("SELECT value FROM settings WHERE key = 'usuarios.intentos'")
  }

  static func minutes(in db: Database) throws -> Int64 {
    try db.scalarInt("SELECT value FROM settings WHERE key = 'usuarios.bloqueo_minutos'")
  }
}
