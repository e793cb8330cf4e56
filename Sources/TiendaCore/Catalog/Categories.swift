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
  static let categoryColumns = """
    SELECT c.id, c.name, c.parent_id, p.name, c.in_pos, c.description
    FROM categories c LEFT JOIN categories p ON p.id = c.parent_id
    """

  private func category(from row: Row) -> Category {
    Category(
      id: row.int(0), name: row.string(1), parentID: row.optionalInt(2),
      parentName: row.optionalString(3), inPOS: row.bool(4), description: row.string(5))
  }

  /// Active categories in Spanish order.
  public func categories() throws -> [Category] {
    try db.query(Catalog.categoryColumns + " WHERE c.active = 1 ORDER BY c.name COLLATE es")
      .map(category(from:))
  }

  /// Names of active categories (for completion).
  public func categoryNames() throws -> [String] {
    try db.query("SELECT name FROM categories WHERE active = 1 ORDER BY name COLLATE es")
      .map { $0.string(0) }
  }

  /// Finds one active category by name (exact or word prefixes).
  public func findCategory(_ query: String) throws -> Category {
    // The exact name goes through the unique index; prefixes need the list.
    if let row = try db.queryFirst(
      Catalog.categoryColumns + " WHERE c.active = 1 AND c.name_folded = ?",
      [.text(fold(query).trimmingCharacters(in: " "))])
    {
      return category(from: row)
    }
    let candidates = try db.query(
      "SELECT id, name FROM categories WHERE active = 1 ORDER BY name COLLATE es"
    ).map { NamedCandidate(id: $0.int(0), name: $0.string(1)) }
    let found = try NameMatcher.resolve(query, among: candidates, thing: .category)
    return try category(id: found.id)
  }

  func category(id: Int64) throws -> Category {
    guard let row = try db.queryFirst(Catalog.categoryColumns + " WHERE c.id = ?", [.integer(id)])
    else { throw CoreError.notFound(.category, query: String(id), suggestion: nil) }
    return category(from: row)
  }

  private func checkNewName(_ raw: String, excluding id: Int64? = nil) throws -> String {
    let name = try NameRules.clean(raw, thing: .category, reserved: ["ninguna", "ninguno"])
    let existing = try db.queryFirst(
      "SELECT name FROM categories WHERE active = 1 AND name_folded = ? AND id IS NOT ?",
      [.text(fold(name)), id.sqlValue])
    if let existing { throw CoreError.alreadyExists(.category, name: existing.string(0)) }
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
      try db.run(
        """
        INSERT INTO categories(name, name_folded, parent_id, in_pos, description, created_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        [
          .text(clean), .text(fold(clean)), parentCategory?.id.sqlValue ?? .null,
          inPOS.sqlValue, .text(description), .integer(clock.now()),
        ])
      let created = try category(id: db.lastInsertRowID)
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
      try db.run(
        """
        UPDATE categories SET name = ?, name_folded = ?, parent_id = ?, in_pos = ?,
          description = ? WHERE id = ?
        """,
        [
          .text(name), .text(fold(name)), parentID.sqlValue, inPOS.sqlValue,
          .text(description), .integer(old.id),
        ])
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
      let children = try db.query(
        "SELECT name FROM categories WHERE parent_id = ? AND active = 1 ORDER BY name COLLATE es",
        [.integer(old.id)]
      ).map { $0.string(0) }
      if !children.isEmpty {
        throw CoreError.categoryHasChildren(name: old.name, children: children)
      }
      let products = try db.scalarInt(
        "SELECT count(*) FROM products WHERE category_id = ? AND active = 1", [.integer(old.id)])
      if products > 0 {
        throw CoreError.categoryHasProducts(name: old.name, count: Int(products))
      }
      try db.run("UPDATE categories SET active = 0 WHERE id = ?", [.integer(old.id)])
      journal.record(
        "categoría.borrar", entity: "categories", id: String(old.id), before: old.json)
      return old
    }
  }

  /// Whether `candidate` is `ancestor` itself or hangs below it.
  func isDescendant(_ candidate: Int64, of ancestor: Int64) throws -> Bool {
    try db.scalarInt(
      """
      WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT c.parent_id FROM categories c
        JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL)
      SELECT count(*) FROM up WHERE id = ?
      """, [.integer(candidate), .integer(ancestor)]) > 0
  }

  /// Ids of categories hidden from sales: `en-pos no` on them or an ancestor.
  public func hiddenCategoryIDs() throws -> Set<Int64> {
    // Most shops hide nothing: skip the recursive query then (it runs for
    // every product named in a sale).
    guard try db.queryFirst("SELECT 1 FROM categories WHERE in_pos = 0 LIMIT 1") != nil else {
      return []
    }
    return Set(
      try db.query(
        """
        WITH RECURSIVE hidden(id) AS (
          SELECT id FROM categories WHERE in_pos = 0
          UNION SELECT c.id FROM categories c JOIN hidden h ON c.parent_id = h.id)
        SELECT id FROM hidden
        """
      ).map { $0.int(0) })
  }
}
