import TiendaCore

/// Bulk price changes: `ajustar precios` (issue 21).
enum PriceCommands {
  static let all: [CommandSpec] = [adjust, listScheduled, cancelScheduled]

  static let products = Param<[String]>.positional(
    "productos", placeholder: "<producto>, … <cambio>",
    help: "Productos separados por coma y, al final, el cambio: +5%, -5%, +$100 o -$100.")
  static let category = Param<String>.option(
    "categoría", .name, key: "categoria", placeholder: "<categoría> <cambio>",
    help: "Todos los productos de la categoría y sus subcategorías, y el cambio.",
    completion: .categories)
  static let supplier = Param<String>.option(
    "proveedor", .name, placeholder: "<proveedor> <cambio>",
    help: "Los productos de un proveedor (llega con los proveedores).")
  static let rounding = Param<Int64>.option(
    "redondear", placeholder: "10|50",
    help: "Redondea cada precio nuevo a $10 o $50 (mitad arriba).")
  static let from = Param<LocalDate>.option(
    "desde", placeholder: "<fecha>",
    help: "Desde ese día (mañana, 01-01-2027): se guarda y se aplica al abrir la tienda ese día.")

  static let adjust = CommandSpec(
    "ajustar precios", group: .catalog,
    summary:
      "Cambia muchos precios a la vez, por categoría o lista de productos, en % o en $, con vista previa.",
    details:
      "Muestra antes y después de cada producto. En la terminal pregunta antes de aplicar; en un script aplica; con «simular ajustar precios …» sólo muestra. Cada cambio queda en la bitácora y al final se listan las etiquetas por reimprimir. Los productos de precio abierto no cambian.",
    params: [
      products.spec, category.spec, supplier.spec, rounding.spec, from.spec,
    ],
    examples: [
      "ajustar precios categoría bebidas +5% redondear 10",
      "ajustar precios pan amasado, hallulla -$100",
      "ajustar precios categoría lácteos +3% redondear 50 desde mañana",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    if call[supplier] != nil { throw PriceError.bySupplierNotYet }
    let request = try PriceArguments.request(call)
    let currency = call.shop.settings.currency
    if let ask = call.context.askLine, call.context.scripts.mode != .simulate {
      let preview = try call.shop.prices.preview(request)
      call.context.writeOut(
        call.context.renderer.render(
          .table(PricesTables.preview(preview, currency)), format: .table))
      call.context.askedDuringCommand = true
      guard let answer = ask(Messages.applyPricesQuestion(preview)),
        ["s", "si"].contains(fold(answer.trimmingCharacters(in: " ")))
      else { return .message(Messages.pricesNotApplied) }
      return .lines(
        Messages.pricesOutcome(try call.shop.prices.apply(request), currency, simulated: false))
    }
    let outcome = try call.shop.prices.apply(request)
    var table = PricesTables.preview(outcome, currency)
    table.footer += Messages.pricesOutcome(
      outcome, currency, simulated: call.context.scripts.mode == .simulate)
    return .table(table)
  }
}

/// Dated changes not applied yet: listed, cancelled by product.
extension PriceCommands {
  static let scheduledProduct = RequiredParam<String>.positional(
    "producto", .name, placeholder: "<producto>", help: "SKU, código de barras o nombre.",
    completion: .products)

  static let listScheduled = CommandSpec(
    "listar precios programados", group: .catalog,
    summary:
      "Lista los precios guardados para un día futuro (ajustar precios … desde): producto, precio de hoy, precio nuevo y desde cuándo.",
    examples: ["listar precios programados"], listing: true, right: .editCatalog
  ) { call in
    .table(PricesTables.scheduled(try call.shop.prices.scheduled()))
  }

  static let cancelScheduled = CommandSpec(
    "cancelar precio programado", group: .catalog,
    summary:
      "Olvida los precios guardados para un día futuro de un producto; su precio de hoy no cambia.",
    params: [scheduledProduct.spec], examples: ["cancelar precio programado leche entera"],
    mutates: true, right: .editCatalog
  ) { call in
    let cancelled = try call.shop.prices.cancelScheduled(try call[scheduledProduct])
    return .lines(Messages.scheduledCancelled(cancelled, call.shop.settings.currency))
  }
}

/// Reading `ajustar precios`' arguments: the change is the last word of
/// the products or of the category (`categoría bebidas +5%`).
enum PriceArguments {
  static func request(_ call: Invocation) throws -> BulkPriceRequest {
    let currency = call.shop.settings.currency
    var target: BulkPriceRequest.Target
    var changeText: String
    if let category = call[PriceCommands.category] {
      if call[PriceCommands.products] != nil { throw ShellError(Messages.pricesTargetBoth) }
      let (name, change) = try split(category)
      target = .category(name)
      changeText = change
    } else if var names = call[PriceCommands.products], let last = names.popLast() {
      let (name, change) = try split(last)
      target = .products(names + [name])
      changeText = change
    } else {
      throw ShellError(Messages.pricesTargetMissing, hint: Messages.usage(call.spec.usage))
    }
    return BulkPriceRequest(
      target: target, change: try change(changeText, currency: currency),
      roundTo: call[PriceCommands.rounding], from: call[PriceCommands.from])
  }

  /// `bebidas +5%` → (`bebidas`, `+5%`).
  static func split(_ text: String) throws -> (String, String) {
    let words = text.split(separator: " ").map(String.init)
    guard words.count >= 2, let last = words.last, last.first == "+" || last.first == "-" else {
      throw ShellError(Messages.pricesChangeMissing(text))
    }
    return (words.dropLast().joined(separator: " "), last)
  }

  /// `+5%`, `-2,5%`, `+$100`, `-100`.
  static func change(_ text: String, currency: Currency) throws -> BulkPriceRequest.Change {
    let token = Token(kind: .word, text: text, column: 1, length: text.count)
    if text.hasSuffix("%") {
      let negative: Bool
      let percent: Percent
      do {
        (negative, percent) = try Literals.signedPercent(token)
      } catch {
        // `+101%`: the unsigned reading says the limit (0 % to 100 %).
        if let sign = text.first, sign == "+" || sign == "-" {
          let rest = String(text.dropFirst())
          _ = try Literals.percent(
            Token(kind: .word, text: rest, column: 2, length: rest.count))
        }
        throw error
      }
      return .percent(negative ? -percent.thousandths : percent.thousandths)
    }
    let sign: Int64 = text.first == "-" ? -1 : 1
    let rest = String(text.dropFirst())
    let amount = try Literals.money(
      Token(kind: .word, text: rest, column: 2, length: rest.count), currency: currency)
    return .amount(Money(sign * amount.minorUnits))
  }
}
