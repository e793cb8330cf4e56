/// What a payment method is, for reports (DESIGN §8.11).
public enum PaymentMethodType: String, Sendable, CaseIterable {
  case card = "tarjeta"
  case transfer = "transferencia"
  case wallet = "billetera"
  case voucher = "vale"
  case cheque = "cheque"
  case cash = "efectivo"
  case other = "otro"
}

/// A payment method as stored: a built-in or one of the shop's own.
public struct PaymentMethodInfo: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let type: PaymentMethodType
  /// A payment by this method needs `ref …`.
  public let referenceRequired: Bool
  public let active: Bool
  public let builtin: Bool
  /// False for built-ins whose rules have not landed yet (fiado,
  /// tarjeta-regalo, puntos): they cannot be activated nor paid with.
  public let available: Bool
  /// Payments recorded with this method (sales and refunds).
  public let payments: Int64

  /// Only efectivo gives change and is rounded.
  public var isCash: Bool { type == .cash && builtin }
}

/// `crear medio de pago`: a new method of the shop.
public struct PaymentMethodDraft: Sendable {
  public var name: String
  public var type: PaymentMethodType
  public var referenceRequired: Bool
  /// Folded words the language reserves (command words, keywords): a
  /// method may not be named with one.
  public var reservedWords: Set<String>

  public init(
    name: String, type: PaymentMethodType = .other, referenceRequired: Bool = false,
    reservedWords: Set<String> = []
  ) {
    self.name = name
    self.type = type
    self.referenceRequired = referenceRequired
    self.reservedWords = reservedWords
  }
}

/// `editar medio de pago`: what to change (nil leaves it).
public struct PaymentMethodChanges: Sendable {
  public var type: PaymentMethodType?
  public var referenceRequired: Bool?
  public var active: Bool?

  public init(
    type: PaymentMethodType? = nil, referenceRequired: Bool? = nil, active: Bool? = nil
  ) {
    self.type = type
    self.referenceRequired = referenceRequired
    self.active = active
  }
}

/// Refusals about payment methods.
public enum PaymentMethodError: Error, Equatable {
  /// A reserved word of the language (a command word or keyword).
  case reservedWord(String)
  /// A name must start with a letter (`pagar 7eleven` would read an amount).
  case startsWithLetter(String)
  /// Efectivo cannot be deactivated nor change its type: the drawer is cash.
  case cashIsFixed
  /// `tipo efectivo` is the drawer's own cash: a shop method (dólares,
  /// vales de caja) is another type, so the drawer count stays exact.
  case cashTypeReserved(String)
  /// A built-in keeps its type; débito, crédito and transferencia may be
  /// deactivated or require a reference.
  case builtinFixed(String)
  /// A built-in whose rules have not landed yet (fiado, tarjeta-regalo, puntos).
  case notAvailableYet(String)
  case alreadyInactive(String)
  /// `pagar <name>`: no such method; the payable ones, for the message.
  case unknown(String, payable: [String], suggestion: String?)
  /// A method that exists but is deactivated (or not available yet).
  case inactive(String)
  /// A method with «referencia obligatoria» paid without `ref …`.
  case referenceMissing(String)
}
