/// Where an order stands (issue 20): nuevo → en preparación → listo →
/// entregado; anulado from any state before entregado.
public enum OrderState: String, Sendable, CaseIterable {
  case new = "nuevo"
  case preparing = "en preparación"
  case ready = "listo"
  case delivered = "entregado"
  case cancelled = "anulado"

  /// Still to be delivered (shown by plain `pedidos`).
  public var isOpen: Bool { self == .new || self == .preparing || self == .ready }

  /// The states this one may move to. Forward moves may skip a step (a
  /// cake ready on the shelf is delivered without being «preparado»).
  public var next: [OrderState] {
    switch self {
    case .new: [.preparing, .ready, .delivered, .cancelled]
    case .preparing: [.ready, .delivered, .cancelled]
    case .ready: [.delivered, .cancelled]
    case .delivered, .cancelled: []
    }
  }
}

/// Pickup at the shop or delivery to an address.
public enum OrderDelivery: String, Sendable, CaseIterable {
  case pickup = "retiro"
  case dispatch = "despacho"
}

/// When an order is due: a local day and a time of day.
public struct OrderDue: Sendable, Equatable {
  public let date: LocalDate
  /// Minutes after midnight (nil: no time given, the day's end counts).
  public let minutes: Int?

  public init(date: LocalDate, minutes: Int?) {
    self.date = date
    self.minutes = minutes
  }

  /// The instant it stands for, in the shop's zone.
  var instant: Int64 {
    LocalTime.startOfDay(date) + Int64((minutes ?? (23 * 60 + 59)) * 60)
  }
}

/// What `crear pedido` / `editar pedido` / the one-line `pedido` say about
/// the order itself (the lines come as a ticket's).
public struct OrderHeader: Sendable, Equatable {
  /// A registered customer (name, RUT or phone), else a name as typed.
  public var customer: String?
  public var phone: String?
  public var due: OrderDue?
  public var delivery: OrderDelivery?
  public var address: String?
  public var note: String?

  public init(
    customer: String? = nil, phone: String? = nil, due: OrderDue? = nil,
    delivery: OrderDelivery? = nil, address: String? = nil, note: String? = nil
  ) {
    self.customer = customer
    self.phone = phone
    self.due = due
    self.delivery = delivery
    self.address = address
    self.note = note
  }

  var isEmpty: Bool { self == OrderHeader() }
}

/// One line of an order as saved: the price is the one at order time.
public struct OrderLineInfo: Sendable, Equatable {
  public let position: Int
  public let productID: Int64
  public let name: String
  public let categoryID: Int64?
  public let quantity: Quantity
  public let unit: ProductUnit
  /// The unit price at order time, options included.
  public let unitPrice: Money
  /// Names of the options chosen (`palta`, `tomate`).
  public let options: [String]
  public let note: String
  /// The line's amount after its own discount.
  public let total: Money
}

/// A seña movement: received, returned, kept on a cancel, applied to the sale.
public struct OrderDepositInfo: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case received = "seña"
    case returned = "devolución"
    case kept = "retenida"
    case applied = "aplicada"
  }
  public let kind: Kind
  public let method: PaymentMethod
  public let amount: Money
  public let at: Int64
  public let userName: String?
}

/// One change of state, as journaled.
public struct OrderStateChange: Sendable, Equatable {
  public let from: OrderState?
  public let to: OrderState
  public let at: Int64
  public let userName: String?
  public let reason: String
}

/// The public read model of an order (what `ver pedido`, the comanda and
/// the order voucher show). Names here are stable.
public struct OrderInfo: Sendable, Equatable {
  public let id: Int64
  public let number: Int64
  public let customerID: Int64?
  public let customerName: String
  public let customerPhone: String
  /// The instant it is due, if a day was given.
  public let dueAt: Int64?
  public let delivery: OrderDelivery
  public let address: String
  public let note: String
  public let state: OrderState
  public let lines: [OrderLineInfo]
  /// Sum of the lines (after their own discounts).
  public let subtotal: Money
  /// The order's discount (`descuento 10%` on the order).
  public let discount: Money
  public let total: Money
  /// Señas held now: received − returned − kept − applied.
  public let deposit: Money
  /// What is left to pay on delivery.
  public var balance: Money { state.isOpen && total > deposit ? total - deposit : .zero }
  /// The sale it became (register-local number), once delivered.
  public let saleNumber: Int64?
  public let createdAt: Int64
  public let createdBy: String?
  /// Filled by `ver pedido`; empty in listings.
  public var history: [OrderStateChange] = []
  public var deposits: [OrderDepositInfo] = []
}

/// The order being created or edited on this terminal (the prompt's tag).
public struct OrderDraftInfo: Sendable, Equatable {
  /// Nil while a new order is not saved yet.
  public let number: Int64?
  public let customerName: String
  public let dueAt: Int64?
  public let pendingDeposit: Money?
}

/// Which orders `pedidos` lists.
public struct OrderFilter: Sendable, Equatable {
  /// Nil: every open order (nuevo, en preparación, listo).
  public var states: [OrderState]?
  /// Due within these local days.
  public var period: Period?

  public init(states: [OrderState]? = nil, period: Period? = nil) {
    self.states = states
    self.period = period
  }
}

/// What happens to the seña when an order is cancelled.
public enum DepositOnCancel: Sendable, Equatable {
  /// Returned by its original method (DESIGN §8.12), or in cash.
  case giveBack(inCash: Bool)
  /// The shop keeps it.
  case keep
}

/// Refusals of the orders area (worded in the shell's `OrderWording`).
public enum OrderError: Error, Equatable {
  case notFound(Int64)
  case noDraft
  case draftOpen(number: Int64?)
  case emptyOrder
  case illegalMove(number: Int64, state: OrderState, wanted: OrderState, possible: [OrderState])
  case notEditable(number: Int64, state: OrderState)
  case editedElsewhere(number: Int64)
  case depositOverTotal(deposit: Money, total: Money)
  case depositMethod(String)
  case depositAmountMissing
  case noOpenSession(register: String)
  case paymentOnDraft
  case depositChoiceNeeded(number: Int64, deposit: Money)
  /// Giving a seña back in cash would take more than the drawer holds.
  case depositExceedsCash(requested: Money, available: Money)
  /// A cash seña that is not a multiple of $10 while cash is rounded.
  case cashDepositNotRound(Money, below: Money, above: Money)
  /// `cliente 12.345.678-9`: a RUT whose check digit is wrong.
  case badRut(String)
  case reasonMissing
  case dueInPast
  case badTime(String)
  case badDelivery(String)
  case addressMissing
}

/// Open orders due in the next hours and open orders already late.
public struct OrderDueCount: Sendable, Equatable {
  public let soon: Int
  public let late: Int

  public init(soon: Int, late: Int) {
    self.soon = soon
    self.late = late
  }
}
