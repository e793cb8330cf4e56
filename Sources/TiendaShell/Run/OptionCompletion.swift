import TiendaCore

/// Tab inside the parentheses of a line's options (issue 22):
/// `vender completo (pa`, `completo (palta, to` in an open ticket.
extension Completer {
  /// The options the product before the open `(` offers, or nil when the
  /// cursor is not inside an open parenthesis after a product.
  func completeLineOption(_ tokens: [Token], _ partial: String, _ partialStart: Int)
    -> Completion?
  {
    var open: Int
    var typed = partial
    var start = partialStart
    if partial.hasPrefix("(") {
      open = tokens.count
      typed.removeFirst()
      start += 1
    } else {
      guard
        let index = tokens.lastIndex(where: { $0.kind == .word && $0.text.hasPrefix("(") }),
        !tokens[index...].contains(where: { $0.kind == .word && $0.text.hasSuffix(")") }),
        !partial.hasSuffix(")")
      else { return nil }
      open = index
    }
    // The item: after the last comma or colon before the `(`, without the
    // command's words (`vender`, `agregar`).
    var item = Array(tokens[..<open])
    if let separator = item.lastIndex(where: { $0.kind == .comma || $0.kind == .colon }) {
      item = Array(item[(separator + 1)...])
    } else if let (_, used) = try? Parser(registry: context.registry).matchCommand(item) {
      item = Array(item[used...])
    }
    guard !item.isEmpty,
      let request = try? Parser.saleItem(item, currency: context.shop.settings.currency)
    else { return nil }
    var offered = context.shop.options.optionNames(offeredBy: request.query)
    if offered.isEmpty, let trailing = request.trailingQuery {
      offered = context.shop.options.optionNames(offeredBy: trailing)
    }
    guard !offered.isEmpty else { return nil }
    // Options already written inside these parentheses are not offered again.
    let written = Set(
      tokens[min(open, tokens.count)...].filter { $0.kind == .word }.map {
        fold($0.text.hasPrefix("(") ? String($0.text.dropFirst()) : $0.text)
      })
    let matches = offered.filter { fold($0).hasPrefix(fold(typed)) && !written.contains(fold($0)) }
    return Completion(start: start, candidates: matches)
  }
}
