import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

/// Typed parameters (`Param.swift`): declared once with their type, read as
/// `call[param]`, driving the same parser as a plain `ParamSpec`.
@Suite struct TypedParamTests {
  let dir = TempDir()
  let context: ShellContext

  init() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    context = ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in })
  }

  enum P {
    static let name = RequiredParam<String>.positional(
      "nombre", .name, placeholder: "<nombre>", help: "Nombre.")
    static let price = Param<Money>.option("precio", placeholder: "<monto>", help: "Precio.")
    static let amount = Param<QuantityArg>.option(
      "cantidad", placeholder: "<cantidad>", help: "Cantidad.")
    static let discount = Param<Percent>.option("descuento", placeholder: "<%>", help: "Rebaja.")
    static let rut = Param<Rut>.option("rut", placeholder: "<rut>", help: "RUT.")
    static let date = Param<LocalDate>.option("fecha", placeholder: "<fecha>", help: "Fecha.")
    static let period = Param<Period>.option("periodo", placeholder: "<periodo>", help: "Periodo.")
    static let active = Param<Bool>.option("activo", placeholder: "sí|no", help: "Activo.")
    static let copies = Param<Int64>.option(
      "copias", placeholder: "<n>", help: "Copias.",
      validate: { n in
        if n > 5 { throw ShellError("Son demasiadas copias: a lo más 5.") }
      })
    static let mode = Param<String>.option(
      "modo", .choice(["rápido", "lento"]), placeholder: "rápido|lento", help: "Modo.")
    static let all = FlagParam("todo", help: "Todo.")
    static let taxes = Param<[String]>.option("impuestos", placeholder: "<lista>", help: "Lista.")
    static let adjustment = Param<StockAdjustment>.option(
      "ajuste", placeholder: "<ajuste>", help: "Ajuste.")
    static let parent = ClearableParam<String>.option(
      "padre", .name, placeholder: "<categoría>|ninguna", help: "Padre.", noneWord: "ninguna")
    static let code = RequiredParam<String>.option(
      "codigo", .text, placeholder: "<código>", help: "Código.")
  }

  static let probe = CommandSpec(
    "probar tipos", group: .shell, summary: "Prueba.",
    params: [
      P.name.spec, P.price.spec, P.amount.spec, P.discount.spec, P.rut.spec, P.date.spec,
      P.period.spec, P.active.spec, P.copies.spec, P.mode.spec, P.all.spec, P.taxes.spec,
      P.adjustment.spec, P.parent.spec,
    ],
    access: .anyone
  ) { _ in .none }

  static let needsCode = CommandSpec(
    "probar código", group: .shell, summary: "Prueba.", params: [P.code.spec], access: .anyone
  ) { _ in .none }

  func parse(_ line: String) throws -> Invocation {
    try Parser(registry: Registry(commands: [Self.probe, Self.needsCode])).parse(
      try Lexer.tokenize(line), context: context)
  }

  @Test func everyKindReadsWithItsType() throws {
    let call = try parse(
      "probar tipos Pan amasado precio 1.500 cantidad 0,75 kg descuento 12,5% rut 11.111.111-1"
        + " fecha 2026-11-02 periodo hoy activo no copias 3 modo LENTO todo"
        + " impuestos iva, ila ajuste +10 padre Bebidas frías")
    #expect(try call[P.name] == "Pan amasado")
    #expect(call[P.price] == Money(1500))
    #expect(call[P.amount]?.quantity == Quantity(thousandths: 750))
    #expect(call[P.amount]?.unit == .kilogram)
    #expect(call[P.discount] == Percent(thousandths: 12500))
    #expect(call[P.rut] == Rut.parse("11111111-1"))
    #expect(call[P.date] == LocalDate(year: 2026, month: 11, day: 2))
    #expect(call[P.period] == .day(context.shop.today))
    #expect(call[P.active] == false)
    #expect(call[P.copies] == 3)
    #expect(call[P.mode] == "lento")
    #expect(call[P.all])
    #expect(call[P.taxes] == ["iva", "ila"])
    #expect(call[P.adjustment] == .add(Quantity(units: 10), nil))
    #expect(call[P.parent].update == .some("Bebidas frías"))
    // The typed reads agree with the string-keyed ones they replace.
    #expect(call.money("precio") == call[P.price])
    #expect(call.text("modo") == call[P.mode])
  }

  @Test func absentOptionsAreNilOrFalse() throws {
    let call = try parse("probar tipos Pan")
    #expect(call[P.price] == nil)
    #expect(call[P.amount] == nil)
    #expect(call[P.active] == nil)
    #expect(!call[P.all])
    #expect(call[P.taxes] == nil)
    guard case .notGiven = call[P.parent] else {
      Issue.record("expected notGiven")
      return
    }
    #expect(call[P.parent].update == nil)
  }

  @Test func theNoneWordClears() throws {
    let call = try parse("probar tipos Pan padre ninguna")
    guard case .cleared = call[P.parent] else {
      Issue.record("expected cleared, got \(call[P.parent])")
      return
    }
    #expect(call[P.parent].update == .some(nil))
  }

  @Test func aMissingRequiredValueIsAWordedErrorNotATrap() throws {
    // The parser refuses a line without a required positional…
    #expect(throws: ShellError.self) { try parse("probar tipos") }
    // …but leaves a required option to the handler, whose read is worded.
    let call = try parse("probar código")
    do {
      _ = try call[P.code]
      Issue.record("expected an error")
    } catch let error as ShellError {
      #expect(error.message == "Falta <código> en «probar código».")
    }
  }

  @Test func validateRunsBeforeTheHandlerAndPointsAtTheValue() throws {
    let line = "probar tipos Pan copias 9"
    do {
      _ = try parse(line)
      Issue.record("expected the check to refuse 9")
    } catch let error as ShellError {
      #expect(error.message == "Son demasiadas copias: a lo más 5.")
      #expect(error.column == 25)
      #expect(error.length == 1)
    }
  }

  @Test func listValuesFromTheParserReadTyped() throws {
    let items = [SaleItemRequest(query: "pan", quantity: Quantity(units: 2))]
    let payments = [PaymentRequest(method: .cash, amount: Money(1000))]
    let components = [KitComponentInput(quantity: Quantity(units: 1), unit: nil, product: "té")]
    let tokens = try Lexer.tokenize("stock EMP01 >= 10")
    let itemsParam = Param<[SaleItemRequest]>.positional(
      "items", placeholder: "<ítems>", help: "Ítems.")
    let paymentsParam = Param<[PaymentRequest]>.option(
      "pagar", placeholder: "<pagos>", help: "Pagos.")
    let componentsParam = RequiredParam<[KitComponentInput]>.option(
      "componentes", placeholder: "<componentes>", help: "Componentes.")
    let restParam = Param<[Token]>.positional("resto", placeholder: "…", help: "Resto.")
    #expect(itemsParam.spec.kind == .saleItems)
    #expect(paymentsParam.spec.kind == .payments)
    #expect(componentsParam.spec.kind == .components)
    #expect(restParam.spec.kind == .rest)
    let call = Invocation(
      spec: Self.needsCode,
      arguments: [
        "items": .saleItems(items), "pagar": .payments(payments),
        "componentes": .components(components), "resto": .tokens(tokens),
      ], tokens: [], format: nil, redirect: nil, context: context)
    #expect(call[itemsParam] == items)
    #expect(call[paymentsParam] == payments)
    #expect(try call[componentsParam].map(\.product) == ["té"])
    #expect(call[restParam] == tokens)
  }

  /// The converted commands declare exactly what they declared before.
  @Test func convertedCommandsKeepTheirUsage() throws {
    let usages = [TaxCommands.create, TaxCommands.edit] + CategoryCommands.all
    #expect(
      usages.map(\.usage) == [
        "crear impuesto <código> <tasa%> [de <impuesto>] [descripción \"…\"]",
        "editar impuesto <código> [<tasa%>] [tasa <tasa%>] [descripción \"…\"]",
        "crear categoría <nombre> [padre <categoría>] [en-pos sí|no] [descripción \"…\"]",
        "listar categorías [como tabla|csv|json] [> archivo]",
        "editar categoría <categoría> [nombre <nuevo nombre>] [padre <categoría>|ninguna]"
          + " [en-pos sí|no] [descripción \"…\"]",
        "borrar categoría <categoría>",
      ])
  }
}
