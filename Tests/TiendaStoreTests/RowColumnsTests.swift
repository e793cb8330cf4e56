import Foundation
import Testing
import TiendaTestSupport

@testable import TiendaStore

/// Rows read by column name, row types and the insert/update helpers.
@Suite struct RowColumnsTests {
  let dir = TempDir()

  func open() throws -> Database {
    let db = try Database(path: dir.file("rows.db"))
    try db.execute(
      """
      CREATE TABLE sales(id INTEGER PRIMARY KEY, total INTEGER NOT NULL, note TEXT,
        paid INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'abierta', data BLOB);
      INSERT INTO sales(id, total, note, paid, state, data) VALUES
        (1, 1500, NULL, 1, 'cerrada', x'0102'), (2, 250, 'fiado', 0, 'abierta', NULL);
      """)
    return db
  }

  enum SaleState: String {
    case open = "abierta"
    case closed = "cerrada"
  }

  struct SaleRow: FetchableRow, Equatable {
    let id: Int64
    let total: Int64
    let note: String?
    let paid: Bool
    init(id: Int64, total: Int64, note: String?, paid: Bool) {
      (self.id, self.total, self.note, self.paid) = (id, total, note, paid)
    }
    init(row: Row) throws {
      id = try row["id"]
      total = try row["total"]
      note = try row["note"]
      paid = try row["paid"]
    }
  }

  @Test func readsColumnsByNameWithTheTypeAskedFor() throws {
    let db = try open()
    let rows = try db.query(
      "SELECT note, id, total AS Total, paid, state, data FROM sales ORDER BY id")
    let first = rows[0]
    let total: Int64 = try first["total"]  // case-insensitive fallback on `Total`
    let note: String? = try first["note"]
    let noteText: String = try first["note"]
    let count: Int = try first["id"]
    #expect(total == 1500)
    #expect(note == nil)
    #expect(noteText == "")
    #expect(count == 1)
    #expect(try first.int("Total") == 1500)
    #expect(try first.optionalInt("note") == nil)
    #expect(try first.string("state") == "cerrada")
    #expect(try first.bool("paid"))
    #expect(try first.blob("data") == [1, 2])
    #expect(try rows[1].optionalBlob("data") == nil)
    #expect(try rows[1].optionalString("note") == "fiado")
    #expect(try first.enumValue("state") as SaleState == .closed)
    #expect(try first.optionalEnumValue("note") as SaleState? == nil)
    #expect(try rows[1].optionalEnumValue("state") as SaleState? == .open)
    // The positional accessors still read the same values.
    #expect(first.int(2) == 1500)
    #expect(first.optionalString(0) == nil)
  }

  @Test func aMissingColumnThrowsNamingItAndTheSQL() throws {
    let db = try open()
    let row = try #require(try db.queryFirst("SELECT id, total FROM sales"))
    do {
      let _: Int64 = try row["totl"]
      Issue.record("expected an error")
    } catch let error as StoreError {
      #expect(error.kind == .other)
      #expect(error.message.contains("\"totl\""))
      #expect(error.message.contains("id, total"))
      #expect(error.sql == "SELECT id, total FROM sales")
    }
    #expect(!row.hasColumn("note"))
    #expect(throws: StoreError.self) { try row.enumValue("total") as SaleState }
  }

  @Test func rowsOfOneStatementShareTheirColumnNames() throws {
    let db = try open()
    let rows = try db.query("SELECT id, id AS other, total FROM sales")
    #expect(rows.count == 2)
    #expect(rows[0].columns === rows[1].columns)
    let again = try db.query("SELECT id, id AS other, total FROM sales")
    #expect(again[0].columns === rows[0].columns)
    #expect(rows[0].columns.names == ["id", "other", "total"])
  }

  @Test func duplicateNamesReadTheLeftmostColumn() throws {
    let db = try open()
    let row = try #require(try db.queryFirst("SELECT 7 AS x, 8 AS x"))
    #expect(try row.int("x") == 7)
  }

  @Test func namesFollowASchemaChange() throws {
    let db = try open()
    _ = try db.query("SELECT * FROM sales")
    try db.execute("ALTER TABLE sales ADD COLUMN tip INTEGER NOT NULL DEFAULT 5")
    let row = try #require(try db.queryFirst("SELECT * FROM sales"))
    #expect(try row.int("tip") == 5)
  }

  @Test func fetchesRowTypesAndValues() throws {
    let db = try open()
    let all: [SaleRow] = try db.fetchAll(
      "SELECT id, total, note, paid FROM sales ORDER BY id")
    #expect(
      all == [
        SaleRow(id: 1, total: 1500, note: nil, paid: true),
        SaleRow(id: 2, total: 250, note: "fiado", paid: false),
      ])
    let one = try db.fetchOne("SELECT * FROM sales WHERE id = ?", [.integer(2)], as: SaleRow.self)
    #expect(one?.note == "fiado")
    #expect(try db.fetchOne("SELECT * FROM sales WHERE id = 9", as: SaleRow.self) == nil)
    let totals: [Int64] = try db.fetchValues("SELECT total FROM sales ORDER BY total")
    #expect(totals == [250, 1500])
    let note: String?? = try db.fetchValue("SELECT note FROM sales WHERE id = 1")
    #expect(note == .some(nil))
    let none: String? = try db.fetchValue("SELECT note FROM sales WHERE id = 9")
    #expect(none == nil)
  }

  struct PaymentRow: PersistableRow {
    static let table = "payments"
    var saleID: Int64
    var amount: Int64
    var reference: String?
    var columns: KeyValuePairs<String, any SQLBindable> {
      ["sale_id": saleID, "amount": amount, "reference": reference]
    }
  }

  @Test func insertsAndUpdatesByColumnName() throws {
    let db = try open()
    try db.execute(
      "CREATE TABLE payments(id INTEGER PRIMARY KEY, sale_id INTEGER, amount INTEGER, reference TEXT)"
    )
    let first = try PaymentRow(saleID: 1, amount: 1000, reference: nil).insert(into: db)
    let statements = db.cachedStatementCount
    let second = try PaymentRow(saleID: 1, amount: 500, reference: "ref 9").insert(into: db)
    #expect(db.cachedStatementCount == statements)  // same SQL text, same statement
    let third = try db.insert(into: "payments", ["amount": 7, "sale_id": Int64(2)])
    #expect([first, second, third] == [1, 2, 3])
    let changed = try db.update(
      "payments", set: ["reference": "ref 1", "amount": 1100], where: "id = ?", [.integer(first)])
    #expect(changed == 1)
    // Read back positionally, with hand-written SQL (not the code under test).
    let rows = try db.query("SELECT id, sale_id, amount, reference FROM payments ORDER BY id")
    #expect(
      rows.map(\.values) == [
        [.integer(1), .integer(1), .integer(1100), .text("ref 1")],
        [.integer(2), .integer(1), .integer(500), .text("ref 9")],
        [.integer(3), .integer(2), .integer(7), .null],
      ])
  }
}
