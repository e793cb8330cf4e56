/// What a role may do. Each command declares the right it needs.
public enum Right: String, Sendable, CaseIterable {
  case sell = "vender"
  case discount = "descontar"
  case void = "anular"
  case refund = "devolver"
  case withdrawCash = "retirar"
  case openDrawer = "abrir-cajón"
  case sellBelowZero = "vender-sin-stock"
  /// Sell at a price other than the catalog's (`2 pan a 300`, `importe`).
  case overridePrice = "cambiar-precio"
  case editCatalog = "editar-catálogo"
  case closeRegister = "cerrar-caja"
  case manageUsers = "administrar"
  /// Money figures: sales, reports, arqueo, the journal, costs (DESIGN.md §8.5).
  case viewReports = "ver-informes"
  /// A sale on credit past the customer's limit (issue 16, DESIGN §8.5).
  case creditOverLimit = "fiar-sobre-límite"
  /// `prestar`: cash lent to a customer.
  case lend = "prestar"

  /// Suppliers, purchases and expenses (DESIGN §8.5): supervisor, dueño.
  case purchases = "compras"
  /// `sin promociones` on a ticket (issue 19, DESIGN §8.5): supervisor, dueño.
  case noPromotions = "sin-promociones"

  public static func named(_ text: String) -> Right? {
    allCases.first { fold($0.rawValue) == fold(text) }
  }
}

/// A role: its rights and numeric caps.
public struct Role: Sendable, Equatable {
  public let id: Int64
  public let code: String
  public let rights: Set<Right>
  /// Largest discount a user of this role may give on a line / a ticket.
  public let maxLineDiscount: Percent
  public let maxTicketDiscount: Percent
  /// Largest refund without approval; nil = no limit.
  public let maxRefund: Money?

  /// The dueño's role: it keeps every right, and the last active dueño
  /// stays one.
  var isOwner: Bool { fold(code) == "dueno" }

  var json: JSONValue {
    .object([
      ("rol", .string(code)),
      ("derechos", .array(Right.allCases.filter(rights.contains).map { .string($0.rawValue) })),
      ("descuento_linea", .decimal(thousandths: maxLineDiscount.thousandths)),
      ("descuento_ticket", .decimal(thousandths: maxTicketDiscount.thousandths)),
      ("devolucion_maxima", maxRefund.map { .int($0.minorUnits) } ?? .null),
    ])
  }
}

/// A change to a role (`editar rol cajero descuento-máximo 15%`).
public struct RoleChange: Sendable {
  public var maxLineDiscount: Percent?
  public var maxTicketDiscount: Percent?
  public var maxRefund: Money??
  public var grant: [Right] = []
  public var revoke: [Right] = []

  public init() {}
}

extension Users {
  /// All roles: cajero, supervisor, dueño.
  public func roles() throws -> [Role] {
    try RoleRow.all(in: db).map(\.role)
  }

  public func findRole(_ text: String) throws -> Role {
    if let row = try RoleRow.find(folded: fold(text), in: db) { return row.role }
    throw CoreError.unknownRole(
      text, suggestion: closestMatch(to: text, among: try roles().map(\.code)))
  }

  /// `editar rol`: caps and rights. The owner role keeps every right.
  @discardableResult
  public func editRole(_ code: String, _ change: RoleChange) throws -> Role {
    try mutate { journal in
      let old = try findRole(code)
      if old.isOwner && !change.revoke.isEmpty {
        throw CoreError.ownerKeepsEverything
      }
      for p in [change.maxLineDiscount, change.maxTicketDiscount].compactMap({ $0 })
      where p.thousandths < 0 || p.thousandths > 100_000 {
        throw CoreError.badPercentCap(p)
      }
      var rights = old.rights
      rights.formUnion(change.grant)
      rights.subtract(change.revoke)
      let refund = change.maxRefund ?? old.maxRefund
      try RoleRow.update(
        id: old.id, rights: rights,
        maxLineDiscount: change.maxLineDiscount ?? old.maxLineDiscount,
        maxTicketDiscount: change.maxTicketDiscount ?? old.maxTicketDiscount,
        maxRefund: refund, in: db)
      let new = try findRole(code)
      if new != old {
        journal.record(
          "rol.editar", entity: "roles", id: new.code, before: old.json, after: new.json)
      }
      return new
    }
  }
}
