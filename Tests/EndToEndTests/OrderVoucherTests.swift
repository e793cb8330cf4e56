import Foundation
import Testing

/// Issue 20, item 6: the order voucher (`imprimir pedido N`) on the tickets
/// printer, read back by a real TCP listener: number, customer, date due,
/// delivery, lines with prices, total, deposit, balance and the shop's
/// conditions. Figures are computed here from the prices, not read from
/// the program.
@Suite(.serialized) struct OrderVoucherTests {
  let box: Sandbox
  static let conditions = "Retiro hasta 2 días después de la fecha; la seña no se devuelve."

  init() throws {
    box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Pastelería Las Rosas\"",
      "crear categoría tortas", "crear categoría empanadas",
      "crear producto \"Torta mil hojas\" precio 18000 categoría tortas stock 10",
      "crear producto \"Empanada de pino\" precio 2500 categoría empanadas stock 100",
      "crear cliente \"Juan Pérez\" teléfono 912345678", "abrir caja 0",
      "pedido juan: 2 torta mil hojas, 40 empanada pino para mañana 12:00 entrega despacho \"Av. Matta 123\" seña transferencia 10000 nota \"tocar timbre\""
    )
  }

  /// PC850 back to text for the letters these papers use, without the
  /// ESC/POS commands (ESC @; ESC a/E/t/R/d n; GS ! n; GS V 66 n; DLE EOT n).
  func text(_ bytes: [UInt8]) -> String {
    let pc850: [UInt8: Character] = [
      0xA0: "á", 0x82: "é", 0xA1: "í", 0xA2: "ó", 0xA3: "ú", 0xA4: "ñ", 0x9E: "×", 0x90: "É",
      0xB5: "Á",
    ]
    var out = ""
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      if b == 0x1B {
        i += i < bytes.count && bytes[i] == 0x40 ? 1 : 2
      } else if b == 0x1D {
        i += i < bytes.count && bytes[i] == 0x56 ? 3 : 2
      } else if b == 0x10 {
        i += 2
      } else if b == 0x0A {
        out.append("\n")
      } else if b >= 0x20 && b < 0x7F {
        out.append(Character(UnicodeScalar(b)))
      } else if let c = pc850[b] {
        out.append(c)
      }
    }
    return out
  }

  /// `$136.000`: thousands with dots, as es-CL writes pesos.
  func pesos(_ n: Int) -> String {
    var digits = String(n)
    var groups: [String] = []
    while digits.count > 3 {
      groups.insert(String(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(digits, at: 0)
    return "$" + groups.joined(separator: ".")
  }

  /// The printed line whose left part starts with `label`, squeezed.
  func line(_ text: String, _ label: String) -> String? {
    text.split(separator: "\n").map(String.init).first { $0.hasPrefix(label) }
      .map { $0.split(separator: " ").joined(separator: " ") }
  }

  @Test func theVoucherCarriesNumberDueDepositBalanceAndConditions() throws {
    let printer = try PrinterListener()
    try box.ok(
      "configurar impresora boletera tcp 127.0.0.1:\(printer.port)",
      "configurar pedidos condiciones \"\(Self.conditions)\"",
      "seña efectivo 5000 pedido 1")
    let r = try box.tienda(["-c", "imprimir pedido 1"])
    #expect(r.status == 0, "\(r.transcript)")
    let paper = text(printer.waitForBytes(atLeast: 200))
    let cakes = 2 * 18_000
    let empanadas = 40 * 2_500
    let total = cakes + empanadas
    let balance = total - 10_000 - 5_000
    for part in [
      "Pastelería Las Rosas", "PEDIDO 1", "Cliente: Juan Pérez", "Para: 24-11-2026 12:00",
      "Despacho: Av. Matta 123", "2 × " + pesos(18_000), "40 × " + pesos(2_500),
      "Nota: tocar timbre", "Condiciones", "NO VÁLIDO COMO BOLETA",
    ] {
      #expect(paper.contains(part), "«\(part)» in\n\(paper)")
    }
    #expect(line(paper, "Torta mil hojas") == "Torta mil hojas " + pesos(cakes), "\(paper)")
    #expect(line(paper, "Empanada de pino") == "Empanada de pino " + pesos(empanadas))
    #expect(line(paper, "TOTAL") == "TOTAL " + pesos(total), "\(paper)")
    #expect(line(paper, "Seña transferencia") == "Seña transferencia " + pesos(10_000))
    #expect(line(paper, "Seña efectivo") == "Seña efectivo " + pesos(5_000), "\(paper)")
    #expect(line(paper, "SALDO") == "SALDO " + pesos(balance), "\(paper)")
    // The conditions, wrapped to the paper, word for word.
    let after = try #require(paper.split(separator: "Condiciones\n").last)
    let joined = after.split(separator: "\n").prefix(3).joined(separator: " ")
    #expect(joined.hasPrefix(Self.conditions), "\(after)")
    #expect(!paper.contains("COPIA"))
    // Printed again: marked COPIA.
    let again = try box.tienda(["-c", "imprimir pedido 1"])
    #expect(again.status == 0, "\(again.transcript)")
    let second = text(printer.waitForBytes(atLeast: paper.utf8.count + 200))
    #expect(second.contains("*** COPIA ***"), "\(second)")
    let jobs = try box.rows("cola de impresión como json")
    #expect(jobs.map { $0["tipo"] as? String } == ["pedido (copia)", "pedido"], "\(jobs)")
  }

  @Test func withoutATicketsPrinterTheVoucherIsShown() throws {
    let r = try box.tienda(["-c", "imprimir pedido 1"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("vista previa"), "\(r.stdout)")
    let shown = r.stdout
    #expect(line(shown, "TOTAL") == "TOTAL " + pesos(136_000), "\(shown)")
    #expect(line(shown, "SALDO") == "SALDO " + pesos(126_000), "\(shown)")
    #expect(shown.contains("PEDIDO 1") && !shown.contains("Condiciones"), "\(shown)")
    #expect(try box.rows("cola de impresión como json").isEmpty)
  }

  @Test func aCancelledOrderSaysSoAndOwesNothing() throws {
    try box.ok(
      "configurar pedidos condiciones \"\(Self.conditions)\"",
      "anular pedido 1 motivo \"cliente se arrepintió\" devolver seña")
    let r = try box.tienda(["-c", "imprimir pedido 1"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("PEDIDO ANULADO"), "\(r.stdout)")
    #expect(line(r.stdout, "SALDO") == "SALDO " + pesos(0), "\(r.stdout)")
    #expect(r.stdout.contains("Condiciones"), "\(r.stdout)")
  }

  @Test func conditionsAreASettingThatCanBeRemoved() throws {
    let set = try box.tienda(["-c", "configurar pedidos condiciones \"\(Self.conditions)\""])
    #expect(set.status == 0, "\(set.transcript)")
    let journal = try box.sqlite(
      box.db, "SELECT count(*) FROM journal WHERE action = 'pedidos.condiciones'")
    #expect(journal.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    let off = try box.tienda(["-c", "configurar pedidos condiciones \"\""])
    #expect(off.status == 0 && off.stdout.contains("ya no llevan"), "\(off.transcript)")
    let shown = try box.tienda(["-c", "imprimir pedido 1"])
    #expect(!shown.stdout.contains("Condiciones"), "\(shown.stdout)")
    let long = String(repeating: "a", count: 601)
    let tooLong = try box.tienda(["-c", "configurar pedidos condiciones \"\(long)\""])
    #expect(tooLong.status == 1 && tooLong.stderr.contains("muy largas"), "\(tooLong.transcript)")
  }
}
