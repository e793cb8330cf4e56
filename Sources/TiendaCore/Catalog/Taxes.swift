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
  static let taxColumns = """
    SELECT t.id, t.code, t.rate, t.description, b.code FROM taxes t
    LEFT JOIN taxes b ON b.id = t.base_tax_id
    """

  func tax(from row: Row) -> Tax {
    Tax(
      id: row.int(0), code: row.string(1), rate: Percent(thousandths: row.int(2)),
      description: row.string(3), base: row.optionalString(4))
  }

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
    try db.query(Catalog.taxColumns + " ORDER BY t.code COLLATE es").map(tax(from:))
  }

  /// The tax with this code (folded), or an error suggesting the nearest one.
  public func findTax(_ code: String) throws -> Tax {
    if let row = try db.queryFirst(
      Catalog.taxColumns + " WHERE t.code_folded = ?", [.text(fold(code))])
    {
      return tax(from: row)
    }
    let codes = try taxes().map(\.code)
    let byPrefix = codes.filter { fold($0).hasPrefix(fold(code)) }
    throw CoreError.unknownTax(
      code, suggestion: byPrefix.count == 1 ? byPrefix[0] : closestMatch(to: code, among: codes))
  }

  /// Codes new products get when they do not say (`impuestos` omitted).
  public func defaultTaxCodes() throws -> [String] {
    let value =
      try db.queryFirst("SELECT value FROM settings WHERE key = 'catálogo.impuestos'")?.string(0)
      ?? ""
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
      try db.run(
        """
        INSERT INTO taxes(code, code_folded, rate, description, created_at, base_tax_id)
        VALUES (?,?,?,?,?,?)
        """,
        [
          .text(code), .text(fold(code)), .integer(rate.thousandths), .text(description),
          .integer(clock.now()), baseID.sqlValue,
        ])
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
      try db.run(
        "UPDATE taxes SET rate = ?, description = ? WHERE id = ?",
        [.integer(newRate.thousandths), .text(newDescription), .integer(old.id)])
      let new = try findTax(code)
      journal.record(
        "impuesto.editar", entity: "taxes", id: String(old.id), before: old.json, after: new.json)
      return (new, true)
    }
  }
}
