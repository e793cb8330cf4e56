import TiendaCore

/// Reads the words of `crear promoción "<nombre>" …` into a `PromotionDraft`:
/// the reward, what it applies to, then the conditions in any order.
struct PromotionDefinition {
  let tokens: [Token]
  let currency: Currency
  let today: LocalDate
  var i = 0

  static let conditionWords: Set<String> = ["dias", "horas", "desde", "hasta", "minimo", "grupo"]
  static let ordinals: [String: Int64] = [
    "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5, "2a": 2, "3a": 3, "4a": 4,
  ]

  init(_ tokens: [Token], currency: Currency, today: LocalDate) {
    self.tokens = tokens
    self.currency = currency
    self.today = today
  }

  var current: Token? { i < tokens.count ? tokens[i] : nil }
  func word(_ k: Int) -> String? {
    k < tokens.count && tokens[k].kind == .word ? fold(tokens[k].text) : nil
  }
  func isConditionWord(_ k: Int) -> Bool {
    word(k).map { Self.conditionWords.contains($0) } ?? false
  }

  mutating func next() throws -> Token {
    guard let t = current else { throw ShellError(PromotionMessages.badDefinition) }
    i += 1
    return t
  }

  mutating func expect(_ folded: String) throws {
    let t = try next()
    guard t.kind == .word, fold(t.text) == folded else {
      throw ShellError(PromotionMessages.badDefinition, at: t)
    }
  }

  /// Words up to a condition keyword (or `por`), joined: a product or
  /// category name.
  mutating func name(stopAtPor: Bool = false) -> String {
    var words: [String] = []
    while let t = current, t.kind != .comma, !isConditionWord(i),
      !(stopAtPor && word(i) == "por")
    {
      words.append(t.text)
      i += 1
    }
    return words.joined(separator: " ")
  }

  mutating func scope() throws -> PromotionDraft.ScopeQuery {
    guard word(i) == "en" else { throw ShellError(PromotionMessages.missingScope) }
    i += 1
    if word(i) == "todo" {
      i += 1
      return .all
    }
    if word(i) == "producto" && i + 1 < tokens.count && !isConditionWord(i + 1) {
      // `en producto palta hass`, like `en categoría …`.
      i += 1
    }
    if word(i) == "categoria" {
      i += 1
      let name = name()
      guard !name.isEmpty else { throw ShellError(PromotionMessages.missingScope) }
      return .category(name)
    }
    let name = name()
    guard !name.isEmpty else { throw ShellError(PromotionMessages.missingScope) }
    return .product(name)
  }

  mutating func parse() throws -> PromotionDraft {
    let nameToken = try next()
    var reward: PromotionReward
    var target: PromotionDraft.ScopeQuery
    guard let first = current else { throw ShellError(PromotionMessages.badDefinition) }
    if word(i) == "lleva" {
      i += 1
      let n = try Literals.integer(try next())
      try expect("paga")
      let pay = try Literals.integer(try next())
      reward = .buyPay(n: n, pay: pay)
      target = try scope()
    } else if let w = word(i), let n = Self.ordinals[w] {
      i += 1
      try expect("unidad")
      let p = try Literals.percent(try next())
      reward = .nthUnit(n: n, percent: p)
      target = try scope()
    } else if first.kind == .word, first.text.hasSuffix("%") {
      reward = .percentOff(try Literals.percent(try next()))
      target = try scope()
    } else if first.kind == .word, word(i + 1) == "de", word(i + 2) == "descuento" {
      reward = .amountOff(try Literals.money(try next(), currency: currency))
      i += 2
      target = try scope()
    } else if first.kind == .word, let n = Int64(first.text) {
      // `3 palta hass por 2000`.
      i += 1
      let product = name(stopAtPor: true)
      guard !product.isEmpty, word(i) == "por" else {
        throw ShellError(PromotionMessages.badDefinition, at: first)
      }
      i += 1
      reward = .pack(n: n, price: try Literals.money(try next(), currency: currency))
      target = .product(product)
    } else {
      throw ShellError(PromotionMessages.badDefinition, at: first)
    }
    var draft = PromotionDraft(name: nameToken.text, scope: target, reward: reward)
    try conditions(&draft)
    return draft
  }

  mutating func conditions(_ draft: inout PromotionDraft) throws {
    while let t = current {
      guard let w = word(i) else { throw ShellError(PromotionMessages.badDefinition, at: t) }
      i += 1
      switch w {
      case "dias":
        repeat {
          let day = try next()
          let folded = fold(day.text)
          // A day's name or its start («lun», «mié», «sábado»); a
          // misspelt one («juernes») is refused, never guessed.
          guard folded.count >= 2,
            let k = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"]
              .firstIndex(where: { $0.hasPrefix(folded) })
          else { throw ShellError(PromotionMessages.badDay(day.text), at: day) }
          if !draft.conditions.weekdays.contains(k + 1) { draft.conditions.weekdays.append(k + 1) }
          guard current?.kind == .comma else { break }
          i += 1
        } while true
        draft.conditions.weekdays.sort()
      case "horas":
        let range = try next()
        let parts = range.text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]) else {
          throw ShellError(PromotionMessages.badHours(range.text), at: range)
        }
        draft.conditions.hourFrom = from
        draft.conditions.hourTo = to
      case "desde": draft.conditions.from = try Literals.date(try next(), today: today)
      case "hasta": draft.conditions.until = try Literals.date(try next(), today: today)
      case "minimo":
        let amount = try next()
        if word(i) == "unidades" || word(i) == "unidad" {
          i += 1
          draft.conditions.minimumUnits = try Literals.integer(amount)
        } else {
          draft.conditions.minimumAmount = try Literals.money(amount, currency: currency)
        }
      case "grupo":
        let name = name()
        guard !name.isEmpty else { throw ShellError(PromotionMessages.badDefinition, at: t) }
        draft.group = name
      default: throw ShellError(PromotionMessages.badDefinition, at: t)
      }
    }
  }
}
