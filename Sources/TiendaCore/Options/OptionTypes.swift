/// An option chosen on a line (`completo (palta, tomate)`): its group, its
/// name and its price, added to the line's unit price.
public struct OptionChoice: Sendable, Equatable {
  public let id: Int64
  public let group: String
  public let name: String
  public let price: Money

  public init(id: Int64, group: String, name: String, price: Money) {
    self.id = id
    self.group = group
    self.name = name
    self.price = price
  }
}

extension [OptionChoice] {
  /// What the options add to one unit of the line.
  public var price: Money { reduce(.zero) { $0 + $1.price } }
}

/// One option of `crear opciones` as written (`palta $500`, `mayo`).
public struct OptionDraft: Sendable, Equatable {
  public var name: String
  public var price: Money

  public init(name: String, price: Money) {
    self.name = name
    self.price = price
  }
}

/// `crear opciones agregados: palta $500, tomate $300, mayo máximo 3 obligatorio`.
public struct OptionGroupDraft: Sendable, Equatable {
  public var name: String
  public var options: [OptionDraft]
  public var maximum: Int64?
  public var required: Bool

  public init(name: String, options: [OptionDraft], maximum: Int64? = nil, required: Bool = false) {
    self.name = name
    self.options = options
    self.maximum = maximum
    self.required = required
  }
}

/// An option of a group, as stored.
public struct OptionInfo: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let price: Money
}

/// A group of options with the products that offer it.
public struct OptionGroupInfo: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let maximum: Int64?
  public let required: Bool
  public var options: [OptionInfo]
  public var products: [String]
}

/// Refusals of option groups and of the options chosen on a line.
public enum OptionError: Error, Equatable {
  /// `crear opciones agregados` without options.
  case noOptions(group: String)
  /// The same option twice in a group.
  case repeatedOption(group: String, option: String)
  /// A negative price, or one past the limit of an amount.
  case badPrice(option: String)
  /// `máximo 0`, or a maximum a required group cannot meet.
  case badMaximum(Int64)
  case alreadyAssigned(group: String, product: String)
  case notAssigned(group: String, product: String)
  /// Options written on a product that offers none.
  case productHasNoOptions(product: String)
  case unknownOption(option: String, product: String, suggestion: String?)
  /// The same option twice on a line.
  case chosenTwice(option: String)
  case tooMany(group: String, maximum: Int64)
  case requiredMissing(group: String, options: [String])
  /// `importe 1000 completo (palta)`: an amount is the whole line.
  case notWithAmount(product: String)
}

/// An option of a recorded sale line, as it was sold.
public struct SaleLineOption: Sendable, Equatable {
  public let group: String
  public let name: String
  public let price: Money
}
