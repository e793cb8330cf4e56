import TiendaCore

/// Selling: `vender` (one line or ticket mode) and what works on the open
/// ticket: `agregar`, `pagar`, `total`, `quitar`, `descuento`, `cupón`,
/// `nota`, `regalo`, `boleta`, `cancelar`.
enum SaleCommands {
  static let all: [CommandSpec] = [
    sell, add, pay, total, remove, discount, coupon, note, gift, boleta, cancel,
  ]

  static let items = Param<[SaleItemRequest]>.positional(
    "productos", placeholder: "<cantidad> <producto>, …",
    help: "Productos separados por coma: «2 empanada pino, 0,75 kg tomate, 2 pan a 300».",
    completion: .products)

  static let payments = Param<[PaymentRequest]>.option(
    "pagar", key: "pagos", placeholder: "<medio> [monto] [ref …], …",
    help:
      "efectivo, débito, crédito, transferencia o un medio de la tienda; varios separados por coma.",
    completion: .paymentMethods)

  static let saleCustomer = Param<String>.option(
    "cliente", .name, placeholder: "<cliente>",
    help: "Nombre, RUT o teléfono del cliente: su lista de precios vale para la venta.",
    completion: .customers)

  static let saleSeller = Param<String>.option(
    "vendedor", .name, placeholder: "<vendedor>",
    help: "Quién vendió (no es el cajero): su comisión cuenta en «informe comisiones».",
    completion: .sellers)

  static let sell = CommandSpec(
    "vender", group: .sale,
    summary: "Vende: en una línea con «pagar», o abre el ticket para ir agregando productos.",
    details: """
      Con «pagar» la venta se registra de una vez y un pago que no cubre el total se rechaza.
      Sin «pagar» queda el ticket abierto: cada línea es un producto («2 empanada pino», un
      código de barras, «tomate 0,75», «importe 1000 tomate», «2 pan a 300») o un comando del
      ticket (quitar, descuento, cupón, nota, regalo, total, pagar, sostener, cancelar,
      boleta). Un producto cuyo nombre empieza como un comando se escribe entre comillas o
      con «+» delante.
      """,
    params: [items.spec, saleCustomer.spec, saleSeller.spec, payments.spec],
    examples: [
      "vender 2 empanada pino, 1 coca cola pagar efectivo 10000", "vender",
      "vender 2 pan amasado cliente juan pagar efectivo",
      "vender 0,75 kg tomate pagar débito ref 123456", "vender 1 pan pagar efectivo 5000, débito",
    ],
    mutates: true, right: .sell
  ) { call in
    let requests = call[items] ?? []
    if let pay = call[payments] {
      if requests.isEmpty { return try payOpenTicket(call, pay) }
      // A weight or an open price missing is asked at a terminal (issue 21).
      return try AskedItems.retrying(call, requests) { requests in
        try authorizePrices(call, requests)
        let outcome = try withStockOverride(call) { below in
          try withCreditOverride(call) {
            try call.shop.checkout.sellNow(
              SaleRequest(
                items: requests, payments: pay, belowZero: below, overLimit: $0,
                customer: call[saleCustomer], seller: call[saleSeller]))
          }
        }
        noteSale(outcome, call)
        return .lines(
          PointsTables.afterSale(
            CustomerAccountView.afterSale(
              TicketView(call.shop.settings.currency).outcome(outcome), outcome, shop: call.shop),
            outcome))
      }
    }
    // In ticket mode the seller is its own line (`vendedor ana`).
    if call[saleSeller] != nil { throw ShellError(SellerMessages.sellerInTicket) }
    if let customer = call[saleCustomer] {
      // `vender cliente juan [productos]`: the customer first, so the
      // lines take its prices.
      let (ticket, info) = try call.shop.tickets.setCustomer(customer)
      let shown = CustomerMessages.setOnTicket(
        info, ticket, account: CustomerAccountView.ticketLines(info, shop: call.shop))
      if requests.isEmpty { return .lines(shown) }
      return try addLines(call, requests)
    }
    if requests.isEmpty {
      if let open = try call.shop.tickets.resumeOrStartTicket() {
        return .lines(
          [Messages.ticketResumed(open.lines.count)]
            + TicketView(call.shop.settings.currency).breakdown(open))
      }
      return .message(Messages.ticketOpened)
    }
    return try addLines(call, requests)
  }

  static let add = CommandSpec(
    "agregar", aliases: ["+"], group: .sale,
    summary: "Agrega productos al ticket abierto (o abre uno). En el ticket basta escribirlos.",
    params: [addedItems.spec],
    examples: ["agregar 2 empanada pino", "agregar importe 1000 tomate", "+ \"Total pizza\""],
    mutates: true, right: .sell
  ) { call in
    try addLines(call, try call[addedItems])
  }

  static let addedItems = RequiredParam<[SaleItemRequest]>.positional(
    "productos", placeholder: "<cantidad> <producto>, …", help: "Como en «vender».",
    completion: .products)

  /// A line at a price other than the catalog's needs a right, asked
  /// before the sale's transaction (the approval dialog may wait for a
  /// supervisor). Only an item with `a <precio>` or `importe <monto>` can
  /// need it, so only those name their products here.
  static func authorizePrices(_ call: Invocation, _ requests: [SaleItemRequest]) throws {
    guard requests.contains(where: { $0.price != nil || $0.amount != nil }) else { return }
    let lines = try requests.map { try call.shop.tickets.resolveItem($0) }
    // An open-price product's price is the seller's to give (issue 21).
    if lines.contains(where: { !$0.product.openPrice && call.shop.tickets.needsPriceRight($0) }) {
      try call.context.authorize(.overridePrice)
    }
  }

  static func addLines(_ call: Invocation, _ requests: [SaleItemRequest]) throws -> CommandResult {
    try AskedItems.retrying(call, requests) { try addAsWritten(call, $0) }
  }

  static func addAsWritten(_ call: Invocation, _ requests: [SaleItemRequest]) throws
    -> CommandResult
  {
    try authorizePrices(call, requests)
    let added = try call.shop.tickets.addItems(requests)
    return .lines(
      TicketView(call.shop.settings.currency).added(
        added.lines, added.ticket, warnings: added.warnings))
  }

  /// Runs a sale; when stock is short, at a terminal, someone with the
  /// right may allow selling below zero (journaled as an approval).
  static func withStockOverride<T>(_ call: Invocation, _ body: (Bool) throws -> T) throws -> T {
    do {
      return try body(false)
    } catch let error as SaleError {
      guard case .notEnoughStock = error,
        try call.context.approveOverride(.sellBelowZero, why: call.context.describe(error))
      else { throw error }
      return try body(true)
    }
  }

  /// Runs a sale; when fiado passes the customer's limit, at a terminal,
  /// someone with `fiar-sobre-límite` may allow it (the approver is on the
  /// sale's journal row and on its own `cuenta.fiar_sobre_límite` row).
  static func withCreditOverride<T>(_ call: Invocation, _ body: (Bool) throws -> T) throws -> T {
    do {
      return try body(false)
    } catch let error as AccountError {
      switch error {
      case .overLimit, .overLimitMeanwhile: break
      default: throw error
      }
      // A logged-in supervisor or owner is the approval the limit asks
      // for: with nobody to ask (a script), their own right suffices.
      if !call.context.canAsk, call.shop.actor.userName != nil,
        (try? call.shop.users.authorize(.creditOverLimit)) != nil
      {
        return try body(true)
      }
      guard try call.context.approveOverride(.creditOverLimit, why: call.context.describe(error))
      else { throw error }
      return try body(true)
    }
  }

  static func payOpenTicket(_ call: Invocation, _ requests: [PaymentRequest]) throws
    -> CommandResult
  {
    let outcome = try withStockOverride(call) { below in
      try withCreditOverride(call) {
        try call.shop.checkout.payTicket(requests, belowZero: below, overLimit: $0)
      }
    }
    noteSale(outcome, call)
    return .lines(
      PointsTables.afterSale(
        CustomerAccountView.afterSale(
          TicketView(call.shop.settings.currency).outcome(outcome), outcome, shop: call.shop),
        outcome))
  }

  /// A sale committed: its hooks run after the command (`al vender ejecutar`).
  static func noteSale(_ outcome: PaymentOutcome, _ call: Invocation) {
    guard let sale = outcome.sale else { return }
    call.context.noteEvent(.sale, variables: ["venta": String(sale.number)])
  }

  static let pay = CommandSpec(
    "pagar", group: .sale,
    summary:
      "Cobra el ticket abierto; un pago corto queda anotado y el ticket muestra lo que falta.",
    details: """
      Los pagos con tarjeta o transferencia no pueden superar lo que falta; el efectivo da
      vuelto y se redondea a $10 (Ley 20.956) cuando salda el total.
      """,
    params: [paid.spec],
    examples: ["pagar efectivo 10000", "pagar débito ref 123456", "pagar efectivo 5000, débito"],
    mutates: true, right: .sell
  ) { call in
    try payOpenTicket(call, try call[paid])
  }

  static let paid = RequiredParam<[PaymentRequest]>.positional(
    "pagos", placeholder: "<medio> [monto] [ref …], …",
    help:
      "efectivo, débito, crédito, transferencia o un medio de la tienda; varios separados por coma.",
    completion: .paymentMethods)

  static let total = CommandSpec(
    "total", group: .sale,
    summary: "Muestra el ticket abierto: líneas, descuentos, impuestos, pagos y lo que falta.",
    examples: ["total"], access: .loggedIn
  ) { call in
    guard let ticket = try call.shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
    return .lines(TicketView(call.shop.settings.currency).breakdown(ticket))
  }

  static let remove = CommandSpec(
    "quitar", group: .sale,
    summary: "Quita una línea del ticket, o parte de la cantidad de un producto.",
    params: [removedLine.spec, removedProduct.spec, removedQuantity.spec],
    examples: ["quitar línea 2", "quitar empanada pino", "quitar empanada pino 1"],
    mutates: true, right: .sell
  ) { call in
    let removal: Tickets.Removal
    if let n = call[removedLine] {
      removal = .line(Int(n))
    } else if let product = call[removedProduct] {
      let q = call[removedQuantity]
      removal = .product(product, quantity: q?.quantity, unit: q?.unit)
    } else {
      guard try call.shop.tickets.openTicket() != nil else { throw SaleError.noOpenTicket }
      throw ShellError(Messages.usage(call.spec.usage))
    }
    let (before, ticket) = try call.shop.tickets.remove(removal)
    return .lines(
      [
        removalText(before, ticket),
        Messages.ticketRunning(
          articles: ticket.articleCount, total: ticket.totals.total, call.shop.settings.currency),
      ])
  }

  static let removedLine = Param<Int64>.option(
    "línea", key: "linea", placeholder: "<n>", help: "El número de línea.")
  static let removedProduct = Param<String>.positional(
    "producto", .name, placeholder: "<producto>", help: "El producto a quitar.",
    completion: .products)
  static let removedQuantity = Param<QuantityArg>.positional(
    "cantidad", placeholder: "<cantidad>", help: "Cuánto quitar (sin cantidad, la línea entera).")

  /// What `quitar` did: a whole line, or some units of one (compared line
  /// by line, before and after).
  static func removalText(_ before: Ticket, _ after: Ticket) -> String {
    let same = { (a: TicketLine, b: TicketLine) in
      a.product.id == b.product.id && a.quantity == b.quantity
    }
    if after.lines.count == before.lines.count {
      for (i, (old, now)) in zip(before.lines, after.lines).enumerated()
      where now.quantity < old.quantity {
        return Messages.unitsRemoved(
          Quantity(thousandths: old.quantity.thousandths - now.quantity.thousandths),
          of: old.product.name, old.product.unit, line: i + 1, left: now.quantity)
      }
    }
    let i =
      before.lines.indices.first {
        $0 >= after.lines.count || !same(before.lines[$0], after.lines[$0])
      }
      ?? before.lines.count - 1
    return Messages.lineRemoved(i + 1, before.lines[i].product.name)
  }

  static let discount = CommandSpec(
    "descuento", group: .sale,
    summary: "Descuenta un porcentaje o un monto del ticket entero o de una línea.",
    details: """
      A lo más un % y un $ por línea y por ticket (uno nuevo reemplaza al anterior). El
      descuento del ticket se reparte entre las líneas. Sobre el tope de su rol, un supervisor
      debe autorizarlo.
      """,
    params: [discountValue.spec, onlyLine.spec],
    examples: ["descuento 10%", "descuento $500 línea 1", "descuento 5% línea 2"],
    mutates: true, right: .sell
  ) { call in
    guard let ticket = try call.shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
    let rule = try discountRule(call)
    let line = call[onlyLine].map { Int($0) }
    _ = try call.shop.tickets.discountShare(rule, line: line, in: ticket)  // refuses what cannot be
    try call.context.authorizeDiscount(rule, line: line, in: ticket)
    let updated = try call.shop.tickets.setDiscount(rule, line: line)
    return .lines(
      [discountText(rule, line: line, before: ticket)]
        + [
          Messages.ticketRunning(
            articles: updated.articleCount, total: updated.totals.total, call.shop.settings.currency
          )
        ])
  }

  static let discountValue = RequiredParam<String>.positional(
    "valor", .text, placeholder: "<n%>|<$monto>", help: "10% o $500.")
  static let onlyLine = Param<Int64>.option(
    "línea", key: "linea", placeholder: "<n>", help: "Sólo esa línea.")

  /// `descuento 0%` (or `$0`) removes that part: said so, or that there was
  /// none to remove.
  static func discountText(_ rule: DiscountRule, line: Int?, before: Ticket) -> String {
    let removesPercent = rule.percent?.thousandths == 0
    let removesAmount = rule.amount == .zero
    guard removesPercent || removesAmount else { return Messages.discountSet }
    let had: Bool
    if let line {
      let old = before.lines[line - 1]
      had =
        (removesPercent && old.discountPercent != nil)
        || (removesAmount && old.discountAmount != nil)
    } else {
      had =
        (removesPercent && before.discount.percent != nil)
        || (removesAmount && before.discount.amount != nil)
    }
    return had ? Messages.discountRemoved : Messages.noDiscountToRemove
  }

  static func discountRule(_ call: Invocation) throws -> DiscountRule {
    let text = try call[discountValue]
    let span = call.spans[discountValue.spec.key] ?? (1, 1)
    let token = Token(kind: .word, text: text, column: span.column, length: span.length)
    if text.hasSuffix("%") { return DiscountRule(percent: try Literals.percent(token)) }
    // A bare number could be either: the cashier says which.
    guard text.hasPrefix("$") || text.hasPrefix(call.shop.settings.currency.symbol) else {
      throw ShellError(Messages.percentOrAmount(text), at: token)
    }
    return DiscountRule(amount: try Literals.money(token, currency: call.shop.settings.currency))
  }

  static let coupon = CommandSpec(
    "cupón", group: .sale,
    summary: "Aplica un cupón al ticket (revisa vigencia, mínimo y usos).",
    details: "Un ticket lleva un solo cupón: uno nuevo reemplaza al anterior, y lo dice.",
    params: [couponCode.spec], examples: ["cupón VERANO10"], mutates: true, right: .sell
  ) { call in
    let applied = try call.shop.tickets.applyCouponReporting(try call[couponCode])
    let ticket = applied.ticket
    let totals = ticket.totals
    let code = applied.coupon.code
    // One coupon per ticket: a new one replaces the old, and says so.
    let currency = call.shop.settings.currency
    let said: String
    if let previous = applied.previous {
      said =
        previous.id == applied.coupon.id
        ? Messages.couponAgain(code, totals.couponDiscount, currency)
        : Messages.couponReplaced(code, old: previous.code, totals.couponDiscount, currency)
    } else {
      said = Messages.couponApplied(code, totals.couponDiscount, currency)
    }
    return .lines([
      said,
      Messages.ticketRunning(
        articles: ticket.articleCount, total: totals.total, call.shop.settings.currency),
    ])
  }

  static let couponCode = RequiredParam<String>.positional(
    "codigo", .text, placeholder: "<código>", help: "El código del cupón.")

  static let note = CommandSpec(
    "nota", group: .sale,
    summary: "Anota algo en el ticket o en una línea («sin cebolla»).",
    params: [noteText.spec, onlyLine.spec],
    examples: ["nota \"sin cebolla\" línea 1", "nota \"retira mañana\""],
    mutates: true, right: .sell
  ) { call in
    try call.shop.tickets.setNote(try call[noteText], line: call[onlyLine].map { Int($0) })
    return .message(Messages.noteSaved)
  }

  static let noteText = RequiredParam<String>.positional(
    "texto", .text, placeholder: "\"…\"", help: "La nota.")

  static let gift = CommandSpec(
    "regalo", group: .sale,
    summary: "Marca el ticket (o una línea) para ticket de regalo, sin precios.",
    details: "Con «línea N» el ticket de regalo lleva sólo las líneas marcadas; sin línea, todas.",
    params: [onlyLine.spec], examples: ["regalo", "regalo línea 2"], mutates: true, right: .sell
  ) { call in
    let line = call[onlyLine].map { Int($0) }
    let ticket = try call.shop.tickets.markGift(line: line)
    guard let line, ticket.lines.indices.contains(line - 1) else {
      return .message(Messages.giftSaved)
    }
    return .message(Messages.giftLineSaved(line, ticket.lines[line - 1].product.name))
  }

  static let boleta = CommandSpec(
    "boleta", group: .sale,
    summary: "Anota el número de la boleta emitida aparte (tienda no emite boletas).",
    params: [boletaNumber.spec], examples: ["boleta 123456"], mutates: true, right: .sell
  ) { call in
    let number = try call[boletaNumber]
    try call.shop.tickets.setBoleta(number)
    return .message(Messages.boletaSaved(number))
  }

  static let boletaNumber = RequiredParam<String>.positional(
    "numero", .text, placeholder: "<número>", help: "El número de la boleta.")

  static let cancel = CommandSpec(
    "cancelar", group: .sale,
    summary: "Cancela el ticket abierto (queda en la bitácora con sus líneas).",
    params: [cancelReason.spec],
    examples: ["cancelar", "cancelar motivo \"cliente se arrepintió\""],
    mutates: true, right: .sell
  ) { call in
    let ticket = try call.shop.tickets.cancelTicket(reason: call[cancelReason] ?? "")
    return .message(Messages.cancelled(ticket.payments, call.shop.settings.currency))
  }

  static let cancelReason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué.")
}
