import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

/// `abrir caja` reading a register name and a float from bare words, and
/// `cerrar caja` asking for the count at a terminal.
@Suite struct CashCommandTests {
  let dir = TempDir()
  let shop: Shop
  let context: ShellContext
  let out = Output()

  final class Output {
    var text = ""
    var errors = ""
  }

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    let out = self.out
    context = ShellContext(
      shop: shop, writeOut: { out.text += $0 }, writeErr: { out.errors += $0 })
    try shop.register.createRegister(name: "Caja 2")
  }

  func run(_ line: String) -> LineStatus {
    Runner(context: context).run(line: line, source: .stdin)
  }

  func floats() throws -> [String: Int64] {
    var result: [String: Int64] = [:]
    for status in try shop.register.registerStatuses() {
      if let session = status.session {
        result[status.register.name] = session.openingFloat.minorUnits
      }
    }
    return result
  }

  @Test func bareAmountIsTheFloat() throws {
    #expect(run("abrir caja 20.000") == .ok)
    #expect(try floats() == ["Caja 1": 20_000])
  }

  @Test func registerNameThenFloat() throws {
    #expect(run("abrir caja Caja 2 15000") == .ok)
    #expect(try floats() == ["Caja 2": 15_000])
    #expect(out.text.contains("Esta terminal sigue en «Caja 1»"))
  }

  @Test func aNameEndingInANumberIsAName() throws {
    #expect(run("abrir caja caja 2") == .ok)
    #expect(try floats() == ["Caja 2": 0])
    #expect(run("abrir caja \"Caja 1\"") == .ok)
    #expect(try floats() == ["Caja 1": 0, "Caja 2": 0])
  }

  @Test func unknownRegisterIsNotReadAsAFloat() throws {
    #expect(run("abrir caja Caja 3") == .failed)
    #expect(out.errors.contains("No encontré la caja «Caja 3»"), "\(out.errors)")
    #expect(try floats().isEmpty)
  }

  @Test func negativeFloatIsRefused() throws {
    #expect(run("abrir caja -500") == .failed)
    #expect(out.errors.contains("no puede ser negativo"), "\(out.errors)")
    #expect(try floats().isEmpty)
  }

  @Test func closingAtATerminalAsksForTheCount() throws {
    #expect(run("abrir caja 10000") == .ok)
    var asked: [String] = []
    context.askLine = { prompt in
      asked.append(prompt)
      return "5000 x 2, $500 × 3, 100x5"
    }
    #expect(run("cerrar caja") == .ok, "\(out.errors)")
    #expect(asked == [Messages.countPrompt])
    let z = try shop.register.zReport(number: 1)
    #expect(z.countedCash == Money(12_000))
    #expect(z.cashDifference == Money(2_000))
    #expect(z.denominations.map(\.count) == [2, 3, 5])
  }

  @Test func emptyAnswerCancelsTheClosing() throws {
    #expect(run("abrir caja 10000") == .ok)
    context.askLine = { _ in "" }
    #expect(run("cerrar caja") == .failed)
    #expect(out.errors.contains(Messages.closeCancelled))
    #expect(try shop.register.currentSession() != nil)
  }

  @Test func badCountItemIsRefused() throws {
    #expect(run("abrir caja 10000") == .ok)
    #expect(run("cerrar caja conteo 5000 x dos") == .failed)
    #expect(out.errors.contains("«5000 x dos» no es un conteo"), "\(out.errors)")
    #expect(try shop.register.currentSession() != nil)
  }
}
