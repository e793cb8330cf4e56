import Foundation
import Testing
import TiendaTestSupport

@testable import TiendaStore

/// `Database.captureChanges`: the preupdate hook records the key of every
/// row inserted, updated or deleted in the watched tables; the drain
/// function empties the log; rollbacks take back what they undo.
@Suite struct ChangeCaptureTests {
  let dir = TempDir()

  /// A file with a one-column key table, a two-column key table (WITHOUT
  /// ROWID, a text part), an unwatched table, and `log` where a trigger on
  /// `closing` drains the change log (as the journal's trigger does).
  func open() throws -> Database {
    let db = try Database(path: dir.file("c.db"))
    try db.createChangeDrain("drain_changes")
    try db.execute(
      """
      CREATE TABLE a(id INTEGER PRIMARY KEY, v TEXT) STRICT;
      CREATE TABLE b(k INTEGER NOT NULL, code TEXT NOT NULL, v INTEGER,
        PRIMARY KEY (k, code)) STRICT, WITHOUT ROWID;
      CREATE TABLE other(x INTEGER) STRICT;
      CREATE TABLE log(id INTEGER PRIMARY KEY, t TEXT, k1 ANY, k2 ANY) STRICT;
      CREATE TABLE closing(id INTEGER PRIMARY KEY) STRICT;
      CREATE TRIGGER closing_drains AFTER INSERT ON closing BEGIN
        INSERT INTO log(t, k1, k2)
          SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(drain_changes());
      END;
      """)
    db.captureChanges(
      [(name: "a", keyColumns: 1), (name: "b", keyColumns: 2), (name: "closing", keyColumns: 1)],
      flushSQL:
        "INSERT INTO log(t, k1, k2) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(drain_changes())"
    )
    return db
  }

  func log(_ db: Database) throws -> [String] {
    try db.query("SELECT t, quote(k1) AS k1, quote(k2) AS k2 FROM log ORDER BY id").map {
      [try $0.string("t"), try $0.string("k1"), try $0.string("k2")].joined(separator: " ")
    }
  }

  @Test func insertsUpdatesAndDeletesAreRecordedWithTheirKeys() throws {
    let db = try open()
    try db.write {
      try db.run("INSERT INTO a(id, v) VALUES (7, 'x')")
      try db.run("INSERT INTO b VALUES (3, 'iva \"19\" \\ ñ\t', 1)")
      try db.run("INSERT INTO other VALUES (1)")
      try db.run("UPDATE a SET v = 'y' WHERE id = 7")
      try db.run("UPDATE b SET k = 4 WHERE k = 3")
      try db.run("DELETE FROM a WHERE id = 7")
      try db.run("INSERT INTO closing DEFAULT VALUES")
    }
    #expect(
      try log(db) == [
        "a 7 NULL", "b 3 'iva \"19\" \\ ñ\t'", "a 7 NULL",
        // A key changed by an update: the new key, then the old one.
        "b 4 'iva \"19\" \\ ñ\t'", "b 3 'iva \"19\" \\ ñ\t'",
        "a 7 NULL", "closing 1 NULL",
      ])
  }

  @Test func aRollbackForgetsWhatItUndid() throws {
    let db = try open()
    try db.inTransaction {
      try db.run("INSERT INTO a(id) VALUES (1)")
      return .rollback
    }
    try db.write { try db.run("INSERT INTO closing DEFAULT VALUES") }
    #expect(try log(db) == ["closing 1 NULL"])
  }

  @Test func aSavepointRolledBackTakesBackItsRowsAndRestoresWhatItDrained() throws {
    let db = try open()
    try db.write {
      try db.run("INSERT INTO a(id) VALUES (1)")
      // Drains row 1 into `log`, then is rolled back: row 1 must come back.
      try db.inTransaction {
        try db.run("INSERT INTO a(id) VALUES (2)")
        try db.run("INSERT INTO closing DEFAULT VALUES")
        return .rollback
      }
      _ = try? db.inTransaction { () throws -> TransactionCompletion in
        try db.run("INSERT INTO a(id) VALUES (3)")
        struct Refused: Error {}
        throw Refused()
      }
      try db.run("INSERT INTO closing DEFAULT VALUES")
    }
    #expect(try log(db) == ["a 1 NULL", "closing 1 NULL"])
  }

  @Test func aWriteWithoutDrainIsFlushedBeforeItsCommit() throws {
    let db = try open()
    try db.write { try db.run("INSERT INTO b VALUES (1, 'exento', 0)") }
    #expect(try log(db) == ["b 1 'exento'"])
    // Nothing left over for the next write.
    try db.write { try db.run("INSERT INTO closing DEFAULT VALUES") }
    #expect(try log(db) == ["b 1 'exento'", "closing 1 NULL"])
  }

  @Test func theDrainIsEmptyWhenNothingIsWatched() throws {
    let db = try Database(path: dir.file("n.db"))
    try db.createChangeDrain("drain_changes")
    try db.execute("CREATE TABLE a(id INTEGER PRIMARY KEY) STRICT; INSERT INTO a VALUES (1);")
    #expect(try db.query("SELECT drain_changes() AS j").map { try $0.string("j") } == ["[]"])
  }
}
