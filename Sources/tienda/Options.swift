import TiendaCore
import TiendaShell

/// Command-line flags (DESIGN.md §5.4, "Command line"); each one is
/// declared once in `Flag.all` (Flags.swift).
struct Options {
  var databasePath: String?
  var register: String?
  var user: String?
  var commands: [String] = []
  var keepGoing = false
  /// `--atómico` or `--simular`.
  var mode = RunMode.normal
  var echo = false
  /// `--pausa`: wait for Enter before each command (implies `--eco`).
  var pause = false
  /// `--demo`: a shop seeded with the built-in feria catalog.
  var demo = false
  var json = false
  var showHelp = false
  var showVersion = false
  var generateDocs = false
  var generateManPage = false
  var generateBashCompletion = false
  var script: String?
  var scriptArguments: [String] = []

  static let version = "0.1.0"

  struct UsageError: Error {
    let message: String
  }

  static func parse(_ arguments: [String]) throws -> Options {
    let flags = Flag.all
    // Every spelling a person may type: a value that is one of them is
    // missing (`--caja -c …`); a typo is suggested the closest.
    let spellings = flags.filter { !$0.hidden }.flatMap(\.names)
    var options = Options()
    var i = 0
    while i < arguments.count {
      var argument = arguments[i]
      var inline: String?
      if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
        inline = String(argument[argument.index(after: eq)...])
        argument = String(argument[..<eq])
      }
      if argument == "--" {
        if i + 1 < arguments.count {
          options.script = arguments[i + 1]
          options.scriptArguments = Array(arguments[(i + 2)...])
        }
        return options
      }
      guard let flag = flags.first(where: { $0.names.contains(argument) }) else {
        if argument.hasPrefix("-") && argument != "-" {
          let suggestion = closestMatch(to: argument, among: spellings)
          throw UsageError(message: Messages.unknownFlag(argument, suggestion: suggestion))
        }
        options.script = argument
        options.scriptArguments = Array(arguments[(i + 1)...])
        return options
      }
      var value = ""
      if flag.placeholder != nil {
        if let inline {
          value = inline
        } else {
          i += 1
          guard i < arguments.count, !spellings.contains(arguments[i]) else {
            throw UsageError(message: Messages.missingFlagValue(argument))
          }
          value = arguments[i]
        }
      } else if inline != nil {
        throw UsageError(message: Messages.flagTakesNoValue(argument))
      }
      try flag.apply(&options, value)
      i += 1
    }
    return options
  }

  /// `tienda --help`, generated from `Flag.all`.
  static var helpText: String {
    var lines = ["tienda \(version): \(Flag.summary).", "", "Uso:"]
    let formWidth = Flag.usages.map { TextFormat.displayWidth($0.form) }.max() ?? 0
    for usage in Flag.usages {
      lines.append("  " + padded(usage.form, to: formWidth) + " " + usage.help)
    }
    lines += ["", "Opciones:"]
    let flags = Flag.visible
    let labelWidth = flags.map { TextFormat.displayWidth($0.label) }.max() ?? 0
    let column = 2 + labelWidth + 1
    for flag in flags {
      for (k, text) in wrapped(flag.help, width: 80 - column).enumerated() {
        let start =
          k == 0 ? "  " + padded(flag.label, to: labelWidth) + " " : padded("", to: column)
        lines.append(start + text)
      }
    }
    lines += [""] + wrapped(Flag.shellHint, width: 80) + wrapped(Flag.exitCodes, width: 80)
    return lines.joined(separator: "\n")
  }

  static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - TextFormat.displayWidth(text)))
  }

  /// `text` broken at spaces into lines of at most `width` columns (a
  /// longer word stays whole on its own line).
  static func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty {
        current = String(word)
      } else if TextFormat.displayWidth(current) + 1 + TextFormat.displayWidth(String(word)) > width
      {
        lines.append(current)
        current = String(word)
      } else {
        current += " " + word
      }
    }
    lines.append(current)
    return lines
  }
}
