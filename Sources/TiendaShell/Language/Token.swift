import TiendaCore

/// One lexical unit of a command line, with where it sits in the line.
public struct Token: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// A bare word: keyword, name part, number, money, date…
    case word
    /// Text that was inside quotes (`"Pan con queso"`); never a keyword.
    case quoted
    /// `, ` between list items.
    case comma
    /// `;` between commands.
    case semicolon
    /// `: ` (a colon followed by a space): ends a bare name like `, `.
    case colon
  }

  public let kind: Kind
  public let text: String
  /// 1-based column of the first character in the line.
  public let column: Int
  /// Number of characters the token spans in the line (quotes included).
  public let length: Int

  public init(kind: Kind, text: String, column: Int, length: Int) {
    self.kind = kind
    self.text = text
    self.column = column
    self.length = length
  }

  /// The text folded for matching (`CUPÓN` → `cupon`).
  public var folded: String { fold(text) }

  /// True for an unquoted word equal (folded) to `keyword`.
  public func isKeyword(_ keyword: String) -> Bool {
    kind == .word && fold(text) == fold(keyword)
  }

  /// Column just after the token.
  public var endColumn: Int { column + length }
}
