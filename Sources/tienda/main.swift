import CEditLine
import TiendaCore
import TiendaPrint
import TiendaShell
import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// Writes text to a file descriptor, all of it.
/// Everything tienda writes: control characters in stored text (a name with
/// ESC) are shown escaped, only tienda's own red for errors stays.
func write(_ text: String, to fd: Int32) {
  Files.writeAll(ControlCharacters.escaping(text, keepingColors: fd == 2), to: fd)
}

func environment(_ name: String) -> String? {
  guard let value = getenv(name) else { return nil }
  let text = String(cString: value)
  return text.isEmpty ? nil : text
}

func fail(usage message: String) -> Never {
  write(Messages.usageError(message) + "\n", to: 2)
  exit(2)
}

/// `--db`, `TIENDA_DB`, else `$XDG_DATA_HOME/tienda/tienda.db`, else `~/.local/share/…`.
func databasePath(_ options: Options) -> String {
  if let path = options.databasePath ?? environment("TIENDA_DB") { return path }
  if let data = environment("XDG_DATA_HOME") { return data + "/tienda/tienda.db" }
  return (environment("HOME") ?? ".") + "/.local/share/tienda/tienda.db"
}

/// History per shop file under `$XDG_STATE_HOME/tienda/` (default `~/.local/state/tienda/`).
func historyPath(for database: String) -> String? {
  let base =
    environment("XDG_STATE_HOME").map { $0 + "/tienda" }
    ?? environment("HOME").map { $0 + "/.local/state/tienda" }
  guard let base else { return nil }
  var absolute = database
  if !absolute.hasPrefix("/") {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
    if getcwd(&buffer, buffer.count) != nil { absolute = stringFromC(buffer) + "/" + database }
  }
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in absolute.utf8 {
    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }
  let name = absolute.split(separator: "/").last.map(String.init) ?? "tienda"
  let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
  do {
    try ShopFile.makeDirectories(base)
  } catch {
    return nil
  }
  return base + "/historial-" + safe + "-" + String(hash & 0xFFFF_FFFF, radix: 16)
}

/// `TIENDA_AHORA=2026-11-23T13:00:00Z` fixes the clock (tests, demos).
func makeClock() -> ShopClock {
  guard let text = environment("TIENDA_AHORA") else { return SystemClock() }
  let parts = text.split(whereSeparator: { "-T:Z ".contains($0) }).compactMap { Int($0) }
  guard (5...6).contains(parts.count),
    let day = LocalDate(year: parts[0], month: parts[1], day: parts[2]),
    (0..<24).contains(parts[3]), (0..<60).contains(parts[4]),
    parts.count == 5 || (0..<60).contains(parts[5])
  else {
    fail(usage: Messages.badFixedClock)
  }
  let seconds = parts.count > 5 ? parts[5] : 0
  return FixedClock(Int64(day.dayNumber) * 86400 + Int64(parts[3] * 3600 + parts[4] * 60 + seconds))
}

/// Set once a line of standard input passed `Lexer.maximumLineBytes`
/// (`tienda < /dev/zero`): that line is refused and reading stops.
nonisolated(unsafe) var stdinLineTooLong = false

/// One line of standard input without its LF; nil at the end. A line is
/// read up to one byte past the lexer's limit (which then refuses it), so
/// an endless line never fills the memory.
func readStdinLine() -> String? {
  if stdinLineTooLong { return nil }
  let file = tienda_stdin()
  var bytes: [UInt8] = []
  while true {
    let c = getc(file)
    if c == EOF {
      if bytes.isEmpty { return nil }
      break
    }
    if c == 0x0A { break }
    bytes.append(UInt8(truncatingIfNeeded: c))
    if bytes.count > Lexer.maximumLineBytes {
      stdinLineTooLong = true
      break
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// Without libedit: print the prompt and read one line (no editing, no history).
func readPlainLine(prompt: String) -> LineEditor.Input {
  write(prompt, to: 1)
  var buffer: UnsafeMutablePointer<CChar>?
  var capacity = 0
  defer { free(buffer) }
  interruptRequested = 0
  let n = getline(&buffer, &capacity, tienda_stdin())
  if interruptRequested != 0 {
    clearerr(tienda_stdin())
    return .interrupted
  }
  guard n > 0, let buffer else { return .endOfInput }
  var line = String(cString: buffer)
  if line.hasSuffix("\n") { line.removeLast() }
  return .line(line)
}

/// Reads one command at the prompt; a line ending in `\\` continues on the
/// next, read with a `… ` prompt (as in scripts).
func readCommand(_ editor: LineEditor?, prompt: String) -> LineEditor.Input {
  var joined = ""
  var currentPrompt = prompt
  while true {
    let input = editor?.read(prompt: currentPrompt) ?? readPlainLine(prompt: currentPrompt)
    guard case .line(let line) = input else { return input }
    if line.hasSuffix("\\") {
      joined += line.dropLast() + " "
      currentPrompt =
        String(repeating: " ", count: max(0, TextFormat.displayWidth(prompt) - 2)) + "… "
      continue
    }
    return .line(joined + line)
  }
}

/// Reads one line from the terminal byte by byte (no stdio buffering, so
/// libedit sees everything typed after it); with `secret`, echo is off.
func readTerminalLine(prompt: String, secret: Bool) -> String? {
  var saved = termios()
  let isTerminal = tcgetattr(0, &saved) == 0
  // Echo goes off before the prompt shows, so a PIN typed quickly is never
  // displayed; nothing typed ahead is thrown away.
  if secret && isTerminal {
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    tcsetattr(0, TCSANOW, &quiet)
  }
  write(prompt, to: 1)
  defer {
    if secret && isTerminal {
      tcsetattr(0, TCSANOW, &saved)
      write("\n", to: 1)
    }
  }
  var bytes: [UInt8] = []
  var byte: UInt8 = 0
  while true {
    let n = read(0, &byte, 1)
    if n < 0 && errno == EINTR {
      // Ctrl-C: cancel this answer, not the program.
      interruptRequested = 0
      write("\n", to: 1)
      return ""
    }
    if n <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
    if byte == 10 { break }
    if byte != 13 { bytes.append(byte) }
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// Asks who is working until a user enters a right PIN; false on Ctrl-D.
func logInAtStart(_ context: ShellContext) -> Bool {
  write(Messages.loginNeeded + "\n", to: 1)
  while true {
    guard var name = context.askLine?(Messages.userPrompt) else { return false }
    name = name.trimmingCharacters(in: " ")
    if isQuitCommand(name) { return false }
    let login = Registry.logIn.name + " "  // typed the command (`entrar pepe`)
    if fold(name).hasPrefix(fold(login)) { name = String(name.dropFirst(login.count)) }
    // `pepe pin 1234` typed on one line: take the PIN from it.
    var typedPin: String?
    let words = name.split(separator: " ").map(String.init)
    if let pinWord = Registry.logIn.secretKeyword.map(fold),
      let k = words.firstIndex(where: { fold($0) == pinWord }), k + 1 < words.count
    {
      typedPin = words[k + 1]
      name = words[..<k].joined(separator: " ")
    }
    if name.isEmpty { continue }
    guard let pin = typedPin ?? context.askSecret?(Messages.pinPrompt(for: name)) else {
      return false
    }
    do {
      let user = try context.shop.acting(WriteContext(command: Registry.logIn.name + " " + name))
        .users.logIn(
          name, pin: pin)
      write(Messages.welcomeUser(user.name, role: user.role.code) + "\n", to: 1)
      return true
    } catch {
      write(Messages.errorPrefix + context.describe(error) + "\n", to: 2)
    }
  }
}

/// `bloquear`: nothing runs until the same user, a supervisor or a dueño
/// types a right PIN. The session (and any open ticket) stays as it was.
func waitWhileLocked(_ context: ShellContext) -> Bool {
  guard let user = context.shop.actor.userName else { return true }
  write(Messages.locked(user) + "\n", to: 1)
  let shop = context.shop.acting(WriteContext(command: Registry.lock.name))
  while true {
    guard let pin = context.askSecret?(Messages.pinPrompt(for: user)) else { return false }
    do {
      if pin.isEmpty {
        guard let name = context.askLine?(Messages.approverPrompt), !name.isEmpty,
          let supervisorPin = context.askSecret?(Messages.pinPrompt(for: name))
        else { continue }
        let approver = try shop.users.authenticate(name, pin: supervisorPin)
        guard ["supervisor", "dueno"].contains(fold(approver.role.code)) else {
          write(Messages.errorPrefix + Messages.unlockNeedsSupervisor + "\n", to: 2)
          continue
        }
      } else {
        _ = try shop.users.authenticate(user, pin: pin)
      }
      return true
    } catch {
      write(Messages.errorPrefix + context.describe(error) + "\n", to: 2)
    }
  }
}

/// `salir` is not worth recalling with the Up arrow.
func isQuitCommand(_ line: String) -> Bool {
  Registry.quit.foldedSpellings.contains(fold(line).trimmingCharacters(in: " \t"))
}

func runInteractive(
  _ context: ShellContext, runner: Runner, historyFile: String?, created: Bool
)
  -> Int32
{
  var action = sigaction()
  action.__sigaction_handler.sa_handler = sigintHandler
  sigemptyset(&action.sa_mask)
  action.sa_flags = 0
  sigaction(SIGINT, &action, nil)
  interruptibleDatabase = context.shop.file.interruptHandle

  let editor = LineEditor(historyPath: historyFile)
  if editor == nil { write(Messages.noLineEditor + "\n", to: 2) }
  completionProvider = { before in
    let completion = Completer(context: context).complete(before)
    return (completion.start, completion.candidates, completion.exhaustive)
  }
  write(Messages.welcome + "\n", to: 1)
  if created { write(Messages.createdShop(context.shop.file.path) + "\n", to: 1) }
  if context.shop.users.usersExist && context.shop.actor.userName == nil {
    guard logInAtStart(context) else {
      write("\n", to: 1)
      return 0
    }
  }
  // A ticket left open (the laptop died mid-sale) is still there; it
  // belonged to that session's terminal, so the next ticket command takes
  // it over (DESIGN §8.4).
  for notice in TicketSession.startupNotices(context.shop) { write(notice + "\n", to: 1) }
  while true {
    // A ticket that did not print is said before the prompt, once.
    for line in sessionPrintNotices.lines(context.shop) { write(line + "\n", to: 1) }
    let prompt = context.prompt
    switch readCommand(editor, prompt: prompt) {
    case .endOfInput:
      write("\n", to: 1)
      if let notice = TicketSession.leavingNotice(context.shop) { write(notice + "\n", to: 1) }
      return 0
    case .interrupted:
      write("^C\n", to: 1)
      continue
    case .line(let line):
      if !isQuitCommand(line) && !runner.containsSecret(line) { editor?.remember(line) }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      interruptRequested = 0
      interruptibleDatabase = context.shop.file.interruptHandle  // `modo práctica` swaps the shop
      context.shop.promotions.noticeSettingsChangedElsewhere()  // promotions, points
      let queuedBefore = context.shop.jobsQueuedHere
      let status = runner.run(
        line: line, source: .interactive(promptWidth: TextFormat.displayWidth(prompt)))
      if status == .exit {
        if let notice = TicketSession.leavingNotice(context.shop) { write(notice + "\n", to: 1) }
        return 0
      }
      // A moment for the jobs this line queued (a printer that refuses
      // answers at once), so the next prompt can say they did not print.
      let queued = context.shop.jobsQueuedHere.subtracting(queuedBefore)
      if !queued.isEmpty { _ = printSpool.wait(for: queued, shop: context.shop, upTo: 600) }
      if context.lockRequested {
        context.lockRequested = false
        guard waitWhileLocked(context) else { return 0 }
      }
    }
  }
}

// MARK: - Entry point

// SQLite frees the page cache of each query's temporary b-trees (a sale's
// look-up, a report's sort) when the query ends; with glibc's default trim
// threshold the top of the heap then goes back to the kernel and comes
// back on the next command: two brk calls and fresh zeroed pages per
// command. Keeping up to 8 MiB of freed heap avoids that churn; it never
// raises the peak (DESIGN §7: ≤ 25 MiB).
_ = tienda_keep_freed_heap(8 << 20)

let options: Options
do {
  options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
} catch let error as Options.UsageError {
  fail(usage: error.message)
}
if options.showHelp {
  write(Options.helpText + "\n", to: 1)
  exit(0)
}
if options.showVersion {
  write("tienda " + Options.version + "\n", to: 1)
  exit(0)
}
if options.generateDocs {
  write(Help.markdown(.standard), to: 1)
  exit(0)
}
if options.generateManPage {
  write(ManPage.render(.standard), to: 1)
  exit(0)
}
if options.generateBashCompletion {
  write(BashCompletion.render(), to: 1)
  exit(0)
}
if !options.commands.isEmpty && options.script != nil {
  fail(usage: Messages.commandAndScript)
}
// Pauses read Enter from the terminal, even when commands come from a pipe.
let trainerTerminal = options.pause || isatty(1) == 1 ? TrainerTerminal.open() : nil
if options.pause && options.commands.isEmpty && options.script == nil && isatty(0) == 1 {
  fail(usage: Messages.pauseNeedsBatch)
}
if options.pause && trainerTerminal == nil { fail(usage: Messages.pauseNeedsTerminal) }

var scriptText: String?
if let script = options.script {
  do {
    scriptText = String(decoding: try Files.read(script), as: UTF8.self)
  } catch {
    fail(usage: Messages.describe(beforeOpening: error))
  }
}

let demo = options.demo ? demoPath(options) : nil
let path = demo?.path ?? databasePath(options)
// Folders are created only for the default location: a mistyped `--db`
// folder must not become a new, empty shop.
let chosenPath = options.databasePath != nil || environment("TIENDA_DB") != nil
let created = demo == nil && access(path, F_OK) != 0
// DESIGN §8.1: at a terminal, a missing file named with --db (or TIENDA_DB)
// is created only when the person says so (a mistyped name must not
// quietly become a new, empty shop).
if created && chosenPath && options.commands.isEmpty && options.script == nil
  && options.mode == .normal && isatty(0) == 1 && isatty(1) == 1
{
  let answer = readTerminalLine(prompt: Messages.confirmCreateShop(path), secret: false) ?? ""
  guard ["s", "si"].contains(fold(answer.trimmingCharacters(in: " \t"))) else {
    write(Messages.shopNotCreated + "\n", to: 2)
    exit(1)
  }
}
let shop: Shop
do {
  shop = try Shop.open(path: path, clock: makeClock(), createFolders: !chosenPath)
} catch {
  write("tienda: «\(path)»: " + Messages.describe(beforeOpening: error) + "\n", to: 2)
  exit(1)
}
// A register that does not exist is a usage error (exit 2), as a bad flag.
if let register = options.register ?? (demo == nil ? environment("TIENDA_CAJA") : nil) {
  do {
    try shop.register.useRegister(named: register)
  } catch {
    let names = ((try? shop.register.registers()) ?? []).map(\.name)
    shop.file.close()
    fail(
      usage: Messages.unknownRegisterFlag(
        register, fromEnvironment: options.register == nil,
        reason: Messages.describe(error, currency: shop.settings.currency),
        registers: names))
  }
}

/// What an interactive session already said about jobs that did not print.
nonisolated(unsafe) let sessionPrintNotices = SessionPrintNotices()
/// Print jobs go out on a background thread with its own connection.
let printSpool = BackgroundSpool(
  path: path, clock: shop.clock, practice: demo?.scratch ?? false)
/// How long the program waits for the printer at exit, in milliseconds.
let spoolExitWait = Int(environment("TIENDA_ESPERA_IMPRESION") ?? "") ?? 4000

/// Closes the shop file (checkpointing the WAL) and exits, after giving the
/// print spool a short while to send what the last command queued (what
/// does not go out stays in the queue for next time). A one-shot run waits
/// for its own jobs only (DESIGN §8.20); a session for the spool to settle.
@MainActor func finish(_ code: Int32) -> Never {
  if interactive {
    printSpool.wait(upTo: spoolExitWait)
    for line in sessionPrintNotices.lines(shop, waiting: true) { write(line + "\n", to: 1) }
  } else {
    printSpool.wait(for: shop.jobsQueuedHere, shop: shop, upTo: spoolExitWait)
    // A command that failed already said what went wrong.
    if code == 0 {
      for line in UnprintedNotices.lines(shop, jobs: shop.jobsQueuedHere) {
        write(line + "\n", to: 2)
      }
    }
  }
  interruptibleDatabase = nil
  shop.file.close()
  exit(code)
}

let interactive = options.commands.isEmpty && options.script == nil && isatty(0) == 1
if interactive && options.mode != .normal { fail(usage: Messages.modeNeedsBatch) }
let context = ShellContext(
  shop: shop, interactive: interactive, writeOut: { write($0, to: 1) },
  writeErr: { write($0, to: 2) })
if options.json { context.defaultFormat = .json }
context.spool = printSpool
if let demo { plantDemo(context, path: path, scratch: demo.scratch, interactive: interactive) }
// Jobs left from before (a printer that was off) get another try in a
// session; a one-shot run sends them only behind a job of its own.
if interactive && (shop.printQueue.hasWaitingJobs || shop.printQueue.hasRetryableJobs) {
  printSpool.kick()
}
if isatty(0) == 1 {
  context.askSecret = { readTerminalLine(prompt: $0, secret: true) }
  context.askLine = { readTerminalLine(prompt: $0, secret: false) }
}
// Blanks around it (a line end from `$(cat …)` or an editor) are not part
// of the PIN, as in a PIN file.
// (No closure here: a closure in top-level code is main-actor isolated and
// makes Swift link its concurrency runtime, +0,9 MB.)
context.environmentPin = PinFile.fromEnvironment(environment("TIENDA_PIN"))
if context.environmentPin == nil, let pinFile = environment("TIENDA_PIN_ARCHIVO") {
  do {
    context.environmentPin = try PinFile.read(pinFile)
  } catch {
    write("tienda: " + context.describe(error) + "\n", to: 2)
    finish(1)
  }
}
if let user = options.user {
  do {
    let pin = try context.pin(nil, prompt: Messages.pinPrompt(for: user), confirm: false)
    _ = try shop.acting(WriteContext(command: Flag.user.name + " " + user)).users.logIn(
      user, pin: pin, journaled: isatty(0) == 1)
  } catch {
    write("tienda: " + context.describe(error) + "\n", to: 2)
    finish(1)
  }
}
let runner = Runner(context: context)
runner.keepGoing = options.keepGoing
context.scripts.keepGoing = options.keepGoing
context.scripts.echo = options.echo || options.pause
context.scripts.pauseEach = options.pause
context.scripts.terminal = trainerTerminal
let historyFile =
  interactive ? historyPath(for: demo?.scratch == true ? "/tienda-demo" : path) : nil
if let historyFile { context.protectedPaths.append(historyFile) }
// -c, pipes and scripts create the file as asked, and say so (DESIGN §8.1).
if created && !interactive { write(Messages.createdShop(path) + "\n", to: 2) }

if !options.commands.isEmpty {
  let outcome = context.runWhole(options.mode) {
    for command in options.commands {
      guard runner.present(command) else {
        return BatchOutcome(status: .exit, failures: runner.failures)
      }
      let status = runner.run(line: command, source: .argument)
      if status == .exit { return BatchOutcome(status: .exit, failures: runner.failures) }
      if status == .failed && !options.keepGoing { break }
    }
    return BatchOutcome(status: runner.failures > 0 ? .failed : .ok, failures: runner.failures)
  }
  if outcome.failures > 0 && options.keepGoing && outcome.status != .exit {
    write("tienda: " + Messages.failures(outcome.failures) + "\n", to: 2)
  }
  finish(outcome.failures > 0 ? 1 : 0)
}

if let script = options.script, let scriptText {
  context.scripts.startScript(name: script, arguments: options.scriptArguments)
  let lines = ScriptText.lines(scriptText)
  guard runner.checkRights(of: lines, source: .file(script)) else { finish(1) }
  let outcome = context.runWhole(options.mode) {
    runner.runBatch(lines, source: .file(script))
  }
  finish(runner.exitCode(outcome))
}

if interactive {
  finish(
    runInteractive(context, runner: runner, historyFile: historyFile, created: created))
}

// Piped input runs line by line as it arrives (a scanner wrapper, `tail -f`).
let stdinLines = LineStream { readStdinLine() }
finish(
  runner.exitCode(
    context.runWhole(options.mode) { runner.runBatch(stdinLines, source: .stdin) }))
