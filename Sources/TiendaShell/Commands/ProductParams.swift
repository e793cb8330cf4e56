import TiendaCore

/// `un|kg|lt`, read as the product's unit.
extension ProductUnit: ParamValue {
  public static var paramKind: ParamKind { .choice(allCases.map(\.rawValue)) }
  public static func paramValue(_ argument: ArgValue) -> ProductUnit? {
    if case .choice(let word) = argument { return ProductUnit(rawValue: word) }
    return nil
  }
}

/// The product fields shared by `crear producto`, `crear kit` and
/// `editar producto`, and how their arguments become core values.
enum ProductParams {
  // MARK: - Creating (`crear producto`, `crear kit`)

  static let price = Param<Money>.option(
    "precio", placeholder: "<monto>",
    help: "Precio de venta (incluye impuestos, salvo precio-con-impuestos no).")
  static let sku = Param<String>.option(
    "sku", .text, placeholder: "<código>", help: "Código corto propio; si falta, se genera.")
  static let barcode = Param<String>.option(
    "barras", .text, placeholder: "<código>",
    help: "Código de barras (EAN-13, EAN-8, UPC-A u otro).")
  static let category = Param<String>.option(
    "categoría", .name, key: "categoria", placeholder: "<categoría>",
    help: "Categoría del producto.", completion: .categories)
  static let unit = Param<ProductUnit>.option(
    "unidad", placeholder: "un|kg|lt", help: "Se vende por unidad, por kilo o por litro.")
  static let cost = Param<Money>.option(
    "costo", placeholder: "<monto>", help: "Costo neto, para el margen.")
  static let taxes = Param<[String]>.option(
    "impuestos", placeholder: "iva, ila…|exento",
    help: "Impuestos del producto; «exento» si no lleva.", completion: .taxes)
  static let priceIncludesTaxes = Param<Bool>.option(
    "precio-con-impuestos", key: "precio_con_impuestos", placeholder: "sí|no",
    help: "Si el precio ya incluye los impuestos (sí, como en Chile).")
  static let stock = Param<QuantityArg>.option(
    "stock", placeholder: "<cantidad>", help: "Stock inicial.")
  static let minimum = Param<QuantityArg>.option(
    "mínimo", key: "minimo", placeholder: "<cantidad>",
    help: "Bajo este stock aparece en «stock bajo».")
  static let sellWithoutStock = Param<Bool>.option(
    "vender-sin-stock", key: "vender_sin_stock", placeholder: "sí|no",
    help: "Si se puede vender con stock cero o negativo.")
  static let expires = Param<LocalDate>.option(
    "vence", placeholder: "<fecha>", help: "Fecha de vencimiento.")
  static let inPOS = Param<Bool>.option(
    "en-pos", key: "en_pos", placeholder: "sí|no", help: "Si se ofrece al vender.")
  static let description = Param<String>.option(
    "descripción", .name, key: "descripcion", placeholder: "\"…\"", help: "Texto libre.")

  /// `precio 2500` or `precio abierto` (asked at each sale).
  static let openablePrice = ClearableParam<Money>.option(
    "precio", placeholder: "<monto>",
    help:
      "Precio de venta (incluye impuestos, salvo precio-con-impuestos no); «abierto»: se pregunta en cada venta.",
    noneWord: "abierto")
  static let plu = Param<String>.option(
    "plu", .text, placeholder: "<número>",
    help: "El número del producto en la balanza etiquetadora (configurar balanza).")
  static let service = FlagParam(
    "servicio", help: "Un servicio: se vende, no lleva stock (salvo que se le dé uno).")

  /// The fields of `crear producto`, after the name.
  static let createFields = [
    openablePrice.spec, plu.spec, service.spec, sku.spec, barcode.spec, category.spec, unit.spec,
    cost.spec, taxes.spec,
    priceIncludesTaxes.spec, stock.spec, minimum.spec, sellWithoutStock.spec, expires.spec,
    inPOS.spec, description.spec,
  ]

  /// The fields of `crear kit`, after its components: no unit, stock,
  /// minimum or expiry of its own.
  static let kitFields = [
    price.spec, sku.spec, barcode.spec, category.spec, cost.spec, taxes.spec,
    priceIncludesTaxes.spec, inPOS.spec, description.spec,
  ]

  // MARK: - Editing (`editar producto`)

  static let newName = Param<String>.option(
    "nombre", .name, placeholder: "<nombre>", help: "Nombre nuevo.")
  static let newBarcode = ClearableParam<String>.option(
    "barras", .text, placeholder: "<código>",
    help: "Código de barras (EAN-13, EAN-8, UPC-A u otro). «ninguno» lo quita.",
    noneWord: "ninguno")
  static let newCategory = ClearableParam<String>.option(
    "categoría", .name, key: "categoria", placeholder: "<categoría>",
    help: "Categoría del producto. «ninguna» la quita.", completion: .categories,
    noneWord: "ninguna")
  static let newCost = ClearableParam<Money>.option(
    "costo", placeholder: "<monto>", help: "Costo neto, para el margen.", noneWord: "ninguno")
  static let newMinimum = ClearableParam<QuantityArg>.option(
    "mínimo", key: "minimo", placeholder: "<cantidad>",
    help: "Bajo este stock aparece en «stock bajo».", noneWord: "ninguno")
  static let newExpires = ClearableParam<LocalDate>.option(
    "vence", placeholder: "<fecha>", help: "Fecha de vencimiento.", noneWord: "nunca")
  /// Accepted only to explain where stock is changed.
  static let editedStock = Param<QuantityArg>.option(
    "stock", placeholder: "<cantidad>", help: "No se edita: use «ajustar stock».")
  /// Accepted only to say that a kit's components are not edited.
  static let editedComponents = Param<[KitComponentInput]>.option(
    "con", placeholder: "…", help: "Los componentes de un kit no se editan.")

  static let newPLU = ClearableParam<String>.option(
    "plu", .text, placeholder: "<número>",
    help: "El número del producto en la balanza. «ninguno» lo quita.", noneWord: "ninguno")
  static let editedService = Param<Bool>.option(
    "servicio", placeholder: "sí|no", help: "Si es un servicio.")

  /// The fields of `editar producto`, after the product.
  static let editFields = [
    newName.spec, openablePrice.spec, newPLU.spec, editedService.spec, sku.spec, newBarcode.spec,
    newCategory.spec, unit.spec,
    newCost.spec, taxes.spec, priceIncludesTaxes.spec, editedStock.spec, editedComponents.spec,
    newMinimum.spec, sellWithoutStock.spec, newExpires.spec, inPOS.spec, description.spec,
  ]

  // MARK: - Reading

  /// The draft of `crear producto` / `crear kit`.
  static func draft(_ call: Invocation, name: String) throws -> ProductDraft {
    let open = call[openablePrice].update == .some(nil)
    guard let price = call[price] ?? (open ? .zero : nil) else {
      throw ShellError(Messages.priceRequired, hint: Messages.usage(call.spec.usage))
    }
    var draft = ProductDraft(name: name, price: price)
    draft.openPrice = open
    draft.plu = call[plu]
    draft.service = call[service]
    draft.sku = call[sku]
    draft.barcode = call[barcode]
    draft.category = call[category]
    draft.unit = call[unit] ?? .unit
    draft.cost = call[cost]
    draft.taxes = try call[taxes].map(Catalog.exemptOrTaxes)
    draft.priceIncludesTaxes = call[priceIncludesTaxes] ?? true
    if let stock = call[stock] {
      draft.stock = try draft.unit.quantity(stock.quantity, writtenIn: stock.unit, product: name)
    }
    if let minimum = call[minimum] {
      draft.minimum = try draft.unit.quantity(
        minimum.quantity, writtenIn: minimum.unit, product: name)
    }
    draft.sellWithoutStock = call[sellWithoutStock] ?? false
    draft.expires = call[expires]
    draft.inPOS = call[inPOS] ?? true
    draft.description = call[description] ?? ""
    return draft
  }

  /// The change of `editar producto`, as written: the core resolves the
  /// taxes (`exento`) and the minimum's unit once it has found the product.
  static func change(_ call: Invocation) -> ProductChange {
    var change = ProductChange()
    change.name = call[newName]
    switch call[openablePrice] {
    case .notGiven: break
    case .cleared: change.openPrice = true
    case .value(let price):
      change.price = price
      change.openPrice = false
    }
    change.plu = call[newPLU].update
    change.service = call[editedService]
    change.sku = call[sku]
    change.barcode = call[newBarcode].update
    change.category = call[newCategory].update
    change.unit = call[unit]
    change.cost = call[newCost].update
    change.taxes = call[taxes]
    change.priceIncludesTaxes = call[priceIncludesTaxes]
    switch call[newMinimum] {
    case .notGiven: break
    case .cleared: change.minimum = .some(nil)
    case .value(let written): change.minimumAsWritten = (written.quantity, written.unit)
    }
    change.sellWithoutStock = call[sellWithoutStock]
    change.expires = call[newExpires].update
    change.inPOS = call[inPOS]
    change.description = call[description]
    return change
  }

  /// `12,5 kg`, `40 un`.
  static func amount(_ q: Quantity, _ unit: ProductUnit) -> String {
    TextFormat.quantity(q) + " " + unit.rawValue
  }
}
