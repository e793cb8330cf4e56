import TiendaStore

/// A cash register of the shop ("Caja 1").
public struct Register: Sendable, Equatable {
  public let id: Int64
  public let name: String
}

/// A register as `listar cajas` shows it.
public struct RegisterStatus: Sendable, Equatable {
  public let register: Register
  /// The open session, if any.
  public let session: CashSession?
  /// The last Z report's number and what it left as the next float.
  public let lastZ: Int64?
  public let nextFloat: Money
}

/// Registers (cajas), cash sessions, movements, X and Z.
public struct CashRegister: ShopArea {
  let shop: Shop

  static func register(_ db: Database, id: Int64) throws -> Register {
    if let row = try RegisterRow.find(id: id, in: db) { return row.register }
    let row = try RegisterRow.first(in: db)
    return Register(id: row?.id ?? 1, name: row?.name ?? "Caja 1")
  }

  /// Active registers, in Spanish order.
  public func registers() throws -> [Register] {
    try RegisterRow.active(in: db).map(\.register)
  }

  /// One active register by name (exact, else word prefixes: `caja 2`, `2`).
  public func findRegister(_ query: String) throws -> Register {
    let all = try registers()
    let found = try NameMatcher.resolve(
      query, among: all.map { NamedCandidate(id: $0.id, name: $0.name) }, thing: .register)
    return Register(id: found.id, name: found.name)
  }

  /// The register whose folded name is exactly `text`, if any.
  public func registerNamedExactly(_ text: String) throws -> Register? {
    try RegisterRow.active(folded: fold(text).trimmingCharacters(in: " "), in: db)?.register
  }

  /// Picks the register this terminal works on (`--caja`, `TIENDA_CAJA`).
  public func useRegister(named query: String) throws {
    let found = try findRegister(query)
    shop.actor.registerID = found.id
    shop.actor.registerName = found.name
  }

  /// `crear caja "Caja 2"`: a new register, with no session open.
  @discardableResult
  public func createRegister(name raw: String) throws -> Register {
    let name = try NameRules.clean(raw, thing: .register)
    return try mutate { journal in
      if let existing = try RegisterRow.name(folded: fold(name), in: db) {
        throw CoreError.alreadyExists(.register, name: existing)
      }
      var row = RegisterRow(name: name, createdAt: clock.now())
      row.id = try row.insert(into: db)
      let register = row.register
      journal.record(
        "caja.crear", entity: "registers", id: String(register.id),
        after: .object([("nombre", .string(name))]))
      return register
    }
  }

  /// `listar cajas`: each register with its open session and next float.
  public func registerStatuses() throws -> [RegisterStatus] {
    try db.read {
      try registers().map { register in
        let last = try lastZ(registerID: register.id)
        return RegisterStatus(
          register: register, session: try currentSession(registerID: register.id),
          lastZ: last?.number, nextFloat: last?.leftFloat ?? .zero)
      }
    }
  }

  /// The number and left float of a register's last Z report.
  func lastZ(registerID: Int64) throws -> (number: Int64, leftFloat: Money)? {
    try LastZRow.of(registerID: registerID, in: db).map { ($0.number, $0.leftFloat) }
  }
}
