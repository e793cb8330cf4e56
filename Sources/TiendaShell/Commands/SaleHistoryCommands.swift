import TiendaCore

/// After the sale: `ventas`, `ver venta`, `anular venta`, `devolver venta`.
enum SaleHistoryCommands {
  static let all: [CommandSpec] = [list, show, void, giveBack]

  static let list = CommandSpec(
    "ventas", group: .sale,
    summary: "Lista las ventas de un período (hoy si no se indica).",
    params: [period.spec, since.spec, reference.spec, customer.spec],
    examples: [
      "ventas", "ventas ayer", "ventas desde 01-11-2026 hasta 15-11-2026 como csv",
      "ventas ref 883311", "ventas mes cliente juan",
    ],
    listing: true, right: .viewReports
  ) { call in
    if let customer = call[customer] {
      let found = try call.shop.sales.list(
        customer: customer, in: call[since] ?? call[period])
      return .table(
        SalesTables.sales(
          found.sales, methods: found.methods,
          empty: CustomerMessages.noSalesOf(found.customer.name),
          currency: call.shop.settings.currency))
    }
    if let reference = call[reference] {
      return .table(
        SalesTables.sales(
          try call.shop.sales.list(reference: reference),
          methods: try call.shop.sales.methodTotals(reference: reference),
          empty: Messages.noSalesWithReference(reference),
          currency: call.shop.settings.currency))
    }
    let period = call[since] ?? call[period] ?? .day(call.shop.today)
    let sales = call.shop.sales
    return .stream(
      SalesTables.salesStream(
        { try sales.forEachListing(in: period, $0) },
        methods: { (try? sales.methodTotals(in: period)) ?? [] },
        empty: Messages.noSales(Messages.periodText(period, today: call.shop.today)),
        currency: call.shop.settings.currency))
  }

  static let period = Param<Period>.positional(
    "periodo", placeholder: "<período>", help: "hoy, ayer, semana, mes, año o una fecha.")
  static let since = Param<Period>.option(
    "desde", placeholder: "<fecha> [hasta <fecha>]", help: "Sólo ese período.")
  static let customer = Param<String>.option(
    "cliente", .name, placeholder: "<cliente>",
    help: "Las ventas de ese cliente (del período, o de cualquier fecha si no se indica).",
    completion: .customers)
  static let reference = Param<String>.option(
    "ref", .text, placeholder: "<referencia>",
    help: "Las ventas pagadas con esa referencia (cualquier fecha).")

  static let sale = RequiredParam<String>.positional(
    "venta", .text, placeholder: "<número>",
    help: "El número en esta caja (15) o caja-número (2-15).")
  /// Also named by `imprimir ticket`.
  static let saleRef = sale.spec
  static let voidReason = RequiredParam<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (obligatorio).")
  static let returned = Param<[SaleItemRequest]>.positional(
    "productos", placeholder: "<cantidad> <producto>, …", help: "Qué se devuelve.",
    completion: .products)
  static let saleLine = Param<Int64>.option(
    "línea", key: "linea", placeholder: "<n>",
    help: "La línea de la venta (cuando el producto está en varias líneas a precios distintos).")
  static let refundMethod = Param<String>.option(
    "reembolso", .choice(["efectivo", "original"]), placeholder: "efectivo|original",
    help:
      "«original» (por omisión): por los medios de pago de la venta, lo de una tarjeta de regalo a la tarjeta; «efectivo»: todo en efectivo."
  )
  static let returnReason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué.")

  static let show = CommandSpec(
    "ver venta", group: .sale,
    summary: "Muestra una venta: líneas, descuentos, impuestos, pagos, anulación y devoluciones.",
    params: [sale.spec], examples: ["ver venta 15", "ver venta 2-15 como json"], listing: true,
    right: .viewReports
  ) { call in
    let sale = try call.shop.sales.sale(try call[sale])
    switch call.format ?? .table {
    case .json: return .record(SaleView(call.shop.settings.currency).record(sale))
    case .csv: return .table(SaleView(call.shop.settings.currency).linesTable(sale))
    case .table, .chart: return .lines(SaleView(call.shop.settings.currency).text(sale))
    }
  }

  static let void = CommandSpec(
    "anular venta", group: .sale,
    summary: "Anula una venta entera: devuelve el stock y revierte cada pago (una sola vez).",
    details: "La venta original no se toca: la anulación es un registro nuevo en la sesión de hoy.",
    params: [sale.spec, voidReason.spec],
    examples: ["anular venta 15 motivo \"cobro duplicado\""], mutates: true, right: .void
  ) { call in
    guard let reason = try? call[voidReason], !reason.isEmpty else {
      throw ShellError(Messages.reasonRequired, hint: Messages.usage(call.spec.usage))
    }
    let refund = try call.shop.sales.voidSale(try call[sale], reason: reason)
    return .lines(sessionNote(refund) + [Messages.voided(refund, call.shop.settings.currency)])
  }

  static let giveBack = CommandSpec(
    "devolver venta", group: .sale,
    summary: "Devuelve productos de una venta (todo lo que queda si no se indican).",
    details: """
      Se reembolsa lo efectivamente pagado por esas unidades (después de descuentos), por los
      medios de pago de la venta salvo «reembolso efectivo». Nunca más de lo vendido, sumando
      devoluciones; el efectivo no puede superar el que hay en la caja.
      """,
    params: [sale.spec, returned.spec, saleLine.spec, refundMethod.spec, returnReason.spec],
    examples: [
      "devolver venta 15", "devolver venta 15 1 empanada pino", "devolver venta 15 línea 3",
      "devolver venta 15 1 empanada pino reembolso original motivo \"llegó fría\"",
    ],
    mutates: true, right: .refund
  ) { call in
    let line = call[saleLine]
    var items = (call[returned] ?? []).map {
      ReturnRequest(
        product: $0.quantity == nil ? ($0.trailingQuery ?? $0.query) : $0.query,
        quantity: $0.quantity ?? $0.trailingQuantity,
        unit: $0.quantity == nil ? $0.trailingUnit : $0.unit, line: line)
    }
    if let line {
      // `línea 3` names one line: at most one product (its own), or none.
      guard items.count <= 1 else { throw ShellError(Messages.oneItemPerLine) }
      if items.isEmpty { items = [ReturnRequest(product: "", line: line)] }
    }
    let method: RefundMethod =
      call[refundMethod] == "efectivo" ? .cash : .original
    let refund = try call.shop.sales.returnSale(
      try call[sale], items: items, refund: method, reason: call[returnReason] ?? "")
    return .lines(sessionNote(refund) + [Messages.returned(refund, call.shop.settings.currency)])
  }

  static func sessionNote(_ refund: CommittedRefund) -> [String] {
    refund.openedSession ? [Messages.sessionOpenedForSale(refund.registerName)] : []
  }
}
