import Foundation
import Testing
import TiendaTestSupport

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
    #expect(
      try db.query("SELECT s FROM w ORDER BY s COLLATE rev").map { $0.string(0) } == [
        "c", "b", "a",
      ])
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

@Suite struct StoreErrorTests {
  let dir = TempDir()

  @Test func fullDatabaseIsTypedAndRolledBack() throws {
    let db = try Database(path: dir.file("full.db"))
    try db.execute("CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('a');")
    let pages = try db.scalarInt("PRAGMA page_count")
    try db.execute("PRAGMA max_page_count = \(pages)")
    let big = String(repeating: "x", count: 20_000)
    do {
      try db.write {
        try db.run("INSERT INTO t VALUES ('b')")
        try db.run("INSERT INTO t VALUES (?)", [.text(big)])
      }
      Issue.record("expected SQLITE_FULL")
    } catch let error as StoreError {
      #expect(error.kind == .diskFull)
    }
    #expect(try db.scalarInt("SELECT count(*) FROM t") == 1)
  }

  @Test func lockedWriterGivesBusy() throws {
    let path = dir.file("busy.db")
    let a = try Database(path: path)
    try a.execute("PRAGMA journal_mode=WAL; CREATE TABLE t(x);")
    let b = try Database(path: path)
    b.setBusyTimeout(50)
    try a.execute("BEGIN IMMEDIATE")
    defer { try? a.execute("ROLLBACK") }
    do {
      try b.write { try b.run("INSERT INTO t VALUES (1)") }
      Issue.record("expected SQLITE_BUSY")
    } catch let error as StoreError {
      #expect(error.kind == .busy)
    }
  }

  @Test func corruptPagesAreTyped() throws {
    let path = dir.file("corrupt.db")
    do {
      let db = try Database(path: path)
      try db.execute("CREATE TABLE t(x TEXT)")
      for i in 0..<200 {
        try db.run(
          "INSERT INTO t VALUES (?)", [.text("fila \(i) " + String(repeating: "z", count: 100))])
      }
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seek(toOffset: 4096 * 2)
    handle.write(Data(repeating: 0x5A, count: 4096))
    try handle.close()
    let db = try Database(path: path)
    do {
      _ = try db.query("SELECT * FROM t")
      Issue.record("expected corruption")
    } catch let error as StoreError {
      #expect(error.kind == .corrupt)
    }
  }
}
