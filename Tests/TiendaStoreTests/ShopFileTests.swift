import Foundation
import Testing
import TiendaTestSupport

@testable import TiendaStore

@Suite struct ShopFileTests {
  let dir = TempDir()
  let appID: Int32 = 0x1234_5678
  let migrations = [
    Migration(version: 1, sql: "CREATE TABLE a(x INTEGER) STRICT;"),
    Migration(version: 2, sql: "CREATE TABLE b(y INTEGER) STRICT;"),
  ]

  @Test func createsFileWithMode0600AndMigrates() throws {
    let path = dir.file("sub/dir/shop.db")
    let db = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
    #expect(try db.userVersion() == 2)
    #expect(try db.applicationID() == appID)
    #expect(try db.queryFirst("PRAGMA journal_mode")?.string(0) == "wal")
    #expect(try db.scalarInt("PRAGMA foreign_keys") == 1)
    #expect(try db.scalarInt("PRAGMA synchronous") == 2)  // FULL
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }

  @Test func migratesOnlyNewSteps() throws {
    let path = dir.file("m.db")
    _ = try ShopFile.open(path: path, applicationID: appID, migrations: Array(migrations.prefix(1)))
    let db = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
    #expect(try db.userVersion() == 2)
    #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('a','b')") == 2)
  }

  @Test func failedMigrationLeavesVersionUnchanged() throws {
    let path = dir.file("f.db")
    _ = try ShopFile.open(path: path, applicationID: appID, migrations: Array(migrations.prefix(1)))
    let bad =
      migrations.prefix(1) + [Migration(version: 2, sql: "CREATE TABLE c(x); SELECT nope();")]
    #expect(throws: StoreError.self) {
      _ = try ShopFile.open(path: path, applicationID: appID, migrations: Array(bad))
    }
    let db = try Database(path: path)
    #expect(try db.userVersion() == 1)
    #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'c'") == 0)
  }

  func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path)! }

  @Test func refusesNewerFileUntouched() throws {
    let path = dir.file("new.db")
    do {
      let db = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
      try db.execute("PRAGMA user_version = 9")
      try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }
    let before = bytes(path)
    do {
      _ = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
      Issue.record("expected refusal")
    } catch let error as StoreError {
      #expect(error.kind == .newerVersion(found: 9, supported: 2))
    }
    #expect(bytes(path) == before)
  }

  @Test func refusesForeignFilesUntouched() throws {
    let text = dir.file("notes.txt")
    try "hola, esto no es una base\n".write(toFile: text, atomically: true, encoding: .utf8)
    let other = dir.file("other.db")
    do {
      let db = try Database(path: other)
      try db.execute("CREATE TABLE clientes(x)")
    }
    for path in [text, other] {
      let before = bytes(path)
      do {
        _ = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
        Issue.record("expected refusal of \(path)")
      } catch let error as StoreError {
        #expect(error.kind == .notTiendaFile)
      }
      #expect(bytes(path) == before)
      #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
  }

  @Test func adoptsEmptyFile() throws {
    let path = dir.file("empty.db")
    _ = FileManager.default.createFile(atPath: path, contents: Data())
    let db = try ShopFile.open(path: path, applicationID: appID, migrations: migrations)
    #expect(try db.userVersion() == 2)
  }
}
