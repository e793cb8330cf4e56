import Foundation
import Testing

/// Option groups (issue 22): `crear opciones`, `asignar opciones`, options
/// in parentheses after the product, priced, taxed, stored and returned
/// with their line. Figures are checked against arithmetic written here
/// and hand-written SQL over the file.
@Suite struct OptionTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto completo precio 2500 stock 20",
      "crear producto \"pan con queso\" precio 1200 stock 20",
      "crear opciones agregados: palta $500, tomate $300, mayo máximo 3",
      "asignar opciones agregados a completo", "abrir caja 10000")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// IVA 19% included in a price: net = round(total × 100 / 119).
  func ivaIncluded(_ total: Int) -> (net: Int, iva: Int) {
    let net = (total * 100 * 2 + 119) / (119 * 2)
    return (net, total - net)
  }

  @Test func workedExampleCompletoConPaltaYTomate() throws {
    let sold = try box.ok("vender completo (palta, tomate) pagar débito")
    #expect(sold.stdout.contains("Venta 1 · Total $3.300 · Débito $3.300"), "\(sold.stdout)")
    let total = 2500 + 500 + 300
    let (net, iva) = ivaIncluded(total)
    #expect(net == 2773 && iva == 527)
    #expect(
      try sql("SELECT unit_price, amount, total, net FROM sale_lines")
        == "\(total)|\(total)|\(total)|\(net)\n")
    #expect(try sql("SELECT amount FROM sale_line_taxes") == "\(iva)\n")
    #expect(
      try sql("SELECT position, seq, group_name, name, price FROM sale_line_options ORDER BY seq")
        == "1|1|agregados|palta|500\n1|2|agregados|tomate|300\n")
    let shown = try box.ok("ver venta 1").stdout
    #expect(shown.contains("1. completo 1 × $3.300 = $3.300"), "\(shown)")
    #expect(shown.contains("+ palta $500") && shown.contains("+ tomate $300"), "\(shown)")
    #expect(shown.contains("IVA 19%     $527"), "\(shown)")
    // The options of a sale are a ledger.
    let update = try box.sqlite(box.db, "UPDATE sale_line_options SET price = 0")
    #expect(update.status != 0 && update.stderr.contains("no se pueden modificar"))
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  @Test func thePrintedTicketShowsEachOptionUnderItsLine() throws {
    try box.ok("configurar impresora vista pantalla ancho 32")
    let r = try box.ok("vender completo (palta, mayo) pagar efectivo 5000")
    #expect(r.stdout.contains("1 × $3.000\ncompleto                  $3.000\n"), "\(r.stdout)")
    #expect(r.stdout.contains("\n  + palta $500\n  + mayo\n"), "\(r.stdout)")
    // The gift ticket names the options without their prices.
    let both = try box.ok("vender", "completo (palta)", "regalo", "pagar efectivo 3000").stdout
    let gift = both.components(separatedBy: "corte").dropFirst().joined()
    #expect(gift.contains("  + palta\n") && !gift.contains("$500"), "\(both)")
  }

  @Test func requiredMissingAndMaximumAreRefusedAndNothingIsKept() throws {
    try box.ok(
      "crear opciones pan: blanco, integral $200 obligatorio máximo 1",
      "asignar opciones pan a completo")
    for (line, message) in [
      (
        "vender completo (palta) pagar efectivo",
        "Falta elegir de «pan» (obligatorio): blanco o integral"
      ),
      ("vender completo pagar efectivo", "Falta elegir de «pan» (obligatorio)"),
      (
        "vender completo (blanco, integral) pagar efectivo",
        "Las opciones «pan» admiten como máximo 1 elección"
      ),
      (
        "vender completo (blanco, palta, tomate, mayo, palta) pagar efectivo",
        "«palta» está dos veces"
      ),
      ("vender completo (blanco, palto) pagar efectivo", "¿Quiso decir «palta»?"),
      ("vender \"pan con queso\" (palta) pagar efectivo", "«pan con queso» no tiene opciones"),
      ("vender completo (blanco pagar efectivo", "Falta el «)»"),
    ] {
      let r = try box.commands(line)
      #expect(r.status == 1, "\(line): \(r.transcript)")
      #expect(r.stderr.contains(message), "\(line): \(r.transcript)")
    }
    #expect(try sql("SELECT count(*) FROM sales") == "0\n")
    // Three of «agregados» is its maximum; another group adds to the line.
    try box.ok(
      "crear producto churrasco precio 4000 stock 5", "asignar opciones agregados a churrasco")
    let four = try box.commands("vender churrasco (palta, tomate, mayo) pagar efectivo")
    #expect(four.status == 0, "\(four.transcript)")
    try box.ok("crear opciones extra: queso $400", "asignar opciones extra a churrasco")
    let ok = try box.commands("vender churrasco (palta, tomate, mayo, queso) pagar efectivo")
    #expect(ok.status == 0, "\(ok.transcript)")
    #expect(
      try sql("SELECT unit_price FROM sale_lines ORDER BY id")
        == "\(4000 + 800)\n\(4000 + 800 + 400)\n")
  }

  @Test func ticketLinesKeepTheirOptionsAndAReturnRefundsWhatWasPaid() throws {
    try box.ok(
      "vender", "2 completo (palta)", "completo (palta)", "completo (tomate, mayo)", "completo",
      "\"pan con queso\"")
    let shown = try box.ok("total").stdout
    // The same options add to their line; other options make their own.
    #expect(shown.contains("1. completo 3 × $3.000 = $9.000"), "\(shown)")
    #expect(shown.contains("2. completo 1 × $2.800 = $2.800"), "\(shown)")
    #expect(shown.contains("3. completo 1 × $2.500 = $2.500"), "\(shown)")
    #expect(shown.contains("4. pan con queso 1 × $1.200 = $1.200"), "\(shown)")
    #expect(shown.contains("+ mayo\n"), "\(shown)")
    #expect(try sql("SELECT options FROM ticket_lines ORDER BY position") == "1\n2,3\n\n\n")
    try box.ok("descuento 10%", "pagar efectivo 20000")
    // 15.500 less 10% = 13.950, spread over the lines in proportion.
    let lines = try sql("SELECT quantity, unit_price, total FROM sale_lines ORDER BY position")
    #expect(lines.hasPrefix("3000|3000|8100\n1000|2800|2520\n"), "\(lines)")
    #expect(try sql("SELECT sum(total) FROM sale_lines") == "13950\n")
    // Returning one «completo (palta)» gives back what one unit paid: 8.100 / 3.
    try box.ok("devolver venta 1 1 completo línea 1 motivo frío")
    #expect(try sql("SELECT quantity, total FROM refund_lines") == "1000|\(8100 / 3)\n")
  }

  @Test func namesWithParenthesesAreQuotedAndListingsFit() throws {
    try box.ok("crear producto \"Bebida (1,5 lt)\" precio 1800 stock 5")
    try box.ok("vender \"Bebida (1,5 lt)\", pan con queso pagar efectivo")
    #expect(
      try sql("SELECT name FROM sale_lines ORDER BY id") == "Bebida (1,5 lt)\npan con queso\n")
    let listed = try box.ok("listar opciones").stdout
    #expect(listed.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(listed)")
    let json = try jsonArray(try box.ok("listar opciones como json").stdout)
    #expect(json.map { $0["opcion"] as? String } == ["palta", "tomate", "mayo"])
    #expect(
      json.first?["precio"] as? Int == 500 && json.first?["productos"] as? String == "completo")
    let csv = try box.ok("ver opciones agregados como csv").stdout
    #expect(csv.hasPrefix("grupo;opcion;precio;maximo;obligatorio;productos\r\n"), "\(csv)")
    try box.ok("quitar opciones agregados de completo")
    let r = try box.commands("vender completo (palta) pagar efectivo")
    #expect(r.stderr.contains("«completo» no tiene opciones"), "\(r.transcript)")
  }
}
