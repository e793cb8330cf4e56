/// `ajustar precios categoría bebidas +5% redondear 10 desde mañana`
/// (issue 21, DESIGN §8.3): which products, by how much, rounded how, and
/// from which day.
public struct BulkPriceRequest: Sendable {
  public enum Target: Sendable, Equatable {
    /// A category and those below it.
    case category(String)
    case products([String])
  }

  public enum Change: Sendable, Equatable {
    /// `+5%` / `-5%`: thousandths of a percent, signed.
    case percent(Int64)
    /// `+$100` / `-$100`: minor units, signed.
    case amount(Money)
  }

  public var target: Target
  public var change: Change
  /// Round each new price to the nearest 10 or 50 (half up).
  public var roundTo: Int64?
  /// From that day on (nil or today: now).
  public var from: LocalDate?

  public init(target: Target, change: Change, roundTo: Int64? = nil, from: LocalDate? = nil) {
    self.target = target
    self.change = change
    self.roundTo = roundTo
    self.from = from
  }

  public static let roundings: [Int64] = [10, 50]
}

/// One product of a bulk change: its price before and after.
public struct PriceChangeLine: Sendable, Equatable {
  public let product: Product
  /// Today's price; for a dated change, the price it will have on that day.
  public let before: Money
  public let after: Money
  /// A dated change replacing one already saved for the same day (the
  /// later command wins; its price is worked from the earlier one's).
  public var replacesPending = false
}

/// What a bulk change did (or would do): the lines, whether it was
/// applied now or saved for a later day.
public struct BulkPriceOutcome: Sendable {
  public let lines: [PriceChangeLine]
  /// The day it applies from, when that is after today (saved, not applied).
  public let scheduledFor: LocalDate?
  public let applied: Bool

  /// The products whose price really changes (their labels need reprinting).
  public var changed: [Product] { lines.filter { $0.before != $0.after }.map(\.product) }
}

/// Refusals of bulk price changes (worded in `PricesWording.swift`).
public enum PriceError: Error, Equatable {
  /// `proveedor`: waits for suppliers (their own issue).
  case bySupplierNotYet
  case noProducts(category: String?)
  case badRounding(Int64)
  case percentTooLarge(Int64)
  /// The new price would be below zero.
  case negativePrice(product: String)
  /// The new price would be $0.
  case zeroPrice(product: String)
  /// The new price would pass one amount's limit.
  case priceTooLarge(product: String)
  case pastDate(LocalDate)
  /// Every product is open-price.
  case onlyOpenPrice
  /// `cancelar precio programado` of a product with no pending change.
  case nothingScheduled(product: String)
}

enum PriceMath {
  /// The new price: the change, rounded half up to the peso (minor unit),
  /// then to the nearest `roundTo` (half up). Checked, never trapping.
  static func newPrice(_ price: Money, _ request: BulkPriceRequest, product: String) throws
    -> Money
  {
    var value: Int64
    switch request.change {
    case .percent(let thousandths):
      guard abs(thousandths) <= Limits.percent else {
        throw PriceError.percentTooLarge(thousandths)
      }
      // price ≤ 10^12, factor ≤ 200000: the product stays within Int64.
      value = Rounding.divideHalfUp(price.minorUnits * (100_000 + thousandths), 100_000)
    case .amount(let delta):
      let (sum, overflow) = price.minorUnits.addingReportingOverflow(delta.minorUnits)
      guard !overflow else { throw PriceError.priceTooLarge(product: product) }
      value = sum
    }
    if let step = request.roundTo { value = Rounding.divideHalfUp(value, step) * step }
    guard value >= 0 else { throw PriceError.negativePrice(product: product) }
    // $0 is no price (a $0 product stays so when nothing changes it).
    guard value > 0 || price.minorUnits == 0 else { throw PriceError.zeroPrice(product: product) }
    guard value <= Limits.amount else { throw PriceError.priceTooLarge(product: product) }
    return Money(value)
  }
}
