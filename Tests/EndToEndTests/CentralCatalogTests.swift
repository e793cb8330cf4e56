import Foundation
import Testing
import TiendaTestSupport

/// Issue 23 (part B): the catalog mastered on the central PostgreSQL
/// (`configurar central maestro catálogo sí`, `sincronizar recibir`),
/// against a real throwaway server; the files read back with sqlite3 and
/// the central side written and read with psql.
@Suite struct CentralCatalogTests {
  /// Two branch files that take their catalog from one central database.
  struct Chain {
    let info: String
    let a: Sandbox
    let b: Sandbox

    init?() throws {
      guard let info = try SyncBaseTests.central() else { return nil }
      self.info = info
      a = try Sandbox()
      b = try Sandbox()
      for (box, name) in [(a, "Feria Matta"), (b, "Feria Lo Valledor")] {
        let r = try box.commands(
          "configurar tienda sucursal \"\(name)\"", "configurar central \"\(info)\"",
          "configurar central maestro catálogo sí")
        #expect(r.status == 0, "\(r.transcript)")
      }
      let r = try a.commands("central preparar")
      #expect(r.status == 0, "\(r.transcript)")
    }

    func psql(_ sql: String) throws -> String { try ThrowawayPostgres.psql(info, sql) }

    func sql(_ box: Sandbox, _ query: String) throws -> String {
      try box.sqlite(box.db, query).stdout
    }
  }

  @Test func aCentralChangeReachesBothFilesAndAnOfflineSaleKeepsItsPrice() throws {
    guard let chain = try Chain() else { return }
    try chain.psql(
      """
      INSERT INTO tienda.catalog_categories(global_id, name) VALUES ('c1', 'Panadería');
      INSERT INTO tienda.catalog_products(global_id, sku, name, category_global_id, price, cost)
        VALUES ('p1', 'PAN01', 'Pan amasado', 'c1', 1000, 500),
               ('p2', 'QUE01', 'Queso fresco', NULL, 4500, NULL);
      INSERT INTO tienda.catalog_customers(global_id, name, rut) VALUES ('k1', 'Ana Pérez', '12345678-5');
      """)
    for box in [chain.a, chain.b] {
      let r = try box.commands("sincronizar recibir")
      #expect(r.status == 0, "\(r.transcript)")
      #expect(r.stdout.contains("Productos: 2 nuevos"), "\(r.transcript)")
      #expect(r.stdout.contains("Clientes: 1 nuevo"), "\(r.transcript)")
      #expect(
        try chain.sql(
          box,
          "SELECT p.global_id, p.sku, p.name, p.price, p.cost, c.name FROM products p"
            + " LEFT JOIN categories c ON c.id = p.category_id ORDER BY p.sku")
          == "p1|PAN01|Pan amasado|1000|500|Panadería\np2|QUE01|Queso fresco|4500||\n")
      #expect(
        try chain.sql(box, "SELECT global_id, name, rut FROM customers")
          == "k1|Ana Pérez|12345678-5\n")
    }
    // Stock is local: each branch receives its own.
    var r = try chain.a.commands("ajustar stock PAN01 +30 motivo \"llegó pedido\"")
    #expect(r.status == 0, "\(r.transcript)")
    // A sale made offline (nothing contacts the central server) at $1.000.
    r = try chain.a.commands("vender 2 PAN01 pagar efectivo 2000")
    #expect(r.status == 0, "\(r.transcript)")

    // The owner changes the price and the name centrally, with SQL.
    try chain.psql(
      "UPDATE tienda.catalog_products SET price = 1300, name = 'Pan amasado grande'"
        + " WHERE sku = 'PAN01'")
    let version = try chain.psql("SELECT version FROM tienda.catalog_version")
    for box in [chain.a, chain.b] {
      r = try box.commands("sincronizar recibir")
      #expect(r.status == 0, "\(r.transcript)")
      #expect(r.stdout.contains("Productos: 1 actualizado"), "\(r.transcript)")
      #expect(r.stdout.contains("Precio de PAN01: $1.000 → $1.300"), "\(r.transcript)")
      #expect(
        try chain.sql(box, "SELECT name, price FROM products WHERE global_id = 'p1'")
          == "Pan amasado grande|1300\n")
      #expect(
        try chain.sql(box, "SELECT value FROM settings WHERE key = 'central.catálogo_versión'")
          == version + "\n")
      // Once more: nothing changed centrally, nothing comes down.
      r = try box.commands("sincronizar recibir")
      #expect(r.stdout.contains("Catálogo al día"), "\(r.transcript)")
    }
    // The offline sale keeps its price; the stock stays the branch's own.
    #expect(
      try chain.sql(chain.a, "SELECT unit_price, quantity, total FROM sale_lines")
        == "1000|2000|2000\n")
    #expect(try chain.sql(chain.a, "SELECT total FROM sales") == "2000\n")
    #expect(try chain.sql(chain.a, "SELECT stock FROM products WHERE sku = 'PAN01'") == "28000\n")
    #expect(try chain.sql(chain.b, "SELECT stock FROM products WHERE sku = 'PAN01'") == "0\n")
    // A sale after the pull is at the new price.
    r = try chain.a.commands("vender 1 PAN01 pagar efectivo 1300")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      try chain.sql(chain.a, "SELECT group_concat(unit_price, ',') FROM sale_lines")
        == "1000,1300\n")
    // Each pull is one journal row.
    #expect(
      try chain.sql(chain.b, "SELECT count(*) FROM journal WHERE action = 'central.recibir'")
        == "3\n")
  }

  @Test func aFileWithItsOwnCatalogAdoptsTheCentralIDsBySKU() throws {
    guard let chain = try Chain() else { return }
    try chain.a.commands("crear producto \"Pan\" precio 900 sku PAN01 stock 12")
    let before = try chain.sql(chain.a, "SELECT global_id FROM products")
    #expect(before.count == 33, "a global id made at creation: \(before)")
    try chain.psql(
      "INSERT INTO tienda.catalog_products(global_id, sku, name, price) VALUES ('p1', 'PAN01', 'Pan', 1000)"
    )
    let r = try chain.a.commands("sincronizar recibir")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Productos: 1 actualizado"), "\(r.transcript)")
    #expect(
      try chain.sql(chain.a, "SELECT count(*), global_id, price, stock FROM products")
        == "1|p1|1000|12000\n")
  }

  @Test func pullWithTheServerDownFailsInSpanishAndChangesNothing() throws {
    guard let chain = try Chain() else { return }
    try chain.psql(
      "INSERT INTO tienda.catalog_products(global_id, sku, name, price) VALUES ('p1', 'PAN01', 'Pan', 1000)"
    )
    var r = try chain.a.commands("sincronizar recibir")
    #expect(r.status == 0, "\(r.transcript)")
    try chain.psql("UPDATE tienda.catalog_products SET price = 1500")
    // The server is gone (a socket folder where nothing listens).
    let dead = chain.a.path("sin-servidor")
    try FileManager.default.createDirectory(atPath: dead, withIntermediateDirectories: true)
    r = try chain.a.commands("configurar central \"host=\(dead) dbname=tienda user=feria\"")
    #expect(r.status == 0, "\(r.transcript)")
    let dump = "SELECT * FROM products; SELECT * FROM settings; SELECT count(*) FROM journal;"
    let before = try chain.sql(chain.a, dump)
    r = try chain.a.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("No se pudo conectar con la central"), "\(r.transcript)")
    #expect(!r.stderr.contains("PostgresError"), "\(r.transcript)")
    #expect(try chain.sql(chain.a, dump) == before)
  }

  @Test func aClashIsRefusedAndNothingChanges() throws {
    guard let chain = try Chain() else { return }
    try chain.a.commands("crear producto Leche precio 990 sku LEC01 barras 7801234567894")
    try chain.psql(
      """
      INSERT INTO tienda.catalog_products(global_id, sku, name, price) VALUES ('p0', 'QUE01', 'Queso', 4500);
      INSERT INTO tienda.catalog_products(global_id, sku, name, barcode, price)
        VALUES ('p1', 'PAN01', 'Pan', '7801234567894', 1000);
      """)
    let dump = "SELECT * FROM products; SELECT * FROM settings; SELECT count(*) FROM journal;"
    let before = try chain.sql(chain.a, dump)
    let r = try chain.a.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("código de barras"), "\(r.transcript)")
    #expect(r.stderr.contains("No se cambió nada"), "\(r.transcript)")
    // Not even the first product (one transaction).
    #expect(try chain.sql(chain.a, dump) == before)
  }

  @Test func aFileThatIsNotMasteredSaysHow() throws {
    guard let chain = try Chain() else { return }
    try chain.a.commands("configurar central maestro catálogo no")
    let r = try chain.a.commands("sincronizar recibir")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("configurar central maestro catálogo sí"), "\(r.transcript)")
  }

  /// Two central writers at once: the second waits on the version row
  /// until the first commits, so versions follow commit order, and a pull
  /// made while the first is open neither sees it nor skips it later.
  @Test func concurrentCentralWritersAreNeverSkipped() throws {
    guard let chain = try Chain() else { return }
    try chain.psql(
      """
      INSERT INTO tienda.catalog_products(global_id, sku, name, price)
        VALUES ('p1', 'PAN01', 'Pan', 1000), ('p2', 'QUE01', 'Queso', 4500);
      """)
    var r = try chain.a.commands("sincronizar recibir")
    #expect(r.status == 0, "\(r.transcript)")
    let before = try chain.psql("SELECT version FROM tienda.catalog_version")
    func background(_ sql: String) throws -> Process {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: ThrowawayPostgres.psqlPath)
      process.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", chain.info, "-c", sql]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      return process
    }
    // The first writer holds its transaction open for 3 s.
    let first = try background(
      "BEGIN; UPDATE tienda.catalog_products SET price = 1100 WHERE sku = 'PAN01';"
        + " SELECT pg_sleep(3); COMMIT;")
    Thread.sleep(forTimeInterval: 0.8)
    // The second starts later and is quick, but waits for the first.
    let second = try background(
      "UPDATE tienda.catalog_products SET price = 4700 WHERE sku = 'QUE01'")
    Thread.sleep(forTimeInterval: 0.5)
    r = try chain.a.commands("sincronizar recibir")
    #expect(r.stdout.contains("Catálogo al día"), "\(r.transcript)")
    #expect(
      try chain.sql(chain.a, "SELECT value FROM settings WHERE key = 'central.catálogo_versión'")
        == before + "\n")
    first.waitUntilExit()
    second.waitUntilExit()
    #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
    #expect(
      try chain.psql(
        "SELECT string_agg(sku, ',' ORDER BY version) FROM tienda.catalog_products")
        == "PAN01,QUE01")
    r = try chain.a.commands("sincronizar recibir")
    #expect(r.stdout.contains("Productos: 2 actualizados"), "\(r.transcript)")
    #expect(
      try chain.sql(
        chain.a, "SELECT group_concat(price, ',') FROM (SELECT price FROM products ORDER BY sku)")
        == "1100,4700\n")
  }
}
