import TiendaCore

/// Spanish wording of customer accounts, «fiado» (issue 16 B): what the
/// commands say and their refusals (`AccountError`).
enum AccountWording {
  static func money(_ m: Money, _ c: Currency) -> String { TextFormat.money(m, c) }

  /// `verificar base`: a cached balance that disagrees with its ledger.
  static func balanceDiffers(_ customer: String, cached: Money, ledger: Money) -> String {
    "la cuenta de \(customer) guarda saldo \(cached.minorUnits) y sus movimientos suman"
      + " \(ledger.minorUnits)"
  }

  /// «Saldo $12.000 · Límite $150.000 · Disponible $138.000».
  static func standing(_ h: AccountHolder, _ c: Currency) -> String {
    guard h.limit > .zero || h.balance != .zero else {
      return "Sin crédito (límite $0): no se le puede fiar."
    }
    var text =
      "Saldo \(money(h.balance, c)) · Límite \(money(h.limit, c))"
      + " · Disponible \(money(h.available, c))"
    if h.overLimit { text += " · sobre el límite" }
    return text
  }

  /// After a sale with fiado, for those who see money figures (§8.5).
  static func balanceAfterSale(_ h: AccountHolder, _ c: Currency) -> String {
    "Saldo de \(h.name) \(money(h.balance, c))"
  }

  /// What a cashier sees on the ticket: what may still be sold on credit.
  static func available(_ h: AccountHolder, _ c: Currency) -> String {
    h.limit > .zero
      ? "Disponible para fiar \(money(h.available, c))"
      : "Sin crédito (límite $0): no se le puede fiar."
  }

  static func received(_ r: AccountMoveResult, _ c: Currency) -> [String] {
    guard let p = r.payment else { return [] }
    var text =
      "  Abono de \(r.holder.name) por \(money(p.amount, c))"
      + " · \(Messages.methodName(p.method))"
    if let ref = p.reference { text += " ref \(ref)" }
    let lines = [text, "  Saldo \(money(r.before - p.amount, c)) (antes \(money(r.before, c)))"]
    return lines
  }

  static func lent(_ r: AccountMoveResult, _ c: Currency) -> [String] {
    let amount = r.payment?.amount ?? .zero
    return [
      "  Préstamo a \(r.holder.name) por \(money(amount, c)): entregue \(money(amount, c)) en efectivo.",
      "  Saldo \(money(r.before + amount, c)) (antes \(money(r.before, c)))",
    ]
  }

  static func adjusted(_ r: AccountMoveResult, amount: Money, _ c: Currency) -> String {
    "  Cuenta de \(r.holder.name) ajustada en \(money(amount, c)) · Saldo \(money(r.before + amount, c))"
  }

  static func statementHeader(_ s: AccountStatement, _ c: Currency) -> [String] {
    var who = "  Cuenta de \(s.holder.name)"
    if let rut = s.holder.rut { who += " (RUT \(rut))" }
    var lines = [who, "  " + standing(s.holder, c)]
    if let p = s.period {
      lines.append(
        "  " + (p.from == p.to ? "Día \(p.from)" : "Período \(p.from) al \(p.to)")
          + " · Saldo anterior \(money(s.opening, c))")
    }
    return lines
  }

  static func kindWord(_ k: AccountMoveKind) -> String {
    switch k {
    case .sale: return "venta"
    case .payment: return "abono"
    case .loan: return "préstamo"
    case .refund: return "devolución"
    case .adjustment: return "ajuste"
    }
  }

  /// What a move points at: `venta 3`, `devolución 1`, `débito ref 123`, the reason.
  static func detail(_ m: AccountMove) -> String {
    var parts: [String] = [m.registerName]
    if let n = m.saleNumber { parts.append("venta \(n)") }
    if let n = m.refundNumber { parts.append("devolución \(n)") }
    if let method = m.method, m.kind == .payment { parts.append(method.rawValue) }
    if let r = m.reference { parts.append("ref " + r) }
    if !m.reason.isEmpty { parts.append("«" + m.reason + "»") }
    if let who = m.approvedBy { parts.append("aprobó " + who) }
    return parts.joined(separator: " · ")
  }

  static func overLimitQuestion(_ why: String) -> String {
    why + " ¿Fiar igual sobre el límite? (sí/no) "
  }

  static let noMoves = "La cuenta no tiene movimientos."
  static let noDebtors = "Ningún cliente debe nada."
  static func printed(_ name: String) -> String {
    "Estado de cuenta de \(name) enviado a imprimir."
  }
}

/// Labels of the accounts part of the X and Z (DESIGN §8.9).
enum AccountReportLabels {
  static func cashPayments(_ n: Int) -> String { "Efectivo de abonos (\(n))" }
  static func loans(_ n: Int) -> String { "Préstamos (\(n))" }
  static func sold(_ n: Int) -> String { "Fiado vendido (\(n))" }
  static func refunded(_ n: Int) -> String { "Fiado devuelto a cuentas (\(n))" }
  static func received(_ n: Int) -> String { "Abonos recibidos (\(n))" }
  static func receivedBy(_ method: String, _ n: Int) -> String { "  en \(method) (\(n))" }
}

/// Headings of `estado de cuenta` and `deudores`.
enum AccountHeadings {
  static let at = "Fecha"
  static let kind = "Movimiento"
  static let amount = "Monto"
  static let balance = "Saldo"
  static let detail = "Detalle"
  static let customer = "Cliente"
  static let rut = "RUT"
  static let limit = "Límite"
  static let available = "Disponible para fiar"
  static let oldest = "Desde"
  static let overLimit = "Sobre límite"
}

extension AccountError: WordedError {
  func wording(currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    switch self {
    case .noCustomer:
      return
        "Para fiar, el ticket necesita un cliente: escriba «cliente <nombre o RUT>» y luego «pagar fiado»."
    case .overLimit(let customer, let balance, let limit, let available, let wanted):
      if limit == .zero {
        return
          "\(customer) no tiene crédito (límite $0): no se le puede fiar \(money(wanted))."
          + " Un supervisor puede aprobarlo en la terminal, o cambie el límite con «editar cliente»."
          + " No se guardó nada."
      }
      return
        "Fiar \(money(wanted)) a \(customer) pasa su límite: debe \(money(balance)), límite"
        + " \(money(limit)), le quedan \(money(available)). Pague el resto con otro medio"
        + " (pagar fiado \(available.minorUnits), efectivo) o pida la aprobación de un supervisor"
        + " en la terminal. No se guardó nada."
    case .overLimitMeanwhile(let customer, let balance, let limit, let available, let wanted):
      return
        "Los \(money(wanted)) en fiado de este ticket ya no caben: otra caja le fió a \(customer)"
        + " mientras tanto (debe \(money(balance)), límite \(money(limit)), le quedan"
        + " \(money(available))). No se registró la venta; cancele el ticket («cancelar») y"
        + " vuelva a cobrarlo, o pida la aprobación de un supervisor en la terminal."
    case .amountNotPositive:
      return "El monto debe ser mayor que $0."
    case .reasonRequired:
      return "Falta el motivo: escríbalo entre comillas, por ejemplo motivo \"remedios\"."
    case .badPaymentMethod(let method):
      return
        "Un abono no se paga con \(method.rawValue): use efectivo, débito, transferencia u otro medio."
    case .moreThanOwed(let customer, let balance, let amount):
      return
        "\(customer) debe \(money(balance)); un abono de \(money(amount)) es más que la deuda."
        + " Abone hasta \(money(balance)): abonar \"\(customer)\" \(balance.minorUnits)."
    case .loanExceedsCash(let requested, let available):
      return
        "No se puede prestar \(money(requested)): en la caja debería haber \(money(available))"
        + " en efectivo (vea «arqueo»)."
    case .noOpenSession(let register):
      return
        "La caja «\(register)» no está abierta: un préstamo sale del efectivo del cajón."
        + " Ábrala con «abrir caja <fondo>»."
    case .noOpenSessionForPayment(let register):
      return
        "\(register) no tiene la caja abierta y esta tienda pide abrirla antes de recibir dinero:"
        + " un abono entra en la caja. Escriba «abrir caja» con el fondo (por ejemplo «abrir caja"
        + " 20000») y vuelva a abonar."
    case .nothingOwed(let customer):
      return "\(customer) no debe nada: no hay a qué abonar (vea «estado de cuenta \(customer)»)."
    }
  }
}
