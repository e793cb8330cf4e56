import TiendaCore

/// The hook of the customer's account (issue 16, part B: fiado): what
/// `cliente <cliente>` on a ticket and `ver cliente` show about the
/// customer's balance and the limit left. Selling on credit needs what is
/// left, so everyone who sells sees «Disponible para fiar»; the balance and
/// the limit are money figures (DESIGN §8.5): only with `ver-informes`.
enum CustomerAccountView {
  /// Lines under «Cliente: …» on a ticket (balance, limit left).
  static func ticketLines(_ customer: CustomerInfo, shop: Shop) -> [String] {
    let points = PointsTables.ticketLines(customer, shop: shop)
    guard let holder = try? shop.accounts.holder(customerID: customer.id) else { return points }
    let c = shop.settings.currency
    if seesFigures(shop) { return ["  " + AccountWording.standing(holder, c)] + points }
    return ["  " + AccountWording.available(holder, c)] + points
  }

  /// Extra fields of `ver cliente` (balance), after the customer's own.
  static func recordFields(_ customer: CustomerInfo, shop: Shop) -> [(String, String, Cell)] {
    guard let holder = try? shop.accounts.holder(customerID: customer.id) else { return [] }
    var fields: [(String, String, Cell)] = []
    if seesFigures(shop) {
      fields.append((AccountHeadings.balance, "saldo", .money(holder.balance)))
    }
    fields.append((AccountHeadings.available, "disponible", .money(holder.available)))
    if seesFigures(shop) {
      fields.append((AccountHeadings.overLimit, "sobre_limite", .bool(holder.overLimit)))
    }
    return fields
  }

  /// The confirmation of a sale with fiado ends with the customer's new
  /// balance (`Venta 41 · Total $5.000 · Fiado $5.000 · Saldo de Juana Soto
  /// $13.000`); without `ver-informes`, what is left to sell on credit.
  static func afterSale(_ lines: [String], _ outcome: PaymentOutcome, shop: Shop) -> [String] {
    guard let sale = outcome.sale, sale.payments.contains(where: { $0.method == .account }),
      !lines.isEmpty, let holder = try? shop.accounts.holder(ofSale: sale.id)
    else { return lines }
    let c = shop.settings.currency
    var out = lines
    out[out.count - 1] +=
      " · "
      + (seesFigures(shop)
        ? AccountWording.balanceAfterSale(holder, c) : AccountWording.available(holder, c))
    return out
  }

  static func seesFigures(_ shop: Shop) -> Bool {
    (try? shop.users.authorize(.viewReports)) != nil
  }
}
