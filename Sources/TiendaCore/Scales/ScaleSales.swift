/// Scale codes in a sale (issue 21, DESIGN §8.2): a 13-digit code that no
/// product has as its barcode is read with the shop's scale layouts; its
/// PLU names the product, its value the weight or the line's amount.
extension Tickets {
  /// The reading of an item that is a scale code; nil when it is none. A
  /// code of a layout with a wrong check digit is refused, and so is a
  /// quantity, price or amount written with it (the code carries its own).
  func scaleReading(_ request: SaleItemRequest) throws -> ScaleReading? {
    let code = request.query.trimmingCharacters(in: " \t")
    guard let reading = try shop.scales.reading(code) else { return nil }
    guard request.quantity == nil, request.amount == nil, request.price == nil else {
      throw ScaleError.scaleCodeWithQuantity(code)
    }
    return reading
  }

  /// The line of a scale code (when the item is one), naming its product
  /// by PLU.
  func scaleLine(_ request: SaleItemRequest) throws -> TicketLine? {
    guard let reading = try scaleReading(request) else { return nil }
    let product = try shop.catalog.productForSale(plu: reading.plu, code: reading.code)
    return try scaleLine(reading, product: product, request)
  }

  /// A weight code behaves as a typed weight (gram precision); a price
  /// code is a line of exactly that amount, its weight worked back for
  /// stock (as `importe`). Only products sold by weight or volume.
  func scaleLine(_ reading: ScaleReading, product: Product, _ request: SaleItemRequest) throws
    -> TicketLine
  {
    guard product.unit.isWeighed else {
      throw ScaleError.weightForUnitProduct(code: reading.code, product: product.name)
    }
    var item = request
    switch reading.value {
    case .weight(let quantity):
      item.quantity = quantity
      return try line(for: product, quantity: quantity, unit: nil, item)
    case .price:
      item.amount = try reading.amount(in: settings.currency)
      return try line(for: product, quantity: nil, unit: nil, item)
    }
  }
}

extension Catalog {
  /// A service or open-price product given stock (`ajustar stock`): its
  /// sales move it from now on.
  func startTrackingStock(_ product: Product) throws {
    var update = ProductUpdate()
    update.tracksStock = true
    try update.apply(db, productID: product.id, at: clock.now())
  }

  /// The product for sale with this PLU (a scale code's).
  func productForSale(plu: String, code: String) throws -> Product {
    guard let row = try ProductRow.fetch(db, plu: plu), row.active else {
      throw ScaleError.unknownPLU(code: code, plu: plu)
    }
    let product = row.product
    guard try isSellable(product) else { throw try notForSale(product, query: code) }
    return product
  }
}
