import TiendaCore

/// Spanish wording of the open ticket: the sale screen, what `quitar`,
/// `descuento` and `cupón` did, gift lines, held tickets and quotes, and
/// whose ticket it is (DESIGN §8.4).
extension Messages {
  // MARK: Sale screens
  static let subtotalLabel = "Subtotal"
  static let lineDiscountsLabel = "Descuentos por línea"
  static let ticketDiscountLabel = "Descuento"
  static let couponLabel = "Cupón"
  static let totalLabel = "Total"
  static let netLabel = "Neto"
  static let missingLabel = "Falta"
  static let saleLabel = "Venta"
  static let roundingLabel = "Redondeo"
  static let changeLabel = "Vuelto"
  static let noteLabel = "Nota: "
  static let boletaLabel = "Boleta: "
  static let giftLine = "(regalo: sin precio en el ticket)"
  static let emptyTicketShown = "(ticket vacío: escriba un producto, por ejemplo «2 empanada»)"
  static func paidWith(_ method: String) -> String { "Pagado con " + method }
  static func ticketRunning(articles: Int64, total: Money, _ currency: Currency) -> String {
    "  Ticket: \(articles) artículo\(articles == 1 ? "" : "s") · Total \(TextFormat.money(total, currency))"
  }
  static func stockShortWarning(_ product: String, _ stock: String) -> String {
    "  Aviso: de «\(product)» quedan \(stock) en stock; al cobrar no alcanzará."
  }
  static func sessionOpenedForSale(_ register: String) -> String {
    "  Se abrió \(register) con fondo $0 (no estaba abierta)."
  }
  static let ticketOpened =
    "  Ticket abierto. Escriba productos («2 empanada pino»), «total», «pagar efectivo 10000» o «cancelar»."
  public static func ticketResumed(_ lines: Int) -> String {
    "  Hay un ticket abierto con \(lines) línea\(lines == 1 ? "" : "s"); siga agregando o escriba «total»."
  }
  static let discountSet = "  Descuento aplicado."
  static func couponApplied(_ code: String, _ amount: Money, _ currency: Currency) -> String {
    "  Cupón \(code): -\(TextFormat.money(amount, currency))."
  }
  static let noteSaved = "  Nota guardada."
  static let giftSaved = "  Se imprimirá ticket de regalo (sin precios)."
  static func boletaSaved(_ n: String) -> String { "  Boleta \(n) anotada en la venta." }
  /// `cancelar`: what to do with each payment already taken. Cash goes
  /// back from the drawer (what it kept), other methods are reversed on
  /// their terminal, and a gift card was never charged (it is charged only
  /// when the sale completes).
  static func cancelled(_ payments: [PaymentRecord], _ currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    var parts: [String] = []
    let cash = payments.filter { $0.method == .cash }.reduce(Money.zero) {
      $0 + $1.tendered - $1.change
    }
    if cash > .zero { parts.append("devuelva \(money(cash)) en efectivo") }
    var methods: [PaymentMethod] = []
    var cards: [String] = []
    for p in payments {
      if p.method == .giftCard {
        let code = p.reference ?? ""
        if !cards.contains(where: { GiftCardCode.folded($0) == GiftCardCode.folded(code) }) {
          cards.append(code)
        }
      } else if p.method != .cash, !methods.contains(p.method) {
        methods.append(p.method)
      }
    }
    for method in methods {
      let amount = payments.filter { $0.method == method }.reduce(Money.zero) { $0 + $1.amount }
      parts.append("revierta \(method.rawValue) \(money(amount))")
    }
    if !cards.isEmpty {
      let list = cards.dropLast().joined(separator: ", ")
      parts.append(
        cards.count == 1
          ? "la tarjeta \(cards[0]) no se cargó"
          : "las tarjetas \(list) y \(cards.last!) no se cargaron")
    }
    guard let first = parts.first else { return "  Ticket cancelado." }
    let text = ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst())
      .joined(separator: " · ")
    return "  Ticket cancelado. \(text)."
  }
  static func held(_ number: Int64, _ name: String) -> String {
    "  Ticket sostenido número \(number)\(name.isEmpty ? "" : " («\(name)»)"). Retómelo con «retomar \(number)»."
  }
  static func quoted(_ number: Int64, until: LocalDate, total: Money, _ currency: Currency)
    -> String
  {
    "  Cotización \(number) por \(TextFormat.money(total, currency)), válida hasta el \(until.description)."
  }
  static let noHeld = "No hay tickets sostenidos."
  static let noQuotes = "No hay cotizaciones."
  static func stockOverrideQuestion(_ why: String) -> String {
    why + " ¿Vender igual bajo cero? (sí/no) "
  }
  static func heldLine(_ n: Int64, _ name: String) -> String {
    "\(n)\(name.isEmpty ? "" : " «\(name)»")"
  }
  static func quoteTitle(_ n: Int64, _ name: String, until: LocalDate?) -> String {
    "Cotización \(n)" + (name.isEmpty ? "" : " para \(name)")
      + (until.map { " · válida hasta el \($0.description)" } ?? "")
  }
}

// MARK: - Sale rules (issue 12, item 6)
extension Messages {
  /// `quitar línea 2`: the whole line went.
  static func lineRemoved(_ number: Int, _ name: String) -> String {
    "  Se quitó la línea \(number) («\(name)»)."
  }

  /// `quitar pan 1`: part of a line went; the line stays with the rest.
  static func unitsRemoved(
    _ removed: Quantity, of name: String, _ unit: ProductUnit, line: Int, left: Quantity
  ) -> String {
    let what: String
    if unit == .unit {
      let n = TextFormat.quantity(removed)
      what = removed.thousandths == 1000 ? "Se quitó 1 unidad" : "Se quitaron \(n) unidades"
    } else {
      what = "Se quitaron " + amount(removed, unit)
    }
    return "  \(what) de «\(name)»; en la línea \(line) quedan \(amount(left, unit))."
  }

  static let discountRemoved = "  Descuento quitado."
  static let noDiscountToRemove = "  No había un descuento así que quitar; el ticket queda igual."

  static func couponReplaced(
    _ new: String, old: String, _ amount: Money, _ currency: Currency
  ) -> String {
    "  Cupón \(new) en lugar de \(old) (un ticket lleva un solo cupón): -\(TextFormat.money(amount, currency))."
  }
  static func couponAgain(_ code: String, _ amount: Money, _ currency: Currency) -> String {
    "  El cupón \(code) ya estaba aplicado: -\(TextFormat.money(amount, currency))."
  }

  static func giftLineSaved(_ line: Int, _ name: String) -> String {
    "  La línea \(line) («\(name)») irá en el ticket de regalo, sin precio (sólo las líneas marcadas)."
  }

  /// After a $0 sale: nothing was charged.
  static let nothingCharged = "Sin cobro"

  /// `retomar N`: lines whose product changed while the ticket was held.
  static func heldProductDeleted(_ name: String) -> String {
    "  Aviso: «\(name)» se borró del catálogo mientras el ticket estaba sostenido; se quitó del ticket."
  }
  static func heldProductRepriced(
    _ name: String, from old: Money, to new: Money, _ currency: Currency
  ) -> String {
    let (old, new) = (TextFormat.money(old, currency), TextFormat.money(new, currency))
    return
      "  Aviso: «\(name)» cambió de precio mientras el ticket estaba sostenido: \(old) → \(new); se cobra el precio de hoy."
  }
}

// MARK: - Ticket ownership
/// Spanish wording of ticket ownership (DESIGN §8.4): whose ticket it is,
/// orphans taken over, one open document per terminal.
extension Messages {
  static func describe(owner error: TicketOwnerError, currency: Currency) -> String {
    switch error {
    case .documentOpen(let lines, let total, let paid):
      guard lines > 0 || paid > .zero else {
        return
          "Este terminal tiene un ticket abierto vacío: cancélelo («cancelar») antes de abrir otro."
      }
      return
        "Este terminal tiene un ticket abierto (\(ticketSize(lines, total, paid, currency))): cóbrelo («pagar …»), sosténgalo («sostener») o cancélelo («cancelar») antes de abrir otro."
    case .noOrphan(let register, let othersLive):
      var text = "No hay tickets abandonados en \(register) para retomar."
      if othersLive > 0 {
        text +=
          othersLive == 1
          ? " El ticket abierto de otro terminal de esta caja es de ese terminal."
          : " Los \(othersLive) tickets abiertos de otros terminales de esta caja son de esos terminales."
      }
      return text + " Para un ticket sostenido: «retomar N» (vea «sostenidas»)."
    }
  }

  /// `2 líneas, $5.000` (and what was paid already).
  static func ticketSize(_ lines: Int, _ total: Money, _ paid: Money, _ currency: Currency)
    -> String
  {
    "\(lines) línea\(lines == 1 ? "" : "s"), \(TextFormat.money(total, currency))"
      + (paid > .zero ? ", pagado \(TextFormat.money(paid, currency))" : "")
  }

  /// Said when a ticket whose terminal is gone is taken over.
  static func ticketAdopted(
    _ adopted: AdoptedTicket, register: String, user: String?, _ currency: Currency
  ) -> String {
    let ticket = adopted.ticket
    let whose =
      adopted.previous.userName != user ? " de \(adopted.previous.userName ?? "otra sesión")" : ""
    let process = adopted.previous.pid.map { " (proceso \($0))" } ?? ""
    var text =
      "  Retomé el ticket\(whose) que quedó abierto en \(register) (\(ticketSize(ticket.lines.count, ticket.totals.total, ticket.paid, currency))): su terminal\(process) ya no está."
    if adopted.remaining > 0 {
      text +=
        " Queda\(adopted.remaining == 1 ? "" : "n") \(adopted.remaining) más sin terminal: «retomar» toma el siguiente."
    }
    return text
  }

  /// At the prompt, after start-up: this user's ticket left open by an
  /// earlier session, taken over by the next ticket command.
  static func ownOrphanWaiting(_ lines: Int, register: String) -> String {
    "Quedó abierto un ticket de una sesión anterior en \(register) (\(lines) línea\(lines == 1 ? "" : "s")): el próximo comando del ticket lo retoma («total» lo muestra, «cancelar» lo descarta)."
  }

  /// At the prompt: tickets of other users whose terminal is gone.
  static func othersOrphansWaiting(_ count: Int, register: String, users: [String]) -> String {
    let who = users.isEmpty ? "" : " (de " + users.joined(separator: ", ") + ")"
    return count == 1
      ? "En \(register) quedó abierto un ticket de otra sesión\(who): «retomar» lo toma."
      : "En \(register) quedaron abiertos \(count) tickets de otras sesiones\(who): «retomar» toma uno."
  }
}

extension Messages {
  /// `salir` or Ctrl-D with a ticket that has lines (DESIGN §8.4).
  static func ticketStaysOpen(
    _ lines: Int, _ total: Money, _ paid: Money, register: String, _ currency: Currency
  ) -> String {
    "  El ticket (\(ticketSize(lines, total, paid, currency))) queda abierto en \(register): la próxima sesión en esta caja lo retoma («retomar» si es de otro usuario; «cancelar» lo descarta)."
  }
}

extension TicketOwnerError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(owner: self, currency: currency) }
}
