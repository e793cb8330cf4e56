import Foundation

/// The CUPS queues `Scripts/lib/cups.sh` prepares for tests, found through
/// the environment it exports:
///
/// - `TIENDA_CUPS_RAW_QUEUE` (`tienda-raw`) writes every job, byte for byte,
///   to `TIENDA_CUPS_RAW_FILE` (each job replaces the file).
/// - `TIENDA_CUPS_PDF_QUEUE` (`tienda-pdf`, Debian's cups-pdf) turns every
///   job into a PDF in `TIENDA_CUPS_PDF_DIR`, named with `job_<id>`.
public enum CupsQueues {
  public struct RawQueue: Sendable {
    public let name: String
    public let file: String
  }

  public struct PDFQueue: Sendable {
    public let name: String
    public let directory: String
  }

  private static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// Nil when the variables are not set (tests outside `Scripts/test.sh`).
  public static var raw: RawQueue? {
    guard let file = environment["TIENDA_CUPS_RAW_FILE"], !file.isEmpty else { return nil }
    return RawQueue(name: environment["TIENDA_CUPS_RAW_QUEUE"] ?? "tienda-raw", file: file)
  }

  public static var pdf: PDFQueue? {
    guard let dir = environment["TIENDA_CUPS_PDF_DIR"], !dir.isEmpty else { return nil }
    return PDFQueue(name: environment["TIENDA_CUPS_PDF_QUEUE"] ?? "tienda-pdf", directory: dir)
  }

  /// Why CUPS tests cannot run here (shown when they are skipped outside CI).
  public static let missingMessage =
    "faltan las colas de CUPS de prueba (TIENDA_CUPS_RAW_FILE, TIENDA_CUPS_PDF_DIR): "
    + "corra Scripts/test.sh, o «source Scripts/lib/apt.sh; source Scripts/lib/cups.sh; "
    + "cups_preparar_colas» antes de swift test"

  /// Sends `bytes` with `lp -d <raw queue> -o raw`, waits for the job and
  /// returns what the queue wrote.
  public static func printRaw(_ bytes: Data, timeout: TimeInterval = 30) throws -> Data {
    try withRawQueue { queue in
      let dir = TempDir()
      let input = dir.file("trabajo.bin")
      try bytes.write(to: URL(fileURLWithPath: input))
      let id = try submit(["-d", queue.name, "-o", "raw", input])
      try waitForJob(id, queue: queue.name, timeout: timeout)
      return try Data(contentsOf: URL(fileURLWithPath: queue.file))
    }
  }

  /// Runs `body` with the raw queue to itself: tests in this process and in
  /// others take turns through an `flock` on `<file>.lock`. The output file
  /// is emptied first. For a transport under test:
  ///
  /// ```swift
  /// let written = try CupsQueues.withRawQueue { queue in
  ///   try send(bytes, toCupsQueue: queue.name)     // the code under test
  ///   try CupsQueues.waitUntilIdle(queue.name)
  ///   return try Data(contentsOf: URL(fileURLWithPath: queue.file))
  /// }
  /// ```
  public static func withRawQueue<T>(_ body: (RawQueue) throws -> T) throws -> T {
    guard let queue = raw else { throw ExternalTool.Failure(description: missingMessage) }
    return try withLock(queue.file + ".lock") {
      try Data().write(to: URL(fileURLWithPath: queue.file))
      return try body(queue)
    }
  }

  /// Waits until `queue` has no pending or processing job.
  public static func waitUntilIdle(_ queue: String, timeout: TimeInterval = 30) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let pending = try ExternalTool.check("lpstat", ["-W", "not-completed", "-o", queue])
      if pending.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
      Thread.sleep(forTimeInterval: 0.2)
    }
    let state = (try? ExternalTool.run("lpstat", ["-l", "-p", queue]).text) ?? ""
    throw ExternalTool.Failure(
      description: "la cola \(queue) no se desocupó en \(Int(timeout)) s: \(state)")
  }

  /// Prints `pdf` through the PDF queue with CUPS's normal filters (not raw)
  /// and returns the PDF file the queue produced.
  public static func printPDF(_ pdf: Data, timeout: TimeInterval = 60) throws -> Data {
    guard let queue = self.pdf else { throw ExternalTool.Failure(description: missingMessage) }
    let dir = TempDir()
    let input = dir.file("hoja.pdf")
    try pdf.write(to: URL(fileURLWithPath: input))
    let id = try submit(["-d", queue.name, "-t", "tienda-etiquetas", input])
    try waitForJob(id, queue: queue.name, timeout: timeout)
    let number = id.split(separator: "-").last.map(String.init) ?? id
    let files = try FileManager.default.contentsOfDirectory(atPath: queue.directory)
    let match = files.first { name in
      guard name.hasSuffix(".pdf"), let r = name.range(of: "job_\(number)") else { return false }
      return name[r.upperBound...].first.map { !$0.isNumber } ?? true
    }
    guard let match else {
      throw ExternalTool.Failure(
        description: "el trabajo \(id) terminó pero no dejó un PDF en \(queue.directory): \(files)")
    }
    let produced = queue.directory + "/" + match
    defer { try? FileManager.default.removeItem(atPath: produced) }
    return try Data(contentsOf: URL(fileURLWithPath: produced))
  }

  /// Runs `lp` and returns the job id from "request id is tienda-raw-7 (1 file(s))".
  static func submit(_ arguments: [String]) throws -> String {
    let result = try ExternalTool.check("lp", arguments)
    let words = result.text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard let i = words.firstIndex(of: "is"), i + 1 < words.count else {
      throw ExternalTool.Failure(description: "lp no informó el número de trabajo: \(result.text)")
    }
    return String(words[i + 1])
  }

  /// Polls `lpstat -W completed` until the job shows up there.
  public static func waitForJob(_ id: String, queue: String, timeout: TimeInterval) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let done = try ExternalTool.run("lpstat", ["-W", "completed", "-o", queue])
      if done.text.split(separator: "\n").contains(where: { $0.hasPrefix(id + " ") }) { return }
      Thread.sleep(forTimeInterval: 0.2)
    }
    let state = (try? ExternalTool.run("lpstat", ["-l", "-p", queue]).text) ?? ""
    throw ExternalTool.Failure(
      description: "el trabajo \(id) no terminó en \(Int(timeout)) s; estado de \(queue): \(state)")
  }

  /// `body` while holding an exclusive `flock` on `path` (created when missing).
  static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
    let fd = open(path, O_RDONLY | O_CREAT, 0o666)
    guard fd >= 0 else {
      throw ExternalTool.Failure(description: "no se pudo abrir el candado \(path)")
    }
    defer { close(fd) }
    guard flock(fd, LOCK_EX) == 0 else {
      throw ExternalTool.Failure(description: "no se pudo tomar el candado \(path)")
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }
}
