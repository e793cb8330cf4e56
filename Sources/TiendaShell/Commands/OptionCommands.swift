import TiendaCore

/// Option groups (issue 22): `crear opciones`, `asignar opciones`, `quitar
/// opciones`, `listar opciones`, `ver opciones`. Chosen in a sale in
/// parentheses after the product: `vender completo (palta, tomate)`.
enum OptionCommands {
  static let all: [CommandSpec] = [create, assign, unassign, list, show]

  /// One word (or quoted): the options follow it, after `:` or not.
  static let newGroup = RequiredParam<String>.positional(
    "grupo", .text, placeholder: "<grupo>:",
    help: "El nombre del grupo, una palabra o entre comillas (agregados, \"pan a elección\").")
  static let group = RequiredParam<String>.positional(
    "grupo", .name, placeholder: "<grupo>", help: "El grupo de opciones.",
    completion: .optionGroups)
  static let options = RequiredParam<[String]>.positional(
    "opciones", placeholder: "<opción> [$precio], …",
    help: "Cada opción con su precio; sin precio, gratis.")
  static let maximum = Param<Int64>.option(
    "máximo", placeholder: "<n>", help: "Cuántas se pueden elegir como máximo.")
  static let required = FlagParam("obligatorio", help: "Hay que elegir al menos una.")
  static let product = RequiredParam<String>.option(
    "a", .name, key: "producto", placeholder: "<producto>", help: "El producto que las ofrece.",
    completion: .products)
  static let fromProduct = RequiredParam<String>.option(
    "de", .name, key: "producto", placeholder: "<producto>", help: "El producto.",
    completion: .products)

  static let create = CommandSpec(
    "crear opciones", group: .catalog,
    summary: "Crea un grupo de opciones con precio (agregados de un completo, salsas).",
    details: """
      Cada opción lleva su precio (o ninguno: gratis). Con «máximo N» no se eligen más de N;
      con «obligatorio» hay que elegir al menos una. Asígnelas a productos con «asignar
      opciones» y véndalas entre paréntesis: vender completo (palta, tomate).
      """,
    params: [newGroup.spec, options.spec, maximum.spec, required.spec],
    examples: [
      "crear opciones agregados: palta $500, tomate $300, mayo máximo 3",
      "crear opciones pan: blanco, integral obligatorio máximo 1",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let currency = call.shop.settings.currency
    let drafts = try call[options].map { try draft($0, currency) }
    let info = try call.shop.options.create(
      OptionGroupDraft(
        name: try call[newGroup], options: drafts, maximum: call[maximum],
        required: call[required]))
    return .message(OptionMessages.created(info, currency))
  }

  static let assign = CommandSpec(
    "asignar opciones", group: .catalog,
    summary: "Hace que un producto ofrezca un grupo de opciones.",
    params: [group.spec, product.spec],
    examples: ["asignar opciones agregados a completo"],
    mutates: true, right: .editCatalog
  ) { call in
    let (info, product) = try call.shop.options.assign(try call[group], to: try call[product])
    return .message(OptionMessages.assigned(info, product))
  }

  static let unassign = CommandSpec(
    "quitar opciones", group: .catalog,
    summary: "Hace que un producto deje de ofrecer un grupo de opciones.",
    params: [group.spec, fromProduct.spec],
    examples: ["quitar opciones agregados de completo"],
    mutates: true, right: .editCatalog
  ) { call in
    let (info, product) = try call.shop.options.unassign(
      try call[group], from: try call[fromProduct])
    return .message(OptionMessages.unassigned(info, product))
  }

  static let list = CommandSpec(
    "listar opciones", aliases: ["opciones"], group: .catalog,
    summary: "Lista los grupos de opciones: cada opción, su precio y los productos que la ofrecen.",
    examples: ["listar opciones", "listar opciones como csv"], listing: true,
    access: .loggedIn
  ) { call in
    let groups = try call.shop.options.list()
    if groups.isEmpty && call.format == nil { return .message(OptionMessages.none) }
    return .table(OptionTables.groups(groups))
  }

  static let show = CommandSpec(
    "ver opciones", group: .catalog,
    summary: "Muestra un grupo de opciones: sus opciones, precios, reglas y productos.",
    params: [group.spec], examples: ["ver opciones agregados"], listing: true,
    access: .loggedIn
  ) { call in
    .table(OptionTables.groups([try call.shop.options.group(try call[group])]))
  }

  /// `palta $500`, `palta 500`, `mayo`: the name, and the price when the
  /// last word is an amount.
  static func draft(_ text: String, _ currency: Currency) throws -> OptionDraft {
    var words = text.split(separator: " ").map(String.init)
    guard let last = words.last else { throw ShellError(OptionMessages.missingOptions) }
    var price = Money.zero
    if words.count >= 2, Parser.looksLikePrice(last) {
      price = try Literals.money(
        Token(kind: .word, text: last, column: 1, length: last.count), currency: currency)
      words.removeLast()
    } else if Parser.looksLikePrice(last) {
      throw ShellError(OptionMessages.badOption(text))
    }
    // A name is chosen inside `( … )` later: no brackets or parentheses (nor
    // `[máximo 3]` copied from the usage), and no second price.
    if words.contains(where: { $0.first == "$" }) {
      throw ShellError(OptionMessages.badOption(text))
    }
    if words.joined().contains(where: { "()[]".contains($0) }) {
      throw ShellError(OptionMessages.bracketInName(text))
    }
    return OptionDraft(name: words.joined(separator: " "), price: price)
  }
}
