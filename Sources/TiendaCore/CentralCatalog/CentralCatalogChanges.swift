/// The catalog rows that came down from the central server since the last
/// pull (`sincronizar recibir`), each with the central version that last
/// touched it. Money in minor units, rates in thousandths of a percent.
public struct CentralCatalogChanges: Sendable, Equatable {
  /// The central catalog version these changes bring the file to.
  public var version: Int64
  public var taxes: [CentralTax] = []
  public var categories: [CentralCategory] = []
  public var products: [CentralProduct] = []
  public var priceLists: [CentralPriceList] = []
  public var listPrices: [CentralListPrice] = []
  public var customers: [CentralCustomer] = []
  public var promotions: [CentralPromotion] = []

  public init(version: Int64) { self.version = version }

  public var isEmpty: Bool {
    taxes.isEmpty && categories.isEmpty && products.isEmpty && priceLists.isEmpty
      && listPrices.isEmpty && customers.isEmpty && promotions.isEmpty
  }
}

public struct CentralTax: Sendable, Equatable {
  public var code: String
  public var rate: Int64
  public var description: String
  public init(code: String, rate: Int64, description: String) {
    self.code = code
    self.rate = rate
    self.description = description
  }
}

public struct CentralCategory: Sendable, Equatable {
  public var globalID: String
  public var name: String
  public var parentGlobalID: String?
  public var active: Bool
  public init(globalID: String, name: String, parentGlobalID: String?, active: Bool) {
    self.globalID = globalID
    self.name = name
    self.parentGlobalID = parentGlobalID
    self.active = active
  }
}

public struct CentralProduct: Sendable, Equatable {
  public var globalID: String
  public var sku: String
  public var name: String
  public var barcode: String?
  public var categoryGlobalID: String?
  public var unit: String
  public var price: Int64
  public var cost: Int64?
  public var priceIncludesTaxes: Bool
  /// Tax codes, comma-separated (`iva,ila`); empty: exempt.
  public var taxes: String
  public var active: Bool
  public init(
    globalID: String, sku: String, name: String, barcode: String?, categoryGlobalID: String?,
    unit: String, price: Int64, cost: Int64?, priceIncludesTaxes: Bool, taxes: String,
    active: Bool
  ) {
    self.globalID = globalID
    self.sku = sku
    self.name = name
    self.barcode = barcode
    self.categoryGlobalID = categoryGlobalID
    self.unit = unit
    self.price = price
    self.cost = cost
    self.priceIncludesTaxes = priceIncludesTaxes
    self.taxes = taxes
    self.active = active
  }
}

public struct CentralPriceList: Sendable, Equatable {
  public var globalID: String
  public var name: String
  public var percentOff: Int64
  public var active: Bool
  public init(globalID: String, name: String, percentOff: Int64, active: Bool) {
    self.globalID = globalID
    self.name = name
    self.percentOff = percentOff
    self.active = active
  }
}

/// A product's fixed price on a list; nil price: the fixed price is gone.
public struct CentralListPrice: Sendable, Equatable {
  public var listGlobalID: String
  public var productGlobalID: String
  public var price: Int64?
  public init(listGlobalID: String, productGlobalID: String, price: Int64?) {
    self.listGlobalID = listGlobalID
    self.productGlobalID = productGlobalID
    self.price = price
  }
}

public struct CentralCustomer: Sendable, Equatable {
  public var globalID: String
  public var name: String
  public var rut: String?
  public var phone: String
  public var email: String
  public var address: String
  public var kind: String
  public var creditLimit: Int64?
  public var note: String
  public var active: Bool
  public init(
    globalID: String, name: String, rut: String?, phone: String, email: String,
    address: String, kind: String, creditLimit: Int64?, note: String, active: Bool
  ) {
    self.globalID = globalID
    self.name = name
    self.rut = rut
    self.phone = phone
    self.email = email
    self.address = address
    self.kind = kind
    self.creditLimit = creditLimit
    self.note = note
    self.active = active
  }
}

/// What a pull changed in this file, per kind: rows added and rows updated.
public struct CatalogPullSummary: Sendable, Equatable {
  public struct Count: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var total: Int { added + updated }
  }
  public var fromVersion: Int64 = 0
  public var toVersion: Int64 = 0
  public var taxes = Count()
  public var categories = Count()
  public var products = Count()
  public var priceLists = Count()
  public var listPrices = Count()
  public var customers = Count()
  public var promotions = Count()
  /// Products whose price changed (by SKU), for the report.
  public var repriced: [(sku: String, from: Int64, to: Int64)] = []

  public static func == (a: Self, b: Self) -> Bool {
    a.fromVersion == b.fromVersion && a.toVersion == b.toVersion && a.taxes == b.taxes
      && a.categories == b.categories && a.products == b.products
      && a.priceLists == b.priceLists && a.listPrices == b.listPrices
      && a.customers == b.customers && a.promotions == b.promotions
  }
}

/// A pull that cannot be applied; nothing in the file changed.
public enum CentralCatalogError: Error, Equatable {
  /// A central product names a tax code the file does not have.
  case unknownTax(product: String, code: String)
  /// A central row would take a name, SKU, barcode or RUT another local
  /// row holds.
  case clash(kind: Column)
  public enum Column: Sendable, Equatable { case name, sku, barcode, rut }
  /// A central row with a value tienda refuses (negative price, unit…).
  case badValue(kind: String, value: String)
  /// `sincronizar recibir` on a file that does not take its catalog from
  /// the central server.
  case notMaster
}

/// A promotion of the central catalog (`tienda.catalog_promotions`), found
/// locally by its name; its product by SKU and its category by name.
public struct CentralPromotion: Sendable, Equatable {
  public var name: String
  public var scope: String
  public var productSKU: String?
  public var categoryName: String?
  public var reward: String
  public var n: Int64
  public var m: Int64
  public var percent: Int64?
  public var amount: Int64?
  public var minimum: Int64?
  public var minimumUnits: Int64?
  public var days: String
  public var hourFrom: Int64?
  public var hourTo: Int64?
  public var validFrom: String?
  public var validUntil: String?
  public var active: Bool
}
