import TiendaCore

/// Script variables (DESIGN.md §5.1): `$nombre` (a letter first), `${nombre}`,
/// the script's arguments `${1}`…`${9}` and `${*}`, and the built-ins.
/// A value replaces the variable inside its token, so the token stays one
/// token whatever the value holds (`> ventas-$hoy.csv`). `$` followed by a
/// digit is money, never a variable; `$$` is a literal `$`.
enum Variables {
  /// Names the shell defines; `definir` and `parámetro` may not reuse them.
  static let builtIns = ["hoy", "ayer", "fecha", "hora", "caja", "tienda", "z"]

  /// A name `definir` and `parámetro` accept: a letter, then letters,
  /// digits or `_`.
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, first.isLetter else { return false }
    return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }

  static func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}

extension ShellContext {
  /// The tokens of one command with every variable replaced by its value.
  /// An undefined variable is an error with the caret under it.
  func substituteVariables(_ tokens: [Token]) throws -> [Token] {
    var result: [Token] = []
    for token in tokens {
      guard token.kind == .word || token.kind == .quoted, token.text.contains("$") else {
        result.append(token)
        continue
      }
      // Inside quotes the text starts one column after the opening quote.
      let textColumn = token.column + (token.kind == .quoted ? 1 : 0)
      let (text, wholeIsEmptyList) = try substitute(token.text, column: textColumn)
      if wholeIsEmptyList { continue }  // `${*}` alone with no arguments: no token
      result.append(Token(kind: token.kind, text: text, column: token.column, length: token.length))
    }
    return result
  }

  /// Replaces the variables in `text`; `column` is where `text` starts in
  /// the line, for the caret. Also says whether the text was just `${*}`
  /// with no arguments (the token then disappears, as `"$@"` in sh).
  private func substitute(_ text: String, column: Int) throws -> (String, Bool) {
    let chars = Array(text)
    var out = ""
    var i = 0
    while i < chars.count {
      let c = chars[i]
      guard c == "$", i + 1 < chars.count else {
        out.append(c)
        i += 1
        continue
      }
      let next = chars[i + 1]
      if next == "$" {
        out.append("$")
        i += 2
        continue
      }
      if next == "{" {
        guard let close = chars[(i + 2)...].firstIndex(of: "}") else {
          throw ShellError(
            Messages.unclosedVariable, column: column + i, length: chars.count - i)
        }
        let name = String(chars[(i + 2)..<close])
        let span = (column: column + i, length: close - i + 1)
        if name == "*" && text == "${*}" && scripts.current.arguments.isEmpty { return ("", true) }
        out += try value(of: name, span: span)
        i = close + 1
        continue
      }
      guard next.isLetter else {
        // `$2.500` is money; a lone `$` is left to the command.
        out.append(c)
        i += 1
        continue
      }
      var end = i + 1
      while end < chars.count && Variables.isNameCharacter(chars[end]) { end += 1 }
      let name = String(chars[(i + 1)..<end])
      out += try value(of: name, span: (column + i, end - i))
      i = end
    }
    return (out, false)
  }

  /// The value of one variable, or an error pointing at it.
  private func value(of name: String, span: (column: Int, length: Int)) throws -> String {
    let frame = scripts.current
    if name == "*" { return frame.arguments.joined(separator: " ") }
    if let n = Int(name), name.allSatisfy(\.isNumber) {
      guard (1...9).contains(n) else {
        throw ShellError(Messages.badArgumentNumber(name), column: span.column, length: span.length)
      }
      guard n <= frame.arguments.count else {
        throw ShellError(
          Messages.missingScriptArgument(n, script: frame.name), column: span.column,
          length: span.length)
      }
      return frame.arguments[n - 1]
    }
    let key = fold(name)
    if let builtIn = builtInValue(key) { return builtIn }
    if let value = frame.variables[key] { return value }
    throw ShellError(
      Messages.undefinedVariable(name), column: span.column, length: span.length,
      hint: Messages.variableHint)
  }

  /// `$hoy` 23-11-2026 · `$ayer` 22-11-2026 · `$fecha` 2026-11-23 ·
  /// `$hora` 14-05 · `$caja` Caja 1 · `$tienda` Feria Don Pepe · `$z` 12 (the
  /// number of this register's last Z report, 0 before the first: unique
  /// in file names even when a routine runs twice in the same minute).
  func builtInValue(_ folded: String) -> String? {
    switch folded {
    case "hoy": return shop.today.description
    case "ayer": return shop.today.adding(days: -1).description
    case "fecha": return shop.today.iso
    case "hora":
      let now = LocalTime.components(shop.clock.now())
      return twoDigits(now.hour) + "-" + twoDigits(now.minute)
    case "caja": return shop.actor.registerName
    case "tienda": return shop.settings.name.isEmpty ? "tienda" : shop.settings.name
    case "z": return String((try? shop.printQueue.lastZReport())?.number ?? 0)
    default: return nil
    }
  }

  private func twoDigits(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

  /// `definir nombre valor`: sets a variable of the running script.
  func define(_ name: String, _ value: String) throws {
    try checkVariableName(name)
    scripts.current.variables[fold(name)] = value
  }

  /// `parámetro nombre [omisión]`: binds the script's next argument to
  /// `$nombre`, else the default; without either, an error naming it.
  func bindParameter(_ name: String, default fallback: String?) throws {
    try checkVariableName(name)
    var frame = scripts.current
    if frame.variables[fold(name)] != nil {
      throw ShellError(Messages.parameterTwice(name))
    }
    let position = frame.parametersTaken + 1
    frame.parametersTaken = position
    if position <= frame.arguments.count {
      frame.variables[fold(name)] = frame.arguments[position - 1]
    } else if let fallback {
      frame.variables[fold(name)] = fallback
    } else {
      if scripts.inTopLevelScript { scripts.missingArgument = true }
      throw ShellError(Messages.missingParameter(name, position: position, script: frame.name))
    }
    scripts.current = frame
  }

  private func checkVariableName(_ name: String) throws {
    guard Variables.isValidName(name) else { throw ShellError(Messages.badVariableName(name)) }
    if Variables.builtIns.contains(fold(name)) {
      throw ShellError(Messages.builtInVariable(name))
    }
  }
}
