import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Seconds on the monotonic clock (for time bounds, not dates).
func monotonicSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The scripts being run and their variables: the command line's script
/// (or the interactive session) at the bottom, each `ejecutar` on top.
public final class ScriptState {
  /// One running script: its arguments and its own variables.
  public struct Frame {
    /// The file as named in errors (`cierre.tienda:3:5: …`); nil at the prompt or on stdin.
    public var name: String?
    /// The file's resolved path, to refuse running a script inside itself.
    var resolvedPath: String?
    public var arguments: [String]
    /// `definir` and `parámetro` values, by folded name.
    var variables: [String: String] = [:]
    /// How many arguments `parámetro` has taken so far.
    var parametersTaken = 0
  }

  /// How deep `ejecutar` may nest (a backstop; a file running itself is refused first).
  public static let maxDepth = 8

  public private(set) var frames: [Frame] = [Frame(name: nil, resolvedPath: nil, arguments: [])]
  /// `--seguir`: a failing command does not stop the script.
  public var keepGoing = false
  /// `--eco`: each line is shown after the prompt, as if typed, before it runs.
  public var echo = false
  /// `--pausa`: each shown line waits for Enter (`Run/Presentation.swift`).
  public var pauseEach = false
  /// The controlling terminal (`/dev/tty`) that pauses read; nil: no pauses.
  public var terminal: Int32?
  /// Set when the command line's script stopped because an argument its
  /// `parámetro` needs was not given: a usage error (exit 2).
  public var missingArgument = false
  /// `--atómico`, `--simular`, `simular <comando>` (`Run/Transactions.swift`).
  public internal(set) var mode = RunMode.normal
  /// Files `> archivo` and `exportar` will write after the commit of an
  /// atomic run.
  var pendingFiles: [(path: String, text: String)] = []
  /// Print jobs already shown as previews in this simulation.
  var previewedJobs: Set<Int64> = []
  /// Events committed whose hooks have not run yet (`Run/EventHooks.swift`).
  var pendingEvents: [(event: HookEvent, variables: [String: String])] = []
  /// A hook is running: its own sales and closings fire no hooks.
  var runningHook = false
  /// When the running hook must stop (monotonic seconds); nil: no bound.
  var deadline: Double?
  /// Set when a batch stopped at `deadline`.
  var timedOut = false

  public init() {}

  var current: Frame {
    get { frames[frames.count - 1] }
    set { frames[frames.count - 1] = newValue }
  }

  /// Whether the running lines come from the command line's script (not
  /// from an `ejecutar` inside it, the prompt or stdin).
  var inTopLevelScript: Bool { frames.count == 1 && frames[0].name != nil }

  /// The command line's script: `tienda archivo.tienda args…`.
  public func startScript(name: String, arguments: [String]) {
    frames = [Frame(name: name, resolvedPath: Files.resolved(name), arguments: arguments)]
  }

  /// Pushes a frame for `ejecutar`, refusing a script already running and
  /// nesting past `maxDepth`.
  func push(name: String, arguments: [String]) throws {
    let resolved = Files.resolved(name)
    let running = frames.compactMap(\.name)
    if frames.contains(where: { $0.resolvedPath == resolved }) {
      throw ShellError(Messages.scriptRecursion(chain: running + [name]))
    }
    if frames.count > ScriptState.maxDepth {
      throw ShellError(Messages.scriptTooDeep(ScriptState.maxDepth))
    }
    frames.append(Frame(name: name, resolvedPath: resolved, arguments: arguments))
  }

  func pop() {
    if frames.count > 1 { frames.removeLast() }
  }
}

/// What running a batch of lines came to.
public struct BatchOutcome: Equatable {
  public var status: LineStatus
  /// Commands that failed in this batch.
  public var failures: Int
  /// Where they failed (`cierre.tienda:3`, `línea 3`), for the `--seguir` summary.
  public var places: [String] = []

  public init(status: LineStatus, failures: Int, places: [String] = []) {
    self.status = status
    self.failures = failures
    self.places = places
  }
}

extension Runner {
  /// Runs the lines of a script file or of piped input in order, without a
  /// prompt. Stops at the first failing command unless `--seguir`; stops at
  /// `salir`.
  public func runBatch(_ lines: some Sequence<ScriptLine>, source: LineSource) -> BatchOutcome {
    let before = failures
    var places: [String] = []
    for line in lines {
      guard present(line.text) else {
        return BatchOutcome(status: .exit, failures: failures - before, places: places)
      }
      if let deadline = context.scripts.deadline, monotonicSeconds() > deadline {
        context.scripts.timedOut = true
        break
      }
      let failuresBefore = failures
      let status = run(line: line.text, lineNumber: line.number, source: source, map: line.map)
      if failures > failuresBefore { places.append(Messages.place(source, line: line.number)) }
      if status == .exit {
        return BatchOutcome(status: .exit, failures: failures - before, places: places)
      }
      if status == .failed && !keepGoing { break }
    }
    let failed = failures - before
    return BatchOutcome(status: failed > 0 ? .failed : .ok, failures: failed, places: places)
  }

  /// The exit code of a whole run (DESIGN.md §5.4): 0, 1, or 2 when the
  /// script was called without an argument it needs. With `--seguir`, a
  /// summary of the failures goes to stderr first.
  public func exitCode(_ outcome: BatchOutcome) -> Int32 {
    if outcome.failures > 0 && keepGoing && outcome.status != .exit {
      context.writeErr(
        "tienda: " + Messages.failureSummary(outcome.failures, places: outcome.places) + "\n")
    }
    if context.scripts.missingArgument { return 2 }
    return outcome.failures > 0 ? 1 : 0
  }
}

extension ShellContext {
  /// Runs the file at `path` as a nested script (`ejecutar`): its own
  /// arguments and variables, the same shop, the same error policy. Throws
  /// when the file cannot be read or run, or when any of its commands
  /// failed (those were reported already, with the file's name).
  func runNestedScript(_ path: String, arguments: [String]) throws -> CommandResult {
    let text = String(decoding: try Files.read(path), as: UTF8.self)
    try scripts.push(name: path, arguments: arguments)
    defer { scripts.pop() }
    let runner = Runner(context: self)
    runner.keepGoing = scripts.keepGoing
    let lines = ScriptText.lines(text)
    guard runner.checkRights(of: lines, source: .file(path)) else {
      throw ShellError(Messages.nestedScriptFailed(path, failures: 1))
    }
    let outcome = runner.runBatch(lines, source: .file(path))
    if outcome.status == .exit { return .exit }
    if outcome.failures > 0 {
      throw ShellError(Messages.nestedScriptFailed(path, failures: outcome.failures))
    }
    return .none
  }

  /// Where `ejecutar` finds a file: a relative path is taken from the folder
  /// of the script that runs it (so a routine and its helpers travel
  /// together); at the prompt, from the current folder.
  func scriptPath(_ typed: String) -> String {
    guard !typed.hasPrefix("/"), let caller = scripts.current.name,
      let slash = caller.lastIndex(of: "/")
    else { return typed }
    return String(caller[...slash]) + typed
  }
}
