/// Customer accounts, «fiado» (issue 16 B, DESIGN §8.9 to §8.12): what a
/// customer owes, kept as a ledger of moves whose sum is the balance.
extension PaymentMethod {
  /// `pagar fiado [monto]`: charged to the ticket's customer's account.
  public static let account = PaymentMethod(rawValue: "fiado")
}

/// What a move did to an account (the `kind` column). Positive moves add
/// to what the customer owes.
public enum AccountMoveKind: String, Sendable, CaseIterable {
  /// A sale (partly) paid with fiado.
  case sale = "venta"
  /// `abonar`: the customer paid part of the debt.
  case payment = "abono"
  /// `prestar`: cash lent from the drawer.
  case loan = "préstamo"
  /// A void or return of a sale on credit, credited back.
  case refund = "devolución"
  /// `ajustar cuenta` (dueño, with a reason): a correction either way.
  case adjustment = "ajuste"
}

/// The customer an account belongs to, with its credit limit (its own,
/// else its group's; zero: no credit).
public struct AccountHolder: Sendable, Equatable {
  public let id: Int64
  public let name: String
  /// As shown: `12.345.678-5`.
  public let rut: String?
  public let limit: Money
  public let balance: Money

  public init(id: Int64, name: String, rut: String?, limit: Money, balance: Money) {
    self.id = id
    self.name = name
    self.rut = rut
    self.limit = limit
    self.balance = balance
  }

  /// What may still be sold on credit (never negative).
  public var available: Money { max(.zero, limit - balance) }
  public var overLimit: Bool { balance > limit }
}

/// One move of an account's ledger, as the statement shows it.
public struct AccountMove: Sendable, Equatable {
  public let id: Int64
  public let kind: AccountMoveKind
  /// Its effect on the balance (+ owes more, − owes less).
  public let amount: Money
  public let balanceAfter: Money
  public let at: Int64
  public let registerName: String
  public let userName: String?
  public let approvedBy: String?
  public let saleNumber: Int64?
  public let refundNumber: Int64?
  /// An abono's method; a loan's is efectivo.
  public let method: PaymentMethod?
  public let tendered: Money
  public let change: Money
  public let reference: String?
  public let reason: String
}

/// `estado de cuenta <cliente> [período]`: the balance before the period,
/// its moves, the balance after.
public struct AccountStatement: Sendable, Equatable {
  public let holder: AccountHolder
  /// Nil: the whole history.
  public let period: Period?
  public let opening: Money
  public let moves: [AccountMove]
  public var closing: Money { moves.last?.balanceAfter ?? opening }
}

/// One line of `deudores`.
public struct Debtor: Sendable, Equatable {
  public let holder: AccountHolder
  /// The local day of the oldest move not yet paid off (first in, first
  /// out: abonos pay the oldest debt first).
  public let oldestUnpaid: LocalDate?
}

/// `abonar <cliente> 20000 [efectivo|débito|…] [ref …]`.
public struct AccountPaymentRequest: Sendable, Equatable {
  public var customer: String
  public var amount: Money
  /// Nil: efectivo.
  public var method: PaymentRequest?

  public init(customer: String, amount: Money, method: PaymentRequest? = nil) {
    self.customer = customer
    self.amount = amount
    self.method = method
  }
}

/// `prestar <cliente> 5000 motivo "…"` and `ajustar cuenta <cliente> ±N motivo "…"`.
public struct AccountChangeRequest: Sendable, Equatable {
  public var customer: String
  public var amount: Money
  public var reason: String

  public init(customer: String, amount: Money, reason: String) {
    self.customer = customer
    self.amount = amount
    self.reason = reason
  }
}

/// A move just written (abono, loan, adjustment).
public struct AccountMoveResult: Sendable, Equatable {
  public let moveID: Int64
  public let kind: AccountMoveKind
  public let holder: AccountHolder
  /// The balance before the move.
  public let before: Money
  public let payment: PaymentRecord?
  public let openedSession: Bool
}

/// What an abono or a loan receipt prints.
public struct AccountReceipt: Sendable, Equatable {
  public let kind: AccountMoveKind
  public let customerName: String
  public let rut: String?
  /// The move's magnitude.
  public let amount: Money
  public let balanceAfter: Money
  public let at: Int64
  public let registerName: String
  public let userName: String?
  public let reason: String
  public let payment: PaymentRecord?
}

public enum AccountError: Error, Equatable {
  /// `pagar fiado` on a ticket without a customer.
  case noCustomer
  /// The sale would take the balance past the limit: `balance` owed,
  /// `limit`, `available` left, `wanted` on credit.
  case overLimit(customer: String, balance: Money, limit: Money, available: Money, wanted: Money)
  /// At the sale, fiado taken earlier on the ticket no longer fits: another
  /// register sold on credit to the same customer meanwhile.
  case overLimitMeanwhile(
    customer: String, balance: Money, limit: Money, available: Money, wanted: Money)
  case amountNotPositive
  case reasonRequired
  /// An abono is not paid with fiado (nor with a gift card).
  case badPaymentMethod(PaymentMethod)
  /// An abono larger than what is owed.
  case moreThanOwed(customer: String, balance: Money, amount: Money)
  /// A loan needs cash in the drawer, like a cash refund.
  case loanExceedsCash(requested: Money, available: Money)
  /// A loan needs an open register session (it is cash out).
  case noOpenSession(register: String)
  /// An abono with no open session in a shop that wants one opened first.
  case noOpenSessionForPayment(register: String)
  case nothingOwed(customer: String)
}
