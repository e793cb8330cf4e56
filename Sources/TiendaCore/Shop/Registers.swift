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

extension CashRegister {
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

  /// One active register by name (exact, else word prefixes: `caja 2`, `2`).
  public func findRegister(_ query: String) throws -> Register {
    let all = try registers()
    let found = try NameMatcher.resolve(
      query, among: all.map { NamedCandidate(id: $0.id, name: $0.name) }, thing: .register)
    return Register(id: found.id, name: found.name)
  }

  /// The register whose folded name is exactly `text`, if any.
  public func registerNamedExactly(_ text: String) throws -> Register? {
    try db.queryFirst(
      "SELECT id, name FROM registers WHERE active = 1 AND name_folded = ?",
      [.text(fold(text).trimmingCharacters(in: " "))]
    ).map { Register(id: $0.int(0), name: $0.string(1)) }
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
      let folded = fold(name)
      if let existing = try db.queryFirst(
        "SELECT name FROM registers WHERE name_folded = ?", [.text(folded)])
      {
        throw CoreError.alreadyExists(.register, name: existing.string(0))
      }
      try db.run(
        "INSERT INTO registers(name, name_folded, created_at) VALUES (?, ?, ?)",
        [.text(name), .text(folded), .integer(clock.now())])
      let register = Register(id: db.lastInsertRowID, name: name)
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
    try db.queryFirst(
      "SELECT number, left_float FROM z_reports WHERE register_id = ? ORDER BY number DESC LIMIT 1",
      [.integer(registerID)]
    ).map { ($0.int(0), Money($0.int(1))) }
  }
}
