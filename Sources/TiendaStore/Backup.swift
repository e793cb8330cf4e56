import CSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// Why a backup or a restore was refused; the shell words it in Spanish.
public enum BackupError: Error, Equatable {
  /// A transaction is open on this connection (an atomic script).
  case insideTransaction
  /// The backup file already exists: backups never overwrite.
  case alreadyExists(String)
  /// The file system refused to create or write the file.
  case cannotWrite(String, errno: Int32)
  /// The new copy failed its integrity check (it was deleted).
  case copyDamaged(String)
  /// The file to restore cannot be read.
  case cannotRead(String, errno: Int32)
  /// The file to restore is damaged.
  case sourceDamaged(String)
  /// The file to restore is the shop file itself.
  case sameFile
  /// Another process has the shop file open.
  case inUse(String)
}

extension Database {
  /// Writes a consistent copy of the whole database to `path` with
  /// `VACUUM INTO` (safe while other processes read and write), as a
  /// single self-contained file (no WAL) with mode 0600, synced to disk and
  /// checked with `PRAGMA integrity_check` before it takes its name. Never
  /// overwrites a file; leaves nothing behind when it fails.
  public func backup(to path: String) throws {
    if isInTransaction { throw BackupError.insideTransaction }
    if access(path, F_OK) == 0 { throw BackupError.alreadyExists(path) }
    let temporary = path + ".tienda-tmp-" + String(getpid())
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw BackupError.cannotWrite(path, errno: errno) }
    fchmod(fd, 0o600)
    Glibc.close(fd)
    do {
      // An existing empty file is accepted by VACUUM INTO and keeps its mode.
      try run("VACUUM INTO ?", [.text(temporary)])
      try Database.verify(temporary, damaged: BackupError.copyDamaged(path))
      try Database.sync(temporary, reportingAs: path)
      guard rename(temporary, path) == 0 else {
        throw BackupError.cannotWrite(path, errno: errno)
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Replaces everything in this database with the content of the file at
  /// `source`, through SQLite's online backup API: one write transaction,
  /// so other connections see the old or the new shop, never a mix.
  public func restore(from source: Database) throws {
    if isInTransaction { throw BackupError.insideTransaction }
    guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else {
      throw error(code: sqlite3_extended_errcode(handle), sql: nil)
    }
    let step = sqlite3_backup_step(backup, -1)
    let finish = sqlite3_backup_finish(backup)
    if step != SQLITE_DONE { throw StoreError(code: step, message: "backup step") }
    if finish != SQLITE_OK { throw error(code: finish, sql: nil) }
  }

  /// Opens `path` on its own and runs `PRAGMA integrity_check`; throws
  /// `damaged` unless it says ok.
  public static func verify(_ path: String, damaged: Error) throws {
    let copy = try Database(path: path, create: false)
    defer { copy.close() }
    let result = (try? copy.query("PRAGMA integrity_check").map { $0.string(0) }) ?? []
    if result != ["ok"] { throw damaged }
  }

  /// `fsync` of a file, so a backup survives a power cut right after.
  static func sync(_ path: String, reportingAs name: String) throws {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw BackupError.cannotWrite(name, errno: errno) }
    defer { Glibc.close(fd) }
    if fsync(fd) != 0 { throw BackupError.cannotWrite(name, errno: errno) }
  }

  /// A file name next to `path` that does not exist yet:
  /// `tienda.db` → `tienda-<label>-2026-11-23-1405.db` (then `-2`, `-3`…).
  public static func siblingPath(of path: String, label: String, stamp: String) -> String {
    var stem = path
    var ext = ""
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      ext = String(name[dot...])
      stem = String(path.dropLast(ext.count))
    }
    let base = stem + "-" + label + "-" + stamp
    var candidate = base + ext
    var n = 2
    while access(candidate, F_OK) == 0 {
      candidate = base + "-" + String(n) + ext
      n += 1
    }
    return candidate
  }

  /// `2026-11-23-1405` for the system's local time now.
  static func localStamp() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0" + String(n) : String(n) }
    return String(parts.tm_year + 1900) + "-" + two(parts.tm_mon + 1) + "-" + two(parts.tm_mday)
      + "-" + two(parts.tm_hour) + two(parts.tm_min)
  }

  /// Opens a file to read only (a backup to restore) and runs `body`;
  /// the `-wal` and `-shm` files SQLite may create for it are removed
  /// afterwards when they were not there before.
  public static func readingOnly<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    guard access(path, R_OK) == 0 else { throw BackupError.cannotRead(path, errno: errno) }
    let companions: [String] = [path + "-wal", path + "-shm"].filter { access($0, F_OK) != 0 }
    defer {
      for file in companions { unlink(file) }
    }
    let source = try Database(path: path, create: false, readOnly: true)
    defer { source.close() }
    return try body(source)
  }

  /// Whether a process other than this one has the SQLite file at `path`
  /// open: every connection to a WAL database holds a shared lock on the
  /// "dead man switch" byte of the `-shm` file (byte 128 in SQLite's unix
  /// VFS) while it is open. The kernel lists every lock in `/proc/locks`.
  ///
  /// The `-shm` file is never opened here: closing any descriptor of a
  /// file drops all of this process's POSIX locks on it, SQLite's included.
  public static func isOpenElsewhere(_ path: String) -> Bool {
    var info = stat()
    guard stat(path + "-shm", &info) == 0 else { return false }
    guard let file = fopen("/proc/locks", "r") else { return false }
    defer { fclose(file) }
    let dev = UInt64(info.st_dev)
    let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~UInt64(0xfff))
    let minor = (dev & 0xff) | ((dev >> 12) & ~UInt64(0xff))
    let me = String(getpid())
    var line = [CChar](repeating: 0, count: 512)
    while fgets(&line, Int32(line.count), file) != nil {
      // `3: POSIX  ADVISORY  READ 1234 fd:01:5678 128 128` (`->` marks a waiter).
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let fields = text.split(separator: " ").filter { $0 != "->" }
      guard fields.count >= 8, fields[1] == "POSIX" || fields[1] == "OFDLCK" else { continue }
      let place = fields[5].split(separator: ":")
      guard place.count == 3, UInt64(place[2]) == UInt64(info.st_ino),
        UInt64(place[0], radix: 16) == major, UInt64(place[1], radix: 16) == minor,
        fields[4] != me
      else { continue }
      let start = UInt64(fields[6]) ?? 0
      let end =
        fields[7].hasPrefix("EOF") ? UInt64.max : (UInt64(fields[7].prefix { $0.isNumber }) ?? 0)
      if start <= 128 && 128 <= end { return true }
    }
    return false
  }
}
