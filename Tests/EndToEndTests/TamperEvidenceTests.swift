import Foundation
import Testing

/// DESIGN §8.19: immutable tables refuse `INSERT OR REPLACE`, the journal
/// carries a hash chain (checked here by Python's hashlib, not by tienda),
/// its head is on each Z, and `verificar base` reports rewritten rows and
/// missing triggers. The attacker is the `sqlite3` CLI.
@Suite struct TamperEvidenceTests {
  /// Every immutable table (kept by hand here, apart from tienda's list).
  static let immutable = [
    "journal", "stock_movements", "sales", "sale_lines", "sale_line_taxes", "payments",
    "refunds", "refund_lines", "refund_line_taxes", "cash_movements", "z_reports",
    "z_report_methods", "z_report_taxes", "z_report_denominations", "z_report_heads",
    "cash_sessions",
  ]

  /// The chain recomputed from the rows alone: "ok <last id> <hash>" or
  /// "roto <id>" for the first row whose stored hash is wrong.
  static let oracle = """
    import hashlib, sqlite3, sys
    db = sqlite3.connect(sys.argv[1])
    prev = "0" * 64
    last = None
    for row in db.execute("SELECT id, at, user_name, approved_by, register_id, command, action,"
                          " entity, entity_id, before, after, hash FROM journal ORDER BY id"):
        def t(v):
            return "N" if v is None else "T%d:%s" % (len(v.encode()), v)
        parts = [str(row[0]), str(row[1]), t(row[2]), t(row[3]), str(row[4]), t(row[5]),
                 t(row[6]), t(row[7]), t(row[8]), t(row[9]), t(row[10])]
        h = hashlib.sha256((prev + "\\n" + "|".join(parts)).encode()).hexdigest()
        if h != row[11]:
            print("roto", row[0]); sys.exit(0)
        prev, last = h, row[0]
    print("ok", last, prev)
    """

  func python(_ box: Sandbox) throws -> [String] {
    let r = try box.run("/usr/bin/python3", ["-c", Self.oracle, box.db])
    #expect(r.status == 0, "\(r.transcript)")
    let words = r.stdout.split(separator: " ").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    // "ok <id> <hash>" or "roto <id>".
    try #require(words.count == 3 || (words.count == 2 && words[0] == "roto"), "\(r.transcript)")
    return words
  }

  /// A shop with a row in every ledger table: a sale with IVA, a return, a
  /// cash deposit, and a closing counted by denominations.
  func busyShop() throws -> Sandbox {
    let box = try Sandbox()
    let r = try box.commands(
      "crear producto \"Empanada de pino\" precio 2500 stock 40",
      "abrir caja 10000", "ingreso 5000 motivo \"sencillo\"",
      "vender 2 empanada pino pagar efectivo 10000", "vender 1 empanada pino pagar débito",
      "devolver venta 1 1 empanada pino reembolso efectivo",
      "cerrar caja conteo 10000 x 2, 5000 x 1 débito 2500")
    #expect(r.status == 0, "\(r.transcript)")
    return box
  }

  @Test func insertOrReplaceIsRefusedOnEveryImmutableTable() throws {
    let box = try busyShop()
    for table in Self.immutable {
      let count = try box.sqlite(box.db, "SELECT count(*) FROM \(table)")
      #expect(
        (Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0, "\(table)")
      let dump = try box.sqlite(box.db, "SELECT * FROM \(table) ORDER BY 1")
      // The same row again, as a naive edit would write it back.
      let r = try box.sqlite(
        box.db, "INSERT OR REPLACE INTO \(table) SELECT * FROM \(table) LIMIT 1")
      #expect(r.status != 0, "\(table): \(r.transcript)")
      // The journal's outbox trigger calls tienda's own SQL function (issue
      // 23): another program cannot even prepare a write to the journal.
      let refusal = table == "journal" ? "tienda_outbox" : "no se puede reemplazar"
      #expect(r.stderr.contains(refusal), "\(table): \(r.transcript)")
      #expect(try box.sqlite(box.db, "SELECT * FROM \(table) ORDER BY 1").stdout == dump.stdout)
    }
    // A plain new row is still welcome where tienda writes new rows.
    let ok = try box.commands("vender 1 empanada pino pagar efectivo 2500", "verificar base")
    #expect(ok.status == 0, "\(ok.transcript)")
  }

  @Test func theChainMatchesAnIndependentHash() throws {
    let box = try busyShop()
    let oracle = try python(box)
    #expect(oracle.first == "ok", "\(oracle)")
    let r = try box.commands("verificar base como json")
    #expect(r.status == 0, "\(r.transcript)")
    let check = try jsonObject(r.stdout)
    #expect(
      check["cadena_bitacora"] as? String
        == "ok (N° \(oracle[1]) · \(oracle[2].prefix(16)))", "\(r.stdout)")
    #expect(check["sellos_ventas"] as? String == "ok")
    #expect(check["protecciones"] as? String == "ok")
  }

  @Test func theZShowsTheChainHeadItClosedOn() throws {
    let box = try Sandbox()
    var r = try box.commands(
      "crear producto \"Empanada de pino\" precio 2500 stock 40",
      "vender 2 empanada pino pagar efectivo 10000")
    #expect(r.status == 0, "\(r.transcript)")
    // The head when the register closes: the last row before the closing's own.
    let before = try python(box)
    r = try box.commands("cerrar caja 5000", "informe z último como json")
    #expect(r.status == 0, "\(r.transcript)")
    let z = try jsonObject(r.stdout.split(separator: "\n").dropFirst(2).joined(separator: "\n"))
    #expect(z["bitacora"] as? String == "N° \(before[1]) · \(before[2].prefix(16))", "\(r.stdout)")
    let text = try box.commands("informe z 1")
    #expect(
      text.stdout.contains("Bitácora al cerrar:     N° \(before[1]) · \(before[2].prefix(16))"))
    // A journal rewritten and re-chained afterwards no longer matches the Z.
    let rehash = """
      import hashlib, sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.execute("DROP TRIGGER journal_no_update")
      db.execute("UPDATE journal SET hash = 'x' || substr(hash, 2) WHERE id = ?", (\(before[1]),))
      db.commit()
      """
    #expect(try box.run("/usr/bin/python3", ["-c", rehash, box.db]).status == 0)
    // Wide enough that the finding is not wrapped (80 columns through a pipe).
    let check = try box.commands("verificar base", env: ["COLUMNS": "400"])
    #expect(check.status == 1)
    #expect(check.stdout.contains("el informe Z 1 de Caja 1 guardó otra huella"), "\(check.stdout)")
  }

  @Test func aRewrittenJournalRowIsNamed() throws {
    let box = try busyShop()
    let tamper = try box.sqlite(
      box.db,
      """
      DROP TRIGGER journal_no_update;
      UPDATE journal SET command = 'vender 1 empanada pino pagar efectivo 2500' WHERE id = 4;
      """)
    #expect(tamper.status == 0, "\(tamper.transcript)")
    #expect(try python(box) == ["roto", "4"])
    let r = try box.commands("verificar base")
    #expect(r.status == 1)
    #expect(r.stdout.contains("rota en el registro N° 4"), "\(r.stdout)")
    #expect(r.stdout.contains("journal_no_update (journal)"), "\(r.stdout)")
    // A deleted row breaks the chain at the row after it.
    let box2 = try busyShop()
    try box2.sqlite(box2.db, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE id = 2;")
    #expect(try box2.commands("verificar base").stdout.contains("rota en el registro N° 3"))
  }

  @Test func aRewrittenSaleIsNamed() throws {
    let box = try busyShop()
    // Only the text of a line and a tax amount: totals still add up.
    let tamper = try box.sqlite(
      box.db,
      """
      DROP TRIGGER sale_lines_no_update; DROP TRIGGER sale_line_taxes_no_update;
      UPDATE sale_lines SET name = 'Empanada de queso' WHERE sale_id = 2;
      """)
    #expect(tamper.status == 0, "\(tamper.transcript)")
    let r = try box.commands("verificar base")
    #expect(r.status == 1)
    #expect(
      r.stdout.contains(
        "Ventas contra sus sellos:  la venta 2 de Caja 1 se modificó fuera de tienda\n"),
      "\(r.stdout)")
    #expect(r.stdout.contains("Ventas y cajas:            ok\n"), "\(r.stdout)")
    // A sale slipped in without the journal is named too.
    let box2 = try busyShop()
    try box2.sqlite(
      box2.db,
      """
      DROP TRIGGER sales_session_open;
      INSERT INTO sales SELECT 99, register_id, 3, session_id, at, user_name, subtotal,
        line_discounts, ticket_discount, ticket_discount_percent, coupon_id, coupon_discount,
        total, net, rounding, change, boleta, note, gift, quote_id FROM sales WHERE id = 1;
      """)
    let r2 = try box2.commands("verificar base")
    #expect(r2.stdout.contains("la venta 3 de Caja 1 no está en la bitácora"), "\(r2.stdout)")
  }

  @Test func aDroppedTriggerIsReported() throws {
    let box = try busyShop()
    try box.sqlite(
      box.db, "DROP TRIGGER sale_line_taxes_no_replace; DROP TRIGGER payments_no_delete;")
    let r = try box.commands("verificar base", env: ["COLUMNS": "400"])
    #expect(r.status == 1)
    #expect(
      r.stdout.contains(
        "faltan los triggers sale_line_taxes_no_replace (sale_line_taxes), payments_no_delete (payments)"
      ), "\(r.stdout)")
  }

  @Test func quietCheckPrintsNothingWhenHealthy() throws {
    let box = try busyShop()
    let quiet = try box.commands("verificar base --silencioso")
    #expect(
      quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.transcript)")
    try box.sqlite(box.db, "DROP TRIGGER sales_no_delete;")
    let loud = try box.commands("verificar base --silencioso")
    #expect(loud.status == 1, "\(loud.transcript)")
    #expect(loud.stdout.contains("sales_no_delete (sales)"), "\(loud.stdout)")
    #expect(loud.stderr.contains("La base tiene problemas"), "\(loud.stderr)")
  }
}
