/// A user-facing error of the language: a Spanish message and, where known,
/// the column span of the offending token.
public struct ShellError: Error, Equatable {
  public var message: String
  public var column: Int?
  public var length: Int
  /// An extra line: usage or a hint.
  public var hint: String?

  public init(_ message: String, column: Int? = nil, length: Int = 1, hint: String? = nil) {
    self.message = message
    self.column = column
    self.length = max(1, length)
    self.hint = hint
  }

  public init(_ message: String, at token: Token, hint: String? = nil) {
    self.init(message, column: token.column, length: token.length, hint: hint)
  }
}
