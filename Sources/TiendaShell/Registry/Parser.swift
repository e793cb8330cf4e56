import TiendaCore

/// Turns the tokens of one command into an `Invocation`, or a `ShellError`
/// that points at the offending token and suggests the nearest word.
public struct Parser {
  public let registry: Registry

  public init(registry: Registry) { self.registry = registry }

  /// Finds the command whose words (or an alias) begin the token list,
  /// preferring the longest match. Returns the spec and how many tokens it used.
  public func matchCommand(_ tokens: [Token]) throws -> (CommandSpec, Int) {
    // Each token folded once; the registry's words are folded already.
    let folded = tokens.prefix(registry.longestPhrase).map { $0.kind == .word ? $0.folded : "" }
    var best: (command: Int, used: Int)?
    for phrase in registry.phrases where phrase.words.count <= folded.count {
      guard phrase.words.count > (best?.used ?? 0) else { continue }
      if zip(phrase.words, folded).allSatisfy({ $0 == $1 }) {
        best = (phrase.command, phrase.words.count)
      }
    }
    if let best { return (registry.commands[best.command], best.used) }
    throw unknownCommand(tokens)
  }

  /// The unknown-command error for `tokens` when it suggests a command
  /// (`pagr` → «pagar»), else nil.
  func commandSuggestion(_ tokens: [Token]) -> ShellError? {
    let error = unknownCommand(tokens)
    return error.message.contains("¿Quiso decir") ? error : nil
  }

  /// Longest first word (in bytes) still compared with the commands for a
  /// «¿Quiso decir…?».
  static let longestTypo = 64

  func unknownCommand(_ tokens: [Token]) -> ShellError {
    guard let first = tokens.first else { return ShellError(Messages.seeHelp) }
    if first.kind == .quoted {
      return ShellError(Messages.quotedCommand, at: first)
    }
    let all = registry.commands.flatMap { [$0.words] + $0.aliases }
    let firstWords = Set(registry.phrases.map { $0.words[0] })
    if tokens[0].kind == .word, firstWords.contains(first.folded) {
      // `crear categria`: the verb is right, the object is not.
      let longer = all.filter { fold($0[0]) == first.folded && $0.count > 1 }
      var nexts: [String] = []
      for next in longer.map({ $0[1] }) where !nexts.contains(next) { nexts.append(next) }
      if let second = tokens.dropFirst().first {
        // The whole command when its first two words name one (`al cerrar
        // ejecutar` → «al cerrar caja ejecutar»), else the two words.
        let suggestion = closestMatch(to: second.text, among: nexts).map { next in
          let commands = longer.filter { $0[1] == next }
          let words = commands.count == 1 ? Array(commands[0].dropFirst()) : [next]
          return ([first.text] + words).joined(separator: " ")
        }
        return ShellError(
          Messages.unknownCommand(first.text + " " + second.text, suggestion: suggestion),
          column: first.column, length: second.endColumn - first.column,
          hint: suggestion == nil ? Messages.options(of: first.text, nexts) : nil)
      }
      return ShellError(
        Messages.incompleteCommand(first.text), at: first,
        hint: Messages.options(of: first.text, nexts))
    }
    // Whole-phrase suggestion: compare the first one or two words with every
    // command (only when the user typed a word: `>` or `""` suggest nothing).
    var suggestion: String?
    var bestDistance = Int.max
    // A word far longer than any command is no typo of one: no suggestion
    // (a 1 MB word would otherwise cost minutes of edit distances).
    let typedAWord =
      first.kind == .word && first.text.utf8.count <= Parser.longestTypo
      && first.text.contains(where: \.isLetter)
    // The registry's phrases are folded once; the typed words once per
    // phrase length. The words as declared are looked up for the winner only.
    var typedFolded: [Int: String] = [:]
    var best: (command: Int, words: [String])?
    for phrase in registry.phrases where typedAWord {
      let b = phrase.words.joined(separator: " ")
      let limit = min(3, max(1, b.count / 3))
      let a =
        typedFolded[phrase.words.count]
        ?? fold(tokens.prefix(phrase.words.count).map(\.text).joined(separator: " "))
      typedFolded[phrase.words.count] = a
      // More characters apart than the limit: no need to measure.
      if abs(a.count - b.count) > limit { continue }
      let d = editDistance(a, b, limit: limit)
      if d <= limit && d < bestDistance {
        bestDistance = d
        best = phrase
      }
    }
    if let best {
      let spec = registry.commands[best.command]
      let declared = ([spec.words] + spec.aliases).first { $0.map(fold) == best.words }
      suggestion = (declared ?? best.words).joined(separator: " ")
    }
    let span =
      suggestion.map { s in tokens.prefix(s.split(separator: " ").count) }
      ?? tokens.prefix(1)
    return ShellError(
      Messages.unknownCommand(span.map(\.text).joined(separator: " "), suggestion: suggestion),
      column: first.column, length: span.last!.endColumn - first.column,
      hint: suggestion == nil ? Messages.seeHelp : nil)
  }

  /// `matched`: the command already found for these tokens, if any.
  public func parse(
    _ tokens: [Token], context: ShellContext, matched: (CommandSpec, Int)? = nil
  ) throws -> Invocation {
    let (spec, used) = try matched ?? matchCommand(tokens)
    var arguments: [String: ArgValue] = [:]
    var spans: [String: (column: Int, length: Int)] = [:]
    var format: OutputFormat?
    var redirect: String?
    var positionals = spec.params.filter { $0.keyword == nil && $0.kind != .methodAmounts }[...]
    let methodAmounts = spec.params.first { $0.kind == .methodAmounts }
    let keywords = CommandKeywords(spec)
    var i = used
    let end = tokens.last.map(\.endColumn) ?? 1

    while i < tokens.count {
      let token = tokens[i]
      // `: ` ends the value before it, like `, `; between parameters it is
      // only a separator.
      if token.kind == .colon {
        i += 1
        continue
      }
      if spec.listing && token.isKeyword("como") {
        guard i + 1 < tokens.count else {
          throw ShellError(Messages.missingFormat, column: token.endColumn + 1)
        }
        let value = tokens[i + 1]
        guard let f = OutputFormat(rawValue: value.folded) else {
          throw ShellError(Messages.unknownFormat(value.text), at: value)
        }
        if format != nil { throw ShellError(Messages.repeatedFormat, at: token) }
        format = f
        i += 2
        continue
      }
      if spec.listing && token.kind == .word && token.text == ">" {
        guard i + 1 < tokens.count, tokens[i + 1].kind != .comma else {
          throw ShellError(Messages.missingRedirectFile, column: token.endColumn + 1)
        }
        if redirect != nil { throw ShellError(Messages.repeatedRedirect, at: token) }
        redirect = tokens[i + 1].text
        i += 2
        continue
      }
      if token.kind == .word,
        let param = spec.params.first(where: {
          $0.keyword.map(fold) == token.folded
        })
      {
        if arguments[param.key] != nil {
          throw ShellError(Messages.repeatedOption(param.keyword!), at: token)
        }
        if param.kind == .flag {
          arguments[param.key] = .flag
          spans[param.key] = (token.column, token.length)
          i += 1
          continue
        }
        if param.kind == .period && fold(param.keyword!) == "desde" {
          // `desde X hasta Y` reads its own keyword.
          let (value, next) = try parsePeriod(tokens, from: i, today: context.shop.today)
          arguments[param.key] = value
          spans[param.key] = (token.column, tokens[next - 1].endColumn - token.column)
          i = next
          continue
        }
        guard i + 1 < tokens.count, tokens[i + 1].kind != .comma, tokens[i + 1].kind != .colon
        else {
          throw ShellError(
            Messages.missingValue(param.keyword!, param.placeholder),
            column: token.endColumn + 1, hint: Messages.usage(spec.usage))
        }
        // A keyword always ends the value before it: here the value is missing.
        if keywords.contains(tokens[i + 1]), param.noneWord.map(tokens[i + 1].isKeyword) != true {
          throw ShellError(
            Messages.keywordInsteadOfValue(
              param.keyword!, param.placeholder, found: tokens[i + 1].text, command: spec.name,
              quotable: [.name, .text, .list].contains(param.kind)),
            at: tokens[i + 1], hint: Messages.usage(spec.usage))
        }
        let (value, next) = try parseValue(
          param, tokens, from: i + 1, keywords: keywords, context: context)
        arguments[param.key] = value
        spans[param.key] = (tokens[i + 1].column, tokens[next - 1].endColumn - tokens[i + 1].column)
        i = next
        continue
      }
      if token.kind == .comma {
        throw ShellError(Messages.unexpectedComma, at: token)
      }
      // `amipass 12000`: a method's name, then an amount.
      if let param = methodAmounts, token.kind == .word, token.text.first?.isLetter == true,
        !keywords.contains(token), i + 1 < tokens.count, tokens[i + 1].kind == .word,
        tokens[i + 1].text.first.map({ $0.isNumber || $0 == "$" || $0 == "-" }) == true
      {
        let amount = try Literals.money(tokens[i + 1], currency: context.shop.settings.currency)
        var items = MethodAmount.listValue(arguments[param.key] ?? .methodAmounts([])) ?? []
        guard !items.contains(where: { fold($0.name) == token.folded }) else {
          throw ShellError(Messages.repeatedOption(token.text), at: token)
        }
        items.append(MethodAmount(name: token.text, amount: amount))
        arguments[param.key] = .methodAmounts(items)
        i += 2
        continue
      }
      if let param = positionals.first {
        positionals = positionals.dropFirst()
        // A bare name followed by a quantity (`merma cerveza 470 2`) leaves
        // the trailing quantity (and its unit) to the next parameter.
        var limit = tokens.count
        if param.kind == .name, token.kind == .word, let following = positionals.first,
          following.kind == .quantity || following.kind == .adjustment
            || following.kind == .period
            // `precio mayorista pan amasado 2200`, `abonar juan pérez 20000`: a
            // product's or a customer's name, then an amount.
            || (following.kind == .money
              && (param.completion == .products || param.completion == .customers))
        {
          var end = i + 1
          while end < tokens.count, tokens[end].kind == .word, !keywords.contains(tokens[end]) {
            end += 1
          }
          let tail = Parser.tailLength(Array(tokens[i..<end]), for: following.kind)
          if tail > 0 && end - tail > i {
            limit = end - tail
          } else if following.kind == .money, positionals.dropFirst().first?.kind == .text,
            end - 2 > i, Parser.tailLength(Array(tokens[i..<end - 1]), for: .money) == 1
          {
            // A name, an amount and one more word (`abonar juan 20000
            // transferencia`): the word is the next parameter's.
            limit = end - 2
          }
        }
        let (value, next) = try parseValue(
          param, Array(tokens[..<limit]), from: i, keywords: keywords, context: context)
        arguments[param.key] = value
        spans[param.key] = (tokens[i].column, tokens[next - 1].endColumn - tokens[i].column)
        i = next
        continue
      }
      let unused =
        spec.params.compactMap(\.keyword).filter { arguments[$0] == nil }
        + (spec.listing ? ["como"] : [])
      let suggestion = token.kind == .word ? closestMatch(to: token.text, among: unused) : nil
      throw ShellError(
        Messages.unexpectedWord(token.text, command: spec.name, suggestion: suggestion),
        at: token, hint: suggestion == nil ? Messages.usage(spec.usage) : nil)
    }
    if let missing = positionals.first(where: \.required) {
      // A name given but no lines after it: the lines were read as part of
      // the name, which ends only at «: » (§8.3).
      let nameTookLines =
        missing.kind == .saleItems
        && spec.params.contains { $0.kind == .name && arguments[$0.key] != nil }
      let example = spec.examples.first { $0.contains(": ") }
      throw ShellError(
        Messages.missingArgument(missing.placeholder, command: spec.name), column: end + 1,
        hint: nameTookLines
          ? Messages.colonBeforeLines(example: example) : Messages.usage(spec.usage))
    }
    try Parser.validate(spec, arguments, spans: spans)
    var invocation = Invocation(
      spec: spec, arguments: arguments, tokens: tokens, format: format ?? context.defaultFormat,
      redirect: redirect, context: context)
    invocation.spans = spans
    return invocation
  }

  /// Reads one value of `param` starting at `start`; returns it and the next index.
  func parseValue(
    _ param: ParamSpec, _ tokens: [Token], from start: Int, keywords: CommandKeywords,
    context: ShellContext
  ) throws -> (ArgValue, Int) {
    let isKeyword = keywords.contains
    let token = tokens[start]
    if let none = param.noneWord, token.isKeyword(none) { return (.none, start + 1) }
    switch param.kind {
    case .name:
      if token.kind == .quoted { return (.text(token.text), start + 1) }
      var j = start
      var words: [String] = []
      while j < tokens.count, tokens[j].kind == .word, j == start || !isKeyword(tokens[j]) {
        words.append(tokens[j].text)
        j += 1
      }
      if words.isEmpty {
        throw ShellError(Messages.missingArgument(param.placeholder, command: nil), at: token)
      }
      return (.text(words.joined(separator: " ")), j)
    case .text:
      if token.kind == .comma { throw ShellError(Messages.unexpectedComma, at: token) }
      return (.text(token.text), start + 1)
    case .money:
      return (
        .money(try Literals.money(token, currency: context.shop.settings.currency)), start + 1
      )
    case .quantity:
      let (q, unit) = try Literals.quantity(token)
      if unit == nil, let u = keywords.unit(tokens, at: start + 1) {
        return (.quantity(q, u), start + 2)
      }
      return (.quantity(q, unit), start + 1)
    case .percent:
      return (.percent(try Literals.percent(token)), start + 1)
    case .rut:
      return (.rut(try Literals.rut(token)), start + 1)
    case .date:
      return (.date(try Literals.date(token, today: context.shop.today)), start + 1)
    case .yesNo:
      return (.bool(try Literals.yesNo(token)), start + 1)
    case .integer:
      return (.integer(try Literals.integer(token)), start + 1)
    case .choice(let options):
      guard let match = options.first(where: { fold($0) == token.folded }) else {
        let suggestion = closestMatch(to: token.text, among: options)
        throw ShellError(
          Messages.badChoice(token.text, options: options, suggestion: suggestion), at: token)
      }
      return (.choice(match), start + 1)
    case .period:
      return try parsePeriod(tokens, from: start, today: context.shop.today)
    case .flag:
      return (.flag, start)
    case .list:
      var items: [String] = []
      var current: [String] = []
      var j = start
      while j < tokens.count, tokens[j].kind != .colon, j == start || !isKeyword(tokens[j]) {
        let t = tokens[j]
        if t.kind == .comma {
          if !current.isEmpty { items.append(current.joined(separator: " ")) }
          current = []
        } else {
          current.append(t.text)
        }
        j += 1
      }
      if !current.isEmpty { items.append(current.joined(separator: " ")) }
      return (.list(items), j)
    case .adjustment:
      return try parseAdjustment(tokens, from: start, keywords: keywords)
    case .components:
      return try parseComponents(tokens, from: start, keywords: keywords)
    case .saleItems:
      return try parseSaleItems(tokens, from: start, isKeyword: isKeyword, context: context)
    case .payments:
      return try parsePayments(tokens, from: start, isKeyword: isKeyword, context: context)
    case .methodAmounts:
      // Read by the parser's loop, never as a positional.
      return (.methodAmounts([]), start)
    case .rest:
      return (.tokens(Array(tokens[start...])), tokens.count)
    }
  }

  /// How many trailing tokens of `region` form a value of `kind`: a number
  /// (`2`, `0,5`) or adjustment (`+10`, `=25`, `= 25`), optionally followed
  /// by a unit word (`500 g`).
  static func tailLength(_ region: [Token], for kind: ParamKind) -> Int {
    guard let last = region.last else { return 0 }
    var n = 0
    var core = last
    if Quantity.Unit.parse(last.text) != nil && !(last.text.first?.isNumber ?? false),
      region.count >= 2
    {
      n = 1
      core = region[region.count - 2]
    }
    let text = core.text
    let isNumber =
      text.first?.isNumber == true
      || (kind == .quantity && text.first == "-" && text.dropFirst().first?.isNumber == true)
    switch kind {
    case .period:
      let words = ["hoy", "ayer", "semana", "mes", "ano", "anteayer"]
      if words.contains(last.folded) { return 1 }
      let month = MonthPeriods.tailLength(region)
      if month > 0 { return month }
      let dateShaped =
        last.text.first?.isNumber == true && (last.text.contains("-") || last.text.contains("/"))
      return dateShaped ? 1 : 0
    case .quantity:
      return isNumber ? n + 1 : 0
    case .adjustment:
      if let first = text.first, "+-=".contains(first), text.count > 1 { return n + 1 }
      if isNumber, region.count - n >= 2,
        ["=", "+", "-"].contains(region[region.count - n - 2].text)
      {
        return n + 2
      }
      if isNumber { return n + 1 }  // a bare number: refused below with a hint
      return 0
    case .money:
      // `precio mayorista pan amasado 2200`: the last word is the amount.
      return last.text.first?.isNumber == true || last.text.first == "$" ? 1 : 0
    default:
      return 0
    }
  }

  /// `+10`, `-3`, `=25`, `= 25`, `+500 g`.
  func parseAdjustment(_ tokens: [Token], from start: Int, keywords: CommandKeywords) throws
    -> (ArgValue, Int)
  {
    var j = start
    var token = tokens[j]
    var sign: Character
    var number: Token
    if token.text == "=" || token.text == "+" || token.text == "-" {
      guard j + 1 < tokens.count else {
        throw ShellError(Messages.badAdjustment(token.text), at: token)
      }
      sign = token.text.first!
      j += 1
      token = tokens[j]
      number = token
    } else {
      guard let first = token.text.first, first == "+" || first == "-" else {
        throw ShellError(Messages.badAdjustment(token.text), at: token)
      }
      sign = first
      number = Token(
        kind: .word, text: String(token.text.dropFirst()), column: token.column + 1,
        length: token.length - 1)
    }
    guard !number.text.isEmpty else {
      throw ShellError(Messages.badAdjustment(token.text), at: token)
    }
    var (q, unit) = try Literals.quantity(number)
    j += 1
    if unit == nil, let u = keywords.unit(tokens, at: j) {
      unit = u
      j += 1
    }
    switch sign {
    case "+": return (.adjustment(.add(q, unit)), j)
    case "-": return (.adjustment(.remove(q, unit)), j)
    default: return (.adjustment(.set(q, unit)), j)
    }
  }

  /// `1 pan amasado, 2 té, 0,5 kg queso`.
  func parseComponents(_ tokens: [Token], from start: Int, keywords: CommandKeywords) throws
    -> (ArgValue, Int)
  {
    var items: [KitComponentInput] = []
    var j = start
    while j < tokens.count {
      let quantityToken = tokens[j]
      guard quantityToken.kind == .word, quantityToken.text.first?.isNumber == true else {
        throw ShellError(Messages.componentNeedsQuantity(quantityToken.text), at: quantityToken)
      }
      var (q, unit) = try Literals.quantity(quantityToken)
      j += 1
      if unit == nil, let u = keywords.unit(tokens, at: j), j + 1 < tokens.count {
        unit = u
        j += 1
      }
      var name: [String] = []
      while j < tokens.count, tokens[j].kind != .comma, tokens[j].kind != .colon,
        !keywords.contains(tokens[j])
      {
        name.append(tokens[j].text)
        j += 1
      }
      guard !name.isEmpty else {
        throw ShellError(Messages.componentNeedsProduct, column: quantityToken.endColumn + 1)
      }
      items.append(KitComponentInput(quantity: q, unit: unit, product: name.joined(separator: " ")))
      if j < tokens.count, tokens[j].kind == .comma {
        j += 1
        continue
      }
      break
    }
    return (.components(items), j)
  }

  func parsePeriod(_ tokens: [Token], from start: Int, today: LocalDate) throws -> (ArgValue, Int) {
    let token = tokens[start]
    switch token.folded {
    case "semana":
      return (.period(Period(from: today.adding(days: 1 - today.isoWeekday), to: today)), start + 1)
    case "mes":
      let first = LocalDate(year: today.year, month: today.month, day: 1)!
      return (.period(Period(from: first, to: today)), start + 1)
    case "ano":
      let first = LocalDate(year: today.year, month: 1, day: 1)!
      return (.period(Period(from: first, to: today)), start + 1)
    case "desde":
      guard start + 1 < tokens.count else {
        throw ShellError(Messages.missingDate("desde"), column: token.endColumn + 1)
      }
      let from = try Literals.date(tokens[start + 1], today: today)
      var to = today
      var next = start + 2
      if next < tokens.count, tokens[next].isKeyword("hasta") {
        guard next + 1 < tokens.count else {
          throw ShellError(Messages.missingDate("hasta"), column: tokens[next].endColumn + 1)
        }
        to = try Literals.date(tokens[next + 1], today: today)
        next += 2
      }
      guard from <= to else {
        throw ShellError(
          Messages.periodBackwards(from: from.description, to: to.description),
          column: token.column, length: tokens[next - 1].endColumn - token.column)
      }
      return (.period(Period(from: from, to: to)), next)
    default:
      if let (period, next) = MonthPeriods.parse(tokens, from: start, today: today) {
        return (.period(period), next)
      }
      // Something shaped like a date gets the date's own message.
      if token.text.first?.isNumber == true {
        return (.period(.day(try Literals.date(token, today: today))), start + 1)
      }
      if let day = try? Literals.date(token, today: today) {
        return (.period(.day(day)), start + 1)
      }
      let words = ["hoy", "ayer", "semana", "mes", "año", "desde"] + MonthPeriods.names
      if let suggestion = closestMatch(to: token.text, among: words) {
        throw ShellError(
          Messages.badPeriodSuggestion(token.text, suggestion: suggestion), at: token)
      }
      throw ShellError(Messages.badPeriod(token.text), at: token)
    }
  }
}
