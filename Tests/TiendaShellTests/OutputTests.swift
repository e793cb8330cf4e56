import Testing
import TiendaCore
import TiendaStore
import TiendaTestSupport

@testable import TiendaShell

@Suite struct OutputTests {
  let renderer = Renderer(currency: .clp)

  @Test func moneyFormats() {
    #expect(TextFormat.money(Money(12990), .clp) == "$12.990")
    #expect(TextFormat.money(Money(-5000), .clp) == "-$5.000")
    #expect(TextFormat.money(Money(0), .clp) == "$0")
    #expect(TextFormat.money(Money(1_234_567_89), Currency.named("ARS")!) == "$1.234.567,89")
    #expect(TextFormat.money(Money(5), Currency.named("USD")!) == "US$0.05")
    #expect(TextFormat.plainMoney(Money(1250), Currency.named("ARS")!) == "12.50")
    #expect(TextFormat.quantity(Quantity(thousandths: 750)) == "0,75")
    #expect(TextFormat.quantity(Quantity(thousandths: 1_500_000)) == "1.500")
    #expect(TextFormat.percent(Percent(thousandths: 20500)) == "20,5%")
  }

  @Test func displayWidth() {
    #expect(TextFormat.displayWidth("Ñandú") == 5)
    #expect(TextFormat.displayWidth("e\u{301}") == 1)
    #expect(TextFormat.displayWidth("日本") == 4)
  }

  @Test func tablesAlignByDisplayWidth() {
    let table = Table(
      columns: [Column("Nombre", key: "n"), Column("Precio", key: "p", alignRight: true)],
      rows: [[.text("Ñandú"), .money(Money(2500))], [.text("Té"), .money(Money(990))]])
    #expect(
      renderer.render(.table(table), format: .table) == """
        Nombre  Precio
        ──────  ──────
        Ñandú   $2.500
        Té        $990

        """)
  }

  @Test func csvQuotesAndKeepsPlainNumbers() {
    let table = Table(
      columns: [Column("Nombre", key: "nombre"), Column("Precio", key: "precio")],
      rows: [[.text("Pan, \"amasado\""), .money(Money(2500))]])
    #expect(
      renderer.render(.table(table), format: .csv)
        == "nombre;precio\r\n\"Pan, \"\"amasado\"\"\";2500\r\n")
  }

  @Test func jsonIsValidAndTyped() {
    let table = Table(
      columns: [Column("Nombre", key: "nombre"), Column("Activo", key: "activo")],
      rows: [[.text("Té"), .bool(true)]])
    let text = renderer.render(.table(table), format: .json)
    #expect(
      JSONValue.parse(text)
        == .array([.object([("nombre", .string("Té")), ("activo", .bool(true))])]))
  }
}

@Suite struct RegistryTests {
  @Test func everyCommandIsDocumentedAndItsExamplesParse() throws {
    let dir = TempDir()
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.catalog.createCategory(name: "bebidas")
    try shop.catalog.createCategory(name: "insumos")
    try shop.catalog.createCategory(name: "Bebidas sin azúcar")
    let context = ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in })
    let parser = Parser(registry: .standard)
    var names = Set<String>()
    for spec in Registry.standard.commands {
      #expect(!spec.summary.isEmpty)
      #expect(!spec.examples.isEmpty, "\(spec.name) needs an example")
      #expect(names.insert(fold(spec.name)).inserted, "duplicate \(spec.name)")
      for example in spec.examples {
        let call = try parser.parse(try Lexer.tokenize(example), context: context)
        #expect(call.spec.name == spec.name, "\(example)")
      }
    }
  }

  @Test func helpComesFromTheRegistry() {
    let overview = Help.overview(.standard).joined(separator: "\n")
    for spec in Registry.standard.commands {
      #expect(overview.contains(spec.name))
    }
    let markdown = Help.markdown(.standard)
    #expect(markdown.contains("### crear categoría"))
  }
}

@Suite struct MessageTests {
  @Test func storeErrorsInSpanish() {
    let cases: [(StoreError.Kind, String)] = [
      (.busy, "ocupado"), (.readOnly, "solo lectura"), (.diskFull, "disco está lleno"),
      (.corrupt, "dañado"), (.constraint, "contradice"),
      (.notTiendaFile, "no es una base de tienda"),
      (.newerVersion(found: 9, supported: 1), "versión más nueva"),
    ]
    for (kind, text) in cases {
      #expect(Messages.describe(StoreError(kind: kind), currency: .clp).contains(text), "\(kind)")
    }
  }

  @Test func unknownErrorsNeverDumpSwift() {
    struct Weird: Error {}
    #expect(
      Messages.describe(Weird(), currency: .clp).hasPrefix("Error interno inesperado (Weird)"))
  }
}
