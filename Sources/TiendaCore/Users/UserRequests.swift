/// What `crear usuario` was given.
public struct NewUserRequest: Sendable {
  public var name: String
  public var role: String

  public init(name: String, role: String) {
    self.name = name
    self.role = role
  }
}

/// A user just created; `first` when it turned login on (the dueño who
/// did it is then logged in).
public struct CreatedUser: Sendable, Equatable {
  public let user: User
  public let first: Bool
}

/// How `cambiar pin` asks for what it needs; the shell implements it with
/// its terminal dialog (or the command's `pin` and `TIENDA_PIN` in scripts).
public protocol PinChangeDialog {
  /// Changing someone else's PIN: the actor needs `right`, or an approver
  /// who has it.
  func authorize(_ right: Right) throws
  /// Changing one's own PIN: the current one, proving it is you.
  func currentPin() throws -> String
  /// The new PIN; `own` when changing one's own.
  func newPin(own: Bool) throws -> String
}

extension Users {
  /// `crear usuario maria rol cajero`: a wrong role is said before the PIN
  /// is asked (`pin` is called only then). The first user, a dueño, is
  /// logged in: the one who turned login on is the one working now.
  @discardableResult
  public func addUser(_ request: NewUserRequest, pin: () throws -> String) throws
    -> CreatedUser
  {
    let first = !usersExist
    _ = try findRole(request.role)
    let pin = try pin()
    let user = try createUser(name: request.name, role: request.role, pin: pin)
    if first { _ = try logIn(user.name, pin: pin) }
    return CreatedUser(user: user, first: first)
  }

  /// `cambiar pin [usuario]`: one's own PIN after proving the current one,
  /// or another user's with the right to administer. Returns whose PIN
  /// changed.
  @discardableResult
  public func changePin(of name: String?, dialog: some PinChangeDialog) throws -> String {
    guard let target = name ?? actor.userName else { throw CoreError.notLoggedIn }
    let own = fold(target) == fold(actor.userName ?? "")
    if own {
      _ = try authenticate(target, pin: try dialog.currentPin())
    } else {
      try dialog.authorize(.manageUsers)
    }
    let pin = try dialog.newPin(own: own)
    try changePin(target, to: pin)
    return target
  }
}
