import TiendaCore

/// `crear impuesto`, `listar impuestos`, `editar impuesto`.
enum TaxCommands {
  static let all: [CommandSpec] = [create, list, edit]

  static let code = RequiredParam<String>.positional(
    "codigo", .text, placeholder: "<código>", help: "Una palabra: iva, ila-cerveza…")
  static let rate = RequiredParam<Percent>.positional(
    "tasa", placeholder: "<tasa%>", help: "Porcentaje, con coma decimal.")
  static let base = Param<String>.option(
    "de", .text, key: "base", placeholder: "<impuesto>",
    help: "Impuesto al que se suma: los productos que lleven éste llevan también aquél.",
    completion: .taxes)
  static let description = Param<String>.option(
    "descripción", .name, key: "descripcion", placeholder: "\"…\"", help: "Texto libre.")
  static let existingCode = RequiredParam<String>.positional(
    "codigo", .text, placeholder: "<código>", help: "El impuesto.", completion: .taxes)
  static let newRate = Param<Percent>.positional(
    "nueva_tasa", placeholder: "<tasa%>", help: "Tasa nueva.")
  static let rateOption = Param<Percent>.option(
    "tasa", placeholder: "<tasa%>", help: "Tasa nueva (otra forma).")

  static let create = CommandSpec(
    "crear impuesto", group: .catalog,
    summary: "Crea un impuesto como tasa (p. ej. ILA de la cerveza, 20,5%).",
    details:
      "Todos los impuestos se calculan sobre el neto. Que el precio los incluya o no es una opción de cada producto (precio-con-impuestos).",
    params: [code.spec, rate.spec, base.spec, description.spec],
    examples: [
      "crear impuesto ila-cerveza 20,5% de iva descripción \"ILA cervezas\"",
      "crear impuesto iaba-azucar 18%",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let tax = try call.shop.catalog.createTax(
      code: try call[code], rate: try call[rate], description: call[description] ?? "",
      base: call[base])
    return .message(Messages.taxCreated(tax.code, TextFormat.percent(tax.rate)))
  }

  static let list = CommandSpec(
    "listar impuestos", aliases: ["impuestos"], group: .catalog,
    summary: "Lista los impuestos y sus tasas; marca los que llevan los productos nuevos.",
    examples: ["listar impuestos"], listing: true, access: .loggedIn
  ) { call in
    let defaults = Set(try call.shop.catalog.defaultTaxCodes().map(fold))
    return .table(CatalogTables.taxes(try call.shop.catalog.taxes(), defaults: defaults))
  }

  static let edit = CommandSpec(
    "editar impuesto", group: .catalog,
    summary: "Cambia la tasa o la descripción de un impuesto (rige desde ahora).",
    params: [existingCode.spec, newRate.spec, rateOption.spec, description.spec],
    examples: ["editar impuesto ila-cerveza tasa 20,5%", "editar impuesto iva 19%"], mutates: true,
    right: .editCatalog
  ) { call in
    let (tax, changed) = try call.shop.catalog.editTax(
      try call[existingCode], rate: call[rateOption] ?? call[newRate],
      description: call[description])
    return .message(
      changed
        ? Messages.taxEdited(tax.code, TextFormat.percent(tax.rate))
        : Messages.unchanged(tax.code))
  }
}
