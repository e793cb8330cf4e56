import TiendaStore

/// One row of `categories`, with its parent's name.
struct CategoryRow: FetchableRow {
  let id: Int64
  let name: String
  let parentID: Int64?
  let parentName: String?
  let inPOS: Bool
  let description: String

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
    parentID = try row["parent_id"]
    parentName = try row["parent_name"]
    inPOS = try row["in_pos"]
    description = try row["description"]
  }

  var category: Category {
    Category(
      id: id, name: name, parentID: parentID, parentName: parentName, inPOS: inPOS,
      description: description)
  }

  static let select = """
    SELECT c.id AS id, c.name AS name, c.parent_id AS parent_id, p.name AS parent_name,
      c.in_pos AS in_pos, c.description AS description
    FROM categories c LEFT JOIN categories p ON p.id = c.parent_id
    """

  /// Active categories in Spanish order.
  static func active(_ db: Database) throws -> [CategoryRow] {
    try db.fetchAll(select + " WHERE c.active = 1 ORDER BY c.name COLLATE es")
  }

  static func fetch(_ db: Database, id: Int64) throws -> CategoryRow? {
    try db.fetchOne(select + " WHERE c.id = ?", [.integer(id)])
  }

  /// The active category with this folded name.
  static func fetchActive(_ db: Database, nameFolded: String) throws -> CategoryRow? {
    try db.fetchOne(
      select + " WHERE c.active = 1 AND c.name_folded = ?", [.text(nameFolded)])
  }
}

/// A new row of `categories`.
struct NewCategoryRow: PersistableRow {
  static let table = "categories"
  let name: String
  let parentID: Int64?
  let inPOS: Bool
  let description: String
  let createdAt: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "name": name, "name_folded": fold(name), "parent_id": parentID, "in_pos": inPOS,
      "description": description, "created_at": createdAt,
    ]
  }
}

/// Reads and writes of `categories` that are not whole rows.
enum CategoryStore {
  /// Ids and names of active categories in Spanish order (for naming).
  static func activeNamed(_ db: Database) throws -> [NamedCandidate] {
    var result: [NamedCandidate] = []
    try db.forEach("SELECT id, name FROM categories WHERE active = 1 ORDER BY name COLLATE es") {
      result.append(NamedCandidate(id: try $0.int("id"), name: try $0.string("name")))
    }
    return result
  }

  /// Names of active categories in Spanish order.
  static func activeNames(_ db: Database) throws -> [String] {
    try db.fetchValues("SELECT name FROM categories WHERE active = 1 ORDER BY name COLLATE es")
  }

  /// Names of active categories in no particular order (the importer's lookup).
  static func activeNamesUnordered(_ db: Database) throws -> [String] {
    try db.fetchValues("SELECT name FROM categories WHERE active = 1")
  }

  /// The name of the active category with this folded name, other than `id`.
  static func activeName(_ db: Database, nameFolded: String, excluding id: Int64?) throws
    -> String?
  {
    try db.fetchValue(
      "SELECT name FROM categories WHERE active = 1 AND name_folded = ? AND id IS NOT ?",
      [.text(nameFolded), id.sqlValue])
  }

  /// Names of the active categories directly under `id`, in Spanish order.
  static func activeChildNames(_ db: Database, of id: Int64) throws -> [String] {
    try db.fetchValues(
      "SELECT name FROM categories WHERE parent_id = ? AND active = 1 ORDER BY name COLLATE es",
      [.integer(id)])
  }

  static func update(
    _ db: Database, id: Int64, name: String, parentID: Int64?, inPOS: Bool, description: String
  ) throws {
    try db.run(
      """
      UPDATE categories SET name = ?, name_folded = ?, parent_id = ?, in_pos = ?,
        description = ? WHERE id = ?
      """,
      [
        .text(name), .text(fold(name)), parentID.sqlValue, inPOS.sqlValue, .text(description),
        .integer(id),
      ])
  }

  static func deactivate(_ db: Database, id: Int64) throws {
    try db.run("UPDATE categories SET active = 0 WHERE id = ?", [.integer(id)])
  }

  /// Whether `candidate` is `ancestor` itself or hangs below it.
  static func isDescendant(_ db: Database, _ candidate: Int64, of ancestor: Int64) throws -> Bool {
    let count: Int64 =
      try db.fetchValue(
        """
        WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT c.parent_id FROM categories c
          JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL)
        SELECT count(*) AS n FROM up WHERE id = ?
        """, [.integer(candidate), .integer(ancestor)]) ?? 0
    return count > 0
  }

  /// Whether any category is hidden from sales (`en-pos no`).
  static func anyHidden(_ db: Database) throws -> Bool {
    try db.queryFirst("SELECT 1 FROM categories WHERE in_pos = 0 LIMIT 1") != nil
  }

  /// Ids of categories with `en-pos no` and of all below them.
  static func hiddenIDs(_ db: Database) throws -> [Int64] {
    try db.fetchValues(
      """
      WITH RECURSIVE hidden(id) AS (
        SELECT id FROM categories WHERE in_pos = 0
        UNION SELECT c.id FROM categories c JOIN hidden h ON c.parent_id = h.id)
      SELECT id FROM hidden
      """)
  }

  /// The nearest category, from `id` up through its parents, with `en-pos no`.
  static func nearestHiddenName(_ db: Database, from id: Int64) throws -> String? {
    try db.fetchValue(
      """
      WITH RECURSIVE up(id, parent_id, name, in_pos, depth) AS (
        SELECT id, parent_id, name, in_pos, 0 FROM categories WHERE id = ?
        UNION ALL SELECT c.id, c.parent_id, c.name, c.in_pos, u.depth + 1
          FROM categories c JOIN up u ON c.id = u.parent_id WHERE u.depth < 64)
      SELECT name FROM up WHERE in_pos = 0 ORDER BY depth LIMIT 1
      """, [.integer(id)])
  }
}
