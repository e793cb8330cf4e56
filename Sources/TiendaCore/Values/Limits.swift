/// The numeric limits of DESIGN §8.2: beyond them a value is refused with
/// a Spanish message, never carried into arithmetic that could overflow.
///
/// With every stored value inside these limits, the arithmetic of a ticket
/// (quantity × price, percentages, tax shares, sums of lines) stays far
/// inside `Int64`; what cannot be bounded in advance is added with
/// `Money.checkedSum` / `adding(_:)`, which throw instead of trapping.
public enum Limits {
  /// One amount: 10^12 minor units ($1.000.000.000.000 in CLP).
  public static let amount: Int64 = 1_000_000_000_000
  /// A sale line of a product sold by unit: 99.999 units (in thousandths).
  public static let lineUnits: Int64 = 99_999_000
  /// A sale line of a weighed product (kg, lt): 9.999,999 (in thousandths).
  public static let lineWeighed: Int64 = 9_999_999
  /// Stock of one product: 10^9 units (in thousandths).
  public static let stock: Int64 = 1_000_000_000_000
  /// A percentage: 100 % (in thousandths of a percent).
  public static let percent: Int64 = 100_000
  /// Lines on one ticket.
  public static let ticketLines = 1_000

  /// The largest quantity one sale line may have for a product.
  public static func lineQuantity(weighed: Bool) -> Quantity {
    Quantity(thousandths: weighed ? lineWeighed : lineUnits)
  }
}

/// A value or a result beyond the limits of DESIGN §8.2.
public enum LimitError: Error, Equatable, Sendable {
  /// A sale line's quantity above 99.999 units or 9.999,999 kg.
  case lineQuantity(product: String, maximum: Quantity, unit: ProductUnit)
  /// A 12-13 digit token where a quantity goes that is no known barcode.
  case codeOrQuantity(String)
  /// A line's amount (quantity × price) above one amount's limit.
  case lineAmount(product: String)
  /// A ticket whose total would pass one amount's limit.
  case ticketTotal
  /// Too many lines on one ticket.
  case ticketLines(maximum: Int)
  /// A product's stock would leave ±10^9 units.
  case stock(product: String)
  /// A new price or tax that would leave a kept ticket beyond the limits.
  case repricedTicket(product: String)
  /// Any other sum or product of amounts that would leave the range.
  case overflow
}

extension Money {
  /// `self + other`, or `LimitError.overflow` instead of a trap.
  public func adding(_ other: Money) throws(LimitError) -> Money {
    let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
    guard !overflow else { throw LimitError.overflow }
    return Money(sum)
  }

  /// `self - other`, or `LimitError.overflow` instead of a trap.
  public func subtracting(_ other: Money) throws(LimitError) -> Money {
    let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
    guard !overflow else { throw LimitError.overflow }
    return Money(difference)
  }

  /// The sum of `amounts`, or `LimitError.overflow` instead of a trap.
  public static func checkedSum<S: Sequence>(_ amounts: S) throws(LimitError) -> Money
  where S.Element == Money {
    var total = Money.zero
    for amount in amounts { total = try total.adding(amount) }
    return total
  }

  /// `quantity × price` rounded half up to the currency unit (as
  /// `Pricing.lineAmount`), or `LimitError.overflow` instead of a trap.
  public static func lineAmount(_ quantity: Quantity, _ price: Money) throws(LimitError) -> Money {
    let (product, overflow) = quantity.thousandths.multipliedReportingOverflow(
      by: price.minorUnits)
    guard !overflow else { throw LimitError.overflow }
    return Money(Rounding.divideHalfUp(product, 1000))
  }
}

extension Rounding {
  /// `a × b / c` rounded half away from zero (as `divideHalfUp`), with the
  /// product formed in 128 bits: `LimitError.overflow` when the result does
  /// not fit, never a trap.
  ///
  /// ```swift
  /// try Rounding.scaled(1_000_000_000_000, by: 99_999_000, over: 99_999_000)  // 10^12
  /// ```
  public static func scaled(_ a: Int64, by b: Int64, over c: Int64) throws(LimitError) -> Int64 {
    guard c > 0 else { throw LimitError.overflow }
    let negative = (a < 0) != (b < 0)
    let wide = a.magnitude.multipliedFullWidth(by: b.magnitude)
    let divisor = UInt64(c)
    guard wide.high < divisor else { throw LimitError.overflow }
    let (quotient, remainder) = divisor.dividingFullWidth(wide)
    var magnitude = quotient
    if remainder >= divisor - remainder {
      guard magnitude < UInt64.max else { throw LimitError.overflow }
      magnitude += 1
    }
    guard magnitude <= UInt64(Int64.max) else { throw LimitError.overflow }
    return negative ? -Int64(magnitude) : Int64(magnitude)
  }
}
