import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// The open shop file itself, for the shell: where it is, whether a
/// transaction is open, closing it, and the practice copy. The connection
/// stays inside the core.
public struct OpenShopFile: ShopArea {
  let shop: Shop

  /// The file's path.
  public var path: String { db.path }
  /// Whether a transaction (`--atómico`, `--simular`, a write) is open.
  public var isInTransaction: Bool { db.isInTransaction }
  /// The SQLite handle, for `sqlite3_interrupt` from a signal handler (Ctrl-C).
  public var interruptHandle: OpaquePointer { db.rawHandle }

  /// Closes the connection (checkpointing the WAL). Idempotent.
  public func close() { db.close() }

  /// `modo práctica`: copies the shop with SQLite's online backup API into
  /// a new file at `path` (mode 0600, which must not exist) and opens the
  /// copy, with the same user and register, marked as practice.
  public func practiceCopy(at path: String) throws -> Shop {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw BackupError.cannotWrite(path, errno: errno) }
    Glibc.close(fd)
    let target = try Database(path: path)
    defer { target.close() }
    try target.restore(from: db)
    let copy = try Shop.open(path: path, clock: clock, createFolders: false)
    copy.actor = shop.actor
    copy.practice = true
    try copy.reloadState()
    return copy
  }
}

extension Shop {
  /// The open file (path, transaction state, closing, practice copy).
  public var file: OpenShopFile { OpenShopFile(shop: self) }
}
