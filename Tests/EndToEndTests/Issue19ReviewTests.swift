import Foundation
import Testing

/// Issue 19, fresh-eye review: bugs found by using promotions and points
/// through the real binary, each pinned by a test that failed before its fix.
///
/// 2026-12-07 is a Monday; Santiago is UTC−3 in December (22:00Z = 19:00).
@Suite struct Issue19ReviewTests {
  let box: Sandbox
  static let monday = "2026-12-07T22:00:00Z"

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear categoría bebidas",
      "crear producto \"palta hass\" precio 890 stock 100 sku PAL",
      "crear producto \"agua mineral\" precio 990 categoría bebidas stock 100 sku AGU")
  }

  func run(_ lines: String..., at now: String = monday) throws -> RunResult {
    try box.tienda(lines.flatMap { ["-c", $0] }, env: ["TIENDA_AHORA": now])
  }

  /// A huge `mínimo N unidades` was accepted and then every sale trapped
  /// (arithmetic overflow in the engine): the POS could not sell at all.
  @Test func aHugeMinimumOfUnitsIsRefusedAndNeverTraps() throws {
    let r = try run("crear promoción \"W\" 10% en todo mínimo 9223372036854775807 unidades")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("unidades"), "\(r.transcript)")
    #expect(!r.stderr.contains("Swift runtime failure"), "\(r.transcript)")
    // One stored by an older build (or by hand) must not stop the sales.
    #expect(try run("crear promoción \"V\" 10% en todo mínimo 3 unidades").status == 0)
    try box.sqlite(box.db, "UPDATE promotions SET minimum_units = 9223372036854775807")
    let sale = try run("vender 4 palta hass pagar efectivo")
    #expect(sale.status == 0, "\(sale.transcript)")
    #expect(sale.stdout.contains("Total $3.560"), "\(sale.transcript)")
  }

  /// `días lunes, juernes` was taken as «lun, jue»: a misspelt day must be
  /// refused, naming it (DESIGN §5.2), and the full and short names work.
  @Test func aMisspeltWeekdayIsRefused() throws {
    let r = try run("crear promoción \"W\" 10% en todo días lunes, juernes")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("«juernes»"), "\(r.transcript)")
    let l = try run("crear promoción \"L\" 10% en todo días lujo")
    #expect(l.status == 1, "\(l.transcript)")
    let ok = try run("crear promoción \"D\" 10% en todo días lunes, mié, sábado, do")
    #expect(ok.status == 0, "\(ok.transcript)")
    #expect(ok.stdout.contains("días lun, mié, sáb, dom"), "\(ok.transcript)")
  }

  /// `en producto <producto>` (as `en categoría <categoría>`) names the
  /// product; it searched for a product called «producto palta hass».
  @Test func enProductoNamesTheProduct() throws {
    let r = try run("crear promoción \"P\" 10% en producto palta hass")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("en Palta hass") || r.stdout.contains("en palta hass"))
  }

  /// «Próximo vencimiento: N puntos el <día>» counted only the points of
  /// the earliest moment of that day: 100 of the 150 that expire then.
  @Test func nextExpiryCountsEveryPointOfThatDay() throws {
    #expect(
      try run(
        "crear cliente \"Juana Soto\"", "configurar puntos 1 cada 100 vencen 365 días",
        "ajustar puntos juana +100 motivo \"bienvenida\"", at: Self.monday
      ).status == 0)
    #expect(
      try run("ajustar puntos juana +50 motivo \"cumpleaños\"", at: "2026-12-07T22:10:00Z")
        .status == 0)
    let r = try run("puntos juana", at: "2026-12-08T12:00:00Z")
    #expect(r.stdout.contains("Próximo vencimiento: 150 puntos el 07-12-2027"), "\(r.transcript)")
  }

  /// There was no way to change a promotion: a deactivated one keeps its
  /// name, so «desactivar + crear» needed a new name. `editar promoción`
  /// replaces what it gives, where and when, keeping name, state and the
  /// savings already recorded on past sales.
  @Test func editarPromocionChangesTheRuleAndKeepsItsHistory() throws {
    #expect(try run("crear promoción \"Paltas\" 3 palta hass por 2000").status == 0)
    let first = try run("abrir caja 0", "vender 3 palta hass pagar débito")
    #expect(first.stdout.contains("Total $2.000"), "\(first.transcript)")
    let e = try run("editar promoción paltas 3 palta hass por 1900 días mar")
    #expect(e.status == 0, "\(e.transcript)")
    #expect(e.stdout.contains("Promoción «Paltas» cambiada: 3 por $1.900"), "\(e.transcript)")
    // Monday: not one of its days now.
    #expect(try run("vender 3 palta hass pagar débito").stdout.contains("Total $2.670"))
    let tuesday = try run("vender 3 palta hass pagar débito", at: "2026-12-08T22:00:00Z")
    #expect(tuesday.stdout.contains("Total $1.900"), "\(tuesday.transcript)")
    let saved = try box.sqlite(box.db, "SELECT group_concat(saving) FROM sale_line_promotions")
    #expect(saved.stdout == "670,770\n")
    #expect(try box.sqlite(box.db, "SELECT count(*) FROM promotions").stdout == "1\n")
    let bad = try run("editar promoción zzz 10% en todo")
    #expect(
      bad.status == 1 && bad.stderr.contains("No hay una promoción «zzz»"), "\(bad.transcript)")
    let wrong = try run("editar promoción paltas 0% en todo")
    #expect(wrong.status == 1, "\(wrong.transcript)")
    #expect(try box.sqlite(box.db, "SELECT n, amount, days FROM promotions").stdout == "3|1900|2\n")
  }

  /// `canjear` was not a ticket-mode command: with the ticket left by a
  /// terminal that is gone (or opened by an earlier `-c`), it said «No hay
  /// un ticket abierto» while `total` or `pagar` took the ticket over.
  @Test func canjearTakesOverTheTicketLeftOpenLikePagar() throws {
    #expect(
      try run(
        "crear cliente \"Juana Soto\"", "configurar puntos 1 cada 100", "abrir caja 0",
        "ajustar puntos juana +100 motivo \"bienvenida\"", "vender 2 palta hass cliente juana"
      ).status == 0)
    let r = try run("canjear 30 puntos")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Retomé el ticket"), "\(r.transcript)")
    #expect(r.stdout.contains("Puntos $30"), "\(r.transcript)")
    let paid = try run("pagar efectivo")
    #expect(paid.stdout.contains("Canjeó 30 puntos"), "\(paid.transcript)")
  }

  /// An adjustment below zero was worded as a redemption («Canjee hasta …
  /// y pague el resto con otro medio»): it must say what an adjustment can
  /// take, and change nothing.
  @Test func anAdjustmentBelowZeroIsWordedAsAnAdjustment() throws {
    #expect(
      try run(
        "crear cliente \"Juana Soto\"", "configurar puntos 1 cada 100",
        "ajustar puntos juana +100 motivo \"bienvenida\""
      ).status == 0)
    let r = try run("ajustar puntos juana -150 motivo \"error\"")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(!r.stderr.contains("Canjee"), "\(r.transcript)")
    #expect(r.stderr.contains("no se le pueden restar 150 puntos"), "\(r.transcript)")
    #expect(try box.sqlite(box.db, "SELECT sum(points) FROM point_moves").stdout == "100\n")
  }

  /// After `sin promociones`, `promociones` said «Ninguna promoción se
  /// aplica a este ticket por ahora», as if none were open: it must say
  /// they were taken off this ticket.
  @Test func promocionesSaysTheTicketGoesWithoutThem() throws {
    #expect(
      try run(
        "crear promoción \"Paltas\" 3 palta hass por 2000", "abrir caja 0",
        "vender 3 palta hass", "sin promociones"
      ).status == 0)
    let r = try run("promociones")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Este ticket va sin promociones"), "\(r.transcript)")
    #expect(!r.stdout.contains("Ninguna promoción"), "\(r.transcript)")
  }

  /// A name that starts several promotions («liq» with two clearances)
  /// said «No hay una promoción «liq»»: it must name the candidates.
  @Test func aNameStartingSeveralPromotionsNamesThem() throws {
    #expect(
      try run(
        "crear promoción \"Liquidación palta\" 10% en palta hass",
        "crear promoción \"Liquidación agua\" 10% en agua mineral"
      ).status == 0)
    let r = try run("desactivar promoción liq")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(!r.stderr.contains("No hay una promoción"), "\(r.transcript)")
    #expect(
      r.stderr.contains("«Liquidación agua»") && r.stderr.contains("«Liquidación palta»"),
      "\(r.transcript)")
    #expect(try box.sqlite(box.db, "SELECT sum(active) FROM promotions").stdout == "2\n")
  }

  /// `promociones` said nothing about a promotion with `mínimo N unidades`
  /// the ticket was short of; it now says how many more units it needs.
  @Test func promocionesTellsTheUnitsAMinimumStillNeeds() throws {
    #expect(
      try run(
        "crear promoción \"Agua x6\" 20% en agua mineral mínimo 6 unidades", "abrir caja 0",
        "vender 4 agua mineral"
      ).status == 0)
    let r = try run("promociones")
    #expect(r.stdout.contains("Lleve 2 más para «Agua x6» (20% de descuento)."), "\(r.transcript)")
    let six = try run("2 agua mineral", "promociones")
    #expect(six.stdout.contains("«Agua x6» -$1.188"), "\(six.transcript)")
    #expect(!six.stdout.contains("Lleve"), "\(six.transcript)")
  }
}
