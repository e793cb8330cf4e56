import Foundation
import Testing
import TiendaTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 23, the push: two branch files sell offline, push, push again,
/// one is killed mid-push and pushes again; the central's sums (psql) equal
/// the sums over both files (sqlite3), every sale exactly once.
@Suite(.serialized) struct SyncPushTests {
  static func setUp(_ s: Sandbox, central: String, branch: String) throws {
    let r = try s.commands(
      "crear producto pan precio 1000 stock 5000", "crear producto leche precio 900 stock 5000",
      "configurar central \"\(central)\"", "configurar tienda sucursal \"\(branch)\"")
    #expect(r.status == 0, "\(r.transcript)")
  }

  static func sell(_ s: Sandbox, _ count: Int) throws {
    let script = (0..<count).map { n in
      n % 2 == 0 ? "vender \(n % 5 + 1) pan, leche pagar efectivo" : "vender 2 leche pagar débito"
    }.joined(separator: "\n")
    let path = s.path("ventas-\(UUID().uuidString).tienda")
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    let r = try s.tienda([path])
    #expect(r.status == 0, "\(r.transcript)")
  }

  /// (count, sum of total) of sales, payments and stock movements in a file.
  static func local(_ s: Sandbox) throws -> [String] {
    try s.sqlite(
      s.db,
      """
      SELECT count(*) || '|' || sum(total) FROM sales;
      SELECT count(*) || '|' || sum(amount) FROM payments;
      SELECT count(*) || '|' || sum(quantity) FROM stock_movements;
      SELECT count(*) FROM journal;
      """
    ).stdout.split(separator: "\n").map(String.init)
  }

  static func central(_ info: String, branch: String) throws -> [String] {
    let id = "(SELECT id FROM tienda.sucursales WHERE nombre = '\(branch)')"
    return try ThrowawayPostgres.psql(
      info,
      """
      SELECT count(*) || '|' || sum(total) FROM tienda.sales WHERE sucursal = \(id);
      SELECT count(*) || '|' || sum(amount) FROM tienda.payments WHERE sucursal = \(id);
      SELECT count(*) || '|' || sum(quantity) FROM tienda.stock_movements WHERE sucursal = \(id);
      SELECT count(*) FROM tienda.journal WHERE sucursal = \(id);
      """
    ).split(separator: "\n").map(String.init)
  }

  @Test func twoBranchesPushTwiceAndAKilledPushResumes() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let a = try Sandbox()
    let b = try Sandbox()
    try Self.setUp(a, central: info, branch: "Feria Matta")
    try Self.setUp(b, central: info, branch: "Feria Franklin")
    var r = try a.commands("central preparar")
    #expect(r.status == 0, "\(r.transcript)")
    try Self.sell(a, 40)
    try Self.sell(b, 25)

    r = try a.commands("sincronizar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.hasPrefix("Enviadas "), "\(r.transcript)")
    r = try a.commands("sincronizar")
    #expect(r.stdout.contains("Nada que enviar"), "\(r.transcript)")
    #expect(try Self.central(info, branch: "Feria Matta") == Self.local(a))

    // b: killed in the middle of its push, then pushed again.
    try Self.sell(b, 3000)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: PackagePaths.binary)
    process.arguments = ["--db", b.db, "-c", "sincronizar"]
    process.environment = b.environment.merging(["TIENDA_PAUSA_ENVIO_MS": "300"]) { $1 }
    try process.run()
    // Wait until the central has part of it, then SIGKILL.
    let deadline = Date().addingTimeInterval(60)
    var partial = 0
    while Date() < deadline {
      partial =
        Int(
          (try? ThrowawayPostgres.psql(
            info,
            "SELECT count(*) FROM tienda.eventos e JOIN tienda.sucursales s ON s.id = e.sucursal"
              + " WHERE s.nombre = 'Feria Franklin'")) ?? "0") ?? 0
      if partial > 0 { break }
      usleep(20_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(partial > 0)
    let acked = try b.sqlite(
      b.db, "SELECT coalesce((SELECT value FROM settings WHERE key = 'sincronización.enviado'), 0)")
    let total = try b.sqlite(b.db, "SELECT max(seq) FROM outbox_events")
    #expect(acked.stdout != total.stdout, "the push was not cut: \(acked.stdout)")

    r = try b.commands("sincronizar")
    #expect(r.status == 0, "\(r.transcript)")
    r = try b.commands("sincronizar")
    #expect(r.stdout.contains("Nada que enviar"), "\(r.transcript)")
    #expect(try Self.central(info, branch: "Feria Franklin") == Self.local(b))
    #expect(try Self.central(info, branch: "Feria Matta") == Self.local(a))
    // Every sale exactly once, and every event once.
    #expect(
      try ThrowawayPostgres.psql(
        info,
        "SELECT count(*) FROM (SELECT sucursal, epoca, id FROM tienda.sales"
          + " GROUP BY 1, 2, 3 HAVING count(*) > 1) d") == "0")
    let events = try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.eventos")
    let localEvents =
      (Int(try a.sqlite(a.db, "SELECT count(*) FROM outbox_events").stdout.trimmed) ?? -1)
      + (Int(try b.sqlite(b.db, "SELECT count(*) FROM outbox_events").stdout.trimmed) ?? -2)
    #expect(events == String(localEvents))
  }

  /// An event re-sent with the same key and other content is a conflict:
  /// reported (exit 1) and recorded centrally, never silently dropped.
  @Test func sameKeyOtherContentIsAConflict() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let a = try Sandbox()
    try Self.setUp(a, central: info, branch: "Feria Matta")
    try a.commands("central preparar")
    try Self.sell(a, 3)
    var r = try a.commands("sincronizar")
    #expect(r.status == 0, "\(r.transcript)")
    // The central's copy of the last event is changed behind our back, and
    // the file forgets it was acknowledged: the resend differs.
    try ThrowawayPostgres.psql(
      info,
      "UPDATE tienda.eventos SET hash = 'otro' WHERE secuencia = (SELECT max(secuencia) FROM tienda.eventos)"
    )
    try a.sqlite(a.db, "UPDATE settings SET value = value - 1 WHERE key = 'sincronización.enviado'")
    r = try a.commands("sincronizar")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("OTRO contenido"), "\(r.transcript)")
    #expect(try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.conflictos") == "1")
  }

  @Test func centralDownChangesNothingLocally() throws {
    let a = try Sandbox()
    try Self.setUp(a, central: "host=\(a.path("nadie")) dbname=x", branch: "Feria Matta")
    try Self.sell(a, 2)
    let before = try a.sqlite(a.db, "SELECT * FROM settings ORDER BY key").stdout
    let r = try a.commands("sincronizar")
    #expect(r.status == 1)
    #expect(r.stderr.contains("No se pudo conectar con la central"), "\(r.transcript)")
    #expect(try a.sqlite(a.db, "SELECT * FROM settings ORDER BY key").stdout == before)
  }

  @Test func demoPracticeAndSimulationNeverSync() throws {
    let a = try Sandbox()
    try Self.setUp(a, central: "host=\(a.path("nadie")) dbname=x", branch: "Feria Matta")
    let r = try a.tienda(["--simular", "-c", "sincronizar"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("--simular no se habla con la central"), "\(r.transcript)")
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
