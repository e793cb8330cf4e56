import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// The outbox reads a row's key from its first columns (`SyncedTable.keyColumns`,
/// issue 23): every synced table's primary key must be exactly those
/// columns, in order, in a file made by this version.
@Suite struct SyncTablesTests {
  let dir = TempDir()

  @Test func everySyncedTableKeyIsItsFirstColumns() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    for table in SyncTables.all {
      let key = try shop.db.query(
        "SELECT cid FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", [.text(table.name)]
      ).map { try $0.int("cid") }
      #expect(key == (0..<Int64(table.keyColumns)).map { $0 }, "\(table.name): \(key)")
    }
  }

  @Test func everySyncedTableIsAttachedInANewFile() throws {
    let shop = try Shop.open(path: dir.file("n.db"), clock: FixedClock(1_795_438_800))
    let attached =
      try shop.db.fetchValue(
        "SELECT value FROM settings WHERE key = 'sincronización.tablas'") as String?
    #expect(
      Set((attached ?? "").split(separator: ",").map(String.init))
        == Set(SyncTables.all.map(\.name)))
  }
}
