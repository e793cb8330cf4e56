import TiendaCore

// Typed parameters (issue 14, item 3): a parameter is declared once with
// its type; `spec` is the `ParamSpec` that drives parsing, help, completion
// and the docs; the handler reads `call[param]` with that type.
//
// ```swift
// static let price = Param<Money>.option("precio", placeholder: "<monto>", help: "Precio.")
// static let name = RequiredParam<String>.positional("nombre", .name, placeholder: "<nombre>",
//   help: "Nombre.")
// static let parent = ClearableParam<String>.option("padre", .name, placeholder: "<categoría>|ninguna",
//   help: "…", noneWord: "ninguna")
// static let deleted = FlagParam("borrados", help: "Incluye los borrados.")
// … CommandSpec(…, params: [name.spec, price.spec, parent.spec, deleted.spec]) { call in
//   let name = try call[name]      // String: the parser refused the line without it
//   let price = call[price]        // Money?
//   let parent = call[parent]      // Clearable<String>: .notGiven, .cleared or .value(…)
//   let all = call[deleted]        // Bool
// }
// ```

/// A Swift type a parameter reads, with the `ParamKind` it parses by default.
public protocol ParamValue: SendableMetatype {
  static var paramKind: ParamKind { get }
  static func paramValue(_ argument: ArgValue) -> Self?
}

/// An element of a list-valued parameter (`[String]`, `[SaleItemRequest]`…).
public protocol ParamListItem: SendableMetatype {
  static var listKind: ParamKind { get }
  static func listValue(_ argument: ArgValue) -> [Self]?
}

extension Array: ParamValue where Element: ParamListItem {
  public static var paramKind: ParamKind { Element.listKind }
  public static func paramValue(_ argument: ArgValue) -> [Element]? { Element.listValue(argument) }
}

/// `.text`, `.name` and `.choice([…])` (the word as listed) read as `String`.
extension String: ParamValue, ParamListItem {
  public static var paramKind: ParamKind { .text }
  public static func paramValue(_ argument: ArgValue) -> String? {
    switch argument {
    case .text(let s), .choice(let s): return s
    default: return nil
    }
  }
  /// `.list`: words separated by `, `.
  public static var listKind: ParamKind { .list }
  public static func listValue(_ argument: ArgValue) -> [String]? {
    if case .list(let items) = argument { return items }
    return nil
  }
}

/// `.yesNo` (`sí|no`); a `.flag` reads `true` (see `FlagParam`).
extension Bool: ParamValue {
  public static var paramKind: ParamKind { .yesNo }
  public static func paramValue(_ argument: ArgValue) -> Bool? {
    switch argument {
    case .bool(let b): return b
    case .flag: return true
    default: return nil
    }
  }
}

/// A quantity as written, with its unit if one was written (`0,75 kg`).
public struct QuantityArg: Sendable {
  public let quantity: Quantity
  public let unit: Quantity.Unit?
}

extension QuantityArg: ParamValue {
  public static var paramKind: ParamKind { .quantity }
  public static func paramValue(_ argument: ArgValue) -> QuantityArg? {
    if case .quantity(let q, let u) = argument { return QuantityArg(quantity: q, unit: u) }
    return nil
  }
}

extension Money: ParamValue {
  public static var paramKind: ParamKind { .money }
  public static func paramValue(_ argument: ArgValue) -> Money? {
    if case .money(let m) = argument { return m }
    return nil
  }
}

extension Percent: ParamValue {
  public static var paramKind: ParamKind { .percent }
  public static func paramValue(_ argument: ArgValue) -> Percent? {
    if case .percent(let p) = argument { return p }
    return nil
  }
}

extension Rut: ParamValue {
  public static var paramKind: ParamKind { .rut }
  public static func paramValue(_ argument: ArgValue) -> Rut? {
    if case .rut(let r) = argument { return r }
    return nil
  }
}

extension LocalDate: ParamValue {
  public static var paramKind: ParamKind { .date }
  public static func paramValue(_ argument: ArgValue) -> LocalDate? {
    if case .date(let d) = argument { return d }
    return nil
  }
}

extension Period: ParamValue {
  public static var paramKind: ParamKind { .period }
  public static func paramValue(_ argument: ArgValue) -> Period? {
    if case .period(let p) = argument { return p }
    return nil
  }
}

extension Int64: ParamValue {
  public static var paramKind: ParamKind { .integer }
  public static func paramValue(_ argument: ArgValue) -> Int64? {
    if case .integer(let i) = argument { return i }
    return nil
  }
}

extension StockAdjustment: ParamValue {
  public static var paramKind: ParamKind { .adjustment }
  public static func paramValue(_ argument: ArgValue) -> StockAdjustment? {
    if case .adjustment(let a) = argument { return a }
    return nil
  }
}

extension KitComponentInput: ParamListItem {
  public static var listKind: ParamKind { .components }
  public static func listValue(_ argument: ArgValue) -> [KitComponentInput]? {
    if case .components(let items) = argument { return items }
    return nil
  }
}

extension SaleItemRequest: ParamListItem {
  public static var listKind: ParamKind { .saleItems }
  public static func listValue(_ argument: ArgValue) -> [SaleItemRequest]? {
    if case .saleItems(let items) = argument { return items }
    return nil
  }
}

/// `amipass 12000` in `cerrar caja`: a method's name as typed and an amount.
public struct MethodAmount: ParamListItem, Sendable, Equatable {
  public let name: String
  public let amount: Money

  public static var listKind: ParamKind { .methodAmounts }
  public static func listValue(_ argument: ArgValue) -> [MethodAmount]? {
    if case .methodAmounts(let items) = argument { return items }
    return nil
  }
}

extension PaymentRequest: ParamListItem {
  public static var listKind: ParamKind { .payments }
  public static func listValue(_ argument: ArgValue) -> [PaymentRequest]? {
    if case .payments(let items) = argument { return items }
    return nil
  }
}

/// `.rest`: every token to the end of the command, as written.
extension Token: ParamListItem {
  public static var listKind: ParamKind { .rest }
  public static func listValue(_ argument: ArgValue) -> [Token]? {
    if case .tokens(let tokens) = argument { return tokens }
    return nil
  }
}

/// A check run by the parser once the value is read, before the handler
/// (swift-argument-parser's `validate()`). A `ShellError` without a column
/// is pointed at the argument as written.
public typealias ParamCheck<Value> = @Sendable (Value) throws -> Void

extension ParamSpec {
  fileprivate func checking<Value: ParamValue>(_ check: ParamCheck<Value>?) -> ParamSpec {
    guard let check else { return self }
    var spec = self
    spec.validate = { argument in
      if let value = Value.paramValue(argument) { try check(value) }
    }
    return spec
  }
}

/// An optional parameter: `call[param]` is `Value?`.
public struct Param<Value: ParamValue>: Sendable {
  public let spec: ParamSpec

  /// A positional parameter that may be left out.
  public static func positional(
    _ key: String, _ kind: ParamKind = Value.paramKind, placeholder: String, help: String,
    completion: CompletionSource? = nil, validate: ParamCheck<Value>? = nil
  ) -> Param {
    Param(
      spec: ParamSpec.positional(
        key, kind, required: false, placeholder: placeholder, help: help, completion: completion
      ).checking(validate))
  }

  /// `clave valor`, optional.
  public static func option(
    _ keyword: String, _ kind: ParamKind = Value.paramKind, key: String? = nil,
    placeholder: String, help: String, completion: CompletionSource? = nil,
    validate: ParamCheck<Value>? = nil
  ) -> Param {
    Param(
      spec: ParamSpec.option(
        keyword, kind, key: key, placeholder: placeholder, help: help, completion: completion
      ).checking(validate))
  }
}

/// A required parameter: `try call[param]` is `Value`. The parser refuses
/// a line without a required positional; a required option (shown without
/// brackets) is refused when the handler reads it: reading a missing value
/// throws the parser's own "Falta … en «comando»." (never a trap).
public struct RequiredParam<Value: ParamValue>: Sendable {
  public let spec: ParamSpec

  public static func positional(
    _ key: String, _ kind: ParamKind = Value.paramKind, placeholder: String, help: String,
    completion: CompletionSource? = nil, validate: ParamCheck<Value>? = nil
  ) -> RequiredParam {
    RequiredParam(
      spec: ParamSpec.positional(
        key, kind, required: true, placeholder: placeholder, help: help, completion: completion
      ).checking(validate))
  }

  /// `clave valor` shown without brackets in the usage.
  public static func option(
    _ keyword: String, _ kind: ParamKind = Value.paramKind, key: String? = nil,
    placeholder: String, help: String, completion: CompletionSource? = nil,
    validate: ParamCheck<Value>? = nil
  ) -> RequiredParam {
    RequiredParam(
      spec: ParamSpec.option(
        keyword, kind, key: key, required: true, placeholder: placeholder, help: help,
        completion: completion
      ).checking(validate))
  }
}

/// What an option with a "none" word (`padre ninguna`) was given.
public enum Clearable<Value> {
  case notGiven
  /// The none word: clear the value.
  case cleared
  case value(Value)

  /// As a change: nil (leave it), `.some(nil)` (clear it), `.some(v)`.
  public var update: Value?? {
    switch self {
    case .notGiven: return nil
    case .cleared: return .some(nil)
    case .value(let v): return .some(v)
    }
  }
}

/// `clave valor|ninguna`: `call[param]` is a `Clearable<Value>`.
public struct ClearableParam<Value: ParamValue>: Sendable {
  public let spec: ParamSpec

  public static func option(
    _ keyword: String, _ kind: ParamKind = Value.paramKind, key: String? = nil,
    placeholder: String, help: String, completion: CompletionSource? = nil,
    noneWord: String, validate: ParamCheck<Value>? = nil
  ) -> ClearableParam {
    ClearableParam(
      spec: ParamSpec.option(
        keyword, kind, key: key, placeholder: placeholder, help: help, completion: completion,
        noneWord: noneWord
      ).checking(validate))
  }
}

/// A keyword alone (`listar productos borrados`): `call[param]` is `Bool`.
public struct FlagParam: Sendable {
  public let spec: ParamSpec

  public init(_ keyword: String, key: String? = nil, help: String) {
    spec = .option(keyword, .flag, key: key, placeholder: "", help: help)
  }
}

extension Invocation {
  public subscript<Value>(_ param: Param<Value>) -> Value? {
    arguments[param.spec.key].flatMap(Value.paramValue)
  }

  public subscript<Value>(_ param: RequiredParam<Value>) -> Value {
    get throws {
      guard let value = arguments[param.spec.key].flatMap(Value.paramValue) else {
        throw ShellError(
          Messages.missingArgument(param.spec.placeholder, command: spec.name),
          hint: Messages.usage(spec.usage))
      }
      return value
    }
  }

  public subscript<Value>(_ param: ClearableParam<Value>) -> Clearable<Value> {
    switch arguments[param.spec.key] {
    case nil: return .notGiven
    case .none?: return .cleared
    case let argument?: return Value.paramValue(argument).map { .value($0) } ?? .notGiven
    }
  }

  public subscript(_ param: FlagParam) -> Bool {
    if case .flag? = arguments[param.spec.key] { return true }
    return false
  }
}

extension Parser {
  /// Runs each parameter's `validate` on the value read (after the whole
  /// line parsed, before the handler); a `ShellError` without a column
  /// points at the argument.
  static func validate(
    _ spec: CommandSpec, _ arguments: [String: ArgValue],
    spans: [String: (column: Int, length: Int)]
  ) throws {
    for param in spec.params {
      guard let check = param.validate, let argument = arguments[param.key] else { continue }
      do {
        try check(argument)
      } catch var error as ShellError {
        if error.column == nil, let span = spans[param.key] {
          error.column = span.column
          error.length = max(1, span.length)
        }
        throw error
      }
    }
  }
}
