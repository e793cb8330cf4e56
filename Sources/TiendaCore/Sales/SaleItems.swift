import TiendaStore

/// One item as typed in a sale: `2 empanada pino`, `tomate 0,75`,
/// `2 pan a 300`, `importe 1000 tomate`, a barcode.
public struct SaleItemRequest: Sendable, Equatable {
  public var query: String
  public var quantity: Quantity?
  public var unit: Quantity.Unit?
  /// The same words read as a name and a trailing quantity (`tomate 0,75`):
  /// tried when `query` names no product.
  public var trailingQuery: String?
  public var trailingQuantity: Quantity?
  public var trailingUnit: Quantity.Unit?
  /// `a 300`: the unit price for this line.
  public var price: Money?
  /// `importe 1000`: the line amount.
  public var amount: Money?
  /// A leading 12-13 digit token, read first as a barcode or scale code
  /// (`7801234567894 2`) rather than as a quantity (DESIGN §8.2).
  public var codeOrQuantity: String?
  /// `completo (palta, tomate)`: the options written after the product
  /// (issue 22), as typed.
  public var options: [String] = []

  public init(query: String, quantity: Quantity? = nil, unit: Quantity.Unit? = nil) {
    self.query = query
    self.quantity = quantity
    self.unit = unit
  }
}

/// A stock warning when a line is entered: the product would go short.
public struct StockWarning: Sendable, Equatable {
  public let product: String
  public let stock: Quantity
  public let unit: ProductUnit
  /// Units committed to open orders (issue 20) when the sale would use them.
  public var committed: Quantity?
}

extension Tickets {
  /// Names the product of an item and works out its quantity and price.
  /// Reads only: rights (a custom price) are checked by the caller before
  /// the line is added.
  public func resolveItem(_ request: SaleItemRequest) throws -> TicketLine {
    var product: Product
    var quantity = request.quantity
    var unit = request.unit
    do {
      product = try shop.catalog.findProduct(request.query, forSale: true)
    } catch let error as CoreError {
      // No product has it as its barcode: a scale code, by its PLU (§8.2).
      if case .notFound = error, let line = try scaleLine(request) { return line }
      // `polera negro m`: a variant's words in another order (issue 22).
      if case .notFound = error, let variant = try shop.variants.matchingWords(request.query) {
        return try line(for: variant, quantity: quantity, unit: unit, request)
      }
      // A 12-13 digit code that names nothing is no quantity either.
      var refusal: Error = error
      if case .notFound = error, let code = request.codeOrQuantity {
        refusal = LimitError.codeOrQuantity(code)
      }
      guard case .notFound(_, _, let suggestion) = error, let trailing = request.trailingQuery,
        let trailingQuantity = request.trailingQuantity
      else { throw refusal }
      // `tomate 0,75`: the name without the quantity; its own refusal
      // (not for sale, or a suggestion) says more than the whole text's.
      do {
        product = try shop.catalog.findProduct(trailing, forSale: true)
      } catch let second as CoreError {
        switch second {
        case .notForSale: throw second
        case .notFound(_, _, let other?) where suggestion == nil:
          throw CoreError.notFound(.product, query: request.query, suggestion: other)
        default: throw refusal
        }
      }
      quantity = trailingQuantity
      unit = request.trailingUnit
    }
    return try line(for: product, quantity: quantity, unit: unit, request)
  }

  /// `resolveItem`, with the products the item names exactly already read
  /// (`SaleStart`): the one the catalog would pick is used when it is for
  /// sale; otherwise the catalog names it (word prefixes, suggestions,
  /// refusals).
  func resolveItem(_ request: SaleItemRequest, candidates: [SaleStart.Candidate]) throws
    -> TicketLine
  {
    // As `Catalog.findProduct`: SKU, else barcode; a deleted product so
    // found gives way to an active one of that name.
    var exact = candidates.first { $0.rank == 1 } ?? candidates.first { $0.rank == 2 }
    if let found = exact, !found.product.active { exact = nil }
    if exact == nil { exact = candidates.first { $0.rank == 3 } }
    if exact == nil, let byPLU = candidates.first(where: { $0.rank == 4 }), byPLU.product.inPOS,
      !byPLU.hiddenCategory, let reading = try scaleReading(request)
    {
      return try scaleLine(reading, product: byPLU.product, request)
    }
    guard let exact, exact.product.inPOS, !exact.hiddenCategory else {
      return try resolveItem(request)
    }
    return try line(for: exact.product, quantity: request.quantity, unit: request.unit, request)
  }

  /// The line of an item once its product is named: expiry, quantity in
  /// the product's unit, `a <precio>` and `importe <monto>`. Without a
  /// quantity: one unit; a weighed product's weight and an open price are
  /// asked (at a terminal; `ScaleError.weightRequired`/`priceRequired`).
  func line(
    for product: Product, quantity given: Quantity?, unit: Quantity.Unit?,
    _ request: SaleItemRequest
  ) throws -> TicketLine {
    if let expires = product.expires, expires < today, !settings.sellExpired {
      throw SaleError.expired(product: product.name, on: expires)
    }
    if product.openPrice, request.price == nil, request.amount == nil {
      throw ScaleError.priceRequired(product: product.name, request: request)
    }
    if product.openPrice, let price = request.price, price <= .zero {
      throw ScaleError.openPriceNotPositive(product: product.name)
    }
    if given == nil, request.amount == nil, product.unit.isWeighed {
      throw ScaleError.weightRequired(product: product.name, request: request)
    }
    let quantity = given ?? Quantity(units: 1)
    let options = try shop.options.choose(request.options, for: product)
    var line: TicketLine
    if let amount = request.amount {
      if !options.isEmpty { throw OptionError.notWithAmount(product: product.name) }
      guard amount > .zero else { throw SaleError.badPaymentAmount }
      if product.unit.isWeighed {
        let price = request.price ?? product.price
        guard price > .zero else { throw SaleError.amountOnZeroPrice(product.name) }
        // "Mil pesos de tomates": the weight to the gram, the amount exact.
        let grams = Rounding.divideHalfUp(amount.minorUnits * 1000, price.minorUnits)
        line = TicketLine(product: product, quantity: Quantity(thousandths: max(1, grams)))
        line.customPrice = request.price
      } else {
        line = TicketLine(product: product, quantity: Quantity(units: 1))
        line.customPrice = amount
      }
      line.fixedAmount = product.unit.isWeighed ? amount : nil
      return line
    }
    let exact = try product.unit.quantity(quantity, writtenIn: unit, product: product.name)
    guard exact.thousandths > 0 else { throw SaleError.zeroQuantity(product: product.name) }
    line = TicketLine(product: product, quantity: exact)
    line.customPrice = request.price
    line.options = options
    return line
  }

  /// Whether a line sells at a price other than the catalog's (a right).
  public func needsPriceRight(_ line: TicketLine) -> Bool {
    line.customPrice != nil && line.customPrice != line.product.price
  }
}
