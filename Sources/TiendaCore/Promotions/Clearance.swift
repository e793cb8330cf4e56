/// A product put on clearance by `liquidar`: its promotion and its price now.
public struct ClearedProduct: Sendable, Equatable {
  public let product: Product
  public let promotion: PromotionRule
  public let reducedPrice: Money
}

/// What `liquidar` did: the promotions made (one per product, dated until
/// the product's `vence`) and the label job, when a labels printer exists.
public struct ClearanceResult: Sendable, Equatable {
  public let cleared: [ClearedProduct]
  /// Products already on clearance until that day (not made again).
  public let alreadyCleared: [String]
  public let labels: QueuedLabels?
}

extension Promotions {
  /// `liquidar [productos por vencer] [días N] P%`: every active product
  /// with stock that expires from today to N days ahead gets a promotion
  /// «Liquidación <SKU> <vence>» of P % from today until its `vence`; then,
  /// when a labels printer exists, one label per product with the reduced
  /// price (`render` builds the bytes), all in one transaction.
  public func liquidate(
    days: Int64, percent: Percent,
    render: (Printer, [(LabelCopies, Money)]) throws -> [UInt8]
  ) throws -> ClearanceResult {
    try mutate { journal in
      guard percent.thousandths > 0 else { throw PromotionError.percentZero }
      let products = try shop.stock.expiring(withinDays: Int(clamping: days)).filter {
        ($0.expires ?? today) >= today && $0.stock.thousandths > 0
      }
      guard !products.isEmpty else { throw PromotionError.noExpiringProducts(days: days) }
      var cleared: [ClearedProduct] = []
      var already: [String] = []
      for product in products {
        guard let expires = product.expires else { continue }
        let name = "Liquidación \(product.sku) \(expires)"
        if try PromotionRow.find(folded: fold(name), in: db) != nil {
          already.append(product.name)
          continue
        }
        var draft = PromotionDraft(
          name: name, scope: .product(product.sku), reward: .percentOff(percent))
        draft.conditions.from = today
        draft.conditions.until = expires
        let rule = try insert(draft, origin: "liquidación", journal: journal)
        cleared.append(
          ClearedProduct(
            product: product, promotion: rule,
            reducedPrice: product.price - Pricing.share(product.price, percent)))
      }
      var labels: QueuedLabels?
      if !cleared.isEmpty, let printer = try shop.printers.defaultPrinter(.labels) {
        let wanted = cleared.map { (LabelCopies(product: $0.product, copies: 1), $0.reducedPrice) }
        let bytes = try render(printer, wanted)
        let job = try shop.printQueue.queue(
          .labels, on: printer, payload: bytes, action: "impresión.etiquetas",
          detail: .object([
            ("etiquetas", .int(Int64(wanted.count))),
            ("productos", .array(cleared.map { .string($0.product.sku) })),
            ("liquidación", .bool(true)),
          ]), journal: journal)
        labels = QueuedLabels(job: job, labels: wanted.count)
      }
      return ClearanceResult(cleared: cleared, alreadyCleared: already, labels: labels)
    }
  }
}
