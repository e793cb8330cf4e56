import TiendaStore

/// A product category; `inPOS == false` hides its products from sales.
public struct Category: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let parentID: Int64?
  public let parentName: String?
  public let inPOS: Bool
  public let description: String

  var json: JSONValue {
    .object([
      ("nombre", .string(name)), ("padre", parentName.map(JSONValue.string) ?? .null),
      ("en_pos", .bool(inPOS)), ("descripcion", .string(description)),
    ])
  }
}

/// Fields of `editar categoría`; nil stays as is. `parent: .some(nil)` removes it.
public struct CategoryChange: Sendable {
  public var name: String?
  public var parent: String??
  public var inPOS: Bool?
  public var description: String?

  public init(
    name: String? = nil, parent: String?? = nil, inPOS: Bool? = nil, description: String? = nil
  ) {
    self.name = name
    self.parent = parent
    self.inPOS = inPOS
    self.description = description
  }
}

extension Catalog {
  /// Active categories in Spanish order.
  public func categories() throws -> [Category] {
    try CategoryRow.active(db).map(\.category)
  }

  /// Names of active categories (for completion).
  public func categoryNames() throws -> [String] {
    try CategoryStore.activeNames(db)
  }

  /// Finds one active category by name (exact or word prefixes).
  public func findCategory(_ query: String) throws -> Category {
    // The exact name goes through the unique index; prefixes need the list.
    if let row = try CategoryRow.fetchActive(
      db, nameFolded: fold(query).trimmingCharacters(in: " "))
    {
      return row.category
    }
    let candidates = try CategoryStore.activeNamed(db)
    let found = try NameMatcher.resolve(query, among: candidates, thing: .category)
    return try category(id: found.id)
  }

  func category(id: Int64) throws -> Category {
    guard let row = try CategoryRow.fetch(db, id: id) else {
      throw CoreError.notFound(.category, query: String(id), suggestion: nil)
    }
    return row.category
  }

  private func checkNewName(_ raw: String, excluding id: Int64? = nil) throws -> String {
    let name = try NameRules.clean(raw, thing: .category, reserved: ["ninguna", "ninguno"])
    if let existing = try CategoryStore.activeName(db, nameFolded: fold(name), excluding: id) {
      throw CoreError.alreadyExists(.category, name: existing)
    }
    return name
  }

  /// `crear categoría`.
  @discardableResult
  public func createCategory(
    name: String, parent: String? = nil, inPOS: Bool = true, description: String = ""
  ) throws -> Category {
    try mutate { journal in
      let clean = try checkNewName(name)
      let parentCategory = try parent.map(findCategory)
      let id = try NewCategoryRow(
        name: clean, parentID: parentCategory?.id, inPOS: inPOS, description: description,
        createdAt: clock.now()
      ).insert(into: db)
      let created = try category(id: id)
      journal.record(
        "categoría.crear", entity: "categories", id: String(created.id), after: created.json)
      return created
    }
  }

  /// `editar categoría`. Returns the category and whether anything changed
  /// (an edit to the same values writes nothing and journals nothing).
  @discardableResult
  public func editCategory(_ query: String, _ change: CategoryChange) throws -> (
    category: Category, changed: Bool
  ) {
    guard
      change.name != nil || change.parent != nil || change.inPOS != nil
        || change.description != nil
    else { throw CoreError.nothingToChange }
    return try mutate { journal in
      let old = try findCategory(query)
      let name = try change.name.map { try checkNewName($0, excluding: old.id) } ?? old.name
      var parentID = old.parentID
      if let parent = change.parent {
        if let parent {
          let p = try findCategory(parent)
          if try isDescendant(p.id, of: old.id) {
            throw CoreError.categoryCycle(name: old.name, parent: p.name)
          }
          parentID = p.id
        } else {
          parentID = nil
        }
      }
      let inPOS = change.inPOS ?? old.inPOS
      let description = change.description ?? old.description
      if name == old.name && parentID == old.parentID && inPOS == old.inPOS
        && description == old.description
      {
        return (old, false)
      }
      try CategoryStore.update(
        db, id: old.id, name: name, parentID: parentID, inPOS: inPOS, description: description)
      let new = try category(id: old.id)
      journal.record(
        "categoría.editar", entity: "categories", id: String(old.id), before: old.json,
        after: new.json)
      return (new, true)
    }
  }

  /// `borrar categoría`: deactivates it (history keeps the name). Refused
  /// while active subcategories hang from it.
  @discardableResult
  public func deleteCategory(_ query: String) throws -> Category {
    try mutate { journal in
      let old = try findCategory(query)
      let children = try CategoryStore.activeChildNames(db, of: old.id)
      if !children.isEmpty {
        throw CoreError.categoryHasChildren(name: old.name, children: children)
      }
      let products = try ProductStore.activeCount(db, categoryID: old.id)
      if products > 0 {
        throw CoreError.categoryHasProducts(name: old.name, count: Int(products))
      }
      try CategoryStore.deactivate(db, id: old.id)
      journal.record(
        "categoría.borrar", entity: "categories", id: String(old.id), before: old.json)
      return old
    }
  }

  /// Whether `candidate` is `ancestor` itself or hangs below it.
  func isDescendant(_ candidate: Int64, of ancestor: Int64) throws -> Bool {
    try CategoryStore.isDescendant(db, candidate, of: ancestor)
  }

  /// Ids of categories hidden from sales: `en-pos no` on them or an ancestor.
  public func hiddenCategoryIDs() throws -> Set<Int64> {
    // Most shops hide nothing: skip the recursive query then (it runs for
    // every product named in a sale).
    guard try CategoryStore.anyHidden(db) else { return [] }
    return Set(try CategoryStore.hiddenIDs(db))
  }
}
