import TiendaStore

/// Orders (pedidos, issue 20 A). An order being created or edited is this
/// terminal's open document (DESIGN §8.4): its lines live on this
/// terminal's ticket (so lines, `nota`, `descuento`, `quitar`, `total`
/// work as on a sale) and its header in `order_drafts`; `guardar` writes
/// the order with the prices of that moment.
public struct Orders: ShopArea {
  let shop: Shop

  // MARK: The draft (the open document)

  /// `crear pedido …`: opens a new order on this terminal. Refused while
  /// a ticket with lines, an order or a purchase is open here.
  public func open(_ header: OrderHeader) throws -> OrderDraftInfo {
    try mutate { journal in
      var ticket = try startDocument()
      var draft = OrderDraftRow(ticketID: 0)
      try apply(header, to: &draft, ticket: &ticket, creating: true)
      draft.ticketID = try shop.tickets.saveTicket(ticket)
      try OrderDraftRow.save(draft, in: db)
      journal.record(
        "pedido.abrir", entity: "pedido", id: nil,
        after: .object([
          ("cliente", .string(draft.customerName)),
          ("para", draft.dueAt.map { .string(LocalTime.isoUTC($0)) } ?? .null),
        ]))
      return draftInfo(draft)
    }
  }

  /// `editar pedido N …`: opens order N on this terminal with its lines at
  /// their order prices; `guardar` writes it back. Only a new order or
  /// one in preparation may change, and only on one terminal at a time.
  public func edit(_ number: Int64, _ header: OrderHeader) throws -> OrderDraftInfo {
    try mutate { journal in
      let order = try row(number)
      guard order.state == .new || order.state == .preparing else {
        throw OrderError.notEditable(number: number, state: order.state)
      }
      try refuseIfEdited(order, journal: journal)
      var ticket = try startDocument()
      ticket.lines = try ticketLines(order)
      ticket.discount = DiscountRule(
        percent: order.discountPercent.map { Percent(thousandths: $0) },
        amount: order.discountAmount.map(Money.init))
      if let customerID = order.customerID {
        ticket.customer = shop.tickets.ticketCustomer(try shop.customers.customer(id: customerID))
      }
      var draft = OrderDraftRow(ticketID: 0)
      draft.orderID = order.id
      draft.customerID = order.customerID
      draft.customerName = order.customerName
      draft.customerPhone = order.customerPhone
      draft.dueAt = order.dueAt
      draft.delivery = order.delivery
      draft.address = order.address
      draft.note = order.note
      try apply(header, to: &draft, ticket: &ticket, creating: false)
      draft.ticketID = try shop.tickets.saveTicket(ticket)
      try OrderDraftRow.save(draft, in: db)
      journal.record("pedido.editar", entity: "pedido", id: String(number))
      draft.orderNumber = number
      return draftInfo(draft)
    }
  }

  /// The order open on this terminal, if any (the prompt, the routing of
  /// `cancelar` and `pagar`).
  public func openDraft() -> OrderDraftInfo? {
    guard let ticket = try? shop.tickets.openTicket(), let id = ticket.id,
      let draft = try? OrderDraftRow.of(ticket: id, in: db)
    else { return nil }
    return draftInfo(draft)
  }

  /// `seña efectivo 5000` while an order is open: kept with the draft and
  /// recorded (in the register's session) when it is saved.
  public func setDraftDeposit(_ request: PaymentRequest) throws -> OrderDraftInfo {
    try mutate { journal in
      var (_, draft) = try ownDraft()
      let method = try depositMethod(request)
      guard let amount = request.amount, amount > .zero else {
        throw OrderError.depositAmountMissing
      }
      draft.depositMethod = method.rawValue
      draft.depositAmount = amount.minorUnits
      draft.depositReference = request.reference
      try OrderDraftRow.save(draft, in: db)
      journal.record(
        "pedido.seña_pendiente", entity: "pedido", id: draft.orderNumber.map { String($0) },
        after: .object([
          ("medio", .string(method.rawValue)), ("monto", .int(amount.minorUnits)),
        ]))
      return draftInfo(draft)
    }
  }

  /// `guardar`: writes the open order (new: numbered now) with the
  /// ticket's lines at their current prices, records a pending seña in
  /// this register's session, and closes the draft.
  public func save() throws -> OrderInfo {
    try mutate { journal in
      let (ticket, draft) = try ownDraft()
      guard !ticket.lines.isEmpty else { throw OrderError.emptyOrder }
      try ticket.checkLimits()
      let totals = ticket.totals
      let now = clock.now()
      var order: OrderRow
      let before: OrderInfo?
      if let id = draft.orderID, let existing = try OrderRow.find(id: id, in: db) {
        guard existing.state == .new || existing.state == .preparing else {
          throw OrderError.notEditable(number: existing.number, state: existing.state)
        }
        before = try info(existing, detail: false)
        order = existing
      } else {
        before = nil
        order = OrderRow(
          number: try OrderRow.nextNumber(in: db), registerID: actor.registerID, at: now,
          by: actor.userName)
      }
      order.customerID = draft.customerID
      order.customerName = draft.customerName
      order.customerPhone = draft.customerPhone
      order.dueAt = draft.dueAt
      order.delivery = draft.delivery
      order.address = draft.address
      order.note = draft.note.isEmpty ? ticket.note : draft.note
      order.subtotal = totals.subtotal.minorUnits
      order.discount = totals.discounts.minorUnits
      order.discountPercent = ticket.discount.percent?.thousandths
      order.discountAmount = ticket.discount.amount?.minorUnits
      order.total = totals.total.minorUnits
      order.updatedAt = now
      let pending = draft.depositAmount ?? 0
      guard order.deposit + pending <= order.total else {
        throw OrderError.depositOverTotal(
          deposit: Money(order.deposit + pending), total: totals.total)
      }
      if before == nil {
        order.id = try order.insert(into: db)
        try OrderStateRow(
          orderID: order.id, from: nil, to: .new, at: now, userName: actor.userName,
          approvedBy: context.approvedBy, registerID: actor.registerID, reason: ""
        ).insert(into: db)
      } else {
        try OrderRow.update(order, in: db)
      }
      try OrderLineRow.replace(
        order: order.id, with: lineRows(ticket, totals, order: order.id), in: db)
      if let method = draft.depositMethod, pending > 0 {
        try receiveDeposit(
          order: order.id,
          PaymentRequest(
            method: PaymentMethod(rawValue: method), amount: Money(pending),
            reference: draft.depositReference), at: now)
      }
      if let id = ticket.id { try shop.tickets.deleteTicket(id) }
      guard let saved = try OrderRow.find(id: order.id, in: db) else {
        throw OrderError.notFound(order.number)
      }
      let result = try info(saved, detail: false)
      journal.record(
        before == nil ? "pedido.crear" : "pedido.guardar", entity: "pedido",
        id: String(order.number), before: before?.json ?? .null, after: result.json)
      return result
    }
  }

  /// `cancelar` while an order is open: the draft goes; a saved order
  /// stays as it was. Returns the order's number when it was an edit.
  public func cancelDraft() throws -> Int64? {
    try mutate { journal in
      let (ticket, draft) = try ownDraft()
      if let id = ticket.id { try shop.tickets.deleteTicket(id) }
      journal.record(
        "pedido.cancelar_borrador", entity: "pedido", id: draft.orderNumber.map { String($0) })
      return draft.orderNumber
    }
  }

  // MARK: Reading

  /// `ver pedido N`: the order with its lines, history and señas.
  public func order(_ number: Int64) throws -> OrderInfo {
    try db.read { try info(try row(number), detail: true) }
  }

  /// `pedidos …`: by due time (orders without a day last).
  public func list(_ filter: OrderFilter) throws -> [OrderInfo] {
    try db.read {
      let states = filter.states ?? OrderState.allCases.filter(\.isOpen)
      let bounds = filter.period.map { LocalTime.bounds($0) }
      let rows = try OrderRow.list(states: states, from: bounds?.start, to: bounds?.end, in: db)
      let lines = try OrderLineRow.lines(orders: rows.map(\.id), in: db)
      return rows.map { info($0, lines: lines[$0.id] ?? []) }
    }
  }

  /// How many open orders are due in the next `hours`, and how many are
  /// late (the prompt at start-up and `arqueo`): one query.
  public func dueSoon(hours: Int = 3) -> OrderDueCount {
    let now = clock.now()
    return (try? OrderRow.dueCount(from: now, to: now + Int64(hours) * 3600, in: db))
      ?? OrderDueCount(soon: 0, late: 0)
  }

  // MARK: Helpers

  func row(_ number: Int64) throws -> OrderRow {
    guard let order = try OrderRow.find(number: number, in: db) else {
      throw OrderError.notFound(number)
    }
    return order
  }

  /// This terminal's open ticket and its order draft.
  func ownDraft() throws -> (Ticket, OrderDraftRow) {
    guard let ticket = try shop.tickets.openTicket(), let id = ticket.id,
      let draft = try OrderDraftRow.of(ticket: id, in: db)
    else { throw OrderError.noDraft }
    return (ticket, draft)
  }

  /// The ticket an order opens on: none may be open with something on it
  /// (nor a purchase, nor another order); an empty one is used.
  func startDocument() throws -> Ticket {
    if let purchase = shop.purchases.openPurchaseSummary() {
      throw PurchaseError.purchaseOpen(supplier: purchase.supplier, lines: purchase.lines)
    }
    if let own = try shop.tickets.openTicket() {
      if let id = own.id, let draft = try OrderDraftRow.of(ticket: id, in: db) {
        throw OrderError.draftOpen(number: draft.orderNumber)
      }
      if !own.lines.isEmpty || !own.payments.isEmpty {
        throw TicketOwnerError.documentOpen(
          lines: own.lines.count, total: own.totals.total, paid: own.paid)
      }
      return own
    }
    return Ticket(openedAt: clock.now())
  }

  /// Header fields given on `crear`/`editar pedido` written on the draft.
  func apply(
    _ header: OrderHeader, to draft: inout OrderDraftRow, ticket: inout Ticket, creating: Bool
  ) throws {
    if let query = header.customer {
      let name = query.trimmingCharacters(in: " \t")
      guard !name.isEmpty else { throw CoreError.emptyName(.customer) }
      // A RUT with a wrong check digit is a typo, not a walk-in's name.
      if Rut.looksLikeRut(name) && Rut.parse(name) == nil { throw OrderError.badRut(name) }
      do {
        let found = try shop.customers.resolve(name)
        guard found.active else { throw CustomerError.inactive(found.name) }
        draft.customerID = found.id
        draft.customerName = found.name
        draft.customerPhone = found.phone
        ticket.customer = shop.tickets.ticketCustomer(found)
      } catch CoreError.notFound {
        // Not a registered customer: the name as typed.
        draft.customerID = nil
        draft.customerName = name
        ticket.customer = nil
      }
      try shop.tickets.applyPriceList(&ticket)
    }
    if let phone = header.phone { draft.customerPhone = phone }
    if let due = header.due {
      let instant = due.instant
      if instant < clock.now() { throw OrderError.dueInPast }
      draft.dueAt = instant
    }
    if let delivery = header.delivery {
      draft.delivery = delivery
      if delivery == .pickup { draft.address = "" }
    }
    if let address = header.address { draft.address = address }
    if draft.delivery == .dispatch && draft.address.isEmpty { throw OrderError.addressMissing }
    if let note = header.note { draft.note = note }
  }

  func draftInfo(_ draft: OrderDraftRow) -> OrderDraftInfo {
    OrderDraftInfo(
      number: draft.orderNumber, customerName: draft.customerName, dueAt: draft.dueAt,
      pendingDeposit: draft.depositAmount.map(Money.init))
  }

  /// The order's lines as ticket lines at their order prices.
  func ticketLines(_ order: OrderRow) throws -> [TicketLine] {
    try OrderLineRow.lines(order: order.id, in: db).map { row in
      var line = TicketLine(
        product: try shop.catalog.product(id: row.productID),
        quantity: Quantity(thousandths: row.quantity))
      let ids = row.options.split(separator: ",").compactMap { Int64($0) }
      if !ids.isEmpty { line.options = try shop.options.choices(ids) }
      line.customPrice = Money(row.unitPrice) - line.options.price
      line.discountPercent = row.discountPercent.map { Percent(thousandths: $0) }
      line.discountAmount = row.discountAmount.map(Money.init)
      line.note = row.note
      line.fixedAmount = row.fixedAmount.map(Money.init)
      return line
    }
  }

  func lineRows(_ ticket: Ticket, _ totals: TicketTotals, order: Int64) -> [OrderLineRow] {
    // What promotions take off each line now (its basis): kept as the
    // line's fixed amount, since the order's lines are priced by hand
    // from now on (at an edit and at delivery) and take no promotion.
    let savings =
      ticket.liveContext.map {
        PromotionEngine.evaluate(
          ticket.promotionLines, context: $0, subtotal: ticket.promotionSubtotal
        ).savings
      } ?? []
    return ticket.lines.enumerated().map { i, line in
      let saving = i < savings.count ? savings[i] : .zero
      let fixed =
        line.fixedAmount
        ?? (saving > .zero ? Pricing.lineAmount(line.quantity, line.unitPrice) - saving : nil)
      return OrderLineRow(
        orderID: order, position: Int64(i + 1), productID: line.product.id,
        name: line.product.name, categoryID: line.product.categoryID,
        unit: line.product.unit.rawValue, quantity: line.quantity.thousandths,
        unitPrice: line.unitPrice.minorUnits,
        options: line.options.map { String($0.id) }.joined(separator: ","),
        optionNames: line.options.map(\.name).joined(separator: ", "), note: line.note,
        discountPercent: line.discountPercent?.thousandths,
        discountAmount: line.discountAmount?.minorUnits, total: totals.lines[i].total.minorUnits,
        fixedAmount: fixed?.minorUnits)
    }
  }

  func info(_ row: OrderRow, detail: Bool) throws -> OrderInfo {
    var result = info(row, lines: try OrderLineRow.lines(order: row.id, in: db))
    if detail {
      result.history = try OrderStateRow.history(order: row.id, in: db).map {
        OrderStateChange(
          from: $0.from, to: $0.to, at: $0.at, userName: $0.userName, reason: $0.reason)
      }
      result.deposits = try OrderDepositRow.of(order: row.id, in: db).map(\.info)
    }
    return result
  }

  func info(_ row: OrderRow, lines: [OrderLineRow]) -> OrderInfo {
    OrderInfo(
      id: row.id, number: row.number, customerID: row.customerID, customerName: row.customerName,
      customerPhone: row.customerPhone, dueAt: row.dueAt, delivery: row.delivery,
      address: row.address, note: row.note, state: row.state,
      lines: lines.map { line in
        OrderLineInfo(
          position: Int(line.position), productID: line.productID, name: line.name,
          categoryID: line.categoryID, quantity: Quantity(thousandths: line.quantity),
          unit: ProductUnit(rawValue: line.unit) ?? .unit, unitPrice: Money(line.unitPrice),
          options: line.optionNames.isEmpty
            ? []
            : line.optionNames.split(separator: ",").map { String($0).trimmingCharacters(in: " ") },
          note: line.note, total: Money(line.total))
      }, subtotal: Money(row.subtotal), discount: Money(row.discount), total: Money(row.total),
      deposit: Money(row.deposit), saleNumber: row.saleNumber, createdAt: row.createdAt,
      createdBy: row.createdBy)
  }
}

extension OrderInfo {
  var json: JSONValue {
    .object([
      ("numero", .int(number)), ("cliente", .string(customerName)),
      ("estado", .string(state.rawValue)),
      ("para", dueAt.map { .string(LocalTime.isoUTC($0)) } ?? .null),
      ("entrega", .string(delivery.rawValue)), ("direccion", .string(address)),
      ("total", .int(total.minorUnits)), ("seña", .int(deposit.minorUnits)),
      (
        "lineas",
        .array(
          lines.map {
            .object([
              ("producto", .string($0.name)), ("cantidad", .int($0.quantity.thousandths)),
              ("precio", .int($0.unitPrice.minorUnits)),
            ])
          })
      ),
    ])
  }
}
