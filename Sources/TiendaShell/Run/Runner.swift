import TiendaCore
import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// Where a line came from, which decides how errors are shown (DESIGN.md §5.2).
public enum LineSource: Equatable {
  /// Typed at the prompt: caret under the token, shifted by the prompt's width.
  case interactive(promptWidth: Int)
  /// `tienda -c '…'`: the line echoed with a caret under it.
  case argument
  /// Piped stdin: `línea N, columna C: mensaje`.
  case stdin
  /// A script file: `archivo:línea:columna: mensaje`.
  case file(String)
}

/// Where the parts of a line joined with `\` came from, so that an error in
/// the joined text is reported at its physical line and column.
public struct LineMap: Equatable {
  /// For each physical line: the 1-based column in the joined text where it
  /// starts, and its line number.
  public var segments: [(start: Int, line: Int)]

  public init(segments: [(start: Int, line: Int)]) { self.segments = segments }

  public static func == (a: LineMap, b: LineMap) -> Bool {
    a.segments.map(\.start) == b.segments.map(\.start)
      && a.segments.map(\.line) == b.segments.map(\.line)
  }

  public func locate(_ column: Int) -> (line: Int, column: Int) {
    let segment = segments.last { $0.start <= column } ?? segments[0]
    return (segment.line, column - segment.start + 1)
  }
}

/// Outcome of one line.
public enum LineStatus: Equatable {
  case ok
  case failed
  case exit
}

/// Runs command lines: lex, parse, run the handler, render or report.
public final class Runner {
  public let context: ShellContext
  let parser: Parser

  /// Option keywords whose value is a secret (`pin`), folded.
  let secretKeywords: Set<String>

  public init(context: ShellContext) {
    self.context = context
    self.parser = Parser(registry: context.registry)
    self.secretKeywords = Set(
      context.registry.commands.flatMap { $0.params.filter(\.secret).compactMap(\.keyword) }
        .map(fold))
  }

  /// With `--seguir`, a failing command does not stop the rest of its line.
  public var keepGoing = false
  /// Commands that failed so far (for the `--seguir` summary).
  public private(set) var failures = 0

  /// Runs every command of `line` (split at `;`), stopping at the first
  /// failure unless `keepGoing`.
  @discardableResult
  public func run(
    line: String, lineNumber: Int = 1, source: LineSource, map: LineMap? = nil
  ) -> LineStatus {
    let tokens: [Token]
    do {
      // Refused before any per-character work (a 1 MB line: milliseconds).
      guard line.utf8.count <= Lexer.maximumLineBytes else {
        throw ShellError(Messages.lineTooLong(bytes: line.utf8.count), column: 1, length: 1)
      }
      if let bad = line.firstIndex(of: "\u{FFFD}") {
        throw ShellError(
          Messages.notUTF8, column: line.distance(from: line.startIndex, to: bad) + 1)
      }
      tokens = try Lexer.tokenize(line)
    } catch {
      report(error, line: line, lineNumber: lineNumber, source: source, map: map)
      failures += 1
      return .failed
    }
    let chars = Array(line)
    var status = LineStatus.ok
    context.askedDuringCommand = false
    for statement in Lexer.statements(tokens) {
      let first = statement.first!.column - 1
      let last = min(chars.count, statement.last!.endColumn - 1)
      let text = String(chars[first..<last])
      let wholeCommand = (column: statement.first!.column, length: last - first)
      var invocation: Invocation?
      // The command is matched once per statement (variables never stand
      // for command words, so substitution does not change the match).
      var matched = try? parser.matchCommand(statement)
      var statement = statement
      // A purchase being received takes bare lines, `quitar`, `total` and
      // `cancelar` (one open document per terminal, DESIGN §8.4).
      if let routed = PurchaseSession.route(statement, matched: matched, context)
        ?? OrderSession.route(statement, matched: matched, context)
      {
        statement = routed
        matched = try? parser.matchCommand(routed)
      }
      let asItem = matched == nil && isSaleItemLine(statement)
      do {
        let call = try parser.parse(
          context.substituteVariables(
            asItem ? [Runner.addToken(at: statement[0])] + statement : statement),
          context: context, matched: asItem ? nil : matched)
        invocation = call
        // The command writes with its own context (its text, who approved
        // it); afterwards the shop writes with what it had before.
        let outer = context.shop.context
        context.shop = context.shop.acting(WriteContext(command: masked(text, call, offset: first)))
        defer { context.shop = context.shop.acting(outer) }
        try context.authorize(call.spec)
        let result: CommandResult
        do {
          try PurchaseSession.refuseTicket(call, context)
          try OrderSession.refuseTicket(call, context)
          result = try TicketSession.run(call, context) { try call.spec.run(call) }
        } catch CoreError.notFound(.product, let query, let suggestion)
          where asItem && parser.commandSuggestion(statement) != nil
        {
          // `pagr efectivo` in a ticket: more likely a mistyped command.
          throw parser.commandSuggestion(statement)
            ?? CoreError.notFound(.product, query: query, suggestion: suggestion)
        }
        if case .exit = result {
          context.exitRequested = true
          return .exit
        }
        try emit(result, call)
        if call.spec.mutates {
          context.printWaitingJobs()
          if context.scripts.mode == .normal { context.runPendingHooks() }
        }
        continue
      } catch var error as ShellError {
        if error.column == nil {
          error.column = wholeCommand.column
          error.length = wholeCommand.length
        }
        report(error, line: line, lineNumber: lineNumber, source: source, map: map)
      } catch {
        // Domain and store errors point at the word they are about, else at
        // the whole command.
        let span =
          invocation.flatMap { call in
            subject(of: error).flatMap { call.span(ofValue: $0.text, lookup: $0.lookup) }
          } ?? wholeCommand
        let located = ShellError(context.describe(error), column: span.column, length: span.length)
        report(located, line: line, lineNumber: lineNumber, source: source, map: map)
      }
      status = .failed
      failures += 1
      if !keepGoing { return .failed }
    }
    return status
  }

  /// A line that is not a command is a product for the open ticket (ticket
  /// mode); at the bare prompt, a scanned barcode starts a ticket.
  /// For a statement that matched no command.
  func isSaleItemLine(_ statement: [Token]) -> Bool {
    guard let first = statement.first else { return false }
    let barcode = first.kind == .word && first.text.count >= 8 && first.text.allSatisfy(\.isNumber)
    return barcode || context.shop.tickets.hasOpenTicket
  }

  static func addToken(at first: Token) -> Token {
    Token(kind: .word, text: "agregar", column: first.column, length: 0)
  }

  /// The command as typed, with secret values (PINs) replaced by `****`,
  /// for the journal.
  func masked(_ text: String, _ call: Invocation, offset: Int) -> String {
    var chars = Array(text)
    for param in call.spec.params where param.secret {
      guard let span = call.spans[param.key] else { continue }
      let start = span.column - 1 - offset
      guard start >= 0, start + span.length <= chars.count else { continue }
      chars.replaceSubrange(start..<(start + span.length), with: Array("****"))
    }
    return String(chars)
  }

  /// The line with the value after each secret keyword (`pin 1234`) shown
  /// as `****`, for echoing it in an error.
  public func maskSecrets(_ line: String) -> String {
    let tokens = Lexer.tokenizeLeniently(line)
    let matched = try? parser.matchCommand(tokens)
    let used = matched?.1 ?? 0
    let userCommand = matched?.0.group == .users
    var chars = Array(line)
    for (i, token) in tokens.enumerated().reversed() where i >= used {
      // The word after `pin` (as an option, not the `pin` of `cambiar pin`).
      let afterSecretKeyword =
        i > used && tokens[i - 1].kind == .word && secretKeywords.contains(tokens[i - 1].folded)
      // In user commands any 4-8 digit word may be a PIN typed without `pin`.
      let looksLikePin =
        userCommand && (4...8).contains(token.text.count) && token.text.allSatisfy(\.isNumber)
      guard afterSecretKeyword || looksLikePin else { continue }
      let start = token.column - 1
      let end = min(chars.count, start + token.length)
      chars.replaceSubrange(start..<end, with: Array("****"))
    }
    return String(chars)
  }

  /// Whether a line holds a secret (a PIN): such lines are not kept in history.
  public func containsSecret(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: " \t")
    if !trimmed.isEmpty && trimmed.allSatisfy(\.isNumber) { return true }  // a PIN typed alone
    return maskSecrets(line) != line
  }

  /// The text a domain refusal is about (`No encontré la categoría «x»` → x)
  /// and whether it names an existing thing (a lookup) or a new one.
  func subject(of error: Error) -> (text: String, lookup: Bool)? {
    guard let error = error as? CoreError else { return nil }
    switch error {
    case .notFound(_, let query, _), .ambiguous(_, let query, _), .notForSale(let query, _, _, _):
      return (query, true)
    case .alreadyExists(_, let name), .nameWithoutLetters(_, let name),
      .reservedName(_, let name):
      return (name, false)
    case .unknownZone(let zone, _): return (zone, true)
    case .invalidBarcode(let code, _), .duplicateBarcode(let code, _): return (code, false)
    case .duplicateSKU(let sku, _), .badSKU(let sku): return (sku, false)
    case .unknownTax(let code, _): return (code, true)
    case .unknownRole(let role, _): return (role, true)
    case .kitInsideKit(let name): return (name, true)
    case .unknownCurrency(let code): return (code, true)
    case .categoryCycle(_, let parent): return (parent, true)
    default: return nil
    }
  }

  func emit(_ result: CommandResult, _ invocation: Invocation) throws {
    let format = invocation.format ?? .table
    guard let path = invocation.redirect else {
      guard case .stream(let stream) = result else {
        context.writeOut(context.renderer.render(result, format: format))
        return
      }
      // A long listing goes to the screen in chunks as it is read.
      let out = ChunkedWriter { [context] in context.writeOut($0) }
      try context.renderer.write(stream, format: format, to: out)
      try out.flush()
      return
    }
    // A file has no screen: tables fit 80 columns; a CSV file starts with
    // the UTF-8 BOM so that Excel reads its accents right.
    var renderer = context.renderer
    renderer.width = 80
    func produce(_ out: ChunkedWriter) throws {
      if case .stream(let stream) = result {
        if format == .csv { try out.write("\u{FEFF}") }
        try renderer.write(stream, format: format, to: out)
      } else {
        let text = renderer.render(result, format: format)
        try out.write(format == .csv && !text.isEmpty ? "\u{FEFF}" + text : text)
      }
      try out.flush()
    }
    if context.scripts.mode == .normal {
      // Written as produced, into a temporary file renamed at the end.
      try Files.write(path, protected: context.protectedPaths) { sink in
        try withoutActuallyEscaping(sink) { sink in try produce(ChunkedWriter(sink)) }
      }
    } else {
      // Atomic run (written after the commit) or simulation (not written).
      var text = ""
      try produce(ChunkedWriter { text += $0 })
      try writeFile(path, text)
    }
    if context.interactive { context.writeOut(Messages.savedTo(path) + "\n") }
  }

  func writeFile(_ path: String, _ text: String) throws {
    try context.saveFile(path, text)
  }

  /// Prints an error the way `source` calls for.
  public func report(
    _ error: Error, line: String, lineNumber: Int, source: LineSource, map: LineMap? = nil
  ) {
    var message = context.describe(error)
    // A line too long to read is not echoed (nor searched for a PIN).
    let line = line.utf8.count <= Lexer.maximumLineBytes ? line : ""
    // A PIN the user typed must not come back inside the message either.
    let masked = Array(maskSecrets(line))
    let original = Array(line)
    if masked != original {
      for token in Lexer.tokenizeLeniently(line) {
        let start = token.column - 1
        guard !token.text.isEmpty, start < masked.count, masked[start] == "*",
          original[start] != "*"
        else { continue }
        message = message.replacingOccurrences(of: token.text, with: "****")
      }
    }
    let shellError = error as? ShellError
    let column = shellError?.column
    let mapped = column.flatMap { map?.locate($0) }
    let location = (line: mapped?.line ?? lineNumber, column: mapped?.column ?? column)
    var out = ""
    switch source {
    case .interactive(let promptWidth) where context.askedDuringCommand:
      // Questions were asked since the line was typed: show it again.
      if let column {
        out += "  " + echoed(line) + "\n"
        out +=
          "  " + String(repeating: " ", count: caretOffset(line, column, echoed: true))
          + String(
            repeating: "^", count: caretLength(line, column, shellError!.length, echoed: true))
          + "\n"
      }
      out += colored(Messages.errorPrefix) + message + "\n"
      _ = promptWidth
    case .interactive(let promptWidth):
      if let column {
        out +=
          String(repeating: " ", count: promptWidth + caretOffset(line, column))
          + String(repeating: "^", count: caretLength(line, column, shellError!.length)) + "\n"
      }
      out += colored(Messages.errorPrefix) + message + "\n"
    case .argument:
      if let column {
        out += "  " + echoed(line) + "\n"
        out +=
          "  " + String(repeating: " ", count: caretOffset(line, column, echoed: true))
          + String(
            repeating: "^", count: caretLength(line, column, shellError!.length, echoed: true))
          + "\n"
      }
      out += "tienda: " + message + "\n"
    case .stdin:
      out +=
        Messages.stdinLocation(line: location.line, column: location.column) + ": " + message + "\n"
    case .file(let name):
      out += "\(name):\(location.line):\(location.column ?? 1): " + message + "\n"
    }
    if let hint = shellError?.hint {
      out += HintWrap.lines(hint, width: context.outputWidth ?? Terminal.width())
    }
    context.writeErr(out)
  }

  /// The line as echoed under an error: PINs masked and every control
  /// character escaped, colour sequences included (the error output keeps
  /// tienda's own red prefix, so a typed `ESC[31m` must not pass through).
  func echoed(_ line: String) -> String {
    ControlCharacters.escaping(maskSecrets(line))
  }

  /// Display columns before character `column` (accents and wide
  /// characters); `echoed`: as `echoed(_:)` shows the line.
  func caretOffset(_ line: String, _ column: Int, echoed: Bool = false) -> Int {
    let prefix = String(line.prefix(max(0, column - 1)))
    let shown = echoed ? ControlCharacters.escaping(prefix) : prefix
    return TextFormat.displayWidth(shown) + max(0, column - 1 - prefix.count)
  }

  func caretLength(_ line: String, _ column: Int, _ length: Int, echoed: Bool = false) -> Int {
    let chars = Array(line)
    let start = min(chars.count, max(0, column - 1))
    let end = min(chars.count, start + length)
    let slice = String(chars[start..<end])
    return max(1, TextFormat.displayWidth(echoed ? ControlCharacters.escaping(slice) : slice))
  }

  func colored(_ text: String) -> String {
    guard context.interactive, Terminal.colorAllowed else { return text }
    return "\u{1B}[31m" + text + "\u{1B}[0m"
  }
}

/// Terminal facts the shell checks once.
public enum Terminal {
  /// Colour only when stderr is a TTY, `NO_COLOR` is unset and `TERM` is not `dumb`.
  public static var colorAllowed: Bool {
    if getenv("NO_COLOR") != nil { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return isatty(2) == 1
  }
}
