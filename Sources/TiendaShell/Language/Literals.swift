import TiendaCore

/// Reads typed values out of tokens: money, quantities, percentages, RUTs,
/// dates. Each failure is a `ShellError` pointing at the token.
public enum Literals {
  /// `2500`, `2.500`, `$2.500`, `$2500`; with decimals `12,50` (per currency).
  public static func money(_ token: Token, currency: Currency) throws -> Money {
    var text = token.text
    if Rut.looksLikeRut(text) {
      throw ShellError(Messages.rutWhereMoney(text), at: token)
    }
    for symbol in [currency.symbol, "$"] where text.hasPrefix(symbol) {
      text.removeFirst(symbol.count)
      break
    }
    if text.hasPrefix("-") {
      throw ShellError(Messages.negativeMoney(token.text), at: token)
    }
    var integerPart = Substring(text)
    var fraction = Substring("")
    if let mark = text.lastIndex(of: currency.decimalMark) {
      integerPart = text[..<mark]
      fraction = text[text.index(after: mark)...]
      guard currency.decimals > 0 else {
        throw ShellError(Messages.moneyNoDecimals(token.text, currency.code), at: token)
      }
      guard !fraction.isEmpty, fraction.count <= currency.decimals,
        fraction.allSatisfy(\.isASCIIDigit)
      else {
        throw ShellError(Messages.badMoney(token.text, currency: currency), at: token)
      }
    }
    let maximum = Money(Limits.amount).formatted(currency)
    if integerPart.allSatisfy({ $0.isASCIIDigit || $0 == currency.thousands }),
      integerPart.filter(\.isASCIIDigit).count > 17
    {
      throw ShellError(Messages.amountOverLimit(token.text, maximum: maximum), at: token)
    }
    guard let units = groupedInteger(integerPart, separator: currency.thousands) else {
      if currency.decimals == 0, text.contains(currency.thousands) || text.contains(",") {
        throw ShellError(Messages.moneyBadGrouping(token.text), at: token)
      }
      throw ShellError(Messages.badMoney(token.text, currency: currency), at: token)
    }
    var minor = units
    var scale: Int64 = 1
    for _ in 0..<currency.decimals { scale *= 10 }
    let (product, overflow) = minor.multipliedReportingOverflow(by: scale)
    guard !overflow, units < 1_000_000_000_000_000 / max(scale, 1) else {
      throw ShellError(Messages.amountOverLimit(token.text, maximum: maximum), at: token)
    }
    minor = product
    if !fraction.isEmpty {
      var f = Int64(fraction)!
      for _ in fraction.count..<currency.decimals { f *= 10 }
      minor += f
    }
    guard minor <= Limits.amount else {
      throw ShellError(Messages.amountOverLimit(token.text, maximum: maximum), at: token)
    }
    return Money(minor)
  }

  /// Digits, optionally grouped by threes with `separator` (`1.234.567`).
  static func groupedInteger(_ text: Substring, separator: Character) -> Int64? {
    guard !text.isEmpty else { return nil }
    if text.allSatisfy(\.isASCIIDigit) {
      return text.count <= 17 ? Int64(text) : nil
    }
    let groups = text.split(separator: separator, omittingEmptySubsequences: false)
    guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
      groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    let digits = groups.joined()
    return digits.count <= 17 ? Int64(digits) : nil
  }

  /// A quantity as written: the value and the unit if one was glued on
  /// (`500g`). Comma is the decimal mark; `1.500` is refused as ambiguous.
  public static func quantity(_ token: Token) throws -> (Quantity, Quantity.Unit?) {
    var text = Substring(token.text)
    var unit: Quantity.Unit?
    if let firstLetter = text.firstIndex(where: { $0.isLetter }), firstLetter != text.startIndex {
      guard let u = Quantity.Unit.parse(String(text[firstLetter...])) else {
        throw ShellError(Messages.badQuantity(token.text), at: token)
      }
      unit = u
      text = text[..<firstLetter]
    }
    if text.hasPrefix("-") {
      throw ShellError(Messages.negativeQuantity(token.text), at: token)
    }
    let digitsAndMarks = text.allSatisfy { $0.isASCIIDigit || $0 == "," || $0 == "." }
    guard !text.isEmpty, digitsAndMarks, text.first!.isASCIIDigit else {
      throw ShellError(Messages.badQuantity(token.text), at: token)
    }
    let commas = text.filter { $0 == "," }.count
    let dots = text.filter { $0 == "." }.count
    if commas > 1 || (commas == 1 && dots > 0) {
      throw ShellError(Messages.badQuantity(token.text), at: token)
    }
    var integer = text
    var fraction = Substring("")
    if commas == 1 {
      let mark = text.firstIndex(of: ",")!
      integer = text[..<mark]
      fraction = text[text.index(after: mark)...]
    } else if dots >= 1 {
      let groups = text.split(separator: ".", omittingEmptySubsequences: false)
      let thousandsShape =
        groups.count > 1 && (1...3).contains(groups[0].count)
        && groups.dropFirst().allSatisfy { $0.count == 3 }
      if dots > 1 {
        guard thousandsShape else { throw ShellError(Messages.badQuantity(token.text), at: token) }
        integer = Substring(groups.joined())
      } else if thousandsShape && groups[0] != "0" {
        let asDecimal = trimTrailingZeros(groups[0] + "," + groups[1])
        throw ShellError(
          Messages.ambiguousQuantity(token.text, decimal: asDecimal, thousands: groups.joined()),
          at: token)
      } else {
        integer = groups[0]
        fraction = groups[1]
      }
    }
    guard !integer.isEmpty, integer.count <= 12, !(commas == 1 && fraction.isEmpty) else {
      throw ShellError(Messages.badQuantity(token.text), at: token)
    }
    guard fraction.count <= 3 else {
      throw ShellError(Messages.tooManyDecimals(token.text), at: token)
    }
    var thousandths = Int64(integer)! * 1000
    if !fraction.isEmpty {
      var f = Int64(fraction)!
      for _ in fraction.count..<3 { f *= 10 }
      thousandths += f
    }
    // No quantity is larger than a stock (10^9 units, §8.2); a sale line's
    // own limit depends on the product and is checked by the core.
    guard thousandths <= Limits.stock else {
      throw ShellError(Messages.quantityOverLimit(token.text), at: token)
    }
    return (Quantity(thousandths: thousandths), unit)
  }

  static func trimTrailingZeros(_ s: String) -> String {
    var s = s
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(",") { s.removeLast() }
    return s
  }

  /// `10%`, `20,5%`.
  public static func percent(_ token: Token) throws -> Percent {
    if let sign = token.text.first, sign == "+" || sign == "-", token.text.hasSuffix("%") {
      return try unsignedPercent(token)
    }
    guard token.text.hasSuffix("%") else {
      throw ShellError(Messages.badPercent(token.text), at: token)
    }
    let number = String(token.text.dropLast()).replacingOccurrences(of: ".", with: ",")
    let inner = Token(kind: .word, text: number, column: token.column, length: token.length)
    guard let (q, unit) = try? quantity(inner), unit == nil else {
      throw ShellError(Messages.badPercent(token.text), at: token)
    }
    guard q.thousandths <= Limits.percent else {
      throw ShellError(Messages.percentOverLimit(token.text), at: token)
    }
    return Percent(thousandths: q.thousandths)
  }

  /// A RUT with a valid check digit.
  public static func rut(_ token: Token) throws -> Rut {
    guard Rut.looksLikeRut(token.text) else {
      if rutWithoutDash(token.text) {
        throw ShellError(Messages.rutNeedsDash(token.text), at: token)
      }
      throw ShellError(Messages.badRut(token.text), at: token)
    }
    guard let rut = Rut.parse(token.text) else {
      throw ShellError(Messages.badRutCheckDigit(token.text), at: token)
    }
    return rut
  }

  /// `hoy`, `ayer`, `mañana`, `25-12-2026`, `25/12/2026`, `2026-12-25`.
  public static func date(_ token: Token, today: LocalDate) throws -> LocalDate {
    switch token.folded {
    case "hoy": return today
    case "ayer": return today.adding(days: -1)
    case "manana": return today.adding(days: 1)
    case "anteayer", "antier": return today.adding(days: -2)
    default: break
    }
    let separator: Character = token.text.contains("/") ? "/" : "-"
    let parts = token.text.split(separator: separator, omittingEmptySubsequences: false)
    // At most 4 digits a part: `Int(…)!` of 20 digits used to trap.
    guard parts.count == 3,
      parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
    else { throw ShellError(Messages.badDate(token.text), at: token) }
    let numbers = parts.map { Int($0)! }
    let (y, m, d): (Int, Int, Int)
    if parts[0].count == 4 && separator == "-" {
      (y, m, d) = (numbers[0], numbers[1], numbers[2])
    } else if parts[2].count == 4 {
      (y, m, d) = (numbers[2], numbers[1], numbers[0])
    } else {
      throw ShellError(Messages.badDate(token.text), at: token)
    }
    guard let date = LocalDate(year: y, month: m, day: d) else {
      throw ShellError(Messages.impossibleDate(token.text), at: token)
    }
    return date
  }

  /// A whole number (`3`, `15`).
  public static func integer(_ token: Token) throws -> Int64 {
    guard token.text.allSatisfy(\.isASCIIDigit), let n = Int64(token.text) else {
      throw ShellError(Messages.badInteger(token.text), at: token)
    }
    return n
  }

  /// `sí`/`si`/`no`.
  public static func yesNo(_ token: Token) throws -> Bool {
    switch token.folded {
    case "si", "s", "yes": return true
    case "no", "n": return false
    default: throw ShellError(Messages.badYesNo(token.text), at: token)
    }
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  func replacingOccurrences(of target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard target.count == 1, replacement.count == 1 else {
      // Left to right, as `split(separator:)` did: an empty target puts the
      // replacement between every two characters and at both ends.
      if isEmpty { return self }
      var result = ""
      var rest = self[...]
      while let found = rest.textRange(of: target) {
        result += rest[..<found.lowerBound]
        result += replacement
        guard found.isEmpty else {
          rest = rest[found.upperBound...]
          continue
        }
        guard found.lowerBound != rest.endIndex else { return result }
        result.append(rest[found.lowerBound])
        rest = rest[rest.index(after: found.lowerBound)...]
      }
      return result + rest
    }
    return replacingOccurrences(of: target.first!, with: replacement.first!)
  }
}
