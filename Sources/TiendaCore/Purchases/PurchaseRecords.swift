import TiendaStore

/// Confirmed purchases: recording (stock and cost), listing, paying, voiding.
extension Purchases {
  /// Settings key of the minimum margin (thousandths of a percent).
  static let minimumMarginKey = "compras.margen_minimo"
  /// Without `configurar margen mínimo`, 20 %.
  static let defaultMinimumMargin = Percent(thousandths: 20_000)

  /// Records a purchase in the caller's transaction: the ledger rows, a
  /// `compra` stock movement per line, the weighted average cost, and the
  /// payment if one is given.
  func record(
    _ header: PurchaseHeader, supplier: SupplierRow, _ inputs: [PurchaseMath.Input],
    payment: PurchasePaymentRequest?, _ journal: JournalRecorder
  ) throws -> PurchaseResult {
    var priced = try PurchaseMath.price(inputs, gross: header.grossPrices)
    let now = clock.now()
    var row = PurchaseRow(
      registerID: actor.registerID, supplierID: supplier.id, header: header,
      invoiceDate: header.invoiceDate ?? today, net: priced.net,
      taxes: priced.taxes.reduce(Money.zero) { $0 + $1.amount }, total: priced.total,
      userName: actor.userName, at: now)
    row.id = try row.insert(into: db)
    // Stock and cost, line by line (a product twice sees its first line).
    var state: [Int64: (stock: Quantity, cost: Money?)] = [:]
    for (i, input) in inputs.enumerated() {
      let product = input.product
      let (stock, cost) = state[product.id] ?? (product.stock, product.cost)
      // With `precios con iva` the taxes are part of the cost (§8.13).
      let unitCost = input.unitCost
      let newCost = PurchaseMath.averageCost(
        stock: stock, cost: cost, quantity: input.quantity, unitCost: unitCost)
      priced.lines[i].stockBefore = stock
      priced.lines[i].costBefore = cost
      priced.lines[i].costAfter = newCost
      if !product.tracksStock { try shop.catalog.startTrackingStock(product) }
      let after = try shop.stock.recordMovement(
        productID: product.id, kind: .purchase, quantity: input.quantity,
        reason: "compra \(row.id)")
      if newCost != cost {
        var update = ProductUpdate()
        update.cost = .some(newCost.minorUnits)
        try update.apply(db, productID: product.id, at: now)
      }
      state[product.id] = (after, newCost)
      try PurchaseLineRow(purchaseID: row.id, position: Int64(i + 1), line: priced.lines[i])
        .insert(into: db)
    }
    for tax in priced.taxes {
      try PurchaseTaxRow(purchaseID: row.id, code: tax.code, amount: tax.amount.minorUnits)
        .insert(into: db)
    }
    journal.record(
      "compra.registrar", entity: "purchases", id: String(row.id),
      after: .object([
        ("proveedor", .string(supplier.name)),
        ("factura", header.invoice.map(JSONValue.string) ?? .null),
        ("neto", .int(priced.net.minorUnits)), ("total", .int(priced.total.minorUnits)),
        ("lineas", .int(Int64(inputs.count))),
      ]))
    if let payment {
      guard let stored = try PurchaseRow.find(id: row.id, in: db) else {
        throw PurchaseError.notFound(row.id)
      }
      _ = try pay(stored, payment, journal)
    }
    let purchase = try load(row.id)
    return PurchaseResult(
      purchase: purchase, minimumMargin: try minimumMargin(),
      lowMargins: try lowMargins(Set(inputs.map(\.product.id))))
  }

  /// Pays `request` against a stored purchase, in the caller's transaction.
  func pay(_ row: PurchaseRow, _ request: PurchasePaymentRequest, _ journal: JournalRecorder)
    throws -> PurchasePayment
  {
    guard row.voidReason == nil else { throw PurchaseError.voided(row.id) }
    let balance = Money(row.total - row.paid)
    guard balance > .zero else { throw PurchaseError.alreadyPaid(row.id) }
    let amount = request.amount ?? balance
    guard amount > .zero else { throw PurchaseError.paymentNotPositive }
    guard amount <= balance else { throw PurchaseError.overpaid(row.id, balance: balance) }
    // Fiado, gift cards and points are the customers' money (as for expenses).
    if ["fiado", "tarjeta-regalo", "tarjeta regalo", "puntos"].contains(fold(request.method)) {
      throw PurchaseError.methodNotForPurchases(request.method)
    }
    let resolved = try PaymentMethods.resolve(
      [
        PaymentRequest(
          method: fold(request.method) == "efectivo"
            ? .cash : PaymentMethod(rawValue: request.method), reference: request.reference)
      ],
      checkBuiltIns: true, in: db)
    let method = resolved[0].method
    var sessionID: Int64?
    if method == .cash {
      // Cash from the register's open session, never beyond its drawer.
      guard let session = try shop.register.currentSession() else {
        throw PurchaseError.noOpenSession(register: actor.registerName)
      }
      _ = try shop.register.expectedCash(in: session, handingOut: amount) {
        PurchaseError.notEnoughCash(requested: $0, available: $1)
      }
      sessionID = session.id
    }
    let payment = PurchasePaymentRow(
      purchaseID: row.id, method: method.rawValue, amount: amount, reference: request.reference,
      registerID: actor.registerID, sessionID: sessionID, userName: actor.userName,
      at: clock.now())
    _ = try payment.insert(into: db)
    journal.record(
      "compra.pagar", entity: "purchases", id: String(row.id),
      after: .object([
        ("medio", .string(method.rawValue)), ("monto", .int(amount.minorUnits)),
        ("de_caja", .bool(sessionID != nil)),
      ]))
    return payment.payment
  }

  /// One stored purchase with its lines, taxes and payments.
  func load(_ id: Int64) throws -> Purchase {
    guard let row = try PurchaseRow.find(id: id, in: db) else {
      throw PurchaseError.notFound(id)
    }
    var p = row.purchase
    p.lines = try PurchaseLineRow.of(purchase: id, in: db).map(\.line)
    p.taxes = try PurchaseTaxRow.of(purchase: id, in: db).map {
      (code: $0.code, amount: Money($0.amount))
    }
    p.payments = try PurchasePaymentRow.of(purchase: id, in: db).map(\.payment)
    return p
  }

  /// `ver compra N`.
  public func show(_ number: Int64) throws -> Purchase {
    try db.read { try load(number) }
  }

  /// `listar compras [período] [pendientes] [proveedor …]`, oldest first.
  public func list(_ filter: PurchaseFilter) throws -> [Purchase] {
    try db.read {
      let supplierID = try filter.supplier.map { try shop.suppliers.find($0, activeOnly: false).id }
      return try PurchaseRow.list(
        between: filter.period, supplierID: supplierID,
        pendingOnly: filter.pendingOnly, in: db
      ).map(\.purchase)
    }
  }

  /// `saldar compra N [medio] [monto] [ref …]`.
  public func settle(_ number: Int64, _ request: PurchasePaymentRequest) throws -> (
    payment: PurchasePayment, purchase: Purchase
  ) {
    try mutate { journal in
      guard let row = try PurchaseRow.find(id: number, in: db) else {
        throw PurchaseError.notFound(number)
      }
      let payment = try pay(row, request, journal)
      return (payment, try load(number))
    }
  }

  /// `anular compra N motivo "…"`: a compensating row; the stock leaves
  /// with `anulación` movements (refused when a product would go below
  /// zero and it may not sell without stock); the cost goes back to what
  /// it was only when nothing moved the product since (same stock and
  /// cost as the purchase left them), else it stays.
  public func void(_ number: Int64, reason: String) throws -> PurchaseResult {
    let reason = reason.trimmingCharacters(in: " ")
    guard !reason.isEmpty else { throw PurchaseError.reasonRequired }
    return try mutate { journal in
      guard let row = try PurchaseRow.find(id: number, in: db) else {
        throw PurchaseError.notFound(number)
      }
      guard row.voidReason == nil else { throw PurchaseError.alreadyVoided(number) }
      let lines = try PurchaseLineRow.of(purchase: number, in: db)
      var state: [Int64: (stock: Quantity, cost: Money?)] = [:]
      let now = clock.now()
      for line in lines.reversed() {
        let product = try shop.catalog.product(id: line.productID)
        let (stock, cost) = state[product.id] ?? (product.stock, product.cost)
        let left = Quantity(thousandths: stock.thousandths - line.quantity)
        if left.thousandths < 0 && !product.sellWithoutStock {
          throw PurchaseError.stockWouldBeNegative(
            product: product.name, stock: left, unit: product.unit)
        }
        try shop.stock.recordMovement(
          productID: product.id, kind: .void,
          quantity: Quantity(thousandths: -line.quantity), reason: "anulación de compra \(number)")
        var newCost = cost
        let untouched =
          cost?.minorUnits == line.costAfter
          && stock.thousandths == line.stockBefore + line.quantity
        if untouched {
          newCost = line.costBefore.map(Money.init)
          var update = ProductUpdate()
          update.cost = .some(line.costBefore)
          try update.apply(db, productID: product.id, at: now)
        }
        state[product.id] = (left, newCost)
      }
      try PurchaseVoidRow(purchaseID: number, reason: reason, userName: actor.userName, at: now)
        .insert(into: db)
      journal.record(
        "compra.anular", entity: "purchases", id: String(number),
        after: .object([("motivo", .string(reason)), ("total", .int(row.total))]))
      return PurchaseResult(
        purchase: try load(number), minimumMargin: try minimumMargin(),
        lowMargins: try lowMargins(Set(lines.map(\.productID))))
    }
  }

  /// The margin under which a purchase lists a product (setting).
  public func minimumMargin() throws -> Percent {
    guard let text = try SettingsStore.value(db, key: Self.minimumMarginKey),
      let value = Int64(text)
    else { return Self.defaultMinimumMargin }
    return Percent(thousandths: value)
  }

  /// `configurar margen mínimo 25%`.
  public func setMinimumMargin(_ margin: Percent) throws {
    guard margin.thousandths >= -Limits.percent, margin.thousandths <= Limits.percent else {
      throw LimitError.overflow
    }
    try mutate { journal in
      let before = try minimumMargin()
      try SettingsStore.set(db, key: Self.minimumMarginKey, value: String(margin.thousandths))
      journal.record(
        "configurar.margen_minimo", entity: "settings", id: Self.minimumMarginKey,
        before: .decimal(thousandths: before.thousandths),
        after: .decimal(thousandths: margin.thousandths))
    }
  }

  /// Products among `ids` whose margin is under the minimum now.
  func lowMargins(_ ids: Set<Int64>) throws -> [MarginWarning] {
    let minimum = try minimumMargin()
    return try ids.sorted().compactMap { id in
      let product = try shop.catalog.product(id: id)
      guard let cost = product.cost else { return nil }
      let margin = product.margin
      guard margin.map({ $0 < minimum }) ?? true else { return nil }
      return MarginWarning(name: product.name, price: product.price, cost: cost, margin: margin)
    }
  }
}
