/// Gift cards (issue 15, DESIGN §8.9): money owed to a customer, kept as a
/// ledger of moves whose sum is the balance. Selling one is not a sale.
extension PaymentMethod {
  /// `pagar tarjeta-regalo CÓDIGO [monto]`: the payment's reference is the code.
  public static let giftCard = PaymentMethod(rawValue: "tarjeta-regalo")
}

/// What a move did to a card (the `kind` column).
public enum GiftCardMoveKind: String, Sendable, CaseIterable {
  /// Sold: the balance starts with the face amount.
  case issue = "emisión"
  /// Spent on a sale.
  case redemption = "canje"
  /// A void or return of a sale paid with the card gave it back.
  case refund = "reintegro"
  /// `anular tarjeta-regalo`: the rest is voided (paid back or not).
  case void = "anulación"
}

/// A card's state, from its moves.
public enum GiftCardState: String, Sendable {
  case active = "vigente"
  case spent = "agotada"
  case voided = "anulada"
}

/// One move of a card's ledger.
public struct GiftCardMove: Sendable, Equatable {
  public let id: Int64
  public let kind: GiftCardMoveKind
  /// Its effect on the balance (issue and refund +, redemption and void −).
  public let amount: Money
  public let balanceAfter: Money
  public let at: Int64
  public let registerName: String
  public let userName: String?
  /// The sale's number (a redemption) or the refund's (a refund to the card).
  public let saleNumber: Int64?
  public let refundNumber: Int64?
  /// Issue: how it was paid; void: how the rest was paid back (nil: not paid back).
  public let method: PaymentMethod?
  public let paid: Money
  public let tendered: Money
  public let change: Money
  public let rounding: Money
  public let reference: String?
  public let reason: String
}

/// A card with its balance.
public struct GiftCard: Sendable, Equatable {
  public let id: Int64
  public let code: String
  public let amount: Money
  public let issuedAt: Int64
  public let balance: Money
  public let voided: Bool
  /// The issue's payment method (a void pays back by it).
  public let issueMethod: PaymentMethod

  public var state: GiftCardState {
    voided ? .voided : balance > .zero ? .active : .spent
  }
}

/// A card with its moves (`saldo tarjeta-regalo`).
public struct GiftCardStatement: Sendable, Equatable {
  public let card: GiftCard
  public let moves: [GiftCardMove]
}

/// `emitir tarjeta-regalo 20000 [código REGALO1] pagar efectivo [50000]`.
public struct GiftCardIssueRequest: Sendable, Equatable {
  public var amount: Money
  /// nil: a code is generated.
  public var code: String?
  /// One payment (any payable method but tarjeta-regalo).
  public var payments: [PaymentRequest]

  public init(amount: Money, code: String? = nil, payments: [PaymentRequest]) {
    self.amount = amount
    self.code = code
    self.payments = payments
  }
}

/// A card just sold.
public struct IssuedGiftCard: Sendable, Equatable {
  public let card: GiftCard
  public let payment: PaymentRecord
  /// A session was opened for it (float 0).
  public let openedSession: Bool
}

/// `anular tarjeta-regalo CÓDIGO motivo "…" [sin reembolso]`.
public struct GiftCardVoidRequest: Sendable, Equatable {
  public var code: String
  public var reason: String
  /// `sin reembolso`: the rest is voided without paying it back.
  public var payBack: Bool

  public init(code: String, reason: String, payBack: Bool = true) {
    self.code = code
    self.reason = reason
    self.payBack = payBack
  }
}

/// A card just voided: what was voided and how it went back (nil: it did not).
public struct VoidedGiftCard: Sendable, Equatable {
  public let code: String
  public let voided: Money
  public let payment: PaymentRecord?
  public let openedSession: Bool
}

/// What gift cards did in one register session (for the X and the Z).
public struct GiftCardSessionSummary: Sendable, Equatable {
  /// Cards sold, by the method they were paid with.
  public struct Issued: Sendable, Equatable {
    public let method: PaymentMethod
    public let count: Int
    /// Face amount sold (what the cards owe).
    public let amount: Money
    /// Money kept by the shop: for cash, handed over minus change.
    public let kept: Money
  }

  /// Voided rests paid back, by method (`sin reembolso`: method nil).
  public struct PaidBack: Sendable, Equatable {
    public let method: PaymentMethod?
    public let count: Int
    /// The rests voided (what the cards owed), paid back or written off.
    public let amount: Money
    /// Money handed back: for cash, rounded.
    public let handed: Money
  }

  public var issued: [Issued] = []
  public var redeemedCount = 0
  public var redeemed = Money.zero
  public var refundedCount = 0
  public var refunded = Money.zero
  public var voidedCount = 0
  public var voided = Money.zero
  public var paidBack: [PaidBack] = []

  public init() {}

  public var issuedCount: Int { issued.reduce(0) { $0 + $1.count } }
  public var issuedAmount: Money { issued.reduce(.zero) { $0 + $1.amount } }
  /// Cash into the drawer from cards sold.
  public var cashIn: Money { issued.filter { $0.method == .cash }.reduce(.zero) { $0 + $1.kept } }
  /// Cash out of the drawer for voided cards.
  public var cashOut: Money {
    paidBack.filter { $0.method == .cash }.reduce(.zero) { $0 + $1.handed }
  }
  public var isEmpty: Bool {
    issued.isEmpty && redeemedCount == 0 && refundedCount == 0 && voidedCount == 0
  }
}

/// Refusals about gift cards.
public enum GiftCardError: Error, Equatable {
  case unknownCode(String)
  case voided(String)
  /// The card has `balance`, short of `wanted`.
  case balanceShort(code: String, balance: Money, wanted: Money)
  /// At the sale, a card paid earlier on the ticket no longer has what it
  /// was to pay: another register spent it meanwhile.
  case spentMeanwhile(code: String, balance: Money, wanted: Money)
  /// A one-line sale the card does not cover: the rest needs another method.
  case saleNotCovered(code: String, balance: Money, remaining: Money)
  /// A card is not paid with a card.
  case paidWithGiftCard
  /// A card is paid with one method.
  case onePaymentOnly
  /// The issue's payment does not cover the card.
  case issueNotCovered(amount: Money, paid: Money)
  case amountNotPositive
  case codeTaken(String)
  /// A code is 3 to 32 letters, digits or dashes.
  case badCode(String)
  case nothingToVoid(String)
  case alreadyVoided(String)
}
