import TiendaCore

/// Everything tienda says about loyalty points (issue 19, part B).
enum PointsMessages {
  static func money(_ m: Money, _ c: Currency) -> String { TextFormat.money(m, c) }

  /// `1.234` (points are whole; grouped like money).
  static func count(_ n: Int64) -> String {
    (n < 0 ? "-" : "") + Money.grouped(n.magnitude)
  }

  static func points(_ n: Int64) -> String { count(n) + (n.magnitude == 1 ? " punto" : " puntos") }

  /// `1 punto cada $1.000 · canje 1 punto = $1 · vencen a los 365 días`.
  static func rule(_ rule: PointsRule?, _ c: Currency) -> String {
    guard let rule else { return "desactivados" }
    return points(rule.points) + " cada " + money(rule.every, c) + " · canje 1 punto = "
      + money(rule.value, c) + " · "
      + (rule.days.map { "vencen a los \(count($0)) días" } ?? "no vencen")
  }

  static func configured(_ rule: PointsRule?, changed: Bool, _ c: Currency) -> String {
    guard changed else { return "Los puntos ya estaban así: " + Self.rule(rule, c) + "." }
    guard let rule else {
      return
        "Puntos desactivados: las ventas no dan puntos ni se puede pagar con ellos. Los saldos se conservan."
    }
    return "Puntos: " + Self.rule(rule, c) + "."
  }

  static let badDefinition =
    "No entendí la regla de puntos. Escriba, por ejemplo: configurar puntos 1 cada 1000 canje 1 punto = $1 vencen 365 días (o «configurar puntos no» para desactivarlos)."

  static func kindWord(_ kind: PointMoveKind) -> String {
    switch kind {
    case .earned: "ganados"
    case .redeemed: "canjeados"
    case .returned: "devueltos"
    case .takenBack: "descontados"
    case .adjusted: "ajuste"
    case .expired: "vencidos"
    }
  }

  static func detail(_ line: PointStatementLine, _ c: Currency) -> String {
    switch line.kind {
    case .earned: return line.saleNumber.map { "venta \($0)" } ?? ""
    case .redeemed:
      return (line.saleNumber.map { "venta \($0) · " } ?? "") + "pagó " + money(line.amount, c)
    case .returned:
      return (line.refundNumber.map { "devolución \($0) · " } ?? "") + money(line.amount, c)
    case .takenBack: return line.refundNumber.map { "devolución \($0)" } ?? ""
    case .adjusted: return line.reason
    case .expired: return ""
    }
  }

  static func header(_ s: PointsStatement, _ c: Currency) -> [String] {
    var out = [
      s.customer.name + ": " + points(s.ledger.balance)
        + (s.rule?.worth(s.ledger.balance).map { " (" + money($0, c) + ")" } ?? "")
    ]
    if let next = s.ledger.nextExpiry {
      out.append(
        "Próximo vencimiento: " + points(next.points) + " el "
          + LocalTime.components(next.at).date.description)
    }
    if s.rule == nil { out.append("Los puntos están desactivados (configurar puntos).") }
    return out
  }

  /// `Puntos de Juana Soto: +12 · Saldo 312 puntos`.
  static func afterSale(_ p: SalePoints) -> String {
    var parts: [String] = []
    if p.redeemed > 0 { parts.append("Canjeó " + points(p.redeemed)) }
    if p.earned > 0 { parts.append("Ganó " + points(p.earned)) }
    parts.append("Saldo " + points(p.balance))
    return "  Puntos de " + p.customerName + ": " + parts.joined(separator: " · ")
  }

  static func adjusted(_ name: String, points: Int64, balance: Int64) -> String {
    "Puntos de \(name) ajustados en \(points > 0 ? "+" : "")\(count(points)): saldo "
      + Self.points(balance) + "."
  }

  static let noPoints = "Sin movimientos de puntos."
  /// `Puntos: 50 ($50)`.
  static func onTicket(_ balance: Int64, worth: Money?, _ c: Currency) -> String {
    "Puntos: " + count(balance) + (worth.map { " (" + money($0, c) + ")" } ?? "")
  }
  /// A refund's part paid back to the customer's points.
  static func refunded(_ amount: String) -> String { "Devuelto a puntos \(amount)" }
  static let adjustmentNotSet =
    "El ajuste de puntos es +N o -N (por ejemplo: ajustar puntos juan +100 motivo \"regalo\")."
  static let wholePointsOnly = "Los puntos son enteros: escriba un número sin decimales."
}

enum PointsHeadings {
  static let at = "Fecha"
  static let kind = "Movimiento"
  static let points = "Puntos"
  static let balance = "Saldo"
  static let detail = "Detalle"
  static let pointsField = "Puntos"
}

extension PointsError: WordedError {
  func wording(currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    let p = PointsMessages.points
    switch self {
    case .badRule:
      return
        "La regla de puntos no es válida: los puntos, el monto «cada» y el valor del punto van sobre cero, y los días entre 1 y 36.500. Ejemplo: configurar puntos 1 cada 1000 canje 1 punto = $1 vencen 365 días"
    case .off:
      return
        "Los puntos están desactivados: no se puede pagar con puntos. Actívelos con: configurar puntos 1 cada 1000"
    case .noCustomer:
      return
        "Para pagar con puntos el ticket necesita un cliente. Indíquelo con: cliente <nombre> (o «vender … cliente juan pagar puntos»)."
    case .notPositive:
      return "Los puntos deben ser más que cero. Ejemplo: canjear 500 puntos"
    case .reasonRequired:
      return "Falta el motivo del ajuste. Ejemplo: ajustar puntos juan +100 motivo \"regalo\""
    case .balanceShort(let customer, let balance, let wanted):
      if balance <= 0 {
        return "\(customer) no tiene puntos. Pague con otro medio. No se guardó nada."
      }
      return
        "\(customer) tiene \(p(balance)); no alcanza para \(p(wanted)). Canjee hasta \(p(balance)) y pague el resto con otro medio."
    case .adjustBelowZero(let customer, let balance, let wanted):
      return
        "\(customer) tiene \(p(balance)): no se le pueden restar \(p(wanted)) (el saldo no queda bajo cero). Reste a lo más \(p(balance)), con -\(balance)."
    case .spentMeanwhile(let customer, let balance, let wanted):
      return
        "Los puntos de \(customer) se usaron en otra caja mientras tanto: quedan \(p(balance)) y el ticket pide \(p(wanted)). Quite el pago con puntos (cancele el pago o el ticket) y cobre de nuevo. No se guardó la venta."
    case .notWholePoints(let amount, let value):
      return
        "\(money(amount)) no es un número entero de puntos (cada punto vale \(money(value))). Use un múltiplo de \(money(value)) o «canjear N puntos»."
    }
  }
}
