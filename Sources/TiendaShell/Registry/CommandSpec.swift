import TiendaCore

/// The type of value a parameter takes.
public enum ParamKind: Sendable, Equatable {
  /// Words up to the next keyword of the command, `, ` or `;`; or one quoted text.
  case name
  /// One word or one quoted text.
  case text
  case money
  case quantity
  case percent
  case rut
  case date
  /// `hoy`, `ayer`, `semana`, `mes`, `año`, a date, or `desde <fecha> [hasta <fecha>]`.
  case period
  case yesNo
  case integer
  /// One of a fixed list of words (shown as typed in the list).
  case choice([String])
  /// A keyword alone, without a value (`listar productos borrados`).
  case flag
  /// Words separated by `, ` up to the next keyword (`impuestos iva, ila`).
  case list
  /// `+10`, `-3` or `=25` (with an optional unit: `+500 g`).
  case adjustment
  /// Kit components: `1 pan amasado, 2 té` (quantity, then a product name).
  case components
  /// Sale items: `2 empanada pino, 0,75 kg tomate, 2 pan a 300, importe 1000 tomate`.
  case saleItems
  /// Payments: `efectivo 10000`, `débito ref 123456`, `efectivo 5000, débito`.
  case payments
  /// Amounts by payment method's name, wherever the keywords leave room
  /// (`cerrar caja 154300 amipass 12000 cheque 3000`): a word that starts
  /// with a letter, then an amount. Never read as a positional.
  case methodAmounts
  /// Every token to the end of the command, for the handler to read
  /// (`ejecutar archivo args…`, `verificar stock EMP01 >= 10`).
  case rest
}

/// Where Tab completion finds values for a parameter.
public enum CompletionSource: Sendable, Equatable {
  case categories
  case registers
  case zones
  case currencies
  case commands
  case products
  case users
  case roles
  case taxes
  /// Payment methods (all of them: the active ones after `pagar`).
  case paymentMethods
  /// Active customers, groups of customers, price lists (issue 16).
  case customers
  case customerGroups
  case priceLists

  /// Active suppliers.
  case suppliers
  /// Option groups (issue 22).
  case optionGroups
  /// Active sellers (issue 22).
  case sellers
  /// Promotions (issue 19).
  case promotions
}

/// One parameter of a command: positional (no keyword) or `clave valor`.
public struct ParamSpec: Sendable {
  public let key: String
  public let keyword: String?
  public let kind: ParamKind
  public let required: Bool
  /// Shown in usage: `<nombre>`, `"…"`.
  public let placeholder: String
  public let help: String
  public let completion: CompletionSource?
  /// A word meaning "none" that clears the value (`padre ninguna`).
  public let noneWord: String?
  /// A secret (a PIN): masked in the journal and keeps the line out of history.
  public var secret = false
  /// Run by the parser on the value read, before the handler (`Param.swift`).
  public var validate: (@Sendable (ArgValue) throws -> Void)? = nil

  public static func positional(
    _ key: String, _ kind: ParamKind, required: Bool = true, placeholder: String,
    help: String, completion: CompletionSource? = nil
  ) -> ParamSpec {
    ParamSpec(
      key: key, keyword: nil, kind: kind, required: required, placeholder: placeholder,
      help: help, completion: completion, noneWord: nil)
  }

  /// `clave valor`. A `required` option shows without brackets in the
  /// usage; its handler refuses the command without it.
  public static func option(
    _ keyword: String, _ kind: ParamKind, key: String? = nil, required: Bool = false,
    placeholder: String, help: String, completion: CompletionSource? = nil,
    noneWord: String? = nil
  ) -> ParamSpec {
    ParamSpec(
      key: key ?? keyword, keyword: keyword, kind: kind, required: required,
      placeholder: placeholder, help: help, completion: completion, noneWord: noneWord)
  }

  /// `[padre <categoría>]` or `<nombre>`.
  public var usage: String {
    var text = placeholder
    if case .choice(let words) = kind { text = words.joined(separator: "|") }
    if case .yesNo = kind { text = "sí|no" }
    if case .flag = kind { return "[" + (keyword ?? key) + "]" }
    if let keyword { text = keyword + " " + text }
    return required ? text : "[" + text + "]"
  }
}

/// Groups shown by `ayuda`, in this order.
public enum CommandGroup: String, CaseIterable, Sendable {
  case shop = "Tienda"
  case catalog = "Catálogo"
  case stock = "Inventario"
  case users = "Usuarios"
  case audit = "Bitácora y base"
  case sale = "Venta"
  case customers = "Clientes"
  case cash = "Caja"
  case reports = "Informes"
  case expenses = "Gastos"
  case printing = "Impresión"
  case shell = "Shell"
}

/// What a command hands back for the shell to show.
public enum CommandResult {
  case none
  case message(String)
  case lines([String])
  case table(Table)
  /// A listing too long to hold (a year of sales): written row by row.
  case stream(RowStream)
  case record(Record)
  case exit
}

/// Who may run a command (DESIGN.md §8.5). Every command declares one:
/// there is no default, so a new command cannot forget it.
public enum Access: Sendable, Equatable {
  /// Runs logged out too: the locked screen of §8.5 (`entrar`, `ayuda`,
  /// `salir`, `buscar`, `stock`, `ver producto`).
  case anyone
  /// Needs someone logged in (once users exist), whatever their role.
  case loggedIn
  /// Needs a logged-in user whose role has this right.
  case right(Right)

  /// The right it needs, if any.
  public var right: Right? {
    if case .right(let r) = self { return r }
    return nil
  }
}

/// A command, declared once: words, parameters, help, examples and handler.
/// Parsing, `ayuda`, completion and `Docs/comandos.md` all read it.
public struct CommandSpec: Sendable {
  public let words: [String]
  public let aliases: [[String]]
  public let group: CommandGroup
  public let summary: String
  public let details: String?
  public let params: [ParamSpec]
  public let examples: [String]
  /// Lists or reports: accepts `como tabla|csv|json` and `> archivo`.
  public let listing: Bool
  /// Changes the shop file (its handler goes through `Shop.mutate`).
  public let mutates: Bool
  /// Who may run it; checked once, by the runner, before the handler.
  public let access: Access
  public let run: @Sendable (Invocation) throws -> CommandResult

  /// The right a user needs, if any.
  public var right: Right? { access.right }

  /// A command that needs `right`.
  public init(
    _ words: String, aliases: [String] = [], group: CommandGroup, summary: String,
    details: String? = nil, params: [ParamSpec] = [], examples: [String] = [],
    listing: Bool = false, mutates: Bool = false, right: Right,
    run: @escaping @Sendable (Invocation) throws -> CommandResult
  ) {
    self.init(
      words, aliases: aliases, group: group, summary: summary, details: details, params: params,
      examples: examples, listing: listing, mutates: mutates, access: .right(right), run: run)
  }

  /// A command open to anyone logged in (`.loggedIn`) or even logged out
  /// (`.anyone`).
  public init(
    _ words: String, aliases: [String] = [], group: CommandGroup, summary: String,
    details: String? = nil, params: [ParamSpec] = [], examples: [String] = [],
    listing: Bool = false, mutates: Bool = false, access: Access,
    run: @escaping @Sendable (Invocation) throws -> CommandResult
  ) {
    self.words = spaceSeparatedWords(words)
    self.aliases = aliases.map(spaceSeparatedWords)
    self.group = group
    self.summary = summary
    self.details = details
    self.params = params
    self.examples = examples
    self.listing = listing
    self.mutates = mutates
    self.access = access
    self.run = run
  }

  public var name: String { words.joined(separator: " ") }

  /// Keywords that end a bare name: the options, plus `como` on listings.
  public var keywords: [String] {
    params.compactMap(\.keyword) + (listing ? ["como"] : [])
  }

  public var usage: String {
    var parts = [name] + params.map(\.usage)
    if listing { parts.append("[como tabla|csv|json] [> archivo]") }
    return parts.joined(separator: " ")
  }
}

/// `"cerrar caja"` → `["cerrar", "caja"]`, split on the byte of a space.
/// Every command is declared on every start: `String.split` compares
/// Characters (grapheme breaking) and cost about 1,6 M instructions there.
func spaceSeparatedWords(_ text: String) -> [String] {
  text.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
}
