import Foundation
import Testing
import TiendaTestSupport

/// Issue 23 (part B): `informe … en central [por sucursal]` on a real
/// PostgreSQL holding two branch files pushed with `sincronizar enviar`,
/// checked against hand-written SQL over both files (sqlite3). The branches are in different zones and sell
/// near midnight, so the local day is each branch's own.
@Suite struct CentralReportTests {
  /// Pushes a file's ledger with the real command (`sincronizar enviar`):
  /// the central tables are the ones the push materialises.
  static func push(_ box: Sandbox) throws {
    let r = try box.commands("sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.hasPrefix("Enviadas "), "\(r.transcript)")
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
      (["configurar tienda zona Europe/Madrid", "configurar tienda sucursal \"Madrid\""] + catalog
        + ["configurar central \"\(info)\""]).flatMap { ["-c", $0] })
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
    // A return in Madrid on the 23rd (its local day), counted as locally.
    r = try b.commands("devolver venta 2 1 Pan", env: noon)
    #expect(r.status == 0, "\(r.transcript)")
    // A copy of Madrid's file (another laptop) sells on its own: a new
    // epoch, the same local sale id as Madrid's next sale. Both push; the
    // central keeps both sales, each with its own lines (never four).
    let c = try Sandbox()
    let shared = b.path("al-copiar.db")
    try FileManager.default.copyItem(atPath: b.db, toPath: c.db)
    try FileManager.default.copyItem(atPath: b.db, toPath: shared)
    r = try c.commands("vender 2 QUE01 pagar efectivo 9000", env: noon)
    #expect(r.status == 0, "\(r.transcript)")
    r = try b.commands("vender 1 VIN01 pagar débito", env: noon)
    #expect(r.status == 0, "\(r.transcript)")
    let sameID = "SELECT max(id) FROM sales"
    #expect(try b.sqlite(b.db, sameID).stdout == c.sqlite(c.db, sameID).stdout)
    try Self.push(a)
    try Self.push(b)
    try Self.push(c)
    let epochs = try ThrowawayPostgres.psql(
      info,
      "SELECT count(DISTINCT s.epoca) FROM tienda.sales s JOIN tienda.sucursales b"
        + " ON b.id = s.sucursal WHERE b.nombre = 'Madrid'")
    #expect(epochs == "2", "the copy pushed under its own epoch")

    // Hand-written SQL over each file: the local day by the zone's offset
    // on that date (Santiago −3 in summer, Madrid +1 in winter).
    func oracle(_ file: String, _ offset: String, _ day: String) throws -> [Int] {
      let out = try a.sqlite(
        file,
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
    let matta = try oracle(a.db, "-3 hours", day)
    // Madrid: its file, plus what the copy did after the copy.
    let madrid = zip(
      zip(try oracle(b.db, "+1 hours", day), try oracle(c.db, "+1 hours", day)),
      try oracle(shared, "+1 hours", day)
    ).map { $0.0 + $0.1 - $1 }
    #expect(matta[1] == 2 && madrid[1] == 4, "\(matta) \(madrid)")

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
    func units(_ file: String, _ sku: String) throws -> Int {
      Int(
        try a.sqlite(
          file,
          "SELECT (SELECT coalesce(sum(quantity), 0) FROM sale_lines WHERE sku = '\(sku)')"
            + " - (SELECT coalesce(sum(rl.quantity), 0) FROM refund_lines rl"
            + " JOIN sale_lines l ON l.id = rl.sale_line_id WHERE l.sku = '\(sku)')"
        ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
    for sku in ["PAN01", "QUE01", "VIN01"] {
      let row = try #require(products.first { $0["sku"] as? String == sku }, "\(r.stdout)")
      let expected =
        (try units(a.db, sku) + units(b.db, sku) + units(c.db, sku) - units(shared, sku)) / 1000
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
    let madridPan =
      Int(
        try b.sqlite(b.db, "SELECT stock / 1000 FROM products WHERE sku = 'PAN01'").stdout
          .trimmingCharacters(in: .whitespacesAndNewlines))
      ?? -1
    #expect(madridPan == 96, "sold 5, returned 1")
    #expect(pan["stock"] as? Int == madridPan, "\(pan)")

    // Same JSON keys and CSV header as the local reports (§8.14).
    func header(_ text: String) -> Substring? { text.split(whereSeparator: \.isNewline).first }
    for (localLine, centralLine) in [
      ("informe productos mes como csv", "informe productos mes en central como csv"),
      ("informe productos mes como csv", "informe productos mes en central por sucursal como csv"),
      ("informe stock como csv", "informe stock en central como csv"),
      ("informe stock como csv", "informe stock en central por sucursal como csv"),
    ] {
      let here = try a.commands(localLine, env: env)
      let there = try a.commands(centralLine, env: env)
      #expect(here.status == 0 && there.status == 0, "\(here.transcript)\n\(there.transcript)")
      #expect(header(here.stdout) == header(there.stdout), "\(centralLine)")
    }
    let localProducts = try json(a.commands("informe productos mes como json", env: env).stdout)
    let centralProducts = try json(
      a.commands("informe productos mes en central por sucursal como json", env: env).stdout)
    #expect(Set(localProducts.keys) == Set(centralProducts.keys))
    let localRow = try #require((localProducts["filas"] as? [[String: Any]])?.first)
    let centralRow = try #require((centralProducts["filas"] as? [[String: Any]])?.first)
    #expect(Set(localRow.keys) == Set(centralRow.keys), "\(localRow)\n\(centralRow)")
    // Per branch and product: Madrid's bread, sold 5 and returned 1.
    let byBranch = try #require(centralProducts["filas"] as? [[String: Any]])
    let madridBread = try #require(byBranch.first { $0["nombre"] as? String == "Pan · Madrid" })
    #expect(madridBread["unidades"] as? Int == (try units(b.db, "PAN01")) / 1000, "\(madridBread)")
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
