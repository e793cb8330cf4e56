import TiendaCore

/// `verificar <valor> <op> <valor>`: an assertion for scripts. The values it
/// reads are the `Checkable` list; `verificar base` is its own command.
enum CheckCommands {
  static let all: [CommandSpec] = [check]

  static let operators = ["=", "!=", "<", "<=", ">", ">="]

  static let condition = RequiredParam<[Token]>.positional(
    "condicion", placeholder: "<valor> <op> <valor>",
    help: "Qué se verifica, la comparación y el valor esperado.")

  static let check = CommandSpec(
    "verificar", group: .shell,
    summary: "Comprueba un valor de la tienda; si no se cumple, falla (y detiene el script).",
    details: Checkable.documentation
      + " Comparaciones: =, !=, <, <=, >, >=. En un script no muestra nada si se cumple.",
    params: [condition.spec],
    examples: [
      "verificar stock EMP01 >= 10", "verificar stock queso = 1,5 kg",
      "verificar existe producto EMP01", "verificar existe producto BEB09 = no",
    ], access: .loggedIn
  ) { call in
    let condition = try Condition.parse(try call[condition], context: call.context)
    if let right = condition.checkable.right { try call.context.authorize(right) }
    let reading: CheckReading
    do {
      reading = try condition.checkable.read(call.context, condition.argument)
    } catch let error as CoreError {
      // Point at the argument the refusal is about.
      throw ShellError(
        call.context.describe(error), column: condition.argumentSpan.column,
        length: condition.argumentSpan.length)
    }
    let expected = try condition.expected(for: reading.value, context: call.context)
    let found = CheckView.describe(reading.value, call.context)
    guard compare(reading.value, condition.op, expected) else {
      throw ShellError(
        Messages.checkFailed(
          subject: reading.subject, op: condition.op,
          expected: CheckView.describe(expected, call.context),
          found: found))
    }
    guard call.context.interactive || call.context.scripts.echo else { return .none }
    return .message(
      Messages.checkPassed(
        subject: reading.subject, found: found, op: condition.op,
        expected: CheckView.describe(expected, call.context)))
  }

  /// A money value that may be negative (`-1000`, `-$1.000`): a register
  /// difference is negative when cash was short.
  static func signedMoney(_ token: Token, _ context: ShellContext) throws -> Money {
    let currency = context.shop.settings.currency
    guard token.kind == .word, token.text.hasPrefix("-"), token.text.count > 1 else {
      return try Literals.money(token, currency: currency)
    }
    let rest = Token(
      kind: .word, text: String(token.text.dropFirst()), column: token.column + 1,
      length: token.length - 1)
    return .zero - (try Literals.money(rest, currency: currency))
  }

  static func compare(_ a: CheckValue, _ op: String, _ b: CheckValue) -> Bool {
    let order: Int
    switch (a, b) {
    case (.quantity(let x, _), .quantity(let y, _)): order = x < y ? -1 : (x == y ? 0 : 1)
    case (.money(let x), .money(let y)):
      order = x.minorUnits < y.minorUnits ? -1 : (x.minorUnits == y.minorUnits ? 0 : 1)
    case (.count(let x), .count(let y)): order = x < y ? -1 : (x == y ? 0 : 1)
    case (.truth(let x), .truth(let y)): order = x == y ? 0 : 1
    default: return false
    }
    switch op {
    case "=": return order == 0
    case "!=": return order != 0
    case "<": return order < 0
    case "<=": return order <= 0
    case ">": return order > 0
    default: return order >= 0
    }
  }
}

/// `stock EMP01 >= 10` taken apart: which value, its argument, the operator
/// and the tokens of the expected value.
struct Condition {
  let checkable: Checkable
  let argument: String?
  let argumentSpan: (column: Int, length: Int)
  let op: String
  let right: [Token]
  /// Where the operator was, for carets on the expected value.
  let opToken: Token?

  static func parse(_ tokens: [Token], context: ShellContext) throws -> Condition {
    guard let first = tokens.first else {
      throw ShellError(Messages.missingCheck, hint: Messages.checkValues)
    }
    var best: (Checkable, Int)?
    for c in Checkable.all where c.words.count <= tokens.count {
      if zip(c.words, tokens).allSatisfy({ $1.isKeyword($0) }),
        best == nil || c.words.count > best!.1
      {
        best = (c, c.words.count)
      }
    }
    guard let (checkable, used) = best else {
      let names = Checkable.all.map(\.name)
      let typed = tokens.prefix(2).map(\.text).joined(separator: " ")
      let suggestion =
        closestMatch(to: first.text, among: names)
        ?? closestMatch(to: typed, among: names)
      throw ShellError(
        Messages.unknownCheck(first.text, suggestion: suggestion), at: first,
        hint: suggestion == nil ? Messages.checkValues : nil)
    }
    let opIndex = tokens[used...].firstIndex {
      $0.kind == .word && CheckCommands.operators.contains($0.text)
    }
    let argumentTokens = Array(tokens[used..<(opIndex ?? tokens.count)])
    let afterWords = tokens[used - 1].endColumn + 1
    let span =
      argumentTokens.isEmpty
      ? (column: afterWords, length: 1)
      : (
        column: argumentTokens[0].column,
        length: argumentTokens.last!.endColumn - argumentTokens[0].column
      )
    var argument: String?
    if let placeholder = checkable.argument {
      guard !argumentTokens.isEmpty else {
        throw ShellError(
          Messages.missingArgument(placeholder, command: "verificar " + checkable.name),
          column: afterWords)
      }
      argument = argumentTokens.map(\.text).joined(separator: " ")
    } else if let extra = argumentTokens.first {
      throw ShellError(
        Messages.unexpectedWord(
          extra.text, command: "verificar " + checkable.name, suggestion: nil),
        at: extra)
    }
    guard let opIndex else {
      // A yes/no value alone means "= sí"; the value's type is known only
      // after reading, so `expected(for:)` refuses it for other values.
      return Condition(
        checkable: checkable, argument: argument, argumentSpan: span, op: "=", right: [],
        opToken: nil)
    }
    return Condition(
      checkable: checkable, argument: argument, argumentSpan: span, op: tokens[opIndex].text,
      right: Array(tokens[(opIndex + 1)...]), opToken: tokens[opIndex])
  }

  /// The value after the operator, read as the same kind as `found`.
  func expected(for found: CheckValue, context: ShellContext) throws -> CheckValue {
    guard let opToken else {
      if case .truth = found { return .truth(true) }
      throw ShellError(
        Messages.missingComparison(checkable.name),
        column: argumentSpan.column + argumentSpan.length + 1)
    }
    guard let token = right.first else {
      throw ShellError(Messages.missingExpected(op), column: opToken.endColumn + 1)
    }
    var used = 1
    let value: CheckValue
    switch found {
    case .quantity(_, let unit):
      var (q, written) = try Literals.quantity(token)
      if written == nil, right.count > 1, right[1].kind == .word,
        let u = Quantity.Unit.parse(right[1].text)
      {
        written = u
        used = 2
      }
      value = .quantity(try unit.quantity(q, writtenIn: written, product: argument ?? ""), unit)
    case .money:
      value = .money(try CheckCommands.signedMoney(token, context))
    case .count:
      value = .count(try Literals.integer(token))
    case .truth:
      guard op == "=" || op == "!=" else {
        throw ShellError(Messages.truthNeedsEquality(checkable.name), at: opToken)
      }
      value = .truth(try Literals.yesNo(token))
    }
    if right.count > used {
      let extra = right[used]
      throw ShellError(
        Messages.unexpectedWord(extra.text, command: "verificar", suggestion: nil), at: extra)
    }
    return value
  }
}
