/// One command line as run: its text (continuations joined), the number of
/// its first physical line, and where each physical part starts.
public struct ScriptLine: Equatable {
  public let number: Int
  public let text: String
  public let map: LineMap

  public init(number: Int, text: String, map: LineMap) {
    self.number = number
    self.text = text
    self.map = map
  }
}

/// How a script file or piped input becomes command lines (DESIGN.md §5.1):
/// LF or CRLF line ends, a leading byte-order mark dropped, a line ending in
/// `\` joined with the next. Comments (`#`, also a `#!` first line) and
/// blank lines are left to the lexer, which skips them.
public enum ScriptText {
  /// The lines of a whole input.
  ///
  /// ```swift
  /// ScriptText.lines("crear categoría \\\n  bebidas\n")
  /// // [ScriptLine(number: 1, text: "crear categoría    bebidas", …)]
  /// ```
  public static func lines(_ text: String) -> [ScriptLine] {
    logicalLines(physicalLines(withoutBOM(text)))
  }

  /// Splits text into lines at LF, dropping a CR before it (Windows files).
  /// Works on scalars: in Swift "\r\n" is one `Character`.
  static func physicalLines(_ text: String) -> [String] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
      var line = String(String.UnicodeScalarView(scalars))
      if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
      return line
    }
  }

  /// Joins lines ending in `\` with the next (the `\` becomes a space).
  static func logicalLines(_ physical: [String]) -> [ScriptLine] {
    var result: [ScriptLine] = []
    var pending = ""
    var segments: [(start: Int, line: Int)] = []
    for (index, line) in physical.enumerated() {
      segments.append((pending.count + 1, index + 1))
      if line.hasSuffix("\\") {
        pending += line.dropLast() + " "
        continue
      }
      let text = pending + line
      result.append(
        ScriptLine(number: segments[0].line, text: text, map: LineMap(segments: segments)))
      pending = ""
      segments = []
    }
    if !pending.isEmpty {
      result.append(
        ScriptLine(number: segments[0].line, text: pending, map: LineMap(segments: segments)))
    }
    // A final newline leaves an empty last line: nothing to run or echo.
    if let last = result.last, last.text.isEmpty, physical.count > 1 { result.removeLast() }
    return result
  }

  /// Text of a whole input, without a UTF-8 byte-order mark (Notepad writes one).
  static func withoutBOM(_ text: String) -> String {
    text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
  }
}

/// Logical lines read one physical line at a time (piped input): each
/// command runs as soon as its line arrives (a scanner wrapper, `tail -f`),
/// with `\` continuations joined as in `ScriptText.lines`.
public struct LineStream: Sequence, IteratorProtocol {
  let readLine: () -> String?
  var number = 0
  var first = true

  /// `readLine` returns each physical line without its LF, nil at the end.
  public init(_ readLine: @escaping () -> String?) { self.readLine = readLine }

  public mutating func next() -> ScriptLine? {
    var pending = ""
    var segments: [(start: Int, line: Int)] = []
    while var line = readLine() {
      number += 1
      if first {
        line = ScriptText.withoutBOM(line)
        first = false
      }
      if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
      segments.append((pending.count + 1, number))
      if line.hasSuffix("\\") {
        pending += line.dropLast() + " "
        continue
      }
      return ScriptLine(
        number: segments[0].line, text: pending + line, map: LineMap(segments: segments))
    }
    guard !pending.isEmpty else { return nil }
    return ScriptLine(number: segments[0].line, text: pending, map: LineMap(segments: segments))
  }
}
