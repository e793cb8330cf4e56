import TiendaStore

/// One row of an imported catalog, as read by the shell; nil fields were
/// empty or absent.
public struct ProductImportRow: Sendable {
  public let line: Int
  public var name: String?
  public var price: Money?
  public var sku: String?
  public var barcode: String?
  public var category: String?
  public var unit: ProductUnit?
  public var cost: Money?
  /// nil = not given (the shop default for new products); empty = exento.
  public var taxes: [String]?
  public var priceIncludesTaxes: Bool?
  public var stock: (Quantity, Quantity.Unit?)?
  public var minimum: (Quantity, Quantity.Unit?)?
  public var sellWithoutStock: Bool?
  public var expires: LocalDate?
  public var inPOS: Bool?
  public var description: String?
  /// `plu` (import only: scales' numbers are set up per shop).
  public var plu: String?

  public init(line: Int) { self.line = line }
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
  public var created = 0
  public var updated = 0
  public var unchanged = 0
  public var categoriesCreated: [String] = []
}

extension Catalog {
  /// `importar productos`: creates new products, updates existing ones by
  /// SKU and creates missing categories, all in one transaction. The first
  /// bad row rejects the whole file, naming its line and column.
  public func importProducts(_ rows: [ProductImportRow], file: String) throws -> ImportSummary {
    try mutate { journal in
      var summary = ImportSummary()
      var categories: [String: String] = [:]  // folded → name as stored
      for name in try CategoryStore.activeNamesUnordered(db) {
        categories[fold(name)] = name
      }
      for row in rows {
        do {
          if let name = row.category, categories[fold(name)] == nil {
            let created = try createCategory(name: name)
            categories[fold(name)] = created.name
            summary.categoriesCreated.append(created.name)
          }
          let category = row.category.flatMap { categories[fold($0)] }
          let existing = try row.sku.flatMap {
            try ProductStore.id(db, skuFolded: fold($0))
          }.map { try product(id: $0) }
          if let existing {
            if try update(existing, from: row, category: category) {
              summary.updated += 1
            } else {
              summary.unchanged += 1
            }
          } else {
            guard let name = row.name else { throw ImportMissing.column("nombre") }
            guard let price = row.price else { throw ImportMissing.column("precio") }
            var draft = ProductDraft(name: name, price: price)
            draft.sku = row.sku
            draft.barcode = row.barcode
            draft.category = category
            draft.unit = row.unit ?? .unit
            draft.cost = row.cost
            draft.taxes = row.taxes
            draft.priceIncludesTaxes = row.priceIncludesTaxes ?? true
            draft.stock = try row.stock.map {
              try draft.unit.quantity($0.0, writtenIn: $0.1, product: name)
            }
            draft.minimum = try row.minimum.map {
              try draft.unit.quantity($0.0, writtenIn: $0.1, product: name)
            }
            draft.sellWithoutStock = row.sellWithoutStock ?? false
            draft.expires = row.expires
            draft.inPOS = row.inPOS ?? true
            draft.description = row.description ?? ""
            draft.plu = row.plu
            try createProduct(draft)
            summary.created += 1
          }
        } catch ImportMissing.column(let column) {
          throw CoreError.importRow(
            line: row.line, column: column, problem: .missingValue(column: column))
        } catch let error as CoreError {
          throw CoreError.importRow(
            line: row.line, column: Catalog.column(of: error), problem: error)
        }
      }
      guard summary.created + summary.updated > 0 || !summary.categoriesCreated.isEmpty else {
        return summary
      }
      journal.record(
        "producto.importar", entity: "products",
        after: .object([
          ("archivo", .string(file)), ("creados", .int(Int64(summary.created))),
          ("actualizados", .int(Int64(summary.updated))),
          ("categorias_creadas", .array(summary.categoriesCreated.map(JSONValue.string))),
        ]))
      return summary
    }
  }

  private enum ImportMissing: Error {
    case column(String)
  }

  /// Applies the row's non-empty fields to `existing`; true when it changed.
  private func update(_ existing: Product, from row: ProductImportRow, category: String?) throws
    -> Bool
  {
    var change = ProductChange()
    change.name = row.name
    change.price = row.price
    change.barcode = row.barcode.map { .some($0) }
    change.category = category.map { .some($0) }
    change.unit = row.unit
    change.cost = row.cost.map { .some($0) }
    change.taxes = row.taxes
    change.priceIncludesTaxes = row.priceIncludesTaxes
    let unit = row.unit ?? existing.unit
    change.minimum = try row.minimum.map {
      .some(try unit.quantity($0.0, writtenIn: $0.1, product: existing.name))
    }
    change.sellWithoutStock = row.sellWithoutStock
    change.expires = row.expires.map { .some($0) }
    change.inPOS = row.inPOS
    change.description = row.description
    change.plu = row.plu.map { .some($0) }
    var changed = false
    if !change.isEmpty { changed = try editProduct(existing.sku, change).changed }
    if let (q, written) = row.stock, !existing.isKit {
      let target = try unit.quantity(q, writtenIn: written, product: existing.name)
      let current = try product(id: existing.id).stock
      if target != current {
        try shop.stock.adjustStock(existing.sku, .set(target, nil), reason: "importación")
        changed = true
      }
    }
    return changed
  }

  /// The CSV column a refusal is about, when it is about one.
  static func column(of error: CoreError) -> String? {
    switch error {
    case .invalidBarcode, .duplicateBarcode: return "barras"
    case .duplicateSKU, .badSKU: return "sku"
    case .alreadyExists(.product, _), .emptyName(.product), .nameTooLong(.product, _),
      .nameWithoutLetters(.product, _):
      return "nombre"
    case .alreadyExists(.category, _), .emptyName(.category), .nameTooLong(.category, _),
      .nameWithoutLetters(.category, _), .reservedName(.category, _):
      return "categoría"
    case .unknownTax: return "impuestos"
    case .badPrice: return "precio"
    case .badQuantityForProduct, .stockWouldBeNegative: return "stock"
    default: return nil
    }
  }
}
