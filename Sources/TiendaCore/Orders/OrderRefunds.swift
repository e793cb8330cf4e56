import TiendaStore

/// Returning (or voiding) the sale a delivered order became: the part its
/// seña paid goes back by the seña's own methods (DESIGN §8.12, «the same
/// for devolver seña»), never by the internal «seña».
extension Orders {
  /// Refund records for up to `cap` (what the seña paid of the sale) out
  /// of `left`: by each method the seña was received with, last received
  /// first; `earlier` is what earlier refunds of the sale gave back by
  /// method and not yet matched to a payment (updated, like `left`).
  func refundAppliedDeposit(
    sale: Int64, cap: Money, left: inout Money, earlier: inout [PaymentMethod: Money],
    cash: (Money) -> PaymentRecord
  ) throws -> [PaymentRecord] {
    var cap = cap
    var records: [PaymentRecord] = []
    for row in try AppliedDepositMethodRow.ofSale(sale, in: db) where left > .zero && cap > .zero {
      let method = PaymentMethod(rawValue: row.method)
      let amount = Money(row.amount)
      let used = min(earlier[method] ?? .zero, amount)
      earlier[method] = (earlier[method] ?? .zero) - used
      let part = min(left, cap, amount - used)
      guard part > .zero else { continue }
      left = left - part
      cap = cap - part
      records.append(
        method == .cash
          ? cash(part)
          : PaymentRecord(
            method: method, amount: part, tendered: part, change: .zero, rounding: .zero,
            reference: nil))
    }
    // A seña whose ledger says less than it paid (never, short of an
    // edit by hand): the rest in cash, as before.
    if cap > .zero && left > .zero {
      let part = min(left, cap)
      left = left - part
      records.append(cash(part))
    }
    return records
  }
}
