import TiendaCore

/// Promotions (issue 19): `crear promoción`, `listar promociones`, `ver
/// promoción`, `activar`/`desactivar promoción`, and on a ticket
/// `promociones` and `sin promociones`.
enum PromotionCommands {
  static let all: [CommandSpec] = [
    create, list, show, activate, deactivate, onTicket, turnOff,
  ]

  static let definition = RequiredParam<[Token]>.positional(
    "definicion", .rest,
    placeholder: "\"<nombre>\" <promoción> en <todo|categoría …|producto> [condiciones]",
    help: "El nombre, lo que da y dónde, y sus condiciones (días, horas, desde, hasta, mínimo, grupo).")
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
    "desactivar promoción", group: .sale, summary: "Deja de aplicar una promoción (su historia queda).",
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
