import TiendaStore

/// A held ticket or a quote, as listed.
public struct TicketSummary: Sendable {
  public let number: Int64
  public let name: String
  public let openedAt: Int64
  public let userName: String?
  public let lineCount: Int
  public let total: Money
  public let validUntil: LocalDate?
}

extension Tickets {
  /// `sostener [nombre]`: sets the open ticket aside (stock not moved).
  @discardableResult
  public func holdTicket(name: String) throws -> Ticket {
    try mutate { journal in
      guard var ticket = try openTicket() else { throw SaleError.noOpenTicket }
      guard !ticket.lines.isEmpty else { throw SaleError.emptyTicket }
      guard ticket.payments.isEmpty else { throw SaleError.holdWithPayments(paid: ticket.paid) }
      let held = try TicketRow.count(.held, in: db)
      guard held < settings.maxHeld else { throw SaleError.tooManyHeld(maximum: settings.maxHeld) }
      ticket.state = .held
      ticket.name = name
      ticket.number = try nextNumber(.held)
      let id = try saveTicket(ticket)
      try recordHeldPrices(ticket: id)
      try shop.printQueue.enqueueAutomatic(.held, document: .ticket(id))
      journal.record(
        "venta.sostener", entity: "ticket", id: String(ticket.number!),
        after: .object([
          ("nombre", .string(name)), ("lineas", .array(ticket.lines.map(\.json))),
          ("total", .int(ticket.totals.total.minorUnits)),
        ]))
      return ticket
    }
  }

  /// `sostener cotización [para "…"] [válida N días]`: a numbered quote that
  /// keeps its prices while valid. The open ticket is freed.
  @discardableResult
  public func makeQuote(for customer: String, validDays: Int) throws -> Ticket {
    try mutate { journal in
      guard var ticket = try openTicket() else { throw SaleError.noOpenTicket }
      guard !ticket.lines.isEmpty else { throw SaleError.emptyTicket }
      guard ticket.payments.isEmpty else { throw SaleError.holdWithPayments(paid: ticket.paid) }
      ticket.state = .quote
      ticket.name = customer
      ticket.number = try nextNumber(.quote)
      ticket.validUntil = today.adding(days: validDays)
      // A quote keeps the prices of today (the customer's list price, if any).
      for i in ticket.lines.indices where ticket.lines[i].customPrice == nil {
        ticket.lines[i].customPrice = ticket.lines[i].unitPrice
      }
      let id = try saveTicket(ticket)
      try shop.printQueue.enqueueAutomatic(.quote, document: .ticket(id))
      journal.record(
        "venta.cotizar", entity: "cotización", id: String(ticket.number!),
        after: .object([
          ("para", .string(customer)), ("valida_hasta", .string(ticket.validUntil!.iso)),
          ("lineas", .array(ticket.lines.map(\.json))),
          ("total", .int(ticket.totals.total.minorUnits)),
        ]))
      return ticket
    }
  }

  func nextNumber(_ state: TicketState) throws -> Int64 {
    if state == .quote { return try TicketRow.nextNumber(.quote, in: db) }
    // Hold numbers are reused once free: short numbers to say aloud.
    let used = Set(try TicketRow.numbers(.held, in: db))
    var n: Int64 = 1
    while used.contains(n) { n += 1 }
    return n
  }

  func summaries(_ state: TicketState) throws -> [TicketSummary] {
    try TicketRow.all(state, in: db).map { row in
      let ticket = try loadTicket(row)
      return TicketSummary(
        number: ticket.number ?? 0, name: ticket.name, openedAt: ticket.openedAt,
        userName: row.userName, lineCount: ticket.lines.count,
        total: ticket.totals.total, validUntil: ticket.validUntil)
    }
  }

  /// `sostenidas`.
  public func heldTickets() throws -> [TicketSummary] { try summaries(.held) }

  /// `cotizaciones`.
  public func quotes() throws -> [TicketSummary] { try summaries(.quote) }

  /// A quote with its lines (`ver cotización N`).
  public func quote(_ number: Int64) throws -> Ticket {
    guard let row = try TicketRow.numbered(.quote, number, in: db) else {
      throw SaleError.quoteNotFound(Int(number))
    }
    return try loadTicket(row)
  }

  /// `retomar N`: the held ticket becomes this register's open ticket, at
  /// current prices. Refused while another ticket is open.
  @discardableResult
  public func resumeHeld(_ number: Int64) throws -> Ticket {
    try resumeHeldReporting(number).ticket
  }

  /// `retomar N`, with what changed in the catalog while it was held:
  /// lines of deleted products are taken off, repriced ones are told.
  public func resumeHeldReporting(_ number: Int64) throws -> (
    ticket: Ticket, changes: [HeldLineChange]
  ) {
    try mutate { journal in
      try refuseAnotherDocument()
      guard let row = try TicketRow.numbered(.held, number, in: db) else {
        throw SaleError.holdNotFound(Int(number))
      }
      var ticket = try loadTicket(row)
      let changes = try heldChanges(ticket)
      try TicketRow.reopen(id: row.id, register: actor.registerID, in: db)
      try claimTicket(row.id)
      ticket.state = .open
      if changes.contains(where: { $0.kind == .deleted }) {
        guard var open = try openTicket() else { throw SaleError.noOpenTicket }
        open.lines.removeAll { !$0.product.active }
        try saveTicket(open)
      }
      journal.record(
        "venta.retomar", entity: "ticket", id: String(number),
        after: .object([
          ("lineas", .array(ticket.lines.map(\.json))),
          ("cambios", .array(changes.map(\.json))),
        ]))
      guard let open = try openTicket() else { throw SaleError.noOpenTicket }
      return (open, changes)
    }
  }

  /// `retomar cotización N`: a new open ticket with the quote's lines at
  /// the quoted prices, while the quote is valid. The quote stays.
  @discardableResult
  public func resumeQuote(_ number: Int64) throws -> Ticket {
    try mutate { journal in
      try refuseAnotherDocument()
      let quote = try self.quote(number)
      if let until = quote.validUntil, until < today {
        throw SaleError.quoteExpired(Int(number), on: until)
      }
      var ticket = Ticket()
      ticket.openedAt = clock.now()
      ticket.lines = quote.lines.map {
        var line = $0
        line.id = nil
        return line
      }
      ticket.discount = quote.discount
      ticket.note = quote.note
      ticket.quoteID = quote.id
      try saveTicket(ticket)
      journal.record(
        "venta.retomar_cotización", entity: "cotización", id: String(number),
        after: .object([("lineas", .array(ticket.lines.map(\.json)))]))
      guard let open = try openTicket() else { throw SaleError.noOpenTicket }
      return open
    }
  }
}
