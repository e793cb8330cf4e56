import TiendaStore

/// This file's identity in the chain of branches (DESIGN §8.15).
public struct BranchIdentity: Sendable, Equatable {
  /// Random, made when the file was created or migrated; unique across the chain.
  public let id: String
  /// The name the chain sees: `sucursal.nombre`, else the shop's name,
  /// else «Sucursal» and the first 8 characters of the id (never empty).
  public let name: String
  /// Whether the name was given (`configurar tienda sucursal "…"`).
  public let named: Bool

  /// What tienda makes (`lower(hex(randomblob(16)))`): 32 digits 0-9, a-f.
  static func isWellFormed(_ id: String) -> Bool {
    id.utf8.count == 32
      && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}

/// Branches and the central server: identity, configuration, the central
/// schema and the push of the ledger (issue 23).
public struct Sync: ShopArea {
  let shop: Shop

  /// The branch this file is.
  public func branch() throws -> BranchIdentity {
    let id = try SyncSettingsStore.value(db, SyncSettingsStore.Key.branchID) ?? ""
    let given = try SyncSettingsStore.value(db, SyncSettingsStore.Key.branchName) ?? ""
    if !given.trimmingCharacters(in: " \t").isEmpty {
      return BranchIdentity(id: id, name: given, named: true)
    }
    // A shop created without a name (the migration copied an empty one),
    // or named later with `configurar tienda nombre`.
    let shopName = settings.name.trimmingCharacters(in: " \t")
    let name = shopName.isEmpty ? "Sucursal " + String(id.prefix(8)) : shopName
    return BranchIdentity(id: id, name: name, named: false)
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
    return try Self.open(info)
  }

  /// Connects with a stored conninfo (URI or pairs) plus `extra` options;
  /// a failed connection is classified (`PostgresFailure`), never libpq's
  /// English on screen.
  static func open(_ info: String, extra: String = "") throws -> PostgresConnection {
    var pairs = try CentralConninfo.keywordForm(info)
    // A server that accepts the connection and never answers would hold
    // cron (or the closing hook) forever: 10 s unless the user chose.
    if !CentralConninfo.setsTimeout(info) {
      pairs += " connect_timeout=\(CentralConninfo.defaultTimeout)"
    }
    do {
      let connection = try PostgresConnection(
        conninfo: extra.isEmpty ? pairs : pairs + " " + extra)
      // libpq prints the server's NOTICEs and WARNINGs on stderr, in the
      // server's language («WARNING: terminating connection due to
      // immediate shutdown command»): only errors, which tienda words.
      _ = try? connection.execute("SET client_min_messages = error")
      return connection
    } catch .connectionFailed(let message) {
      throw SyncError.cannotConnect(
        PostgresFailure.connection(message, configured: CentralConninfo.target(info)))
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
