import Foundation

/// Outside programs the printing tests check their output with (`pdftoppm`,
/// `zbarimg`, `lp`). Under `CI=true` a missing tool is a failure, never a skip.
public enum ExternalTool {
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  public struct Result: Sendable {
    public let status: Int32
    public let stdout: Data
    public let stderr: String
    public var text: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// `CI` is `true` or `1`: nothing may be skipped.
  public static var isCI: Bool {
    let value = ProcessInfo.processInfo.environment["CI"] ?? ""
    return value == "true" || value == "1"
  }

  /// The full path of `name` in `PATH`, or nil.
  public static func path(of name: String) -> String? {
    if name.hasPrefix("/") {
      return FileManager.default.isExecutableFile(atPath: name) ? name : nil
    }
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    for dir in dirs + ["/usr/sbin", "/sbin"] {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  public static func isInstalled(_ names: String...) -> Bool {
    names.allSatisfy { path(of: $0) != nil }
  }

  /// Runs `name` with `arguments` and waits, reading both outputs fully.
  /// Throws when the program is missing or does not finish within `timeout` seconds.
  @discardableResult
  public static func run(
    _ name: String, _ arguments: [String], stdin: Data? = nil, timeout: TimeInterval = 60
  ) throws -> Result {
    guard let executable = path(of: name) else {
      throw Failure(description: "no se encontró «\(name)» en el PATH")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try? input.fileHandleForWriting.close()

    // Read both pipes on their own threads so a chatty program cannot block.
    let outBox = DataBox()
    let errBox = DataBox()
    let group = DispatchGroup()
    for (pipe, box) in [(out, outBox), (err, errBox)] {
      group.enter()
      DispatchQueue.global().async {
        box.set(pipe.fileHandleForReading.readDataToEndOfFile())
        group.leave()
      }
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      throw Failure(
        description: "«\(name) \(arguments.joined(separator: " "))» no terminó en \(Int(timeout)) s"
      )
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: outBox.get(),
      stderr: String(decoding: errBox.get(), as: UTF8.self))
  }

  /// Runs and throws unless the exit status is 0.
  @discardableResult
  public static func check(
    _ name: String, _ arguments: [String], stdin: Data? = nil, timeout: TimeInterval = 60
  ) throws -> Result {
    let result = try run(name, arguments, stdin: stdin, timeout: timeout)
    guard result.status == 0 else {
      throw Failure(
        description:
          "«\(name) \(arguments.joined(separator: " "))» terminó con \(result.status): \(result.stderr)"
      )
    }
    return result
  }
}

private final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  func set(_ d: Data) { lock.withLock { data = d } }
  func get() -> Data { lock.withLock { data } }
}
