import Foundation
import Testing

/// The presentation room (issue 14, item 5): `Commands/` keeps only specs and
/// handlers. Tables and records (their columns, titles and rows) are built in
/// `Sources/TiendaShell/Presentation/`, their headers worded in `Wording/`.
@Suite struct CommandsShapeTests {
  static let commands = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/TiendaShell/Commands")

  static let presentation = commands.deletingLastPathComponent()
    .appendingPathComponent("Presentation")

  /// Each Swift file of `folder` with its text.
  static func files(in folder: URL) throws -> [(name: String, text: String)] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }.sorted()
    return try names.map {
      ($0, try String(contentsOfFile: folder.appendingPathComponent($0).path, encoding: .utf8))
    }
  }

  static func commandFiles() throws -> [(name: String, text: String)] {
    try files(in: commands)
  }

  /// Lines of `text` matching `pattern`, as `file:line: text`.
  static func hits(_ pattern: String, in files: [(name: String, text: String)]) throws -> [String] {
    let regex = try Regex(pattern)
    var found: [String] = []
    for file in files {
      for (n, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      where line.contains(regex) {
        found.append("\(file.name):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
      }
    }
    return found
  }

  @Test func theScanReadsTheCommandFiles() throws {
    let files = try Self.commandFiles()
    #expect(files.count > 10)
    #expect(files.contains { $0.name == "SaleCommands.swift" && $0.text.contains("CommandSpec(") })
  }

  @Test func noColumnIsDeclaredInCommands() throws {
    let found = try Self.hits(#"\bColumn\(\s*""#, in: try Self.commandFiles())
    #expect(found.isEmpty, "columns belong in Presentation/ (headers in Wording/):\n\(found)")
  }

  @Test func noTableOrRecordIsBuiltInCommands() throws {
    let found = try Self.hits(
      #"\b(Table|Record)\(\s*(title:|columns:|\[|"|$)"#, in: try Self.commandFiles())
    #expect(found.isEmpty, "tables and records are built in Presentation/:\n\(found)")
  }

  /// Presentation builds the tables; the headers it shows are named in
  /// `Wording/` (`Column(CatalogHeadings.sku, key: "sku")`).
  @Test func presentationSpellsNoColumnHeader() throws {
    let files = try Self.files(in: Self.presentation)
    #expect(files.contains { $0.name == "CatalogTables.swift" })
    let found = try Self.hits(#"\bColumn\(\s*""#, in: files)
    #expect(found.isEmpty, "column headers belong in Wording/:\n\(found)")
  }
}
