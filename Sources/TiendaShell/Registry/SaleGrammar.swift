import TiendaCore

/// The grammar of sale items and payments (DESIGN.md §5.4, `vender`).
extension Parser {
  /// Items separated by `, ` up to a keyword of the command (`pagar`).
  func parseSaleItems(
    _ tokens: [Token], from start: Int, isKeyword: (Token) -> Bool, context: ShellContext
  ) throws -> (ArgValue, Int) {
    var items: [SaleItemRequest] = []
    var j = start
    while j < tokens.count {
      var item: [Token] = []
      var options: [String] = []
      while j < tokens.count, tokens[j].kind != .comma, tokens[j].kind != .colon,
        !(isKeyword(tokens[j]) && !item.isEmpty)
      {
        // `completo (palta, tomate)`: options after the product (issue 22).
        if tokens[j].kind == .word, tokens[j].text.hasPrefix("("), !item.isEmpty {
          (options, j) = try Parser.lineOptions(tokens, from: j)
          continue
        }
        item.append(tokens[j])
        j += 1
      }
      guard !item.isEmpty else {
        throw ShellError(Messages.missingProduct, column: tokens[min(j, tokens.count - 1)].column)
      }
      var request = try Parser.saleItem(item, currency: context.shop.settings.currency)
      request.options = options
      items.append(request)
      if j < tokens.count, tokens[j].kind == .comma {
        j += 1
        continue
      }
      break
    }
    return (.saleItems(items), j)
  }

  /// `(palta, tomate)` from the token that opens it: the options' names
  /// (words of one option joined by a space) and the index after `)`.
  static func lineOptions(_ tokens: [Token], from start: Int) throws -> ([String], Int) {
    var options: [String] = []
    var current: [String] = []
    var j = start
    while j < tokens.count {
      let token = tokens[j]
      j += 1
      if token.kind == .comma {
        if !current.isEmpty { options.append(current.joined(separator: " ")) }
        current = []
        continue
      }
      var text = token.text
      if j - 1 == start { text.removeFirst() }
      let closes = token.kind == .word && text.hasSuffix(")")
      if closes { text.removeLast() }
      if !text.isEmpty { current.append(text) }
      if closes {
        if !current.isEmpty { options.append(current.joined(separator: " ")) }
        return (options, j)
      }
    }
    throw ShellError(OptionMessages.unclosedParenthesis, at: tokens[start])
  }

  /// A price after `a`: a number, `$…`, or a negative number.
  static func looksLikePrice(_ text: String) -> Bool {
    guard let first = text.first else { return false }
    if first.isNumber || first == "$" { return true }
    return first == "-" && text.dropFirst().first.map { $0.isNumber || $0 == "$" } == true
  }

  /// One item: `[importe <monto>] [cantidad [unidad]] <producto> [cantidad [unidad]] [a <precio>]`.
  /// A leading `+` (or quotes) marks a product whose name starts like a command.
  static func saleItem(_ tokens: [Token], currency: Currency) throws -> SaleItemRequest {
    var words = tokens
    var amount: Money?
    var price: Money?
    if words.count >= 3, words[0].isKeyword("importe") {
      amount = try Literals.money(words[1], currency: currency)
      words.removeFirst(2)
    }
    // `a -5` is a price too, so that it is refused as negative instead of
    // becoming part of the product's name («No encontré «pan a -5»»).
    if words.count >= 3, words[words.count - 2].isKeyword("a"), words.last!.kind == .word,
      looksLikePrice(words.last!.text)
    {
      price = try Literals.money(words.last!, currency: currency)
      words.removeLast(2)
    }
    if let first = words.first, first.kind == .word, first.text.hasPrefix("+") {
      if first.text == "+" {
        words.removeFirst()
      } else {
        words[0] = Token(
          kind: .word, text: String(first.text.dropFirst()), column: first.column + 1,
          length: first.length - 1)
      }
    }
    guard !words.isEmpty else { throw ShellError(Messages.missingProduct, at: tokens.last!) }
    var quantity: Quantity?
    var unit: Quantity.Unit?
    // A leading 12-13 digit token is first a barcode or scale code (§8.2):
    // `7801234567894 2` is two of that product.
    let code =
      words.count >= 2 && words[0].kind == .word && (12...13).contains(words[0].text.count)
      && words[0].text.allSatisfy(\.isASCIIDigit) && amount == nil
    // A leading number is the quantity, unless it is all there is (a barcode).
    if !code, words.count >= 2, words[0].kind == .word, words[0].text.first?.isNumber == true,
      amount == nil
    {
      let (q, u) = try Literals.quantity(words[0])
      quantity = q
      unit = u
      words.removeFirst()
      if unit == nil, words.count >= 2, words[0].kind == .word,
        let u = Quantity.Unit.parse(words[0].text)
      {
        unit = u
        words.removeFirst()
      }
    }
    var request = SaleItemRequest(
      query: words.map(\.text).joined(separator: " "), quantity: quantity, unit: unit)
    request.price = price
    request.amount = amount
    request.codeOrQuantity = code ? words[0].text : nil
    // `tomate 0,75` or `tomate 750 g`: tried when the whole text names nothing.
    if quantity == nil, amount == nil, words.count >= 2 {
      let tail = Parser.tailLength(words, for: .quantity)
      if tail > 0, tail < words.count,
        let (q, u) = try? Literals.quantity(words[words.count - tail])
      {
        request.trailingQuery = words.dropLast(tail).map(\.text).joined(separator: " ")
        request.trailingQuantity = q
        request.trailingUnit = tail == 2 ? Quantity.Unit.parse(words.last!.text) : u
      }
    }
    return request
  }

  /// `efectivo 10000`, `débito ref 123456`, `efectivo 5000, débito`.
  func parsePayments(
    _ tokens: [Token], from start: Int, isKeyword: (Token) -> Bool, context: ShellContext
  ) throws -> (ArgValue, Int) {
    var requests: [PaymentRequest] = []
    var j = start
    // Payments end at a keyword of the command, like any other value.
    while j < tokens.count, j == start || !isKeyword(tokens[j]) {
      let token = tokens[j]
      // A built-in (or its alias) by name; any other word names a shop's
      // method, resolved in the sale's transaction (DESIGN §8.11).
      guard token.kind == .word, let method = Parser.paymentMethod(token.text) else {
        let names = PaymentMethod.allCases.map(\.rawValue)
        throw ShellError(
          Messages.unknownPaymentMethod(
            token.text, suggestion: closestMatch(to: token.text, among: names)), at: token)
      }
      var request = PaymentRequest(method: method)
      j += 1
      // `tarjeta-regalo CÓDIGO`: the word after it is the card's code (text).
      if fold(method.rawValue) == PaymentMethod.giftCard.rawValue {
        guard j < tokens.count, tokens[j].kind != .comma, tokens[j].kind != .colon,
          !isKeyword(tokens[j])
        else {
          throw ShellError(GiftCardMessages.missingCode, column: tokens[j - 1].endColumn + 1)
        }
        request.method = .giftCard
        request.reference = tokens[j].text
        j += 1
      }
      // An amount (a negative one is read to be refused with its reason).
      if j < tokens.count, tokens[j].kind == .word,
        tokens[j].text.first.map({ $0.isNumber || $0 == "$" || $0 == "-" }) == true
      {
        request.amount = try Literals.money(tokens[j], currency: context.shop.settings.currency)
        j += 1
      }
      if j < tokens.count, request.method != .giftCard,
        tokens[j].isKeyword("ref") || tokens[j].isKeyword("referencia")
      {
        guard j + 1 < tokens.count, tokens[j + 1].kind != .comma else {
          throw ShellError(Messages.missingReference, column: tokens[j].endColumn + 1)
        }
        request.reference = tokens[j + 1].text
        j += 2
      }
      requests.append(request)
      if j < tokens.count, tokens[j].kind == .comma {
        j += 1
        continue
      }
      if j < tokens.count, !isKeyword(tokens[j]), tokens[j].kind != .colon {
        throw ShellError(Messages.unexpectedInPayment(tokens[j].text), at: tokens[j])
      }
      break
    }
    guard !requests.isEmpty else {
      throw ShellError(Messages.missingPayment, column: tokens.last.map(\.endColumn) ?? 1)
    }
    return (.payments(requests), j)
  }

  /// `efectivo`, `débito`, `crédito`, `transferencia` (and `tarjeta` = débito),
  /// or any other word starting with a letter: a shop's method.
  /// Other words for a built-in method in a payment (folded). A shop's
  /// method may not take one of these names.
  static let methodAliases: [String: PaymentMethod] = [
    "tarjeta": .debit, "redcompra": .debit, "transf": .transfer,
  ]

  static func paymentMethod(_ word: String) -> PaymentMethod? {
    if let alias = methodAliases[fold(word)] { return alias }
    if let builtIn = PaymentMethod.named(word) { return builtIn }
    // Amounts and punctuation are not names.
    guard let first = word.first, first.isLetter else { return nil }
    return PaymentMethod(rawValue: word)
  }
}
