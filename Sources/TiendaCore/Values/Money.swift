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
