import Foundation
import Testing

/// Hundreds of malformed command lines (Corpus/malformed.txt plus lines made
/// here: a 1 MB word, random bytes…) run one by one through the real binary
/// on a shop with data. Each must exit 0, 1 or 2 within the time limit, say
/// why in Spanish when it fails (never a Swift error dump), write no raw
/// control character, and leave the shop's `.dump` byte-identical when it
/// is refused.
@Suite struct MalformedInputTests {
  static let corpus = PackagePaths.root.appendingPathComponent(
    "Tests/EndToEndTests/Corpus/malformed.txt")

  /// The corpus lines with `\xHH` turned into that byte.
  static func corpusLines() throws -> [Data] {
    let text = try String(contentsOf: corpus, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: true)
      .filter { !$0.hasPrefix("#") }
      .map { decode(Array($0.utf8)) }
  }

  static func decode(_ bytes: [UInt8]) -> Data {
    var out = Data()
    var i = 0
    let hex = { (b: UInt8) -> UInt8? in
      switch b {
      case 0x30...0x39: return b - 0x30
      case 0x41...0x46: return b - 0x41 + 10
      case 0x61...0x66: return b - 0x61 + 10
      default: return nil
      }
    }
    while i < bytes.count {
      if bytes[i] == 0x5C, i + 3 < bytes.count, bytes[i + 1] == 0x78,
        let high = hex(bytes[i + 2]), let low = hex(bytes[i + 3])
      {
        out.append(high << 4 | low)
        i += 4
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return out
  }

  /// Lines too big or too random to keep in the corpus file.
  static func generatedLines() -> [Data] {
    var lines: [Data] = [
      Data(String(repeating: "a", count: 1_000_000).utf8),
      Data(("vender 2 " + String(repeating: "b", count: 1_001)).utf8),
      Data(("crear categoría \"" + String(repeating: "c", count: 1_200) + "\"").utf8),
      Data(String(repeating: "palabra ", count: 9_000).utf8),
      Data(String(repeating: ",", count: 30_000).utf8),
      Data(String(repeating: "\"", count: 5_001).utf8),
      Data(("vender " + String(repeating: "1 pan, ", count: 1_100) + "1 pan").utf8),
      Data(("vender " + String(repeating: "9", count: 5_000) + " pan").utf8),
      Data(("crear producto x precio " + String(repeating: "9", count: 400)).utf8),
      Data(("descuento " + String(repeating: "9", count: 400) + "%").utf8),
    ]
    // Random bytes, the same every run (a fixed linear congruential generator).
    var state: UInt64 = 0x7469_656E_6461
    func next() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 33)
    }
    for _ in 0..<40 {
      let count = Int(next()) % 120 + 1
      lines.append(Data((0..<count).map { _ in next() }.map { $0 == 0x0A ? 0x20 : $0 }))
    }
    return lines
  }

  @Test func everyMalformedLineExitsCleanlyInSpanishAndRefusalsChangeNothing() throws {
    let box = try Sandbox()
    try BadInputShop.seed(box)
    let lines = try Self.corpusLines() + Self.generatedLines()
    #expect(lines.count >= 250)
    var dump = try box.dump()
    var refused = 0
    for line in lines {
      let shown = String(decoding: line.prefix(120), as: UTF8.self)
      let r = try box.run(stdin: line + Data([0x0A]))
      #expect([0, 1, 2].contains(r.status), "«\(shown)»: \(r.transcript)")
      let after = try box.dump()
      if r.status != 0 {
        refused += 1
        #expect(after == dump, "«\(shown)» was refused but changed the shop: \(r.transcript)")
        #expect(
          r.stderr.contains("línea 1") || r.stderr.hasPrefix("tienda"),
          "«\(shown)»: \(r.transcript)")
      }
      for marker in ["Fatal error", "Error interno", "Backtrace", "Swift", "Thread "] {
        #expect(!r.stderr.contains(marker), "«\(shown)»: \(r.transcript)")
      }
      #expect(
        !BadInputShop.hasRawControl(r.stdout) && !BadInputShop.hasRawControl(r.stderr),
        "«\(shown)» wrote a raw control character: \(r.transcript)")
      dump = after
    }
    #expect(refused > lines.count / 2)
    // The shop is still sound after all of it.
    let check = try box.commands("verificar base")
    #expect(check.status == 0, "\(check.transcript)")
  }
}

/// A shop with data for the bad-input tests, and the runner they share.
enum BadInputShop {
  static func seed(_ box: Sandbox) throws {
    let r = try box.commands(
      "crear categoría panadería",
      #"crear producto "Pan amasado" precio 1000 sku PAN categoría panadería stock 50"#,
      #"crear producto "Queso mantecoso" precio 15000 sku QUESO stock 10"#,
      #"crear producto "Tomate" precio 1990 unidad kg sku TOM barras 7801234567894 stock 30"#,
      "crear cupón VERANO10 10%", "abrir caja 20000",
      "vender 2 pan amasado, 1 queso pagar efectivo 20000")
    #expect(r.status == 0, "\(r.transcript)")
  }

  /// Any C0 control but LF, TAB and CR+LF, DEL, or a C1 control.
  static func hasRawControl(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    for (i, s) in scalars.enumerated() {
      let v = s.value
      if v == 0x0A || v == 0x09 { continue }
      if v == 0x0D && i + 1 < scalars.count && scalars[i + 1] == "\n" { continue }
      if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return true }
    }
    return false
  }
}

extension Sandbox {
  /// `sqlite3 t.db .dump`.
  func dump() throws -> String {
    let r = try sqlite(db, ".dump")
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout
  }

  /// Runs `tienda --db t.db` on raw bytes as standard input, killed after
  /// `seconds` (a hang fails the test instead of stalling it).
  func run(stdin: Data, args: [String] = [], seconds: Int = 30) throws -> RunResult {
    let input = dir.appendingPathComponent(".raw-in")
    try stdin.write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let handle = try FileHandle(forReadingFrom: input)
    defer { try? handle.close() }
    return try runWithTimeout(["--db", db] + args, stdin: handle, seconds: seconds)
  }

  /// Runs the binary with a given stdin under `timeout`: status 124 means
  /// it was killed.
  func runWithTimeout(_ args: [String], stdin: FileHandle, seconds: Int) throws -> RunResult {
    let out = dir.appendingPathComponent(".raw-out")
    let err = dir.appendingPathComponent(".raw-err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    let output = try FileHandle(forWritingTo: out)
    let errors = try FileHandle(forWritingTo: err)
    defer {
      try? output.close()
      try? errors.close()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["-s", "KILL", String(seconds), PackagePaths.binary] + args
    var environment = self.environment
    environment["TIENDA_ESPERA_IMPRESION"] = "0"
    process.environment = environment
    process.currentDirectoryURL = dir
    process.standardInput = stdin
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    return RunResult(
      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
      status: process.terminationStatus)
  }
}
