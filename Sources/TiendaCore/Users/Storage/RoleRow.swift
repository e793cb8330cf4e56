import TiendaStore

/// One row of `roles`: its rights (a comma-separated list of their words,
/// in `Right.allCases` order) and caps.
struct RoleRow: FetchableRow {
  let role: Role

  init(row: Row) throws {
    let rights: String = try row["rights"]
    role = Role(
      id: try row["id"], code: try row["code"],
      rights: Set(rights.split(separator: ",").compactMap { Right(rawValue: String($0)) }),
      maxLineDiscount: Percent(thousandths: try row["max_line_discount"]),
      maxTicketDiscount: Percent(thousandths: try row["max_ticket_discount"]),
      maxRefund: try row.optionalInt("max_refund").map(Money.init))
  }

  private static let select =
    "SELECT id, code, rights, max_line_discount, max_ticket_discount, max_refund FROM roles"

  /// All roles, in creation order (cajero, supervisor, dueño).
  static func all(in db: Database) throws -> [RoleRow] {
    try db.fetchAll(select + " ORDER BY id")
  }

  static func find(id: Int64, in db: Database) throws -> RoleRow? {
    try db.fetchOne(select + " WHERE id = ?", [.integer(id)])
  }

  static func find(folded: String, in db: Database) throws -> RoleRow? {
    try db.fetchOne(select + " WHERE code_folded = ?", [.text(folded)])
  }

  /// The stored form of a set of rights.
  static func encode(_ rights: Set<Right>) -> String {
    Right.allCases.filter(rights.contains).map(\.rawValue).joined(separator: ",")
  }

  /// New rights and caps for role `id`.
  static func update(
    id: Int64, rights: Set<Right>, maxLineDiscount: Percent, maxTicketDiscount: Percent,
    maxRefund: Money?, in db: Database
  ) throws {
    try db.update(
      "roles",
      set: [
        "rights": encode(rights), "max_line_discount": maxLineDiscount.thousandths,
        "max_ticket_discount": maxTicketDiscount.thousandths,
        "max_refund": maxRefund?.minorUnits,
      ], where: "id = ?", [.integer(id)])
  }
}
