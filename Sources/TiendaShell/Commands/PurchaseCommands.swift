import TiendaCore

/// Purchases (issue 18): receiving goods as an open document, the one-line
/// `comprar a`, the purchase ledger, paying and voiding, debts.
enum PurchaseCommands {
  static let all: [CommandSpec] = [
    receive, addLines, removeLine, total, cancel, confirm, buy, list, show, settle, void, debts,
    minimumMargin, PurchaseImport.spec,
  ]

  static let supplier = RequiredParam<String>.positional(
    "proveedor", .name, placeholder: "<proveedor>", help: "El proveedor.",
    completion: .suppliers)
  static let invoice = Param<String>.option(
    "factura", .text, placeholder: "<número>", help: "Número de la factura.")
  static let date = Param<LocalDate>.option(
    "fecha", placeholder: "<fecha>", help: "Fecha de la factura (por omisión, hoy).")
  static let due = Param<LocalDate>.option(
    "vence", placeholder: "<fecha>", help: "Cuándo vence el pago.")
  static let prices = Param<String>.option(
    "precios", .name, placeholder: "con iva",
    help: "Precios con IVA (boleta): el IVA es parte del costo.")
  static let items = RequiredParam<[SaleItemRequest]>.positional(
    "líneas", placeholder: "<cantidad> <producto> a <costo>, …",
    help: "Costo unitario neto (o con IVA con «precios con iva»); o «importe <total de la línea>».",
    completion: .products)
  static let paidWith = Param<String>.option(
    "pagada", .text, placeholder: "efectivo|transferencia|…",
    help: "Pagada al registrarla; efectivo sale de la caja.", completion: .paymentMethods)
  static let reference = Param<String>.option(
    "ref", .text, placeholder: "<referencia>", help: "Número de la transferencia o el cheque.")
  static let number = RequiredParam<Int64>.positional(
    "número", placeholder: "<N>", help: "Número de la compra.")
  static let line = RequiredParam<Int64>.option(
    "línea", placeholder: "<N>", help: "Número de línea.")
  static let method = Param<String>.positional(
    "medio", .text, placeholder: "efectivo|transferencia|…",
    help: "Por omisión, transferencia; efectivo sale de la caja.", completion: .paymentMethods)
  static let amount = Param<Money>.positional(
    "monto", placeholder: "<monto>", help: "Por omisión, todo lo que se debe.")
  static let cancelReason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (queda en el registro); opcional.")
  static let reason = RequiredParam<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué se anula.")
  static let period = Param<Period>.positional(
    "período", placeholder: "<período>", help: "hoy, semana, mes, diciembre, desde … hasta ….")
  static let pending = FlagParam("pendientes", help: "Sólo las que se deben.")
  static let ofSupplier = Param<String>.option(
    "proveedor", .name, placeholder: "<proveedor>", help: "Sólo de un proveedor.",
    completion: .suppliers)
  static let margin = RequiredParam<Percent>.positional(
    "porcentaje", placeholder: "<porcentaje>", help: "p. ej. 20%.")

  static func header(_ call: Invocation, supplier name: String? = nil) throws -> PurchaseHeader {
    var gross = false
    if let p = call[prices] {
      guard ["con iva", "brutos"].contains(fold(p)) || fold(p) == "netos" || fold(p) == "sin iva"
      else { throw ShellError(Messages.usage(call.spec.usage)) }
      gross = ["con iva", "brutos"].contains(fold(p))
    }
    return PurchaseHeader(
      supplier: try name ?? call[supplier], invoice: call[invoice], invoiceDate: call[date],
      dueDate: call[due], grossPrices: gross)
  }

  /// `pagada efectivo`: cash from the register needs `retirar` (supervisor).
  static func payment(_ call: Invocation, _ method: String?, amount: Money? = nil) throws
    -> PurchasePaymentRequest?
  {
    guard let method else { return nil }
    if fold(method) == "efectivo" {
      // One approval: a supervisor who just approved `compras` for this
      // command and also holds `retirar` covers the cash too.
      let approver = call.shop.context.approvedBy.flatMap { try? call.shop.users.findUser($0) }
      if approver?.role.rights.contains(.withdrawCash) != true {
        try call.context.authorize(.withdrawCash)
      }
    }
    return PurchasePaymentRequest(method: method, amount: amount, reference: call[reference])
  }

  /// `saldar compra 3 20000`, `saldar gasto 3 $5.000`: an amount written
  /// where the method may go is the amount, paid by the default method.
  static func methodOrAmount(_ call: Invocation, _ method: Param<String>, _ amount: Param<Money>)
    throws -> (method: String?, amount: Money?)
  {
    guard let text = call[method], call[amount] == nil,
      let first = text.first(where: { $0 != "-" }), first.isASCIIDigit || first == "$"
    else { return (call[method], call[amount]) }
    let column = call.spans[method.spec.key]?.column ?? 0
    let token = Token(kind: .word, text: text, column: column, length: text.count)
    return (nil, try Literals.money(token, currency: call.shop.settings.currency))
  }

  static func result(_ call: Invocation, _ r: PurchaseResult) -> CommandResult {
    .lines(PurchaseView(call.shop.settings.currency).result(r))
  }

  static let receive = CommandSpec(
    "recibir compra", group: .stock,
    summary: "Abre una compra a un proveedor: luego se escriben sus líneas y «confirmar».",
    details: """
      Como un ticket: una línea por producto (24 coca cola a 1100, 10 kg tomate a 700), «quitar
      línea N», «total», «confirmar [pagada …]» o «cancelar». Precios netos, como en la factura;
      los impuestos del producto se suman a lo pagado.
      """,
    params: [supplier.spec, invoice.spec, date.spec, due.spec, prices.spec],
    examples: [
      "recibir compra \"Distribuidora Sur\" factura 1234 vence 31-12-2026",
      "recibir compra feria precios con iva",
    ],
    mutates: true, right: .purchases
  ) { call in
    let typed = try header(call)
    let (purchase, adopted, notOpened) = try call.shop.purchases.open(typed)
    var out = [Messages.purchaseOpened(purchase, adopted: adopted)]
    if notOpened { out.append(Messages.purchaseNotOpened(typed)) }
    if adopted { out += PurchaseView(call.shop.settings.currency).lines(purchase, recorded: false) }
    return .lines(out)
  }

  /// `24 coca cola importe 26400`: in a purchase, `importe <total>` after
  /// the product is the line's amount (unit cost = importe ÷ cantidad,
  /// rounded to the peso, half up); the sale grammar, which only reads it
  /// first, is not changed.
  static func purchaseItems(_ call: Invocation) throws -> [SaleItemRequest] {
    try call[items].map { item in
      var words = item.query.split(separator: " ").map(String.init)
      guard item.price == nil, item.amount == nil, words.count >= 3,
        fold(words[words.count - 2]) == "importe",
        let last = words.last?.first, last.isNumber || last == "$"
      else { return item }
      let text = words.removeLast()
      words.removeLast()
      var out = item
      out.amount = try Literals.money(
        Token(kind: .word, text: text, column: 0, length: text.count),
        currency: call.shop.settings.currency)
      out.query = words.joined(separator: " ")
      out.trailingQuery = nil
      out.trailingQuantity = nil
      out.trailingUnit = nil
      return out
    }
  }

  static let addLines = CommandSpec(
    "agregar a compra", group: .stock,
    summary: "Agrega líneas a la compra abierta (en la compra basta escribirlas).",
    params: [items.spec], examples: ["agregar a compra 24 coca cola a 1100"],
    mutates: true, right: .purchases
  ) { call in
    let p = try call.shop.purchases.addLines(try purchaseItems(call))
    return .message(Messages.purchaseRunning(p, call.shop.settings.currency))
  }

  static let removeLine = CommandSpec(
    "quitar de compra", group: .stock,
    summary: "Quita una línea de la compra abierta (en la compra: «quitar línea N»).",
    params: [line.spec], examples: ["quitar de compra línea 2"],
    mutates: true, right: .purchases
  ) { call in
    let (removed, p) = try call.shop.purchases.removeLine(Int(try call[line]))
    return .lines([
      Messages.purchaseLineRemoved(removed),
      Messages.purchaseRunning(p, call.shop.settings.currency),
    ])
  }

  static let total = CommandSpec(
    "total de compra", group: .stock,
    summary: "Muestra la compra abierta (en la compra: «total»).",
    examples: ["total de compra"], right: .purchases
  ) { call in
    guard let p = try call.shop.purchases.openPurchase() else {
      throw PurchaseError.noOpenPurchase
    }
    return .lines(PurchaseView(call.shop.settings.currency).lines(p, recorded: false))
  }

  static let cancel = CommandSpec(
    "cancelar compra", group: .stock,
    summary: "Cancela la compra abierta sin registrar nada (en la compra: «cancelar»).",
    params: [cancelReason.spec],
    examples: ["cancelar compra", "cancelar compra motivo \"factura equivocada\""],
    mutates: true, right: .purchases
  ) { call in
    .message(Messages.purchaseCancelled(try call.shop.purchases.cancel(reason: call[cancelReason])))
  }

  static let confirm = CommandSpec(
    "confirmar compra", aliases: ["confirmar"], group: .stock,
    summary: "Registra la compra abierta: suma su stock y recalcula el costo promedio.",
    details: """
      El costo nuevo es el promedio ponderado (stock × costo + cantidad × costo de compra) /
      (stock + cantidad), redondeado al peso; con stock 0 o negativo, el costo de la compra.
      El precio no cambia: se listan los productos con margen bajo el mínimo.
      """,
    params: [paidWith.spec, reference.spec],
    examples: [
      "confirmar", "confirmar pagada transferencia ref 55012", "confirmar pagada efectivo",
    ],
    mutates: true, right: .purchases
  ) { call in
    let r = try call.shop.purchases.confirm(payment: try payment(call, call[paidWith]))
    return result(call, r)
  }

  static let buy = CommandSpec(
    "comprar a", group: .stock,
    summary: "Registra una compra en una línea: proveedor, factura y sus líneas tras «: ».",
    params: [
      supplier.spec, invoice.spec, date.spec, due.spec, prices.spec, items.spec, paidWith.spec,
      reference.spec,
    ],
    examples: [
      "comprar a \"Distribuidora Sur\" factura 1234: 24 coca cola a 1100, 10 pan amasado a 150",
      "comprar a feria: 10 kg tomate a 700 pagada efectivo",
    ],
    mutates: true, right: .purchases
  ) { call in
    let r = try call.shop.purchases.buy(
      try header(call), items: try purchaseItems(call), payment: try payment(call, call[paidWith]))
    return result(call, r)
  }

  static let list = CommandSpec(
    "listar compras", aliases: ["compras"], group: .stock,
    summary: "Lista las compras: fecha, proveedor, factura, total, saldo y estado.",
    params: [period.spec, pending.spec, ofSupplier.spec],
    examples: ["listar compras mes", "listar compras pendientes", "listar compras como csv"],
    listing: true, right: .purchases
  ) { call in
    let filter = PurchaseFilter(
      period: call[period], pendingOnly: call[pending], supplier: call[ofSupplier])
    return .table(PurchaseTables.purchases(try call.shop.purchases.list(filter)))
  }

  static let show = CommandSpec(
    "ver compra", group: .stock,
    summary: "Muestra una compra: líneas, costos antes y después, impuestos, pagos y saldo.",
    params: [number.spec], examples: ["ver compra 3"], right: .purchases
  ) { call in
    .lines(
      PurchaseView(call.shop.settings.currency).lines(
        try call.shop.purchases.show(try call[number]), recorded: true))
  }

  static let settle = CommandSpec(
    "saldar compra", group: .stock,
    summary: "Paga (todo o parte de) una compra; en efectivo sale de la caja abierta.",
    params: [number.spec, method.spec, amount.spec, reference.spec],
    examples: [
      "saldar compra 3 transferencia ref 99812", "saldar compra 3 efectivo 20000",
    ],
    mutates: true, right: .purchases
  ) { call in
    let (chosen, sum) = try methodOrAmount(call, method, amount)
    let request = try payment(call, chosen ?? "transferencia", amount: sum)!
    let (paid, p) = try call.shop.purchases.settle(try call[number], request)
    return .message(Messages.purchasePaid(paid, p, call.shop.settings.currency))
  }

  static let void = CommandSpec(
    "anular compra", group: .stock,
    summary: "Anula una compra: su stock sale con movimientos de anulación.",
    details: """
      El costo vuelve al de antes sólo si nada movió el producto desde la compra; si no, queda.
      Si un producto quedaría bajo cero y no se vende sin stock, no se anula nada.
      """,
    params: [number.spec, reason.spec], examples: ["anular compra 3 motivo \"factura duplicada\""],
    mutates: true, right: .purchases
  ) { call in
    let r = try call.shop.purchases.void(try call[number], reason: try call[reason])
    return .lines(
      [Messages.purchaseVoided(r.purchase, call.shop.settings.currency)]
        + PurchaseView(call.shop.settings.currency).result(r).dropFirst())
  }

  static let debts = CommandSpec(
    "deudas con proveedores", group: .stock,
    summary: "Compras sin pagar o pagadas en parte, por proveedor, con vencimiento.",
    examples: ["deudas con proveedores", "deudas con proveedores como csv"], listing: true,
    right: .purchases
  ) { call in
    .table(PurchaseTables.debts(try call.shop.purchases.debts(), call.shop.settings.currency))
  }

  static let minimumMargin = CommandSpec(
    "configurar margen mínimo", group: .stock,
    summary: "El margen bajo el cual, tras una compra, se listan los productos (20% si no).",
    params: [margin.spec], examples: ["configurar margen mínimo 25%"],
    mutates: true, right: .purchases
  ) { call in
    let m = try call[margin]
    try call.shop.purchases.setMinimumMargin(m)
    return .message(Messages.minimumMarginSet(m))
  }
}
