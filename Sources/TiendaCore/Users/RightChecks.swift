extension Users {
  /// Whether the current user may see what `right` guards, without asking
  /// anyone: true in single-user mode, false logged out (DESIGN.md §8.5).
  public func allows(_ right: Right) -> Bool {
    guard usersExist else { return true }
    guard actor.userName != nil, let role = try? currentRole() else { return false }
    return role.rights.contains(right)
  }
}
