import TiendaStore

/// The `settings` table (key → text value).
enum SettingsStore {
  static func values(_ db: Database) throws -> [String: String] {
    var values: [String: String] = [:]
    for row in try db.query("SELECT key, value FROM settings") {
      values[try row.string("key")] = try row.string("value")
    }
    return values
  }

  /// Every setting and every register (a handful), one row each: a row
  /// is either a setting (`key`, `value`) or a register (`id`, `name`).
  /// Read along with the file's probe when the shop opens.
  /// The earliest dated price change not applied yet comes as one more
  /// setting (`PriceChangeRow.pendingSetting`), so opening knows whether
  /// any is due without another statement.
  static let settingsAndRegisters = """
    SELECT key, value, NULL AS id, NULL AS name FROM settings
    UNION ALL SELECT NULL, NULL, id, name FROM registers
    UNION ALL
    """ + " " + PriceChangeRow.pendingSetting + " UNION ALL " + DueRecurrenceRow.pendingSetting

  static func valuesAndRegisters(_ db: Database) throws -> ([String: String], [Register]) {
    try valuesAndRegisters(rows: db.query(settingsAndRegisters))
  }

  static func valuesAndRegisters(rows: [Row]) throws -> ([String: String], [Register]) {
    var values: [String: String] = [:]
    var registers: [Register] = []
    for row in rows {
      if let id = try row.optionalInt("id") {
        registers.append(Register(id: id, name: try row.string("name")))
      } else if let key = try row.optionalString("key") {
        values[key] = try row.string("value")
      }
    }
    return (values, registers)
  }

  static func value(_ db: Database, key: String) throws -> String? {
    try db.queryFirst("SELECT value FROM settings WHERE key = ?", [.text(key)])?.string("value")
  }

  static func set(_ db: Database, key: String, value: String) throws {
    try db.run(
      "INSERT INTO settings(key, value) VALUES (?, ?) "
        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      [.text(key), .text(value)])
  }

  static func remove(_ db: Database, key: String) throws {
    try db.run("DELETE FROM settings WHERE key = ?", [.text(key)])
  }
}
