import TiendaCore

/// Spanish wording of variants (issue 22).
enum VariantMessages {
  static func created(_ made: [Product]) -> [String] {
    [made.count == 1 ? "1 variante creada:" : "\(made.count) variantes creadas:"]
      + made.map { "  \($0.sku)  \($0.name)" }
      + ["Cada una tiene su stock (0): ajustar stock <sku> +10"]
  }

  static let badDefinition =
    "No entiendo las variantes. Escriba el producto y cada atributo con sus valores, p. ej.:"
    + " crear variantes polera talla S, M, L color negro, blanco"
  static let oneValue =
    "Agregue un valor a la vez, p. ej.: agregar variante polera talla XL"
}

extension VariantError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .repeatedAttribute(let a):
      return
        "El atributo «\(a)» está dos veces. Escriba todos sus valores juntos, p. ej.: talla S, M, L"
    case .noAttributes: return VariantMessages.badDefinition
    case .noValues(let a): return "El atributo «\(a)» necesita al menos un valor."
    case .repeatedValue(let a, let v):
      return "El valor «\(v)» está dos veces en «\(a)». Escríbalo una sola vez."
    case .tooMany(let count, let maximum):
      return "Serían \(count) variantes; el máximo es \(maximum). Cree menos valores."
    case .parentIsVariant(let name):
      return "«\(name)» ya es una variante: las variantes se crean desde el producto padre."
    case .alreadyHasVariants(let name):
      return
        "«\(name)» ya tiene variantes. Para otro valor: agregar variante \(name) <atributo> <valor>"
    case .noVariants(let name):
      return "«\(name)» no tiene variantes. Créelas con: crear variantes \(name) talla S, M"
    case .unknownAttribute(let a, let product, let known):
      return "«\(product)» no tiene el atributo «\(a)»; tiene: " + Messages.orList(known) + "."
    case .valueExists(let a, let v):
      return "«\(a)» ya tiene el valor «\(v)»."
    }
  }
}
