import TiendaCore

/// Gift cards (issue 15, DESIGN §8.9, §8.12): `emitir tarjeta-regalo`,
/// `saldo tarjeta-regalo`, `listar tarjetas-regalo`, `anular tarjeta-regalo`.
/// Paying with one is `pagar tarjeta-regalo <código> [monto]` (SaleGrammar).
enum GiftCardCommands {
  static let all: [CommandSpec] = [issue, balance, list, void]

  static let amount = RequiredParam<Money>.positional(
    "monto", placeholder: "<monto>", help: "Lo que vale la tarjeta (su saldo inicial).")
  static let code = Param<String>.option(
    "código", .text, key: "codigo", placeholder: "<código>",
    help: "El código impreso (3 a 32 letras, dígitos o guiones); si no se indica, se genera.")
  static let payment = RequiredParam<[PaymentRequest]>.option(
    "pagar", key: "pagos", placeholder: "<medio> [monto] [ref …]",
    help: "Cómo se paga la tarjeta: un medio (no otra tarjeta de regalo).",
    completion: .paymentMethods)
  static let cardCode = RequiredParam<String>.positional(
    "tarjeta", .text, placeholder: "<código>", help: "El código de la tarjeta.")
  static let reason = RequiredParam<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (obligatorio).")
  static let without = Param<String>.option(
    "sin", .choice(["reembolso"]), placeholder: "reembolso",
    help: "Anula el saldo sin devolverlo (por omisión se devuelve por el medio con que se pagó).")

  static let issue = CommandSpec(
    "emitir tarjeta-regalo", group: .sale,
    summary: "Vende una tarjeta de regalo: no es una venta (sin número, sin impuestos).",
    details: """
      Imprime un comprobante con el código y su código de barras. El efectivo da vuelto y se
      redondea como en una venta; el saldo de la tarjeta es el monto indicado. El ticket
      abierto no se toca.
      """,
    params: [amount.spec, code.spec, payment.spec],
    examples: [
      "emitir tarjeta-regalo 20000 pagar efectivo 50000",
      "emitir tarjeta-regalo 15000 código REGALO1 pagar débito",
    ],
    mutates: true, right: .sell
  ) { call in
    let issued = try call.shop.giftCards.issue(
      GiftCardIssueRequest(amount: try call[amount], code: call[code], payments: try call[payment]))
    let c = call.shop.settings.currency
    return .lines(
      (issued.openedSession ? [Messages.sessionOpenedForSale(call.shop.actor.registerName)] : [])
        + [GiftCardMessages.issued(issued, c)])
  }

  static let balance = CommandSpec(
    "saldo tarjeta-regalo", group: .sale,
    summary: "Muestra el saldo de una tarjeta de regalo y sus movimientos.",
    params: [cardCode.spec], examples: ["saldo tarjeta-regalo REGALO1"], listing: true,
    right: .sell
  ) { call in
    .table(
      GiftCardTables.moves(
        try call.shop.giftCards.statement(try call[cardCode]),
        currency: call.shop.settings.currency))
  }

  static let list = CommandSpec(
    "listar tarjetas-regalo", aliases: ["tarjetas-regalo"], group: .sale,
    summary: "Lista las tarjetas de regalo: código, emisión, monto, saldo y estado.",
    examples: ["listar tarjetas-regalo", "listar tarjetas-regalo como csv"], listing: true,
    right: .viewReports
  ) { call in
    .table(GiftCardTables.cards(try call.shop.giftCards.list()))
  }

  static let void = CommandSpec(
    "anular tarjeta-regalo", group: .sale,
    summary: "Anula el saldo de una tarjeta de regalo y lo devuelve por el medio con que se pagó.",
    details: """
      Pide el mismo derecho que anular una venta. El efectivo sale de la caja (redondeado);
      con «sin reembolso» el saldo se anula sin devolverlo.
      """,
    params: [cardCode.spec, reason.spec, without.spec],
    examples: [
      "anular tarjeta-regalo REGALO1 motivo \"la pidió de vuelta\"",
      "anular tarjeta-regalo REGALO1 motivo \"vencida\" sin reembolso",
    ],
    mutates: true, right: .void
  ) { call in
    guard let why = try? call[reason], !why.isEmpty else {
      throw ShellError(GiftCardMessages.reasonRequired, hint: Messages.usage(call.spec.usage))
    }
    let voided = try call.shop.giftCards.void(
      GiftCardVoidRequest(
        code: try call[cardCode], reason: why, payBack: call[without] == nil))
    let c = call.shop.settings.currency
    return .lines(
      (voided.openedSession ? [Messages.sessionOpenedForSale(call.shop.actor.registerName)] : [])
        + [GiftCardMessages.voided(voided, c)])
  }
}
