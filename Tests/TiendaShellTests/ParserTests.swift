import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

/// Parser tests on a real shop file. Expected error spans are marked in the
/// input with ⟦ ⟧ (removed before parsing).
@Suite struct ParserTests {
  let dir = TempDir()
  let context: ShellContext

  init() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    context = ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in })
    try shop.catalog.createCategory(name: "Bebidas")
  }

  func parse(_ line: String) throws -> Invocation {
    try Parser(registry: .standard).parse(try Lexer.tokenize(line), context: context)
  }

  /// Parses `marked` (without markers) and checks the error's span and text.
  func expectError(
    _ marked: String, contains text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let chars = Array(marked)
    let open = chars.firstIndex(of: "⟦")!
    let close = chars.firstIndex(of: "⟧")!
    let line = String(chars.filter { $0 != "⟦" && $0 != "⟧" })
    do {
      _ = try parse(line)
      Issue.record("expected an error for \(line)", sourceLocation: sourceLocation)
    } catch let error as ShellError {
      #expect(error.column == open + 1, "column", sourceLocation: sourceLocation)
      #expect(error.length == max(1, close - open - 1), "length", sourceLocation: sourceLocation)
      #expect(error.message.contains(text), "\(error.message)", sourceLocation: sourceLocation)
    } catch {
      Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
    }
  }

  @Test func keywordsIgnoreAccentsAndCase() throws {
    for line in ["crear categoría Pan", "CREAR CATEGORIA Pan", "Crear Categoría Pan"] {
      let call = try parse(line)
      #expect(call.spec.name == "crear categoría")
      #expect(call.text("nombre") == "Pan")
    }
  }

  @Test func bareNamesEndAtKeywords() throws {
    let call = try parse(
      "crear categoría Pan con queso padre bebidas en-pos no descripcion \"a b\"")
    #expect(call.text("nombre") == "Pan con queso")
    #expect(call.text("padre") == "bebidas")
    #expect(call.bool("en_pos") == false)
    #expect(call.text("descripcion") == "a b")
  }

  @Test func quotingWins() throws {
    let call = try parse(#"crear categoría "Pan padre" padre bebidas"#)
    #expect(call.text("nombre") == "Pan padre")
  }

  @Test func noneWord() throws {
    #expect(try parse("editar categoría bebidas padre ninguna").isNone("padre"))
  }

  @Test func listingOptions() throws {
    let call = try parse("listar categorías como csv > cats.csv")
    #expect(call.format == .csv)
    #expect(call.redirect == "cats.csv")
    let aliased = try parse("categorias como JSON")
    #expect(aliased.spec.name == "listar categorías" && aliased.format == .json)
  }

  @Test func periods() throws {
    let today = LocalDate(year: 2026, month: 11, day: 23)!
    #expect(try parse("bitácora hoy").period("periodo") == .day(today))
    #expect(
      try parse("bitácora semana").period("periodo")
        == Period(from: today, to: today))  // 23-11-2026 is a Monday
    #expect(
      try parse("bitácora desde 01-11-2026 hasta 15-11-2026").period("periodo")
        == Period(
          from: LocalDate(year: 2026, month: 11, day: 1)!,
          to: LocalDate(year: 2026, month: 11, day: 15)!))
    #expect(
      try parse("bitácora mes").period("periodo")?.from == LocalDate(year: 2026, month: 11, day: 1))
  }

  @Test func secretsAreMaskedButNamesAreNot() {
    let runner = Runner(context: context)
    #expect(runner.maskSecrets("cambiar pin maria pin 4321") == "cambiar pin maria pin ****")
    #expect(
      runner.maskSecrets("crear usuario ana rol cajero 4321") == "crear usuario ana rol cajero ****"
    )
    #expect(runner.maskSecrets("crear categoría 2026") == "crear categoría 2026")
    #expect(runner.containsSecret("4444"))
    #expect(!runner.containsSecret("listar categorías"))
  }

  @Test func bareNamesMayContainAnyWord() throws {
    // Only this command's keywords end a bare name.
    #expect(try parse("crear categoría Pan padr bebidas").text("nombre") == "Pan padr bebidas")
  }

  @Test func errorsPointAtTheToken() {
    expectError("⟦crear categria⟧ x", contains: "¿Quiso decir «crear categoría»?")
    expectError("⟦crar categoria⟧ x", contains: "¿Quiso decir «crear categoría»?")
    expectError("⟦vendr⟧ 2 empanadas", contains: "¿Quiso decir «vender»?")
    expectError("crear categoría \"x\" ⟦padr⟧ y", contains: "¿Quiso decir «padre»?")
    expectError("crear categoría x en-pos ⟦quizás⟧", contains: "«sí» o «no»")
    expectError("configurar tienda rut ⟦12.345.678-9⟧", contains: "dígito verificador")
    expectError("configurar tienda moneda ⟦CPL⟧", contains: "¿Quiso decir «CLP»?")
    expectError("crear categoría x padre y ⟦padre⟧ z", contains: "dos veces")
    expectError("listar categorías como ⟦xml⟧", contains: "tabla, csv, json o gráfico")
    expectError("bitácora ⟦31-02-2026⟧", contains: "no existe")
    expectError("bitácora ⟦ayr⟧", contains: "¿Quiso decir «ayer»?")
    expectError("listar categorías como csv ⟦como⟧ json", contains: "dos veces")
    expectError("⟦\"crear\"⟧ categoría x", contains: "sin comillas")
    expectError("crear categoría ⟦⟧", contains: "Falta <nombre>")
  }

  /// A supplier's name ends only at «: »: without it the lines were read
  /// as part of the name, and the hint says so instead of the usage.
  @Test func linesWithoutAColonAfterTheNameAreExplained() {
    do {
      _ = try parse("comprar a distribuidora sur 24 coca cola a 1100")
      Issue.record("expected an error")
    } catch let error as ShellError {
      #expect(error.message.contains("Falta"), "\(error.message)")
      #expect(error.hint?.contains("termina en «: »") == true, "\(String(describing: error.hint))")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
