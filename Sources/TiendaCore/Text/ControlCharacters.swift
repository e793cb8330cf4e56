/// Control characters in text the user gives: refused in names and command
/// lines, shown escaped wherever text already stored is printed (a name
/// with ESC must not drive the terminal).
public enum ControlCharacters {
  /// C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls
  /// (U+0080–U+009F).
  @inline(__always)
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (v >= 0x7F && v <= 0x9F)
  }

  /// The first control character of `text` other than those in `allowed`.
  public static func first(in text: String, allowing allowed: Set<Unicode.Scalar> = [])
    -> Unicode.Scalar?
  {
    text.unicodeScalars.first { isControl($0) && !allowed.contains($0) }
  }

  /// `U+001B`.
  public static func code(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The text with each control character written as `\x1B` (NUL as
  /// `\x00`), except line feeds, tabs, a CR before a LF, and (with
  /// `keepingColors`) the two colour sequences tienda itself writes.
  public static func escaping(_ text: String, keepingColors: Bool = false) -> String {
    guard needsEscaping(text) else { return text }
    let colors = ["\u{1B}[31m", "\u{1B}[0m"].map { Array($0.unicodeScalars) }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    scan: while i < scalars.count {
      let s = scalars[i]
      if keepingColors && s == "\u{1B}" {
        for color in colors where scalars[i...].starts(with: color) {
          out.append(contentsOf: color)
          i += color.count
          continue scan
        }
      }
      let keep =
        !isControl(s) || s == "\n" || s == "\t"
        || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
      if keep {
        out.append(s)
      } else {
        let hex = String(s.value, radix: 16, uppercase: true)
        out.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" : "") + hex).unicodeScalars)
      }
      i += 1
    }
    return String(out)
  }

  /// Whether `text` has a control character `escaping` would rewrite (a
  /// byte scan: C1 controls are C2 80–9F in UTF-8).
  static func needsEscaping(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == 0x0D && byte != 0x0A { return true }
      if (byte < 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D) || byte == 0x7F
        || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F)
      {
        return true
      }
      previous = byte
    }
    return previous == 0x0D
  }
}

/// Text refused because of a control character in it.
public enum TextError: Error, Equatable, Sendable {
  /// A name (of a product, category, user…) with a control character.
  case controlInName(CoreError.Thing, scalar: UInt32)
}
