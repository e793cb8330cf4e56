import Foundation
import Testing
import TiendaTestSupport

/// Issue 23 tried as a new user and an attacker (probar23): what comes
/// down from the central catalog follows the rules of what is typed here.
/// Real PostgreSQL (psql writes the central rows), the file read back with
/// sqlite3.
@Suite struct CentralNewUserTests {
  static func sql(_ box: Sandbox, _ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A central product name with a control character (ESC) or longer than
  /// 80 characters is refused with the name shown escaped; nothing changes
  /// here; once corrected centrally it comes down.
  @Test func centralNamesFollowTheLocalRules() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "configurar central \"\(info)\"", "central preparar",
      "configurar central maestro catálogo sí")
    #expect(r.status == 0, "\(r.transcript)")
    try ThrowawayPostgres.psql(
      info,
      "INSERT INTO tienda.catalog_products(global_id, sku, name, price)"
        + " VALUES ('g1', 'MAL01', E'Malo\\x1b[2J', 500)")
    r = try box.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("nombre de producto «Malo\\x1B[2J»"), "\(r.transcript)")
    #expect(!r.stderr.contains("\u{1B}"), "\(r.transcript)")
    #expect(try Self.sql(box, "SELECT count(*) FROM products WHERE sku = 'MAL01'") == "0")

    try ThrowawayPostgres.psql(
      info, "UPDATE tienda.catalog_products SET name = repeat('x', 200) WHERE sku = 'MAL01'")
    r = try box.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("nombre de producto «xxxx"), "\(r.transcript)")
    #expect(try Self.sql(box, "SELECT count(*) FROM products WHERE sku = 'MAL01'") == "0")

    try ThrowawayPostgres.psql(
      info, "UPDATE tienda.catalog_products SET name = 'Malo arreglado' WHERE sku = 'MAL01'")
    r = try box.commands("sincronizar recibir")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try Self.sql(box, "SELECT name FROM products WHERE sku = 'MAL01'") == "Malo arreglado")
  }

  /// A central prepared by a newer tienda: `sincronizar` says so (as
  /// `central preparar` and `estado` do) and sends nothing.
  @Test func aNewerCentralSchemaIsNamedAndNothingIsSent() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "crear producto pan precio 1000 stock 10", "abrir caja 0", "vender 1 pan pagar efectivo",
      "configurar central \"\(info)\"", "central preparar")
    #expect(r.status == 0, "\(r.transcript)")
    try ThrowawayPostgres.psql(info, "INSERT INTO tienda.esquema(version) VALUES (99)")
    r = try box.commands("sincronizar enviar")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("está en la versión 99"), "\(r.transcript)")
    #expect(try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.eventos") == "0")
    #expect(
      try Self.sql(box, "SELECT count(*) FROM settings WHERE key = 'sincronización.enviado'") == "0"
    )
  }

  /// A central SKU or barcode that `crear producto` would refuse.
  @Test func centralSKUAndBarcodeFollowTheLocalRules() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "configurar central \"\(info)\"", "central preparar",
      "configurar central maestro catálogo sí")
    #expect(r.status == 0, "\(r.transcript)")
    try ThrowawayPostgres.psql(
      info,
      "INSERT INTO tienda.catalog_products(global_id, sku, name, price)"
        + " VALUES ('g1', E'PAN 01\\x1b', 'Pan', 500)")
    r = try box.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("SKU «PAN 01\\x1B»"), "\(r.transcript)")
    try ThrowawayPostgres.psql(
      info, "UPDATE tienda.catalog_products SET sku = 'PAN01', barcode = 'abc<script>'")
    r = try box.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("código de barras «abc<script>»"), "\(r.transcript)")
    #expect(try Self.sql(box, "SELECT count(*) FROM products") == "0")
  }

  /// One row sent: «Enviada 1 fila», in agreement (was «Enviadas 1 fila»).
  @Test func oneRowSentAgrees() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands("configurar central \"\(info)\"", "central preparar", "sincronizar")
    #expect(r.status == 0, "\(r.transcript)")
    // Only a journal row: the new conninfo is a setting (not sent).
    r = try box.commands(
      "configurar central \"\(info) application_name=tienda\"", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Enviada 1 fila a la central (1 evento)."), "\(r.transcript)")
  }

  /// The same for a customer's name.
  @Test func centralCustomerNameWithAControlIsRefused() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "configurar central \"\(info)\"", "central preparar",
      "configurar central maestro catálogo sí")
    #expect(r.status == 0, "\(r.transcript)")
    try ThrowawayPostgres.psql(
      info,
      "INSERT INTO tienda.catalog_customers(global_id, name) VALUES ('c1', E'Ana\\x07')")
    r = try box.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("nombre de cliente"), "\(r.transcript)")
    #expect(try Self.sql(box, "SELECT count(*) FROM customers") == "0")
  }
}
