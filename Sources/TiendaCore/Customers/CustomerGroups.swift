import TiendaStore

/// Groups of customers (`vecinos`, `mayoristas`): a credit limit and a
/// price list their customers take unless they have their own.
public struct CustomerGroups: ShopArea {
  let shop: Shop

  /// `crear grupo vecinos límite 100000 lista mayorista`.
  @discardableResult
  public func create(name raw: String, creditLimit: Money?, priceList: String?) throws
    -> CustomerGroupInfo
  {
    let name = try NameRules.clean(raw, thing: .customerGroup)
    return try mutate { journal in
      if let existing = try CustomerGroupRow.find(folded: fold(name), in: db) {
        throw CoreError.alreadyExists(.customerGroup, name: existing.name)
      }
      let listID = try priceList.map { try shop.priceLists.find($0).id }
      let row = CustomerGroupRow(
        name: name, creditLimit: creditLimit ?? .zero, priceListID: listID,
        createdAt: clock.now())
      let id = try row.insert(into: db)
      journal.record(
        "grupo_clientes.crear", entity: "customer_groups", id: String(id),
        after: .object([
          ("nombre", .string(name)), ("limite", .int((creditLimit ?? .zero).minorUnits)),
          ("lista", priceList.map(JSONValue.string) ?? .null),
        ]))
      return try find(name)
    }
  }

  /// `editar grupo vecinos límite 80000 lista ninguna`.
  @discardableResult
  public func edit(_ query: String, creditLimit: Money?, priceList: FieldChange<String>) throws
    -> CustomerGroupInfo
  {
    try mutate { journal in
      let before = try find(query)
      let limit = creditLimit ?? before.creditLimit
      var listID = before.priceListID
      switch priceList {
      case .keep: break
      case .clear: listID = nil
      case .set(let list): listID = try shop.priceLists.find(list).id
      }
      guard limit != before.creditLimit || listID != before.priceListID else {
        throw CoreError.nothingToChange
      }
      try CustomerGroupRow.update(id: before.id, creditLimit: limit, priceListID: listID, in: db)
      let after = try find(before.name)
      journal.record(
        "grupo_clientes.editar", entity: "customer_groups", id: String(before.id),
        before: .object([
          ("limite", .int(before.creditLimit.minorUnits)),
          ("lista", before.priceListName.map(JSONValue.string) ?? .null),
        ]),
        after: .object([
          ("limite", .int(after.creditLimit.minorUnits)),
          ("lista", after.priceListName.map(JSONValue.string) ?? .null),
        ]))
      return after
    }
  }

  /// `listar grupos`.
  public func list() throws -> [CustomerGroupInfo] {
    try db.read { try CustomerGroupRow.all(in: db) }
  }

  /// Group names (Tab completion).
  public func names() -> [String] {
    ((try? CustomerGroupRow.all(in: db)) ?? []).map(\.name)
  }

  /// The group named `query` (exactly, or the only one it starts).
  func find(_ query: String) throws -> CustomerGroupInfo {
    let folded = fold(query).trimmingCharacters(in: " ")
    if let group = try CustomerGroupRow.find(folded: folded, in: db) { return group }
    let all = try CustomerGroupRow.all(in: db)
    let starting = all.filter { fold($0.name).hasPrefix(folded) }
    if starting.count == 1, !folded.isEmpty { return starting[0] }
    throw CoreError.notFound(
      .customerGroup, query: query, suggestion: closestMatch(to: query, among: all.map(\.name)))
  }
}
