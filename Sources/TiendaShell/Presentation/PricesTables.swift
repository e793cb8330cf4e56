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

  static func scheduled(_ prices: [ScheduledPrice]) -> Table {
    Table(
      columns: [
        Column(H.sku, key: "sku"),
        Column(H.product, key: "producto", priority: .high),
        Column(H.today, key: "hoy", alignRight: true, priority: .high),
        Column(H.new, key: "nuevo", alignRight: true, priority: .high),
        Column(H.from, key: "desde", priority: .high),
      ],
      rows: prices.map {
        [
          .text($0.product.sku), .text($0.product.name), .money($0.today), .money($0.price),
          .text($0.from.description),
        ]
      }, emptyMessage: Messages.nothingScheduled)
  }
}
