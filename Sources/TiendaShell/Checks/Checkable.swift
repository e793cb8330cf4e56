import TiendaCore

/// A value `verificar` reads, already typed so it can be compared with what
/// the script wrote after the operator.
public enum CheckValue: Equatable {
  /// A quantity in a product's unit (`stock EMP01`).
  case quantity(Quantity, ProductUnit)
  case money(Money)
  /// A count (`ventas hoy`, `sostenidas`).
  case count(Int64)
  /// Yes or no (`existe producto EMP01`, `caja cuadrada`).
  case truth(Bool)
}

/// What reading a value found: the value and how to name it in messages
/// (`stock de «Empanada de pino»`).
public struct CheckReading {
  public let value: CheckValue
  public let subject: String

  public init(_ value: CheckValue, subject: String) {
    self.value = value
    self.subject = subject
  }
}

/// One readable value of `verificar`: its words, whether it takes an
/// argument (a product, a period…), help text, and how to read it.
///
/// The set is data: `verificar`'s parsing, its help and `Docs/comandos.md`
/// come from `Checkable.all`. Sales and the register add theirs by
/// appending a list to `all`.
public struct Checkable: Sendable {
  public let words: [String]
  /// Placeholder of the argument (`<producto>`), nil when there is none.
  public let argument: String?
  /// One line for the help: what the value is.
  public let help: String
  /// The right reading it needs beyond `verificar`'s own (money figures
  /// need `ver-informes`, DESIGN.md §8.5).
  public let right: Right?
  public let read: @Sendable (ShellContext, String?) throws -> CheckReading

  public init(
    _ words: String, argument: String? = nil, help: String, right: Right? = nil,
    read: @escaping @Sendable (ShellContext, String?) throws -> CheckReading
  ) {
    self.words = spaceSeparatedWords(words)
    self.argument = argument
    self.help = help
    self.right = right
    self.read = read
  }

  public var name: String { words.joined(separator: " ") }

  /// `stock <producto>`.
  public var usage: String { argument.map { name + " " + $0 } ?? name }

  /// Every value `verificar` knows.
  public static let all: [Checkable] = CatalogChecks.all + SaleChecks.all + CashChecks.all

  /// The list shown by `ayuda verificar` and `Docs/comandos.md`.
  static var documentation: String {
    "Valores que se pueden verificar: "
      + all.map { "«\($0.usage)» (\($0.help))" }.joined(separator: "; ")
      + ". Los valores sí/no se verifican solos («verificar existe producto EMP01») o con = sí, = no."
  }
}

/// Values of the catalog.
enum CatalogChecks {
  static let all: [Checkable] = [stock, productExists]

  static let stock = Checkable(
    "stock", argument: "<producto>", help: "el stock de un producto, en su unidad"
  ) { context, query in
    let product = try context.shop.catalog.findProduct(query ?? "")
    if product.isKit { throw CoreError.kitHasNoStock(product.name) }
    return CheckReading(
      .quantity(product.stock, product.unit), subject: "stock de «\(product.name)»")
  }

  static let productExists = Checkable(
    "existe producto", argument: "<producto>",
    help: "sí si hay un producto activo con ese nombre, SKU o código"
  ) { context, query in
    let text = query ?? ""
    do {
      let product = try context.shop.catalog.findProduct(text)
      return CheckReading(.truth(product.active), subject: "existe producto «\(text)»")
    } catch CoreError.notFound, CoreError.productInactive {
      return CheckReading(.truth(false), subject: "existe producto «\(text)»")
    }
  }
}
