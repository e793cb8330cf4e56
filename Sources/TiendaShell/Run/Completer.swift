import TiendaCore

/// Context-aware Tab completion: command words first, then the command's
/// keywords and values from the shop file. Matching is accent- and
/// case-insensitive; the candidates keep their accents.
public struct Completer {
  public let context: ShellContext

  public init(context: ShellContext) { self.context = context }

  /// Candidates for the text before the cursor and the character offset
  /// where the replaced part starts.
  public struct Completion: Equatable {
    public let start: Int
    public let candidates: [String]
    /// False when the list was cut short (many products match): the line
    /// may then only be extended by what is certain, not by the first ones.
    public var exhaustive = true

    public init(start: Int, candidates: [String], exhaustive: Bool = true) {
      self.start = start
      self.candidates = candidates
      self.exhaustive = exhaustive
    }
  }

  public func complete(_ line: String) -> Completion {
    let chars = Array(line)
    // The statement being typed starts after the last `;`.
    var tokens = Lexer.tokenizeLeniently(line)
    if let semicolon = tokens.lastIndex(where: { $0.kind == .semicolon }) {
      tokens = Array(tokens[(semicolon + 1)...])
    }
    let endsWithSpace = chars.last.map { $0 == " " || $0 == "\t" } ?? true
    var partial = ""
    var partialStart = chars.count
    if !endsWithSpace, let last = tokens.last, last.kind != .comma {
      partial = last.kind == .quoted ? last.text : last.text
      partialStart = last.column - 1
      tokens.removeLast()
    }
    let registry = context.registry
    let typed = tokens
    if let options = completeLineOption(typed, partial, partialStart) { return options }
    // 1. Command words.
    if let (spec, used) = try? Parser(registry: registry).matchCommand(typed), used > 0 {
      let arguments = completeArguments(spec, Array(typed[used...]), partial, partialStart, chars)
      // A command that is the start of longer ones (`sincronizar` and
      // `sincronizar recibir`, `configurar central` and `configurar central
      // maestro catálogo`): their next word is offered too.
      let longer = commandWords(typed, partial)
      guard !longer.isEmpty else { return arguments }
      // Past the short command's words (`configurar central maestro cat`):
      // only the longer command fits.
      guard used == typed.count, arguments.start == partialStart || arguments.candidates.isEmpty
      else { return Completion(start: partialStart, candidates: longer) }
      return Completion(
        start: partialStart,
        candidates: longer + arguments.candidates.filter { !longer.contains($0) },
        exhaustive: arguments.exhaustive)
    }
    // In ticket mode a line that is not a command is a product.
    if context.shop.tickets.hasOpenTicket,
      let add = registry.commands.first(where: { $0.name == "agregar" })
    {
      let products = completeArguments(add, typed, partial, partialStart, chars)
      if !typed.isEmpty { return products }
      let commands = commandWords(typed, partial)
      return Completion(
        start: partialStart, candidates: commands + products.candidates,
        exhaustive: products.exhaustive)
    }
    return Completion(
      start: partialStart,
      candidates: commandWords(typed, partial).sorted { spanishCompare($0, $1) < 0 })
  }

  /// Next words of the commands that begin with `typed`.
  func commandWords(_ typed: [Token], _ partial: String) -> [String] {
    let registry = context.registry
    // Only the main words: aliases (`exit`, `bitacora`) would double the list.
    let phrases = registry.commands.map(\.words)
    var words: [String] = []
    for phrase in phrases where phrase.count > typed.count {
      guard zip(phrase, typed).allSatisfy({ $1.isKeyword($0) }) else { continue }
      let next = phrase[typed.count]
      if fold(next).hasPrefix(fold(partial)) && !words.contains(next) { words.append(next) }
    }
    return words
  }

  func completeArguments(
    _ spec: CommandSpec, _ args: [Token], _ partial: String, _ partialStart: Int,
    _ chars: [Character]
  ) -> Completion {
    let keywords = spec.keywords
    // Find the parameter whose value is being typed: after the last keyword,
    // or the next positional.
    var param: ParamSpec?
    var valueStart = partialStart
    if let k = args.lastIndex(where: { t in keywords.contains { t.isKeyword($0) } }) {
      let keyword = args[k]
      if keyword.isKeyword("como") {
        if k == args.count - 1 {
          return filtered(["tabla", "csv", "json", "gráfico"], partial, partialStart)
        }
      } else if let p = spec.params.first(where: {
        $0.keyword.map { keyword.isKeyword($0) } ?? false
      }) {
        let valueTokens = args.count - 1 - k
        if p.kind == .list {
          param = p  // each item of the list completes on its own
        } else if p.kind == .components {
          // `con 1 pan, 0,5 kg tom…`: the product name of the last item,
          // after its quantity (and unit).
          let afterKeyword = Array(args[(k + 1)...])
          let endsWithComma = afterKeyword.last?.kind == .comma
          var name =
            endsWithComma
            ? [] : Array(afterKeyword.split(whereSeparator: { $0.kind == .comma }).last ?? [])
          if let quantity = name.first, quantity.text.first?.isNumber == true {
            name.removeFirst()
            if let unit = name.first, Quantity.Unit.parse(unit.text) != nil,
              name.count > 1 || !partial.isEmpty || chars.last == " "
            {
              name.removeFirst()
            }
            param = ParamSpec.positional(
              "componente", .name, placeholder: "", help: "", completion: .products)
            valueStart = name.first.map { $0.column - 1 } ?? partialStart
          }
        } else if valueTokens == 0 || p.kind == .name
          || (p.kind == .payments && args.last?.kind == .comma)
        {
          param = p
          if valueTokens > 0 && p.kind != .payments { valueStart = args[k + 1].column - 1 }
        }
      }
    } else if let args = Self.saleItemsTyped(spec, args) {
      // `vender 2 emp…, 0,5 kg tom…`: the product of the last item.
      let endsWithComma = args.last?.kind == .comma
      var name =
        endsWithComma ? [] : Array(args.split(whereSeparator: { $0.kind == .comma }).last ?? [])
      if name.count >= 2, name[0].isKeyword("importe") { name.removeFirst(2) }
      if let quantity = name.first, quantity.text.first?.isNumber == true,
        name.count > 1 || !partial.isEmpty || chars.last == " "
      {
        name.removeFirst()
        if let unit = name.first, Quantity.Unit.parse(unit.text) != nil,
          name.count > 1 || !partial.isEmpty || chars.last == " "
        {
          name.removeFirst()
        }
      }
      param = ParamSpec.positional(
        "producto", .name, placeholder: "", help: "", completion: .products)
      valueStart = name.first.map { $0.column - 1 } ?? partialStart
    } else if let afterAmount = Self.positionalAfterAmount(
      spec, args, context.shop.settings.currency)
    {
      // `abonar ana rojas 1000 tr…`: the positional that follows a name and
      // an amount (the parser reads it that way too).
      param = afterAmount
    } else if let p = spec.params.first(where: { $0.keyword == nil }) {
      let positionals = spec.params.filter { $0.keyword == nil }
      if args.isEmpty || p.kind == .name || (p.kind == .payments && args.last?.kind == .comma) {
        param = p
        if let first = args.first { valueStart = first.column - 1 }
      } else if args.count < positionals.count, positionals[args.count].completion != nil,
        zip(positionals, args).allSatisfy({ p, arg in
          // `cambiar vendedor venta 15 an…`: a sale number is text (`2-15`).
          p.kind == .integer || (p.kind == .text && arg.text.first?.isNumber == true)
        }),
        args.allSatisfy({ $0.kind == .word })
      {
        // `saldar compra 3 trans…`: the positional after one-word numbers.
        param = positionals[args.count]
      }
    }
    var candidates: [String] = []
    if let param {
      var typedValue = String(chars[valueStart..<chars.count])
      if let first = typedValue.first, Lexer.openingQuotes[first] != nil {
        typedValue.removeFirst()  // completing inside an open quote
      }
      let matches: [String]
      if param.completion == .products {
        // The catalog may hold 50.000 products: the store filters by index,
        // asking one more than it shows to know whether the list is whole.
        let limit = 50
        let found =
          (try? context.shop.catalog.productCompletions(typedValue, limit: limit + 1)) ?? []
        if !found.isEmpty {
          return Completion(
            start: valueStart,
            candidates: found.prefix(limit).map { quotedIfNeeded($0, in: spec) },
            exhaustive: found.count <= limit)
        }
        matches = []
      } else {
        var already = Set<String>()
        if param.kind == .list {
          // `impuestos iva, i`: offer only what is not in the list yet.
          already = Set(args.filter { $0.kind == .word }.map(\.folded))
        }
        matches = self.values(for: param)
          .filter { fold($0).hasPrefix(fold(typedValue)) && !already.contains(fold($0)) }
          .map { quotedIfNeeded($0, in: spec) }
      }
      if !matches.isEmpty || param.keyword == nil || !args.isEmpty {
        if !matches.isEmpty { return Completion(start: valueStart, candidates: matches) }
      }
      candidates = []
    }
    // Keywords not yet used.
    let used = Set(args.filter { $0.kind == .word }.map(\.folded))
    for keyword in keywords where !used.contains(fold(keyword)) {
      if fold(keyword).hasPrefix(fold(partial)) { candidates.append(keyword) }
    }
    return Completion(start: partialStart, candidates: candidates)
  }

  /// The tokens of the sale items being typed: every argument when they
  /// are the first positional (`vender 2 emp…`), or those after `: ` when
  /// a name comes first (`pedido ana: 2 tor…`, issue 20).
  static func saleItemsTyped(_ spec: CommandSpec, _ args: [Token]) -> ArraySlice<Token>? {
    let positionals = spec.params.filter { $0.keyword == nil }
    guard let first = positionals.first else { return nil }
    if first.kind == .saleItems { return args[...] }
    guard first.kind == .name, positionals.count > 1, positionals[1].kind == .saleItems,
      let colon = args.firstIndex(where: { $0.kind == .colon })
    else { return nil }
    return args[(colon + 1)...]
  }

  /// For `<name> <amount> <value>` commands (`abonar`): the third
  /// positional, with a completion, once a name and an amount are typed.
  static func positionalAfterAmount(_ spec: CommandSpec, _ args: [Token], _ currency: Currency)
    -> ParamSpec?
  {
    let positionals = spec.params.filter { $0.keyword == nil }
    guard positionals.count >= 3, positionals[0].kind == .name, positionals[1].kind == .money,
      positionals[2].completion != nil, args.count >= 2, let last = args.last,
      last.kind == .word, (try? Literals.money(last, currency: currency)) != nil
    else { return nil }
    return positionals[2]
  }

  /// A name goes back on the line quoted when, bare, it would not read back
  /// as itself: it holds one of the command's keywords, a separator, `#` or `>`.
  func quotedIfNeeded(_ name: String, in spec: CommandSpec) -> String {
    let keywords = Set(spec.keywords.map(fold) + (spec.listing ? ["como"] : []))
    let words = name.split(separator: " ").map { fold(String($0)) }
    let risky =
      words.contains(where: keywords.contains) || name.contains(",") || name.contains(";")
      || name.contains("#") || name.contains(">") || name.contains("\"")
      || name.hasPrefix(" ") || name.hasSuffix(" ")
    guard risky else { return name }
    return name.contains("\"") ? "«" + name + "»" : "\"" + name + "\""
  }

  func filtered(_ options: [String], _ partial: String, _ start: Int) -> Completion {
    Completion(start: start, candidates: options.filter { fold($0).hasPrefix(fold(partial)) })
  }

  func values(for param: ParamSpec) -> [String] {
    var values: [String] = []
    switch param.kind {
    case .yesNo: values = ["sí", "no"]
    case .choice(let options): values = options
    case .period: values = ["hoy", "ayer", "semana", "mes", "año", "desde"]
    default: break
    }
    if let none = param.noneWord { values.append(none) }
    switch param.completion {
    case .categories: values += (try? context.shop.catalog.categoryNames()) ?? []
    case .registers: values += (try? context.shop.register.registers().map(\.name)) ?? []
    case .zones: values += LocalTime.knownZones().sorted()
    case .currencies: break
    case .commands: values += context.registry.commands.map(\.name)
    case .taxes: values += ((try? context.shop.catalog.taxes()) ?? []).map(\.code) + ["exento"]
    case .products: break  // looked up by prefix in `completeArguments`
    case .users: values += ((try? context.shop.users.list()) ?? []).filter(\.active).map(\.name)
    case .roles: values += ((try? context.shop.users.roles()) ?? []).map(\.code)
    case .paymentMethods:
      // After `pagar`, only the methods a payment may use now.
      let methods = (try? context.shop.paymentMethods.list()) ?? []
      values += methods.filter { param.kind != .payments || ($0.active && $0.available) }
        .map(\.name)
    case .customers: values += context.shop.customers.names()
    case .customerGroups: values += context.shop.customerGroups.names()
    case .priceLists: values += context.shop.priceLists.names()

    case .suppliers: values += (try? context.shop.suppliers.names()) ?? []
    case .optionGroups: values += (try? context.shop.options.names()) ?? []
    case .sellers: values += (try? context.shop.sellers.names()) ?? []
    case .promotions: values += context.shop.promotions.names()
    case nil: break
    }
    return values
  }
}
