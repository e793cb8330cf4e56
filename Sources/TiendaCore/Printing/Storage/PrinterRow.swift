import TiendaStore

/// One row of `printers`, read by column name.
struct PrinterRow: FetchableRow {
  let printer: Printer

  init(row: Row) throws {
    printer = Printer(
      id: try row["id"], name: try row["name"], transport: try row.enumValue("transport"),
      target: try row["target"], role: try row.enumValue("role"),
      language: try row.enumValue("language"), width: try row["width"],
      codePage: try row["codepage"], cut: try row["cut"], drawer: try row["drawer"],
      isDefault: try row["is_default"], statusCheck: try row["status_check"])
  }

  static let select = """
    SELECT id, name, transport, target, role, language, width, codepage, cut, drawer, is_default,
      status_check
    FROM printers
    """

  /// Active printers, by role and name.
  static func active(_ db: Database) throws -> [Printer] {
    try db.fetchAll(select + " WHERE active = 1 ORDER BY role, name COLLATE es", as: Self.self)
      .map(\.printer)
  }

  /// Every printer, deleted ones too.
  static func all(_ db: Database) throws -> [Printer] {
    try db.fetchAll(select, as: Self.self).map(\.printer)
  }

  static func defaultPrinter(_ db: Database, role: PrinterRole) throws -> Printer? {
    try db.fetchOne(
      select + " WHERE active = 1 AND is_default = 1 AND role = ?", [.text(role.rawValue)],
      as: Self.self)?.printer
  }

  static func find(_ db: Database, id: Int64) throws -> Printer? {
    try db.fetchOne(select + " WHERE id = ?", [.integer(id)], as: Self.self)?.printer
  }

  /// The active printer whose folded name is `folded`.
  static func active(_ db: Database, folded: String) throws -> Printer? {
    try db.fetchOne(
      select + " WHERE name_folded = ? AND active = 1", [.text(folded)], as: Self.self)?.printer
  }

  /// The columns a printer writes (all but `id`, `active`, `created_at`).
  static func columns(_ p: Printer) -> KeyValuePairs<String, any SQLBindable> {
    [
      "name": p.name, "name_folded": fold(p.name), "transport": p.transport.rawValue,
      "target": p.target, "role": p.role.rawValue, "language": p.language.rawValue,
      "width": p.width, "codepage": p.codePage, "cut": p.cut, "drawer": p.drawer,
      "is_default": p.isDefault, "status_check": p.statusCheck,
    ]
  }

  /// Inserts a new printer; returns its id.
  static func insert(_ db: Database, _ p: Printer, createdAt: Int64) throws -> Int64 {
    try db.insert(
      into: "printers",
      [
        "name": p.name, "name_folded": fold(p.name), "transport": p.transport.rawValue,
        "target": p.target, "role": p.role.rawValue, "language": p.language.rawValue,
        "width": p.width, "codepage": p.codePage, "cut": p.cut, "drawer": p.drawer,
        "is_default": p.isDefault, "status_check": p.statusCheck, "created_at": createdAt,
      ])
  }

  static func update(_ db: Database, _ p: Printer) throws {
    try db.update("printers", set: columns(p), where: "id = ?", [.integer(p.id)])
  }

  /// No printer of `role` is the default any more.
  static func clearDefault(_ db: Database, role: PrinterRole) throws {
    try db.run(
      "UPDATE printers SET is_default = 0 WHERE role = ? AND is_default = 1",
      [.text(role.rawValue)])
  }

  /// Deactivated: its name is free again, its jobs keep pointing at it.
  static func deactivate(_ db: Database, id: Int64) throws {
    try db.run(
      "UPDATE printers SET active = 0, is_default = 0, name_folded = name_folded || '#' || id WHERE id = ?",
      [.integer(id)])
  }
}
