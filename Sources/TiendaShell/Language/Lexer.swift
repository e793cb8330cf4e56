import TiendaCore

/// Splits one command line into tokens (DESIGN.md §5.1).
///
/// ```swift
/// try Lexer.tokenize(#"crear categoría "Pan y queso" padre panadería"#)
/// // word crear · word categoría · quoted Pan y queso · word padre · word panadería
/// ```
public enum Lexer {
  public static let openingQuotes: [Character: Character] = [
    "\"": "\"", "“": "”", "«": "»", "„": "“",
  ]

  /// Keywords whose next word is text as written: digits, `#`, commas
  /// and signs inside it are kept (`ref 00#12`, `factura A-12,3`).
  static let textKeywords: Set<String> = [
    "factura", "codigo", "ref", "referencia", "plu", "telefono",
  ]

  public static func tokenize(_ line: String) throws -> [Token] {
    try tokenize(line, lenient: false)
  }

  /// For completion: an unterminated quote is taken as the last token.
  public static func tokenizeLeniently(_ line: String) -> [Token] {
    (try? tokenize(line, lenient: true)) ?? []
  }

  /// A line longer than this (in bytes) is refused before it is read: no
  /// command needs it, and a 1 MB line must be answered in milliseconds.
  public static let maximumLineBytes = 65_536
  /// A word or a quoted text longer than this (in characters) is refused.
  public static let maximumTokenLength = 1_000

  static func tokenize(_ line: String, lenient: Bool) throws -> [Token] {
    guard line.utf8.count <= maximumLineBytes else {
      throw ShellError(Messages.lineTooLong(bytes: line.utf8.count), column: 1, length: 1)
    }
    let chars = Array(line)
    var tokens: [Token] = []
    var i = 0
    func isSpace(_ c: Character) -> Bool {
      c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\r\n" || c == "\u{A0}"
    }
    // `: ` and `, ` end a word; a colon or comma glued inside one stays.
    func endsHere(_ at: Int) -> Bool { at + 1 == chars.count || isSpace(chars[at + 1]) }
    /// NUL, ESC and the other controls (tab, CR, LF are spaces) are refused
    /// wherever a token may hold them: in names they would drive the
    /// terminal or the printer each time they are shown.
    /// (Completion and PIN masking read leniently: they never refuse.)
    func refuseControl(_ c: Character, at index: Int) throws {
      guard !lenient,
        let control = c.unicodeScalars.first(where: { ControlCharacters.isControl($0) })
      else {
        return
      }
      throw ShellError(
        Messages.controlInLine(ControlCharacters.code(control)), column: index + 1, length: 1)
    }
    func refuseLong(_ start: Int, _ index: Int) throws {
      guard !lenient, index - start > maximumTokenLength else { return }
      throw ShellError(Messages.tokenTooLong(maximumTokenLength), column: start + 1, length: 1)
    }
    while i < chars.count {
      let c = chars[i]
      if isSpace(c) {
        i += 1
        continue
      }
      // The word after `ref`, `factura`… is text as written (§8.3).
      let rawText =
        tokens.last.map { $0.kind == .word && textKeywords.contains($0.folded) } ?? false
      if c == "#" && !rawText { break }
      if c == ":" && endsHere(i) {
        tokens.append(Token(kind: .colon, text: ":", column: i + 1, length: 1))
        i += 1
        continue
      }
      if c == "#" { break }
      try refuseControl(c, at: i)
      if c == ";" {
        tokens.append(Token(kind: .semicolon, text: ";", column: i + 1, length: 1))
        i += 1
        continue
      }
      if c == "," {
        tokens.append(Token(kind: .comma, text: ",", column: i + 1, length: 1))
        i += 1
        continue
      }
      if let close = openingQuotes[c] {
        let start = i
        var text = ""
        i += 1
        var closed = false
        while i < chars.count {
          let d = chars[i]
          if d == "\\" && i + 1 < chars.count && (chars[i + 1] == close || chars[i + 1] == "\\") {
            text.append(chars[i + 1])
            i += 2
            continue
          }
          if d == close || (c == "\"" && d == "”") {
            closed = true
            i += 1
            break
          }
          try refuseControl(d, at: i)
          try refuseLong(start, i)
          text.append(d)
          i += 1
        }
        if !closed && !lenient {
          throw ShellError(
            Messages.unterminatedQuote, column: start + 1, length: chars.count - start)
        }
        tokens.append(Token(kind: .quoted, text: text, column: start + 1, length: i - start))
        continue
      }
      // A bare word runs to whitespace, `;`, or a comma that is not between digits.
      let start = i
      var text = ""
      if !rawText && (c == ">" || c == "<" || c == "=" || c == "!") {
        // Operators stand alone even when glued to the next word (`>ventas.csv`).
        text.append(c)
        i += 1
        if i < chars.count && chars[i] == "=" {
          text.append("=")
          i += 1
        }
        tokens.append(Token(kind: .word, text: text, column: start + 1, length: i - start))
        continue
      }
      while i < chars.count {
        let d = chars[i]
        if isSpace(d) || d == ";" { break }
        if d == ":" && endsHere(i) { break }
        if rawText {
          if d == "," && endsHere(i) { break }
        } else if d == "," {
          let prevDigit = i > start && chars[i - 1].isNumber
          let nextDigit = i + 1 < chars.count && chars[i + 1].isNumber
          if !(prevDigit && nextDigit) { break }
        }
        try refuseControl(d, at: i)
        try refuseLong(start, i)
        text.append(d)
        i += 1
      }
      tokens.append(Token(kind: .word, text: text, column: start + 1, length: i - start))
    }
    return tokens
  }

  /// Splits tokens into commands at `;`.
  public static func statements(_ tokens: [Token]) -> [[Token]] {
    var result: [[Token]] = [[]]
    for token in tokens {
      if token.kind == .semicolon {
        result.append([])
      } else {
        result[result.count - 1].append(token)
      }
    }
    return result.filter { !$0.isEmpty }
  }
}
