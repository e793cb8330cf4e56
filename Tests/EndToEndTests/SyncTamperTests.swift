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

  /// `sucursal.id` emptied (or mangled) with sqlite3: the push used it as
  /// given and the central got a second branch with an empty id and the
  /// same name. Now the push refuses, in Spanish, before touching the central.
  @Test func aMangledBranchIdentityIsRefused() throws {
    guard let info = try SyncBaseTests.central() else { return }
    for mangled in ["", "Matta"] {
      let box = try Sandbox()
      var r = try box.commands(
        "crear producto pan precio 1000 stock 10", "configurar central \"\(info)\"",
        "central preparar", "sincronizar enviar")
      #expect(r.status == 0, "\(r.transcript)")
      let before = try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.sucursales")
      let edited = try box.sqlite(
        box.db, "UPDATE settings SET value = '\(mangled)' WHERE key = 'sucursal.id';")
      #expect(edited.status == 0, "\(edited.stderr)")
      try box.ok("vender 1 pan pagar efectivo")
      r = try box.commands("sincronizar enviar")
      #expect(r.status == 1, "\(r.transcript)")
      #expect(
        r.stderr.contains("El identificador de esta sucursal («\(mangled)») no es el que tienda"),
        "\(r.stderr)")
      #expect(
        try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.sucursales") == before)
    }
  }

  /// `outbox_epochs` emptied with sqlite3: the events had no epoch and the
  /// push sent them with an empty one, so the central took events (and
  /// their ledger rows) it already had a second time. Now it refuses.
  @Test func eventsWithoutAnEpochAreRefused() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "crear producto pan precio 1000 stock 10", "configurar central \"\(info)\"",
      "central preparar", "vender 1 pan pagar efectivo", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    let edited = try box.sqlite(
      box.db,
      "DELETE FROM outbox_epochs; UPDATE settings SET value = '0'"
        + " WHERE key = 'sincronización.enviado';")
    #expect(edited.status == 0, "\(edited.stderr)")
    try box.ok("vender 1 pan pagar efectivo")
    r = try box.commands("sincronizar enviar")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("no tiene época"), "\(r.stderr)")
    #expect(
      try ThrowawayPostgres.psql(info, "SELECT count(*), sum(total) FROM tienda.sales") == "1|1000")
    #expect(
      try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.eventos WHERE epoca = ''")
        == "0")
  }

  /// A table of the outbox dropped with sqlite3: every write then fails,
  /// and `verificar base` said «La base está sana». Now it names the table.
  @Test func aDroppedOutboxTableIsReported() throws {
    for table in ["outbox_rows", "outbox_events", "outbox_epochs"] {
      let box = try Sandbox()
      try box.ok("crear producto pan precio 1000 stock 10")
      let dropped = try box.sqlite(box.db, "DROP TABLE \(table);")
      #expect(dropped.status == 0, "\(dropped.stderr)")
      let r = try box.commands("verificar base", env: ["COLUMNS": "400"])
      #expect(r.status == 1, "\(r.transcript)")
      #expect(r.stdout.contains("falta la tabla \(table)"), "\(r.stdout)")
    }
  }
}
