/// A seller (issue 22): who sold a line; not a user (a seller may have no
/// login). The logged-in user stays the cashier.
public struct SellerInfo: Sendable, Equatable {
  public let id: Int64
  public let name: String
  /// The seller's commission; a product's own commission overrides it.
  public let commission: Percent?
  public let active: Bool
}

/// The seller on an open ticket or one of its lines.
public struct TicketSeller: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let commission: Percent?
}

/// `cambiar vendedor venta N ana [línea 2]`.
public struct SellerChange: Sendable, Equatable {
  public var sale: String
  public var seller: String
  public var line: Int?

  public init(sale: String, seller: String, line: Int? = nil) {
    self.sale = sale
    self.seller = seller
    self.line = line
  }
}

/// What `cambiar vendedor` did.
public struct SellerChangeOutcome: Sendable, Equatable {
  public let saleNumber: Int64
  public let seller: String
  /// Positions of the lines changed.
  public let lines: [Int64]
}

/// One line of `informe comisiones`: what a seller's line actually paid
/// (after line, ticket and coupon discounts, net of its returns) and the
/// commission on it.
public struct CommissionLine: Sendable, Equatable {
  public let seller: String
  public let saleNumber: Int64
  public let registerName: String
  public let at: Int64
  public let product: String
  public let paid: Money
  public let rate: Percent
  public let commission: Money
}

/// A seller's total in `informe comisiones`.
public struct CommissionTotal: Sendable, Equatable {
  public let seller: String
  public let lines: Int64
  public let paid: Money
  public let commission: Money
}

/// Refusals about sellers.
public enum SellerError: Error, Equatable {
  case badCommission
  case noSellerOnSale(number: Int64)
  case inactive(String)
  /// `cambiar vendedor venta 15 ana línea 5` on a sale of `count` lines.
  case noSuchSaleLine(line: Int, sale: String, count: Int)
  /// `cambiar vendedor venta 15 ana` when ana already has every line asked.
  case alreadySeller(seller: String, sale: String, line: Int?)
  /// `cambiar vendedor venta 15 ana` when sale 15 was voided.
  case voidedSale(sale: String)
}
