import TiendaStore

/// What every handle (`Shop`) of one open shop file shares: the connection,
/// the clock, the settings and the session (who is logged in, on which
/// register). Commands do not change it except through the core
/// (`entrar`, `salir de sesión`, `usar caja`, `configurar tienda`, …).
final class ShopState {
  let db: Database
  let clock: ShopClock
  var settings: ShopSettings
  /// The session's user and register (`approvedBy` is always nil here: an
  /// approval belongs to one command's `WriteContext`).
  var actor: Actor
  /// Practice mode (a scratch copy): printed papers say PRÁCTICA.
  var practice = false
  /// The terminal (process) this shop runs in.
  let terminal = TerminalID.current
  /// Print jobs this process queued or put back in the queue.
  var jobsQueuedHere: Set<Int64> = []
  /// Whether this process compared the file's identity with the recorded one (sync epoch).
  var syncIdentityChecked = false

  init(db: Database, clock: ShopClock, settings: ShopSettings, actor: Actor) {
    self.db = db
    self.clock = clock
    self.settings = settings
    self.actor = actor
  }
}

/// What one command writes with: the command as typed (secrets masked) and
/// who approved it, recorded on every journal row of its writes. Immutable:
/// an approval given during the command makes a new context
/// (`approved(by:)`), and the shell hands the command a handle with it.
public struct WriteContext: Sendable, Equatable {
  /// The command as the user typed it (`vender 2 pan pagar efectivo`).
  public let command: String
  /// The supervisor who approved it, if anyone did.
  public let approvedBy: String?

  public init(command: String = "", approvedBy: String? = nil) {
    self.command = command
    self.approvedBy = approvedBy
  }

  /// The same command, approved by `name`.
  public func approved(by name: String) -> WriteContext {
    WriteContext(command: command, approvedBy: name)
  }
}
