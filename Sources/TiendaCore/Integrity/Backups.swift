import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// `respaldar` and `restaurar`: copies of the shop file and going back to
/// one.
public struct Backups: ShopArea { let shop: Shop }

extension Shop {
  public var backups: Backups { Backups(shop: self) }
}

extension Backups {
  /// The shop file the copies are made from.
  public var filePath: String { db.path }

  /// `respaldar [archivo]`: a verified copy of the shop, by default next to
  /// the shop file and named with the shop's local date and time
  /// (`tienda-respaldo-2026-11-23-1405.db`). Returns the path written.
  public func backup(to path: String? = nil) throws -> String {
    let target = path ?? Database.siblingPath(of: db.path, label: "respaldo", stamp: stamp())
    try db.backup(to: target)
    return target
  }

  /// `restaurar archivo`: replaces the whole shop with a backup. Refused
  /// while another process has the shop open, inside a transaction, and
  /// for files that are not a healthy tienda shop. The current shop is
  /// first copied next to it (`tienda-antes-de-restaurar-….db`); the
  /// restored shop is migrated if it is older, and the restore is
  /// journaled in it. Returns the path of that copy.
  public func restore(from path: String) throws -> String {
    if Backups.samePath(path, db.path) { throw BackupError.sameFile }
    if db.isInTransaction { throw BackupError.insideTransaction }
    if Database.isOpenElsewhere(db.path) { throw BackupError.inUse(db.path) }
    return try Database.readingOnly(path) { source in
      let (id, version) = try source.read {
        (try source.applicationID(), try source.userVersion())
      }
      guard id == Schema.applicationID else {
        throw StoreError(kind: .notTiendaFile, message: path)
      }
      let supported = Schema.migrations.map(\.version).max() ?? 0
      guard version <= supported else {
        throw StoreError(kind: .newerVersion(found: version, supported: supported))
      }
      guard try FileChecks.integrity(source) == ["ok"] else {
        throw BackupError.sourceDamaged(path)
      }
      let copy = Database.siblingPath(of: db.path, label: "antes-de-restaurar", stamp: stamp())
      try replace(with: source, from: path, keepingCopyAt: copy)
      return copy
    }
  }

  private func replace(with source: Database, from path: String, keepingCopyAt copy: String)
    throws
  {
    try db.backup(to: copy)
    try SyncOutbox.keepKeysBeforeRestore(db)
    defer { SyncOutbox.dropKeptKeys(db) }
    try db.restore(from: source)
    try db.migrate(Schema.migrations, applicationID: Schema.applicationID)
    try shop.reloadState()
    try mutate { journal in
      try SyncOutbox.restored(shop, at: clock.now())
      journal.record(
        "tienda.restaurar", entity: "tienda",
        after: .object([("desde", .string(path)), ("copia_anterior", .string(copy))]))
    }
  }

  /// `2026-11-23-1405` in the shop's zone, from the shop's clock.
  func stamp() -> String {
    let now = LocalTime.components(clock.now())
    func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
    return now.date.iso + "-" + two(now.hour) + two(now.minute)
  }

  /// Whether two paths name the same file (symlinks and `./` resolved).
  static func samePath(_ a: String, _ b: String) -> Bool {
    guard let x = realpath(a, nil) else { return false }
    defer { free(x) }
    guard let y = realpath(b, nil) else { return false }
    defer { free(y) }
    return String(cString: x) == String(cString: y)
  }
}

extension Shop {
  /// After the file's content changed under this connection: settings,
  /// the register and the user are read again. A user the restored shop
  /// does not know is logged out.
  public func reloadState() throws {
    settings = try db.read { try ShopSettings.load(db) }
    LocalTime.use(zone: settings.effectiveZone)
    let register =
      try ReloadQueries.activeRegister(db, id: actor.registerID)
      ?? CashRegister.register(db, id: settings.defaultRegisterID)
    actor.registerID = register.id
    actor.registerName = register.name
    if let name = actor.userName {
      let userID = try ReloadQueries.activeUserID(db, folded: fold(name))
      actor.userID = userID
      if userID == nil { actor.userName = nil }
    }
  }
}
