import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

/// Script reading, variable substitution and the `verificar` values, on a
/// real shop file, without the binary.
@Suite struct ScriptLanguageTests {
  let dir = TempDir()
  let context: ShellContext

  init() throws {
    // 2026-11-23 13:00 UTC = 10:00 in Santiago.
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    LocalTime.use(zone: "America/Santiago")
    context = ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in })
  }

  func substituted(_ line: String) throws -> [String] {
    try context.substituteVariables(Lexer.tokenize(line)).map(\.text)
  }

  @Test func linesJoinContinuationsAndKeepPhysicalNumbers() {
    let lines = ScriptText.lines(
      "\u{FEFF}#!/usr/bin/env tienda\r\ncrear categoría \\\r\n  a\r\n\r\nsalir")
    #expect(lines.map(\.number) == [1, 2, 4, 5])
    #expect(lines[1].text == "crear categoría    a")
    #expect(lines[1].map.locate(18) == (line: 3, column: 1))
    #expect(lines[0].text == "#!/usr/bin/env tienda")
  }

  @Test func variablesStayOneTokenAndKeepTheirColumns() throws {
    context.scripts.startScript(name: "x.tienda", arguments: ["Pan amasado", "2"])
    try context.define("destino", "ventas de hoy")
    let tokens = try context.substituteVariables(
      Lexer.tokenize("crear categoría ${1} > $destino-$fecha.csv"))
    #expect(
      tokens.map(\.text) == [
        "crear", "categoría", "Pan amasado", ">", "ventas de hoy-2026-11-23.csv",
      ])
    #expect(tokens[2].column == 17 && tokens[2].length == 4)
    #expect(
      try substituted("x $2.500 $$ $$x ${*} $ $hora $caja") == [
        "x", "$2.500", "$", "$x", "Pan amasado 2", "$", "10-00", "Caja 1",
      ])
  }

  @Test func undefinedVariableErrorSpansTheVariable() {
    #expect(
      throws: ShellError(
        Messages.undefinedVariable("falta"), column: 21, length: 6, hint: Messages.variableHint)
    ) {
      try substituted("crear categoría pre-$falta.x")
    }
  }

  @Test func checkableNamesAreUniqueAndDocumented() throws {
    let names = Checkable.all.map { fold($0.name) }
    #expect(Set(names).count == names.count)
    let (spec, _) = try Parser(registry: .standard).matchCommand(Lexer.tokenize("verificar stock"))
    #expect(spec.name == "verificar")
    let help = Help.detail(spec).joined(separator: "\n")
    for checkable in Checkable.all { #expect(help.contains("«\(checkable.usage)»")) }
    let (base, _) = try Parser(registry: .standard).matchCommand(Lexer.tokenize("verificar base"))
    #expect(base.name == "verificar base")
  }
}
