import TiendaCore

/// Coupons: `crear cupón`, `listar cupones`, `ver cupón`, `desactivar cupón`.
enum CouponCommands {
  static let all: [CommandSpec] = [create, list, show, deactivate]

  static let code = RequiredParam<String>.positional(
    "codigo", .text, placeholder: "<código>", help: "El código que dice el cliente (VERANO10).")
  static let value = RequiredParam<String>.positional(
    "valor", .text, placeholder: "<n%>|<$monto>", help: "10% o $1000.")
  static let minimum = Param<Money>.option(
    "mínimo", key: "minimo", placeholder: "<monto>", help: "Compra mínima.")
  static let from = Param<LocalDate>.option(
    "desde", placeholder: "<fecha>", help: "Primer día válido.")
  static let until = Param<LocalDate>.option(
    "hasta", placeholder: "<fecha>", help: "Último día válido.")
  static let uses = Param<Int64>.option(
    "usos", placeholder: "<n>", help: "Cuántas ventas pueden usarlo.")

  static let create = CommandSpec(
    "crear cupón", group: .sale,
    summary: "Crea un cupón de descuento: un porcentaje o un monto, con condiciones.",
    details: """
      El mínimo se compara con el subtotal antes de descuentos. Los usos se cuentan sólo
      cuando la venta se paga.
      """,
    params: [code.spec, value.spec, minimum.spec, from.spec, until.spec, uses.spec],
    examples: [
      "crear cupón VERANO10 10% mínimo 10000 hasta 28-02-2027",
      "crear cupón BIENVENIDA $1000 usos 100",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    var draft = CouponDraft(code: try call[code])
    let text = try call[value]
    let span = call.spans[value.spec.key] ?? (1, 1)
    let token = Token(kind: .word, text: text, column: span.column, length: span.length)
    if text.hasSuffix("%") {
      draft.percent = try Literals.percent(token)
    } else if !text.hasPrefix("$") && !text.hasPrefix(call.shop.settings.currency.symbol) {
      throw ShellError(Messages.percentOrAmount(text), at: token)
    } else {
      let amount = try Literals.money(token, currency: call.shop.settings.currency)
      guard amount > .zero else {
        throw ShellError(Messages.badPaymentAmountText, at: token)
      }
      draft.amount = amount
    }
    draft.minimum = call[minimum] ?? .zero
    draft.validFrom = call[from]
    draft.validUntil = call[until]
    if let uses = call[uses] {
      guard uses > 0 else { throw ShellError(Messages.badUses) }
      draft.maxUses = uses
    }
    let coupon = try call.shop.coupons.createCoupon(draft)
    return .message(
      Messages.couponCreated(
        coupon.code, SalesTables.couponTerms(coupon, call.shop.settings.currency)))
  }

  static let list = CommandSpec(
    "listar cupones", group: .sale, summary: "Lista los cupones con sus condiciones y usos.",
    examples: ["listar cupones", "listar cupones como csv"], listing: true, access: .loggedIn
  ) { call in
    .table(SalesTables.coupons(try call.shop.coupons.list()))
  }

  static let show = CommandSpec(
    "ver cupón", group: .sale, summary: "Muestra un cupón: descuento, condiciones y usos.",
    params: [code.spec], examples: ["ver cupón VERANO10"], listing: true, access: .loggedIn
  ) { call in
    .record(SalesTables.coupon(try call.shop.coupons.findCoupon(try call[code])))
  }

  static let deactivate = CommandSpec(
    "desactivar cupón", group: .sale, summary: "Desactiva un cupón (su historia queda).",
    params: [code.spec], examples: ["desactivar cupón VERANO10"], mutates: true,
    right: .editCatalog
  ) { call in
    let c = try call.shop.coupons.deactivateCoupon(try call[code])
    return .message(Messages.couponDeactivated(c.code))
  }
}
