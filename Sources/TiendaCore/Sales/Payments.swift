import TiendaStore

/// How a customer pays: a method's name (DESIGN §8.11). The four payable
/// built-ins have constants; a shop's own method (`amipass`) is a name
/// resolved against `payment_methods` inside the sale's transaction.
public struct PaymentMethod: RawRepresentable, Hashable, Sendable {
  /// The name as stored on the payment.
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  public static let cash = PaymentMethod(rawValue: "efectivo")
  public static let debit = PaymentMethod(rawValue: "débito")
  public static let credit = PaymentMethod(rawValue: "crédito")
  public static let transfer = PaymentMethod(rawValue: "transferencia")

  /// The payable built-ins, always there: a sale paid only with these
  /// reads nothing more to resolve its methods.
  public static let allCases: [PaymentMethod] = [.cash, .debit, .credit, .transfer]

  /// The built-in named `text` (accents and case aside), if any.
  public static func named(_ text: String) -> PaymentMethod? {
    allCases.first { fold($0.rawValue) == fold(text) }
  }

  public var isBuiltIn: Bool { Self.allCases.contains(self) }
}

/// What the user asked to pay: a method, maybe an amount, maybe a reference.
public struct PaymentRequest: Sendable, Equatable {
  public var method: PaymentMethod
  /// nil = what is left (cash: rounded).
  public var amount: Money?
  public var reference: String?

  public init(method: PaymentMethod, amount: Money? = nil, reference: String? = nil) {
    self.method = method
    self.amount = amount
    self.reference = reference
  }
}

/// A payment as recorded: `amount` is what it settles of the total;
/// `tendered` what the customer handed over; `change` what went back;
/// `rounding` the cash rounding (tendered − change − amount).
public struct PaymentRecord: Sendable, Equatable {
  public let method: PaymentMethod
  public let amount: Money
  public let tendered: Money
  public let change: Money
  public let rounding: Money
  public let reference: String?
}

/// Turns payment requests into records (DESIGN.md §6 "Money", "Payments").
public enum Settlement {
  /// Non-cash amounts may not exceed what is left; cash settles the rest
  /// (rounded to $10 when `roundCash`) and gives change; a cash amount below
  /// what is left is a partial payment.
  ///
  /// ```swift
  /// // total 7.865, efectivo 10.000 → rounding −5, change 2.140
  /// ```
  ///
  /// `giftCards`: what each card named may still pay (folded code →
  /// amount, `GiftCards.available`); a gift card payment without an amount
  /// takes min(that, what is left), one above it is refused.
  public static func settle(
    total: Money, already: [PaymentRecord], requests: [PaymentRequest], roundCash: Bool,
    giftCards: [String: Money] = [:]
  ) throws -> [PaymentRecord] {
    var remaining = total - already.reduce(.zero) { $0 + $1.amount }
    var cards = giftCards
    // A $0 ticket (a 100 % discount or coupon, a free product) closes with
    // no payment: any method without an amount (or $0) settles it.
    if total == .zero && already.isEmpty && !requests.isEmpty {
      if let amount = requests.compactMap(\.amount).first(where: { $0 != .zero }) {
        guard amount > .zero else { throw SaleError.badPaymentAmount }
        throw SaleError.zeroTotalTakesNoMoney(amount)
      }
      return []
    }
    var records: [PaymentRecord] = []
    for (index, request) in requests.enumerated() {
      let isLast = index == requests.count - 1
      if let amount = request.amount, amount <= .zero { throw SaleError.badPaymentAmount }
      guard remaining > .zero else { throw SaleError.alreadyPaid }
      if request.method == .giftCard {
        let code = request.reference ?? ""
        let left = cards[GiftCardCode.folded(code)] ?? .zero
        let amount = request.amount ?? min(left, remaining)
        guard amount <= left, amount > .zero else {
          throw GiftCardError.balanceShort(code: code, balance: left, wanted: amount)
        }
        cards[GiftCardCode.folded(code)] = left - amount
        guard amount <= remaining else {
          throw SaleError.nonCashOverRemaining(
            method: request.method, amount: amount, remaining: remaining)
        }
        records.append(
          PaymentRecord(
            method: request.method, amount: amount, tendered: amount, change: .zero,
            rounding: .zero, reference: code))
        remaining = remaining - amount
        continue
      }
      if request.method != .cash {
        let amount = request.amount ?? remaining
        guard amount <= remaining else {
          throw SaleError.nonCashOverRemaining(
            method: request.method, amount: amount, remaining: remaining)
        }
        records.append(
          PaymentRecord(
            method: request.method, amount: amount, tendered: amount, change: .zero,
            rounding: .zero, reference: request.reference))
        remaining = remaining - amount
        continue
      }
      // Rounding applies to the cash that settles the sale. Cash followed by
      // another method in the same payment (`efectivo 2000, débito`) is a
      // part payment unless it covers everything exactly.
      let target = roundCash && isLast ? Pricing.cashRounded(remaining) : remaining
      let tendered = request.amount ?? (roundCash ? Pricing.cashRounded(remaining) : remaining)
      if tendered >= target {
        records.append(
          PaymentRecord(
            method: .cash, amount: remaining, tendered: tendered, change: tendered - target,
            rounding: target - remaining, reference: request.reference))
        remaining = .zero
      } else {
        records.append(
          PaymentRecord(
            method: .cash, amount: tendered, tendered: tendered, change: .zero, rounding: .zero,
            reference: request.reference))
        remaining = remaining - tendered
      }
    }
    return records
  }
}
