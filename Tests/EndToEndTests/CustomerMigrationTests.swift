import Foundation
import Testing

/// Migration 19 (customers, groups, price lists; issue 16) on a file
/// written by tienda at schema 18 (`Corpus/tienda-v18-clientes.sql`: two
/// sales, a return, a held ticket and an open one left by a closed
/// terminal).
@Suite struct CustomerMigrationTests {
  let box: Sandbox
  let now: [String: String?] = ["TIENDA_AHORA": "2026-12-05T15:00:00Z"]

  init() throws {
    box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v18-clientes.sql")
    let load = try box.sqlite(box.db, ".read '\(dump.path)'")
    #expect(load.status == 0, "\(load.transcript)")
  }

  func sql(_ query: String) throws -> String {
    let r = try box.sqlite(box.db, query)
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout
  }

  @Test func aSchema18ShopKeepsEverythingAndTakesCustomers() throws {
    #expect(try sql("PRAGMA user_version") == "18\n")
    let tables = [
      "sales", "sale_lines", "payments", "refunds", "tickets", "ticket_lines", "journal",
    ]
    // The columns the file had: later migrations may add some (issue 22
    // adds `ticket_lines.options`); the rows keep what they had.
    let columns = try tables.map {
      try sql("SELECT group_concat(name, ', ') FROM pragma_table_info('\($0)')").dropLast()
    }
    let before = try zip(tables, columns).map { try sql("SELECT \($1) FROM \($0) ORDER BY 1") }

    let check = try box.commands("verificar base", env: now)
    #expect(check.status == 0, "\(check.transcript)")
    #expect(check.stdout.contains("La base está sana."), "\(check.stdout)")
    #expect(try Int(sql("PRAGMA user_version").dropLast()) ?? 0 >= 19)
    for (i, rows) in before.enumerated() {
      #expect(
        try sql("SELECT \(columns[i]) FROM \(tables[i]) ORDER BY 1") == rows, "\(tables[i])")
    }
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%outbox%' AND tbl_name = 'sale_customers'"
          + " ORDER BY name")
        == "sale_customers_no_delete\nsale_customers_no_replace\nsale_customers_no_update\n")

    // The held ticket takes a customer and its list; old sales have none.
    let r = try box.tienda(
      [],
      stdin: """
        crear lista mayorista descuento 10%
        crear cliente "Don Tito" rut 76.543.210-3 lista mayorista
        retomar
        cancelar
        retomar 1
        cliente tito
        pagar débito
        verificar base

        """, env: now)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Queso 1 × $5.391 = $5.391 (lista mayorista)"), "\(r.stdout)")
    #expect(r.stdout.hasSuffix("La base está sana.\n"), "\(r.stdout)")
    #expect(try sql("SELECT sale_id, name FROM sale_customers") == "3|Don Tito\n")
    #expect(try box.commands("ver venta 1", env: now).stdout.contains("Cliente") == false)
    // The ledger table refuses changes like the others.
    let tamper = try box.sqlite(box.db, "UPDATE sale_customers SET name = 'X'")
    #expect(tamper.status != 0)
    #expect(tamper.stderr.contains("no se puede modificar"), "\(tamper.stderr)")
  }
}
