import TiendaStore

/// An attribute and its values as written (`talla S, M, L`).
public struct VariantAttribute: Sendable, Equatable {
  public var name: String
  public var values: [String]

  public init(name: String, values: [String]) {
    self.name = name
    self.values = values
  }
}

/// Refusals about variants.
public enum VariantError: Error, Equatable {
  case noAttributes
  case noValues(attribute: String)
  case repeatedValue(attribute: String, value: String)
  case tooMany(count: Int, maximum: Int)
  case parentIsVariant(String)
  case alreadyHasVariants(String)
  case noVariants(String)
  case unknownAttribute(attribute: String, product: String, known: [String])
  case valueExists(attribute: String, value: String)
  case repeatedAttribute(String)
}

/// Variants (issue 22): a parent product with attributes makes one normal
/// product per combination (`Polera M negro`), each with its own SKU and
/// stock; listing and search show their parent.
public struct Variants: ShopArea {
  let shop: Shop

  public static let maximumCombinations = 200

  /// `crear variantes polera talla S, M, L color negro, blanco`.
  @discardableResult
  public func create(_ parentQuery: String, _ attributes: [VariantAttribute]) throws -> [Product] {
    guard !attributes.isEmpty else { throw VariantError.noAttributes }
    let cleaned = try attributes.map(clean)
    for (i, attribute) in cleaned.enumerated() {
      if let first = cleaned[..<i].first(where: { fold($0.name) == fold(attribute.name) }) {
        throw VariantError.repeatedAttribute(first.name)
      }
    }
    let count = cleaned.reduce(1) { $0 * $1.values.count }
    guard count <= Self.maximumCombinations else {
      throw VariantError.tooMany(count: count, maximum: Self.maximumCombinations)
    }
    return try mutate { journal in
      let parent = try shop.catalog.findProduct(parentQuery, kits: false)
      if try ProductVariantRow.isVariant(parent.id, in: db) {
        throw VariantError.parentIsVariant(parent.name)
      }
      guard try VariantAttributeRow.of(parent: parent.id, in: db).isEmpty else {
        throw VariantError.alreadyHasVariants(parent.name)
      }
      try VariantAttributeRow.insert(parent: parent.id, names: cleaned.map(\.name), into: db)
      let made = try make(parent, combinations(cleaned.map(\.values)))
      journal.record(
        "variantes.crear", entity: "products", id: parent.sku,
        after: .object([
          ("padre", .string(parent.name)), ("variantes", .array(made.map { .string($0.name) })),
        ]))
      return made
    }
  }

  /// `agregar variante polera talla XL`: the products of the new value,
  /// with every value of the other attributes.
  @discardableResult
  public func addValue(_ parentQuery: String, attribute: String, value: String) throws
    -> [Product]
  {
    try mutate { journal in
      let parent = try shop.catalog.findProduct(parentQuery, kits: false)
      let names = try VariantAttributeRow.of(parent: parent.id, in: db)
      guard !names.isEmpty else { throw VariantError.noVariants(parent.name) }
      guard let k = names.firstIndex(where: { fold($0.name) == fold(attribute) }) else {
        throw VariantError.unknownAttribute(
          attribute: attribute, product: parent.name, known: names.map(\.name))
      }
      let new = try NameRules.clean(value, thing: .product)
      var values: [[String]] = Array(repeating: [], count: names.count)
      for variant in try ProductVariantRow.of(parent: parent.id, in: db) {
        for (i, v) in variant.values.enumerated() where i < values.count {
          if !values[i].contains(v) { values[i].append(v) }
        }
      }
      if values[k].contains(where: { fold($0) == fold(new) }) {
        throw VariantError.valueExists(attribute: names[k].name, value: new)
      }
      values[k] = [new]
      let made = try make(parent, combinations(values))
      journal.record(
        "variantes.agregar", entity: "products", id: parent.sku,
        after: .object([
          ("padre", .string(parent.name)), ("variantes", .array(made.map { .string($0.name) })),
        ]))
      return made
    }
  }

  /// The active variant whose name has exactly these words in any order
  /// (`polera negro m` → «Polera M negro»), when only one has; read only
  /// when a name found nothing.
  func matchingWords(_ query: String) throws -> Product? {
    let words = foldedWords(query).sorted()
    guard words.count >= 2 else { return nil }
    let found = try VariantNameRow.all(in: db).filter { foldedWords($0.name).sorted() == words }
    guard found.count == 1 else { return nil }
    return try shop.catalog.product(id: found[0].id)
  }

  func clean(_ attribute: VariantAttribute) throws -> VariantAttribute {
    let name = try NameRules.clean(attribute.name, thing: .product)
    guard !attribute.values.isEmpty else { throw VariantError.noValues(attribute: name) }
    var values: [String] = []
    for raw in attribute.values {
      let value = try NameRules.clean(raw, thing: .product)
      if values.contains(where: { fold($0) == fold(value) }) {
        throw VariantError.repeatedValue(attribute: name, value: value)
      }
      values.append(value)
    }
    return VariantAttribute(name: name, values: values)
  }

  func combinations(_ lists: [[String]]) -> [[String]] {
    lists.reduce([[]]) { partial, list in partial.flatMap { p in list.map { p + [$0] } } }
  }

  /// One product per combination, as the parent (price, cost, category,
  /// taxes, unit), stock 0; SKU the parent's plus a suffix per value
  /// (`POL01-M-NEG`), or a generated one when that is taken or too long.
  func make(_ parent: Product, _ combos: [[String]]) throws -> [Product] {
    var made: [Product] = []
    for values in combos {
      var draft = ProductDraft(
        name: parent.name + " " + values.joined(separator: " "), price: parent.price)
      draft.cost = parent.cost
      draft.category = parent.categoryName
      draft.taxes = parent.taxes.map(\.code)
      draft.priceIncludesTaxes = parent.priceIncludesTaxes
      draft.unit = parent.unit
      draft.sellWithoutStock = parent.sellWithoutStock
      let suffix = values.map { v in
        String(fold(v).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(3))
          .uppercased()
      }
      let sku = ([parent.sku] + suffix).joined(separator: "-")
      draft.sku = (try? shop.catalog.checkSKU(sku, excluding: nil)) ?? nil
      let product = try shop.catalog.insertProduct(draft, isKit: false)
      try ProductVariantRow.insert(
        product: product.id, parent: parent.id, values: values, into: db)
      made.append(product)
    }
    return made
  }
}
