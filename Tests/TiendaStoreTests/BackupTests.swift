import Foundation
import Testing
import TiendaTestSupport

@testable import TiendaStore

/// `VACUUM INTO` copies, the online backup API, the lock probe, and the
/// copy migrations make before changing a file that has data.
@Suite struct BackupTests {
  let dir = TempDir()
  let appID: Int32 = 0x1234_5678
  let migrations = [
    Migration(version: 1, sql: "CREATE TABLE a(x INTEGER) STRICT;"),
    Migration(version: 2, sql: "CREATE TABLE b(y INTEGER) STRICT;"),
  ]

  func mode(_ path: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
  }

  func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
  }

  @Test func backupIsOneVerifiedFileWithMode0600() throws {
    let db = try ShopFile.open(path: dir.file("t.db"), applicationID: appID, migrations: migrations)
    try db.write { try db.run("INSERT INTO a VALUES (1), (2)") }
    let copy = dir.file("copia.db")
    try db.backup(to: copy)
    #expect(try mode(copy) == 0o600)
    #expect(try files() == ["copia.db", "t.db", "t.db-shm", "t.db-wal"])
    let reopened = try Database(path: copy, create: false)
    #expect(try reopened.scalarInt("SELECT sum(x) FROM a") == 3)
    #expect(try reopened.applicationID() == appID)
    #expect(try reopened.userVersion() == 2)
    #expect(try reopened.queryFirst("PRAGMA journal_mode")?.string(0) == "delete")
  }

  @Test func backupNeverOverwritesAndRefusesInsideATransaction() throws {
    let db = try ShopFile.open(path: dir.file("t.db"), applicationID: appID, migrations: migrations)
    let existing = dir.file("ya.db")
    try Data("no tocar".utf8).write(to: URL(fileURLWithPath: existing))
    #expect(throws: BackupError.alreadyExists(existing)) { try db.backup(to: existing) }
    #expect(FileManager.default.contents(atPath: existing) == Data("no tocar".utf8))
    #expect(throws: BackupError.insideTransaction) {
      try db.write { try db.backup(to: dir.file("dentro.db")) }
    }
    #expect(throws: BackupError.self) { try db.backup(to: dir.file("no/existe/x.db")) }
    #expect(try files() == ["t.db", "t.db-shm", "t.db-wal", "ya.db"])
  }

  @Test func restoreReplacesTheContentInPlace() throws {
    let db = try ShopFile.open(path: dir.file("t.db"), applicationID: appID, migrations: migrations)
    try db.write { try db.run("INSERT INTO a VALUES (1)") }
    try db.backup(to: dir.file("r.db"))
    try db.write { try db.run("INSERT INTO a VALUES (10), (20)") }
    let source = try Database(path: dir.file("r.db"), create: false, readOnly: true)
    try db.restore(from: source)
    #expect(try db.scalarInt("SELECT sum(x) FROM a") == 1)
    #expect(try db.queryFirst("PRAGMA journal_mode")?.string(0) == "wal")
    #expect(try db.query("PRAGMA integrity_check").map { $0.string(0) } == ["ok"])
  }

  @Test func lockProbeSeesOnlyOtherProcesses() throws {
    let path = dir.file("t.db")
    let db = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
    /// This process's locks on this test's `-shm` file (other tests run
    /// in the same process at the same time, on other files).
    func ownLocks() throws -> Int {
      let pid = Substring(String(ProcessInfo.processInfo.processIdentifier))
      let inode =
        try FileManager.default.attributesOfItem(atPath: path + "-shm")[
          .systemFileNumber] as? UInt64
      let suffix = Substring(":" + String(inode ?? 0))
      return try String(contentsOfFile: "/proc/locks", encoding: .utf8)
        .split(separator: "\n").map { $0.split(separator: " ") }
        .filter { $0.contains(pid) && $0.contains { $0.hasSuffix(suffix) } }.count
    }
    _ = try db.scalarInt("SELECT count(*) FROM a")
    let locks = try ownLocks()
    #expect(locks > 0)
    #expect(!Database.isOpenElsewhere(path), "our own connection does not count")
    #expect(try ownLocks() == locks, "probing must not drop SQLite's own locks")
    let other = Process()
    other.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    other.arguments = [path]
    let input = Pipe()
    let output = Pipe()
    other.standardInput = input
    other.standardOutput = output
    try other.run()
    input.fileHandleForWriting.write(Data("SELECT count(*) FROM a;\n".utf8))
    _ = output.fileHandleForReading.availableData  // the answer: it has the file open
    #expect(Database.isOpenElsewhere(path))
    try input.fileHandleForWriting.close()
    other.waitUntilExit()
    #expect(!Database.isOpenElsewhere(path))
    _ = db
  }

  @Test func migratingAFileWithDataBacksItUpFirst() throws {
    let path = dir.file("tienda.db")
    do {
      let db = try ShopFile.open(
        path: path, applicationID: appID, migrations: Array(migrations.prefix(1)))
      try db.write { try db.run("INSERT INTO a VALUES (7)") }
    }
    // Re-opening with the same migrations changes nothing: no copy.
    _ = try ShopFile.open(path: path, applicationID: appID, migrations: Array(migrations.prefix(1)))
    #expect(try files().filter { $0.contains("antes") }.isEmpty)
    let db = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
    #expect(try db.userVersion() == 2)
    let copies = try files().filter { $0.hasPrefix("tienda-antes-de-v2-") && $0.hasSuffix(".db") }
    #expect(copies.count == 1)
    let copy = dir.file(copies[0])
    #expect(try mode(copy) == 0o600)
    let old = try Database(path: copy, create: false)
    #expect(try old.userVersion() == 1)
    #expect(try old.scalarInt("SELECT x FROM a") == 7)
    #expect(try old.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'b'") == 0)
  }

  @Test func aNewFileIsNotBackedUp() throws {
    _ = try ShopFile.open(path: dir.file("n.db"), applicationID: appID, migrations: migrations)
    #expect(try files().allSatisfy { !$0.contains("antes") })
  }

  @Test func siblingNamesNeverCollide() throws {
    let path = dir.file("tienda.db")
    let first = Database.siblingPath(of: path, label: "respaldo", stamp: "2026-11-23-1000")
    #expect(first == dir.file("tienda-respaldo-2026-11-23-1000.db"))
    _ = FileManager.default.createFile(atPath: first, contents: Data())
    #expect(
      Database.siblingPath(of: path, label: "respaldo", stamp: "2026-11-23-1000")
        == dir.file("tienda-respaldo-2026-11-23-1000-2.db"))
    #expect(Database.siblingPath(of: "sin-ext", label: "x", stamp: "s") == "sin-ext-x-s")
  }
}
