import TiendaStore

/// Purchases (issue 18): receiving goods against a supplier. A purchase
/// being received is this terminal's open document (DESIGN §8.4), kept in
/// its own draft tables with the ticket's owner model; confirming it
/// records the ledger rows, the stock and the weighted average cost.
public struct Purchases: ShopArea {
  let shop: Shop

  /// This terminal's purchase being received, priced, or nil.
  public func openPurchase() throws -> Purchase? {
    try db.read {
      guard let draft = try ownDraft() else { return nil }
      return try preview(draft)
    }
  }

  /// A short view for the prompt: supplier and lines, without pricing.
  public func openPurchaseSummary() -> (supplier: String, lines: Int)? {
    guard let draft = try? ownDraft() else { return nil }
    return (draft.supplierName, Int(draft.lineCount))
  }

  /// `recibir compra <proveedor> …`: opens a purchase on this terminal. An
  /// orphaned purchase of this user on this register (its terminal gone)
  /// is taken over instead, and `adopted` says so; `notOpened` says the
  /// typed supplier or invoice is another purchase's, which was not opened.
  public func open(_ header: PurchaseHeader) throws -> (
    purchase: Purchase, adopted: Bool, notOpened: Bool
  ) {
    try mutate { journal in
      if let own = try ownDraft() {
        throw PurchaseError.purchaseOpen(supplier: own.supplierName, lines: Int(own.lineCount))
      }
      if let ticket = try shop.tickets.openTicket() {
        try shop.orders.refuseDraft(ticket)
        throw PurchaseError.ticketOpen(lines: ticket.lines.count)
      }
      if let orphan = try orphans().first(where: { $0.ownerUser == actor.userName }) {
        try PurchaseDraftRow.claim(id: orphan.id, owner: terminal, user: actor.userName, in: db)
        journal.record(
          "compra.adoptar", entity: "purchase_drafts", id: String(orphan.id),
          before: .object([("proceso", orphan.ownerPID.map(JSONValue.int) ?? .null)]),
          after: .object([("proceso", .int(terminal.pid))]))
        guard let draft = try ownDraft() else { throw PurchaseError.noOpenPurchase }
        let typed = try? shop.suppliers.find(header.supplier)
        let other =
          typed?.id != orphan.supplierID
          || (header.invoice != nil && header.invoice != orphan.invoice)
        return (try preview(draft), true, other)
      }
      let supplier = try shop.suppliers.find(header.supplier)
      try Self.checkDates(header, today: today)
      var row = PurchaseDraftRow(
        registerID: actor.registerID, supplierID: supplier.id, header: header, owner: terminal,
        user: actor.userName, at: clock.now())
      row.id = try row.insert(into: db)
      journal.record(
        "compra.abrir", entity: "purchase_drafts", id: String(row.id),
        after: .object([
          ("proveedor", .string(supplier.name)),
          ("factura", header.invoice.map(JSONValue.string) ?? .null),
        ]))
      guard let draft = try ownDraft() else { throw PurchaseError.noOpenPurchase }
      return (try preview(draft), false, false)
    }
  }

  /// `24 coca cola a 1100` while a purchase is open: lines added.
  public func addLines(_ items: [SaleItemRequest]) throws -> Purchase {
    try mutate { journal in
      guard let draft = try ownDraft() else { throw PurchaseError.noOpenPurchase }
      for input in try resolve(items) {
        _ = try PurchaseDraftLineRow(
          draftID: draft.id, productID: input.product.id, quantity: input.quantity.thousandths,
          unitCost: input.unitCost.minorUnits
        ).insert(into: db)
      }
      let purchase = try preview(draft)
      journal.record(
        "compra.agregar", entity: "purchase_drafts", id: String(draft.id),
        after: .object([("lineas", .int(Int64(purchase.lines.count)))]))
      return purchase
    }
  }

  /// `quitar línea N` while a purchase is open.
  public func removeLine(_ number: Int) throws -> (removed: PurchaseLine, purchase: Purchase) {
    try mutate { journal in
      guard let draft = try ownDraft() else { throw PurchaseError.noOpenPurchase }
      let rows = try PurchaseDraftLineRow.of(draft: draft.id, in: db)
      guard number >= 1, number <= rows.count else {
        throw PurchaseError.noSuchLine(number, lines: rows.count)
      }
      let before = try preview(draft)
      try PurchaseDraftLineRow.delete(id: rows[number - 1].id, in: db)
      journal.record(
        "compra.quitar", entity: "purchase_drafts", id: String(draft.id),
        after: .object([("linea", .int(Int64(number)))]))
      return (before.lines[number - 1], try preview(draft))
    }
  }

  /// `cancelar` while a purchase is open: nothing is recorded but the
  /// journal's note.
  public func cancel(reason: String? = nil) throws -> Purchase {
    let reason = reason?.trimmingCharacters(in: " \t")
    return try mutate { journal in
      guard let draft = try ownDraft() else { throw PurchaseError.noOpenPurchase }
      let purchase = try preview(draft)
      try PurchaseDraftRow.delete(id: draft.id, in: db)
      journal.record(
        "compra.cancelar", entity: "purchase_drafts", id: String(draft.id),
        before: .object([
          ("proveedor", .string(draft.supplierName)),
          ("lineas", .int(Int64(purchase.lines.count))), ("total", .int(purchase.total.minorUnits)),
        ]), after: reason.flatMap { $0.isEmpty ? nil : .object([("motivo", .string($0))]) })
      return purchase
    }
  }

  /// `confirmar [pagada efectivo|transferencia …]`: records the open purchase.
  public func confirm(payment: PurchasePaymentRequest?) throws -> PurchaseResult {
    try mutate { journal in
      guard let draft = try ownDraft() else { throw PurchaseError.noOpenPurchase }
      let rows = try PurchaseDraftLineRow.of(draft: draft.id, in: db)
      guard !rows.isEmpty else { throw PurchaseError.emptyPurchase }
      let inputs = try rows.map {
        PurchaseMath.Input(
          product: try shop.catalog.product(id: $0.productID),
          quantity: Quantity(thousandths: $0.quantity), unitCost: Money($0.unitCost))
      }
      guard let supplier = try SupplierRow.find(id: draft.supplierID, in: db) else {
        throw PurchaseError.noOpenPurchase
      }
      let result = try record(draft.header, supplier: supplier, inputs, payment: payment, journal)
      try PurchaseDraftRow.delete(id: draft.id, in: db)
      return result
    }
  }

  /// `comprar a <proveedor> factura 1234: 24 coca cola a 1100, … [pagada …]`:
  /// one line, one transaction; refused while this terminal has an open
  /// document.
  public func buy(
    _ header: PurchaseHeader, items: [SaleItemRequest], payment: PurchasePaymentRequest?,
    fileLines: [Int]? = nil
  ) throws -> PurchaseResult {
    try mutate { journal in
      if let own = try ownDraft() {
        throw PurchaseError.purchaseOpen(supplier: own.supplierName, lines: Int(own.lineCount))
      }
      if let ticket = try shop.tickets.openTicket() {
        try shop.orders.refuseDraft(ticket)
        if !ticket.lines.isEmpty { throw PurchaseError.ticketOpen(lines: ticket.lines.count) }
      }
      let supplier = try shop.suppliers.find(header.supplier)
      try Self.checkDates(header, today: today)
      let inputs = try resolve(items, fileLines: fileLines)
      guard !inputs.isEmpty else { throw PurchaseError.emptyPurchase }
      return try record(header, supplier: supplier, inputs, payment: payment, journal)
    }
  }

  // MARK: - Inside the transaction

  func ownDraft() throws -> PurchaseDraftRow? {
    try PurchaseDraftRow.owned(register: actor.registerID, owner: terminal, in: db)
  }

  /// Drafts of this register whose terminal no longer runs.
  func orphans() throws -> [PurchaseDraftRow] {
    try PurchaseDraftRow.notOwned(register: actor.registerID, owner: terminal, in: db).filter {
      guard let pid = $0.ownerPID else { return true }
      return !TerminalID(pid: pid, started: $0.ownerStarted ?? 0, boot: $0.ownerBoot ?? "")
        .isAlive
    }
  }

  /// The draft priced as it would be recorded now.
  func preview(_ draft: PurchaseDraftRow) throws -> Purchase {
    let rows = try PurchaseDraftLineRow.of(draft: draft.id, in: db)
    let inputs = try rows.map {
      PurchaseMath.Input(
        product: try shop.catalog.product(id: $0.productID),
        quantity: Quantity(thousandths: $0.quantity), unitCost: Money($0.unitCost))
    }
    let priced = try PurchaseMath.price(inputs, gross: draft.grossPrices)
    let header = draft.header
    var p = Purchase(
      id: draft.id, supplier: draft.supplierName, supplierID: draft.supplierID,
      invoice: header.invoice, invoiceDate: header.invoiceDate, dueDate: header.dueDate,
      grossPrices: header.grossPrices)
    p.lines = priced.lines
    p.taxes = priced.taxes
    p.net = priced.net
    p.total = priced.total
    p.at = draft.openedAt
    p.userName = draft.ownerUser
    return p
  }

  /// Each item named as a product with its quantity and unit cost.
  /// With `fileLines` (an imported file), a refusal names the file's line.
  func resolve(_ items: [SaleItemRequest], fileLines: [Int]? = nil) throws
    -> [PurchaseMath.Input]
  {
    guard let fileLines else { return try items.map(resolve) }
    return try zip(items, fileLines).map { item, line in
      do {
        return try resolve(item)
      } catch {
        throw PurchaseImportError(line: line, underlying: error)
      }
    }
  }

  func resolve(_ item: SaleItemRequest) throws -> PurchaseMath.Input {
    let product = try shop.catalog.findProduct(item.query)
    guard !product.isKit else { throw PurchaseError.kitNotPurchasable(product.name) }
    let quantity = try product.unit.quantity(
      item.quantity ?? Quantity(units: 1), writtenIn: item.unit, product: product.name)
    guard quantity.thousandths > 0 else { throw PurchaseError.zeroQuantity(product.name) }
    let limit = Limits.lineQuantity(weighed: product.unit.isWeighed)
    guard quantity <= limit else {
      throw LimitError.lineQuantity(product: product.name, maximum: limit, unit: product.unit)
    }
    let unitCost: Money
    if let price = item.price {
      unitCost = price
    } else if let amount = item.amount {
      // `importe 26400`: the line's amount; one unit's cost from it.
      let per =
        (Int128(amount.minorUnits) * 1000 * 2 + Int128(quantity.thousandths))
        / (Int128(quantity.thousandths) * 2)
      unitCost = Money(Int64(per))
    } else {
      throw PurchaseError.missingCost(product.name)
    }
    guard unitCost.minorUnits >= 0, unitCost.minorUnits <= Limits.amount else {
      throw CoreError.badPrice(unitCost)
    }
    return PurchaseMath.Input(product: product, quantity: quantity, unitCost: unitCost)
  }

  static func checkDates(_ header: PurchaseHeader, today: LocalDate) throws {
    if let due = header.dueDate, due < (header.invoiceDate ?? today) {
      throw PurchaseError.dueBeforeInvoice
    }
  }
}
