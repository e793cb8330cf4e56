import TiendaCore

/// Spanish wording of gift cards (issue 15): what the commands say and
/// their refusals (`GiftCardError`).
enum GiftCardMessages {
  static func money(_ m: Money, _ c: Currency) -> String { TextFormat.money(m, c) }

  static let missingCode =
    "Falta el código de la tarjeta de regalo: pagar tarjeta-regalo <código> [monto]."

  static func issued(_ issued: IssuedGiftCard, _ c: Currency) -> String {
    let p = issued.payment
    var text =
      "  Tarjeta de regalo \(issued.card.code) emitida por \(money(issued.card.amount, c))"
      + " · \(Messages.methodName(p.method)) \(money(p.tendered, c))"
    if let r = p.reference { text += " ref \(r)" }
    if p.rounding != .zero { text += " · Redondeo \(money(p.rounding, c))" }
    if p.method == .cash { text += " · Vuelto \(money(p.change, c))" }
    return text
  }

  static func stateWord(_ s: GiftCardState) -> String { s.rawValue }

  static func statementHeader(_ card: GiftCard, _ c: Currency) -> String {
    "  Tarjeta de regalo \(card.code) · \(stateWord(card.state)) · Saldo \(money(card.balance, c))"
      + " (emitida el \(LocalTime.formatted(card.issuedAt)) por \(money(card.amount, c)))"
  }

  static func kindWord(_ k: GiftCardMoveKind) -> String {
    switch k {
    case .issue: return "emisión"
    case .redemption: return "canje"
    case .refund: return "reintegro"
    case .void: return "anulación"
    }
  }

  /// What a move points at: `venta 3`, `devolución 1`, `efectivo $20.000`, the reason.
  static func moveDetail(_ m: GiftCardMove, _ c: Currency) -> String {
    var parts: [String] = [m.registerName]
    if let n = m.saleNumber { parts.append("venta \(n)") }
    if let n = m.refundNumber { parts.append("devolución \(n)") }
    if let method = m.method {
      let verb = m.kind == .void ? "devuelto en " : "pagada con "
      parts.append(verb + method.rawValue + " " + money(m.tendered - m.change, c))
    } else if m.kind == .void {
      parts.append("sin reembolso")
    }
    if let r = m.reference { parts.append("ref " + r) }
    if !m.reason.isEmpty { parts.append("«" + m.reason + "»") }
    return parts.joined(separator: " · ")
  }

  static func voided(_ v: VoidedGiftCard, _ c: Currency) -> String {
    var text = "  Tarjeta de regalo \(v.code) anulada · Saldo anulado \(money(v.voided, c))"
    if let p = v.payment {
      text +=
        p.method == .cash
        ? " · Entregue en efectivo \(money(p.tendered, c))"
        : " · Devuelva por \(p.method.rawValue) \(money(p.amount, c))"
    } else {
      text += " · Sin reembolso"
    }
    return text
  }

  static let noCards =
    "No hay tarjetas de regalo. Emita una con: emitir tarjeta-regalo 20000 pagar efectivo"
  static let reasonRequired =
    "Falta el motivo: anular tarjeta-regalo <código> motivo \"…\"."
}

/// Headings of `listar tarjetas-regalo` and `saldo tarjeta-regalo`.
enum GiftCardHeadings {
  static let code = "Código"
  static let issued = "Emitida"
  static let amount = "Monto"
  static let balance = "Saldo"
  static let state = "Estado"
  static let at = "Fecha"
  static let kind = "Movimiento"
  static let moveAmount = "Monto"
  static let balanceAfter = "Saldo"
  static let detail = "Detalle"
}

extension GiftCardError: WordedError {
  func wording(currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    switch self {
    case .unknownCode(let code):
      return
        "No hay una tarjeta de regalo con el código «\(code)». Revise el código (vea: listar tarjetas-regalo)."
    case .voided(let code):
      return
        "La tarjeta de regalo \(code) está anulada: no se puede pagar con ella. Pague con otro medio."
    case .balanceShort(let code, let balance, let wanted):
      if balance <= .zero {
        return
          "La tarjeta de regalo \(code) no tiene saldo. Pague con otro medio. No se guardó nada."
      }
      return
        "La tarjeta de regalo \(code) tiene saldo \(money(balance)); no alcanza para \(money(wanted))."
        + " Pague \(money(balance)) con la tarjeta y el resto con otro medio:"
        + " pagar tarjeta-regalo \(code) \(balance.minorUnits), efectivo"
    case .spentMeanwhile(let code, let balance, let wanted):
      return
        "La tarjeta de regalo \(code) ya no alcanza para los \(money(wanted)) de este ticket:"
        + " otra caja la usó y le queda \(money(balance)). No se registró la venta;"
        + " cancele el ticket («cancelar») y vuelva a cobrarlo con otro medio."
    case .saleNotCovered(let code, let balance, let remaining):
      return
        "La tarjeta de regalo \(code) cubre \(money(balance)); faltan \(money(remaining))."
        + " Pague el resto con otro medio: pagar tarjeta-regalo \(code) \(balance.minorUnits), efectivo."
        + " No se guardó nada."
    case .paidWithGiftCard:
      return
        "Una tarjeta de regalo no se paga con otra tarjeta de regalo: use efectivo, débito u otro medio."
    case .onePaymentOnly:
      return
        "Una tarjeta de regalo se paga con un solo medio: emitir tarjeta-regalo <monto> pagar efectivo"
    case .issueNotCovered(let amount, let paid):
      return
        "El pago (\(money(paid))) no cubre la tarjeta de regalo de \(money(amount)). No se emitió nada."
    case .amountNotPositive:
      return "El monto de una tarjeta de regalo debe ser mayor que cero."
    case .codeTaken(let code):
      return
        "Ya existe una tarjeta de regalo con el código «\(code)». Elija otro, o no indique código y tienda genera uno."
    case .badCode(let code):
      return
        "«\(code)» no sirve como código de tarjeta de regalo: de 3 a 32 letras, dígitos, guiones o «_», sin espacios."
    case .nothingToVoid(let code):
      return "La tarjeta de regalo \(code) no tiene saldo: no hay nada que anular."
    case .alreadyVoided(let code):
      return "La tarjeta de regalo \(code) ya estaba anulada."
    }
  }
}

/// Labels of the «Tarjetas de regalo» part of the X and Z.
enum GiftCardReportLabels {
  static func cashFromCards(_ n: Int) -> String { "Efectivo de tarjetas de regalo (\(n))" }
  /// Short enough to keep the X and Z in their column at 80 columns.
  static func cashToVoidedCards(_ n: Int) -> String { "Efectivo a tarjetas anuladas (\(n))" }
  static func sold(_ n: Int) -> String { "Tarjetas de regalo vendidas (\(n))" }
  static func soldBy(_ method: String, _ n: Int) -> String { "  pagadas con \(method) (\(n))" }
  static func redeemed(_ n: Int) -> String { "Tarjetas de regalo canjeadas (\(n))" }
  static func refunded(_ n: Int) -> String { "Reintegrado a tarjetas de regalo (\(n))" }
  static func voided(_ n: Int) -> String { "Tarjetas de regalo anuladas (\(n))" }
  static func paidBackBy(_ method: String, _ n: Int) -> String { "  devuelto en \(method) (\(n))" }
  static func notPaidBack(_ n: Int) -> String { "  sin reembolso (\(n))" }
}
