import Foundation
import Testing

/// Points on the printed ticket, `ver cliente` and `puntos <cliente>`
/// (issue 19 B), and the rights: a cashier sees and spends points, only a
/// supervisor adjusts them.
@Suite struct PointsTicketTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "abrir caja 10000",
      "crear cliente \"Juana Soto\"", "configurar puntos 2 cada 1000 vencen 365 días")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func thePrintedTicketShowsEarnedAndBalance() throws {
    let path = box.path("lp0")
    try box.ok("configurar impresora usb archivo \(path) ancho 42")
    try box.ok("vender 3 pan cliente juana pagar efectivo")  // 3.000 → 6 points
    try box.ok("vender 2 pan cliente juana pagar puntos 4, efectivo")  // −4, 1.996 → +2
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let text = String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(text.contains("Puntos ganados") && text.contains("Saldo de puntos"), "\(text)")
    #expect(text.contains("Puntos canjeados"), "\(text)")
    // Balance after sale 2 by hand: 6 − 4 + 2 = 4, printed on its ticket.
    let second = text.components(separatedBy: "Venta 2").last ?? ""
    #expect(second.contains("Saldo de puntos"), "\(second)")
    let balanceLine = second.components(separatedBy: "Saldo de puntos").last ?? ""
    #expect(balanceLine.trimmingCharacters(in: .whitespaces).hasPrefix("4"), "\(balanceLine)")
    // A sale without a customer prints no points.
    try box.ok("vender 1 pan pagar efectivo")
    let all = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let third = String(
      decoding: all[bytes.count...].filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(!third.contains("puntos"), "\(third)")
  }

  @Test func statementAndCustomerShowThePoints() throws {
    try box.ok("vender 3 pan cliente juana pagar efectivo")
    let json = try jsonArray(try box.ok("puntos juana como json").stdout)
    #expect(json.count == 1)
    #expect(json.first?["movimiento"] as? String == "ganados")
    #expect(json.first?["puntos"] as? Int == 6)
    let shown = try box.ok("puntos juana").stdout
    #expect(shown.contains("Juana Soto: 6 puntos ($6)"), "\(shown)")
    #expect(shown.contains("Próximo vencimiento: 6 puntos el 23-11-2027"), "\(shown)")
    let csv = try box.ok("puntos juana como csv").stdout
    #expect(csv.hasPrefix("fecha;movimiento;puntos;saldo;detalle"), "\(csv)")
  }

  @Test func rights() throws {
    try box.ok(
      "vender 3 pan cliente juana pagar efectivo", "crear usuario dora rol dueño pin 9999",
      "crear usuario ana rol cajero pin 1234")
    // A cashier answers «how many points do I have» and spends them.
    let seen = try box.asUser("ana", pin: "1234", "puntos juana")
    #expect(seen.status == 0 && seen.stdout.contains("6 puntos"), "\(seen.transcript)")
    let spent = try box.asUser(
      "ana", pin: "1234", "vender 1 pan cliente juana pagar puntos 6, efectivo")
    #expect(spent.status == 0, "\(spent.transcript)")
    // …but neither adjusts them nor changes the rule.
    let adjust = try box.asUser("ana", pin: "1234", "ajustar puntos juana +100 motivo \"regalo\"")
    #expect(adjust.status == 1 && adjust.stderr.contains("anular"), "\(adjust.transcript)")
    let configure = try box.asUser("ana", pin: "1234", "configurar puntos 1 cada 100")
    #expect(configure.status == 1, "\(configure.transcript)")
    #expect(try sql("SELECT count(*) FROM point_moves WHERE kind = 'ajuste'") == "0\n")
    let owner = try box.asUser("dora", pin: "9999", "ajustar puntos juana +100 motivo \"regalo\"")
    #expect(owner.status == 0 && owner.stdout.contains("saldo 100 puntos"), "\(owner.transcript)")
    // Never below zero.
    let below = try box.asUser("dora", pin: "9999", "ajustar puntos juana -500 motivo \"error\"")
    #expect(
      below.status == 1 && below.stderr.contains("no se le pueden restar"), "\(below.transcript)")
  }
}
