import TiendaCore

/// The commands the program acts on outside the parser: the log-in asked
/// at start, the locked screen, and `salir` kept out of the history. The
/// program reads their words here instead of spelling them again.
extension Registry {
  /// `entrar <usuario> [pin <pin>]`.
  public static var logIn: CommandSpec { UserCommands.logIn }
  /// `bloquear`.
  public static var lock: CommandSpec { UserCommands.lock }
  /// `salir` (also `exit`, `quit`).
  public static var quit: CommandSpec { ShellCommands.quit }
}

extension CommandSpec {
  /// The command's words and each alias, folded and joined by spaces
  /// (`salir`, `exit`, `quit`).
  public var foldedSpellings: [String] {
    ([words] + aliases).map { fold($0.joined(separator: " ")) }
  }

  /// The keyword of the secret option (`pin` of `entrar`), if it has one.
  public var secretKeyword: String? {
    params.first(where: \.secret)?.keyword
  }
}
