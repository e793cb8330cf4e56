import TiendaCore

/// Wording of the sale rules of issue 12 (item 6): a $0 ticket, what
/// `quitar`, `descuento` and `cupón` actually did, returns by line, gift
/// lines, held tickets whose products changed.
extension Messages {
  static func describe(saleRule error: SaleError, currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    switch error {
    case .zeroTotalTakesNoMoney(let amount):
      return
        "El total es $0: no hay nada que cobrar (\(money(amount)) sobra). Cierre la venta con «pagar efectivo», sin monto."
    case .productOnSeveralLines(let name, let lines, let number):
      let list = lines.map(String.init)
      let joined = list.dropLast().joined(separator: ", ") + " y " + list.last!
      return
        "«\(name)» está en las líneas \(joined) de la venta \(number), a precios distintos: diga cuál, por ejemplo «devolver venta \(number) línea \(lines.last!)» (vea «ver venta \(number)»)."
    case .noSuchSaleLine(let n, let count, let number):
      return
        "La venta \(number) no tiene línea \(n): tiene \(count) línea\(count == 1 ? "" : "s") (vea «ver venta \(number)»)."
    case .saleNotOnRegister(let number, let register):
      return "«\(register)» no tiene una venta \(number). Vea sus ventas con «ventas»."
    case .productNotOnLine(let name, let line, let number):
      return
        "La línea \(line) de la venta \(number) no es «\(name)» (vea «ver venta \(number)»)."
    case .lineAlreadyReturned(let line, let number):
      return "La línea \(line) de la venta \(number) ya se devolvió entera."
    default:
      return describe(sale: error, currency: currency)
    }
  }

  static let oneItemPerLine =
    "Con «línea» se devuelve una sola línea: «devolver venta 2 línea 3» (todo lo que queda) o «devolver venta 2 1 pan línea 3»."

  /// `quitar línea 2`: the whole line went.
  static func lineRemoved(_ number: Int, _ name: String) -> String {
    "  Se quitó la línea \(number) («\(name)»)."
  }

  /// `quitar pan 1`: part of a line went; the line stays with the rest.
  static func unitsRemoved(
    _ removed: Quantity, of name: String, _ unit: ProductUnit, line: Int, left: Quantity
  ) -> String {
    let what: String
    if unit == .unit {
      let n = TextFormat.quantity(removed)
      what = removed.thousandths == 1000 ? "Se quitó 1 unidad" : "Se quitaron \(n) unidades"
    } else {
      what = "Se quitaron " + amount(removed, unit)
    }
    return "  \(what) de «\(name)»; en la línea \(line) quedan \(amount(left, unit))."
  }

  static let discountRemoved = "  Descuento quitado."
  static let noDiscountToRemove = "  No había un descuento así que quitar; el ticket queda igual."

  static func couponReplaced(
    _ new: String, old: String, _ amount: Money, _ currency: Currency
  ) -> String {
    "  Cupón \(new) en lugar de \(old) (un ticket lleva un solo cupón): -\(TextFormat.money(amount, currency))."
  }
  static func couponAgain(_ code: String, _ amount: Money, _ currency: Currency) -> String {
    "  El cupón \(code) ya estaba aplicado: -\(TextFormat.money(amount, currency))."
  }

  static func giftLineSaved(_ line: Int, _ name: String) -> String {
    "  La línea \(line) («\(name)») irá en el ticket de regalo, sin precio (sólo las líneas marcadas)."
  }

  /// After a $0 sale: nothing was charged.
  static let nothingCharged = "Sin cobro"

  /// `retomar N`: lines whose product changed while the ticket was held.
  static func heldProductDeleted(_ name: String) -> String {
    "  Aviso: «\(name)» se borró del catálogo mientras el ticket estaba sostenido; se quitó del ticket."
  }
  static func heldProductRepriced(
    _ name: String, from old: Money, to new: Money, _ currency: Currency
  ) -> String {
    let (old, new) = (TextFormat.money(old, currency), TextFormat.money(new, currency))
    return
      "  Aviso: «\(name)» cambió de precio mientras el ticket estaba sostenido: \(old) → \(new); se cobra el precio de hoy."
  }
}
