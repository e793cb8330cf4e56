/// An amount of money in minor units of the shop's currency (pesos for CLP).
///
/// Never a floating-point number. `Money(2500)` is $2.500 in CLP.
public struct Money: Hashable, Comparable, Sendable {
  public var minorUnits: Int64

  public init(_ minorUnits: Int64) { self.minorUnits = minorUnits }

  public static let zero = Money(0)

  public static func < (a: Money, b: Money) -> Bool { a.minorUnits < b.minorUnits }
  public static func + (a: Money, b: Money) -> Money { Money(a.minorUnits + b.minorUnits) }
  public static func - (a: Money, b: Money) -> Money { Money(a.minorUnits - b.minorUnits) }
}

/// A currency: its code, symbol and number of decimals. A setting of the shop.
public struct Currency: Hashable, Sendable {
  public let code: String
  public let symbol: String
  public let decimals: Int
  /// Thousands separator and decimal mark as written in that country.
  public let thousands: Character
  public let decimalMark: Character

  public static let known: [Currency] = [
    Currency(code: "CLP", symbol: "$", decimals: 0, thousands: ".", decimalMark: ","),
    Currency(code: "ARS", symbol: "$", decimals: 2, thousands: ".", decimalMark: ","),
    Currency(code: "COP", symbol: "$", decimals: 0, thousands: ".", decimalMark: ","),
    Currency(code: "PEN", symbol: "S/", decimals: 2, thousands: ",", decimalMark: "."),
    Currency(code: "MXN", symbol: "$", decimals: 2, thousands: ",", decimalMark: "."),
    Currency(code: "UYU", symbol: "$", decimals: 2, thousands: ".", decimalMark: ","),
    Currency(code: "USD", symbol: "US$", decimals: 2, thousands: ",", decimalMark: "."),
    Currency(code: "EUR", symbol: "€", decimals: 2, thousands: ".", decimalMark: ","),
  ]

  public static let clp = known[0]

  public static func named(_ code: String) -> Currency? {
    known.first { $0.code == code.uppercased() }
  }

  /// 10^decimals.
  public var scale: Int64 {
    var s: Int64 = 1
    for _ in 0..<decimals { s *= 10 }
    return s
  }
}

extension Money {
  /// `$12.990` in CLP; `$12.990,50` with decimals; `-$500` when negative.
  /// Screens, tickets and labels all write money with it.
  public func formatted(_ currency: Currency) -> String {
    let negative = minorUnits < 0
    let magnitude = minorUnits.magnitude
    let scale = UInt64(currency.scale)
    var text = currency.symbol + Money.grouped(magnitude / scale, separator: currency.thousands)
    if currency.decimals > 0 {
      let fraction = String(magnitude % scale)
      text +=
        String(currency.decimalMark)
        + String(repeating: "0", count: currency.decimals - fraction.count) + fraction
    }
    return negative ? "-" + text : text
  }

  /// `1.234.567`.
  public static func grouped(_ value: UInt64, separator: Character = ".") -> String {
    let digits = Array(String(value))
    var out = ""
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(separator) }
      out.append(d)
    }
    return out
  }
}

extension Percent {
  /// `19%`, `20,5%`.
  public var formatted: String {
    Quantity(thousandths: thousandths).text(decimalMark: ",", thousands: ".") + "%"
  }
}
