import TiendaStore

/// A cash register of the shop ("Caja 1").
public struct Register: Sendable, Equatable {
  public let id: Int64
  public let name: String
}

extension Shop {
  static func register(_ db: Database, id: Int64) throws -> Register {
    if let row = try db.queryFirst("SELECT id, name FROM registers WHERE id = ?", [.integer(id)]) {
      return Register(id: row.int(0), name: row.string(1))
    }
    let row = try db.queryFirst("SELECT id, name FROM registers ORDER BY id LIMIT 1")
    return Register(id: row?.int(0) ?? 1, name: row?.string(1) ?? "Caja 1")
  }

  /// Active registers, in Spanish order.
  public func registers() throws -> [Register] {
    try db.query("SELECT id, name FROM registers WHERE active = 1 ORDER BY name COLLATE es")
      .map { Register(id: $0.int(0), name: $0.string(1)) }
  }

  /// Picks the register this terminal works on (`--caja`, `TIENDA_CAJA`).
  public func useRegister(named query: String) throws {
    let candidates = try registers().map { NamedCandidate(id: $0.id, name: $0.name) }
    let found = try NameMatcher.resolve(query, among: candidates, thing: .register)
    actor.registerID = found.id
    actor.registerName = found.name
  }
}
