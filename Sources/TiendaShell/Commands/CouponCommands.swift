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
      Messages.couponCreated(coupon.code, describe(coupon, call.shop.settings.currency)))
  }

  static func describe(_ c: Coupon, _ currency: Currency) -> String {
    var parts = [c.percent.map(TextFormat.percent) ?? TextFormat.money(c.amount ?? .zero, currency)]
    if c.minimum > .zero { parts.append("mínimo " + TextFormat.money(c.minimum, currency)) }
    if let from = c.validFrom { parts.append("desde " + from.description) }
    if let until = c.validUntil { parts.append("hasta " + until.description) }
    if let max = c.maxUses { parts.append("\(c.uses) de \(max) usos") }
    return parts.joined(separator: ", ")
  }

  static let list = CommandSpec(
    "listar cupones", group: .sale, summary: "Lista los cupones con sus condiciones y usos.",
    examples: ["listar cupones", "listar cupones como csv"], listing: true, access: .loggedIn
  ) { call in
    let coupons = try call.shop.coupons.list()
    return .table(
      Table(
        columns: [
          Column("Código", key: "codigo"), Column("Descuento", key: "descuento", alignRight: true),
          Column("Mínimo", key: "minimo", alignRight: true), Column("Desde", key: "desde"),
          Column("Hasta", key: "hasta"), Column("Usos", key: "usos", alignRight: true),
          Column("Máximo", key: "usos_maximos", alignRight: true), Column("Activo", key: "activo"),
        ],
        rows: coupons.map {
          [
            .text($0.code), $0.percent.map(Cell.percent) ?? $0.amount.map(Cell.money) ?? .null,
            .money($0.minimum), $0.validFrom.map(Cell.date) ?? .null,
            $0.validUntil.map(Cell.date) ?? .null, .int($0.uses),
            $0.maxUses.map(Cell.int) ?? .null, .bool($0.active),
          ]
        }, emptyMessage: Messages.noCoupons))
  }

  static let show = CommandSpec(
    "ver cupón", group: .sale, summary: "Muestra un cupón: descuento, condiciones y usos.",
    params: [code.spec], examples: ["ver cupón VERANO10"], listing: true, access: .loggedIn
  ) { call in
    let c = try call.shop.coupons.findCoupon(try call[code])
    return .record(
      Record([
        ("Código", "codigo", .text(c.code)),
        (
          "Descuento", "descuento", c.percent.map(Cell.percent) ?? c.amount.map(Cell.money) ?? .null
        ),
        ("Compra mínima", "minimo", .money(c.minimum)),
        ("Desde", "desde", c.validFrom.map(Cell.date) ?? .null),
        ("Hasta", "hasta", c.validUntil.map(Cell.date) ?? .null),
        ("Usos", "usos", .int(c.uses)),
        ("Usos máximos", "usos_maximos", c.maxUses.map(Cell.int) ?? .null),
        ("Activo", "activo", .bool(c.active)),
      ]))
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
