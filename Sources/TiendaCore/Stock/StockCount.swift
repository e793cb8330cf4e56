import TiendaStore

/// One row of a stock count (`importar conteo`): a product and what was counted.
public struct CountRow: Sendable, Equatable {
  public let line: Int
  public let product: String
  public let counted: Quantity
  public let unit: Quantity.Unit?

  public init(line: Int, product: String, counted: Quantity, unit: Quantity.Unit?) {
    self.line = line
    self.product = product
    self.counted = counted
    self.unit = unit
  }
}

/// What a count changed for one product, valued at cost.
public struct CountResult: Sendable, Equatable {
  public let sku: String
  public let name: String
  public let unit: ProductUnit
  public let before: Quantity
  public let counted: Quantity
  public var difference: Quantity {
    Quantity(thousandths: counted.thousandths - before.thousandths)
  }
  /// Difference × cost, rounded half up; nil without a cost.
  public let value: Money?
}

extension Stock {
  /// `importar conteo`: each counted quantity becomes a `conteo` movement
  /// (the difference), all in one transaction: a bad row rejects the whole
  /// file, naming its line.
  public func importCount(_ rows: [CountRow], file: String) throws -> [CountResult] {
    try mutate { journal in
      var results: [CountResult] = []
      var seen: [Int64: Int] = [:]
      for row in rows {
        do {
          let product = try shop.catalog.findProduct(row.product)
          if let first = seen[product.id] {
            throw CoreError.duplicateCountRow(product.name, firstLine: first)
          }
          seen[product.id] = row.line
          let before = product.stock
          let (after, _) = try adjustStock(
            product.sku, .set(row.counted, row.unit), reason: "conteo " + file)
          let diff = after.stock.thousandths - before.thousandths
          let value = try product.cost.map {
            Money(try Rounding.scaled($0.minorUnits, by: diff, over: 1000))
          }
          results.append(
            CountResult(
              sku: product.sku, name: product.name, unit: product.unit, before: before,
              counted: after.stock, value: value))
        } catch let error as CoreError {
          throw CoreError.importRow(line: row.line, column: nil, problem: error)
        }
      }
      journal.record(
        "stock.importar_conteo", entity: "products", id: file,
        after: .object([
          ("productos", .int(Int64(results.count))),
          (
            "diferencia_valorizada",
            .int(results.compactMap(\.value).reduce(Money.zero, +).minorUnits)
          ),
        ]))
      return results
    }
  }
}
