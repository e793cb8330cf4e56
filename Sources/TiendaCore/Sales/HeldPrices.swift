import TiendaStore

/// What changed in the catalog for a line while its ticket was held.
public struct HeldLineChange: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// The product was deleted: the line is taken off the ticket.
    case deleted
    /// The catalog price changed: the resumed ticket takes today's price.
    case repriced(from: Money, to: Money)
  }

  public let product: String
  public let kind: Kind

  var json: JSONValue {
    switch kind {
    case .deleted:
      return .object([("producto", .string(product)), ("cambio", .string("borrado"))])
    case .repriced(let old, let new):
      return .object([
        ("producto", .string(product)), ("cambio", .string("precio")),
        ("antes", .int(old.minorUnits)), ("ahora", .int(new.minorUnits)),
      ])
    }
  }
}

extension Tickets {
  /// Notes the catalog price of each line of a held ticket that sells at
  /// the catalog's price, to tell on `retomar` what changed.
  func recordHeldPrices(ticket id: Int64) throws {
    try TicketLineRow.recordHeldPrices(ticket: id, in: db)
  }

  /// Lines of a held ticket whose product was deleted or repriced since it
  /// was held, in line order.
  func heldChanges(_ ticket: Ticket) throws -> [HeldLineChange] {
    guard let id = ticket.id else { return [] }
    let held = try TicketLineRow.lines(ofTicket: id, in: db).map(\.heldPrice)
    var changes: [HeldLineChange] = []
    for (line, price) in zip(ticket.lines, held) {
      if !line.product.active {
        changes.append(HeldLineChange(product: line.product.name, kind: .deleted))
      } else if let price, line.customPrice == nil, line.fixedAmount == nil,
        price != line.product.price.minorUnits
      {
        changes.append(
          HeldLineChange(
            product: line.product.name, kind: .repriced(from: Money(price), to: line.product.price))
        )
      }
    }
    return changes
  }
}
