import Foundation
import Testing
import TiendaTestSupport

/// Issue 23, last tryout: after `restaurar`, the central mirrors the
/// restored file's changing rows (orders, their lines, products, their
/// taxes, customers): rows written after the backup and pushed are gone
/// centrally, rows changed after it are back to the backup's state.
/// Checked with hand-written SQL on both sides (sqlite3 here, psql there).
@Suite struct SyncRestoreTests {
  static let mirrored: [(table: String, columns: String)] = [
    ("orders", "id, number, customer_name, state, total"),
    ("order_lines", "id, order_id, position, product_id, name, quantity, unit_price, total"),
    ("products", "id, sku, name, price, stock, active"),
    ("product_taxes", "product_id, tax_id"),
    ("customers", "id, name, active"),
  ]

  static func local(_ box: Sandbox, _ table: String, _ columns: String) throws -> String {
    try box.sqlite(box.db, "SELECT \(columns) FROM \(table) ORDER BY 1, 2").stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func central(_ info: String, _ table: String, _ columns: String) throws -> String {
    try ThrowawayPostgres.psql(info, "SELECT \(columns) FROM tienda.\(table) ORDER BY 1, 2")
  }

  @Test func theCentralMirrorsARestoredFile() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "crear producto pan precio 1000 stock 100", "crear producto torta precio 15000 stock 10",
      "crear cliente \"Ana Rojas\"",
      "pedido \"Ana Rojas\": 1 torta, 2 pan para mañana 12:00",
      "configurar central \"\(info)\"", "central preparar", "sincronizar enviar",
      "respaldar copia.db")
    #expect(r.status == 0, "\(r.transcript)")
    // After the backup: a price, a product's taxes, an order edited and a
    // new one, a new product and customer, all pushed.
    r = try box.commands(
      "editar producto pan precio 1300", "editar producto torta impuestos exento",
      "crear producto queque precio 3000 stock 5", "crear cliente \"Beto Soto\"",
      "editar pedido 1", "quitar pan", "guardar",
      "pedido \"Beto Soto\": 1 queque, 1 pan para mañana 13:00", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    r = try box.commands("restaurar copia.db", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    for (table, columns) in Self.mirrored {
      let here = try Self.local(box, table, columns)
      #expect(!here.isEmpty, "\(table)")
      #expect(try Self.central(info, table, columns) == here, "\(table)")
    }
    // And again after a sale in the restored file (nothing left behind).
    r = try box.commands("vender 1 pan pagar efectivo", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    for (table, columns) in Self.mirrored {
      #expect(
        try Self.central(info, table, columns) == Self.local(box, table, columns), "\(table)")
    }
  }

  /// Events the central already has (another register on this file pushed
  /// them, a cut push, or this file before a restore): the message does
  /// not claim it was a cut push.
  @Test func eventsAlreadyCentralAreNotCalledACutPush() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "crear producto pan precio 1000 stock 100", "configurar central \"\(info)\"",
      "central preparar", "vender 1 pan pagar efectivo", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    // As if another process had pushed them while this one was reading.
    let edited = try box.sqlite(
      box.db, "UPDATE settings SET value = '0' WHERE key = 'sincronización.enviado';")
    #expect(edited.status == 0, "\(edited.stderr)")
    r = try box.commands("sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("ya estaban en la central y no se repitieron"), "\(r.stdout)")
    #expect(r.stdout.hasPrefix("Nada nuevo que enviar: 5 eventos ya estaban"), "\(r.stdout)")
    #expect(try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.sales") == "1")
  }
}
