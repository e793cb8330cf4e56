import Foundation
import Testing

/// Issue 16 after the fresh-eye review (arreglos16): the balance after a
/// sale on credit, the logged-in supervisor past the limit in a script, the
/// abono with no open register, list names and the printed statement.
@Suite struct Issue16FixTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "abrir caja 5000",
      "crear cliente \"Ana Rojas\" límite 5000")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// Output lines joined (a long confirmation wraps at 80 columns in a pipe).
  func flat(_ text: String) -> String {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  func run(_ user: String, _ pin: String, _ line: String) throws -> RunResult {
    try box.tienda(["--usuario", user, "-c", line], env: ["TIENDA_PIN": pin])
  }

  /// The guide's screen: `Venta 41 · Total $5.000 · Fiado $5.000 · Saldo de
  /// Juana $13.000`. A cashier (no `ver-informes`) sees what is left instead.
  @Test func theSaleOnCreditShowsTheNewBalance() throws {
    let one = try box.commands("vender 3 pan cliente ana pagar fiado")
    #expect(one.status == 0, "\(one.transcript)")
    #expect(
      flat(one.stdout).contains(
        "Venta 1 · Total $3.000 · Fiado $3.000 · Saldo de Ana Rojas $3.000"),
      "\(one.transcript)")
    // Ticket mode: `pagar fiado` completing the sale, part fiado.
    let two = try box.commands("cliente ana", "vender 1 pan", "pagar fiado 500, efectivo")
    #expect(two.status == 0, "\(two.transcript)")
    #expect(flat(two.stdout).contains("Vuelto $0 · Saldo de Ana Rojas $3.500"), "\(two.transcript)")
    // The oracle: the ledger itself.
    #expect(try sql("SELECT sum(amount) FROM account_moves") == "3500\n")
    // A sale without fiado says nothing about any account.
    let cash = try box.commands("vender 1 pan cliente ana pagar efectivo")
    #expect(!cash.stdout.contains("Saldo"), "\(cash.transcript)")
    // A cashier sees what is left to sell on credit, not the balance.
    try box.ok("crear usuario pepe rol dueño pin 1234", "crear usuario caja rol cajero pin 1111")
    let cashier = try run("caja", "1111", "vender 1 pan cliente ana pagar fiado")
    #expect(cashier.status == 0, "\(cashier.transcript)")
    #expect(
      flat(cashier.stdout).contains("Fiado $1.000 · Disponible para fiar $500"),
      "\(cashier.transcript)")
    #expect(!cashier.stdout.contains("Saldo"), "\(cashier.transcript)")
  }

  /// DESIGN §6/§8.5: past the limit needs a supervisor; a logged-in
  /// supervisor or owner is one, also in a script. A cashier is refused.
  @Test func aSupervisorSellsPastTheLimitInAScript() throws {
    try box.ok(
      "crear usuario pepe rol dueño pin 1234", "crear usuario sara rol supervisor pin 2222",
      "crear usuario caja rol cajero pin 1111")
    let cashier = try run("caja", "1111", "vender 6 pan cliente ana pagar fiado")
    #expect(cashier.status == 1, "\(cashier.transcript)")
    #expect(cashier.stderr.contains("pasa su límite"), "\(cashier.transcript)")
    #expect(try sql("SELECT count(*) FROM account_moves") == "0\n")
    let owner = try run("pepe", "1234", "vender 6 pan cliente ana pagar fiado")
    #expect(owner.status == 0, "\(owner.transcript)")
    let supervisor = try run("sara", "2222", "vender 1 pan cliente ana pagar fiado")
    #expect(supervisor.status == 0, "\(supervisor.transcript)")
    #expect(
      try sql("SELECT amount, reason, user_name FROM account_moves ORDER BY id")
        == "6000|sobre el límite|pepe\n1000|sobre el límite|sara\n")
    #expect(
      try sql(
        "SELECT user_name FROM journal WHERE action = 'cuenta.fiar_sobre_límite' ORDER BY id")
        == "pepe\nsara\n")
  }

  /// An abono with no open register where the shop asks to open one first.
  @Test func anAbonoWithTheRegisterClosedIsWordedForAnAbono() throws {
    try box.ok("vender 2 pan cliente ana pagar fiado", "cerrar caja 7000")
    try box.ok("configurar tienda abrir-caja-sola no")
    let r = try box.commands("abonar ana 1000")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("antes de recibir dinero"), "\(r.transcript)")
    #expect(r.stderr.contains("un abono entra en la caja"), "\(r.transcript)")
    #expect(!r.stderr.contains("antes de vender"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM account_moves") == "1\n")
  }

  /// A list's name is one word (it is named unquoted in `precio <lista> …`);
  /// a fixed list price of $0 is refused. Neither writes anything.
  @Test func listNamesAreOneWordAndListPricesAreNotZero() throws {
    let spaced = try box.commands("crear lista \"dos palabras\"")
    #expect(spaced.status == 1, "\(spaced.transcript)")
    #expect(flat(spaced.stderr).contains("«dos palabras» tiene espacios"), "\(spaced.transcript)")
    #expect(flat(spaced.stderr).contains("«dos-palabras»"), "\(spaced.transcript)")
    #expect(try sql("SELECT count(*) FROM price_lists") == "0\n")
    try box.ok("crear lista dos-palabras", "precio dos-palabras pan 900")
    let zero = try box.commands("precio dos-palabras pan 0")
    #expect(zero.status == 1, "\(zero.transcript)")
    #expect(flat(zero.stderr).contains("$0 regalaría el producto"), "\(zero.transcript)")
    #expect(try sql("SELECT price FROM price_list_prices") == "900\n")
  }

  /// The printed statement of a period says which days it covers and the
  /// balance carried in (the screen too). Oracle: the moves by hand.
  @Test func thePrintedStatementNamesItsPeriod() throws {
    let shop = try Sandbox()
    func at(_ when: String, _ line: String) throws {
      let r = try shop.tienda(["-c", line], env: ["TIENDA_AHORA": when])
      #expect(r.status == 0, "\(line): \(r.transcript)")
    }
    try at("2026-11-19T13:00:00Z", "crear producto Pan precio 1000 stock 100")
    try at("2026-11-19T13:00:00Z", "crear cliente \"Ana Rojas\" límite 50000")
    try at("2026-11-20T13:00:00Z", "vender 5 pan cliente ana pagar fiado")  // 5.000
    try at("2026-11-21T13:00:00Z", "abonar ana 2000")  // 3.000
    try at("2026-11-25T13:00:00Z", "vender 1 pan cliente ana pagar fiado")  // 4.000
    let path = shop.path("lp0")
    try at("2026-11-30T13:00:00Z", "configurar impresora usb archivo \(path) ancho 42")
    try at(
      "2026-11-30T13:00:00Z", "imprimir estado de cuenta ana desde 22-11-2026 hasta 30-11-2026")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let text = String(decoding: bytes, as: UTF8.self)
    // The printer's code page encodes «í»: the ASCII parts.
    #expect(text.contains("odo 22-11-2026 al 30-11-2026"), "\(text)")
    #expect(text.contains("Saldo anterior"), "\(text)")
    #expect(text.contains("$3.000"), "\(text)")
    let screen = try shop.tienda(
      ["-c", "estado de cuenta ana desde 22-11-2026 hasta 30-11-2026"],
      env: ["TIENDA_AHORA": "2026-11-30T13:00:00Z"])
    #expect(
      flat(screen.stdout).contains("Período 22-11-2026 al 30-11-2026 · Saldo anterior $3.000"),
      "\(screen.transcript)")
    let day = try shop.tienda(
      ["-c", "estado de cuenta ana desde 25-11-2026 hasta 25-11-2026"],
      env: ["TIENDA_AHORA": "2026-11-30T13:00:00Z"])
    #expect(
      flat(day.stdout).contains("Día 25-11-2026 · Saldo anterior $3.000"), "\(day.transcript)")
  }

  /// Two rows without RUT and the same name were merged into one customer
  /// in silence; the file is refused naming both lines, nothing imported.
  @Test func anImportWithTheSameNameTwiceWithoutRutIsRefused() throws {
    let file = try box.write(
      "clientes.csv",
      "nombre;teléfono\nJuan Soto;+56911111111\nPedro Lagos;\njuan soto;+56922222222\n")
    let r = try box.tienda(["-c", "importar clientes \(file)"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(flat(r.stderr).contains("Línea 4, columna «nombre»"), "\(r.transcript)")
    #expect(flat(r.stderr).contains("ya aparece sin RUT en la línea 2"), "\(r.transcript)")
    #expect(flat(r.stderr).contains("No se importó nada"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM customers WHERE name <> 'Ana Rojas'") == "0\n")
    // With a RUT on each, two namesakes import fine.
    let ruts = try box.write(
      "ruts.csv",
      "nombre;rut;teléfono\nJuan Soto;11.111.111-1;+56911111111\njuan soto;12.345.678-5;+56922222222\n"
    )
    try box.ok("importar clientes \(ruts)")
    #expect(try sql("SELECT count(*) FROM customers WHERE name <> 'Ana Rojas'") == "2\n")
  }
}
