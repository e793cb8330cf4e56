import TiendaStore

/// What earlier voids and returns of a sale already paid back by each
/// method other than a gift card (cards keep their own account,
/// `GiftCards.refundable`): a refund by the original methods never gives a
/// method back more than it paid.
struct RefundedByMethodRow: FetchableRow {
  let method: PaymentMethod
  let amount: Money

  init(row: Row) throws {
    method = PaymentMethod(rawValue: try row.string("method"))
    amount = Money(try row.int("amount"))
  }

  static func ofSale(_ id: Int64, in db: Database) throws -> [PaymentMethod: Money] {
    var refunded: [PaymentMethod: Money] = [:]
    for row in try db.fetchAll(
      """
      SELECT p.method, sum(p.amount) AS amount FROM payments p
      JOIN refunds f ON f.id = p.refund_id
      WHERE f.sale_id = ? AND p.method <> 'tarjeta-regalo' GROUP BY p.method
      """, [.integer(id)], as: RefundedByMethodRow.self)
    {
      refunded[row.method] = row.amount
    }
    return refunded
  }
}
