import TiendaCore

/// A typed argument value.
public enum ArgValue {
  case text(String)
  case money(Money)
  case quantity(Quantity, Quantity.Unit?)
  case percent(Percent)
  case rut(Rut)
  case date(LocalDate)
  case period(Period)
  case bool(Bool)
  case integer(Int64)
  case choice(String)
  /// The param's `noneWord` was given (`padre ninguna`).
  case none
  case flag
  case list([String])
  case adjustment(StockAdjustment)
  case components([KitComponentInput])
  case saleItems([SaleItemRequest])
  case payments([PaymentRequest])
  case methodAmounts([MethodAmount])
  /// The tokens of a `.rest` parameter, as written.
  case tokens([Token])
}

/// Output format chosen with `como` or `--json`.
public enum OutputFormat: String, Sendable {
  case table = "tabla"
  case csv
  case json
  /// `como gráfico`: bars for a report; other listings show their table.
  case chart = "grafico"
}

/// A parsed command ready to run.
public struct Invocation {
  public let spec: CommandSpec
  public let arguments: [String: ArgValue]
  public let tokens: [Token]
  public let format: OutputFormat?
  public let redirect: String?
  public let context: ShellContext
  /// Where each argument was written: key → (column, length).
  public var spans: [String: (column: Int, length: Int)] = [:]

  public var shop: Shop { context.shop }

  public func text(_ key: String) -> String? {
    if case .text(let s)? = arguments[key] { return s }
    if case .choice(let s)? = arguments[key] { return s }
    return nil
  }

  public func bool(_ key: String) -> Bool? {
    if case .bool(let b)? = arguments[key] { return b }
    return nil
  }

  public func isNone(_ key: String) -> Bool {
    if case .none? = arguments[key] { return true }
    return false
  }

  public func money(_ key: String) -> Money? {
    if case .money(let m)? = arguments[key] { return m }
    return nil
  }

  public func quantity(_ key: String) -> (Quantity, Quantity.Unit?)? {
    if case .quantity(let q, let u)? = arguments[key] { return (q, u) }
    return nil
  }

  public func date(_ key: String) -> LocalDate? {
    if case .date(let d)? = arguments[key] { return d }
    return nil
  }

  public func percent(_ key: String) -> Percent? {
    if case .percent(let p)? = arguments[key] { return p }
    return nil
  }

  public func integer(_ key: String) -> Int64? {
    if case .integer(let i)? = arguments[key] { return i }
    return nil
  }

  public func list(_ key: String) -> [String]? {
    if case .list(let l)? = arguments[key] { return l }
    return nil
  }

  public func isFlagSet(_ key: String) -> Bool {
    if case .flag? = arguments[key] { return true }
    return false
  }

  public func period(_ key: String) -> Period? {
    if case .period(let p)? = arguments[key] { return p }
    return nil
  }

  public func rut(_ key: String) -> Rut? {
    if case .rut(let r)? = arguments[key] { return r }
    return nil
  }

  public func saleItems(_ key: String) -> [SaleItemRequest] {
    if case .saleItems(let items)? = arguments[key] { return items }
    return []
  }

  public func payments(_ key: String) -> [PaymentRequest]? {
    if case .payments(let items)? = arguments[key] { return items }
    return nil
  }

  public func tokens(_ key: String) -> [Token] {
    if case .tokens(let t)? = arguments[key] { return t }
    return []
  }

  public func has(_ key: String) -> Bool { arguments[key] != nil }

  /// Where `text` starts inside an argument's span, when it is one item
  /// among others (a list); nil when it is the whole argument.
  func itemColumn(_ text: String, in span: (column: Int, length: Int)) -> Int? {
    guard text.count < span.length else { return nil }
    for token in tokens
    where token.column >= span.column && token.column < span.column + span.length {
      if fold(token.text) == fold(text.split(separator: " ").first.map(String.init) ?? text) {
        return token.column
      }
    }
    return nil
  }

  /// The span of the argument whose text is `value` (folded), if any: lets a
  /// refusal from the core point at the word the user wrote. Parameters are
  /// tried in declaration order; with `lookup`, those that name an existing
  /// thing (they have a completion source) come first, else those that
  /// give a new name.
  public func span(ofValue value: String, lookup: Bool) -> (column: Int, length: Int)? {
    let target = fold(value)
    let ordered =
      spec.params.filter { ($0.completion != nil) == lookup }
      + spec.params.filter { ($0.completion != nil) != lookup }
    for param in ordered {
      var text: String?
      switch arguments[param.key] {
      case .text(let s)?, .choice(let s)?: text = s
      case .list(let items)?: text = items.first { fold($0) == target }
      case .components(let items)?: text = items.first { fold($0.product) == target }?.product
      case .saleItems(let items)?:
        text =
          items.first { fold($0.query) == target }?.query
          ?? items.first { $0.trailingQuery.map(fold) == target }?.trailingQuery
      default: text = nil
      }
      if let text, fold(text) == target, let span = spans[param.key] {
        // Inside a list, point at the item itself.
        if let column = itemColumn(text, in: span) { return (column, text.count) }
        return span
      }
    }
    return nil
  }
}
