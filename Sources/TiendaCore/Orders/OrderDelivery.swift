import TiendaStore

/// Delivering an order (it becomes a sale, numbered then, at the prices of
/// order time, the seña applied as a payment of the internal method
/// «seña»), cancelling it (the seña returned or kept), and the one-line
/// `pedido <cliente>: …`.
extension Orders {
  /// The internal method of an applied seña: never cash, never counted.
  static let depositMethod = PaymentMethod(rawValue: "seña")

  /// `pedido <cliente>: 2 torta, … para … seña …`: opens, fills and saves
  /// an order in one transaction.
  public func place(
    _ header: OrderHeader, items: [SaleItemRequest], deposit: PaymentRequest?
  ) throws -> OrderInfo {
    try mutate { journal in
      _ = try open(header)
      _ = try shop.tickets.addItems(items)
      if let deposit { _ = try setDraftDeposit(deposit) }
      let order = try save()
      journal.record("pedido.tomar", entity: "pedido", id: String(order.number))
      return order
    }
  }

  /// `entregar pedido N [pagar …]`: the sale, in this register's session.
  /// Exactly one terminal delivers an order: the state moves from what
  /// was read to entregado inside the same transaction.
  public func deliver(
    _ number: Int64, payments: [PaymentRequest], belowZero: Bool = false,
    overLimit: Bool = false
  ) throws -> (order: OrderInfo, sale: PaymentOutcome) {
    try mutate { journal in
      let order = try row(number)
      try checkMove(order, to: .delivered, journal: journal)
      var ticket = Ticket(openedAt: clock.now())
      ticket.lines = try ticketLines(order)
      ticket.discount = DiscountRule(
        percent: order.discountPercent.map { Percent(thousandths: $0) },
        amount: order.discountAmount.map(Money.init))
      if let customerID = order.customerID {
        ticket.customer = shop.tickets.ticketCustomer(try shop.customers.customer(id: customerID))
      }
      ticket.note = order.note.isEmpty ? "pedido \(number)" : "pedido \(number): " + order.note
      let applied = min(Money(order.deposit), ticket.totals.total)
      if applied > .zero {
        ticket.payments = [
          PaymentRecord(
            method: Self.depositMethod, amount: applied, tendered: applied, change: .zero,
            rounding: .zero, reference: "pedido \(number)")
        ]
      }
      var prepared = SalePreparation()
      prepared.overLimit = overLimit
      prepared.kitchenSlip = false  // issue 20 B: its comanda went out when prepared
      for line in ticket.lines {
        prepared.products[line.product.id] = ProductStockRow(line.product)
      }
      let outcome = try shop.checkout.pay(
        &ticket, payments, short: .refuse, belowZero: belowZero, journal: journal,
        prepared: prepared)
      guard let sale = outcome.sale else { throw SaleError.emptyTicket }
      if applied > .zero {
        let session = try shop.register.currentSession()
        try moveDeposit(
          order: order.id, kind: .applied, method: Self.depositMethod,
          reference: "venta \(sale.number)", amount: applied, session: session?.id,
          sale: sale.id, at: clock.now())
      }
      let delivered = try move(number, to: .delivered, reason: "", sale: sale.id, journal: journal)
      return (delivered, outcome)
    }
  }

  /// `anular pedido N motivo "…" [devolver seña [efectivo]|retener seña]`.
  /// An order with a seña needs the choice; returning it takes it from
  /// this register's session by its original method (or in cash).
  public func cancel(_ number: Int64, reason: String, deposit: DepositOnCancel?) throws
    -> OrderInfo
  {
    try mutate { journal in
      let order = try row(number)
      try checkMove(order, to: .cancelled, journal: journal)
      guard !reason.trimmingCharacters(in: " \t").isEmpty else { throw OrderError.reasonMissing }
      if order.deposit > 0 {
        guard let deposit else {
          throw OrderError.depositChoiceNeeded(number: number, deposit: Money(order.deposit))
        }
        let held = try heldByMethod(order.id)
        let now = clock.now()
        let session = try shop.register.currentSession()
        switch deposit {
        case .keep:
          for (method, amount) in held {
            try moveDeposit(
              order: order.id, kind: .kept, method: method, reference: nil, amount: amount,
              session: session?.id, sale: nil, at: now)
          }
        case .giveBack(let inCash):
          guard let session else { throw OrderError.noOpenSession(register: actor.registerName) }
          let back = inCash ? [(PaymentMethod.cash, Money(order.deposit))] : held
          // Cash handed back never exceeds what the drawer should hold.
          let cash = back.filter { $0.0 == .cash }.reduce(Money.zero) { $0 + $1.1 }
          _ = try shop.register.expectedCash(in: session, handingOut: cash) {
            OrderError.depositExceedsCash(requested: $0, available: $1)
          }
          for (method, amount) in back {
            try moveDeposit(
              order: order.id, kind: .returned, method: method, reference: nil, amount: amount,
              session: session.id, sale: nil, at: now)
          }
        }
      }
      return try move(number, to: .cancelled, reason: reason, sale: nil, journal: journal)
    }
  }

  /// What the order holds by method: received minus returned, in the
  /// order the methods were first used.
  func heldByMethod(_ order: Int64) throws -> [(PaymentMethod, Money)] {
    var methodsInOrder: [String] = []
    var held: [String: Int64] = [:]
    for row in try OrderDepositRow.of(order: order, in: db) {
      if held[row.method] == nil { methodsInOrder.append(row.method) }
      held[row.method, default: 0] += row.kind == .received ? row.amount : -row.amount
    }
    return methodsInOrder.compactMap { name in
      guard let amount = held[name], amount > 0 else { return nil }
      return (PaymentMethod(rawValue: name), Money(amount))
    }
  }

  /// Units of each product committed to open orders.
  public func committedStock(products: [Int64]? = nil) throws -> [Int64: Quantity] {
    var result: [Int64: Quantity] = [:]
    for row in try CommittedStockRow.of(products: products, in: db) {
      result[row.productID] = Quantity(thousandths: row.quantity)
    }
    return result
  }
}
