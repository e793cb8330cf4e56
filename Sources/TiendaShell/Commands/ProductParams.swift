import TiendaCore

/// The product fields shared by `crear producto`, `crear kit` and
/// `editar producto`, and how their arguments become core values.
enum ProductParams {
  static func fields(editing: Bool, kit: Bool = false) -> [ParamSpec] {
    var params: [ParamSpec] = []
    if editing {
      params.append(.option("nombre", .name, placeholder: "<nombre>", help: "Nombre nuevo."))
    }
    params += [
      .option(
        "precio", .money, placeholder: "<monto>",
        help: "Precio de venta (incluye impuestos, salvo precio-con-impuestos no)."),
      .option(
        "sku", .text, placeholder: "<código>", help: "Código corto propio; si falta, se genera."),
      .option(
        "barras", .text, placeholder: "<código>",
        help: "Código de barras (EAN-13, EAN-8, UPC-A u otro)."
          + (editing ? " «ninguno» lo quita." : ""),
        noneWord: editing ? "ninguno" : nil),
      .option(
        "categoría", .name, key: "categoria", placeholder: "<categoría>",
        help: "Categoría del producto." + (editing ? " «ninguna» la quita." : ""),
        completion: .categories, noneWord: editing ? "ninguna" : nil),
    ]
    if !kit {
      params.append(
        .option(
          "unidad", .choice(["un", "kg", "lt"]), placeholder: "un|kg|lt",
          help: "Se vende por unidad, por kilo o por litro."))
    }
    params += [
      .option(
        "costo", .money, placeholder: "<monto>", help: "Costo neto, para el margen.",
        noneWord: editing ? "ninguno" : nil),
      .option(
        "impuestos", .list, placeholder: "iva, ila…|exento",
        help: "Impuestos del producto; «exento» si no lleva.", completion: .taxes),
      .option(
        "precio-con-impuestos", .yesNo, key: "precio_con_impuestos", placeholder: "sí|no",
        help: "Si el precio ya incluye los impuestos (sí, como en Chile)."),
    ]
    if !editing && !kit {
      params.append(
        .option("stock", .quantity, placeholder: "<cantidad>", help: "Stock inicial."))
    }
    if editing {
      // Accepted only to explain where they are changed.
      params += [
        .option(
          "stock", .quantity, placeholder: "<cantidad>", help: "No se edita: use «ajustar stock»."),
        .option(
          "con", .components, placeholder: "…", help: "Los componentes de un kit no se editan."),
      ]
    }
    if !kit {
      params += [
        .option(
          "mínimo", .quantity, key: "minimo", placeholder: "<cantidad>",
          help: "Bajo este stock aparece en «stock bajo».", noneWord: editing ? "ninguno" : nil),
        .option(
          "vender-sin-stock", .yesNo, key: "vender_sin_stock", placeholder: "sí|no",
          help: "Si se puede vender con stock cero o negativo."),
        .option(
          "vence", .date, placeholder: "<fecha>", help: "Fecha de vencimiento.",
          noneWord: editing ? "nunca" : nil),
      ]
    }
    params += [
      .option(
        "en-pos", .yesNo, key: "en_pos", placeholder: "sí|no", help: "Si se ofrece al vender."),
      .option("descripción", .name, key: "descripcion", placeholder: "\"…\"", help: "Texto libre."),
    ]
    return params
  }

  /// Tax codes from `impuestos …` (`exento` = none), nil when not given.
  static func taxes(_ call: Invocation) throws -> [String]? {
    guard let list = call.list("impuestos") else { return nil }
    return try exemptOrList(list)
  }

  /// `exento` alone means no taxes; with others it is a contradiction.
  static func exemptOrList(_ list: [String]) throws -> [String] {
    let exempt = list.contains { fold($0) == "exento" }
    if exempt && list.count > 1 { throw CoreError.exemptWithTaxes }
    return exempt ? [] : list
  }

  static func unit(_ call: Invocation) -> ProductUnit? {
    call.text("unidad").flatMap(ProductUnit.init(rawValue:))
  }

  /// The draft of `crear producto` / `crear kit`.
  static func draft(_ call: Invocation, name: String) throws -> ProductDraft {
    guard let price = call.money("precio") else {
      throw ShellError(Messages.priceRequired, hint: Messages.usage(call.spec.usage))
    }
    var draft = ProductDraft(name: name, price: price)
    draft.sku = call.text("sku")
    draft.barcode = call.text("barras")
    draft.category = call.text("categoria")
    draft.unit = unit(call) ?? .unit
    draft.cost = call.money("costo")
    draft.taxes = try taxes(call)
    draft.priceIncludesTaxes = call.bool("precio_con_impuestos") ?? true
    if let (q, u) = call.quantity("stock") {
      draft.stock = try draft.unit.quantity(q, writtenIn: u, product: name)
    }
    if let (q, u) = call.quantity("minimo") {
      draft.minimum = try draft.unit.quantity(q, writtenIn: u, product: name)
    }
    draft.sellWithoutStock = call.bool("vender_sin_stock") ?? false
    draft.expires = call.date("vence")
    draft.inPOS = call.bool("en_pos") ?? true
    draft.description = call.text("descripcion") ?? ""
    return draft
  }

  /// The change of `editar producto` for `product`.
  static func change(_ call: Invocation, product: Product) throws -> ProductChange {
    if call.has("stock") { throw ShellError(Messages.stockNotEditable(product.sku)) }
    if call.has("con") { throw ShellError(Messages.componentsNotEditable) }
    var change = ProductChange()
    change.name = call.text("nombre")
    change.price = call.money("precio")
    change.sku = call.text("sku")
    if call.isNone("barras") {
      change.barcode = .some(nil)
    } else if let b = call.text("barras") {
      change.barcode = .some(b)
    }
    if call.isNone("categoria") {
      change.category = .some(nil)
    } else if let c = call.text("categoria") {
      change.category = .some(c)
    }
    change.unit = unit(call)
    if call.isNone("costo") {
      change.cost = .some(nil)
    } else if let c = call.money("costo") {
      change.cost = .some(c)
    }
    change.taxes = try taxes(call)
    change.priceIncludesTaxes = call.bool("precio_con_impuestos")
    let unit = change.unit ?? product.unit
    if call.isNone("minimo") {
      change.minimum = .some(nil)
    } else if let (q, u) = call.quantity("minimo") {
      change.minimum = .some(try unit.quantity(q, writtenIn: u, product: product.name))
    }
    change.sellWithoutStock = call.bool("vender_sin_stock")
    if call.isNone("vence") {
      change.expires = .some(nil)
    } else if let d = call.date("vence") {
      change.expires = .some(d)
    }
    change.inPOS = call.bool("en_pos")
    change.description = call.text("descripcion")
    return change
  }

  /// `12,5 kg`, `40 un`.
  static func amount(_ q: Quantity, _ unit: ProductUnit) -> String {
    TextFormat.quantity(q) + " " + unit.rawValue
  }
}
