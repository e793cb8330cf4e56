import TiendaCore

/// A script run where nobody can approve (cron, a pipe) stops at its start
/// when the user lacks a right one of its commands declares, instead of
/// failing halfway (after closing the register, before the backup).
///
/// The rights come from the registry (`CommandSpec.right`), read off each
/// line's command words; arguments are not parsed, so variables need no
/// values yet. Scripts that log in or out themselves (`entrar`, `salir de
/// sesión`) are not checked up front: their user changes along the way.
extension Runner {
  /// A right the script needs and the first line that needs it.
  struct NeededRight {
    let right: Right
    let command: String
    let line: ScriptLine
    let column: Int
    let length: Int
  }

  /// The rights of `lines` the current user lacks (empty when every one is
  /// held, when approvals can be asked at a terminal, or when the script
  /// changes user).
  func missingRights(in lines: [ScriptLine]) -> [NeededRight] {
    guard context.askLine == nil || context.askSecret == nil else { return [] }
    guard context.shop.users.usersExist, context.shop.actor.userName != nil else { return [] }
    var missing: [NeededRight] = []
    var checked: Set<String> = []
    for line in lines {
      guard let tokens = try? Lexer.tokenize(line.text) else { continue }
      for statement in Lexer.statements(tokens) {
        guard let (spec, _) = try? parser.matchCommand(statement) else { continue }
        if ["entrar", "salir de sesion"].contains(fold(spec.name)) { return [] }
        guard let right = spec.right, checked.insert(right.rawValue).inserted else { continue }
        do {
          try context.shop.users.authorize(right)
        } catch CoreError.missingRight {
          let last = statement.last!
          missing.append(
            NeededRight(
              right: right, command: spec.name, line: line, column: statement[0].column,
              length: last.endColumn - statement[0].column))
        } catch {
          return []
        }
      }
    }
    return missing
  }

  /// Reports what `missingRights` found as one error at the first line
  /// that needs a missing right. Returns false when the script must not run.
  public func checkRights(of lines: [ScriptLine], source: LineSource) -> Bool {
    let missing = missingRights(in: lines)
    guard let first = missing.first else { return true }
    let role = (try? context.shop.users.currentRole())?.code ?? ""
    let error = ShellError(
      Messages.scriptNeedsRights(
        user: context.shop.actor.userName ?? "", role: role,
        rights: missing.map { ($0.right.rawValue, $0.command, $0.line.number) }),
      column: first.column, length: first.length)
    report(
      error, line: first.line.text, lineNumber: first.line.number, source: source,
      map: first.line.map)
    return false
  }
}
