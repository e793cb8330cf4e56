import TiendaCore

/// Orders (pedidos, issue 20 A): `crear pedido`, the one-line `pedido`,
/// `guardar`, `seña`, `pedidos`, `ver pedido`, `editar pedido`, `preparar
/// pedido`, `pedido N listo`, `entregar pedido`, `anular pedido`.
enum OrderCommands {
  static let all: [CommandSpec] = [
    create, placeLine, save, cancelDraft, deposit, list, show, edit, prepare, ready, deliver,
    cancel,
  ]

  static let customer = Param<String>.option(
    "cliente", .name, placeholder: "<cliente>",
    help: "Un cliente registrado (nombre, RUT o teléfono) o el nombre de quien encarga.",
    completion: .customers)
  static let phone = Param<String>.option(
    "teléfono", .text, placeholder: "<teléfono>", help: "Teléfono de contacto.")
  static let due = Param<String>.option(
    "para", .name, placeholder: "<fecha> [HH:MM]",
    help: "Cuándo se entrega: mañana 12:00, 24-12-2026 18:00, hoy 18:00.")
  static let delivery = Param<[String]>.option(
    "entrega", .list, placeholder: "retiro|despacho \"<dirección>\"",
    help: "Retiro en la tienda (por omisión) o despacho a una dirección.")
  static let note = Param<String>.option(
    "nota", .text, placeholder: "\"<texto>\"", help: "Una nota del pedido.")
  static let number = RequiredParam<Int64>.positional(
    "número", placeholder: "<N>", help: "El número del pedido.")
  static let depositPayment = Param<[PaymentRequest]>.option(
    "seña", key: "seña", placeholder: "<medio> <monto>",
    help: "Una seña: efectivo, débito, crédito, transferencia o un medio de la tienda.",
    completion: .paymentMethods)

  static let create = CommandSpec(
    "crear pedido", group: .sale,
    summary: "Abre un pedido en esta terminal: productos, nota, descuento, seña; luego guardar.",
    details: """
      El pedido se arma como un ticket: cada línea es un producto y valen nota, descuento,
      quitar y total. «seña efectivo 5000» anota una seña, que entra a la caja al guardar.
      Termine con «guardar» (el pedido queda con los precios de ese momento) o «cancelar».
      """,
    params: [customer.spec, phone.spec, due.spec, delivery.spec, note.spec],
    examples: [
      "crear pedido cliente ana para mañana 12:00 entrega retiro",
      "crear pedido cliente \"Oficina Sur\" para 24-12-2026 18:00 entrega despacho \"Av. Matta 123\"",
    ],
    mutates: true, right: .sell
  ) { call in
    let draft = try call.shop.orders.open(try header(call))
    return .message(OrderMessages.opened(draft))
  }

  static let lineCustomer = Param<String>.positional(
    "cliente", .name, placeholder: "<cliente>", help: "Quién encarga; «: » antes de los productos.",
    completion: .customers)
  static let lineItems = Param<[SaleItemRequest]>.positional(
    "productos", placeholder: "<cantidad> <producto>, …", help: "Productos separados por coma.",
    completion: .products)

  static let placeLine = CommandSpec(
    "pedido", group: .sale,
    summary: "Toma un pedido en una línea, o marca uno listo (pedido N listo).",
    params: [
      lineCustomer.spec, lineItems.spec, phone.spec, due.spec, delivery.spec, note.spec,
      depositPayment.spec,
    ],
    examples: [
      "pedido ana: 2 torta mil hojas, 40 empanada pino para mañana 12:00 entrega retiro seña transferencia 10000",
      "pedido 3 listo",
    ],
    mutates: true, right: .sell
  ) { call in
    let items = call[lineItems] ?? []
    let who = call[lineCustomer] ?? ""
    if items.isEmpty {
      let words = who.split(separator: " ").map(String.init)
      if words.count == 2, fold(words[1]) == "listo", let n = Int64(words[0]) {
        return .message(OrderMessages.moved(try call.shop.orders.markReady(n)))
      }
      if !who.isEmpty { throw ShellError(OrderMessages.colonMissing(words)) }
      throw ShellError(Messages.missingArgument("<cantidad> <producto>, …", command: "pedido"))
    }
    var head = try header(call)
    if !who.isEmpty { head.customer = who }
    let pay = call[depositPayment]
    if let pay, pay.count > 1 { throw OrderError.depositAmountMissing }
    let order = try call.shop.orders.place(head, items: items, deposit: pay?.first)
    return .message(OrderMessages.saved(order, created: true, call.shop.settings.currency))
  }

  static let save = CommandSpec(
    "guardar", group: .sale,
    summary: "Guarda el pedido abierto en esta terminal (y recibe su seña).",
    examples: ["guardar"], mutates: true, right: .sell
  ) { call in
    let created = call.shop.orders.openDraft()?.number == nil
    let order = try call.shop.orders.save()
    return .message(OrderMessages.saved(order, created: created, call.shop.settings.currency))
  }

  static let cancelDraft = CommandSpec(
    "cancelar pedido", group: .sale,
    summary:
      "Deja el pedido abierto en esta terminal sin guardar («cancelar» con un pedido abierto).",
    examples: ["cancelar pedido"], mutates: true, right: .sell
  ) { call in
    .message(OrderMessages.draftCancelled(try call.shop.orders.cancelDraft()))
  }

  static let depositOrder = Param<Int64>.option(
    "pedido", placeholder: "<N>", help: "Un pedido ya guardado (sin él: el pedido abierto).")
  static let depositPayments = RequiredParam<[PaymentRequest]>.positional(
    "pago", .payments, placeholder: "<medio> <monto> [ref …]", help: "Medio y monto de la seña.",
    completion: .paymentMethods)

  static let deposit = CommandSpec(
    "seña", group: .sale,
    summary: "Una seña para el pedido abierto, o para un pedido guardado con «pedido N».",
    params: [depositPayments.spec, depositOrder.spec],
    examples: ["seña efectivo 5000", "seña transferencia 10000 pedido 3"],
    mutates: true, right: .sell
  ) { call in
    let pays = try call[depositPayments]
    guard pays.count == 1, let pay = pays.first else { throw OrderError.depositAmountMissing }
    let currency = call.shop.settings.currency
    if let n = call[depositOrder] {
      return .message(
        OrderMessages.depositReceived(try call.shop.orders.addDeposit(n, pay), currency))
    }
    return .message(
      OrderMessages.pendingDeposit(try call.shop.orders.setDraftDeposit(pay), currency))
  }

  static let filter = Param<String>.positional(
    "filtro", .name, placeholder: "[estado] [hoy|mañana|semana]",
    help: "nuevos, en preparación, listos, entregados, anulados o todos; hoy, mañana o semana.")

  static let list = CommandSpec(
    "pedidos", group: .sale,
    summary: "Lista los pedidos por hora de entrega (sin filtro: los abiertos).",
    params: [filter.spec],
    examples: ["pedidos", "pedidos hoy", "pedidos listos", "pedidos todos semana como csv"],
    listing: true, right: .sell
  ) { call in
    .table(
      OrderTables.list(try call.shop.orders.list(try parseFilter(call[filter], call.shop.today))))
  }

  static let show = CommandSpec(
    "ver pedido", group: .sale,
    summary: "Muestra un pedido: cliente, entrega, líneas, seña, saldo, historia.",
    params: [number.spec], examples: ["ver pedido 1"], listing: true, right: .sell
  ) { call in
    .record(
      OrderTables.detail(try call.shop.orders.order(try call[number]), call.shop.settings.currency))
  }

  static let edit = CommandSpec(
    "editar pedido", group: .sale,
    summary: "Abre un pedido guardado para cambiarlo; termine con guardar o cancelar.",
    params: [number.spec, customer.spec, phone.spec, due.spec, delivery.spec, note.spec],
    examples: ["editar pedido 3 para 24-12-2026 19:00", "editar pedido 3"],
    mutates: true, right: .sell
  ) { call in
    .message(OrderMessages.opened(try call.shop.orders.edit(try call[number], try header(call))))
  }

  static let prepare = CommandSpec(
    "preparar pedido", group: .sale,
    summary: "Pasa un pedido a «en preparación» (y pide su comanda).",
    params: [number.spec], examples: ["preparar pedido 3"], mutates: true, right: .sell
  ) { call in
    .message(OrderMessages.moved(try call.shop.orders.prepare(try call[number])))
  }

  static let ready = CommandSpec(
    "listo pedido", group: .sale,
    summary: "Marca un pedido listo para entregar (también: pedido N listo).",
    params: [number.spec], examples: ["listo pedido 3"], mutates: true, right: .sell
  ) { call in
    .message(OrderMessages.moved(try call.shop.orders.markReady(try call[number])))
  }

  static let deliverPayments = Param<[PaymentRequest]>.option(
    "pagar", key: "pagos", placeholder: "<medio> [monto] [ref …], …",
    help: "El saldo: efectivo, débito, crédito, transferencia, fiado o un medio de la tienda.",
    completion: .paymentMethods)

  static let deliver = CommandSpec(
    "entregar pedido", group: .sale,
    summary: "Entrega un pedido: se vuelve una venta con la seña aplicada y el saldo pagado.",
    params: [number.spec, deliverPayments.spec],
    examples: ["entregar pedido 3 pagar débito", "entregar pedido 3 pagar efectivo 20000"],
    mutates: true, right: .sell
  ) { call in
    let n = try call[number]
    let pays = call[deliverPayments] ?? []
    let (order, outcome) = try SaleCommands.withStockOverride(call) { below in
      try SaleCommands.withCreditOverride(call) {
        try call.shop.orders.deliver(n, payments: pays, belowZero: below, overLimit: $0)
      }
    }
    SaleCommands.noteSale(outcome, call)
    return .lines(
      [OrderMessages.moved(order)] + TicketView(call.shop.settings.currency).outcome(outcome))
  }

  static let reason = RequiredParam<String>.option(
    "motivo", .text, placeholder: "\"<motivo>\"", help: "Por qué se anula.")
  static let giveBack = Param<String>.option(
    "devolver", .name, placeholder: "seña [efectivo]",
    help: "Devuelve la seña por su medio original, o en efectivo.")
  static let keep = Param<String>.option(
    "retener", .name, placeholder: "seña", help: "La tienda se queda con la seña.")

  static let cancel = CommandSpec(
    "anular pedido", group: .sale,
    summary: "Anula un pedido no entregado; con seña, diga si se devuelve o se retiene.",
    params: [number.spec, reason.spec, giveBack.spec, keep.spec],
    examples: [
      "anular pedido 3 motivo \"el cliente no viene\" devolver seña",
      "anular pedido 3 motivo \"cambio de planes\" devolver seña efectivo",
      "anular pedido 3 motivo \"no retiró\" retener seña",
    ],
    mutates: true, right: .void
  ) { call in
    var choice: DepositOnCancel?
    if let back = call[giveBack] {
      let words = back.split(separator: " ").map { fold(String($0)) }
      guard words.first == "sena", words.count <= 2, words.count == 1 || words[1] == "efectivo"
      else { throw ShellError(OrderMessages.badCancelDeposit) }
      choice = .giveBack(inCash: words.count == 2)
    }
    if let kept = call[keep] {
      guard fold(kept) == "sena", choice == nil else {
        throw ShellError(OrderMessages.badCancelDeposit)
      }
      choice = .keep
    }
    let order = try call.shop.orders.cancel(
      try call[number], reason: try call[reason], deposit: choice)
    return .message(OrderMessages.moved(order))
  }

  // MARK: Reading the arguments

  static func header(_ call: Invocation) throws -> OrderHeader {
    var head = OrderHeader(customer: call[customer], phone: call[phone], note: call[note])
    if let text = call[due] { head.due = try parseDue(text, today: call.shop.today) }
    if let words = call[delivery] {
      let text = words.joined(separator: ", ").trimmingCharacters(in: " ")
      let first = text.split(separator: " ").first.map { fold(String($0)) } ?? ""
      switch first {
      case "retiro": head.delivery = .pickup
      case "despacho":
        head.delivery = .dispatch
        let rest = String(text.dropFirst("despacho".count)).trimmingCharacters(in: " ")
        if !rest.isEmpty { head.address = rest }
      default: throw OrderError.badDelivery(text)
      }
    }
    return head
  }

  /// `mañana 12:00`, `24-12-2026 18:00`, `hoy 18:00`, `18:00` (today), `mañana`.
  static func parseDue(_ text: String, today: LocalDate) throws -> OrderDue {
    let words = text.split(separator: " ").map(String.init)
    guard (1...2).contains(words.count) else { throw OrderError.badTime(text) }
    var date = today
    var time: String?
    if words.count == 2 {
      date = try Literals.date(
        Token(kind: .word, text: words[0], column: 1, length: 0), today: today)
      time = words[1]
    } else if words[0].contains(":") {
      time = words[0]
    } else {
      date = try Literals.date(
        Token(kind: .word, text: words[0], column: 1, length: 0), today: today)
    }
    guard let time else { return OrderDue(date: date, minutes: nil) }
    let parts = time.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
      let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60
    else { throw OrderError.badTime(text) }
    return OrderDue(date: date, minutes: h * 60 + m)
  }

  static func parseFilter(_ text: String?, _ today: LocalDate) throws -> OrderFilter {
    var filter = OrderFilter()
    var words = (text ?? "").split(separator: " ").map { fold(String($0)) }[...]
    while let word = words.first {
      words = words.dropFirst()
      switch word {
      case "nuevos", "nuevo": filter.states = [.new]
      case "en" where words.first.map({ $0.hasPrefix("preparacion") }) == true:
        words = words.dropFirst()
        filter.states = [.preparing]
      case "preparacion": filter.states = [.preparing]
      case "listos", "listo": filter.states = [.ready]
      case "entregados", "entregado": filter.states = [.delivered]
      case "anulados", "anulado": filter.states = [.cancelled]
      case "todos": filter.states = OrderState.allCases
      case "hoy": filter.period = .day(today)
      case "manana": filter.period = .day(today.adding(days: 1))
      case "semana": filter.period = Period(from: today, to: today.adding(days: 6))
      default: throw ShellError(OrderMessages.badListFilter(word))
      }
    }
    return filter
  }
}
