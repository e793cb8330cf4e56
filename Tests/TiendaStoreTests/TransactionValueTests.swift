import Foundation
import Testing
import TiendaTestSupport

@testable import TiendaStore

/// `Database.inTransaction`: commit or rollback as a value.
@Suite struct TransactionValueTests {
  let dir = TempDir()

  func open(_ name: String = "tx.db") throws -> Database {
    let db = try Database(path: dir.file(name))
    try db.execute("PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS t(x INTEGER) STRICT;")
    return db
  }

  func count(_ db: Database) throws -> Int64 { try db.scalarInt("SELECT count(*) FROM t") }

  @Test func commitKeepsAndRollbackDiscards() throws {
    let db = try open()
    let kept = try db.inTransaction {
      try db.run("INSERT INTO t VALUES (1)")
      #expect(db.isInTransaction)
      return .commit
    }
    #expect(kept == .commit)
    try db.inTransaction {
      try db.run("INSERT INTO t VALUES (2)")
      return .rollback
    }
    #expect(!db.isInTransaction)
    #expect(try count(db) == 1)
    // Another connection sees the committed row only.
    let other = try open()
    #expect(try count(other) == 1)
  }

  @Test func aThrowRollsBackAndIsRethrown() throws {
    let db = try open()
    struct Boom: Error {}
    #expect(throws: Boom.self) {
      try db.inTransaction {
        try db.run("INSERT INTO t VALUES (1)")
        throw Boom()
      }
    }
    #expect(!db.isInTransaction)
    #expect(try count(db) == 0)
  }

  @Test func nestedCallsAreSavepoints() throws {
    let db = try open()
    try db.inTransaction {
      try db.run("INSERT INTO t VALUES (1)")
      try db.inTransaction {
        try db.run("INSERT INTO t VALUES (2)")
        return .rollback
      }
      try db.write { try db.run("INSERT INTO t VALUES (3)") }
      #expect(db.isInTransaction)
      return .commit
    }
    #expect(try db.query("SELECT x FROM t ORDER BY x").map { $0.int(0) } == [1, 3])
  }

  @Test func aFailedCommitThrowsAndLeavesNothing() throws {
    let db = try open()
    try db.execute(
      """
      PRAGMA foreign_keys = ON;
      CREATE TABLE parent(id INTEGER PRIMARY KEY);
      CREATE TABLE child(parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);
      """)
    do {
      try db.inTransaction {
        try db.run("INSERT INTO t VALUES (1)")
        try db.run("INSERT INTO child VALUES (42)")  // checked only at COMMIT
        return .commit
      }
      Issue.record("expected the commit to fail")
    } catch let error as StoreError {
      #expect(error.kind == .constraint)
    }
    #expect(!db.isInTransaction)
    #expect(try count(db) == 0)
  }

  @Test func aBusyFileThrowsBeforeTheBodyRuns() throws {
    let db = try open()
    let other = try open()
    try other.execute("BEGIN IMMEDIATE")
    defer { try? other.execute("ROLLBACK") }
    db.setBusyTimeout(0)
    var ran = false
    do {
      try db.inTransaction {
        ran = true
        return .commit
      }
      Issue.record("expected busy")
    } catch let error as StoreError {
      #expect(error.kind == .busy)
    }
    #expect(!ran)
    #expect(!db.isInTransaction)
  }
}
