import Foundation
import Testing

/// Issue 15, from a new user's trial of the close and the Z: every method
/// counted is reported at the counter, `efectivo N` is the cash count, a
/// method this version does not offer is refused, voided gift cards add up
/// in the Z, and the JSON of the Z gives numbers, null and words. Expected
/// figures from hand-written SQL over `payments` and `gift_card_moves`, and
/// from the arithmetic written here.
@Suite struct ClosingFixesTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "crear producto Queso precio 1540 stock 100",
      "crear medio de pago amipass tipo billetera", "abrir caja 10000")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Refused with exit 1, `words` in the message, and no Z made.
  func refused(_ line: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let r = try box.tienda(["-c", line])
    #expect(r.status == 1, "\(r.transcript)", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(words), "\(r.stderr)", sourceLocation: sourceLocation)
    #expect(!r.stderr.contains("Swift"), "\(r.stderr)", sourceLocation: sourceLocation)
    #expect(
      try sql("SELECT count(*) FROM z_reports") == "0", sourceLocation: sourceLocation)
  }

  /// Sale payments of `method` (none of these sessions has a refund).
  func paid(_ method: String) throws -> Int {
    Int(try sql("SELECT coalesce(sum(amount), 0) FROM payments WHERE method = '\(method)'")) ?? -1
  }

  /// Débito $5.000, amipass $3.080, crédito $1.000 and efectivo $2.000.
  func sellTheDay() throws {
    try box.ok(
      "vender 5 pan pagar débito", "vender 2 queso pagar amipass", "vender 1 pan pagar crédito",
      "vender 2 pan pagar efectivo")
    #expect(try paid("débito") == 5 * 1000)
    #expect(try paid("amipass") == 2 * 1540)
    #expect(try paid("crédito") == 1000)
    #expect(try paid("efectivo") == 2 * 1000)
  }

  // 1. The close reports each method, not only the cash.
  @Test func theCloseReportsEveryMethodAndFlagsTheOnesThatDoNotMatch() throws {
    try sellTheDay()
    let r = try box.ok("cerrar caja 12000 débito 4000 amipass 9999")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    // Cash first, as before: float 10.000 + 2.000 of sales.
    #expect(lines.first == "  Esperado $12.000 · Contado $12.000 · Diferencia $0", "\(r.stdout)")
    for line in [
      "  Débito: esperado $5.000 · contado $4.000 · faltan $1.000",
      // 9.999 − 3.080 = 6.919
      "  Amipass: esperado $3.080 · contado $9.999 · sobran $6.919",
      "  Crédito: esperado $1.000 · sin contar",
      "  Revise: débito y amipass no cuadran.",
    ] {
      #expect(lines.contains(line), "«\(line)» in\n\(r.stdout)")
    }
    #expect(!r.stdout.contains("Transferencia"), "\(r.stdout)")
    #expect(
      try sql(
        "SELECT method || '|' || expected || '|' || counted || '|' || difference"
          + " FROM z_report_methods WHERE counted IS NOT NULL ORDER BY method")
        == "amipass|3080|9999|6919\ndébito|5000|4000|-1000\nefectivo|12000|12000|0")
  }

  @Test func aCloseThatMatchesSaysSoPerMethod() throws {
    try sellTheDay()
    let r = try box.ok("cerrar caja 12500 débito 5000 crédito 1000 amipass 3080")
    #expect(r.stdout.contains("  Débito: esperado $5.000 · contado $5.000 · cuadra"), "\(r.stdout)")
    #expect(r.stdout.contains("  Crédito: esperado $1.000 · contado $1.000 · cuadra"))
    #expect(r.stdout.contains("  Revise: efectivo no cuadra."), "\(r.stdout)")
  }

  // 2. `efectivo N` at the close; cash twice and unavailable methods refused.
  @Test func efectivoIsTheCashCount() throws {
    try sellTheDay()
    try box.ok("cerrar caja débito 5000 efectivo 11500 amipass 3080")
    #expect(
      try sql("SELECT counted, difference FROM z_report_methods WHERE method = 'efectivo'")
        == "11500|-500")
    let z = try jsonObject(try box.ok("informe z 1 como json").stdout)
    #expect(z["efectivo_contado"] as? Int == 11500, "\(z)")
  }

  @Test func cashGivenTwiceOrAnUnavailableMethodIsRefused() throws {
    try sellTheDay()
    try refused("cerrar caja 1000 efectivo 5", "El efectivo contado está dos veces")
    try refused("cerrar caja efectivo 5 1000", "El efectivo contado está dos veces")
    try refused("cerrar caja 12000 débito 5000 puntos 1", "«puntos» no está disponible")
    try refused(
      "cerrar caja 1000 efectivo 5 tarjeta-regalo 5 fiado 7", "El efectivo contado está dos veces")
    // The session is still open and closes normally.
    try box.ok("cerrar caja 12000")
  }

  // 3. Voided gift cards add up in the X and the Z.
  @Test func voidedCardsAndTheirPartsAddUp() throws {
    try box.ok(
      // $7.505 in cash (the drawer keeps $7.500), $6.000 by débito, $4.000 in cash.
      "emitir tarjeta-regalo 7505 código CASH1 pagar efectivo 10000",
      "emitir tarjeta-regalo 6000 código DEB1 pagar débito",
      "emitir tarjeta-regalo 4000 código NADA1 pagar efectivo",
      "vender 2 pan pagar tarjeta-regalo CASH1",
      // CASH1's rest $5.505 back in cash ($5.500 handed); NADA1's $4.000 written off.
      "anular tarjeta-regalo CASH1 motivo \"cliente\"",
      "anular tarjeta-regalo NADA1 motivo \"vencida\" sin reembolso")
    let writtenOff = try sql(
      "SELECT -sum(amount) FROM gift_card_moves WHERE kind = 'anulación' AND method IS NULL")
    #expect(writtenOff == "4000")
    let soldInCash = try sql(
      "SELECT sum(amount) FROM gift_card_moves WHERE kind = 'emisión' AND method = 'efectivo'")
    #expect(soldInCash == "11505")
    let keptInCash = try sql(
      "SELECT sum(tendered - change) FROM gift_card_moves WHERE kind = 'emisión'"
        + " AND method = 'efectivo'")
    #expect(keptInCash == "11500")

    func check(_ report: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
      func int(_ key: String) -> Int { report[key] as? Int ?? -1 }
      #expect(int("tarjetas_regalo_anuladas_sin_reembolso") == 4000, sourceLocation: sourceLocation)
      #expect(int("tarjetas_regalo_anuladas") == 5505 + 4000, sourceLocation: sourceLocation)
      #expect(
        int("tarjetas_regalo_anuladas")
          == int("tarjetas_regalo_anuladas_efectivo")
          + int("tarjetas_regalo_anuladas_sin_reembolso"), "\(report)",
        sourceLocation: sourceLocation)
      #expect(int("tarjetas_regalo_vendidas") == 7505 + 6000 + 4000, sourceLocation: sourceLocation)
      #expect(
        int("tarjetas_regalo_vendidas")
          == int("tarjetas_regalo_vendidas_efectivo") + int("tarjetas_regalo_vendidas_debito"),
        "\(report)", sourceLocation: sourceLocation)
      // The cash that moved stays in the cash flows: 11.500 in, 5.500 out.
      #expect(int("efectivo_tarjetas_regalo") == 11500, sourceLocation: sourceLocation)
      #expect(int("efectivo_tarjetas_regalo_anuladas") == 5500, sourceLocation: sourceLocation)
      #expect(int("efectivo_esperado") == 10000 + 11500 - 5500, sourceLocation: sourceLocation)
    }
    check(try jsonObject(try box.ok("arqueo como json").stdout))
    let text = try box.tienda(["-c", "arqueo"], env: ["COLUMNS": "80"]).stdout
    #expect(text.contains("  sin reembolso (1):                  $4.000"), "\(text)")
    #expect(text.contains("  pagadas con efectivo (2):           $11.505"), "\(text)")
    #expect(text.contains("  devuelto en efectivo (1):           $5.505"), "\(text)")
    try box.ok("cerrar caja 16000 débito 6000")
    check(try jsonObject(try box.ok("informe z 1 como json").stdout))
  }

  // 4. The Z's JSON: numbers, null and words.
  @Test func theZInJSONGivesNumbersNullAndWords() throws {
    try sellTheDay()
    try box.ok("cerrar caja 11700 débito 5000")
    let z = try jsonObject(try box.ok("informe z 1 como json").stdout)
    #expect(z["credito_contado"] is NSNull, "\(z)")
    #expect(z["credito_diferencia"] is NSNull, "\(z)")
    #expect(z["credito_esperado"] as? Int == 1000, "\(z)")
    #expect(z["debito_contado"] as? Int == 5000, "\(z)")
    #expect(z["diferencia_efectivo"] as? Int == 11700 - 12000, "\(z)")
    #expect(z["resultado"] as? String == "falta", "\(z)")
    // On screen, still words for people.
    let text = try box.ok("informe z 1").stdout
    #expect(text.contains("sin contar") && text.contains("faltan $300"), "\(text)")
    let csv = try box.ok("informe z 1 como csv").stdout
    #expect(!csv.contains("sin contar") && !csv.contains("faltan"), "\(csv)")
  }

  @Test func hooksInJSONSayInPracticeAsABoolean() throws {
    let script = try box.write("a.tienda", "stock pan\n")
    try box.ok("al vender ejecutar \(script)", "al cerrar caja ejecutar \(script) práctica")
    let json = try box.ok("listar eventos como json").stdout
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], "\(json)")
    #expect(rows.count == 2, "\(json)")
    #expect(rows.map { $0["en_practica"] as? Bool } == [false, true], "\(json)")
    #expect(!json.contains("\"no\"") && !json.contains("\"sí\""), "\(json)")
    let csv = try box.ok("listar eventos como csv").stdout
    #expect(csv.contains(";60;no") && csv.contains(";60;sí"), "\(csv)")
  }

  // 5. At 80 columns the gift card cash lines keep the column.
  @Test func giftCardLinesKeepTheColumn() throws {
    try box.ok(
      "emitir tarjeta-regalo 5000 código CAJA1 pagar efectivo",
      "anular tarjeta-regalo CAJA1 motivo \"x\"")
    let text = try box.tienda(["-c", "arqueo"], env: ["COLUMNS": "80"]).stdout
    let columns = Set(
      text.split(separator: "\n").compactMap { line -> Int? in
        guard let dollar = line.firstIndex(of: "$") else { return nil }
        return line.distance(from: line.startIndex, to: dollar)
      })
    #expect(columns.count == 1, "\(columns) in\n\(text)")
    #expect(text.contains("Efectivo a tarjetas anuladas (1):"), "\(text)")
    #expect(!text.contains("con Efectivo") && !text.contains("en Efectivo"), "\(text)")
  }
}
