/// A person or a company (issue 16).
public enum CustomerKind: String, Sendable, CaseIterable {
  case person = "persona"
  case company = "empresa"
}

/// A customer as stored, with its group and list resolved (names), and its
/// effective credit limit and price list (its own, else its group's).
public struct CustomerInfo: Sendable, Equatable {
  public let id: Int64
  /// Random id made at creation (DESIGN §8.15), for sync.
  public let globalID: String
  public let name: String
  public let rut: Rut?
  public let phone: String
  public let email: String
  public let address: String
  public let kind: CustomerKind
  public let groupID: Int64?
  public let groupName: String?
  /// The customer's own limit; nil means the group's.
  public let ownCreditLimit: Money?
  /// The group's limit (0 without a group).
  public let groupCreditLimit: Money
  /// The customer's own list; nil means the group's.
  public let ownPriceListID: Int64?
  public let ownPriceListName: String?
  public let groupPriceListID: Int64?
  public let groupPriceListName: String?
  /// The percentage off of the customer's own list and of the group's.
  public let ownListPercent: Percent?
  public let groupListPercent: Percent?
  public let note: String
  public let active: Bool
  public let createdAt: Int64

  /// The limit of fiado: the customer's own, else the group's; zero means
  /// no credit.
  public var creditLimit: Money { ownCreditLimit ?? groupCreditLimit }

  /// The price list that applies: the customer's own, else the group's.
  public var priceListID: Int64? { ownPriceListID ?? groupPriceListID }
  public var priceListName: String? {
    ownPriceListID != nil ? ownPriceListName : groupPriceListName
  }
  var priceListPercent: Percent? { ownPriceListID != nil ? ownListPercent : groupListPercent }
}

/// `crear cliente "Juan Pérez" rut … teléfono … grupo … límite … lista …`.
public struct CustomerDraft: Sendable {
  public var name: String
  public var rut: Rut?
  public var phone: String
  public var email: String
  public var address: String
  public var group: String?
  public var creditLimit: Money?
  public var priceList: String?
  public var note: String
  /// nil: inferred from the RUT (bodies from 50.000.000 are companies).
  public var kind: CustomerKind?

  public init(
    name: String, rut: Rut? = nil, phone: String = "", email: String = "", address: String = "",
    group: String? = nil, creditLimit: Money? = nil, priceList: String? = nil, note: String = "",
    kind: CustomerKind? = nil
  ) {
    self.name = name
    self.rut = rut
    self.phone = phone
    self.email = email
    self.address = address
    self.group = group
    self.creditLimit = creditLimit
    self.priceList = priceList
    self.note = note
    self.kind = kind
  }
}

/// A value that may be set, cleared (`ninguno`) or left as it is.
public enum FieldChange<T: Sendable>: Sendable {
  case keep
  case clear
  case set(T)

  var isKeep: Bool {
    if case .keep = self { return true }
    return false
  }
}

/// `editar cliente <cliente> <campo> <valor> …`: what to change.
public struct CustomerChanges: Sendable {
  public var name: String?
  public var rut: FieldChange<Rut> = .keep
  public var phone: String?
  public var email: String?
  public var address: String?
  public var group: FieldChange<String> = .keep
  public var creditLimit: FieldChange<Money> = .keep
  public var priceList: FieldChange<String> = .keep
  public var note: String?
  public var kind: CustomerKind?
  public var active: Bool?

  public init() {}

  var isEmpty: Bool {
    name == nil && rut.isKeep && phone == nil && email == nil && address == nil && group.isKeep
      && creditLimit.isKeep && priceList.isKeep && note == nil && kind == nil && active == nil
  }
}

/// Refusals about customers, groups and price lists.
public enum CustomerError: Error, Equatable {
  /// Another active customer has this RUT.
  case rutInUse(rut: Rut, customer: String)
  /// A phone with no digits.
  case badPhone(String)
  /// An e-mail without `@` or with spaces.
  case badEmail(String)
  /// Several customers answer to the same phone.
  case phoneShared(String, customers: [String])
  /// No customer with this RUT (a RUT typed to find one).
  case noCustomerWithRut(Rut)
  /// No customer with this phone.
  case noCustomerWithPhone(String)
  case alreadyInactive(String)
  case alreadyActive(String)
  /// A deactivated customer cannot be set on a ticket.
  case inactive(String)
  /// The ticket has no customer (`sin cliente` on one without).
  case ticketWithoutCustomer
  /// A list's fixed price beyond 10^12.
  case priceTooHigh
  /// `descuento` of a list outside 0…100 %.
  case badListPercent
  /// A list's name is one word: it is named unquoted in `precio <lista> …`.
  case listNameWithSpaces(String)
  /// A fixed list price of $0 would give the product away.
  case listPriceZero
  /// The ticket already has payments: its prices cannot change.
  case ticketHasPayments
  /// `importar clientes`: the same RUT on two lines of the file.
  case rutRepeatedInFile(rut: Rut, line: Int)
  /// `importar clientes`: two rows without RUT with the same name.
  case nameRepeatedInFile(name: String, line: Int)
  /// Another active customer has this name and one of the two has
  /// neither RUT nor phone: nothing would tell them apart.
  case namesakeWithoutRutOrPhone(String)
  /// The ticket has a fiado payment for its customer: the customer stays.
  case ticketHasFiado(customer: String, amount: Money)
}
