import Foundation
import Testing

/// The customer on a ticket (issue 16, DESIGN §8.7): its price list prices
/// the lines (fixed price, else catalog less the list's percentage, half up
/// to $1), lines with a manual price keep it, the sale keeps the customer.
/// Expected figures are worked by hand in the comments.
@Suite struct CustomerTicketTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  func setUp() throws {
    try box.ok(
      "crear producto \"Pan amasado\" precio 1995 stock 100",
      "crear producto Queso precio 5990 stock 100", "crear producto Bebida precio 1500 stock 100",
      "crear lista mayorista descuento 10%", "precio mayorista queso 5000",
      "crear grupo almacenes lista mayorista",
      "crear cliente \"Don Tito\" rut 76.543.210-3 grupo almacenes",
      "crear cliente \"Juan Pérez\" rut 12.345.678-5")
  }

  @Test func oneLineSaleWithTheCustomerTakesItsListPrices() throws {
    try setUp()
    try box.ok("vender 2 pan amasado, 1 queso cliente tito pagar efectivo")
    // Pan: 1995 − 10 % = 1795,5 → 1796 (half up); queso: the list's 5000.
    #expect(
      try sql("SELECT name, unit_price, amount FROM sale_lines ORDER BY position")
        == "Pan amasado|1796|3592\nQueso|5000|5000\n")
    #expect(try sql("SELECT total FROM sales") == "8592\n")
    #expect(
      try sql("SELECT sale_id, customer_id, name, rut FROM sale_customers")
        == "1|1|Don Tito|76543210-3\n")
    // A customer without a list: catalog prices, and the customer kept.
    try box.ok("vender 1 bebida cliente 12.345.678-5 pagar débito")
    #expect(try sql("SELECT unit_price FROM sale_lines WHERE sale_id = 2") == "1500\n")
    #expect(try sql("SELECT name FROM sale_customers WHERE sale_id = 2") == "Juan Pérez\n")
    // Without a customer: no sale_customers row.
    try box.ok("vender 1 bebida pagar efectivo")
    #expect(try sql("SELECT count(*) FROM sale_customers") == "2\n")
    // ver venta and its JSON show the customer as it was.
    try box.ok("editar cliente tito nombre \"Don Tito Ltda\"")
    let shown = try box.ok("ver venta 1").stdout
    #expect(shown.contains("Cliente: Don Tito · RUT 76.543.210-3"), "\(shown)")
    let json = try jsonObject(try box.ok("ver venta 1 como json").stdout)
    #expect(json["cliente"] as? String == "Don Tito")
    #expect(json["rut_cliente"] as? String == "76.543.210-3")
    // `ventas cliente …`: that customer's sales only (by any of its names).
    let sales = try jsonArray(try box.ok("ventas cliente 76.543.210-3 como json").stdout)
    #expect(sales.map { $0["numero"] as? Int } == [1], "\(sales)")
    let juan = try jsonArray(try box.ok("ventas hoy cliente juan como json").stdout)
    #expect(juan.map { $0["numero"] as? Int } == [2], "\(juan)")
    // An unknown customer refuses the whole sale.
    let before = try box.dump()
    let r = try box.tienda(["-c", "vender 1 bebida cliente nadie pagar efectivo"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("nadie"), "\(r.stderr)")
    #expect(try box.dump() == before)
  }

  @Test func ticketModeRepricesLinesAndKeepsManualPrices() throws {
    try setUp()
    let r = try box.tienda(
      [],
      stdin: """
        vender
        2 pan amasado
        1 bebida a 1200
        cliente tito
        1 queso
        total
        sin cliente
        cliente 76.543.210-3
        pagar efectivo

        """)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Pan amasado 2 × $1.796 = $3.592 (lista mayorista)"), "\(r.stdout)")
    // `a 1200` is the seller's price: the list does not touch it.
    #expect(r.stdout.contains("Bebida 1 × $1.200 = $1.200\n"), "\(r.stdout)")
    #expect(r.stdout.contains("Queso 1 × $5.000 = $5.000 (lista mayorista)"), "\(r.stdout)")
    // `sin cliente`: back to catalog prices.
    #expect(r.stdout.contains("Pan amasado 2 × $1.995 = $3.990\n"), "\(r.stdout)")
    #expect(
      try sql("SELECT name, unit_price FROM sale_lines ORDER BY position")
        == "Pan amasado|1796\nBebida|1200\nQueso|5000\n")
    #expect(try sql("SELECT name FROM sale_customers") == "Don Tito\n")
    #expect(
      try sql("SELECT action FROM journal WHERE action LIKE 'ticket.%cliente' ORDER BY id")
        == "ticket.cliente\nticket.sin_cliente\nticket.cliente\n")
  }

  @Test func aReturnRefundsTheListPricePaid() throws {
    try setUp()
    try box.ok("vender 2 pan amasado cliente tito pagar efectivo")
    let r = try box.ok("devolver venta 1 1 pan amasado")
    // Paid 1796 per unit (1995 − 10 %, half up): that is what goes back.
    #expect(r.stdout.contains("Reembolso $1.796"), "\(r.stdout)")
    #expect(try sql("SELECT total FROM refunds") == "1796\n")
  }

  @Test func aHeldTicketKeepsItsCustomer() throws {
    try setUp()
    let r = try box.tienda(
      [],
      stdin: """
        vender
        cliente tito
        2 pan amasado
        sostener mesa
        retomar 1
        pagar efectivo

        """)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try sql("SELECT unit_price FROM sale_lines") == "1796\n")
    #expect(try sql("SELECT name FROM sale_customers") == "Don Tito\n")
  }

  @Test func listPricesDoNotCountAgainstTheCashiersDiscountCap() throws {
    // A 50 % list is a rule made by someone with the right (§8.6): a
    // cashier sells with it without asking for approval.
    try box.ok(
      "crear producto pan precio 1000 stock 10", "crear lista mitad descuento 50%",
      "crear cliente Ana lista mitad")
    try box.withOwnerAndCashier()
    try box.okAs(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "vender 2 pan cliente ana pagar efectivo")
    #expect(try sql("SELECT unit_price, total FROM sale_lines") == "500|1000\n")
  }

  @Test func oneLineSaleWithACustomerStaysWithinItsStatementBudget() throws {
    try setUp()
    try box.ok("vender 1 bebida pagar efectivo")  // the session is open
    func statements(_ line: String) throws -> [Substring] {
      let name = "traza-\(UUID().uuidString).sql"
      let r = try box.tienda(["-c", line], env: ["TIENDA_TRAZA_SQL": box.path(name)])
      #expect(r.status == 0, "\(r.transcript)")
      return try box.read(name).split(separator: "\n").filter { !$0.hasPrefix("--") }
    }
    let plain = try statements("vender 1 pan amasado, 1 queso, 1 bebida pagar efectivo")
    let withCustomer = try statements(
      "vender 1 pan amasado, 1 queso, 1 bebida cliente tito pagar efectivo")
    #expect(plain.count <= 15, "\(plain.joined(separator: "\n"))")
    // The customer adds its read (with its group and list), its list's
    // fixed prices for the products, and the sale_customers insert.
    #expect(withCustomer.count == plain.count + 3, "\(withCustomer.joined(separator: "\n"))")
  }
}
