import TiendaCore

/// Number and money formatting by hand (FoundationEssentials has no formatter).
public enum TextFormat {
  /// `$12.990` in CLP; `$12.990,50` with decimals.
  public static func money(_ money: Money, _ currency: Currency) -> String {
    money.formatted(currency)
  }

  /// Money as a plain JSON/CSV number in major units (`12990`, `12.50`).
  public static func plainMoney(_ money: Money, _ currency: Currency) -> String {
    let negative = money.minorUnits < 0
    let magnitude = money.minorUnits.magnitude
    let scale = UInt64(currency.scale)
    var text = String(magnitude / scale)
    if currency.decimals > 0 {
      let fraction = String(magnitude % scale)
      text += "." + String(repeating: "0", count: currency.decimals - fraction.count) + fraction
    }
    return negative ? "-" + text : text
  }

  /// `1.234.567`.
  public static func grouped(_ value: UInt64, separator: Character = ".") -> String {
    Money.grouped(value, separator: separator)
  }

  /// `0,75`, `2`, `1.500` (thousandths, trailing zeros dropped).
  public static func quantity(_ q: Quantity) -> String {
    q.text(decimalMark: ",", thousands: ".")
  }

  /// `12,5`, `1500`: decimal comma, no thousands separator (for CSV that
  /// reads back without the `1.500` ambiguity).
  public static func plainQuantity(_ q: Quantity) -> String { q.text(decimalMark: ",") }

  /// The text cut to `width` display columns with `…` (tables only).
  public static func truncated(_ text: String, _ width: Int) -> String {
    guard displayWidth(text) > width else { return text }
    var out = ""
    for c in text {
      if displayWidth(out + String(c)) >= width { break }
      out.append(c)
    }
    return out + "…"
  }

  /// `20,5%`.
  public static func percent(_ p: Percent) -> String { p.formatted }

  /// Columns a string takes on a terminal: combining marks take none,
  /// East Asian wide characters and emoji take two.
  public static func displayWidth(_ text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v == 0 || (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v)
        || v == 0xFE0F
      {
        continue
      }
      if v < 0x20 || (0x7F..<0xA0).contains(v) { continue }
      if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
        || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
        || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
      {
        width += 2
      } else {
        width += 1
      }
    }
    return width
  }

  static func padded(_ text: String, to width: Int, right: Bool) -> String {
    let gap = max(0, width - displayWidth(text))
    let fill = String(repeating: " ", count: gap)
    return right ? fill + text : text + fill
  }
}
