import TiendaCore

/// Spanish wording of option groups (issue 22): what the commands say and
/// their refusals (`OptionError`).
enum OptionMessages {
  static func created(_ g: OptionGroupInfo, _ currency: Currency) -> String {
    "Opciones «\(g.name)» creadas: " + list(g.options, currency) + rules(g)
      + ". Asígnelas con: asignar opciones \(g.name) a <producto>"
  }

  static func assigned(_ g: OptionGroupInfo, _ product: Product) -> String {
    "«\(product.name)» ofrece ahora las opciones «\(g.name)». Véndalo con: vender \(product.name)"
      + " (\(g.options.first?.name ?? ""))"
  }

  static func unassigned(_ g: OptionGroupInfo, _ product: Product) -> String {
    "«\(product.name)» ya no ofrece las opciones «\(g.name)»."
  }

  static func list(_ options: [OptionInfo], _ currency: Currency) -> String {
    options.map { $0.name + " " + price($0.price, currency) }.joined(separator: ", ")
  }

  static func price(_ m: Money, _ currency: Currency) -> String {
    m == .zero ? "gratis" : TextFormat.money(m, currency)
  }

  static func rules(_ g: OptionGroupInfo) -> String {
    var parts: [String] = []
    if let maximum = g.maximum { parts.append("máximo \(maximum)") }
    if g.required { parts.append("obligatorio") }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
  }

  /// An option under its line (ticket, sale): `+ palta $500`.
  static func line(_ name: String, _ price: Money, _ currency: Currency) -> String {
    "       + " + name + (price == .zero ? "" : " " + TextFormat.money(price, currency))
  }

  static let unclosedParenthesis =
    "Falta el «)» que cierra las opciones. Escriba, p. ej.: vender completo (palta, tomate)."
    + " Un producto con paréntesis en el nombre va entre comillas: \"Bebida (1,5 lt)\"."
  static let missingOptions =
    "Faltan las opciones. Escriba, p. ej.: crear opciones agregados: palta $500, tomate $300"
  static func badOption(_ text: String) -> String {
    "No entiendo la opción «\(text)». Escriba el nombre y, si tiene precio, el monto al final:"
      + " palta $500"
  }
  static func bracketInName(_ text: String) -> String {
    "«\(text)»: el nombre de una opción no lleva paréntesis ni corchetes (se elige entre"
      + " paréntesis al vender). Los corchetes del uso marcan lo optativo: escriba, p. ej.:"
      + " crear opciones agregados: palta $500, mayo máximo 3 obligatorio"
  }
  static let none = "No hay grupos de opciones. Cree uno con: crear opciones agregados: palta $500"
}

/// Headings of `listar opciones` and `ver opciones`.
enum OptionsHeadings {
  static let group = "Grupo"
  static let option = "Opción"
  static let price = "Precio"
  static let maximum = "Máximo"
  static let required = "Obligatorio"
  static let products = "Productos"
}

extension OptionError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .noOptions(let group):
      return "El grupo «\(group)» necesita al menos una opción: crear opciones \(group): palta $500"
    case .repeatedOption(let group, let option):
      return "La opción «\(option)» está dos veces en «\(group)». Escríbala una sola vez."
    case .badPrice(let option):
      return "El precio de «\(option)» debe ser cero o más (y no pasar de $1.000.000.000.000)."
    case .badMaximum(let maximum):
      return "«máximo \(maximum)» no sirve: el máximo es 1 o más."
    case .alreadyAssigned(let group, let product):
      return "«\(product)» ya ofrece las opciones «\(group)»."
    case .notAssigned(let group, let product):
      return "«\(product)» no ofrece las opciones «\(group)»; vea: ver opciones \(group)"
    case .productHasNoOptions(let product):
      return "«\(product)» no tiene opciones. Quite el paréntesis, o asígnele unas con:"
        + " asignar opciones <grupo> a \(product). Si el paréntesis es parte del nombre, escriba"
        + " el nombre entre comillas: \"Bebida (1,5 lt)\"."
    case .unknownOption(let option, let product, let suggestion):
      return "«\(product)» no tiene la opción «\(option)»."
        + (suggestion.map { " ¿Quiso decir «\($0)»?" } ?? " Vea sus opciones con: listar opciones")
    case .chosenTwice(let option):
      return "La opción «\(option)» está dos veces en la línea. Escríbala una sola vez."
    case .tooMany(let group, let maximum):
      return "Las opciones «\(group)» admiten como máximo \(maximum)"
        + (maximum == 1 ? " elección" : " elecciones") + ". Quite alguna."
    case .requiredMissing(let group, let options):
      return "Falta elegir de «\(group)» (obligatorio): " + Messages.orList(options)
        + ". Escríbala entre paréntesis después del producto, p. ej.: (\(options.first ?? ""))"
    case .notWithAmount(let product):
      return "«importe» fija el monto de la línea: no se combina con opciones de «\(product)»."
        + " Venda \(product) con sus opciones sin «importe»."
    }
  }
}
