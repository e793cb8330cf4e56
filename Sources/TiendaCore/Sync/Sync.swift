import TiendaStore

/// This file's identity in the chain of branches (DESIGN §8.15).
public struct BranchIdentity: Sendable, Equatable {
  /// Random, made when the file was created or migrated; unique across the chain.
  public let id: String
  public let name: String
}

/// Branches and the central server: identity, configuration, the central
/// schema and the push of the ledger (issue 23).
public struct Sync: ShopArea {
  let shop: Shop

  /// The branch this file is.
  public func branch() throws -> BranchIdentity {
    BranchIdentity(
      id: try SyncSettingsStore.value(db, SyncSettingsStore.Key.branchID) ?? "",
      name: try SyncSettingsStore.value(db, SyncSettingsStore.Key.branchName) ?? "")
  }

  /// The configured conninfo, if any.
  public func conninfo() throws -> String? {
    try SyncSettingsStore.value(db, SyncSettingsStore.Key.conninfo)
  }

  /// `configurar tienda sucursal "Feria Matta"`: the setting to write
  /// (inside `configurar tienda`'s one transaction).
  static func branchNameSetting(_ name: String) throws -> (String, String) {
    let trimmed = name.trimmingCharacters(in: " \t")
    guard !trimmed.isEmpty, trimmed.count <= NameRules.maximumLength else {
      throw SyncError.badBranchName
    }
    return (SyncSettingsStore.Key.branchName, trimmed)
  }

  /// `configurar central "<conninfo>"`: stored without any password.
  @discardableResult
  public func configureCentral(_ conninfo: String) throws -> Bool {
    let info = try CentralConninfo.validated(conninfo)
    let old = try self.conninfo()
    guard old != info else { return false }
    try mutate { journal in
      try SyncSettingsStore.set(db, SyncSettingsStore.Key.conninfo, info)
      journal.record(
        "central.configurar", entity: "central",
        before: old.map { .object([("conexión", .string($0))]) },
        after: .object([("conexión", .string(info))]))
    }
    return true
  }

  /// Opens a connection to the configured central server (loads libpq).
  func connect() throws -> PostgresConnection {
    guard !practice else { throw SyncError.notInThisMode }
    guard let info = try conninfo() else { throw SyncError.centralNotConfigured }
    do {
      return try PostgresConnection(conninfo: info)
    } catch {
      throw SyncError.postgres(error)
    }
  }

  /// `central preparar`: creates or migrates the central schema. Returns
  /// (version before, version after); safe to run again.
  public func prepareCentral() throws -> (before: Int, after: Int) {
    let connection = try connect()
    let shapes = try SyncTables.all.compactMap { try LocalTableShape.read(db, table: $0.name) }
    do {
      return try CentralSchema.prepare(connection, tables: shapes)
    } catch let error as PostgresError {
      throw SyncError.postgres(error)
    }
  }
}

/// Checks a libpq conninfo (`clave=valor …` or a `postgresql://` URI).
enum CentralConninfo {
  static func validated(_ text: String) throws -> String {
    let info = text.trimmingCharacters(in: " \t")
    guard !info.isEmpty else { throw SyncError.badConninfo(text) }
    if info.hasPrefix("postgresql://") || info.hasPrefix("postgres://") {
      // user:password@host in a URI
      let rest = info.drop(while: { $0 != "/" }).dropFirst(2)
      let authority = rest.prefix(while: { $0 != "/" && $0 != "?" })
      if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") {
        throw SyncError.passwordInConninfo
      }
      if info.lowercased().contains("password=") { throw SyncError.passwordInConninfo }
      return info
    }
    // key=value pairs separated by spaces; values may be quoted.
    for word in info.split(separator: " ") where !word.isEmpty {
      guard let equals = word.firstIndex(of: "=") else {
        // part of a quoted value; libpq checks the rest when it connects
        continue
      }
      let key = word[..<equals].lowercased()
      if key == "password" { throw SyncError.passwordInConninfo }
    }
    guard info.contains("=") else { throw SyncError.badConninfo(text) }
    return info
  }
}
