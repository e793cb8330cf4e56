import Foundation
import Testing

@testable import TiendaStore

@Suite struct DatabaseTests {
  let dir = TempDir()

  func open(_ name: String = "t.db") throws -> Database {
    let db = try Database(path: dir.file(name))
    try db.execute("PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS t(x INTEGER) STRICT;")
    return db
  }

  @Test func writeCommitsAndRollsBackOnThrow() throws {
    let db = try open()
    try db.write { try db.run("INSERT INTO t VALUES (?)", [.integer(1)]) }
    struct Boom: Error {}
    #expect(throws: Boom.self) {
      try db.write {
        try db.run("INSERT INTO t VALUES (?)", [.integer(2)])
        throw Boom()
      }
    }
    #expect(try db.scalarInt("SELECT count(*) FROM t") == 1)
    #expect(!db.isInTransaction)
  }

  @Test func nestedWritesAreSavepoints() throws {
    let db = try open()
    struct Boom: Error {}
    try db.write {
      try db.run("INSERT INTO t VALUES (1)")
      try? db.write {
        try db.run("INSERT INTO t VALUES (2)")
        throw Boom()
      }
      try db.run("INSERT INTO t VALUES (3)")
    }
    #expect(try db.query("SELECT x FROM t ORDER BY x").map { $0.int(0) } == [1, 3])
  }

  @Test func statementsAreCached() throws {
    let db = try open()
    for i in 0..<50 { try db.run("INSERT INTO t VALUES (?)", [.integer(Int64(i))]) }
    let before = db.cachedStatementCount
    for i in 0..<50 { try db.run("INSERT INTO t VALUES (?)", [.integer(Int64(i))]) }
    #expect(db.cachedStatementCount == before)
  }

  @Test func typedErrors() throws {
    let db = try open()
    try db.execute("CREATE TABLE u(k TEXT PRIMARY KEY) STRICT")
    try db.run("INSERT INTO u VALUES (?)", [.text("secreto-1234")])
    do {
      try db.run("INSERT INTO u VALUES (?)", [.text("secreto-1234")])
      Issue.record("expected a constraint error")
    } catch let error as StoreError {
      #expect(error.kind == .constraint)
      #expect(!error.description.contains("secreto"))  // bound values stay hidden
    }
  }

  @Test func readOnlyConnectionGivesReadOnlyError() throws {
    let path = dir.file("ro.db")
    do {
      let db = try Database(path: path)
      try db.execute("CREATE TABLE t(x INTEGER)")
    }
    let db = try Database(path: path, readOnly: true)
    do {
      try db.run("INSERT INTO t VALUES (1)")
      Issue.record("expected read-only")
    } catch let error as StoreError {
      #expect(error.kind == .readOnly)
    }
  }

  @Test func functionsAndCollations() throws {
    let db = try open()
    try db.createFunction("up") { $0.uppercased() }
    try db.createCollation("rev") { a, b in a == b ? 0 : (a < b ? 1 : -1) }
    #expect(try db.queryFirst("SELECT up('ñandú')")?.string(0) == "ÑANDÚ")
    try db.execute("CREATE TABLE w(s TEXT); INSERT INTO w VALUES ('a'),('c'),('b');")
    #expect(try db.query("SELECT s FROM w ORDER BY s COLLATE rev").map { $0.string(0) } == ["c", "b", "a"])
  }

  /// Two connections (as two terminals would) writing read-then-write
  /// transactions concurrently: with BEGIN IMMEDIATE none fails.
  @Test func twoConnectionsWriteWithoutBusyErrors() throws {
    let path = dir.file("two.db")
    do {
      let db = try Database(path: path)
      try db.execute(
        "PRAGMA journal_mode=WAL; CREATE TABLE c(id INTEGER PRIMARY KEY, n INTEGER NOT NULL); INSERT INTO c VALUES (1, 0);"
      )
    }
    let rounds = 200
    let failures = LockedCounter()
    let group = DispatchGroup()
    for _ in 0..<2 {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        guard let db = try? Database(path: path) else {
          failures.add()
          return
        }
        db.setBusyTimeout(5000)
        for _ in 0..<rounds {
          do {
            try db.write {
              let n = try db.scalarInt("SELECT n FROM c WHERE id = 1")
              try db.run("UPDATE c SET n = ? WHERE id = 1", [.integer(n + 1)])
            }
          } catch {
            failures.add()
          }
        }
      }
    }
    group.wait()
    let db = try Database(path: path)
    #expect(failures.value == 0)
    #expect(try db.scalarInt("SELECT n FROM c") == Int64(2 * rounds))
  }
}

final class LockedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
