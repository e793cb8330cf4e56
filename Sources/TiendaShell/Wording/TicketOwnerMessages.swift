import TiendaCore

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
