import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

/// DESIGN.md §5.1, §8.3: parameters may come in any order and a keyword of
/// the command always ends the value before it. Generated from the registry:
/// every command with two or more keyword parameters is written with an
/// example value for each, in shuffled orders, and must parse to the same
/// invocation every time.
@Suite struct KeywordOrderTests {
  let dir = TempDir()
  let context: ShellContext

  init() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    context = ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in })
  }

  /// A deterministic generator (SplitMix64), so a failure can be replayed.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A valid example value for a parameter, as a user would type it. Bare
  /// names have several words and quantities no unit, so that a keyword
  /// right after them has to end them.
  static func example(_ param: ParamSpec, in spec: CommandSpec) -> String? {
    switch param.kind {
    case .name: return name(for: spec)
    case .text: return "ABC-12"
    case .money: return "$2.500"
    case .quantity: return "500"
    case .percent: return "10%"
    case .rut: return "12.345.678-5"
    case .date: return "25-12-2026"
    case .period: return param.keyword == "desde" ? "01-11-2026 hasta 15-11-2026" : "ayer"
    case .yesNo: return "no"
    case .integer: return "3"
    case .choice(let words): return words.last
    case .flag: return ""
    case .list: return "iva, ila"
    case .adjustment: return "+10"
    case .components: return "1 pan amasado, 2 té"
    case .saleItems: return "2 empanada pino, 1 coca cola"
    case .payments: return "efectivo 10000, débito"
    case .methodAmounts: return nil  // not a positional: read among the keywords
    case .rest: return nil
    }
  }

  /// A bare name of several words without a keyword of `spec` in it (a
  /// keyword would end it: `crear kit Pan con queso` needs quotes).
  static func name(for spec: CommandSpec) -> String {
    let keywords = Set(spec.keywords.map(fold))
    return ["Pan con queso", "Té de la casa", "Queso mantecoso fresco"].first {
      !$0.split(separator: " ").contains { keywords.contains(fold(String($0))) }
    }!
  }

  /// The parsed arguments in a form that can be compared (spans left out).
  static func canonical(_ call: Invocation) -> String {
    call.arguments.keys.sorted().map { "\($0)=\(call.arguments[$0]!)" }.joined(separator: "; ")
      + " | como=\(call.format.map(\.rawValue) ?? "-") > \(call.redirect ?? "-")"
  }

  /// Every command with ≥ 2 keyword parameters: its required positionals
  /// first, then its options (and `como csv`, `> salida.csv` on listings).
  static func cases() -> [(spec: CommandSpec, head: [String], options: [String])] {
    var result: [(CommandSpec, [String], [String])] = []
    for spec in Registry.standard.commands {
      let options = spec.params.filter { $0.keyword != nil }
      guard options.count >= 2 else { continue }
      var head: [String] = []
      var usable = true
      for param in spec.params where param.keyword == nil && param.required {
        guard let value = example(param, in: spec) else {
          usable = false
          break
        }
        // A name followed by a list of lines ends at «: » (§8.3: `comprar a
        // Distribuidora Sur: 24 coca cola a 1100`).
        let listFollows = spec.params.contains { $0.kind == .saleItems && $0.keyword == nil }
        head.append(param.kind == .name ? (listFollows ? "Producto:" : "Producto") : value)
      }
      guard usable else { continue }
      var parts = options.map { option in
        [option.keyword!, example(option, in: spec)!].filter { !$0.isEmpty }.joined(separator: " ")
      }
      if spec.listing { parts += ["como csv", "> salida.csv"] }
      result.append((spec, head, parts))
    }
    return result
  }

  @Test func theGeneratedCasesCoverTheCommandsThatNeedIt() {
    let names = Self.cases().map(\.spec.name)
    // The commands of the issue's examples must be among the generated ones.
    for name in ["crear producto", "editar producto", "crear kit", "configurar tienda"] {
      #expect(names.contains(name), "\(name)")
    }
    #expect(names.count >= 15, "\(names)")
  }

  @Test func everyCommandParsesTheSameInAnyOrder() throws {
    var generator = SeededGenerator(state: 20_261_205)
    let parser = Parser(registry: .standard)
    var checked = 0
    for (spec, head, options) in Self.cases() {
      let declared = ([spec.name] + head + options).joined(separator: " ")
      let reference: Invocation
      do {
        reference = try parser.parse(try Lexer.tokenize(declared), context: context)
      } catch let error as ShellError {
        Issue.record("«\(declared)»: \(error.message)")
        continue
      }
      // Each option is there, and each text value is read whole.
      for param in spec.params where param.keyword != nil {
        #expect(reference.has(param.key), "«\(declared)» lost \(param.key)")
        if param.kind == .name {
          #expect(reference.text(param.key) == Self.name(for: spec), "«\(declared)» \(param.key)")
        }
        if param.kind == .quantity {
          #expect(reference.quantity(param.key)?.1 == nil, "«\(declared)» \(param.key) took a unit")
        }
      }
      // Every option right after every other one (a value must stop at the
      // keyword that follows it, whichever it is), the rest shuffled.
      var orders = [Array(options.reversed())]
      for a in options.indices {
        for b in options.indices where a != b {
          let rest = options.indices.filter { $0 != a && $0 != b }.map { options[$0] }
          orders.append([options[a], options[b]] + rest.shuffled(using: &generator))
        }
      }
      for _ in 0..<8 { orders.append(options.shuffled(using: &generator)) }
      for order in orders {
        let line = ([spec.name] + head + order).joined(separator: " ")
        do {
          let call = try parser.parse(try Lexer.tokenize(line), context: context)
          #expect(
            Self.canonical(call) == Self.canonical(reference),
            "«\(line)» differs from «\(declared)»")
        } catch let error as ShellError {
          Issue.record("«\(line)»: \(error.message)")
        }
        checked += 1
      }
    }
    #expect(checked > 1000)
  }

  func parse(_ line: String) throws -> Invocation {
    try Parser(registry: .standard).parse(try Lexer.tokenize(line), context: context)
  }

  @Test func aUnitWordThatIsAKeywordIsTheKeywordWhenAValueFollows() throws {
    let call = try parse("crear producto \"X\" precio 5000 stock 500 unidad kg")
    #expect(call.quantity("stock")?.0 == Quantity(units: 500))
    #expect(call.quantity("stock")?.1 == nil)
    #expect(call.text("unidad") == "kg")
    // With nothing after it, or another keyword, it is the quantity's unit.
    let trailing = try parse("crear producto X precio 5000 stock 5 unidad")
    #expect(trailing.quantity("stock")?.1 == .unit)
    #expect(!trailing.has("unidad"))
    let before = try parse("crear producto X stock 5 unidad precio 5000")
    #expect(before.quantity("stock")?.1 == .unit)
    #expect(before.money("precio") == Money(5000))
    // A unit that is not a keyword still goes with its quantity.
    #expect(try parse("crear producto X stock 1,5 kg unidad kg").quantity("stock")?.1 == .kilogram)
    #expect(try parse("editar producto X mínimo 500 unidad lt").text("unidad") == "lt")
  }

  @Test func aKeywordWhereAValueGoesIsRefusedNamingBoth() {
    #expect(throws: ShellError.self) { try parse("crear producto X precio sku AB1") }
    do {
      _ = try parse("crear categoría X padre en-pos no")
      Issue.record("expected an error")
    } catch let error as ShellError {
      #expect(error.message.contains("Falta el valor de «padre»"), "\(error.message)")
      #expect(error.message.contains("padre \"en-pos\""), "\(error.message)")
      #expect(error.column == 25)
    } catch {
      Issue.record("\(error)")
    }
    // Quoted, the same word is a value.
    #expect((try? parse("crear categoría X padre \"en-pos\""))?.text("padre") == "en-pos")
  }

  /// No command of today has payments and another keyword, so a spec made
  /// here checks that payments stop at a keyword like any other value.
  @Test func paymentsEndAtAKeyword() throws {
    let spec = CommandSpec(
      "cobrar", group: .sale, summary: "Prueba.",
      params: [
        .option("pagar", .payments, key: "pagos", placeholder: "<medio>", help: "Pagos."),
        .option("nota", .name, placeholder: "\"…\"", help: "Nota."),
      ], access: .anyone
    ) { _ in .none }
    let parser = Parser(registry: Registry(commands: [spec]))
    for line in [
      "cobrar pagar efectivo 1000, débito ref 12 nota sin vuelto",
      "cobrar nota sin vuelto pagar efectivo 1000, débito ref 12",
    ] {
      let call = try parser.parse(try Lexer.tokenize(line), context: context)
      #expect(call.payments("pagos")?.count == 2, "\(line)")
      #expect(call.text("nota") == "sin vuelto", "\(line)")
    }
    let sale = try parse("vender 2 pan pagar efectivo 1000, débito ref 12")
    #expect(sale.payments("pagos")?.count == 2)
  }

  @Test func completionAfterAColonAndAfterAUnitKeyword() {
    let completer = Completer(context: context)
    #expect(completer.complete("crear producto Pan: pre").candidates.contains("precio"))
    let units = completer.complete("crear producto X stock 5 unidad ").candidates
    #expect(units == ["un", "kg", "lt"])
  }
}
