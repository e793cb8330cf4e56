import Foundation
import Testing

/// Issue 12, item 3: reads are protected too (DESIGN.md §8.5), cron logs in
/// without risking a lockout, and discount caps as §8.6 defines them. All
/// through the real binary; the oracle is the shop file read with sqlite3.
@Suite struct RightsTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    let r = try box.commands(
      "crear producto \"Empanada\" precio 10000 costo 4000 stock 50",
      "crear usuario \(UsersFixture.owner) rol dueño pin \(UsersFixture.ownerPin)",
      "crear usuario \(UsersFixture.cashier) rol cajero pin \(UsersFixture.cashierPin)",
      "crear usuario sofía rol supervisor pin 5555")
    try #require(r.status == 0, "\(r.transcript)")
  }

  func failedAttempts(_ user: String) throws -> String {
    let r = try box.sqlite(
      box.db, "SELECT failed_attempts FROM users WHERE name_folded = '\(user)'")
    return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The list: each read, logged out, is refused with a Spanish
  /// message naming `entrar` (and the right, for money figures); nothing
  /// is written.
  @Test func readsAreRefusedLoggedOut() throws {
    let reads: [(String, Bool)] = [
      ("ventas", true), ("arqueo", true), ("informe z", true), ("bitácora", true),
      ("listar usuarios", false), ("exportar productos p.csv", true),
    ]
    for (command, money) in reads {
      let r = try box.commands(command)
      #expect(r.status == 1, "«\(command)» sin entrar:\n\(r.transcript)")
      #expect(r.stdout.isEmpty, "«\(command)» mostró algo:\n\(r.stdout)")
      let message = errorText(r)
      #expect(message.contains("Nadie ha entrado"), "\(message)")
      #expect(message.contains("entrar <usuario>"), "\(message)")
      if money { #expect(message.contains("«ver-informes»"), "\(message)") }
    }
    #expect(!box.exists("p.csv"))
  }

  /// The locked screen of §8.5: a price check works logged out, without
  /// cost or margin; everything else needs a login.
  @Test func lockedScreenIsAPriceCheck() throws {
    for command in ["buscar empanada", "stock empanada", "ayuda", "ver producto empanada"] {
      let r = try box.commands(command)
      #expect(r.status == 0, "«\(command)» sin entrar:\n\(r.transcript)")
    }
    let shown = try box.commands("ver producto empanada como json")
    let fields = try jsonObject(shown.stdout)
    #expect(fields["precio"] != nil)
    #expect(fields["costo"] == nil && fields["margen"] == nil, "\(shown.stdout)")
    let owner = try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "ver producto empanada como json")
    #expect(try jsonObject(owner.stdout)["costo"] != nil, "\(owner.stdout)")
    for command in ["listar categorías", "listar productos", "sostenidas", "ver configuración"] {
      let r = try box.commands(command)
      #expect(r.status == 1, "«\(command)» sin entrar:\n\(r.transcript)")
      #expect(errorText(r).contains("entrar <usuario>"))
    }
  }

  /// A cajero sells but does not read money figures; a supervisor does.
  @Test func cashierCannotReadMoneyFigures() throws {
    let pin = UsersFixture.cashierPin
    for command in ["ventas", "informe z", "arqueo", "exportar productos p.csv", "bitácora"] {
      let message = try box.refusedAs(UsersFixture.cashier, pin: pin, command)
      #expect(message.contains("«ver-informes»"), "«\(command)»: \(message)")
    }
    #expect(!box.exists("p.csv"))
    let view = try box.okAs(UsersFixture.cashier, pin: pin, "ver producto empanada como json")
    #expect(try jsonObject(view.stdout)["costo"] == nil, "\(view.stdout)")
    try box.okAs(UsersFixture.cashier, pin: pin, "vender 1 empanada pagar efectivo")
    try box.okAs("sofía", pin: "5555", "ventas", "arqueo")
    try box.okAs(UsersFixture.owner, pin: UsersFixture.ownerPin, "exportar productos p.csv")
    #expect(try box.read("p.csv").contains("4000"))
  }

  /// `verificar` reads money figures only with the right.
  @Test func checksOfMoneyNeedTheRight() throws {
    let message = try box.refusedAs(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "verificar total ventas hoy = 0")
    #expect(message.contains("ver-informes"), "\(message)")
    try box.okAs(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "verificar stock empanada = 50")
  }

  /// Cron: `TIENDA_PIN_ARCHIVO` names a file only its owner reads.
  @Test func cronReadsThePinFromAPrivateFile() throws {
    let file = try box.write("pin", UsersFixture.ownerPin + "\n")
    #expect(chmod(file, 0o600) == 0)
    let ok = try box.tienda(
      ["--usuario", UsersFixture.owner, "-c", "ventas"], env: ["TIENDA_PIN_ARCHIVO": file])
    #expect(ok.status == 0, "\(ok.transcript)")
    #expect(chmod(file, 0o644) == 0)
    let open = try box.tienda(
      ["--usuario", UsersFixture.owner, "-c", "ventas"], env: ["TIENDA_PIN_ARCHIVO": file])
    #expect(open.status == 1, "\(open.transcript)")
    #expect(open.stdout.isEmpty)
    #expect(open.stderr.contains("permisos 0644"), "\(open.stderr)")
    #expect(open.stderr.contains("chmod 600"), "\(open.stderr)")
    let missing = try box.tienda(
      ["--usuario", UsersFixture.owner, "-c", "ventas"],
      env: ["TIENDA_PIN_ARCHIVO": box.path("no-existe")])
    #expect(missing.status == 1, "\(missing.transcript)")
    #expect(missing.stderr.contains("no existe"), "\(missing.stderr)")
    #expect(try failedAttempts("pepe") == "0")
  }

  /// A missing PIN (empty file, `pin ""`, no TIENDA_PIN) is not a failed
  /// attempt: a cron job without its PIN never locks its user out.
  @Test func missingPinIsNotAFailedAttempt() throws {
    let empty = try box.write("vacío", "\n")
    #expect(chmod(empty, 0o600) == 0)
    for _ in 0..<6 {
      let r = try box.tienda(["-c", "entrar pepe pin \"\""])
      #expect(r.status == 1, "\(r.transcript)")
      #expect(errorText(r).contains("Falta el PIN"), "\(r.stderr)")
      let file = try box.tienda(
        ["--usuario", UsersFixture.owner, "-c", "ventas"], env: ["TIENDA_PIN_ARCHIVO": empty])
      #expect(file.status == 1, "\(file.transcript)")
      let none = try box.tienda(["--usuario", UsersFixture.owner, "-c", "ventas"])
      #expect(none.status == 1, "\(none.transcript)")
    }
    #expect(try failedAttempts("pepe") == "0")
    // A wrong PIN still counts.
    _ = try box.tienda(["-c", "entrar pepe pin 9999"])
    #expect(try failedAttempts("pepe") == "1")
  }

  /// §8.6: 10 % on the line and $500 more on it, or 5 % on the ticket,
  /// pass a cajero's 10 % ticket cap: refused without a terminal; a
  /// supervisor may give them.
  @Test func stackedDiscountsAreBoundByTheTicketCap() throws {
    let pin = UsersFixture.cashierPin
    try box.okAs(UsersFixture.cashier, pin: pin, "vender 1 empanada", "descuento 10% línea 1")
    // 10 % and $500 on one line: 15 % of it, over the line cap first.
    var message = try box.refusedAs(UsersFixture.cashier, pin: pin, "descuento $500 línea 1")
    #expect(message.contains("supera el tope"), "\(message)")
    #expect(message.contains("15%"), "\(message)")
    message = try box.refusedAs(UsersFixture.cashier, pin: pin, "descuento 5%")
    #expect(message.contains("14,5%"), "\(message)")
    // Taking a discount back is always allowed.
    try box.okAs(UsersFixture.cashier, pin: pin, "descuento 0% línea 1", "descuento 10%")
    // Another user takes the cashier's orphaned ticket with «retomar» (§8.4).
    try box.okAs("sofía", pin: "5555", "retomar", "descuento 10% línea 1")
    let r = try box.sqlite(
      box.db,
      "SELECT l.discount_percent, t.discount_percent FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id"
    )
    #expect(r.stdout == "10000|10000\n", "\(r.transcript)")
  }

  /// Raising a role's line cap leaves its ticket cap where it was.
  @Test func raisingTheLineCapKeepsTheTicketCap() throws {
    let r = try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "editar rol cajero descuento-máximo 15%")
    #expect(r.stdout.contains("tope por ticket de cajero sigue en 10%"), "\(r.stdout)")
    let caps = try box.sqlite(
      box.db, "SELECT max_line_discount, max_ticket_discount FROM roles WHERE code = 'cajero'")
    #expect(caps.stdout == "15000|10000\n", "\(caps.transcript)")
    // A 12 % line discount on a one-line ticket is 12 % of the ticket.
    try box.okAs(UsersFixture.cashier, pin: UsersFixture.cashierPin, "vender 1 empanada")
    let message = try box.refusedAs(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "descuento 12% línea 1")
    #expect(message.contains("tope por ticket"), "\(message)")
  }
}

/// Issue 12, item 2: the currency is a property of the amounts stored.
@Suite struct CurrencyTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  @Test func emptyShopMayChangeCurrency() throws {
    let r = try box.commands("configurar tienda moneda ARS", "configurar tienda moneda CLP")
    #expect(r.status == 0, "\(r.transcript)")
  }

  @Test func currencyIsFixedOnceAProductHasAPrice() throws {
    try box.commands("crear producto \"Pan\" precio 1000")
    let before = try box.dump()
    let r = try box.commands("configurar tienda moneda ARS")
    #expect(r.status == 1, "\(r.transcript)")
    let message = errorText(r)
    #expect(message.contains("No se puede cambiar la moneda de CLP a ARS"), "\(message)")
    #expect(message.contains("precios"), "\(message)")
    #expect(try box.dump() == before)
    #expect(try box.sqlite(box.db, "SELECT price FROM products").stdout == "1000\n")
  }

  /// With a sale and a Z stored, nothing is rescaled: the stored figures
  /// stay as sqlite3 reads them.
  @Test func currencyIsFixedOnceASaleExists() throws {
    var r = try box.commands(
      "crear producto \"Pan\" precio 1250 stock 10", "vender 2 pan pagar efectivo",
      "cerrar caja 2500", "editar producto pan precio 0")
    try #require(r.status == 0, "\(r.transcript)")
    let sql = "SELECT total FROM sales; SELECT sales_total FROM z_reports;"
    let figures = try box.sqlite(box.db, sql).stdout
    r = try box.commands("configurar tienda moneda ARS")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(errorText(r).contains("ventas"), "\(r.stderr)")
    #expect(try box.sqlite(box.db, sql).stdout == figures)
    #expect(figures == "2500\n2500\n", "\(figures)")
    let shown = try box.commands("ventas como json")
    #expect(try jsonArray(shown.stdout).first?["total"] as? Int == 2500, "\(shown.stdout)")
  }

  /// Amounts in messages follow the shop's currency, not a value fixed at
  /// start-up: switched to ARS in the same run, $12,50 is $12,50.
  @Test func messagesUseTheShopsCurrency() throws {
    let r = try box.commands(
      "configurar tienda moneda ARS", "crear producto \"Pan\" precio 12,50 stock 5",
      "vender 1 pan")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Total $12,50"), "\(r.stdout)")
  }
}
