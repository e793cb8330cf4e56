import TiendaCore

/// The shell's side of an order being created or edited (DESIGN §8.4): its
/// lines are this terminal's ticket, so lines, `nota`, `descuento`,
/// `quitar` and `total` work as on a sale; `cancelar` drops the draft;
/// paying, holding and one-line sales are refused while it is open.
enum OrderSession {
  /// `statement` rewritten for the open order (`cancelar` → `cancelar
  /// pedido`), or nil. Reads the file only for `cancelar`.
  static func route(_ statement: [Token], matched: (CommandSpec, Int)?, _ context: ShellContext)
    -> [Token]?
  {
    guard let (spec, used) = matched, spec.name == SaleCommands.cancel.name,
      let first = statement.first, context.shop.orders.openDraft() != nil
    else { return nil }
    let words = OrderCommands.cancelDraft.name.split(separator: " ").map {
      Token(kind: .word, text: String($0), column: first.column, length: 0)
    }
    return words + statement.dropFirst(used)
  }

  /// Commands that would sell, hold or quote the order's ticket.
  static let refused: Set<String> = ["pagar", "sostener", "sostener cotización"]

  static func refuseTicket(_ call: Invocation, _ context: ShellContext) throws {
    // `vender` opening a ticket (not a one-line sale, which the core
    // refuses itself, at no cost to a sale) names the open order.
    if call.spec.name == SaleCommands.sell.name, TicketSession.isTicketMode(call),
      let draft = context.shop.orders.openDraft()
    {
      throw OrderError.draftOpen(number: draft.number)
    }
    guard refused.contains(call.spec.name), context.shop.orders.openDraft() != nil else { return }
    throw OrderError.paymentOnDraft
  }
}
