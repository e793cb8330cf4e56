/// A refusal by the domain. The shell words each case in Spanish
/// (`Messages`); the core never formats text for users.
public enum CoreError: Error, Equatable {
  /// The kinds of things a user names.
  public enum Thing: Equatable, Sendable {
    case category
    case register
    case shop
    case product
    case tax
    case user
    case printer
    case paymentMethod
    case customer
    case customerGroup
    case priceList

    case supplier
    case optionGroup
    case seller
  }

  case emptyName(Thing)
  case nameTooLong(Thing, maximum: Int)
  /// Names need a letter or a digit (`---` is not a name).
  case nameWithoutLetters(Thing, name: String)
  /// A word the language reserves (`ninguna` means "no parent").
  case reservedName(Thing, name: String)
  case alreadyExists(Thing, name: String)
  case notFound(Thing, query: String, suggestion: String?)
  case ambiguous(Thing, query: String, candidates: [String])
  case categoryHasChildren(name: String, children: [String])
  case categoryCycle(name: String, parent: String)
  case categoryHasProducts(name: String, count: Int)
  /// A field a kit cannot have (unit, stock, minimum, expiry…).
  case kitField(kit: String, field: String)
  case exemptWithTaxes
  case unknownZone(String, suggestion: String?)
  case unknownCurrency(String)
  case nothingToChange
  /// A barcode with a wrong check digit (`expected` is the right code) or
  /// characters a barcode cannot have.
  case invalidBarcode(String, expected: String?)
  case duplicateBarcode(String, product: String)
  case duplicateSKU(String, product: String)
  case badSKU(String)
  case badPrice(Money)
  /// What is wrong with a quantity for a product's unit.
  public enum QuantityProblem: Sendable, Equatable {
    case fraction
    case wrongUnit
    case tooPrecise
  }
  case badQuantityForProduct(product: String, unit: ProductUnit, detail: QuantityProblem)
  case unknownTax(String, suggestion: String?)
  case badTaxRate(String)
  case kitNeedsComponents
  /// A component given with quantity 0 (`con 0 té`).
  case kitComponentQuantity(String)
  case kitInsideKit(String)
  case kitHasNoStock(String)
  case stockWouldBeNegative(product: String, stock: Quantity, unit: ProductUnit)
  case productInactive(String, sku: String)
  case productActive(String)
  /// A row of an imported file that cannot be used: its 1-based line, the
  /// column when known, and why.
  case unknownRole(String, suggestion: String?)
  case ownerKeepsEverything
  case badPercentCap(Percent)
  /// PINs are 4 to 8 digits.
  case badPin
  case pinsDiffer
  case firstUserMustBeOwner
  case wrongPin(user: String, attemptsLeft: Int)
  case userLocked(user: String, minutes: Int)
  case userInactive(String)
  case lastOwner(String)
  case notLoggedIn
  /// The current user lacks `right` and nobody approved.
  case missingRight(Right, user: String)
  case discountOverCap(Percent, cap: Percent, user: String)
  /// An approval by someone who lacks the right too.
  case approverLacksRight(Right, approver: String)
  /// A required value is missing (an import row without `precio`).
  case missingValue(column: String)
  indirect case importRow(line: Int, column: String?, problem: CoreError)
  /// A product counted twice in one stock count file.
  case duplicateCountRow(String, firstLine: Int)
  /// A setting's value out of range.
  case badSetting(String)
  /// The register has no open session and the shop requires `abrir caja`.
  case noOpenSession(String)
  /// A write path that forgot its journal entry: a programming error.
  case missingJournalEntry
  /// A product named in a sale that is hidden from the point of sale
  /// (`en-pos no`), by itself or by `category` (its own or a parent).
  case notForSale(query: String, name: String, sku: String, category: String?)
}
