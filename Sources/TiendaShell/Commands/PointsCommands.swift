import TiendaCore

/// Loyalty points (issue 19, part B): `configurar puntos`, `puntos
/// <cliente>`, `canjear N puntos` on a ticket, `ajustar puntos`. Paying
/// with points in one line is `pagar puntos [monto]` (SaleGrammar).
enum PointsCommands {
  static let all: [CommandSpec] = [configure, show, redeem, adjust]

  static let rule = RequiredParam<[Token]>.positional(
    "regla", .rest,
    placeholder: "<n> cada <monto> [canje 1 punto = <monto>] [vencen <días> días] | no",
    help: "Cuántos puntos por cuánto pagado, cuánto vale un punto y en cuántos días vencen.")
  static let customer = CustomerCommands.customer
  static let count = RequiredParam<Int64>.positional(
    "cantidad", placeholder: "<n>", help: "Cuántos puntos.")
  static let word = FlagParam("puntos", help: "(La palabra «puntos», opcional.)")
  static let change = RequiredParam<StockAdjustment>.positional(
    "ajuste", placeholder: "+n|-n", help: "Cuántos puntos sumar o restar.")
  static let reason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (obligatorio).")

  static let configure = CommandSpec(
    "configurar puntos", group: .customers,
    summary:
      "Configura los puntos de los clientes: cuántos da cada compra, cuánto vale uno, cuándo vencen.",
    details: """
      Los puntos se ganan en las ventas con cliente, sobre lo pagado (no sobre lo fiado ni lo \
      pagado con puntos), redondeando hacia abajo. Se canjean como medio de pago «puntos». \
      «configurar puntos no» los desactiva (los saldos se conservan).
      """,
    params: [rule.spec],
    examples: [
      "configurar puntos 1 cada 1000",
      "configurar puntos 1 cada 1000 canje 1 punto = $1 vencen 365 días",
      "configurar puntos no",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let c = call.shop.settings.currency
    let request = try parseRule(try call[rule], currency: c)
    let changed = try call.shop.points.configure(request)
    return .message(PointsMessages.configured(request.rule, changed: changed, c))
  }

  static let show = CommandSpec(
    "puntos", aliases: ["ver puntos"], group: .customers,
    summary: "Los puntos de un cliente: saldo, próximo vencimiento y movimientos.",
    params: [customer.spec],
    examples: ["puntos juan", "puntos \"Juana Soto\" como csv"],
    listing: true, right: .sell
  ) { call in
    .table(
      PointsTables.statement(
        try call.shop.points.statement(try call[customer]),
        currency: call.shop.settings.currency))
  }

  static let redeem = CommandSpec(
    "canjear", group: .sale,
    summary: "Paga parte del ticket abierto con los puntos de su cliente.",
    details:
      "Cada punto paga lo que dice «configurar puntos»; no da vuelto ni supera lo que falta.",
    params: [count.spec, word.spec],
    examples: ["canjear 500 puntos"],
    mutates: true, right: .sell
  ) { call in
    let n = try call[count]
    let outcome = try SaleCommands.withStockOverride(call) { below in
      try call.shop.points.redeemOnTicket(n, belowZero: below)
    }
    SaleCommands.noteSale(outcome, call)
    return .lines(
      PointsTables.afterSale(
        CustomerAccountView.afterSale(
          TicketView(call.shop.settings.currency).outcome(outcome), outcome, shop: call.shop),
        outcome))
  }

  static let adjust = CommandSpec(
    "ajustar puntos", group: .customers,
    summary: "Suma o resta puntos a un cliente (supervisor), con motivo.",
    params: [customer.spec, change.spec, reason.spec],
    examples: [
      "ajustar puntos juan +100 motivo \"cumpleaños\"", "ajustar puntos juan -50 motivo \"error\"",
    ],
    mutates: true, right: .void
  ) { call in
    guard let why = call[reason], !why.isEmpty else { throw PointsError.reasonRequired }
    let points: Int64
    switch try call[change] {
    case .add(let q, _): points = try whole(q)
    case .remove(let q, _): points = -(try whole(q))
    case .set: throw ShellError(PointsMessages.adjustmentNotSet)
    }
    let result = try call.shop.points.adjust(
      PointsAdjustRequest(customer: try call[customer], points: points, reason: why))
    return .message(
      PointsMessages.adjusted(result.customer.name, points: points, balance: result.balance))
  }

  static func whole(_ q: Quantity) throws -> Int64 {
    guard q.thousandths % 1000 == 0 else { throw ShellError(PointsMessages.wholePointsOnly) }
    return q.thousandths / 1000
  }

  /// `1 cada 1000 [canje [1 punto =] $1] [vencen 365 [días]]`, or `no`.
  static func parseRule(_ tokens: [Token], currency: Currency) throws -> PointsRuleRequest {
    if tokens.count == 1, tokens[0].isKeyword("no") || tokens[0].isKeyword("desactivar") {
      return PointsRuleRequest(rule: nil)
    }
    func fail(_ token: Token?) -> ShellError {
      token.map { ShellError(PointsMessages.badDefinition, at: $0) }
        ?? ShellError(PointsMessages.badDefinition)
    }
    guard tokens.count >= 3, tokens[1].isKeyword("cada") else { throw fail(tokens.first) }
    let points = try Literals.integer(tokens[0])
    let every = try Literals.money(tokens[2], currency: currency)
    var value = Money(1)
    for _ in 0..<currency.decimals { value = Money(value.minorUnits * 10) }
    var days: Int64? = nil
    var j = 3
    while j < tokens.count {
      if tokens[j].isKeyword("canje") {
        j += 1
        // `canje 1 punto = $1`: the value of one point (the `1 punto =` is optional).
        if j + 2 < tokens.count, tokens[j + 1].isKeyword("punto"), tokens[j + 2].text == "=" {
          guard try Literals.integer(tokens[j]) == 1 else { throw fail(tokens[j]) }
          j += 3
        }
        guard j < tokens.count else { throw fail(tokens.last) }
        value = try Literals.money(tokens[j], currency: currency)
        j += 1
      } else if tokens[j].isKeyword("vencen") {
        j += 1
        guard j < tokens.count else { throw fail(tokens.last) }
        if tokens[j].isKeyword("nunca") {
          days = nil
        } else {
          days = try Literals.integer(tokens[j])
          if j + 1 < tokens.count, tokens[j + 1].isKeyword("días") || tokens[j + 1].isKeyword("día")
          {
            j += 1
          }
        }
        j += 1
      } else {
        throw fail(tokens[j])
      }
    }
    return PointsRuleRequest(
      rule: PointsRule(points: points, every: every, value: value, days: days))
  }
}
