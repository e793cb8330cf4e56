import TiendaCore

/// How `ajustar precios` shows its preview. Headers in `PricesHeadings`.
enum PricesTables {
  typealias H = PricesHeadings

  static func preview(_ outcome: BulkPriceOutcome, _ currency: Currency) -> Table {
    var table = Table(
      columns: [
        Column(H.sku, key: "sku"),
        Column(H.product, key: "producto", priority: .high),
        Column(H.before, key: "antes", alignRight: true, priority: .high),
        Column(H.after, key: "despues", alignRight: true, priority: .high),
      ],
      rows: outcome.lines.map {
        [.text($0.product.sku), .text($0.product.name), .money($0.before), .money($0.after)]
      }, emptyMessage: Messages.pricesNothing)
    table.footer = Messages.pricesPendingNotes(outcome, currency)
    return table
  }
}
