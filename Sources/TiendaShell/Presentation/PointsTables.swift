import TiendaCore

/// How `puntos <cliente>` looks, and the points lines of `ver cliente`,
/// of a sale's confirmation and of `ver configuración`.
enum PointsTables {
  typealias H = PointsHeadings

  static func statement(_ s: PointsStatement, currency: Currency) -> Table {
    var table = Table(
      columns: [
        Column(H.at, key: "fecha"), Column(H.kind, key: "movimiento", priority: .high),
        Column(H.points, key: "puntos", alignRight: true, priority: .high),
        Column(H.balance, key: "saldo", alignRight: true, priority: .high),
        Column(H.detail, key: "detalle", wraps: true),
      ],
      rows: s.ledger.lines.map {
        [
          .instant($0.at), .text(PointsMessages.kindWord($0.kind)), .int($0.points),
          .int($0.balanceAfter), .text(PointsMessages.detail($0, currency)),
        ]
      },
      emptyMessage: (PointsMessages.header(s, currency) + [PointsMessages.noPoints]).joined(
        separator: "\n"))
    table.footer = PointsMessages.header(s, currency)
    return table
  }

  /// `ver cliente`: the balance (every role may see it: a cashier answers
  /// «¿cuántos puntos tengo?»).
  static func recordFields(_ customer: CustomerInfo, shop: Shop) -> [(String, String, Cell)] {
    guard let balance = try? shop.points.balance(customerID: customer.id) else { return [] }
    guard balance != 0 || shop.settings.points != nil else { return [] }
    return [(H.pointsField, "puntos", .int(balance))]
  }

  /// Under «Cliente: …» on a ticket, while points are on: what the
  /// customer may spend (`Puntos: 50 ($50)`).
  static func ticketLines(_ customer: CustomerInfo, shop: Shop) -> [String] {
    guard let rule = shop.settings.points,
      let balance = try? shop.points.balance(customerID: customer.id)
    else { return [] }
    return [
      "  " + PointsMessages.onTicket(balance, worth: rule.worth(balance), shop.settings.currency)
    ]
  }

  /// `ver configuración`.
  static func setting(_ shop: Shop) -> (String, String, Cell) {
    (
      H.pointsField, "puntos",
      .text(PointsMessages.rule(shop.settings.points, shop.settings.currency))
    )
  }

  /// A sale's confirmation gains a line with the points it earned or spent.
  static func afterSale(_ lines: [String], _ outcome: PaymentOutcome) -> [String] {
    guard let points = outcome.sale?.points else { return lines }
    return lines + [PointsMessages.afterSale(points)]
  }
}
