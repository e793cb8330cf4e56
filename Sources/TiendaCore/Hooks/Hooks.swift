import TiendaStore

/// Scripts that run on events (`al cerrar caja ejecutar …`, `al vender
/// ejecutar …`): saving, listing, removing, and journaling each run.
public struct Hooks: ShopArea {
  let shop: Shop

  /// Every hook, by number (from the settings read at opening: no query).
  public func list() -> [EventHook] { settings.hooks }

  /// The hooks that should run after `event` now: none under practice
  /// mode unless the hook asked for it.
  public func hooks(for event: HookEvent) -> [EventHook] {
    settings.hooks.filter { $0.event == event && (!practice || $0.inPractice) }
  }

  /// `al vender ejecutar aviso.tienda $venta`: `script` is already absolute.
  @discardableResult
  public func add(
    _ event: HookEvent, script: String, arguments: [String], inPractice: Bool,
    limit: Int = EventHook.defaultLimit
  ) throws -> EventHook {
    guard EventHook.limits.contains(limit) else { throw HookError.badLimit(limit) }
    if let bad = arguments.first(where: { $0.contains("\t") || $0.contains("\n") }) {
      throw HookError.badArgument(bad)
    }
    let hook: EventHook = try mutate { journal in
      let values = try SettingsStore.values(db)
      let existing = EventHook.all(in: values)
      if let same = existing.first(where: { $0.event == event && $0.script == script }) {
        throw HookError.duplicate(event: event, script: script, number: same.number)
      }
      // Numbers are never reused: the journal names hooks by number.
      let last = max(
        existing.map(\.number).max() ?? 0, values[Self.lastNumberKey].flatMap { Int($0) } ?? 0)
      let hook = EventHook(
        number: last + 1, event: event, script: script,
        arguments: arguments, inPractice: inPractice, limit: limit)
      try SettingsStore.set(db, key: Self.lastNumberKey, value: String(hook.number))
      try SettingsStore.set(
        db, key: EventHook.keyPrefix + String(hook.number), value: hook.storedValue)
      journal.record(
        "evento.crear", entity: "settings", id: String(hook.number), after: Self.json(hook))
      return hook
    }
    try reload()
    return hook
  }

  /// `borrar evento N`.
  @discardableResult
  public func remove(_ number: Int) throws -> EventHook {
    let hook: EventHook = try mutate { journal in
      let existing = EventHook.all(in: try SettingsStore.values(db))
      guard let hook = existing.first(where: { $0.number == number }) else {
        throw HookError.noSuchHook(number, existing: existing.map(\.number))
      }
      try SettingsStore.remove(db, key: EventHook.keyPrefix + String(number))
      journal.record(
        "evento.borrar", entity: "settings", id: String(number), before: Self.json(hook))
      return hook
    }
    try reload()
    return hook
  }

  /// Journals how a hook's run ended (its own transaction, after the
  /// event's: it never undoes the event). Nothing in practice mode.
  public func recordRun(_ hook: EventHook, outcome: HookOutcome, seconds: Double) throws {
    guard !practice else { return }
    var fields: [(String, JSONValue)] = [
      ("evento", .string(hook.event.rawValue)), ("archivo", .string(hook.script)),
      ("estado", .int(Int64(outcome.status))),
      ("milisegundos", .int(Int64((seconds * 1000).rounded()))),
    ]
    switch outcome {
    case .succeeded: break
    case .failed(let commands): fields.append(("comandos_fallidos", .int(Int64(commands))))
    case .timedOut(let limit): fields.append(("límite_segundos", .int(Int64(limit))))
    case .unreadable(let reason): fields.append(("error", .string(reason)))
    case .leftTicketOpen(let lines): fields.append(("ticket_cancelado_lineas", .int(Int64(lines))))
    }
    try mutate { journal in
      journal.record(
        "evento.ejecutar", entity: "settings", id: String(hook.number), after: .object(fields))
    }
  }

  private func reload() throws {
    let handle = shop
    handle.settings = try db.read { try ShopSettings.load(db) }
  }

  /// The last number given to a hook (outside `evento.` so it is no hook).
  static let lastNumberKey = "eventos.último"

  static func json(_ hook: EventHook) -> JSONValue {
    .object([
      ("evento", .string(hook.event.rawValue)), ("archivo", .string(hook.script)),
      ("argumentos", .array(hook.arguments.map(JSONValue.string))),
      ("en_práctica", .bool(hook.inPractice)), ("límite_segundos", .int(Int64(hook.limit))),
    ])
  }
}
