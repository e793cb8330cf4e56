import TiendaCore
import TiendaStore

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

extension ShellContext {
  /// Runs a whole batch (`body`) in `mode`: for `atomic` and `simulate`,
  /// inside one transaction (`Shop.runBatch`) in which each command is a
  /// savepoint; the batch ends by committing or rolling back as a value.
  public func runWhole(_ mode: RunMode, _ body: () -> BatchOutcome) -> BatchOutcome {
    guard mode != .normal else { return body() }
    scripts.mode = mode
    scripts.pendingFiles = []
    scripts.previewedJobs = []
    defer {
      scripts.mode = .normal
      scripts.pendingFiles = []
      scripts.previewedJobs = []
    }
    var ran: BatchOutcome?
    var changes: SimulatedChanges?
    let completion: TransactionCompletion
    do {
      completion = try shop.runBatch {
        let before = mode == .simulate ? try? shop.snapshot() : nil
        let outcome = body()
        ran = outcome
        if mode == .simulate {
          changes = before.flatMap { try? shop.changes(since: $0) }
          return .rollback
        }
        return outcome.failures == 0 ? .commit : .rollback
      }
    } catch {
      guard var outcome = ran else {
        // The transaction could not start: nothing ran.
        writeErr("tienda: " + describe(error) + "\n")
        return BatchOutcome(status: .failed, failures: 1)
      }
      // The commit failed: the store rolled everything back.
      dropPendingHooks()
      try? shop.reloadState()
      writeErr("tienda: " + describe(error) + " " + Messages.atomicRolledBack + "\n")
      outcome.failures += 1
      outcome.status = .failed
      return outcome
    }
    var outcome = ran ?? BatchOutcome(status: .failed, failures: 1)
    if completion == .rollback {
      dropPendingHooks()
      try? shop.reloadState()
      if mode == .simulate {
        writeOut(Messages.simulationReport(changes) + "\n")
      } else {
        writeErr("tienda: " + Messages.atomicRolledBack + "\n")
      }
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
    // Hooks wait for the whole run to commit.
    runPendingHooks()
    return outcome
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
    defer {
      scripts.mode = previous
      // Rolled back: the next job may reuse a shown job's number.
      if previous == .normal { scripts.previewedJobs = [] }
    }
    var result = CommandResult.none
    var changes: SimulatedChanges?
    do {
      try shop.runBatch {
        let before = try shop.snapshot()
        result = try call.spec.run(call)
        changes = try shop.changes(since: before)
        return .rollback
      }
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
