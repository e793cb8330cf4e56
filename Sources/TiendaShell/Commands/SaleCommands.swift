import TiendaCore

/// Selling: `vender` (one line or ticket mode) and what works on the open
/// ticket: `agregar`, `pagar`, `total`, `quitar`, `descuento`, `cupón`,
/// `nota`, `regalo`, `boleta`, `cancelar`.
enum SaleCommands {
  static let all: [CommandSpec] = [
    sell, add, pay, total, remove, discount, coupon, note, gift, boleta, cancel,
  ]

  static let items = ParamSpec.positional(
    "productos", .saleItems, required: false, placeholder: "<cantidad> <producto>, …",
    help: "Productos separados por coma: «2 empanada pino, 0,75 kg tomate, 2 pan a 300».",
    completion: .products)

  static let payments = ParamSpec.option(
    "pagar", .payments, key: "pagos", placeholder: "<medio> [monto] [ref …], …",
    help: "efectivo, débito, crédito o transferencia; varios separados por coma.")

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
    params: [items, payments],
    examples: [
      "vender 2 empanada pino, 1 coca cola pagar efectivo 10000", "vender",
      "vender 0,75 kg tomate pagar débito ref 123456", "vender 1 pan pagar efectivo 5000, débito",
    ],
    mutates: true, right: .sell
  ) { call in
    let requests = call.saleItems("productos")
    if let pay = call.payments("pagos") {
      if requests.isEmpty { return try payOpenTicket(call, pay) }
      let lines = try resolve(call, requests)
      let outcome = try withStockOverride(call) {
        try call.shop.checkout.sellNow(lines, pay, belowZero: $0)
      }
      return .lines(TicketView(call.shop.settings.currency).outcome(outcome))
    }
    if requests.isEmpty {
      if let open = try call.shop.tickets.openTicket() {
        return .lines(
          [Messages.ticketResumed(open.lines.count)]
            + TicketView(call.shop.settings.currency).breakdown(open))
      }
      try call.shop.tickets.startTicket()
      return .message(Messages.ticketOpened)
    }
    return try addLines(call, requests)
  }

  static let add = CommandSpec(
    "agregar", aliases: ["+"], group: .sale,
    summary: "Agrega productos al ticket abierto (o abre uno). En el ticket basta escribirlos.",
    params: [
      .positional(
        "productos", .saleItems, placeholder: "<cantidad> <producto>, …",
        help: "Como en «vender».", completion: .products)
    ],
    examples: ["agregar 2 empanada pino", "agregar importe 1000 tomate", "+ \"Total pizza\""],
    mutates: true, right: .sell
  ) { call in
    try addLines(call, call.saleItems("productos"))
  }

  static func resolve(_ call: Invocation, _ requests: [SaleItemRequest]) throws -> [TicketLine] {
    let lines = try requests.map { try call.shop.tickets.resolveItem($0) }
    if lines.contains(where: call.shop.tickets.needsPriceRight) {
      try call.context.authorize(.overridePrice)
    }
    return lines
  }

  static func addLines(_ call: Invocation, _ requests: [SaleItemRequest]) throws -> CommandResult {
    let lines = try resolve(call, requests)
    let (ticket, warnings) = try call.shop.tickets.addToTicket(lines)
    return .lines(TicketView(call.shop.settings.currency).added(lines, ticket, warnings: warnings))
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

  static func payOpenTicket(_ call: Invocation, _ requests: [PaymentRequest]) throws
    -> CommandResult
  {
    let outcome = try withStockOverride(call) {
      try call.shop.checkout.payTicket(requests, belowZero: $0)
    }
    return .lines(TicketView(call.shop.settings.currency).outcome(outcome))
  }

  static let pay = CommandSpec(
    "pagar", group: .sale,
    summary:
      "Cobra el ticket abierto; un pago corto queda anotado y el ticket muestra lo que falta.",
    details: """
      Los pagos con tarjeta o transferencia no pueden superar lo que falta; el efectivo da
      vuelto y se redondea a $10 (Ley 20.956) cuando salda el total.
      """,
    params: [
      .positional(
        "pagos", .payments, placeholder: "<medio> [monto] [ref …], …",
        help: "efectivo, débito, crédito o transferencia; varios separados por coma.")
    ],
    examples: ["pagar efectivo 10000", "pagar débito ref 123456", "pagar efectivo 5000, débito"],
    mutates: true, right: .sell
  ) { call in
    try payOpenTicket(call, call.payments("pagos") ?? [])
  }

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
    params: [
      .option("línea", .integer, key: "linea", placeholder: "<n>", help: "El número de línea."),
      .positional(
        "producto", .name, required: false, placeholder: "<producto>",
        help: "El producto a quitar.", completion: .products),
      .positional(
        "cantidad", .quantity, required: false, placeholder: "<cantidad>",
        help: "Cuánto quitar (sin cantidad, la línea entera)."),
    ],
    examples: ["quitar línea 2", "quitar empanada pino", "quitar empanada pino 1"],
    mutates: true, right: .sell
  ) { call in
    guard let before = try call.shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
    if let n = call.integer("linea") {
      try call.shop.tickets.removeLine(Int(n))
    } else if let product = call.text("producto") {
      let q = call.quantity("cantidad")
      try call.shop.tickets.removeProduct(product, quantity: q?.0, unit: q?.1)
    } else {
      throw ShellError(Messages.usage(call.spec.usage))
    }
    guard let ticket = try call.shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
    return .lines(
      [
        removalText(before, ticket),
        Messages.ticketRunning(
          articles: ticket.articleCount, total: ticket.totals.total, call.shop.settings.currency),
      ])
  }

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
    params: [
      .positional(
        "valor", .text, placeholder: "<n%>|<$monto>", help: "10% o $500."),
      .option("línea", .integer, key: "linea", placeholder: "<n>", help: "Sólo esa línea."),
    ],
    examples: ["descuento 10%", "descuento $500 línea 1", "descuento 5% línea 2"],
    mutates: true, right: .sell
  ) { call in
    guard let ticket = try call.shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
    let rule = try discountRule(call)
    let line = call.integer("linea").map { Int($0) }
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
    let text = call.text("valor") ?? ""
    let span = call.spans["valor"] ?? (1, 1)
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
    params: [.positional("codigo", .text, placeholder: "<código>", help: "El código del cupón.")],
    examples: ["cupón VERANO10"], mutates: true, right: .sell
  ) { call in
    let previous = try call.shop.tickets.openTicket()?.coupon
    let ticket = try call.shop.tickets.applyCoupon(call.text("codigo")!)
    let totals = ticket.totals
    let code = ticket.coupon!.code
    // One coupon per ticket: a new one replaces the old, and says so.
    let said =
      previous == nil
      ? Messages.couponApplied(code, totals.couponDiscount, call.shop.settings.currency)
      : previous!.id == ticket.coupon!.id
        ? Messages.couponAgain(code, totals.couponDiscount, call.shop.settings.currency)
        : Messages.couponReplaced(
          code, old: previous!.code, totals.couponDiscount, call.shop.settings.currency)
    return .lines([
      said,
      Messages.ticketRunning(
        articles: ticket.articleCount, total: totals.total, call.shop.settings.currency),
    ])
  }

  static let note = CommandSpec(
    "nota", group: .sale,
    summary: "Anota algo en el ticket o en una línea («sin cebolla»).",
    params: [
      .positional("texto", .text, placeholder: "\"…\"", help: "La nota."),
      .option("línea", .integer, key: "linea", placeholder: "<n>", help: "Sólo esa línea."),
    ],
    examples: ["nota \"sin cebolla\" línea 1", "nota \"retira mañana\""],
    mutates: true, right: .sell
  ) { call in
    try call.shop.tickets.setNote(call.text("texto")!, line: call.integer("linea").map { Int($0) })
    return .message(Messages.noteSaved)
  }

  static let gift = CommandSpec(
    "regalo", group: .sale,
    summary: "Marca el ticket (o una línea) para ticket de regalo, sin precios.",
    details: "Con «línea N» el ticket de regalo lleva sólo las líneas marcadas; sin línea, todas.",
    params: [.option("línea", .integer, key: "linea", placeholder: "<n>", help: "Sólo esa línea.")],
    examples: ["regalo", "regalo línea 2"], mutates: true, right: .sell
  ) { call in
    let line = call.integer("linea").map { Int($0) }
    let ticket = try call.shop.tickets.markGift(line: line)
    guard let line else { return .message(Messages.giftSaved) }
    return .message(Messages.giftLineSaved(line, ticket.lines[line - 1].product.name))
  }

  static let boleta = CommandSpec(
    "boleta", group: .sale,
    summary: "Anota el número de la boleta emitida aparte (tienda no emite boletas).",
    params: [
      .positional("numero", .text, placeholder: "<número>", help: "El número de la boleta.")
    ],
    examples: ["boleta 123456"], mutates: true, right: .sell
  ) { call in
    try call.shop.tickets.setBoleta(call.text("numero")!)
    return .message(Messages.boletaSaved(call.text("numero")!))
  }

  static let cancel = CommandSpec(
    "cancelar", group: .sale,
    summary: "Cancela el ticket abierto (queda en la bitácora con sus líneas).",
    params: [.option("motivo", .name, placeholder: "\"…\"", help: "Por qué.")],
    examples: ["cancelar", "cancelar motivo \"cliente se arrepintió\""],
    mutates: true, right: .sell
  ) { call in
    let ticket = try call.shop.tickets.cancelTicket(reason: call.text("motivo") ?? "")
    return .message(Messages.cancelled(paid: ticket.paid, call.shop.settings.currency))
  }
}
