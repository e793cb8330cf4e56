import TiendaCore

/// The shell's side of a purchase being received (issue 18, DESIGN §8.4):
/// while this terminal has one open, a line that is no command is a
/// purchase line, and `quitar`, `total` and `cancelar` act on the purchase.
enum PurchaseSession {
  /// The ticket words that act on an open purchase, and what they become.
  static let routes: [String: String] = [
    "quitar": "quitar de compra", "total": "total de compra", "cancelar": "cancelar compra",
  ]

  /// `statement` rewritten for the open purchase, or nil (no purchase open,
  /// or a command of its own). Reads the file only for a line that is no
  /// command or one of the routed words.
  static func route(_ statement: [Token], matched: (CommandSpec, Int)?, _ context: ShellContext)
    -> [Token]?
  {
    guard let first = statement.first else { return nil }
    let target: String
    let used: Int
    if let (spec, count) = matched {
      guard let to = routes[spec.name] else { return nil }
      target = to
      used = count
    } else {
      target = PurchaseCommands.addLines.name
      used = 0
    }
    guard context.shop.purchases.openPurchaseSummary() != nil else { return nil }
    let words = target.split(separator: " ").map {
      Token(kind: .word, text: String($0), column: first.column, length: 0)
    }
    return words + statement.dropFirst(used)
  }

  /// A ticket-mode command (it opens or works on a sale ticket) is refused
  /// while this terminal receives a purchase, naming it.
  static func refuseTicket(_ call: Invocation, _ context: ShellContext) throws {
    guard TicketSession.isTicketMode(call),
      let open = context.shop.purchases.openPurchaseSummary()
    else { return }
    throw PurchaseError.purchaseOpen(supplier: open.supplier, lines: open.lines)
  }
}
