/// What a hook waits for (issue 17, uniCenta's scripted events done as
/// saved scripts).
public enum HookEvent: String, Sendable, CaseIterable {
  /// After `cerrar caja` commits (its Z is stored).
  case closeRegister = "cerrar caja"
  /// After each sale commits (one-line or `pagar` that completes it).
  case sale = "vender"
}

/// `al cerrar caja ejecutar cierre.tienda 154300`: a saved script that runs
/// in the same process after the event's transaction commits. It never
/// undoes the event; it does not run under `--simular`, nor in practice
/// mode unless `inPractice`.
public struct EventHook: Sendable, Equatable {
  /// `borrar evento N`.
  public let number: Int
  public let event: HookEvent
  /// The script's absolute path (made absolute when the hook is saved).
  public let script: String
  public let arguments: [String]
  public let inPractice: Bool
  /// Seconds it may run; it is stopped between two commands after that.
  public let limit: Int

  /// A hook runs 60 seconds at most unless it says otherwise (1…3600).
  public static let defaultLimit = 60
  public static let limits = 1...3600

  public init(
    number: Int, event: HookEvent, script: String, arguments: [String], inPractice: Bool,
    limit: Int = EventHook.defaultLimit
  ) {
    self.number = number
    self.event = event
    self.script = script
    self.arguments = arguments
    self.inPractice = inPractice
    self.limit = limit
  }

  /// Hooks live in `settings` (read with the rest when the shop opens, so a
  /// sale costs no statement to know there are none): key `evento.N`, value
  /// `event TAB práctica(0/1) TAB seconds TAB script TAB args…`.
  static let keyPrefix = "evento."

  var storedValue: String {
    ([event.rawValue, inPractice ? "1" : "0", String(limit), script] + arguments)
      .joined(separator: "\t")
  }

  init?(key: String, value: String) {
    guard key.hasPrefix(Self.keyPrefix), let number = Int(key.dropFirst(Self.keyPrefix.count))
    else { return nil }
    let parts = value.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 4, let event = HookEvent(rawValue: parts[0]), let limit = Int(parts[2])
    else { return nil }
    self.init(
      number: number, event: event, script: parts[3], arguments: Array(parts.dropFirst(4)),
      inPractice: parts[1] == "1", limit: limit)
  }

  /// The hooks among a shop's settings, by number.
  static func all(in values: [String: String]) -> [EventHook] {
    values.compactMap { EventHook(key: $0.key, value: $0.value) }.sorted { $0.number < $1.number }
  }
}

/// How a hook's run ended, for its report and the journal.
public enum HookOutcome: Sendable, Equatable {
  case succeeded
  /// Some of its commands failed (reported already, with the file's name).
  case failed(commands: Int)
  /// It ran past the time bound and was stopped between two commands.
  case timedOut(seconds: Int)
  /// The file could not be read.
  case unreadable(String)
  /// It left a ticket open at this terminal; it was cancelled.
  case leftTicketOpen(lines: Int)

  /// The exit status a script run would have had.
  public var status: Int {
    switch self {
    case .succeeded: 0
    case .failed, .timedOut, .unreadable, .leftTicketOpen: 1
    }
  }
}

/// Refusals about hooks.
public enum HookError: Error, Equatable {
  /// `borrar evento N`: no such hook; the numbers there are.
  case noSuchHook(Int, existing: [Int])
  /// The same event already runs that script.
  case duplicate(event: HookEvent, script: String, number: Int)
  /// A tab or line break inside an argument.
  case badArgument(String)
  /// `límite` outside 1…3600 seconds.
  case badLimit(Int)
}
