#if canImport(Glibc)
  import Glibc
#endif

/// Opens the one SQLite file that holds a shop, refusing files that are not
/// tienda's or that a newer tienda wrote, and leaving those untouched.
///
/// ```swift
/// let db = try ShopFile.open(path: path, applicationID: 0x7469_656E, migrations: schema)
/// ```
public enum ShopFile {
  public static func open(
    path: String, applicationID: Int32, migrations: [Migration], createFolders: Bool = true,
    configure: (Database) throws -> Void = { _ in }
  ) throws -> Database {
    try open(
      path: path, applicationID: applicationID, migrations: migrations,
      createFolders: createFolders, configure: configure, firstRead: nil
    ).db
  }

  /// The same, also running `firstRead` (a SELECT over the shop's own
  /// tables) in the statement that probes the file (DESIGN §8.21: opening
  /// costs few statements). Its rows come back when the file was already
  /// at the current version; nil for a new, empty or migrated file (read
  /// them after opening).
  public static func open(
    path: String, applicationID: Int32, migrations: [Migration], createFolders: Bool = true,
    configure: (Database) throws -> Void = { _ in }, firstRead: String?
  ) throws -> (db: Database, rows: [Row]?) {
    let supported = migrations.map(\.version).max() ?? 0
    let created = try createIfMissing(path, createFolders: createFolders)
    let db: Database
    do {
      db = try Database(path: path, create: false)
    } catch let error as StoreError {
      throw error
    }
    db.setBusyTimeout(5000)
    // Foreign keys through the C API: the same as `PRAGMA foreign_keys = ON`
    // without a statement.
    guard db.enableForeignKeys() else {
      throw StoreError(kind: .cannotOpen, message: "foreign_keys")
    }
    // Functions and collations first (no statement): the first read may
    // touch an index that sorts with them.
    try configure(db)
    var version = 0
    var mode = ""
    var rows: [Row]?
    if !created {
      let probe: FileProbe
      do {
        (probe, rows) = try FileProbe.read(db, along: firstRead)
      } catch let error as StoreError where error.kind == .notADatabase {
        throw StoreError(kind: .notTiendaFile, code: error.code, message: error.message)
      }
      let emptyFile = probe.applicationID == 0 && probe.version == 0 && probe.tables == 0
      // Only a regular file: `--db /dev/null` as root made /dev/null 0600
      // for the whole machine (PostgreSQL's initdb then failed).
      var info = stat()
      if emptyFile, stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
        chmod(path, 0o600)
      }
      if !emptyFile && probe.applicationID != applicationID {
        throw StoreError(kind: .notTiendaFile, message: "application_id \(probe.applicationID)")
      }
      if probe.version > supported {
        throw StoreError(kind: .newerVersion(found: probe.version, supported: supported))
      }
      version = probe.version
      mode = probe.journalMode
    }
    // WAL is kept in the file: set only on a file that is not WAL yet.
    if mode.lowercased() != "wal" {
      mode = try db.queryFirst("PRAGMA journal_mode = WAL")?.string(0) ?? ""
      if mode.lowercased() != "wal" {
        throw StoreError(kind: .readOnly, message: "journal_mode \(mode)")
      }
    }
    // synchronous = FULL also in WAL mode (the build's default on Debian:
    // set only when the linked SQLite defaults to less). temp_store =
    // MEMORY: a savepoint's sub-journal (each command of an atomic script,
    // a nested write) stays in memory; set before the first savepoint.
    if !Database.defaultSynchronousIsFull { try db.execute("PRAGMA synchronous = FULL") }
    db.savepointsInMemory = true
    if version < supported {
      try backUpBeforeMigrating(db, supported: supported)
      try db.migrate(migrations, applicationID: applicationID)
      rows = nil
    }
    return (db, rows)
  }

  /// Before migrations change the schema of a file that has data, a copy
  /// of it as it was goes next to it (`tienda-antes-de-v5-2026-11-23-1405.db`).
  /// If the copy cannot be made, nothing is migrated.
  static func backUpBeforeMigrating(_ db: Database, supported: Int) throws {
    let (version, tables) = try db.read {
      (try db.userVersion(), try db.scalarInt("SELECT count(*) FROM sqlite_schema"))
    }
    guard version > 0, version < supported, tables > 0 else { return }
    let path = Database.siblingPath(
      of: db.path, label: "antes-de-v\(supported)", stamp: Database.localStamp())
    try db.backup(to: path)
  }

  /// Creates the parent folder (0700) and an empty file with mode 0600.
  /// Returns true when the file did not exist.
  static func createIfMissing(_ path: String, createFolders: Bool) throws -> Bool {
    if access(path, F_OK) == 0 { return false }
    if createFolders { try makeDirectories(parentOf: path) }
    let fd = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if fd < 0 {
      let code = errno
      if code == EEXIST { return false }
      throw StoreError(kind: .cannotOpen, message: path, systemErrno: code)
    }
    fchmod(fd, 0o600)
    close(fd)
    return true
  }

  /// `mkdir -p` for the folder that holds `path`, new folders with mode 0700.
  public static func makeDirectories(parentOf path: String) throws {
    guard let slash = path.lastIndex(of: "/") else { return }
    let dir = String(path[..<slash])
    if dir.isEmpty { return }
    try makeDirectories(dir)
  }

  public static func makeDirectories(_ dir: String) throws {
    if access(dir, F_OK) == 0 { return }
    try makeDirectories(parentOf: dir)
    if mkdir(dir, 0o700) != 0 && errno != EEXIST {
      throw StoreError(kind: .cannotOpen, message: dir, systemErrno: errno)
    }
  }
}
