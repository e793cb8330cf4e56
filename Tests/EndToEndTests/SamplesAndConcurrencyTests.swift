import Foundation
import Testing

/// The shipped samples run cleanly, two terminals can share one shop file,
/// and the register flag picks a register by name.
@Suite struct SamplesAndConcurrencyTests {
  @Test func firstStepsSampleRuns() throws {
    let box = try Sandbox()
    let sample = PackagePaths.root.appendingPathComponent("Samples/primeros-pasos.tienda").path
    let r = try box.tienda([sample])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Bebidas sin azúcar  Bebidas"), "\(r.transcript)")
    #expect(r.stdout.contains("La base está sana."))
    #expect(try box.categoryNames().count == 4)
  }

  /// Two processes (two terminals on one laptop) writing at the same time:
  /// every command lands, none fails with "busy".
  @Test func twoProcessesWriteTheSameFile() throws {
    let box = try Sandbox()
    try box.commands("ver configuración")  // create the file first
    let a = (1...60).map { "crear categoría a\($0)" }.joined(separator: "\n")
    let b = (1...60).map { "crear categoría b\($0)" }.joined(separator: "\n")
    let results = LockedResults()
    let group = DispatchGroup()
    nonisolated(unsafe) let shared = box  // each thread only starts a process
    for input in [a, b] {
      group.enter()
      Thread.detachNewThread {
        let result = try? shared.tienda([], stdin: input + "\n")
        results.append(result)
        group.leave()
      }
    }
    group.wait()
    for result in results.all {
      #expect(result?.status == 0, "\(result?.transcript ?? "no result")")
    }
    #expect(try box.categoryNames().count == 120)
    let journal = try box.sqlite(box.db, "SELECT count(*) FROM journal")
    #expect(journal.stdout == "120\n")
  }

  @Test func registerFlagAndEnvironment() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--caja", "caja 1", "-c", "ver configuración"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Caja:            Caja 1"))
    let bad = try box.tienda(["-c", "ver configuración"], env: ["TIENDA_CAJA": "Caja 9"])
    // A register that does not exist is a usage error (issue 12).
    #expect(bad.status == 2)
    #expect(
      bad.stderr.contains("No encontré la caja «Caja 9». ¿Quiso decir «Caja 1»?"),
      "\(bad.transcript)")
  }

  @Test func corruptFileIsReportedInSpanish() throws {
    let box = try Sandbox()
    try box.commands("crear categoría bebidas", "crear categoría pan")
    // Overwrite the second page (schema and tables live past the header).
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: box.db))
    try handle.seek(toOffset: 4096)
    handle.write(Data(repeating: 0xA5, count: 4096 * 4))
    try handle.close()
    let r = try box.commands("verificar base")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("dañad") || r.stderr.contains("problemas"), "\(r.transcript)")
    #expect(!r.stderr.contains("Swift"), "\(r.transcript)")
  }
}

final class LockedResults: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [RunResult?] = []
  func append(_ r: RunResult?) { lock.withLock { results.append(r) } }
  var all: [RunResult?] { lock.withLock { results } }
}
