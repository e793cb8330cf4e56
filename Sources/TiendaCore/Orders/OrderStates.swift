import TiendaStore

/// Moving an order along nuevo → en preparación → listo → entregado, or
/// to anulado. Each move is one transaction, journaled, with a row in the
/// `order_states` ledger; an illegal move is refused naming the state.
extension Orders {
  /// `preparar pedido N`: en preparación; asks for the comanda.
  public func prepare(_ number: Int64) throws -> OrderInfo {
    try mutate { journal in
      let order = try move(number, to: .preparing, reason: "", sale: nil, journal: journal)
      try orderPrepared(order)
      return order
    }
  }

  /// `pedido N listo`.
  public func markReady(_ number: Int64) throws -> OrderInfo {
    try mutate { journal in
      try move(number, to: .ready, reason: "", sale: nil, journal: journal)
    }
  }

  /// Checks and writes one move inside the caller's transaction.
  @discardableResult
  func move(
    _ number: Int64, to state: OrderState, reason: String, sale: Int64?,
    journal: JournalRecorder
  ) throws -> OrderInfo {
    let order = try row(number)
    try checkMove(order, to: state, journal: journal)
    let now = clock.now()
    guard try OrderRow.move(id: order.id, from: order.state, to: state, sale: sale, at: now, in: db)
    else { throw OrderError.notFound(number) }
    try OrderStateRow(
      orderID: order.id, from: order.state, to: state, at: now, userName: actor.userName,
      approvedBy: context.approvedBy, registerID: actor.registerID, reason: reason
    ).insert(into: db)
    journal.record(
      "pedido.estado", entity: "pedido", id: String(number),
      before: .object([("estado", .string(order.state.rawValue))]),
      after: .object([("estado", .string(state.rawValue)), ("motivo", .string(reason))]))
    return try info(try row(number), detail: false)
  }

  /// Refuses a move the state does not allow, and any move while the
  /// order is being edited on a terminal.
  func checkMove(_ order: OrderRow, to state: OrderState, journal: JournalRecorder) throws {
    guard order.state.next.contains(state) else {
      throw OrderError.illegalMove(
        number: order.number, state: order.state, wanted: state, possible: order.state.next)
    }
    try refuseIfEdited(order, journal: journal)
  }

  /// Refuses while a live terminal edits the order (this one: finish it
  /// first; another: wait). A draft whose terminal is gone was never saved:
  /// it is dropped, journaled, and the saved order goes on (DESIGN §8.4).
  func refuseIfEdited(_ order: OrderRow, journal: JournalRecorder) throws {
    guard let draft = try OrderDraftRow.of(order: order.id, in: db) else { return }
    if let owner = try OrderDraftOwnerRow.of(ticket: draft.ticketID, in: db)?.liveOwner {
      if owner == terminal { throw OrderError.draftOpen(number: order.number) }
      throw OrderError.editedElsewhere(number: order.number)
    }
    try shop.tickets.deleteTicket(draft.ticketID)
    journal.record("pedido.soltar_borrador", entity: "pedido", id: String(order.number))
  }

  /// Refuses opening another document while this terminal's ticket is an
  /// order being created or edited, naming the order (DESIGN §8.4).
  func refuseDraft(_ ticket: Ticket) throws {
    guard let id = ticket.id, let draft = try OrderDraftRow.of(ticket: id, in: db) else { return }
    throw OrderError.draftOpen(number: draft.orderNumber)
  }
}
