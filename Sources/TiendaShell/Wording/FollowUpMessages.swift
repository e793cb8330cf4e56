import TiendaCore

/// Wording of the fresh-eye follow-up: the `ventas` footer and state, the
/// session's print notices and `salir` with an open ticket.
extension Messages {
  /// The Estado column of `ventas`: «anulación», «devolución», «2 devoluciones».
  static func saleState(voids: Int, returns: Int) -> String {
    var parts: [String] = []
    if voids > 0 { parts.append("anulación") }
    if returns == 1 { parts.append("devolución") }
    if returns > 1 { parts.append("\(returns) devoluciones") }
    return parts.joined(separator: ", ")
  }

  /// The footer of `ventas`: how many and how much; when some were voided
  /// or returned, the net of the listed sales (what they sold minus what
  /// their voids and returns gave back, whenever those happened).
  static func salesFooter(_ sales: [SaleListing], currency: Currency) -> [String] {
    let total = sales.reduce(Money.zero) { $0 + $1.total }
    let refunded = sales.reduce(Money.zero) { $0 + $1.refunded }
    let voided = sales.filter { $0.voids > 0 }.count
    let returned = sales.filter { $0.voids == 0 && $0.returns > 0 }.count
    let count = sales.count
    var text = "\(count) venta\(count == 1 ? "" : "s")"
    guard voided > 0 || returned > 0 else {
      return [text + " · " + TextFormat.money(total, currency)]
    }
    if voided > 0 { text += ", \(voided) anulada\(voided == 1 ? "" : "s")" }
    if returned > 0 {
      text += ", \(returned) con " + (returned == 1 ? "devolución" : "devoluciones")
    }
    return [
      text + " · Neto \(TextFormat.money(total - refunded, currency))",
      "Vendido \(TextFormat.money(total, currency)), devuelto \(TextFormat.money(refunded, currency)).",
    ]
  }
}

extension Messages {
  /// `salir` or Ctrl-D with a ticket that has lines (DESIGN §8.4).
  static func ticketStaysOpen(
    _ lines: Int, _ total: Money, _ paid: Money, register: String, _ currency: Currency
  ) -> String {
    "  El ticket (\(ticketSize(lines, total, paid, currency))) queda abierto en \(register): la próxima sesión en esta caja lo retoma («retomar» si es de otro usuario; «cancelar» lo descarta)."
  }
}
