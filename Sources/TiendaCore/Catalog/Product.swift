/// How a product is counted and priced: by unit, by the kilo or by the litre.
public enum ProductUnit: String, Sendable, CaseIterable {
  case unit = "un"
  case kilogram = "kg"
  case litre = "lt"

  /// Whether quantities may have decimals (`0,75 kg`).
  public var isWeighed: Bool { self != .unit }

  /// Converts what the user wrote (`500 g`, `1,5 kg`, `2`) into this unit's
  /// thousandths, refusing decimals on unit products and mismatched units.
  public func quantity(_ q: Quantity, writtenIn written: Quantity.Unit?, product: String) throws
    -> Quantity
  {
    var value = q
    switch (self, written) {
    case (_, nil): break
    case (.unit, .unit?), (.kilogram, .kilogram?), (.litre, .litre?): break
    case (.kilogram, .gram?), (.litre, .millilitre?):
      // 500 g = 0,5 kg: grams are thousandths of a kilo.
      value = Quantity(thousandths: q.thousandths / 1000)
      if q.thousandths % 1000 != 0 {
        throw CoreError.badQuantityForProduct(product: product, unit: self, detail: .tooPrecise)
      }
    default:
      throw CoreError.badQuantityForProduct(product: product, unit: self, detail: .wrongUnit)
    }
    if self == .unit && !value.isWhole {
      throw CoreError.badQuantityForProduct(product: product, unit: self, detail: .fraction)
    }
    return value
  }
}

/// A product of the catalog, as stored.
public struct Product: Sendable, Equatable {
  public let id: Int64
  public let sku: String
  public let barcode: String?
  public let name: String
  public let categoryID: Int64?
  public let categoryName: String?
  public let unit: ProductUnit
  public let price: Money
  public let cost: Money?
  public let priceIncludesTaxes: Bool
  public let taxes: [TaxRate]
  public let stock: Quantity
  public let minimum: Quantity?
  public let sellWithoutStock: Bool
  public let expires: LocalDate?
  public let inPOS: Bool
  public let description: String
  public let isKit: Bool
  public let active: Bool
  /// The number a label-printing scale prints in its codes (no leading zeros).
  public var plu: String? = nil
  /// The price is asked at each sale (`precio abierto`; `varios a 1500`).
  public var openPrice = false
  /// A service (`servicio`): sold, never counted.
  public var service = false
  /// Whether stock is kept: open-price products and services created
  /// without stock have none (no stock check, no movement).
  public var tracksStock = true
  /// It offers option groups (`asignar opciones`): a line of it reads them.
  public var hasOptions = false
  /// A variant's parent product (`Polera` of `Polera M negro`, issue 22).
  public var parentName: String? = nil

  func with(taxes: [TaxRate]) -> Product {
    Product(
      id: id, sku: sku, barcode: barcode, name: name, categoryID: categoryID,
      categoryName: categoryName, unit: unit, price: price, cost: cost,
      priceIncludesTaxes: priceIncludesTaxes, taxes: taxes, stock: stock, minimum: minimum,
      sellWithoutStock: sellWithoutStock, expires: expires, inPOS: inPOS,
      description: description, isKit: isKit, active: active, plu: plu, openPrice: openPrice,
      service: service, tracksStock: tracksStock, hasOptions: hasOptions, parentName: parentName)
  }

  /// Net price and each tax of one unit at the shelf price.
  public var breakdown: PriceBreakdown {
    TaxMath.breakdown(price, taxes: taxes, included: priceIncludesTaxes)
  }

  /// Margin over the net price, in thousandths of a percent (nil without cost).
  public var margin: Percent? {
    guard let cost else { return nil }
    let net = breakdown.net.minorUnits
    guard net > 0 else { return nil }
    return Percent(thousandths: Rounding.divideHalfUp((net - cost.minorUnits) * 100_000, net))
  }

  var json: JSONValue {
    .object([
      ("sku", .string(sku)), ("barras", barcode.map(JSONValue.string) ?? .null),
      ("nombre", .string(name)), ("categoria", categoryName.map(JSONValue.string) ?? .null),
      ("unidad", .string(unit.rawValue)), ("precio", .int(price.minorUnits)),
      ("costo", cost.map { .int($0.minorUnits) } ?? .null),
      ("precio_con_impuestos", .bool(priceIncludesTaxes)),
      ("impuestos", .array(taxes.map { .string($0.code) })),
      ("stock", .decimal(thousandths: stock.thousandths)),
      ("minimo", minimum.map { .decimal(thousandths: $0.thousandths) } ?? .null),
      ("vender_sin_stock", .bool(sellWithoutStock)),
      ("vence", expires.map { .string($0.iso) } ?? .null), ("en_pos", .bool(inPOS)),
      ("descripcion", .string(description)), ("activo", .bool(active)),
      ("plu", plu.map(JSONValue.string) ?? .null), ("precio_abierto", .bool(openPrice)),
      ("servicio", .bool(service)), ("lleva_stock", .bool(tracksStock)),
    ])
  }
}

/// What `crear producto` (and the importer) provide; nil means the default.
public struct ProductDraft: Sendable {
  public var name: String
  public var price: Money
  public var sku: String?
  public var barcode: String?
  public var category: String?
  public var unit: ProductUnit = .unit
  public var cost: Money?
  /// Tax codes; nil = the shop's default taxes; empty = exento.
  public var taxes: [String]?
  public var priceIncludesTaxes = true
  public var stock: Quantity?
  public var minimum: Quantity?
  public var sellWithoutStock = false
  public var expires: LocalDate?
  public var inPOS = true
  public var description = ""
  /// `plu 01234`.
  public var plu: String?
  /// `precio abierto`: the price (0 when none is given) is asked at each sale.
  public var openPrice = false
  /// `servicio`.
  public var service = false

  public init(name: String, price: Money) {
    self.name = name
    self.price = price
  }
}

/// Fields of `editar producto`; nil stays as is. Double optionals clear a
/// field when set to `.some(nil)` (`barras ninguno`). `taxes` may say
/// `exento` (alone: none). The minimum may come as written
/// (`minimumAsWritten`, `500 g`), converted to the product's unit (the new
/// one, if `unit` changes it) once the product is found.
public struct ProductChange: Sendable {
  public var name: String?
  public var price: Money?
  public var sku: String?
  public var barcode: String??
  public var category: String??
  public var unit: ProductUnit?
  public var cost: Money??
  public var taxes: [String]?
  public var priceIncludesTaxes: Bool?
  public var minimum: Quantity??
  public var minimumAsWritten: (quantity: Quantity, unit: Quantity.Unit?)?
  public var sellWithoutStock: Bool?
  public var expires: LocalDate??
  public var inPOS: Bool?
  public var description: String?
  /// `plu 01234` / `plu ninguno`.
  public var plu: String??
  /// `precio abierto` (true) or a fixed price given (false).
  public var openPrice: Bool?
  public var service: Bool?

  public init() {}

  public var isEmpty: Bool {
    name == nil && price == nil && sku == nil && barcode == nil && category == nil
      && unit == nil && cost == nil && taxes == nil && priceIncludesTaxes == nil
      && minimum == nil && minimumAsWritten == nil && sellWithoutStock == nil && expires == nil
      && inPOS == nil
      && description == nil && plu == nil && openPrice == nil && service == nil
  }
}
