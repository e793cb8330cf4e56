import TiendaCore
import TiendaPrint

/// State the shell keeps between commands: the shop, output choices, and
/// whether the user asked to leave.
public final class ShellContext {
  /// The shop commands work on; `modo práctica` swaps in a scratch copy
  /// and `salir de práctica` swaps the real one back (`Run/Practice.swift`).
  public internal(set) var shop: Shop
  /// Shown in the prompt after the shop's name: `DEMO`, `PRÁCTICA`.
  public var promptTag: String?
  /// The real shop set aside while `modo práctica` runs on a copy.
  var practiceSession: PracticeSession?
  public let registry: Registry
  /// Output format when a command does not say `como …` (`--json`).
  public var defaultFormat: OutputFormat?
  /// True when a person types at a terminal.
  public var interactive: Bool
  public var exitRequested = false
  /// Set by `bloquear`: the terminal asks a PIN before going on.
  public var lockRequested = false
  /// Reads a secret (a PIN) without echo; nil when there is no terminal.
  public var askSecret: ((String) -> String?)?
  /// Reads a plain line (a supervisor's name); nil when there is no terminal.
  public var askLine: ((String) -> String?)?
  /// Set when the running command asked something at the terminal (an
  /// approval): an error then echoes the command again above the caret.
  public var askedDuringCommand = false
  /// `TIENDA_PIN`, for scripts and cron.
  public var environmentPin: String?
  /// Files `> archivo` must never overwrite: the shop file, its WAL and
  /// shared-memory files, the history file.
  public var protectedPaths: [String] = []
  /// Sends print jobs in the background (nil: jobs wait in the queue).
  public var spool: BackgroundSpool?
  public var writeOut: (String) -> Void
  public var writeErr: (String) -> Void
  /// Running scripts, their arguments and variables (`Run/Scripts.swift`).
  public let scripts = ScriptState()

  public init(
    shop: Shop, registry: Registry = .standard, interactive: Bool = false,
    writeOut: @escaping (String) -> Void, writeErr: @escaping (String) -> Void
  ) {
    self.shop = shop
    self.registry = registry
    self.interactive = interactive
    self.writeOut = writeOut
    self.writeErr = writeErr
    self.protectedPaths = Files.shopPaths(shop.file.path)
  }

  /// The width tables fit; nil: the terminal's (80 for a pipe or a file).
  public var outputWidth: Int?

  public var renderer: Renderer {
    Renderer(
      currency: shop.settings.currency, csvDelimiter: shop.settings.csvDelimiter,
      width: outputWidth ?? Terminal.width())
  }

  /// The Spanish text of an error, amounts in the shop's currency.
  public func describe(_ error: Error) -> String {
    Messages.describe(error, currency: shop.settings.currency)
  }

  /// What the prompt shows: the shop name (else "tienda") and who is in.
  public var prompt: String {
    let name = shop.settings.name
    let user = shop.actor.userName.map { " (" + $0 + ")" } ?? ""
    let order = shop.orders.openDraft().map { " " + OrderMessages.prompt($0) } ?? ""
    let ticket = (try? shop.tickets.openTicket()).flatMap { $0 }.map {
      order + " " + TicketView(shop.settings.currency).promptSummary($0)
    }
    let purchase = shop.purchases.openPurchaseSummary().map {
      " " + Messages.purchasePrompt(supplier: $0.supplier, lines: $0.lines)
    }
    let tag = promptTag.map { " [" + $0 + "]" } ?? ""
    // Names stored with a control character (ESC) are shown escaped.
    return ControlCharacters.escaping(
      (name.isEmpty ? "tienda" : name) + tag + user + (ticket ?? "") + (purchase ?? "") + "> ")
  }

  /// The one permission check every command goes through: passes when the
  /// user (or single-user mode) has `right`; otherwise, at a terminal, asks
  /// for a supervisor's name and PIN and records the approval in this
  /// command's `WriteContext`; without a terminal, fails naming the right.
  public func authorize(_ right: Right) throws {
    acting(try shop.users.authorize(right, approvals: self))
  }

  /// Manual discounts above the role's caps (DESIGN.md §8.6): at a
  /// terminal a supervisor may approve on the spot (their caps must cover
  /// it); otherwise the refusal stands. For the sale commands.
  public func authorizeDiscount(_ rule: DiscountRule, line: Int?, in ticket: Ticket) throws {
    acting(try shop.users.authorizeDiscount(rule, line: line, in: ticket, approvals: self))
  }

  /// A refusal someone may override (selling below zero stock): at a
  /// terminal, a user with `right` confirms, else a supervisor approves.
  /// False without a terminal or when declined.
  public func approveOverride(_ right: Right, why: String) throws -> Bool {
    guard let context = try shop.users.approveOverride(right, why: why, approvals: self) else {
      return false
    }
    acting(context)
    return true
  }

  /// The rest of the command writes with `context` (its approver).
  func acting(_ context: WriteContext) {
    if context != shop.context { shop = shop.acting(context) }
  }

  /// After a command that changed something: screen previews are shown
  /// now; other printers get their jobs from the background spool. A
  /// one-shot run (`-c`, a script, a pipe) starts the spool only for a job
  /// of its own: it never waits on older jobs (DESIGN §8.20).
  public func printWaitingJobs() {
    // The in-memory test first: a one-shot that queued nothing asks nothing.
    guard interactive || !shop.jobsQueuedHere.isEmpty, shop.printQueue.hasWaitingJobs else {
      return
    }
    if scripts.mode == .simulate {
      // Nothing is sent while simulating: every job is shown instead.
      // Jobs stay waiting in a simulation: each is shown once, not again
      // after every later command.
      for preview in PrintSpool.previews(shop: shop, skipping: scripts.previewedJobs) {
        scripts.previewedJobs.insert(preview.job)
        writeOut(preview.text)
      }
      return
    }
    PrintSpool.sendWaiting(shop: shop, screen: { self.writeOut($0) }, onlyScreen: true)
    spool?.kick()
  }

  /// At a terminal: says why, then asks who approves and their PIN (no
  /// echo). Nil without a terminal or when nobody answers.
  func askApprover(_ why: String) -> (name: String, pin: String)? {
    guard let askLine, let askSecret else { return nil }
    askedDuringCommand = true
    writeErr(why + "\n")
    guard let name = askLine(Messages.approverPrompt), !name.isEmpty,
      let pin = askSecret(Messages.pinPrompt(for: name))
    else { return nil }
    return (name, pin)
  }

  /// A PIN from the command (`pin 1234`), else asked without echo (twice
  /// when `confirm`), else `TIENDA_PIN`.
  public func pin(_ given: String?, prompt: String, confirm: Bool) throws -> String {
    if let given { return given }
    if let askSecret {
      askedDuringCommand = true
      guard let first = askSecret(prompt) else { throw ShellError(Messages.pinRequired) }
      if confirm {
        guard let second = askSecret(Messages.pinAgain), !second.isEmpty || first.isEmpty else {
          throw ShellError(Messages.pinCancelled)
        }
        guard second == first else { throw CoreError.pinsDiffer }
      }
      return first
    }
    if let environmentPin { return environmentPin }
    throw ShellError(Messages.pinRequired)
  }
}

/// The terminal dialog behind the core's approvals (`Approvals`).
extension ShellContext: Approvals {
  public var canAsk: Bool { askLine != nil && askSecret != nil }

  public func askApprover(_ reason: ApprovalReason) -> ApproverCredentials? {
    askApprover(why(reason)).map { ApproverCredentials(name: $0.name, pin: $0.pin) }
  }

  public func confirmOverride(_ reason: ApprovalReason) -> Bool {
    guard let askLine else { return false }
    askedDuringCommand = true
    let question =
      if case .override(.creditOverLimit, _) = reason {
        AccountWording.overLimitQuestion(why(reason))
      } else {
        Messages.stockOverrideQuestion(why(reason))
      }
    guard let answer = askLine(question) else { return false }
    return ["s", "si"].contains(fold(answer.trimmingCharacters(in: " ")))
  }

  func why(_ reason: ApprovalReason) -> String {
    switch reason {
    case .missingRight(let right, let user, let roles):
      return Messages.approvalNeeded(user: user, right: right, roles: roles)
    case .overCap(let error): return describe(error)
    case .override(_, let why): return why
    }
  }
}
