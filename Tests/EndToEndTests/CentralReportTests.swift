import Foundation
import Testing
import TiendaTestSupport

/// Issue 23 (part B): `informe … en central [por sucursal]` on a real
/// PostgreSQL holding two branch files, checked against hand-written SQL
/// over both files (sqlite3). The branches are in different zones and sell
/// near midnight, so the local day is each branch's own.
@Suite struct CentralReportTests {
  static let tables = [
    "registers", "sales", "sale_lines", "sale_line_costs", "sale_line_taxes", "refunds",
    "refund_lines", "refund_line_taxes", "payments", "products", "categories", "taxes",
    "product_taxes",
  ]

  /// Puts a file's ledger in the central tables as the push materialises
  /// them (same columns, plus `sucursal`): sqlite3 CSV into psql `\copy`.
  /// (Stands in for `sincronizar enviar`, built by the other half of issue 23.)
  static func load(_ box: Sandbox, into info: String) throws {
    func value(_ key: String) throws -> String {
      try box.sqlite(box.db, "SELECT value FROM settings WHERE key = '\(key)'").stdout
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let branch = try value("sucursal.id")
    let zone = try value("tienda.zona")
    try ThrowawayPostgres.psql(
      info,
      "INSERT INTO tienda.sucursales(id, nombre, zona) VALUES ('\(branch)', '\(try value("sucursal.nombre"))', '\(zone)')"
    )
    for table in tables {
      let csv = box.path("\(table).csv")
      let dump = try box.run(
        PackagePaths.sqlite3,
        ["-csv", "-header", box.db, "SELECT '\(branch)' AS sucursal, * FROM \(table)"])
      #expect(dump.status == 0, "\(dump.transcript)")
      guard let header = dump.stdout.split(whereSeparator: \.isNewline).first else { continue }
      try dump.stdout.write(toFile: csv, atomically: true, encoding: .utf8)
      let columns = header.split(separator: ",").map { "\"\($0)\"" }.joined(separator: ", ")
      let r = try box.run(
        ThrowawayPostgres.psqlPath,
        [
          "-X", "-v", "ON_ERROR_STOP=1", "-q", "-d", info, "-c",
          "\\copy tienda.\(table)(\(columns)) FROM '\(csv)' CSV HEADER",
        ])
      #expect(r.status == 0, "\(table): \(r.transcript)")
    }
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func centralTotalsEqualHandWrittenSQLOverBothFiles() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let a = try Sandbox()
    let b = try Sandbox()
    let catalog = [
      "crear producto Pan precio 1000 sku PAN01 stock 100 costo 400",
      "crear producto Queso precio 4500 sku QUE01 stock 100 costo 3000",
      "crear producto Vino precio 6990 sku VIN01 stock 100 costo 4000",
    ]
    var r = try a.tienda(
      (["configurar tienda zona America/Santiago", "configurar tienda sucursal \"Feria Matta\""]
        + catalog + ["configurar central \"\(info)\"", "central preparar"]).flatMap { ["-c", $0] })
    #expect(r.status == 0, "\(r.transcript)")
    r = try b.tienda(
      (["configurar tienda zona Europe/Madrid", "configurar tienda sucursal \"Madrid\""] + catalog)
        .flatMap { ["-c", $0] })
    #expect(r.status == 0, "\(r.transcript)")
    // 2026-11-23 02:30 UTC: the 22nd in Santiago (23:30), the 23rd in Madrid (03:30).
    let late: [String: String?] = ["TIENDA_AHORA": "2026-11-23T02:30:00Z"]
    let noon: [String: String?] = ["TIENDA_AHORA": "2026-11-23T15:00:00Z"]
    for (box, env, line) in [
      (a, late, "vender 2 PAN01, 1 QUE01 pagar efectivo 6500"),
      (a, noon, "vender 1 VIN01 pagar débito"),
      (a, noon, "vender 3 PAN01 pagar efectivo 3000"),
      (b, late, "vender 1 QUE01, 1 VIN01 pagar débito"),
      (b, noon, "vender 5 PAN01 pagar efectivo 5000"),
    ] {
      r = try box.commands(line, env: env)
      #expect(r.status == 0, "\(r.transcript)")
    }
    r = try a.commands("anular venta 3 motivo \"cobro duplicado\"", env: noon)
    #expect(r.status == 0, "\(r.transcript)")
    try Self.load(a, into: info)
    try Self.load(b, into: info)

    // Hand-written SQL over each file: the local day by the zone's offset
    // on that date (Santiago −3 in summer, Madrid +1 in winter).
    func oracle(_ box: Sandbox, _ offset: String, _ day: String) throws -> [Int] {
      let out = try box.sqlite(
        box.db,
        """
        SELECT (SELECT coalesce(sum(total), 0) FROM sales
                 WHERE date(at, 'unixepoch', '\(offset)') = '\(day)')
             - (SELECT coalesce(sum(total), 0) FROM refunds
                 WHERE date(at, 'unixepoch', '\(offset)') = '\(day)'),
          (SELECT count(*) FROM sales WHERE date(at, 'unixepoch', '\(offset)') = '\(day)'),
          (SELECT coalesce(sum(t.amount), 0) FROM sale_line_taxes t
             JOIN sale_lines l ON l.id = t.line_id JOIN sales s ON s.id = l.sale_id
           WHERE t.code = 'iva' AND date(s.at, 'unixepoch', '\(offset)') = '\(day)')
          - (SELECT coalesce(sum(t.amount), 0) FROM refund_line_taxes t
             JOIN refund_lines rl ON rl.id = t.refund_line_id JOIN refunds f ON f.id = rl.refund_id
           WHERE t.code = 'iva' AND date(f.at, 'unixepoch', '\(offset)') = '\(day)')
        """
      ).stdout
      return out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map {
        Int($0) ?? -1
      }
    }
    let day = "2026-11-23"
    let matta = try oracle(a, "-3 hours", day)
    let madrid = try oracle(b, "+1 hours", day)
    #expect(matta[1] == 2 && madrid[1] == 2, "\(matta) \(madrid)")

    let env: [String: String?] = ["TIENDA_AHORA": "2026-11-23T20:00:00Z"]
    r = try a.commands("informe ventas hoy en central como json", env: env)
    #expect(r.status == 0, "\(r.transcript)")
    let totals = try #require(try json(r.stdout)["totales"] as? [String: Any])
    #expect(totals["total"] as? Int == matta[0] + madrid[0], "\(r.stdout)")
    #expect(totals["impuesto_iva"] as? Int == matta[2] + madrid[2], "\(r.stdout)")

    r = try a.commands("informe ventas hoy en central por sucursal como json", env: env)
    #expect(r.status == 0, "\(r.transcript)")
    let rows = try #require(try json(r.stdout)["filas"] as? [[String: Any]])
    let byName = Dictionary(
      uniqueKeysWithValues: rows.map { ($0["nombre"] as? String ?? "?", $0["total"] as? Int) })
    #expect(byName == ["Feria Matta": matta[0], "Madrid": madrid[0]], "\(r.stdout)")

    // The same CSV dialect as the local report (header and `;`).
    let local = try a.commands("informe ventas hoy por caja como csv", env: env).stdout
    let central = try a.commands("informe ventas hoy en central por sucursal como csv", env: env)
      .stdout
    #expect(
      local.split(whereSeparator: \.isNewline).first
        == central.split(whereSeparator: \.isNewline).first,
      "\(local)\n\(central)")

    // Products: units per SKU over both files, over every day.
    r = try a.commands("informe productos mes en central como json", env: env)
    #expect(r.status == 0, "\(r.transcript)")
    let products = try #require(try json(r.stdout)["filas"] as? [[String: Any]])
    func units(_ box: Sandbox, _ sku: String) throws -> Int {
      Int(
        try box.sqlite(
          box.db,
          "SELECT (SELECT coalesce(sum(quantity), 0) FROM sale_lines WHERE sku = '\(sku)')"
            + " - (SELECT coalesce(sum(rl.quantity), 0) FROM refund_lines rl"
            + " JOIN sale_lines l ON l.id = rl.sale_line_id WHERE l.sku = '\(sku)')"
        ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
    for sku in ["PAN01", "QUE01", "VIN01"] {
      let row = try #require(products.first { $0["sku"] as? String == sku }, "\(r.stdout)")
      let expected = (try units(a, sku) + units(b, sku)) / 1000
      #expect(row["unidades"] as? Int == expected, "\(sku): \(row)")
    }

    // Stock per branch: each file's own.
    r = try a.commands("informe stock en central por sucursal como json", env: env)
    #expect(r.status == 0, "\(r.transcript)")
    let stock = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [Any])
    let pan = try #require(
      stock.compactMap { $0 as? [String: Any] }.first {
        $0["nombre"] as? String == "Pan · Madrid"
      }, "\(r.stdout)")
    #expect(pan["stock"] as? Int == 95, "\(pan)")
  }

  @Test func centralReportWithTheServerDownIsSpanishAndExitOne() throws {
    let s = try Sandbox()
    let dead = s.path("sin-servidor")
    try FileManager.default.createDirectory(atPath: dead, withIntermediateDirectories: true)
    try s.commands("configurar central \"host=\(dead) dbname=tienda user=feria\"")
    let r = try s.commands("informe ventas mes en central")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("No se pudo conectar con la central"), "\(r.transcript)")
  }
}
