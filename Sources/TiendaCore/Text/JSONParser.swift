extension JSONValue {
  /// Parses JSON text (the journal's own snapshots); nil when malformed.
  public static func parse(_ text: String) -> JSONValue? {
    var parser = JSONTextParser(Array(text.unicodeScalars))
    guard let value = parser.value() else { return nil }
    parser.skipSpace()
    return parser.atEnd ? value : nil
  }

  /// The value as short display text (strings without quotes).
  public var displayText: String {
    switch self {
    case .null: return "—"
    case .bool(let b): return b ? "sí" : "no"
    case .string(let s): return s.isEmpty ? "—" : s
    case .number(let n): return String(n.map { $0 == "." ? "," : $0 })
    default: return serialized
    }
  }

  /// Fields of an object (empty for other values).
  public var fields: [(String, JSONValue)] {
    if case .object(let f) = self { return f }
    return []
  }
}

private struct JSONTextParser {
  let s: [Unicode.Scalar]
  var i = 0

  init(_ s: [Unicode.Scalar]) { self.s = s }

  var atEnd: Bool { i >= s.count }

  mutating func skipSpace() {
    while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" || s[i] == "\r" { i += 1 }
  }

  mutating func literal(_ word: String) -> Bool {
    let w = Array(word.unicodeScalars)
    guard i + w.count <= s.count, Array(s[i..<i + w.count]) == w else { return false }
    i += w.count
    return true
  }

  mutating func value() -> JSONValue? {
    skipSpace()
    guard i < s.count else { return nil }
    switch s[i] {
    case "n": return literal("null") ? .null : nil
    case "t": return literal("true") ? .bool(true) : nil
    case "f": return literal("false") ? .bool(false) : nil
    case "\"": return string().map(JSONValue.string)
    case "[":
      i += 1
      var items: [JSONValue] = []
      skipSpace()
      if i < s.count, s[i] == "]" {
        i += 1
        return .array(items)
      }
      while true {
        guard let item = value() else { return nil }
        items.append(item)
        skipSpace()
        guard i < s.count else { return nil }
        if s[i] == "," {
          i += 1
          continue
        }
        if s[i] == "]" {
          i += 1
          return .array(items)
        }
        return nil
      }
    case "{":
      i += 1
      var fields: [(String, JSONValue)] = []
      skipSpace()
      if i < s.count, s[i] == "}" {
        i += 1
        return .object(fields)
      }
      while true {
        skipSpace()
        guard i < s.count, s[i] == "\"", let key = string() else { return nil }
        skipSpace()
        guard i < s.count, s[i] == ":" else { return nil }
        i += 1
        guard let item = value() else { return nil }
        fields.append((key, item))
        skipSpace()
        guard i < s.count else { return nil }
        if s[i] == "," {
          i += 1
          continue
        }
        if s[i] == "}" {
          i += 1
          return .object(fields)
        }
        return nil
      }
    default:
      let start = i
      while i < s.count, "-+.eE0123456789".unicodeScalars.contains(s[i]) { i += 1 }
      guard i > start else { return nil }
      var text = ""
      text.unicodeScalars.append(contentsOf: s[start..<i])
      if let n = Int64(text) { return .int(n) }
      return .number(text)
    }
  }

  mutating func string() -> String? {
    i += 1
    var out = String.UnicodeScalarView()
    while i < s.count {
      let c = s[i]
      i += 1
      if c == "\"" { return String(out) }
      if c == "\\" {
        guard i < s.count else { return nil }
        let e = s[i]
        i += 1
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "b": out.append("\u{8}")
        case "f": out.append("\u{C}")
        case "u":
          guard i + 4 <= s.count else { return nil }
          var hex = ""
          hex.unicodeScalars.append(contentsOf: s[i..<i + 4])
          i += 4
          guard let v = UInt32(hex, radix: 16) else { return nil }
          if (0xD800...0xDBFF).contains(v), i + 6 <= s.count, s[i] == "\\", s[i + 1] == "u" {
            var low = ""
            low.unicodeScalars.append(contentsOf: s[i + 2..<i + 6])
            if let l = UInt32(low, radix: 16), (0xDC00...0xDFFF).contains(l) {
              i += 6
              out.append(Unicode.Scalar(0x10000 + ((v - 0xD800) << 10) + (l - 0xDC00))!)
              continue
            }
          }
          out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        default: out.append(e)
        }
      } else {
        out.append(c)
      }
    }
    return nil
  }
}
