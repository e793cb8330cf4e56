import TiendaCore

/// Items a sale cannot take as written (issue 21): a weighed product
/// without its weight, an open-price product without its price. At a
/// terminal the weight or the price is asked and the command runs again
/// with it; elsewhere (scripts, `-c`, pipes) the refusal names the form to
/// write. Nothing is 1 kg by default.
enum AskedItems {
  static func retrying<T>(
    _ call: Invocation, _ requests: [SaleItemRequest], _ body: ([SaleItemRequest]) throws -> T
  ) throws -> T {
    var items = requests
    // Each item is asked at most once for its weight and once for its price.
    for _ in 0...(2 * items.count) {
      do {
        return try body(items)
      } catch let error as ScaleError {
        guard let ask = call.context.askLine else { throw error }
        switch error {
        case .weightRequired(let product, let request):
          guard let i = items.firstIndex(of: request) else { throw error }
          let (quantity, unit) = try weight(answer(ask, Messages.weightPrompt(product), call))
          items[i].quantity = quantity
          items[i].unit = unit
        case .priceRequired(let product, let request):
          guard let i = items.firstIndex(of: request) else { throw error }
          items[i].price = try price(ask, product, call)
        default:
          throw error
        }
      }
    }
    return try body(items)
  }

  static func answer(_ ask: (String) -> String?, _ prompt: String, _ call: Invocation) throws
    -> String
  {
    call.context.askedDuringCommand = true
    guard let text = ask(prompt)?.trimmingCharacters(in: " \t"), !text.isEmpty else {
      throw ShellError(Messages.askedItemCancelled)
    }
    return text
  }

  /// An open price, asked again while it is $0 (a sale line of $0 is
  /// refused); empty cancels.
  static func price(_ ask: (String) -> String?, _ product: String, _ call: Invocation) throws
    -> Money
  {
    while true {
      let text = try answer(ask, Messages.openPricePrompt(product), call)
      let price = try Literals.money(
        Token(kind: .word, text: text, column: 1, length: text.count),
        currency: call.shop.settings.currency)
      if price > .zero { return price }
      call.context.writeOut(Messages.openPriceNotPositive(product) + "\n")
    }
  }

  /// `0,350`, `0,350 kg`, `350 g`.
  static func weight(_ text: String) throws -> (Quantity, Quantity.Unit?) {
    let words = text.split(separator: " ").map(String.init)
    let first = Token(kind: .word, text: words[0], column: 1, length: words[0].count)
    var (quantity, unit) = try Literals.quantity(first)
    if unit == nil, words.count == 2 { unit = Quantity.Unit.parse(words[1]) }
    guard words.count <= 2, words.count == 1 || unit != nil else {
      throw ShellError(Messages.weightAnswerBad(text))
    }
    return (quantity, unit)
  }
}
