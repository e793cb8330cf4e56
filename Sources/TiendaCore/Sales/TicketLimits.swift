/// The limits of DESIGN §8.2 on a ticket: checked before a ticket is saved
/// or priced, so a line that cannot be priced is never kept (a register
/// with such a line would fail on every later command).
extension Ticket {
  /// Throws `LimitError` when a line's quantity or amount, or the ticket's
  /// total, is beyond the limits. Every sum here is checked: this is what
  /// lets `Pricing` work in plain `Int64` afterwards.
  public func checkLimits() throws(LimitError) {
    guard lines.count <= Limits.ticketLines else {
      throw LimitError.ticketLines(maximum: Limits.ticketLines)
    }
    var total = Money.zero
    for line in lines {
      let unit = line.product.unit
      let maximum = Limits.lineQuantity(weighed: unit.isWeighed)
      guard line.quantity <= maximum else {
        throw LimitError.lineQuantity(product: line.product.name, maximum: maximum, unit: unit)
      }
      let tooLarge = LimitError.lineAmount(product: line.product.name)
      var amount: Money
      do {
        amount = try line.fixedAmount ?? Money.lineAmount(line.quantity, line.unitPrice)
      } catch { throw tooLarge }
      guard amount.minorUnits.magnitude <= Limits.amount.magnitude else { throw tooLarge }
      if !line.product.priceIncludesTaxes {
        // Taxes on top: each at most 100 % of an amount within the limit.
        for tax in line.product.taxes {
          let share = try Rounding.scaled(
            amount.minorUnits, by: tax.rate.thousandths, over: 100_000)
          amount = try amount.adding(Money(share))
        }
        guard amount.minorUnits.magnitude <= Limits.amount.magnitude else { throw tooLarge }
      }
      total = try total.adding(amount)
      guard total.minorUnits <= Limits.amount else { throw LimitError.ticketTotal }
    }
  }
}

extension Tickets {
  /// After a product's price or taxes change: every kept ticket (open, held,
  /// a quote) holding it must still be priceable, else the change is
  /// refused (a register whose open ticket cannot be priced would fail on
  /// every later command).
  func checkTicketsHolding(productID: Int64, product name: String) throws {
    for row in try TicketRow.holding(product: productID, in: db) {
      do {
        try loadTicket(row).checkLimits()
      } catch {
        throw LimitError.repricedTicket(product: name)
      }
    }
  }
}
