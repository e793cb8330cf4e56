import TiendaCore
import TiendaPrint

/// Promotions (issue 19): `crear promoción`, `listar promociones`, `ver
/// promoción`, `activar`/`desactivar promoción`, and on a ticket
/// `promociones` and `sin promociones`.
enum PromotionCommands {
  static let all: [CommandSpec] = [
    create, edit, list, show, activate, deactivate, onTicket, turnOff,
  ]

  static let report = CommandSpec(
    "informe promociones", group: .reports,
    summary: "Las promociones dadas en un período: veces, unidades y ahorro de cada una.",
    details: "Sin las ventas anuladas. El ahorro es con impuestos, como lo vio el cliente.",
    params: [ReportCommands.period.spec, ReportCommands.since.spec],
    examples: ["informe promociones", "informe promociones mes como json"],
    listing: true, right: .viewReports
  ) { call in
    let period = call[ReportCommands.since] ?? call[ReportCommands.period] ?? .day(call.shop.today)
    return .table(
      PromotionTables.report(
        try call.shop.promotions.report(period),
        periodText: Messages.periodText(period, today: call.shop.today)))
  }

  static let definition = RequiredParam<[Token]>.positional(
    "definicion", .rest,
    placeholder: "\"<nombre>\" <promoción> en <todo|categoría …|producto> [condiciones]",
    help:
      "El nombre, lo que da y dónde, y sus condiciones (días, horas, desde, hasta, mínimo, grupo).")
  static let name = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "El nombre de la promoción.",
    completion: .promotions)
  static let activeOnly = FlagParam("activas", help: "Sólo las activas.")

  static let create = CommandSpec(
    "crear promoción", group: .sale,
    summary: "Crea una promoción que se aplica sola en cada ticket que la cumple.",
    details: """
      Da un porcentaje («10% en …»), un monto («500 de descuento en …», una vez por ticket), \
      «lleva N paga M» (las unidades más baratas gratis), un precio por pack («3 palta por \
      2000») o la N-ésima unidad con descuento («segunda unidad 50% en …»). Condiciones: días \
      lun, mar · horas 18-21 (de 18:00 a 21:00, hora de la tienda) · desde/hasta <fecha> · \
      mínimo <monto> (subtotal antes de descuentos) o mínimo N unidades · grupo <grupo de \
      clientes>. Cada unidad recibe a lo más una promoción; primero la que más ahorra.
      """,
    params: [definition.spec],
    examples: [
      "crear promoción \"2x1 empanadas\" lleva 2 paga 1 en categoría empanadas días lun, mar horas 18-21",
      "crear promoción \"Paltas\" 3 palta hass por 2000",
      "crear promoción \"Bebidas 10%\" 10% en categoría bebidas mínimo 10000",
      "crear promoción \"Segunda unidad\" segunda unidad 50% en coca cola 1,5",
      "crear promoción \"Vecinos\" 500 de descuento en todo grupo vecinos",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    var parser = PromotionDefinition(
      try call[definition], currency: call.shop.settings.currency, today: call.shop.today)
    let rule = try call.shop.promotions.create(try parser.parse())
    return .message(PromotionMessages.created(rule, call.shop.settings.currency))
  }

  static let edit = CommandSpec(
    "editar promoción", group: .sale,
    summary: "Cambia lo que da una promoción, dónde y sus condiciones (todo de nuevo).",
    details: """
      Se escribe como «crear promoción», con el nombre de una promoción que existe: la \
      promoción queda con lo nuevo (lo que no se escribe, como una condición, se quita) y \
      conserva su nombre, si está activa y su historia (las ventas hechas no cambian).
      """,
    params: [definition.spec],
    examples: [
      "editar promoción paltas 3 palta hass por 1900",
      "editar promoción \"2x1 empanadas\" lleva 2 paga 1 en categoría empanadas días lun",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    var parser = PromotionDefinition(
      try call[definition], currency: call.shop.settings.currency, today: call.shop.today)
    let rule = try call.shop.promotions.replace(try parser.parse())
    return .message(PromotionMessages.edited(rule, call.shop.settings.currency))
  }

  static let list = CommandSpec(
    "listar promociones", group: .sale, summary: "Lista las promociones y sus condiciones.",
    params: [activeOnly.spec],
    examples: ["listar promociones", "listar promociones activas como csv"], listing: true,
    access: .loggedIn
  ) { call in
    .table(
      PromotionTables.list(
        try call.shop.promotions.list(activeOnly: call[activeOnly]),
        call.shop.settings.currency))
  }

  static let show = CommandSpec(
    "ver promoción", group: .sale, summary: "Muestra una promoción: qué da, dónde y cuándo.",
    params: [name.spec], examples: ["ver promoción paltas"], listing: true, access: .loggedIn
  ) { call in
    .record(
      PromotionTables.record(
        try call.shop.promotions.find(try call[name]), call.shop.settings.currency))
  }

  static let activate = CommandSpec(
    "activar promoción", group: .sale, summary: "Vuelve a aplicar una promoción desactivada.",
    params: [name.spec], examples: ["activar promoción paltas"], mutates: true,
    right: .editCatalog
  ) { call in
    .message(PromotionMessages.activated(try call.shop.promotions.setActive(call[name], true).name))
  }

  static let deactivate = CommandSpec(
    "desactivar promoción", group: .sale,
    summary: "Deja de aplicar una promoción (su historia queda).",
    params: [name.spec], examples: ["desactivar promoción paltas"], mutates: true,
    right: .editCatalog
  ) { call in
    .message(
      PromotionMessages.deactivated(try call.shop.promotions.setActive(call[name], false).name))
  }

  static let onTicket = CommandSpec(
    "promociones", group: .sale,
    summary: "En un ticket: las promociones que se aplican y las que están cerca.",
    examples: ["promociones"], right: .sell
  ) { call in
    let (ticket, misses) = try call.shop.promotions.onTicket()
    return .lines(PromotionTables.onTicket(ticket, misses, call.shop.settings.currency))
  }

  static let turnOff = CommandSpec(
    "sin promociones", group: .sale,
    summary: "Quita las promociones del ticket abierto (supervisor; queda en la bitácora).",
    examples: ["sin promociones"], mutates: true, right: .noPromotions
  ) { call in
    let ticket = try call.shop.promotions.turnOff()
    return .lines(
      [PromotionMessages.turnedOff]
        + TicketView(call.shop.settings.currency).breakdown(ticket))
  }
}

/// `informe promociones`, listed with the other reports.
enum PromotionReportCommands {
  static let all: [CommandSpec] = [PromotionCommands.report]
}

/// `liquidar` (issue 19): a dated promotion on the products about to
/// expire, and their labels with the reduced price.
enum ClearanceCommands {
  static let all: [CommandSpec] = [liquidate]

  static let terms = RequiredParam<[Token]>.positional(
    "terminos", .rest, placeholder: "[productos por vencer] [días <n>] <n%>",
    help: "Cuántos días hacia adelante (3) y el porcentaje de rebaja.")

  static let liquidate = CommandSpec(
    "liquidar", group: .sale,
    summary: "Rebaja los productos por vencer con una promoción hasta su fecha de vencimiento.",
    details: """
      Cada producto activo con stock que vence entre hoy y los días dados recibe la promoción \
      «Liquidación <SKU> <fecha>» con ese porcentaje, desde hoy hasta su vencimiento. Si hay \
      una impresora de etiquetas, sale una etiqueta de cada uno con el precio rebajado.
      """,
    params: [terms.spec],
    examples: ["liquidar productos por vencer días 3 30%", "liquidar 20%"],
    mutates: true, right: .editCatalog
  ) { call in
    var days: Int64 = 3
    var percent: Percent?
    let tokens = try call[terms]
    var k = 0
    while k < tokens.count {
      let t = tokens[k]
      let w = fold(t.text)
      if ["productos", "por", "vencer"].contains(w) {
        k += 1
      } else if w == "dias" || w == "dia", k + 1 < tokens.count {
        days = try Literals.integer(tokens[k + 1])
        guard (0...3650).contains(days) else {
          throw ShellError(ClearanceMessages.badDays, at: tokens[k + 1])
        }
        k += 2
      } else if t.text.hasSuffix("%") {
        percent = try Literals.percent(t)
        k += 1
      } else {
        throw ShellError(ClearanceMessages.usage, at: t)
      }
    }
    guard let percent else { throw ShellError(ClearanceMessages.usage) }
    let shop = call.shop
    let result = try shop.promotions.liquidate(days: days, percent: percent) { printer, wanted in
      let labels = wanted.map { item -> (LabelData, Int) in
        var data = LabelCommands.label(item.0.product, shop.settings.currency)
        data.price = item.1.formatted(shop.settings.currency)
        if data.unitPrice != nil {
          data.unitPrice = data.price + " / " + item.0.product.unit.rawValue
        }
        return (data, item.0.copies)
      }
      return try LabelCommands.render(
        labels, printer: printer, size: .standard, paper: .a4, shop: shop)
    }
    return .lines(ClearanceMessages.done(result, shop.settings.currency))
  }
}
