import TiendaStore

/// The sync settings in the shop file (table `settings`).
enum SyncSettingsStore {
  enum Key {
    static let branchID = "sucursal.id"
    static let branchName = "sucursal.nombre"
    static let conninfo = "central.conexión"
  }

  static func value(_ db: Database, _ key: String) throws -> String? {
    try SettingsStore.value(db, key: key)
  }

  static func set(_ db: Database, _ key: String, _ value: String) throws {
    try SettingsStore.set(db, key: key, value: value)
  }
}
