import Foundation
import Testing
import TiendaTestSupport

/// Issue 23: `sincronizar` alone sends, then receives the catalog (in a
/// file whose catalog comes from the central); it runs from the «al cerrar
/// caja» hook and from cron (`--usuario` with TIENDA_PIN). Real PostgreSQL;
/// the central read back with psql, the file with sqlite3.
@Suite struct SyncCommandTests {
  static func sql(_ box: Sandbox, _ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func sincronizarAloneSendsThenReceives() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "configurar tienda sucursal \"Feria Matta\"", "configurar central \"\(info)\"",
      "configurar central maestro catálogo sí", "central preparar")
    #expect(r.status == 0, "\(r.transcript)")
    try ThrowawayPostgres.psql(
      info,
      "INSERT INTO tienda.catalog_products(global_id, sku, name, price)"
        + " VALUES ('p1', 'PAN01', 'Pan amasado', 1000)")
    r = try box.commands(
      "sincronizar recibir", "ajustar stock PAN01 +30 motivo \"llegó pedido\"",
      "vender 3 PAN01 pagar efectivo")
    #expect(r.status == 0, "\(r.transcript)")
    try ThrowawayPostgres.psql(
      info, "UPDATE tienda.catalog_products SET price = 1200 WHERE sku = 'PAN01'")

    r = try box.commands("sincronizar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.hasPrefix("Enviadas "), "\(r.transcript)")
    #expect(r.stdout.contains("Precio de PAN01: $1.000 → $1.200"), "\(r.transcript)")
    // Sent: the sale is on the central; received: the new price is here.
    #expect(
      try ThrowawayPostgres.psql(info, "SELECT count(*), sum(total) FROM tienda.sales") == "1|3000")
    #expect(try Self.sql(box, "SELECT price FROM products WHERE sku = 'PAN01'") == "1200")

    // «sincronizar enviar» only sends.
    try ThrowawayPostgres.psql(
      info, "UPDATE tienda.catalog_products SET price = 1500 WHERE sku = 'PAN01'")
    r = try box.commands("sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try Self.sql(box, "SELECT price FROM products WHERE sku = 'PAN01'") == "1200")
  }

  /// A file that keeps its own catalog: `sincronizar` sends and does not
  /// complain about the catalog.
  @Test func sincronizarInAFileWithItsOwnCatalogOnlySends() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    let r = try box.commands(
      "crear producto pan precio 1000 stock 10", "configurar central \"\(info)\"",
      "central preparar", "vender 2 pan pagar efectivo", "sincronizar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      try ThrowawayPostgres.psql(info, "SELECT count(*), sum(total) FROM tienda.sales") == "1|2000")
  }

  @Test func sincronizarRunsFromTheClosingHookAndFromCron() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    try "sincronizar\n".write(toFile: box.path("cierre.tienda"), atomically: true, encoding: .utf8)
    var r = try box.commands(
      "crear usuario ana rol dueño pin 4321", "crear producto pan precio 1000 stock 50")
    #expect(r.status == 0, "\(r.transcript)")
    let cron = ["TIENDA_PIN": "4321"]
    r = try box.tienda(
      [
        "--usuario", "ana", "-c", "configurar central \"\(info)\"", "-c", "central preparar",
        "-c", "al cerrar caja ejecutar \(box.path("cierre.tienda"))", "-c", "abrir caja 0",
        "-c", "vender 2 pan pagar efectivo", "-c", "cerrar caja 2000",
      ], env: cron)
    #expect(r.status == 0, "\(r.transcript)")
    // The hook pushed the closing: the session arrives closed.
    #expect(
      try ThrowawayPostgres.psql(
        info, "SELECT count(*), sum(total) FROM tienda.sales") == "1|2000", "\(r.transcript)")
    #expect(
      try ThrowawayPostgres.psql(
        info, "SELECT count(*) FROM tienda.cash_sessions WHERE closed_at IS NOT NULL")
        == "1", "\(r.transcript)")

    // Cron: a later sale, pushed by `tienda --usuario ana -c sincronizar`.
    r = try box.tienda(
      ["--usuario", "ana", "-c", "abrir caja 0", "-c", "vender 1 pan pagar efectivo"], env: cron)
    #expect(r.status == 0, "\(r.transcript)")
    r = try box.tienda(["--usuario", "ana", "-c", "sincronizar"], env: cron)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      try ThrowawayPostgres.psql(info, "SELECT count(*), sum(total) FROM tienda.sales") == "2|3000")
    // Without the PIN cron is refused and nothing moves.
    r = try box.tienda(["--usuario", "ana", "-c", "sincronizar"], env: ["TIENDA_PIN": "1111"])
    #expect(r.status != 0, "\(r.transcript)")
  }
}
