import TiendaCore

/// A month's name as a period (issue 17): `marzo` is the most recent March
/// not after today (this year's if it has begun, else last year's), `marzo
/// 2026` that year's; the month in course ends today.
enum MonthPeriods {
  /// es-CL month names, folded (no accents, lower case); `setiembre` too.
  static let names = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
  ]

  /// 1…12 for a month's folded name, else nil.
  static func month(_ folded: String) -> Int? {
    if folded == "setiembre" { return 9 }
    return names.firstIndex(of: folded).map { $0 + 1 }
  }

  /// A year written after the month (`2026`): four digits.
  static func year(_ token: Token) -> Int? {
    guard token.text.count == 4, token.text.allSatisfy(\.isASCIIDigit) else { return nil }
    return Int(token.text)
  }

  /// The period of `tokens[start]` (a month's name) and an optional year
  /// after it, and the index after them; nil when it is not a month.
  static func parse(_ tokens: [Token], from start: Int, today: LocalDate) -> (Period, Int)? {
    guard let month = Self.month(tokens[start].folded) else { return nil }
    var year = month <= today.month ? today.year : today.year - 1
    var next = start + 1
    if next < tokens.count, let written = Self.year(tokens[next]) {
      year = written
      next += 1
    }
    guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
    let nextFirst = first.adding(days: 32)
    let last = nextFirst.adding(days: -nextFirst.day)
    let to = first <= today && today < last ? today : last
    return (Period(from: first, to: to), next)
  }

  /// Trailing tokens of a region that form a month (`marzo`, `marzo 2026`).
  static func tailLength(_ region: [Token]) -> Int {
    guard let last = region.last else { return 0 }
    if month(last.folded) != nil { return 1 }
    if region.count >= 2, year(last) != nil, month(region[region.count - 2].folded) != nil {
      return 2
    }
    return 0
  }
}
