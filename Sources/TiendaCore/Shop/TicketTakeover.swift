extension Tickets {
  /// Runs `body` (a ticket-mode command) in one transaction after taking
  /// over this user's orphaned ticket (DESIGN §8.4): a refused command
  /// leaves the ticket where it was. Returns what was taken over, if anything.
  public func adoptingOrphan<T>(_ body: () throws -> T) throws -> (AdoptedTicket?, T) {
    try db.write {
      let adopted = try adoptOrphan(anyUser: false)
      return (adopted, try body())
    }
  }
}
