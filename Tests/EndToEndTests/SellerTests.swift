import Foundation
import Testing

/// Sellers and commissions (issue 22): a seller per ticket, per line and in
/// a one-line sale; `cambiar vendedor` appends; `informe comisiones` on
/// what each line actually paid, checked against hand-written SQL and
/// arithmetic written here.
@Suite struct SellerTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto polera precio 10000 stock 50", "crear producto gorro precio 5000 stock 50",
      "crear vendedor ana comisión 3%", "crear vendedor pedro comisión 2%",
      "editar producto gorro comisión 5%", "abrir caja 0")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// Half up, as money rounds: `amount × thousandths / 100.000`.
  func share(_ amount: Int, _ thousandths: Int) -> Int {
    (amount * thousandths * 2 + 100_000) / 200_000
  }

  @Test func commissionsMatchAnIndependentComputation() throws {
    // Sale 1: ana sells everything (one line). Sale 2: a ticket for pedro,
    // the gorro line for ana, 10% off the ticket, then 1 polera returned.
    try box.ok("vender 2 polera, 1 gorro vendedor ana pagar efectivo")
    try box.ok(
      "vender", "vendedor pedro", "3 polera", "gorro", "vendedor ana línea 2", "descuento 10%",
      "pagar débito")
    try box.ok("devolver venta 2 1 polera motivo talla")
    // The cashier stays the logged-in user; sellers are on their own table.
    #expect(
      try sql(
        "SELECT sale_id, position, seller_name, commission FROM sale_line_sellers ORDER BY id")
        == "1|1|ana|3000\n1|2|ana|5000\n2|1|pedro|2000\n2|2|ana|5000\n")
    // What each line actually paid, net of its returns (hand-written SQL).
    let paid = try sql(
      """
      SELECT l.total - coalesce((SELECT sum(total) FROM refund_lines r WHERE r.sale_line_id = l.id), 0)
      FROM sale_lines l ORDER BY l.sale_id, l.position
      """
    ).split(separator: "\n").compactMap { Int($0) }
    #expect(paid.count == 4)
    // Sale 2: 30.000 + 5.000 less 10% = 31.500 → polera 27.000, gorro 4.500;
    // one polera of three returned: 27.000 − 9.000.
    #expect(paid == [20000, 5000, 18000, 4500], "\(paid)")
    let ana = share(paid[0], 3000) + share(paid[1], 5000) + share(paid[3], 5000)
    let pedro = share(paid[2], 2000)
    let report = try jsonObject(try box.ok("informe comisiones como json").stdout)
    let rows = report["filas"] as? [[String: Any]] ?? []
    #expect(rows.map { $0["vendedor"] as? String } == ["ana", "pedro"])
    #expect(rows.map { $0["comision"] as? Int } == [ana, pedro], "\(rows)")
    #expect(rows.map { $0["pagado"] as? Int } == [paid[0] + paid[1] + paid[3], paid[2]])
    #expect((report["totales"] as? [String: Any])?["comision"] as? Int == ana + pedro)
    // Line by line for one seller.
    let detail = try jsonObject(try box.ok("informe comisiones vendedor pedro como json").stdout)
    #expect((detail["filas"] as? [[String: Any]])?.map { $0["comision"] as? Int } == [pedro])
    let screen = try box.ok("informe comisiones").stdout
    #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(screen)")
  }

  @Test func changingTheSellerAppendsARowAndIsJournaled() throws {
    try box.ok("vender 1 polera, 1 gorro vendedor ana pagar efectivo")
    try box.ok("cambiar vendedor venta 1 pedro línea 1")
    #expect(
      try sql("SELECT position, seller_name, commission FROM sale_line_sellers ORDER BY id")
        == "1|ana|3000\n2|ana|5000\n1|pedro|2000\n")
    #expect(
      try sql("SELECT count(*) FROM journal WHERE action = 'venta.cambiar_vendedor'") == "1\n")
    let rows = try jsonObject(try box.ok("informe comisiones como json").stdout)["filas"]
    #expect(
      (rows as? [[String: Any]])?.map { $0["comision"] as? Int } == [
        share(5000, 5000), share(10000, 2000),
      ])
    // `ver venta` shows each line's current seller.
    let shown = try box.ok("ver venta 1").stdout
    #expect(shown.contains("1. polera") && shown.contains("vendedor pedro\n  2. gorro"), "\(shown)")
    let record = try jsonObject(try box.ok("ver venta 1 como json").stdout)
    #expect(
      (record["lineas"] as? [[String: Any]])?.map { $0["vendedor"] as? String } == ["pedro", "ana"])
    // The ledger refuses an update.
    let update = try box.sqlite(box.db, "UPDATE sale_line_sellers SET seller_name = 'x'")
    #expect(update.status != 0)
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  @Test func aCashierCannotChangeTheSellerOfASale() throws {
    try box.ok(
      "crear usuario \(UsersFixture.owner) rol dueño pin \(UsersFixture.ownerPin)",
      "crear usuario \(UsersFixture.cashier) rol cajero pin \(UsersFixture.cashierPin)")
    try box.okAs(
      UsersFixture.cashier, pin: UsersFixture.cashierPin,
      "vender 1 polera vendedor ana pagar efectivo")
    let refused = try box.asUser(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "cambiar vendedor venta 1 pedro")
    #expect(refused.status != 0, "\(refused.transcript)")
    #expect(try sql("SELECT seller_name FROM sale_line_sellers") == "ana\n")
    // The cashier is the user; the seller is ana.
    #expect(try sql("SELECT user_name FROM sales") == "\(UsersFixture.cashier)\n")
  }

  @Test func unknownSellersAreRefusedWithASuggestion() throws {
    let r = try box.commands("vender 1 polera vendedor anna pagar efectivo")
    #expect(r.status == 1 && r.stderr.contains("¿Quiso decir «ana»?"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM sales") == "0\n")
    let listed = try jsonArray(try box.ok("listar vendedores como json").stdout)
    #expect(listed.map { $0["nombre"] as? String } == ["ana", "pedro"])
  }
}
