import TiendaStore

/// A tax the shop charges, as a rate (`iva` 19 %).
public struct Tax: Sendable, Equatable {
  public let id: Int64
  public let code: String
  public let rate: Percent
  public let description: String
  /// The tax this one is additional to (`ila … de iva`), if any.
  public let base: String?

  var json: JSONValue {
    .object([
      ("codigo", .string(code)), ("tasa", .decimal(thousandths: rate.thousandths)),
      ("descripcion", .string(description)), ("adicional_a", base.map(JSONValue.string) ?? .null),
    ])
  }
}

extension Catalog {
  /// Tax ids for codes, with the base of each additional tax added.
  func taxIDs(for codes: [String]) throws -> Set<Int64> {
    var ids = Set<Int64>()
    for code in codes {
      let tax = try findTax(code)
      ids.insert(tax.id)
      if let base = tax.base { ids.insert(try findTax(base).id) }
    }
    return ids
  }

  /// All taxes, by code.
  public func taxes() throws -> [Tax] {
    try TaxRow.all(db).map(\.tax)
  }

  /// The tax with this code (folded), or an error suggesting the nearest one.
  public func findTax(_ code: String) throws -> Tax {
    if let row = try TaxRow.fetch(db, codeFolded: fold(code)) { return row.tax }
    let codes = try taxes().map(\.code)
    let byPrefix = codes.filter { fold($0).hasPrefix(fold(code)) }
    throw CoreError.unknownTax(
      code, suggestion: byPrefix.count == 1 ? byPrefix[0] : closestMatch(to: code, among: codes))
  }

  /// Codes new products get when they do not say (`impuestos` omitted).
  public func defaultTaxCodes() throws -> [String] {
    let value = try TaxRow.defaultCodesSetting(db) ?? ""
    return value.split(separator: ",").map { String($0).trimmingCharacters(in: " ") }.filter {
      !$0.isEmpty
    }
  }

  /// `crear impuesto ila-cerveza 20,5%`.
  @discardableResult
  public func createTax(
    code raw: String, rate: Percent, description: String = "", base: String? = nil
  ) throws -> Tax {
    let code = raw.trimmingCharacters(in: " \t")
    guard !code.isEmpty, code.count <= 30, !code.contains(" "), !code.contains(","),
      code.contains(where: { $0.isLetter })
    else { throw CoreError.badTaxRate(raw) }
    guard rate.thousandths >= 0, rate.thousandths <= 100_000 else {
      throw CoreError.badTaxRate(raw)
    }
    return try mutate { journal in
      if let existing = try? findTax(code) {
        throw CoreError.alreadyExists(.tax, name: existing.code)
      }
      let baseID = try base.map { try findTax($0).id }
      try NewTaxRow(
        code: code, rate: rate.thousandths, description: description, createdAt: clock.now(),
        baseTaxID: baseID
      ).insert(into: db)
      let tax = try findTax(code)
      journal.record("impuesto.crear", entity: "taxes", id: String(tax.id), after: tax.json)
      return tax
    }
  }

  /// `editar impuesto iva tasa 19%`: the new rate applies from now on;
  /// sales already made keep the taxes they were charged.
  @discardableResult
  public func editTax(_ code: String, rate: Percent?, description: String?) throws -> (
    tax: Tax, changed: Bool
  ) {
    guard rate != nil || description != nil else { throw CoreError.nothingToChange }
    if let rate, rate.thousandths < 0 || rate.thousandths > 100_000 {
      throw CoreError.badTaxRate(code)
    }
    return try mutate { journal in
      let old = try findTax(code)
      let newRate = rate ?? old.rate
      let newDescription = description ?? old.description
      if newRate == old.rate && newDescription == old.description { return (old, false) }
      try TaxRow.updateRate(
        db, id: old.id, rate: newRate.thousandths, description: newDescription)
      let new = try findTax(code)
      journal.record(
        "impuesto.editar", entity: "taxes", id: String(old.id), before: old.json, after: new.json)
      return (new, true)
    }
  }
}
