import Foundation
import Testing

/// The shape of the printing, journal and integrity areas (issue 14, DESIGN
/// §3.1), read from the source files themselves: SQL only in `Storage/`
/// (and schema files), columns read by name, handlers reading typed
/// parameters, and nothing above the core touching the shop's connection.
@Suite struct PrintingAreaShapeTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func swiftFiles(under folder: String) -> [String] {
    let base = root.appendingPathComponent(folder).path
    let all = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
    return all.filter { $0.hasSuffix(".swift") }.sorted().map { folder + "/" + $0 }
  }

  static func text(_ file: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
  }

  /// The core files of the three areas.
  static let coreFiles =
    ["Sources/TiendaCore/Printing", "Sources/TiendaCore/Journal", "Sources/TiendaCore/Integrity"]
    .flatMap(swiftFiles(under:))
    + ["Sources/TiendaCore/Shop/Simulation.swift"]
    + swiftFiles(under: "Sources/TiendaCore/Shop/Storage")

  static let handlerFiles =
    [
      "PrinterCommands", "PrintCommands", "PrintNow", "AuditCommands", "BackupCommands",
      "CheckCommands", "ShopCommands", "ScriptCommands", "ShellCommands", "TrainerCommands",
    ].map { "Sources/TiendaShell/Commands/\($0).swift" }
    + ["Sources/TiendaShell/Run/UnprintedNotices.swift"]

  /// Lines that hold SQL text: a string opening with a statement word, or
  /// a statement word opening the line after a `"""`.
  static func sqlLines(_ text: String) -> [String] {
    let lines = text.components(separatedBy: "\n")
    let words = "SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE|PRAGMA"
    let inline = try! Regex("\"(\(words))\\b")
    let block = try! Regex("^\\s*(\(words))\\b")
    var found: [String] = []
    for (i, line) in lines.enumerated() {
      if line.contains(inline) {
        found.append(line)
      } else if line.hasSuffix("\"\"\""), i + 1 < lines.count, lines[i + 1].contains(block) {
        found.append(lines[i + 1])
      }
    }
    return found
  }

  @Test func sqlLivesInStorageFilesOnly() throws {
    #expect(Self.coreFiles.count > 10)
    for file in Self.coreFiles where !file.contains("/Storage/") && !file.hasSuffix("Schema.swift")
    {
      #expect(Self.sqlLines(try Self.text(file)) == [], "\(file)")
    }
    // The storage files do hold the queries.
    let storage = Self.coreFiles.filter { $0.contains("/Storage/") }
    #expect(storage.count >= 6)
    #expect(try storage.map { Self.sqlLines(try Self.text($0)).count }.reduce(0, +) > 30)
  }

  @Test func columnsAreReadByName() throws {
    let positional = try Regex(
      "\\.(int|string|bool|double|blob|optionalInt|optionalString|optionalBool|optionalBlob)"
        + "\\(\\s*\\d+\\s*\\)")
    for file in Self.coreFiles + ["Sources/TiendaPrint/Spool.swift"] {
      let text = try Self.text(file)
      #expect(text.ranges(of: positional).isEmpty, "\(file)")
    }
  }

  @Test func handlersReadTypedParameters() throws {
    let keyed = try Regex(
      "\\b[a-z]\\w*\\.(text|bool|isNone|money|quantity|date|percent|integer|list|isFlagSet"
        + "|period|rut|saleItems|payments|tokens|has)\\(\"[^\"]*\"\\)")
    for file in Self.handlerFiles {
      let text = try Self.text(file)
      #expect(text.ranges(of: keyed).isEmpty, "\(file)")
      #expect(!text.contains("arguments[\""), "\(file)")
      #expect(!text.contains("spans[\""), "\(file)")
    }
  }

  @Test func theShellAndTheSpoolNeverTouchTheConnection() throws {
    let connection = try Regex("\\.db(?![A-Za-z0-9_])")
    for file in Self.handlerFiles + ["Sources/TiendaPrint/Spool.swift"] {
      let code = try Self.text(file).components(separatedBy: "\n")
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        .joined(separator: "\n")
      // `.db` inside a string (a file name in help text) is not a use.
      let uses = code.components(separatedBy: "\n").filter { line in
        line.ranges(of: connection).contains { range in
          line[..<range.lowerBound].filter { $0 == "\"" }.count % 2 == 0
        }
      }
      #expect(uses == [], "\(file)")
    }
  }
}
