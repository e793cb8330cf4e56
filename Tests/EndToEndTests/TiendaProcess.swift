import Foundation
import Testing

/// What one run of a program left behind.
struct RunResult {
  let stdout: String
  let stderr: String
  let status: Int32

  /// Stdout and stderr together, for failure messages.
  var transcript: String { "exit \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)" }
}

/// Paths of the package under test.
enum PackagePaths {
  /// `<package root>`: `Tests/EndToEndTests/TiendaProcess.swift` up three levels.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `TIENDA_BIN`, else `<root>/.build/debug/tienda`.
  static var binary: String {
    if let bin = ProcessInfo.processInfo.environment["TIENDA_BIN"], !bin.isEmpty { return bin }
    return root.appendingPathComponent(".build/debug/tienda").path
  }

  static let golden: URL = root.appendingPathComponent("Tests/EndToEndTests/Golden")
  static let sqlite3 = "/usr/bin/sqlite3"
}

/// A fresh temporary directory for one test, with the environment `tienda`
/// runs in: its own HOME and XDG folders, Santiago time, and a fixed clock.
final class Sandbox {
  let dir: URL
  /// `--db` file used by `tienda(…)` unless a test asks otherwise.
  var db: String { path("t.db") }

  init() throws {
    dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("tienda-e2e-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: dir) }

  func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

  /// The base environment: nothing inherited but PATH.
  var environment: [String: String] {
    [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": dir.path,
      "XDG_DATA_HOME": path("data"),
      "XDG_STATE_HOME": path("state"),
      "TZ": "America/Santiago",
      "LANG": "C.UTF-8",
      "TIENDA_AHORA": "2026-11-23T13:00:00Z",
    ]
  }

  /// Runs `tienda --db <tmp>/t.db args…` (no `--db` when `useDB` is false).
  ///
  /// The first run creates `t.db` and says so on stderr (DESIGN §8.1); that
  /// one exact line is taken out of `stderr` here, so tests about other
  /// output need not repeat it. `creationNotice: true` keeps it.
  @discardableResult
  func tienda(
    _ args: [String], stdin: String? = nil, env: [String: String?] = [:], useDB: Bool = true,
    creationNotice: Bool = false
  ) throws -> RunResult {
    let isNew = useDB && !FileManager.default.fileExists(atPath: db)
    let r = try run(
      PackagePaths.binary, (useDB ? ["--db", db] : []) + args, stdin: stdin, env: env)
    let notice = "Se creó una tienda nueva en «\(db)».\n"
    guard isNew, !creationNotice, r.stderr.hasPrefix(notice) else { return r }
    return RunResult(
      stdout: r.stdout, stderr: String(r.stderr.dropFirst(notice.count)), status: r.status)
  }

  /// Runs `tienda --db <tmp>/t.db -c c1 -c c2 …`.
  @discardableResult
  func commands(_ lines: String..., env: [String: String?] = [:]) throws -> RunResult {
    try tienda(lines.flatMap { ["-c", $0] }, env: env)
  }

  /// Runs `/usr/bin/sqlite3 file sql`.
  @discardableResult
  func sqlite(_ file: String, _ sql: String) throws -> RunResult {
    try run(PackagePaths.sqlite3, [file, sql])
  }

  /// Runs a program with stdin from `stdin` (empty when nil, never a TTY);
  /// stdout and stderr go through files, so no pipe can fill up and block.
  func run(
    _ program: String, _ args: [String], stdin: String? = nil, env: [String: String?] = [:]
  ) throws -> RunResult {
    let id = UUID().uuidString
    let inURL = dir.appendingPathComponent(".in-" + id)
    let outURL = dir.appendingPathComponent(".out-" + id)
    let errURL = dir.appendingPathComponent(".err-" + id)
    try Data((stdin ?? "").utf8).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
      for url in [inURL, outURL, errURL] { try? FileManager.default.removeItem(at: url) }
    }
    let input = try FileHandle(forReadingFrom: inURL)
    let output = try FileHandle(forWritingTo: outURL)
    let errors = try FileHandle(forWritingTo: errURL)
    defer {
      try? input.close()
      try? output.close()
      try? errors.close()
    }

    var environment = self.environment
    for (key, value) in env { environment[key] = value }

    // Foundation's Process (Linux) can fail to spawn with EBADF when another
    // test thread closes a descriptor at that moment (its file actions list
    // descriptors that are gone by the time posix_spawn runs): nothing ran,
    // so a fresh Process is tried again.
    var attempt = 0
    var process: Process
    while true {
      process = Process()
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = args
      process.environment = environment
      process.currentDirectoryURL = dir
      process.standardInput = input
      process.standardOutput = output
      process.standardError = errors
      do {
        try process.run()
        break
      } catch let error as NSError {
        let cause = error.userInfo[NSUnderlyingErrorKey] as? NSError
        guard attempt < 5, cause?.domain == NSPOSIXErrorDomain, cause?.code == Int(EBADF) else {
          throw error
        }
        attempt += 1
      }
    }
    process.waitUntilExit()

    return RunResult(
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Writes a text file in the sandbox and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    return path(name)
  }

  func read(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: dir.appendingPathComponent(name)), as: UTF8.self)
  }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

  /// Category names from `listar categorías como json`, in listed order.
  func categoryNames() throws -> [String] {
    let r = try reading("listar categorías como json")
    #expect(r.status == 0, "\(r.transcript)")
    return try jsonArray(r.stdout).compactMap { $0["nombre"] as? String }
  }
}

/// Parses `text` as a JSON array of objects, failing the test otherwise.
func jsonArray(
  _ text: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> [[String: Any]] {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  return try #require(
    value as? [[String: Any]], "not a JSON array of objects:\n\(text)",
    sourceLocation: sourceLocation)
}

/// Parses `text` as one JSON object, failing the test otherwise.
func jsonObject(
  _ text: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> [String: Any] {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  return try #require(
    value as? [String: Any], "not a JSON object:\n\(text)",
    sourceLocation: sourceLocation)
}

/// Compares `actual` with `Golden/<name>`; with `TIENDA_ACTUALIZAR_GOLDEN=1`
/// rewrites the file instead (review the diff before committing it).
func expectGolden(
  _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = PackagePaths.golden.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["TIENDA_ACTUALIZAR_GOLDEN"] == "1" {
    try FileManager.default.createDirectory(
      at: PackagePaths.golden, withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: url)
    return
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    Issue.record(
      "Falta \(url.path); créelo con TIENDA_ACTUALIZAR_GOLDEN=1 swift test --filter EndToEndTests",
      sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  #expect(
    actual == expected,
    "\(name) cambió (TIENDA_ACTUALIZAR_GOLDEN=1 lo regenera):\n\(firstDifference(expected, actual))",
    sourceLocation: sourceLocation)
}

/// The first line where two texts differ, for readable failures.
func firstDifference(_ expected: String, _ actual: String) -> String {
  let a = expected.components(separatedBy: "\n")
  let b = actual.components(separatedBy: "\n")
  for i in 0..<max(a.count, b.count) {
    let x = i < a.count ? a[i] : "<fin>"
    let y = i < b.count ? b[i] : "<fin>"
    if x != y { return "línea \(i + 1):\n  esperado: \(x)\n  obtenido: \(y)" }
  }
  return "(sin diferencias por línea)"
}

/// File bytes and modification date, to prove a file was left alone.
struct FileSnapshot: Equatable {
  let bytes: Data
  let modified: Date?

  init(_ path: String) throws {
    bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
  }
}
