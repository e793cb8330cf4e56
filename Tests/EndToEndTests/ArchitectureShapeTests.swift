import Foundation
import Testing

/// The shape of issue 14 for the whole tree, new areas included: the
/// figures of `Scripts/cifras-arquitectura.sh` (the one definition of how
/// they are counted) stay at their goals. The per-area shape tests say
/// where; this one catches a new area that forgets (DESIGN §3.1, §7).
@Suite struct ArchitectureShapeTests {
  /// The figure on the line that starts with `label`: the first number
  /// after the colon.
  func figure(_ label: String, in report: String) throws -> Int {
    let line = try #require(
      report.split(separator: "\n").first { $0.hasPrefix(label) }, "no «\(label)» in\n\(report)")
    let after = line[line.index(after: try #require(line.firstIndex(of: ":")))...]
    let digits = after.drop { !$0.isNumber }.prefix { $0.isNumber }
    return try #require(Int(digits), "no number in «\(line)»")
  }

  @Test func theTreeKeepsItsShapeAndTheSaleItsBudget() throws {
    let box = try Sandbox()
    let script = PackagePaths.root.appendingPathComponent("Scripts/cifras-arquitectura.sh").path
    let r = try box.run("/bin/bash", [script, PackagePaths.binary])
    #expect(r.status == 0, "\(r.transcript)")
    let report = r.stdout
    // SQL only in Storage/, schema and migration files, and TiendaStore.
    #expect(try figure("(b)", in: report) == 0, "\(report)")
    // Columns read by name.
    #expect(try figure("(c)", in: report) == 0, "\(report)")
    // Arguments read through typed parameters.
    #expect(try figure("(d)", in: report) == 0, "\(report)")
    // The facade stays small: file, clock, settings, transactions (the
    // area accessors of Shop/Areas.swift are counted apart: a new area is
    // one accessor, never more methods on Shop).
    #expect(try figure("(a)", in: report) <= 16, "\(report)")
    // The one-line sale: ≤ 15 statements, ≤ 3 before BEGIN IMMEDIATE.
    let sale = report.split(separator: "\n").drop { !$0.hasPrefix("(e)") }.dropFirst()
    let total = try figure("", in: "x:" + String(try #require(sale.first)))
    let before = try figure("", in: "x:" + String(try #require(sale.dropFirst().first)))
    #expect(total <= 15 && before <= 3, "\(report)")
  }

  /// No source imports Foundation (nor FoundationEssentials): either pulls
  /// megabytes into the static program (the whole of Foundation brings ICU:
  /// 59 MB installed; FoundationEssentials alone 7 MB). The budget is 12 MB
  /// (DESIGN §7); tienda uses the C library through Glibc instead.
  @Test func noSourceImportsFoundation() throws {
    let sources = PackagePaths.root.appendingPathComponent("Sources").path
    let files = try FileManager.default.subpathsOfDirectory(atPath: sources)
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
      for line in text.split(separator: "\n") {
        let code = line.trimmingCharacters(in: .whitespaces)
        #expect(!code.hasPrefix("import Foundation"), "Sources/\(file): \(code)")
      }
    }
  }
}
