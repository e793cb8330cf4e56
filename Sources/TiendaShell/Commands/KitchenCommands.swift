import TiendaCore
import TiendaPrint

/// Kitchen slips and the order voucher (issue 20): `imprimir comanda`,
/// `imprimir pedido`, `configurar comanda`, `configurar pedidos condiciones`.
enum KitchenCommands {
  static let all: [CommandSpec] = [printSlip, printVoucher, configureSales, configureConditions]

  static let order = RequiredParam<Int64>.positional(
    "pedido", placeholder: "<n>", help: "El número del pedido.")
  static let saleCategories = Param<[String]>.option(
    "categorías", key: "categorias", placeholder: "<categoría>, …",
    help: "Las ventas con productos de estas categorías imprimen comanda.",
    completion: .categories)
  static let off = FlagParam("no", help: "Las ventas no imprimen comanda.")
  static let conditions = RequiredParam<String>.option(
    "condiciones", .text, placeholder: "\"…\"",
    help: "El texto al pie del comprobante; \"\" las quita.")

  static let printSlip = CommandSpec(
    "imprimir comanda", group: .printing,
    summary: "Imprime la comanda de un pedido (sin precios, letra grande) para quien lo prepara.",
    details: """
      Va a las impresoras de rol comanda: cada una recibe las líneas de sus categorías; la que
      no tiene categorías recibe lo que ninguna otra toma (si no hay, la predeterminada). Sin
      impresora de comanda va a la de tickets; sin ninguna, se muestra en pantalla. Con «en
      <impresora>», la comanda entera va a esa impresora.
      """,
    params: [order.spec, PrintCommands.onPrinter.spec],
    examples: ["imprimir comanda 12", "imprimir comanda 12 en cocina"], mutates: true,
    right: .sell
  ) { call in
    let shop = call.shop
    let result = try shop.kitchen.printOrderSlip(
      try call[order], on: call[PrintCommands.onPrinter]
    ) { printer, slip in
      var documents = TicketDocuments(settings: shop.settings, width: printer.width)
      documents.practice = shop.practice
      return PrintSpool.bytes(documents.kitchenSlip(slip), for: printer)
    }
    switch result {
    case .queued(let jobs):
      return .message(Messages.kitchenQueued(jobs.map { ($0.id, $0.printerName) }))
    case .preview(let slip):
      return .lines(KitchenView.slip(slip, shop: shop))
    }
  }

  static let printVoucher = CommandSpec(
    "imprimir pedido", group: .printing,
    summary:
      "Imprime el comprobante de un pedido para el cliente: fecha de entrega, seña, saldo y condiciones.",
    details: """
      Va a la impresora de tickets (o la que se indique con «en»); si ya salió, sale marcado
      COPIA. Sin impresora de tickets, se muestra en pantalla. Las condiciones se configuran
      con: configurar pedidos condiciones "…"
      """,
    params: [order.spec, PrintCommands.onPrinter.spec],
    examples: ["imprimir pedido 12", "imprimir pedido 12 en boletera"], mutates: true,
    right: .sell
  ) { call in
    let shop = call.shop
    switch try shop.orderVouchers.printVoucher(try call[order], on: call[PrintCommands.onPrinter])
    {
    case .queued(let job): return try PrintNow.send(job, call: call)
    case .preview(let voucher): return .lines(KitchenView.voucher(voucher, shop: shop))
    }
  }

  static let configureSales = CommandSpec(
    "configurar comanda", group: .printing,
    summary: "Qué ventas imprimen comanda: las que llevan productos de ciertas categorías.",
    details: """
      Cada venta con productos de esas categorías (o de sus subcategorías) imprime, además del
      ticket, una comanda sólo con esas líneas, por la misma cola: la venta nunca espera a la
      impresora. «configurar comanda no» lo apaga.
      """,
    params: [saleCategories.spec, off.spec],
    examples: [
      "configurar comanda categorías sándwiches, completos", "configurar comanda no",
    ],
    mutates: true, right: .manageUsers
  ) { call in
    let names = call[saleCategories]
    if names != nil && call[off] { throw ShellError(Messages.kitchenBothWays) }
    guard let chosen = call[off] ? [] : names else {
      throw ShellError(
        Messages.describe(kitchen: .noCategories), hint: Messages.usage(call.spec.usage))
    }
    let saved = try call.shop.kitchen.setSaleCategories(chosen)
    return .message(Messages.kitchenSaleCategories(saved))
  }

  static let configureConditions = CommandSpec(
    "configurar pedidos", group: .printing,
    summary: "Las condiciones de la tienda que van al pie del comprobante de cada pedido.",
    params: [conditions.spec],
    examples: [
      "configurar pedidos condiciones \"Retiro hasta 2 días después de la fecha; la seña no se devuelve.\""
    ],
    mutates: true, right: .manageUsers
  ) { call in
    let saved = try call.shop.orderVouchers.setConditions(try call[conditions])
    return .message(Messages.orderConditions(saved))
  }
}
