import Foundation
import Testing
import TiendaTestSupport

/// Issue 23, last tryout: the shop file written by hand with sqlite3. The
/// journal's outbox trigger (migration 31) is what turns every write into
/// an event; without it sales never reach the central and nothing said so.
@Suite struct SyncTamperTests {
  @Test func aDroppedOutboxTriggerIsReported() throws {
    let box = try Sandbox()
    try box.ok("crear producto pan precio 1000 stock 10", "vender 1 pan pagar efectivo")
    let dropped = try box.sqlite(box.db, "DROP TRIGGER journal_outbox_insert;")
    #expect(dropped.status == 0, "\(dropped.stderr)")
    try box.ok("vender 1 pan pagar efectivo")
    let r = try box.commands("verificar base", env: ["COLUMNS": "400"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stdout.contains("journal_outbox_insert (journal)"), "\(r.stdout)")
  }
}
