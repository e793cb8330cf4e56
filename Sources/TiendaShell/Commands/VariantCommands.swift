import TiendaCore

/// Variants (issue 22): `crear variantes`, `agregar variante`.
enum VariantCommands {
  static let all: [CommandSpec] = [create, addValue]

  static let definition = RequiredParam<[Token]>.positional(
    "definicion", .rest, placeholder: "<producto> <atributo> <valor>, … [<atributo> <valor>, …]",
    help: "El producto padre y cada atributo con sus valores separados por coma.")

  static let create = CommandSpec(
    "crear variantes", group: .catalog,
    summary: "Crea un producto por cada combinación de atributos (talla, color) de un producto.",
    details: """
      Cada variante es un producto con su SKU (el del padre y un sufijo por valor), su stock y \
      su código de barras; toma el precio, el costo, la categoría y los impuestos del padre. \
      Un nombre de producto de varias palabras va antes de «:» o entre comillas.
      """,
    params: [definition.spec],
    examples: [
      "crear variantes polera talla S, M, L color negro, blanco",
      "crear variantes \"polera piqué\": talla S, M color azul",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let (parent, attributes) = try parse(try call[definition])
    let made = try call.shop.variants.create(parent, attributes)
    return .lines(VariantMessages.created(made))
  }

  static let addValue = CommandSpec(
    "agregar variante", group: .catalog,
    summary: "Agrega un valor a un atributo de un producto con variantes (y sus productos).",
    params: [definition.spec],
    examples: ["agregar variante polera talla XL"],
    mutates: true, right: .editCatalog
  ) { call in
    let (parent, attributes) = try parse(try call[definition])
    guard attributes.count == 1, attributes[0].values.count == 1 else {
      throw ShellError(VariantMessages.oneValue)
    }
    let made = try call.shop.variants.addValue(
      parent, attribute: attributes[0].name, value: attributes[0].values[0])
    return .lines(VariantMessages.created(made))
  }

  /// `polera talla S, M, L color negro, blanco` or `"polera piqué": talla …`:
  /// the parent's name, then each attribute (a word) and its values (one,
  /// or several separated by `, `). Without `:`, the word before the
  /// first value list is the first attribute, and what comes before it the
  /// product; a first attribute with a single value needs the `:`.
  static func parse(_ tokens: [Token]) throws -> (String, [VariantAttribute]) {
    var start: Int
    var name: [Token]
    if let colon = tokens.firstIndex(where: { $0.kind == .colon }) {
      name = Array(tokens[..<colon])
      start = colon + 1
    } else if let comma = tokens.firstIndex(where: { $0.kind == .comma }), comma >= 3 {
      name = Array(tokens[..<(comma - 2)])
      start = comma - 2
    } else if tokens.count >= 3 {
      // `agregar variante polera talla XL`: the last two words.
      name = Array(tokens.dropLast(2))
      start = tokens.count - 2
    } else {
      throw ShellError(VariantMessages.badDefinition)
    }
    guard !name.isEmpty else { throw ShellError(VariantMessages.badDefinition) }
    var attributes: [VariantAttribute] = []
    var j = start
    while j < tokens.count {
      guard tokens[j].kind == .word || tokens[j].kind == .quoted, j + 1 < tokens.count,
        tokens[j + 1].kind != .comma
      else { throw ShellError(VariantMessages.badDefinition, at: tokens[j]) }
      var attribute = VariantAttribute(name: tokens[j].text, values: [tokens[j + 1].text])
      j += 2
      while j + 1 < tokens.count, tokens[j].kind == .comma, tokens[j + 1].kind != .comma {
        attribute.values.append(tokens[j + 1].text)
        j += 2
      }
      attributes.append(attribute)
    }
    return (name.map(\.text).joined(separator: " "), attributes)
  }
}
