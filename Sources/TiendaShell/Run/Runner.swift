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

  public init(context: ShellContext) {
    self.context = context
    self.parser = Parser(registry: context.registry)
  }

  /// With `--seguir`, a failing command does not stop the rest of its line.
  public var keepGoing = false

  /// Runs every command of `line` (split at `;`), stopping at the first
  /// failure unless `keepGoing`.
  @discardableResult
  public func run(line: String, lineNumber: Int = 1, source: LineSource) -> LineStatus {
    let tokens: [Token]
    do {
      tokens = try Lexer.tokenize(line)
    } catch {
      report(error, line: line, lineNumber: lineNumber, source: source)
      return .failed
    }
    let chars = Array(line)
    var status = LineStatus.ok
    for statement in Lexer.statements(tokens) {
      let first = statement.first!.column - 1
      let last = min(chars.count, statement.last!.endColumn - 1)
      let text = String(chars[first..<last])
      let wholeCommand = (column: statement.first!.column, length: last - first)
      var invocation: Invocation?
      do {
        let call = try parser.parse(statement, context: context)
        invocation = call
        context.shop.commandText = text
        let result = try call.spec.run(call)
        if case .exit = result {
          context.exitRequested = true
          return .exit
        }
        try emit(result, call)
        continue
      } catch var error as ShellError {
        if error.column == nil {
          error.column = wholeCommand.column
          error.length = wholeCommand.length
        }
        report(error, line: line, lineNumber: lineNumber, source: source)
      } catch {
        // Domain and store errors point at the word they are about, else at
        // the whole command.
        let span =
          invocation.flatMap { call in subject(of: error).flatMap(call.span(ofValue:)) }
          ?? wholeCommand
        let located = ShellError(Messages.describe(error), column: span.column, length: span.length)
        report(located, line: line, lineNumber: lineNumber, source: source)
      }
      status = .failed
      if !keepGoing { return .failed }
    }
    return status
  }

  /// The text a domain refusal is about (`No encontré la categoría «x»` → x).
  func subject(of error: Error) -> String? {
    guard let error = error as? CoreError else { return nil }
    switch error {
    case .notFound(_, let query, _), .ambiguous(_, let query, _): return query
    case .alreadyExists(_, let name): return name
    case .unknownZone(let zone, _): return zone
    case .unknownCurrency(let code): return code
    case .categoryCycle(_, let parent): return parent
    default: return nil
    }
  }

  func emit(_ result: CommandResult, _ invocation: Invocation) throws {
    let output = context.renderer.render(result, format: invocation.format ?? .table)
    guard let path = invocation.redirect else {
      context.writeOut(output)
      return
    }
    try writeFile(path, output)
    if context.interactive { context.writeOut(Messages.savedTo(path) + "\n") }
  }

  func writeFile(_ path: String, _ text: String) throws {
    guard let file = fopen(path, "w") else {
      throw ShellError(Messages.cannotWriteFile(path, Messages.systemReason(errno)))
    }
    let bytes = Array(text.utf8)
    let written = fwrite(bytes, 1, bytes.count, file)
    let closed = fclose(file)
    if written != bytes.count || closed != 0 {
      throw ShellError(Messages.cannotWriteFile(path, Messages.systemReason(errno)))
    }
  }

  /// Prints an error the way `source` calls for.
  public func report(_ error: Error, line: String, lineNumber: Int, source: LineSource) {
    let message = Messages.describe(error)
    let shellError = error as? ShellError
    let column = shellError?.column
    var out = ""
    switch source {
    case .interactive(let promptWidth):
      if let column {
        out +=
          String(repeating: " ", count: promptWidth + caretOffset(line, column))
          + String(repeating: "^", count: caretLength(line, column, shellError!.length)) + "\n"
      }
      out += colored("Error: ") + message + "\n"
    case .argument:
      if let column {
        out += "  " + line + "\n"
        out +=
          "  " + String(repeating: " ", count: caretOffset(line, column))
          + String(repeating: "^", count: caretLength(line, column, shellError!.length)) + "\n"
      }
      out += "tienda: " + message + "\n"
    case .stdin:
      out +=
        "línea \(lineNumber)" + (column.map { ", columna \($0)" } ?? "") + ": " + message + "\n"
    case .file(let name):
      out += "\(name):\(lineNumber):\(column ?? 1): " + message + "\n"
    }
    if let hint = shellError?.hint { out += "  " + hint + "\n" }
    context.writeErr(out)
  }

  /// Display columns before character `column` (accents and wide characters).
  func caretOffset(_ line: String, _ column: Int) -> Int {
    let prefix = String(line.prefix(max(0, column - 1)))
    return TextFormat.displayWidth(prefix) + max(0, column - 1 - prefix.count)
  }

  func caretLength(_ line: String, _ column: Int, _ length: Int) -> Int {
    let chars = Array(line)
    let start = min(chars.count, max(0, column - 1))
    let end = min(chars.count, start + length)
    return max(1, TextFormat.displayWidth(String(chars[start..<end])))
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
