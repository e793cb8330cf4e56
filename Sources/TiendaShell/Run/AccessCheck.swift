import TiendaCore

extension ShellContext {
  /// The one access check every command goes through, before its handler
  /// (DESIGN.md §8.5). Once users exist, logged out only the `.anyone`
  /// commands run; a command with a right asks it of the user's role (at a
  /// terminal a supervisor may approve on the spot, see `authorize(_:)`).
  public func authorize(_ spec: CommandSpec) throws {
    switch spec.access {
    case .anyone:
      return
    case .loggedIn:
      guard loggedOut else { return }
      throw ShellError(
        RightsMessages.needsLogin(spec.name, right: nil, roles: [], open: lockedScreenCommands))
    case .right(let right):
      // One check (no extra query on the sale path): logged out, the shop
      // says nobody is in, and the refusal names the right.
      do {
        try authorize(right)
      } catch CoreError.notLoggedIn {
        throw ShellError(
          RightsMessages.needsLogin(
            spec.name, right: right, roles: rolesHaving(right), open: lockedScreenCommands))
      }
    }
  }

  /// Users exist and nobody is logged in.
  var loggedOut: Bool { shop.users.usersExist && shop.actor.userName == nil }

  /// The commands that run logged out, from the registry.
  var lockedScreenCommands: [String] {
    registry.commands.filter { $0.access == .anyone }.map(\.name)
  }

  func rolesHaving(_ right: Right) -> [String] {
    ((try? shop.users.roles()) ?? []).filter { $0.rights.contains(right) }.map(\.code)
  }
}
