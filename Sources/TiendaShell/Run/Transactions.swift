import TiendaCore

/// How a whole run treats the shop file (DESIGN.md §5.4, issue 8 "Safety modes").
public enum RunMode: Sendable, Equatable {
  /// One transaction per command.
  case normal
  /// `--atómico`: the whole run is one transaction, committed only if every
  /// command succeeded; files are written after the commit.
  case atomic
  /// `--simular`, `simular <comando>`: everything runs, then is rolled back;
  /// no file is written; what would have changed is shown.
  case simulate
}

/// Thrown inside a simulation to roll it back.
private struct SimulationRollback: Error {}

extension ShellContext {
  /// Runs a whole batch (`body`) in `mode`: for `atomic` and `simulate`,
  /// inside one transaction in which each command is a savepoint.
  public func runWhole(_ mode: RunMode, _ body: () -> BatchOutcome) -> BatchOutcome {
    guard mode != .normal else { return body() }
    do {
      try shop.db.execute("BEGIN IMMEDIATE")
    } catch {
      writeErr("tienda: " + describe(error) + "\n")
      return BatchOutcome(status: .failed, failures: 1)
    }
    scripts.mode = mode
    scripts.pendingFiles = []
    defer {
      scripts.mode = .normal
      scripts.pendingFiles = []
    }
    let before = mode == .simulate ? try? shop.snapshot() : nil
    var outcome = body()
    if mode == .simulate {
      let changes = before.flatMap { try? shop.changes(since: $0) }
      rollBack()
      writeOut(Messages.simulationReport(changes) + "\n")
      return outcome
    }
    guard outcome.failures == 0 else {
      rollBack()
      writeErr("tienda: " + Messages.atomicRolledBack + "\n")
      return outcome
    }
    do {
      try shop.db.execute("COMMIT")
    } catch {
      rollBack()
      writeErr("tienda: " + describe(error) + " " + Messages.atomicRolledBack + "\n")
      outcome.failures += 1
      outcome.status = .failed
      return outcome
    }
    // Print jobs queued during the run exist for the spool only now.
    if !shop.jobsQueuedHere.isEmpty { spool?.kick() }
    for file in scripts.pendingFiles {
      do {
        try Files.write(file.path, file.text, protected: protectedPaths)
      } catch {
        writeErr("tienda: " + describe(error) + "\n")
        outcome.failures += 1
        outcome.status = .failed
      }
    }
    return outcome
  }

  private func rollBack() {
    if shop.db.isInTransaction { try? shop.db.execute("ROLLBACK") }
    try? shop.reloadState()
  }

  /// Where `> archivo` and `exportar` write: now; after the commit in an
  /// atomic run; nowhere in a simulation (a note says so).
  func saveFile(_ path: String, _ text: String) throws {
    switch scripts.mode {
    case .normal:
      try Files.write(path, text, protected: protectedPaths)
    case .atomic:
      if Files.isProtected(path, protectedPaths) {
        throw ShellError(Messages.redirectIntoShopFile)
      }
      scripts.pendingFiles.append((path, text))
    case .simulate:
      writeOut(Messages.simulatedFile(path) + "\n")
    }
  }

  /// `simular <comando>`: runs one command (already free of variables) in a
  /// savepoint, shows its output and what it would have changed, and rolls
  /// it back.
  func simulate(_ tokens: [Token]) throws -> CommandResult {
    let call = try Parser(registry: registry).parse(tokens, context: self)
    try authorize(call.spec)
    let previous = scripts.mode
    scripts.mode = .simulate
    defer { scripts.mode = previous }
    var result = CommandResult.none
    var changes: SimulatedChanges?
    do {
      try shop.db.write {
        let before = try shop.snapshot()
        result = try call.spec.run(call)
        changes = try shop.changes(since: before)
        throw SimulationRollback()
      }
    } catch is SimulationRollback {
    } catch {
      try? shop.reloadState()
      throw error
    }
    try? shop.reloadState()
    if case .exit = result { result = .none }
    let output = renderer.render(result, format: call.format ?? .table)
    if let path = call.redirect {
      writeOut(Messages.simulatedFile(path) + "\n")
    } else {
      writeOut(output)
    }
    return .message(Messages.simulationReport(changes))
  }
}
