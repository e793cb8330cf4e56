import Foundation
import Testing

/// Bugs found by the fresh-eye review of issue 16 (customers and their
/// accounts), each through the built binary with the file read back by
/// sqlite3.
@Suite struct Issue16ReviewTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// Two customers with the same name (any case or accents): naming them by
  /// that name is ambiguous and lists both with their RUT; it never picks
  /// the first one silently (it used to deactivate the wrong customer).
  @Test func namesakesAreAmbiguousNotTheFirstOne() throws {
    try box.ok(
      "crear cliente \"Juan Pérez\" rut 12.345.678-5",
      "crear cliente \"juan perez\" teléfono 987654321")
    let r = try box.commands("desactivar cliente \"juan perez\"")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("12.345.678-5"), "\(r.transcript)")
    #expect(r.stderr.contains("987654321"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM customers WHERE active = 1") == "2\n")
    // Each one is still named by its RUT or phone.
    try box.ok("desactivar cliente 987654321")
    #expect(try sql("SELECT name FROM customers WHERE active = 0") == "juan perez\n")
  }

  /// A namesake with neither RUT nor phone could never be named again:
  /// creating one, or making one by renaming, is refused and says why.
  @Test func aNamesakeNeedsRutOrPhone() throws {
    try box.ok("crear cliente \"Juan Pérez\" rut 12.345.678-5", "crear cliente \"Ana Soto\"")
    for line in [
      "crear cliente \"JUAN PEREZ\"", "editar cliente ana nombre \"Juan Pérez\"",
      "crear cliente \"Ana Soto\" rut 11.111.111-1",
    ] {
      let r = try box.commands(line)
      #expect(r.status == 1, "\(line): \(r.transcript)")
      #expect(r.stderr.contains("se distinguen por RUT o teléfono"), "\(line): \(r.transcript)")
    }
    #expect(try sql("SELECT name FROM customers ORDER BY id") == "Juan Pérez\nAna Soto\n")
    // With a phone (or RUT) each, two customers may share a name.
    try box.ok("crear cliente \"Juan Pérez\" teléfono 987654321")
    #expect(try sql("SELECT count(*) FROM customers") == "3\n")
  }

  /// Once part of a ticket is paid with fiado, that debt is the customer's:
  /// `cliente <otro>` or `sin cliente` is refused saying why (it used to be
  /// accepted and the sale then failed blaming «otra caja», or charged the
  /// new customer an amount checked against the first one's limit).
  @Test func fiadoPaidTicketKeepsItsCustomer() throws {
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "abrir caja 1000",
      "crear cliente \"Ana Rojas\" límite 5000", "crear cliente \"Beto Díaz\" límite 5000")
    for change in ["cliente beto", "sin cliente"] {
      let r = try box.tienda(
        ["--seguir"], stdin: "vender\n2 pan\ncliente ana\npagar fiado 500\n\(change)\ncancelar\n")
      #expect(r.status == 1, "\(change): \(r.transcript)")
      #expect(
        r.stderr.contains("ya tiene $500 en fiado de Ana Rojas"), "\(change): \(r.transcript)")
    }
    #expect(try sql("SELECT count(*) FROM account_moves") == "0\n")
    // The same customer again is fine (nothing changes).
    try box.tienda(
      [], stdin: "vender\n2 pan\ncliente ana\npagar fiado 500\ncliente ana\npagar efectivo\n")
    #expect(try sql("SELECT customer_id || '|' || amount FROM account_moves") == "1|500\n")
  }

  /// A deactivated customer who still owes (listed by `deudores`) can pay
  /// the debt off and has a statement; lending to one is refused by name.
  @Test func aDeactivatedDebtorStillPaysAndHasAStatement() throws {
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "abrir caja 10000",
      "crear cliente \"Ana Rojas\" límite 5000", "vender 3 pan cliente ana pagar fiado",
      "desactivar cliente ana")
    #expect(try box.ok("deudores").stdout.contains("Ana Rojas"))
    try box.ok(
      "abonar ana 1000", "ajustar cuenta ana 500 motivo \"cuaderno\" rebajar",
      "estado de cuenta ana")
    #expect(try sql("SELECT balance FROM account_balances") == "1500\n")
    #expect(try box.ok("estado de cuenta ana como csv").stdout.contains("-1000"))
    let r = try box.commands("prestar ana 100 motivo \"x\"")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("Ana Rojas"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM account_moves") == "3\n")
  }

  /// The RUT reads `12.345.678-5` everywhere, as `ver cliente` and
  /// `listar clientes` show it: `deudores` (table and JSON), the statement's
  /// heading and the printed abono receipt (they showed `12345678-5`).
  @Test func accountsShowTheRutFormatted() throws {
    let printed = box.path("impresora.txt")
    try box.ok(
      "configurar impresora caja archivo \(printed) lenguaje texto ancho 32",
      "crear producto Pan precio 1000 stock 100", "abrir caja 1000",
      "crear cliente \"Ana Rojas\" rut 12.345.678-5 límite 5000",
      "vender 3 pan cliente ana pagar fiado", "abonar ana 1000")
    let debtors = try box.ok("deudores como json").stdout
    #expect(debtors.contains("\"rut\": \"12.345.678-5\""), "\(debtors)")
    #expect(try box.ok("deudores").stdout.contains("12.345.678-5"))
    #expect(try box.ok("estado de cuenta ana").stdout.contains("(RUT 12.345.678-5)"))
    var receipt = ""
    for _ in 0..<50 where !receipt.contains("ABONO") {
      Thread.sleep(forTimeInterval: 0.1)
      receipt = (try? String(contentsOfFile: printed, encoding: .utf8)) ?? ""
    }
    let abono = receipt.components(separatedBy: "ABONO").last ?? ""
    #expect(abono.contains("12.345.678-5"), "\(receipt)")
    #expect(!receipt.contains("12345678-5"), "\(receipt)")
  }

  /// Importing an exported file back, with nothing changed, says so: it
  /// failed with «Error interno: el cambio no quedó en la bitácora» (an
  /// UPDATE of the same values with no journal row), and a customer
  /// without RUT was created again each time.
  @Test func reimportingAnExportChangesNothing() throws {
    try box.ok(
      "crear cliente \"Juan Pérez\" rut 12.345.678-5", "crear cliente \"Ana\" nota \"=1+1\"")
    let out = box.path("salida.csv")
    try box.ok("exportar clientes \(out)")
    let before = try sql("SELECT * FROM customers ORDER BY id")
    let journal = try sql("SELECT count(*) FROM journal")
    let r = try box.commands("importar clientes \(out)")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("0 nuevos, 0 actualizados, 2 sin cambios"), "\(r.transcript)")
    #expect(try sql("SELECT * FROM customers ORDER BY id") == before)
    #expect(try sql("SELECT count(*) FROM journal") == journal)
    let same = try box.write("igual.csv", "nombre;rut\nJuan Pérez;12.345.678-5\n")
    let again = try box.commands("importar clientes \(same)")
    #expect(again.status == 0, "\(again.transcript)")
    #expect(again.stdout.contains("0 nuevos, 0 actualizados, 1 sin cambios"), "\(again.transcript)")
  }

  /// `editar cliente` with a word it does not know names the customer it
  /// could not find, as `editar producto` does (it said «No indicó nada que
  /// cambiar» without looking for the customer).
  @Test func editingWithAnUnknownFieldSaysWhatItLookedFor() throws {
    try box.ok("crear cliente \"Juan Pérez\" teléfono 912345678")
    let r = try box.commands("editar cliente juan color rojo")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("No encontré el cliente «juan color rojo»"), "\(r.transcript)")
    let none = try box.commands("editar cliente juan")
    #expect(none.stderr.contains("No indicó nada que cambiar"), "\(none.transcript)")
  }
}
