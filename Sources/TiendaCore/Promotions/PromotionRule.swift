/// What a promotion covers (issue 19).
public enum PromotionScope: Sendable, Equatable {
  case all
  case product(id: Int64, name: String)
  /// A category and its subcategories (`categoryIDs` of the rule).
  case category(id: Int64, name: String)
}

/// What a promotion gives. Amounts are in the product's own price basis
/// (with taxes for products priced with taxes).
public enum PromotionReward: Sendable, Equatable {
  /// `10% en …`: off every unit in scope.
  case percentOff(Percent)
  /// `500 de descuento en …`: once per ticket, over the units in scope.
  case amountOff(Money)
  /// `lleva 2 paga 1 en …`: of every N units, the N − M cheapest are free.
  case buyPay(n: Int64, pay: Int64)
  /// `3 palta hass por 2000`: every N units cost this.
  case pack(n: Int64, price: Money)
  /// `segunda unidad 50% en …`: of every N units, the cheapest has this
  /// percent off.
  case nthUnit(n: Int64, percent: Percent)
}

/// When a promotion applies (every condition must hold).
public struct PromotionConditions: Sendable, Equatable {
  /// Ticket subtotal after price lists, before any discount (§8.7).
  public var minimumAmount: Money?
  /// Units in scope on the ticket.
  public var minimumUnits: Int64?
  /// ISO weekdays (1 = lunes … 7 = domingo); empty: every day.
  public var weekdays: [Int] = []
  /// `horas 18-21`: from 18:00 up to (not including) 21:00, shop time.
  public var hourFrom: Int?
  public var hourTo: Int?
  public var from: LocalDate?
  public var until: LocalDate?
  /// Customers of this group only.
  public var groupID: Int64?
  public var groupName: String?

  public init() {}
}

/// A stored promotion, ready for the engine.
public struct PromotionRule: Sendable, Equatable {
  public var id: Int64
  public var name: String
  public var scope: PromotionScope
  public var reward: PromotionReward
  public var conditions: PromotionConditions
  public var active: Bool
  /// Category scope: the category and every subcategory.
  public var categoryIDs: [Int64] = []
  /// `liquidar`: lots expiring by this day (informational).
  public var clearance: Bool = false

  public init(
    id: Int64, name: String, scope: PromotionScope, reward: PromotionReward,
    conditions: PromotionConditions, active: Bool = true
  ) {
    self.id = id
    self.name = name
    self.scope = scope
    self.reward = reward
    self.conditions = conditions
    self.active = active
  }
}

/// `crear promoción …` as asked, names not resolved yet.
public struct PromotionDraft: Sendable, Equatable {
  public enum ScopeQuery: Sendable, Equatable {
    case all
    case product(String)
    case category(String)
  }
  public var name: String
  public var scope: ScopeQuery
  public var reward: PromotionReward
  public var conditions = PromotionConditions()
  /// The customer group's name (`grupo vecinos`), resolved on creation.
  public var group: String?

  public init(name: String, scope: ScopeQuery, reward: PromotionReward) {
    self.name = name
    self.scope = scope
    self.reward = reward
  }
}

/// The shop's local day and time a ticket is priced at.
public struct PromotionMoment: Sendable, Equatable {
  public var date: LocalDate
  public var hour: Int
  public var minute: Int

  public init(date: LocalDate, hour: Int, minute: Int) {
    self.date = date
    self.hour = hour
    self.minute = minute
  }
}

/// What the engine knows of a ticket beyond its lines.
public struct PromotionContext: Sendable, Equatable {
  public var rules: [PromotionRule]
  public var moment: PromotionMoment
  public var customerGroupID: Int64?

  public init(rules: [PromotionRule], moment: PromotionMoment, customerGroupID: Int64? = nil) {
    self.rules = rules
    self.moment = moment
    self.customerGroupID = customerGroupID
  }
}

/// A promotion as applied to a ticket: its saving on each line it touches.
public struct AppliedPromotion: Sendable, Equatable {
  public let promotionID: Int64
  public let name: String
  /// Line index → saving (line basis until `Ticket.totals` turns it into
  /// what the customer sees, with taxes) and units touched (thousandths).
  public var savings: [Int: Money]
  public var units: [Int: Int64]

  public var total: Money { savings.values.reduce(.zero, +) }
  /// The last line it touches: its line goes under that one.
  public var lastLine: Int { savings.keys.max() ?? 0 }
}

/// A promotion close to applying (`promociones` in a ticket).
public struct PromotionNearMiss: Sendable, Equatable {
  public enum Missing: Sendable, Equatable {
    case units(Int64)
    case amount(Money)
  }
  public let name: String
  public let reward: PromotionReward
  public let missing: Missing
}
