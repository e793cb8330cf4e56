/// A quantity in fixed point: thousandths of the product's unit.
///
/// `Quantity(thousandths: 750)` is 0,75 kg on a product sold by the kilo.
public struct Quantity: Hashable, Comparable, Sendable {
  public var thousandths: Int64

  public init(thousandths: Int64) { self.thousandths = thousandths }
  public init(units: Int64) { self.thousandths = units * 1000 }

  public var isWhole: Bool { thousandths % 1000 == 0 }

  public static func < (a: Quantity, b: Quantity) -> Bool { a.thousandths < b.thousandths }

  /// The value as text: up to three decimals after `decimalMark`, trailing
  /// zeros dropped, the whole part grouped by threes with `thousands` if
  /// given (`12,5`, `1.500`, `1500`, `12.5`).
  public func text(decimalMark: Character, thousands: Character? = nil) -> String {
    let m = thousandths.magnitude
    let digits = Array(String(m / 1000))
    var whole = ""
    for (i, d) in digits.enumerated() {
      if let thousands, i > 0 && (digits.count - i) % 3 == 0 { whole.append(thousands) }
      whole.append(d)
    }
    var fraction = String(m % 1000)
    if fraction != "0" {
      fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
      whole += String(decimalMark) + fraction
    }
    return (thousandths < 0 ? "-" : "") + whole
  }

  /// Units a quantity may be written in.
  public enum Unit: String, Sendable, CaseIterable {
    case unit = "un"
    case kilogram = "kg"
    case gram = "g"
    case litre = "lt"
    case millilitre = "ml"

    /// Words accepted after a number (`500 g`, `1,5 kg`, `2 lt`).
    public static func parse(_ word: String) -> Unit? {
      switch fold(word) {
      case "un", "u", "unid", "unidad", "unidades": return .unit
      case "kg", "kilo", "kilos", "kgs": return .kilogram
      case "g", "gr", "grs", "gramo", "gramos": return .gram
      case "lt", "l", "litro", "litros", "lts": return .litre
      case "ml", "cc": return .millilitre
      default: return nil
      }
    }
  }
}

/// A percentage in thousandths of a percent: 20,5 % is `Percent(thousandths: 20500)`.
public struct Percent: Hashable, Comparable, Sendable {
  public var thousandths: Int64
  public init(thousandths: Int64) { self.thousandths = thousandths }
  public static func < (a: Percent, b: Percent) -> Bool { a.thousandths < b.thousandths }
}
