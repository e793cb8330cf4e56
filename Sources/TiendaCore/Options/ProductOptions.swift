import TiendaStore

/// Option groups (issue 22): extras with a price, a maximum and a required
/// flag, offered by products and chosen on a sale line
/// (`completo (palta, tomate)`). The chosen options are part of the line:
/// their prices add to its unit price, so they are taxed, discounted and
/// returned with it.
public struct ProductOptions: ShopArea {
  let shop: Shop

  /// `crear opciones agregados: palta $500, tomate $300, mayo máximo 3 obligatorio`.
  @discardableResult
  public func create(_ draft: OptionGroupDraft) throws -> OptionGroupInfo {
    let name = try NameRules.clean(draft.name, thing: .optionGroup)
    guard !draft.options.isEmpty else { throw OptionError.noOptions(group: name) }
    var names: [String] = []
    for option in draft.options {
      let clean = try NameRules.clean(option.name, thing: .optionGroup)
      if names.contains(where: { fold($0) == fold(clean) }) {
        throw OptionError.repeatedOption(group: name, option: clean)
      }
      guard option.price >= .zero, option.price.minorUnits <= Limits.amount else {
        throw OptionError.badPrice(option: clean)
      }
      names.append(clean)
    }
    if let maximum = draft.maximum, maximum < 1 { throw OptionError.badMaximum(maximum) }
    return try mutate { journal in
      if let existing = try OptionGroupRow.find(folded: fold(name), in: db) {
        throw CoreError.alreadyExists(.optionGroup, name: existing.name)
      }
      var group = OptionGroupRow(
        name: name, maximum: draft.maximum, required: draft.required, createdAt: clock.now())
      group.id = try group.insert(into: db)
      var options: [OptionInfo] = []
      for (i, option) in draft.options.enumerated() {
        var row = OptionRow(
          groupID: group.id, position: Int64(i + 1), name: names[i],
          price: option.price.minorUnits)
        row.id = try row.insert(into: db)
        options.append(row.info)
      }
      let info = OptionGroupInfo(
        id: group.id, name: name, maximum: draft.maximum, required: draft.required,
        options: options, products: [])
      journal.record(
        "opciones.crear", entity: "option_groups", id: String(group.id), after: info.json)
      return info
    }
  }

  /// `asignar opciones agregados a completo`.
  @discardableResult
  public func assign(_ groupName: String, to productQuery: String) throws -> (
    OptionGroupInfo, Product
  ) {
    try mutate { journal in
      let group = try findGroup(groupName)
      let product = try shop.catalog.findProduct(productQuery)
      if try ProductOptionGroupRow.exists(product: product.id, group: group.id, in: db) {
        throw OptionError.alreadyAssigned(group: group.name, product: product.name)
      }
      try ProductOptionGroupRow(productID: product.id, groupID: group.id).insert(into: db)
      journal.record(
        "opciones.asignar", entity: "product_option_groups", id: String(product.id),
        after: .object([("grupo", .string(group.name)), ("producto", .string(product.name))]))
      return (try info(of: group), product)
    }
  }

  /// `quitar opciones agregados de completo`.
  @discardableResult
  public func unassign(_ groupName: String, from productQuery: String) throws -> (
    OptionGroupInfo, Product
  ) {
    try mutate { journal in
      let group = try findGroup(groupName)
      let product = try shop.catalog.findProduct(productQuery, includeDeleted: true)
      guard try ProductOptionGroupRow.exists(product: product.id, group: group.id, in: db) else {
        throw OptionError.notAssigned(group: group.name, product: product.name)
      }
      try ProductOptionGroupRow.delete(product: product.id, group: group.id, in: db)
      journal.record(
        "opciones.quitar", entity: "product_option_groups", id: String(product.id),
        before: .object([("grupo", .string(group.name)), ("producto", .string(product.name))]))
      return (try info(of: group), product)
    }
  }

  /// `listar opciones`: every group with its options and products.
  public func list() throws -> [OptionGroupInfo] {
    try db.read {
      let options = try OptionRow.all(in: db)
      let assigned = try ProductOptionGroupRow.all(in: db)
      return try OptionGroupRow.all(in: db).map { group in
        OptionGroupInfo(
          id: group.id, name: group.name, maximum: group.maximum, required: group.required,
          options: options.filter { $0.groupID == group.id }.map(\.info),
          products: assigned.filter { $0.groupID == group.id }.map(\.productName))
      }
    }
  }

  /// `ver opciones agregados`.
  public func group(_ name: String) throws -> OptionGroupInfo {
    try db.read { try info(of: try findGroup(name)) }
  }

  /// Group names, for completion.
  public func names() throws -> [String] {
    try db.read { try OptionGroupRow.all(in: db).map(\.name) }
  }

  /// The options `productQuery` offers, for Tab inside `(`; empty when it
  /// names no product or the product offers none.
  public func optionNames(offeredBy productQuery: String) -> [String] {
    let found = try? db.read {
      let product = try shop.catalog.findProduct(productQuery)
      guard product.hasOptions else { return [String]() }
      return try ProductOptionRow.of(product: product.id, in: db).map(\.optionName)
    }
    return found ?? []
  }

  func info(of group: OptionGroupRow) throws -> OptionGroupInfo {
    guard let found = try list().first(where: { $0.id == group.id }) else {
      throw CoreError.notFound(.optionGroup, query: group.name, suggestion: nil)
    }
    return found
  }

  func findGroup(_ name: String) throws -> OptionGroupRow {
    let folded = fold(name.trimmingCharacters(in: " \t"))
    if let row = try OptionGroupRow.find(folded: folded, in: db) { return row }
    let all = try OptionGroupRow.all(in: db).map(\.name)
    throw CoreError.notFound(
      .optionGroup, query: name, suggestion: closestMatch(to: name, among: all))
  }

  /// The options written on a line for `product`, checked against its
  /// groups: each known, none twice, no group past its maximum, every
  /// required group chosen. Reads only when the product offers options or
  /// some were written (a line without them costs no statement).
  func choose(_ written: [String], for product: Product) throws -> [OptionChoice] {
    guard product.hasOptions || !written.isEmpty else { return [] }
    let offered = try ProductOptionRow.of(product: product.id, in: db)
    if offered.isEmpty, !written.isEmpty {
      throw OptionError.productHasNoOptions(product: product.name)
    }
    var chosen: [ProductOptionRow] = []
    for text in written {
      let folded = fold(text.trimmingCharacters(in: " \t"))
      guard let option = offered.first(where: { fold($0.optionName) == folded }) else {
        throw OptionError.unknownOption(
          option: text, product: product.name,
          suggestion: closestMatch(to: text, among: offered.map(\.optionName)))
      }
      if chosen.contains(where: { $0.optionID == option.optionID }) {
        throw OptionError.chosenTwice(option: option.optionName)
      }
      chosen.append(option)
    }
    var seen: Set<Int64> = []
    for group in offered where seen.insert(group.groupID).inserted {
      let count = chosen.filter { $0.groupID == group.groupID }.count
      if let maximum = group.maximum, count > maximum {
        throw OptionError.tooMany(group: group.groupName, maximum: maximum)
      }
      if group.required, count == 0 {
        throw OptionError.requiredMissing(
          group: group.groupName,
          options: offered.filter { $0.groupID == group.groupID }.map(\.optionName))
      }
    }
    return chosen.map(\.choice)
  }

  /// The options of an open ticket's lines, by id.
  func choices(_ ids: [Int64]) throws -> [OptionChoice] {
    let rows = try ProductOptionRow.byIDs(ids, in: db)
    return ids.compactMap { id in rows.first { $0.optionID == id }?.choice }
  }
}

extension OptionGroupInfo {
  var json: JSONValue {
    .object([
      ("nombre", .string(name)), ("maximo", maximum.map(JSONValue.int) ?? .null),
      ("obligatorio", .bool(required)),
      (
        "opciones",
        .array(
          options.map {
            .object([("nombre", .string($0.name)), ("precio", .int($0.price.minorUnits))])
          })
      ),
    ])
  }
}
