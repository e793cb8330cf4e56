import TiendaCore

/// Hooks (`al cerrar caja ejecutar …`, `al vender ejecutar …`): a command
/// notes its event after its transaction commits; the runner then runs the
/// event's saved scripts in this process, each within its time bound. A
/// hook never undoes its event, never fires hooks itself, and does not run
/// under `--simular` (in an atomic run it waits for the whole commit).
extension ShellContext {
  /// Called by a command whose transaction committed (a sale, a closing).
  /// `variables` are preset in the hook's script (`$venta`).
  func noteEvent(_ event: HookEvent, variables: [String: String] = [:]) {
    guard !scripts.runningHook, scripts.mode != .simulate,
      !shop.hooks.hooks(for: event).isEmpty
    else { return }
    scripts.pendingEvents.append((event, variables))
  }

  /// Runs the hooks of the events noted so far (after a command in a
  /// normal run; after the commit of an atomic run).
  func runPendingHooks() {
    guard !scripts.runningHook, !scripts.pendingEvents.isEmpty else { return }
    let events = scripts.pendingEvents
    scripts.pendingEvents = []
    scripts.runningHook = true
    defer { scripts.runningHook = false }
    for (event, variables) in events {
      for hook in shop.hooks.hooks(for: event) { run(hook, variables: variables) }
    }
  }

  /// Drops noted events (a simulation or a rolled-back atomic run).
  func dropPendingHooks() { scripts.pendingEvents = [] }

  private func run(_ hook: EventHook, variables: [String: String]) {
    let start = monotonicSeconds()
    let hadTicket = shop.tickets.hasOpenTicket
    var outcome: HookOutcome
    do {
      let text = String(decoding: try Files.read(hook.script), as: UTF8.self)
      let savedMode = scripts.mode
      scripts.mode = .normal
      try scripts.push(name: hook.script, arguments: hook.arguments)
      for (name, value) in variables { scripts.current.variables[name] = value }
      scripts.deadline = start + Double(hook.limit)
      scripts.timedOut = false
      defer {
        scripts.pop()
        scripts.deadline = nil
        scripts.mode = savedMode
      }
      let runner = Runner(context: self)
      let lines = ScriptText.lines(text)
      if !runner.checkRights(of: lines, source: .file(hook.script)) {
        outcome = .failed(commands: 1)
      } else {
        let batch = runner.runBatch(lines, source: .file(hook.script))
        outcome =
          scripts.timedOut
          ? .timedOut(seconds: hook.limit)
          : batch.failures > 0 ? .failed(commands: batch.failures) : .succeeded
      }
    } catch {
      outcome = .unreadable(describe(error))
    }
    // A hook may not leave a ticket open at the cashier's terminal: the
    // next sale would land on it. It is cancelled (journaled) and said.
    if !hadTicket, shop.tickets.hasOpenTicket,
      let left = try? shop.tickets.cancelTicket(reason: Messages.hookTicketReason(hook))
    {
      outcome = .leftTicketOpen(lines: left.lines.count)
    }
    let seconds = monotonicSeconds() - start
    if outcome == .succeeded {
      writeOut(Messages.hookSucceeded(hook, seconds: seconds) + "\n")
    } else {
      writeErr("tienda: " + Messages.hookFailed(hook, outcome) + "\n")
    }
    do {
      try shop.hooks.recordRun(hook, outcome: outcome, seconds: seconds)
    } catch {
      writeErr("tienda: " + describe(error) + "\n")
    }
  }
}
