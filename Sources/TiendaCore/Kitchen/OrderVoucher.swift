/// The order voucher given to the customer (issue 20, `imprimir pedido N`):
/// the order's number, when and how it is delivered, its lines with
/// prices, the total, the deposit and the balance, and the shop's
/// conditions.
public struct OrderVoucher: Sendable, Equatable {
  public let number: Int64
  /// When the order was taken.
  public let at: Int64
  public let userName: String?
  public let customer: String?
  public let due: Int64?
  public let delivery: KitchenDelivery?
  public let lines: [OrderVoucherLine]
  public let discount: Money
  public let total: Money
  /// Deposits taken (señas), by method, net of any returned.
  public let deposits: [OrderVoucherDeposit]
  public let balance: Money
  public let note: String
  /// The order's state in words (`nuevo`, `anulado`…).
  public let state: String
  /// Whether the order was cancelled (the voucher says so).
  public let cancelled: Bool
  /// `configurar pedidos condiciones "…"`; empty: none printed.
  public var conditions: String = ""

  public init(
    number: Int64, at: Int64, userName: String?, customer: String?, due: Int64?,
    delivery: KitchenDelivery?, lines: [OrderVoucherLine], discount: Money, total: Money,
    deposits: [OrderVoucherDeposit], balance: Money, note: String, state: String,
    cancelled: Bool
  ) {
    self.number = number
    self.at = at
    self.userName = userName
    self.customer = customer
    self.due = due
    self.delivery = delivery
    self.lines = lines
    self.discount = discount
    self.total = total
    self.deposits = deposits
    self.balance = balance
    self.note = note
    self.state = state
    self.cancelled = cancelled
  }

  /// The deposits together.
  public var deposit: Money { deposits.reduce(.zero) { $0 + $1.amount } }
}

/// One line of the voucher, with its price.
public struct OrderVoucherLine: Sendable, Equatable {
  public let name: String
  public let quantity: Quantity
  public let unit: ProductUnit
  public let unitPrice: Money
  public let amount: Money
  public let options: [String]
  public let note: String

  public init(
    name: String, quantity: Quantity, unit: ProductUnit, unitPrice: Money, amount: Money,
    options: [String] = [], note: String = ""
  ) {
    self.name = name
    self.quantity = quantity
    self.unit = unit
    self.unitPrice = unitPrice
    self.amount = amount
    self.options = options
    self.note = note
  }
}

/// A deposit on the voucher: its method's name and amount.
public struct OrderVoucherDeposit: Sendable, Equatable {
  public let method: String
  public let amount: Money

  public init(method: String, amount: Money) {
    self.method = method
    self.amount = amount
  }
}
