import Foundation
import Testing

/// Small helpers shared by the catalog and import end-to-end tests.
extension Sandbox {
  /// Runs the lines with `-c` and expects them all to succeed.
  @discardableResult
  func ok(
    _ lines: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> RunResult {
    let r = try tienda(lines.flatMap { ["-c", $0] })
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  /// `ver producto <ref> como json`, parsed.
  func product(
    _ ref: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String: Any] {
    let r = try reading("ver producto \(ref) como json")
    try #require(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return try jsonObject(r.stdout, sourceLocation: sourceLocation)
  }

  /// A command whose output is a JSON array, parsed.
  func rows(
    _ command: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [[String: Any]] {
    let r = try reading(command)
    try #require(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return try jsonArray(r.stdout, sourceLocation: sourceLocation)
  }

  /// Product names of `listar productos … como json`, in listed order.
  func productNames(_ filter: String = "") throws -> [String] {
    try rows("listar productos \(filter) como json").compactMap { $0["nombre"] as? String }
  }

  /// The whole shop file as SQL text: equal dumps mean nothing changed.
  func dump(_ file: String? = nil) throws -> String {
    let r = try sqlite(file ?? db, ".dump")
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout
  }

  /// One integer from the shop file.
  func count(_ sql: String, in file: String? = nil) throws -> Int {
    let r = try sqlite(file ?? db, sql)
    #expect(r.status == 0, "\(r.transcript)")
    return Int(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
  }

  /// Products, journal rows and stock movements, for quick "nothing changed" checks.
  func tallies(_ file: String? = nil) throws -> [Int] {
    try ["products", "journal", "stock_movements", "categories", "taxes"].map {
      try count("SELECT count(*) FROM \($0)", in: file)
    }
  }

  /// Writes raw bytes in the sandbox and returns the path.
  @discardableResult
  func writeBytes(_ name: String, _ bytes: [UInt8]) throws -> String {
    try Data(bytes).write(to: dir.appendingPathComponent(name))
    return path(name)
  }

  /// Runs one command that must fail, checks that the shop file did not
  /// change at all, and returns the Spanish error text.
  func refused(
    _ command: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let before = try dump()
    let r = try tienda(["-c", command])
    #expect(
      r.status == 1, "«\(command)» debía fallar:\n\(r.transcript)", sourceLocation: sourceLocation)
    #expect(
      try dump() == before, "«\(command)» cambió el archivo de la tienda",
      sourceLocation: sourceLocation)
    return errorText(r)
  }
}

/// The message after `tienda: ` on stderr (the last one), without the caret lines.
func errorText(_ r: RunResult) -> String {
  let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
  guard let line = lines.last(where: { $0.hasPrefix("tienda: ") }) else { return r.stderr }
  return String(line.dropFirst("tienda: ".count))
}

/// A valid EAN-13 from its first 12 digits (weights 1, 3, 1, 3…).
func ean13(_ twelve: String) -> String {
  let sum = twelve.enumerated().reduce(0) { acc, pair in
    acc + Int(String(pair.element))! * (pair.offset % 2 == 0 ? 1 : 3)
  }
  return twelve + String((10 - sum % 10) % 10)
}

/// Numbers in JSON come back as NSNumber.
func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }
