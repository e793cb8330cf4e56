import TiendaCore

/// The shell's side of ticket ownership (DESIGN §8.4): the commands that
/// work on this terminal's ticket take over an orphan of the same user
/// (with a notice), and the prompt says at start-up what was left open.
public enum TicketSession {
  /// Ticket-mode commands: they act on this terminal's open ticket.
  static let ticketCommands: Set<String> = [
    "vender", "agregar", "pagar", "total", "quitar", "descuento", "cupón", "nota", "regalo",
    "boleta", "cancelar", "sostener", "sostener cotización", "cliente", "sin cliente",
    "promociones", "sin promociones", "canjear",
  ]

  /// Whether `call` is a ticket-mode command. A one-line sale
  /// (`vender … pagar …`) is not: it never takes over another ticket.
  static func isTicketMode(_ call: Invocation) -> Bool {
    guard ticketCommands.contains(call.spec.name) else { return false }
    if call.spec.name == SaleCommands.sell.name, call[SaleCommands.payments] != nil,
      !(call[SaleCommands.items] ?? []).isEmpty
    {
      return false
    }
    return true
  }

  /// Runs a command; a ticket-mode command, when this terminal has no
  /// ticket and this user has one whose terminal is gone, first takes it
  /// over, in the same transaction as the command (a refused command
  /// leaves it where it was), and the notice says so.
  static func run(
    _ call: Invocation, _ context: ShellContext, _ body: () throws -> CommandResult
  ) throws -> CommandResult {
    let shop = context.shop
    guard isTicketMode(call), shop.tickets.hasAdoptableOrphan else { return try body() }
    let (adopted, result) = try shop.tickets.adoptingOrphan(body)
    if let adopted, !adopted.previous.isEmpty {
      context.writeOut(
        Messages.ticketAdopted(
          adopted, register: shop.actor.registerName, user: shop.actor.userName,
          shop.settings.currency) + "\n")
    }
    return result
  }

  /// `retomar` alone: the oldest orphaned ticket of this register, whoever
  /// opened it.
  static func resumeOrphan(_ call: Invocation) throws -> CommandResult {
    let shop = call.shop
    guard let adopted = try shop.tickets.adoptOrphan(anyUser: true) else {
      throw TicketOwnerError.noOrphan(
        register: shop.actor.registerName, othersLive: try shop.tickets.liveTicketsElsewhere())
    }
    return .lines(
      [
        Messages.ticketAdopted(
          adopted, register: shop.actor.registerName, user: shop.actor.userName,
          shop.settings.currency)
      ] + TicketView(shop.settings.currency).breakdown(adopted.ticket))
  }

  /// Said when an interactive session ends (`salir`, Ctrl-D) while this
  /// terminal's ticket has lines or payments: it stays open and the next
  /// session takes it over (DESIGN §8.4). Nothing is asked: leaving is
  /// never blocked.
  public static func leavingNotice(_ shop: Shop) -> String? {
    if let purchase = shop.purchases.openPurchaseSummary() {
      return Messages.purchaseStaysOpen(
        supplier: purchase.supplier, lines: purchase.lines, register: shop.actor.registerName)
    }
    guard let ticket = try? shop.tickets.openTicket(), !ticket.lines.isEmpty || ticket.paid > .zero
    else { return nil }
    return Messages.ticketStaysOpen(
      ticket.lines.count, ticket.totals.total, ticket.paid, register: shop.actor.registerName,
      shop.settings.currency)
  }

  /// What the prompt says when it starts: a ticket of this user left open
  /// by an earlier session (the next ticket command takes it over), and
  /// other users' orphans on this register (`retomar`).
  public static func startupNotices(_ shop: Shop) -> [String] {
    // Orders due in the next hours (issue 20): one query, interactive only.
    let due = OrderMessages.dueSoon(shop.orders.dueSoon(), hours: 3).map { [$0] } ?? []
    // An empty orphan (`vender`, then the terminal closed) is not worth a
    // word: the next ticket command takes it over silently.
    guard let orphans = try? shop.tickets.orphanTickets().filter({ !$0.isEmpty }), !orphans.isEmpty
    else { return due }
    let register = shop.actor.registerName
    var out: [String] = due
    let user = shop.actor.userName
    if let own = orphans.first(where: { $0.userName == user }) {
      out.append(Messages.ownOrphanWaiting(own.lineCount, register: register))
    }
    let others = orphans.filter { $0.userName != user }
    if !others.isEmpty {
      var names: [String] = []
      for name in others.compactMap(\.userName) where !names.contains(name) { names.append(name) }
      out.append(Messages.othersOrphansWaiting(others.count, register: register, users: names))
    }
    return out
  }
}
