/// What a kitchen slip (comanda) shows: no prices, only what to prepare
/// and for whom. Built from the ledger when the job is sent.
public struct KitchenSlip: Sendable, Equatable {
  /// What the slip comes from.
  public enum Source: Sendable, Equatable {
    case sale(number: Int64, register: String)
    case order(number: Int64)
  }

  public var source: Source
  /// When the sale was made or the order taken.
  public var at: Int64
  public var customer: String?
  /// When the order is due (epoch seconds).
  public var due: Int64?
  public var delivery: KitchenDelivery?
  /// The sale's or the order's note.
  public var note: String = ""
  public var lines: [KitchenSlipLine]
  /// The comanda printer's name when the lines were split among several
  /// (the station: «cocina», «barra»).
  public var station: String?
  public var copy = false

  public init(source: Source, at: Int64, lines: [KitchenSlipLine]) {
    self.source = source
    self.at = at
    self.lines = lines
  }
}

/// How an order leaves the shop.
public enum KitchenDelivery: Sendable, Equatable {
  case pickup
  case delivery(address: String)
}

/// One line to prepare: quantity, name, chosen options and the line's note.
public struct KitchenSlipLine: Sendable, Equatable {
  public let name: String
  public let quantity: Quantity
  public let unit: ProductUnit
  public let options: [String]
  public let note: String
  /// The product's category (routing by category); nil when it has none.
  public let categoryID: Int64?

  public init(
    name: String, quantity: Quantity, unit: ProductUnit, options: [String] = [],
    note: String = "", categoryID: Int64?
  ) {
    self.name = name
    self.quantity = quantity
    self.unit = unit
    self.options = options
    self.note = note
    self.categoryID = categoryID
  }
}
