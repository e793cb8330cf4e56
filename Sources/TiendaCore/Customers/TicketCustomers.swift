import TiendaStore

/// The customer set on a ticket, with what its lines and payments need.
public struct TicketCustomer: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let rut: Rut?
  /// The fiado limit (own, else the group's; 0 = no credit).
  public let creditLimit: Money
  /// The price list that applies (own, else the group's), if any.
  public let priceListID: Int64?
  public let priceListName: String?
  /// Off the catalog price for products without a fixed price in the list.
  public let priceListPercent: Percent
  /// The customer's group (promotions for a group, issue 19).
  public var groupID: Int64? = nil
}

/// `cliente <cliente>` and `sin cliente` on the open ticket, and the
/// customer's list prices on its lines (DESIGN §8.7).
extension Tickets {
  /// Sets the customer of the open ticket (opening one if needed): its
  /// price list reprices the lines without a manual price. Returns the
  /// ticket and the customer as stored.
  public func setCustomer(_ query: String) throws -> (ticket: Ticket, customer: CustomerInfo) {
    try mutate { journal in
      var ticket = try workingTicket()
      let info = try shop.customers.resolve(query)
      guard info.active else { throw CustomerError.inactive(info.name) }
      if ticket.customer?.id != info.id {
        try ensurePricesMayChange(ticket, to: ticketCustomer(info))
      }
      ticket.customer = ticketCustomer(info)
      try applyPriceList(&ticket)
      try saveTicket(ticket)
      journal.record(
        "ticket.cliente", entity: "ticket", id: nil,
        after: .object([
          ("cliente", .string(info.name)),
          ("rut", info.rut.map { .string($0.canonical) } ?? .null),
        ]))
      guard let open = try openTicket() else { throw SaleError.noOpenTicket }
      return (open, info)
    }
  }

  /// `sin cliente`: the ticket goes back to catalog prices.
  public func clearCustomer() throws -> Ticket {
    try mutate { journal in
      guard var ticket = try openTicket() else { throw SaleError.noOpenTicket }
      guard let customer = ticket.customer else { throw CustomerError.ticketWithoutCustomer }
      try ensurePricesMayChange(ticket, to: nil)
      ticket.customer = nil
      try applyPriceList(&ticket)
      try saveTicket(ticket)
      journal.record(
        "ticket.sin_cliente", entity: "ticket", id: nil,
        before: .object([("cliente", .string(customer.name))]))
      guard let open = try openTicket() else { throw SaleError.noOpenTicket }
      return open
    }
  }

  /// A ticket with payments keeps its prices: its customer's list may not
  /// change under them.
  func ensurePricesMayChange(_ ticket: Ticket, to customer: TicketCustomer?) throws {
    guard !ticket.payments.isEmpty else { return }
    // A fiado payment is a debt of the customer it was checked against.
    let fiado = ticket.payments.filter { $0.method == .account }.reduce(Money.zero) {
      $0 + $1.amount
    }
    if fiado > .zero, let holder = ticket.customer, customer?.id != holder.id {
      throw CustomerError.ticketHasFiado(customer: holder.name, amount: fiado)
    }
    var changed = ticket
    changed.customer = customer
    try applyPriceList(&changed)
    if changed.totals.total != ticket.totals.total { throw CustomerError.ticketHasPayments }
  }

  func ticketCustomer(_ info: CustomerInfo) -> TicketCustomer {
    TicketCustomer(
      id: info.id, name: info.name, rut: info.rut, creditLimit: info.creditLimit,
      priceListID: info.priceListID, priceListName: info.priceListName,
      priceListPercent: info.priceListPercent ?? Percent(thousandths: 0), groupID: info.groupID)
  }

  /// Prices the lines by the customer's list: a line without a manual
  /// price (`a 500`, open price, scale price, `importe`) takes the list's
  /// fixed price for its product, else the catalog price less the list's
  /// percentage. Without a customer or list, lines are at catalog prices.
  func applyPriceList(_ ticket: inout Ticket) throws {
    for i in ticket.lines.indices {
      ticket.lines[i].listPrice = nil
      ticket.lines[i].listName = nil
    }
    guard let customer = ticket.customer, let listID = customer.priceListID,
      let listName = customer.priceListName
    else { return }
    let percent = customer.priceListPercent
    guard !ticket.lines.isEmpty else { return }
    let priced = ticket.lines.indices.filter {
      ticket.lines[$0].customPrice == nil && ticket.lines[$0].fixedAmount == nil
    }
    let fixed = try PriceListPriceRow.prices(
      list: listID, products: Array(Set(priced.map { ticket.lines[$0].product.id })).sorted(),
      in: db)
    for i in priced {
      let product = ticket.lines[i].product
      let price = PriceLists.price(
        catalog: product.price, fixed: fixed[product.id], percentOff: percent)
      guard fixed[product.id] != nil || percent.thousandths > 0 else { continue }
      ticket.lines[i].listPrice = price
      ticket.lines[i].listName = listName
    }
  }
}
