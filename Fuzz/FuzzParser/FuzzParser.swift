import TiendaCore
import TiendaShell

#if canImport(Glibc)
  import Glibc
#endif

/// One shop and one shell context for the whole run: parsing reads only the
/// settings (currency, today), never the tables, so the fuzzer stays off
/// SQLite and reaches millions of inputs.
nonisolated(unsafe) let context: ShellContext = {
  let folder = String(cString: mkdtemp(strdup("/tmp/tienda-fuzz.XXXXXX"))!)
  let shop = try! Shop.open(path: folder + "/fuzz.tienda", clock: FixedClock(1_796_000_000))
  return ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in })
}()
nonisolated(unsafe) let parser = Parser(registry: .standard)
let currency = Currency.clp
let today = LocalDate(year: 2026, month: 12, day: 5)!

/// Each input is one line as typed: lexed (strictly and for completion),
/// split at `;`, each statement matched and parsed as a command and as a
/// ticket-mode item line, and each token read as every literal type. Any
/// error is fine; a trap, a hang or a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start, count <= 4096 else { return 0 }
  let line = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  _ = Lexer.tokenizeLeniently(line)
  guard let tokens = try? Lexer.tokenize(line) else { return 0 }
  for statement in Lexer.statements(tokens) {
    _ = try? parser.parse(statement, context: context)
    let add = Token(kind: .word, text: "agregar", column: statement[0].column, length: 0)
    _ = try? parser.parse([add] + statement, context: context)
  }
  for token in tokens {
    _ = try? Literals.money(token, currency: currency)
    _ = try? Literals.quantity(token)
    _ = try? Literals.percent(token)
    _ = try? Literals.rut(token)
    _ = try? Literals.date(token, today: today)
    _ = try? Literals.integer(token)
    _ = try? Literals.yesNo(token)
  }
  return 0
}
