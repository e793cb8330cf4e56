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
    try checkMove(order, to: state)
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
  func checkMove(_ order: OrderRow, to state: OrderState) throws {
    guard order.state.next.contains(state) else {
      throw OrderError.illegalMove(
        number: order.number, state: order.state, wanted: state, possible: order.state.next)
    }
    if try OrderDraftRow.of(order: order.id, in: db) != nil {
      throw OrderError.editedElsewhere(number: order.number)
    }
  }
}
