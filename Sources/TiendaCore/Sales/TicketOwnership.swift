import TiendaStore

/// A refusal about who holds an open ticket (DESIGN §8.4).
public enum TicketOwnerError: Error, Equatable {
  /// This terminal already has an open ticket: another document (a
  /// one-line sale, a held ticket, a quote, an orphan) is not opened.
  case documentOpen(lines: Int, total: Money, paid: Money)
  /// `retomar` with no number and no orphaned ticket on this register.
  case noOrphan(register: String, othersLive: Int)
}

/// An open ticket whose terminal is gone: its process died or ended with
/// the ticket open (DESIGN §8.4).
public struct OrphanTicket: Sendable, Equatable {
  public let id: Int64
  /// Who opened it (nil in single-user mode).
  public let userName: String?
  /// The dead process, nil for a ticket opened before owners were kept.
  public let pid: Int64?
  public let openedAt: Int64
  public let lineCount: Int
  /// Payments already taken on it.
  public var paymentCount = 0

  /// Nothing on it: no line, no payment (nothing to say about it).
  public var isEmpty: Bool { lineCount == 0 && paymentCount == 0 }
}

/// A ticket this terminal just took over.
public struct AdoptedTicket: Sendable {
  public let ticket: Ticket
  public let previous: OrphanTicket
  /// Orphans still left on this register after this one.
  public let remaining: Int
}

extension Tickets {
  var ownerValues: [SQLValue] {
    [.integer(terminal.pid), .integer(terminal.started), .text(terminal.boot)]
  }

  /// Writes this terminal and user as the owner of ticket `id`: only when a
  /// document opens (a new ticket, a resumed hold, an adopted orphan).
  func claimTicket(_ id: Int64) throws {
    try TicketRow.claim(id: id, owner: terminal, userName: actor.userName, in: db)
  }

  /// Open tickets of this register whose terminal no longer runs, oldest
  /// first; `user` narrows them to one user's (`.some(nil)`: single-user
  /// mode).
  public func orphanTickets(of user: String?? = .none) throws -> [OrphanTicket] {
    let rows = try TicketOwnerRow.notOwned(
      register: actor.registerID, owner: ownerValues, in: db)
    return rows.compactMap { row in
      if let pid = row.ownerPID,
        TerminalID(pid: pid, started: row.ownerStarted, boot: row.ownerBoot).isAlive
      {
        return nil
      }
      var orphan = OrphanTicket(
        id: row.id, userName: row.ownerUser, pid: row.ownerPID, openedAt: row.openedAt,
        lineCount: Int(row.lineCount))
      orphan.paymentCount = Int(row.paymentCount)
      if case .some(let wanted) = user, orphan.userName != wanted { return nil }
      return orphan
    }
  }

  /// Open tickets of this register held right now by other running
  /// terminals (never touched from here).
  public func liveTicketsElsewhere() throws -> Int {
    try TicketOwnerRow.notOwned(register: actor.registerID, owner: ownerValues, in: db).filter {
      guard let pid = $0.ownerPID else { return false }
      return TerminalID(pid: pid, started: $0.ownerStarted, boot: $0.ownerBoot).isAlive
    }.count
  }

  /// Whether the next ticket-mode command would take over an orphan of
  /// this user on this register.
  public var hasAdoptableOrphan: Bool {
    ((try? orphanTickets(of: .some(actor.userName))) ?? []).isEmpty == false
  }

  /// Takes over the oldest orphaned ticket of this register: the current
  /// user's own (the next ticket-mode command), or anyone's (`retomar`,
  /// `anyUser`). Nil when there is none, or when this terminal already has
  /// its own ticket (then nothing is adopted: one document per terminal).
  /// The owner is re-checked inside the transaction, so two terminals
  /// never adopt the same ticket.
  @discardableResult
  public func adoptOrphan(anyUser: Bool) throws -> AdoptedTicket? {
    try mutate { journal in
      if let own = try openTicket() {
        guard anyUser else { return nil }
        throw TicketOwnerError.documentOpen(
          lines: own.lines.count, total: own.totals.total, paid: own.paid)
      }
      let candidates = try orphanTickets(of: anyUser ? .none : .some(actor.userName))
      guard let orphan = candidates.first else { return nil }
      try claimTicket(orphan.id)
      journal.record(
        "ticket.adoptar", entity: "ticket", id: String(orphan.id),
        before: .object([
          ("usuario", orphan.userName.map(JSONValue.string) ?? .null),
          ("proceso", orphan.pid.map(JSONValue.int) ?? .null),
        ]),
        after: .object([
          ("usuario", actor.userName.map(JSONValue.string) ?? .null),
          ("proceso", .int(terminal.pid)), ("lineas", .int(Int64(orphan.lineCount))),
        ]))
      guard let ticket = try openTicket() else { throw SaleError.noOpenTicket }
      let left = try orphanTickets().count
      return AdoptedTicket(ticket: ticket, previous: orphan, remaining: left)
    }
  }

  /// Refuses opening another document while this terminal has a ticket
  /// with something on it. An empty one (just `vender`) is returned, for
  /// the one-line sale to use.
  func ensureNoOpenDocument() throws -> Ticket? {
    guard let own = try openTicket() else { return nil }
    try shop.orders.refuseDraft(own)
    if own.lines.isEmpty && own.payments.isEmpty { return own }
    throw TicketOwnerError.documentOpen(
      lines: own.lines.count, total: own.totals.total, paid: own.paid)
  }

  /// Refuses opening another document (`retomar`) while this terminal has
  /// any open ticket, naming it.
  func refuseAnotherDocument() throws {
    guard let own = try openTicket() else { return }
    try shop.orders.refuseDraft(own)
    throw TicketOwnerError.documentOpen(
      lines: own.lines.count, total: own.totals.total, paid: own.paid)
  }
}
