import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore
@testable import TiendaShell

/// `runWhole` for `--atómico` and `--simular` on the store's transaction
/// API: what reaches the file is checked through a second connection with
/// hand-written SQL.
@Suite struct BatchTransactionTests {
  let dir = TempDir()
  let context: ShellContext
  let output = Captured()

  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  init() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    let output = self.output
    context = ShellContext(
      shop: shop, writeOut: { output.out += $0 }, writeErr: { output.err += $0 })
  }

  func categoriesOnDisk() throws -> [String] {
    let other = try Database(path: dir.file("t.db"), create: false, readOnly: true)
    defer { other.close() }
    return try other.query("SELECT name FROM categories ORDER BY name").map { $0.string(0) }
  }

  func create(_ name: String) -> Int {
    (try? context.shop.catalog.createCategory(name: name)) == nil ? 1 : 0
  }

  @Test func atomicCommitsWhenEveryCommandSucceeds() throws {
    let outcome = context.runWhole(.atomic) {
      let failures = create("Bebidas") + create("Lácteos")
      #expect(context.shop.file.isInTransaction)
      return BatchOutcome(status: .ok, failures: failures)
    }
    #expect(outcome == BatchOutcome(status: .ok, failures: 0))
    #expect(!context.shop.file.isInTransaction)
    #expect(try categoriesOnDisk() == ["Bebidas", "Lácteos"])
    #expect(output.err == "")
  }

  @Test func atomicRollsEverythingBackWhenOneFails() throws {
    let outcome = context.runWhole(.atomic) {
      let failures = create("Bebidas") + create("Bebidas")  // the second one is refused
      return BatchOutcome(status: .failed, failures: failures)
    }
    #expect(outcome.failures == 1)
    #expect(!context.shop.file.isInTransaction)
    #expect(try categoriesOnDisk() == [])
    #expect(output.err == "tienda: " + Messages.atomicRolledBack + "\n")
  }

  @Test func simulateRollsBackAndReportsTheChanges() throws {
    let outcome = context.runWhole(.simulate) {
      BatchOutcome(status: .ok, failures: create("Bebidas"))
    }
    #expect(outcome == BatchOutcome(status: .ok, failures: 0))
    #expect(!context.shop.file.isInTransaction)
    #expect(try categoriesOnDisk() == [])
    #expect(output.out.hasSuffix("\n"))
    #expect(!output.out.isEmpty)
    #expect(try context.shop.catalog.categories().isEmpty)
  }

  @Test func aBusyFileFailsTheBatchBeforeItRuns() throws {
    let other = try Database(path: dir.file("t.db"), create: false)
    try other.execute("BEGIN IMMEDIATE")
    defer { try? other.execute("ROLLBACK") }
    context.shop.db.setBusyTimeout(0)
    var ran = false
    let outcome = context.runWhole(.atomic) {
      ran = true
      return BatchOutcome(status: .ok, failures: 0)
    }
    #expect(!ran)
    #expect(outcome == BatchOutcome(status: .failed, failures: 1))
    #expect(output.err.hasPrefix("tienda: El archivo de la tienda está ocupado"))
  }
}
