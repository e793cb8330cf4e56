import TiendaCrypto
import TiendaStore

/// A person who uses the till.
public struct User: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let role: Role
  public let active: Bool
  public let lockedUntil: Int64?

  var json: JSONValue {
    .object([("nombre", .string(name)), ("rol", .string(role.code)), ("activo", .bool(active))])
  }
}

/// Users, roles, rights and logins.
public struct Users: ShopArea {
  let shop: Shop

  /// Whether login is on: once the first user exists, every protected
  /// command needs a user with the right (DESIGN.md §6 "Users").
  public var usersExist: Bool {
    ((try? UserRow.activeCount(in: db)) ?? 0) > 0
  }

  func user(from row: UserRow) throws -> User {
    guard let role = try RoleRow.find(id: row.roleID, in: db)?.role else {
      throw CoreError.unknownRole(String(row.roleID), suggestion: nil)
    }
    return User(
      id: row.id, name: row.name, role: role, active: row.active, lockedUntil: row.lockedUntil)
  }

  public func list() throws -> [User] {
    try UserRow.all(in: db).map(user(from:))
  }

  public func findUser(_ name: String) throws -> User {
    guard let row = try UserRow.find(folded: fold(name).trimmingCharacters(in: " "), in: db)
    else {
      throw CoreError.notFound(
        .user, query: name,
        suggestion: closestMatch(to: name, among: try list().map(\.name)))
    }
    return try user(from: row)
  }

  static func checkPin(_ pin: String) throws {
    guard (4...8).contains(pin.count), pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw CoreError.badPin
    }
  }

  /// `crear usuario maria rol cajero`: the first user must be a dueño (it
  /// turns login on).
  @discardableResult
  public func createUser(name raw: String, role roleCode: String, pin: String) throws -> User {
    try Users.checkPin(pin)
    let name = try NameRules.clean(raw, thing: .user)
    let hash = PinHash.make(pin: pin)
    return try mutate { journal in
      let role = try findRole(roleCode)
      if !usersExist && !role.isOwner { throw CoreError.firstUserMustBeOwner }
      if try UserRow.nameTaken(folded: fold(name), in: db) {
        throw CoreError.alreadyExists(.user, name: name)
      }
      try UserRow(name: name, roleID: role.id, pin: hash.encoded, createdAt: clock.now())
        .insert(into: db)
      let user = try findUser(name)
      journal.record("usuario.crear", entity: "users", id: user.name, after: user.json)
      return user
    }
  }

  /// `editar usuario`: a new name or role. The last active dueño stays dueño.
  @discardableResult
  public func editUser(_ name: String, newName: String?, role roleCode: String?) throws -> User {
    try mutate { journal in
      let old = try findUser(name)
      var clean: String?
      if let newName {
        let name = try NameRules.clean(newName, thing: .user)
        if try UserRow.nameTaken(folded: fold(name), except: old.id, in: db) {
          throw CoreError.alreadyExists(.user, name: name)
        }
        clean = name
      }
      var role: Role?
      if let roleCode {
        role = try findRole(roleCode)
        if let role, old.role.isOwner && !role.isOwner {
          try ensureAnotherOwner(than: old)
        }
      }
      guard clean != nil || role != nil else { throw CoreError.nothingToChange }
      try UserRow.update(id: old.id, name: clean, roleID: role?.id, in: db)
      guard let newRow = try UserRow.find(id: old.id, in: db) else {
        throw CoreError.notFound(.user, query: old.name, suggestion: nil)
      }
      let new = try user(from: newRow)
      if new != old {
        journal.record(
          "usuario.editar", entity: "users", id: new.name, before: old.json, after: new.json)
      }
      if actor.userID == old.id { shop.actor.userName = new.name }
      return new
    }
  }

  func ensureAnotherOwner(than user: User) throws {
    let owners = try UserRow.otherActiveOwners(than: user.id, in: db)
    if owners == 0 { throw CoreError.lastOwner(user.name) }
  }

  /// `cambiar pin`: a new PIN (the journal says who changed it, never the PIN).
  public func changePin(_ name: String, to pin: String) throws {
    try Users.checkPin(pin)
    let hash = PinHash.make(pin: pin)
    try mutate { journal in
      let user = try findUser(name)
      try UserPinRow.setPin(hash.encoded, userID: user.id, in: db)
      journal.record("usuario.cambiar_pin", entity: "users", id: user.name)
    }
  }

  /// `desactivar usuario`: the user can no longer log in; history keeps the name.
  @discardableResult
  public func deactivateUser(_ name: String) throws -> User {
    try mutate { journal in
      let user = try findUser(name)
      guard user.active else { throw CoreError.userInactive(user.name) }
      if user.role.isOwner { try ensureAnotherOwner(than: user) }
      try UserRow.deactivate(id: user.id, in: db)
      journal.record("usuario.desactivar", entity: "users", id: user.name, before: user.json)
      if actor.userID == user.id {
        shop.actor.userID = nil
        shop.actor.userName = nil
      }
      return user
    }
  }

  /// Checks a PIN. A wrong one is counted (and journaled) even though the
  /// login fails; the N-th wrong PIN in a row locks the user for a while.
  public func authenticate(_ name: String, pin: String) throws -> User {
    let user = try findUser(name)
    guard user.active else { throw CoreError.userInactive(user.name) }
    let now = clock.now()
    if let until = user.lockedUntil, until > now {
      throw CoreError.userLocked(user: user.name, minutes: Int((until - now + 59) / 60))
    }
    // No PIN at all is not a wrong PIN: a cron job without its PIN must
    // not lock its user out (DESIGN.md §8.5).
    guard !pin.isEmpty else { throw AccessError.missingPin(user: user.name) }
    guard let stored = try UserPinRow.of(userID: user.id, in: db) else {
      throw CoreError.notFound(.user, query: user.name, suggestion: nil)
    }
    let ok = PinHash(encoded: stored.pin)?.verify(pin) ?? false
    if ok {
      if stored.failedAttempts > 0 || user.lockedUntil != nil {
        try mutate { journal in
          try UserPinRow.setFailures(0, lockedUntil: nil, userID: user.id, in: db)
          journal.record(
            "usuario.pin_correcto", entity: "users", id: user.name, userName: user.name)
        }
      }
      return user
    }
    let limit = Int(try LoginLockout.attempts(in: db))
    let minutes = Int(try LoginLockout.minutes(in: db))
    let failures = Int(stored.failedAttempts) + 1
    let locks = failures >= max(1, limit)
    try mutate { journal in
      try UserPinRow.setFailures(
        locks ? 0 : Int64(failures), lockedUntil: locks ? now + Int64(minutes) * 60 : nil,
        userID: user.id, in: db)
      journal.record(
        locks ? "usuario.bloqueado" : "usuario.pin_incorrecto", entity: "users", id: user.name,
        after: .object([("intentos", .int(Int64(failures)))]), userName: user.name)
    }
    if locks { throw CoreError.userLocked(user: user.name, minutes: minutes) }
    throw CoreError.wrongPin(user: user.name, attemptsLeft: limit - failures)
  }

  /// `entrar maria`: the session's user from now on. `journaled: false`
  /// for scripts (`--usuario`), whose commands already carry the user:
  /// a cron job must not fill the journal with logins.
  public func logIn(_ name: String, pin: String, journaled: Bool = true) throws -> User {
    let user = try authenticate(name, pin: pin)
    shop.actor.userID = user.id
    shop.actor.userName = user.name
    guard journaled else { return user }
    try mutate { journal in
      journal.record("sesión.entrar", entity: "users", id: user.name, userName: user.name)
    }
    return user
  }

  /// `salir de sesión`.
  public func logOut() throws {
    guard let name = actor.userName else { throw CoreError.notLoggedIn }
    try mutate { journal in journal.record("sesión.salir", entity: "users", id: name) }
    shop.actor.userID = nil
    shop.actor.userName = nil
  }

  /// The logged-in user's role, nil when nobody is logged in.
  public func currentRole() throws -> Role? {
    guard let id = actor.userID, let row = try UserRow.find(id: id, in: db) else { return nil }
    return try user(from: row).role
  }

  /// The one permission check: passes in single-user mode, or when the
  /// logged-in user's role has `right`.
  public func authorize(_ right: Right) throws {
    guard usersExist else { return }
    guard let name = actor.userName, let role = try currentRole() else {
      throw CoreError.notLoggedIn
    }
    guard role.rights.contains(right) else { throw CoreError.missingRight(right, user: name) }
  }

  /// Where a discount applies, for the role's caps.
  public enum DiscountScope: Sendable {
    case line
    case ticket
  }

  /// A supervisor's inline approval: their PIN, and their role must have
  /// the right. Returns the approver's name for the journal.
  public func approve(_ right: Right, by name: String, pin: String) throws -> String {
    let approver = try authenticate(name, pin: pin)
    guard approver.role.rights.contains(right) else {
      throw CoreError.approverLacksRight(right, approver: approver.name)
    }
    return approver.name
  }
}
