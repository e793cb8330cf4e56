import TiendaCore

/// The lexing additions of DESIGN.md §8.3 that read values: signed
/// percentages (`+5%`, `-5%`), times (`HH:MM`) and a RUT's dash.
extension Literals {
  /// `+5%`, `-5%` or `5%`: the percentage and whether it goes down.
  public static func signedPercent(_ token: Token) throws -> (negative: Bool, Percent) {
    guard let sign = token.text.first, sign == "+" || sign == "-" else {
      return (false, try percent(token))
    }
    let inner = Token(
      kind: .word, text: String(token.text.dropFirst()), column: token.column + 1,
      length: max(1, token.length - 1))
    guard inner.text.first?.isASCIIDigit == true else {
      throw ShellError(Messages.badPercent(token.text), at: token)
    }
    do {
      return (sign == "-", try percent(inner))
    } catch {
      throw ShellError(Messages.badPercent(token.text), at: token)
    }
  }

  /// Where only an unsigned percentage goes: `+5%` is 5%, `-5%` is refused.
  static func unsignedPercent(_ token: Token) throws -> Percent {
    let (negative, value) = try signedPercent(token)
    if negative { throw ShellError(Messages.signedPercentNotHere(token.text), at: token) }
    return value
  }

  /// `12:30`, `8:05`: minutes since midnight.
  public static func time(_ token: Token) throws -> Int {
    let parts = token.text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60
    else { throw ShellError(Messages.badTime(token.text), at: token) }
    return hours * 60 + minutes
  }

  /// Digits ending in a check digit, with no dash (`123456785`): a RUT
  /// needs its dash, so the message says where it goes.
  static func rutWithoutDash(_ text: String) -> Bool {
    guard let last = text.last, last.isASCIIDigit || last == "K" || last == "k" else {
      return false
    }
    let body = text.dropLast().filter { $0 != "." }
    return (7...8).contains(body.count) && body.allSatisfy(\.isASCIIDigit)
      && !text.contains("-")
  }
}
