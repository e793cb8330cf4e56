/// A supplier as stored (issue 18).
public struct Supplier: Sendable {
  public let id: Int64
  /// Random, made at creation: the name sync events use (DESIGN §8.15).
  public let globalID: String
  public let name: String
  public let rut: Rut?
  public let phone: String?
  public let contact: String?
  public let email: String?
  public let active: Bool
  /// Purchases recorded from this supplier (voided included).
  public var purchases: Int = 0
  /// What is still owed to it (unvoided purchases minus their payments).
  public var owed: Money = .zero
}

/// `crear proveedor "Distribuidora Sur" rut … teléfono … contacto "…" correo …`.
public struct SupplierDraft: Sendable {
  public var name: String
  public var rut: Rut?
  public var phone: String?
  public var contact: String?
  public var email: String?

  public init(
    name: String, rut: Rut? = nil, phone: String? = nil, contact: String? = nil,
    email: String? = nil
  ) {
    self.name = name
    self.rut = rut
    self.phone = phone
    self.contact = contact
    self.email = email
  }
}

/// `editar proveedor <proveedor> <campo> <valor>`: the fields that change.
public enum SupplierField: String, Sendable, CaseIterable {
  case name = "nombre"
  case rut = "rut"
  case phone = "teléfono"
  case contact = "contacto"
  case email = "correo"
  case active = "activo"
}

/// `recibir compra <proveedor> factura … fecha … vence … precios con iva`.
public struct PurchaseHeader: Sendable {
  public var supplier: String
  public var invoice: String?
  public var invoiceDate: LocalDate?
  public var dueDate: LocalDate?
  /// `precios con iva`: line prices are gross and the taxes part of the cost.
  public var grossPrices = false

  public init(
    supplier: String, invoice: String? = nil, invoiceDate: LocalDate? = nil,
    dueDate: LocalDate? = nil, grossPrices: Bool = false
  ) {
    self.supplier = supplier
    self.invoice = invoice
    self.invoiceDate = invoiceDate
    self.dueDate = dueDate
    self.grossPrices = grossPrices
  }
}

/// One line of a purchase: what the product cost.
public struct PurchaseLine: Sendable {
  public let productID: Int64
  public let sku: String
  public let name: String
  public let unit: ProductUnit
  public let quantity: Quantity
  /// One unit's cost as typed (net; gross with `precios con iva`).
  public let unitCost: Money
  /// Net amount of the line and its taxes (§8.13).
  public var net: Money = .zero
  public var taxes: Money = .zero
  /// The product's cost before and after this line (confirmed purchases).
  public var costBefore: Money?
  public var costAfter: Money?
  public var stockBefore: Quantity?

  public var total: Money { net + taxes }
}

/// A purchase: being received (a draft) or confirmed.
public struct Purchase: Sendable {
  /// The draft's id, or the confirmed purchase's number.
  public let id: Int64
  public let supplier: String
  public let supplierID: Int64
  public let invoice: String?
  public let invoiceDate: LocalDate?
  public let dueDate: LocalDate?
  public let grossPrices: Bool
  public var lines: [PurchaseLine] = []
  public var net: Money = .zero
  /// Each tax code and its amount.
  public var taxes: [(code: String, amount: Money)] = []
  public var total: Money = .zero
  public var paid: Money = .zero
  public var payments: [PurchasePayment] = []
  public var at: Int64 = 0
  public var registerName: String = ""
  public var userName: String?
  public var voided: PurchaseVoid?

  public var taxTotal: Money { taxes.reduce(Money.zero) { $0 + $1.amount } }
  /// What is still owed (zero once voided).
  public var balance: Money { voided == nil ? total - paid : .zero }
}

/// A payment against a purchase.
public struct PurchasePayment: Sendable {
  public let method: String
  public let amount: Money
  public let reference: String?
  /// Paid in cash from the register's open session.
  public let fromRegister: Bool
  public let at: Int64
}

/// The compensating row of a voided purchase.
public struct PurchaseVoid: Sendable {
  public let reason: String
  public let at: Int64
  public let userName: String?
}

/// `pagada efectivo` / `saldar compra N transferencia 50000 ref 123`.
public struct PurchasePaymentRequest: Sendable {
  public var method: String
  /// Nil: the whole balance.
  public var amount: Money?
  public var reference: String?

  public init(method: String, amount: Money? = nil, reference: String? = nil) {
    self.method = method
    self.amount = amount
    self.reference = reference
  }
}

/// A product whose margin fell under the shop's minimum after a purchase.
public struct MarginWarning: Sendable {
  public let name: String
  public let price: Money
  public let cost: Money
  public let margin: Percent?
}

/// What confirming (or voiding) a purchase did.
public struct PurchaseResult: Sendable {
  public let purchase: Purchase
  public let minimumMargin: Percent?
  public let lowMargins: [MarginWarning]
}

/// `listar compras [período] [pendientes]`.
public struct PurchaseFilter: Sendable {
  public var period: Period?
  public var pendingOnly = false
  public var supplier: String?

  public init(period: Period? = nil, pendingOnly: Bool = false, supplier: String? = nil) {
    self.period = period
    self.pendingOnly = pendingOnly
    self.supplier = supplier
  }
}

/// Refusals about suppliers and purchases.
public enum PurchaseError: Error {
  case supplierNotFound(String, suggestion: String?)
  case supplierAmbiguous(String, candidates: [String])
  case supplierExists(String)
  case supplierInactive(String)
  case supplierAlreadyInactive(String)
  case emptySupplierName
  case badEmail(String)
  /// `editar proveedor … activo x`.
  case badFieldValue(field: String, value: String)
  /// This terminal is receiving a purchase already.
  case purchaseOpen(supplier: String, lines: Int)
  /// A sale ticket is open on this terminal (one document per terminal).
  case ticketOpen(lines: Int)
  case noOpenPurchase
  case emptyPurchase
  case noSuchLine(Int, lines: Int)
  case kitNotPurchasable(String)
  case missingCost(String)
  case notFound(Int64)
  case alreadyVoided(Int64)
  case voided(Int64)
  case alreadyPaid(Int64)
  /// A payment above what is owed.
  case overpaid(Int64, balance: Money)
  case noOpenSession(register: String)
  /// Cash from the register beyond what the drawer should hold.
  case notEnoughCash(requested: Money, available: Money)
  case dueBeforeInvoice
  /// Voiding would leave a product below zero and it may not be.
  case stockWouldBeNegative(product: String, stock: Quantity, unit: ProductUnit)
  case reasonRequired
  /// A purchase line's quantity must be more than zero.
  case zeroQuantity(String)
  /// Fiado, gift cards and points are the customers' money, not the shop's.
  case methodNotForPurchases(String)
  /// A payment of zero.
  case paymentNotPositive
}

/// A refused row of an imported purchase file: its line and why.
public struct PurchaseImportError: Error {
  public let line: Int
  public let underlying: any Error
}
