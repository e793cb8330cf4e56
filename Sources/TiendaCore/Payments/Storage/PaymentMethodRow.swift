import TiendaStore

/// One row of `payment_methods`, with the count of payments made with it.
struct PaymentMethodRow: FetchableRow, PersistableRow {
  static let table = "payment_methods"

  var id: Int64 = 0
  let name: String
  let type: PaymentMethodType
  let referenceRequired: Bool
  var active = true
  var builtin = false
  var available = true
  var payments: Int64 = 0
  var createdAt: Int64 = 0

  init(name: String, type: PaymentMethodType, referenceRequired: Bool, createdAt: Int64) {
    self.name = name
    self.type = type
    self.referenceRequired = referenceRequired
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
    type = try row.enumValue("type")
    referenceRequired = try row["reference_required"]
    active = try row["active"]
    builtin = try row["builtin"]
    available = try row["available"]
    payments = try row["payments"]
  }

  /// The columns a new method is written with.
  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "name": name, "name_folded": fold(name), "type": type.rawValue,
      "reference_required": referenceRequired, "active": active, "builtin": builtin,
      "available": available, "created_at": createdAt,
    ]
  }

  var info: PaymentMethodInfo {
    PaymentMethodInfo(
      id: id, name: name, type: type, referenceRequired: referenceRequired, active: active,
      builtin: builtin, available: available, payments: payments)
  }

  private static let select = """
    SELECT m.id, m.name, m.type, m.reference_required, m.active, m.builtin, m.available,
      (SELECT count(*) FROM payments p WHERE p.method = m.name)
        + (SELECT count(*) FROM gift_card_moves g WHERE g.method = m.name) AS payments
    FROM payment_methods m
    """

  /// Every method: the built-ins in their order, then the shop's in Spanish order.
  static func all(in db: Database) throws -> [PaymentMethodRow] {
    try db.fetchAll(
      select + " ORDER BY m.builtin DESC, CASE WHEN m.builtin = 1 THEN m.id END, m.name COLLATE es")
  }

  /// The method whose folded name is `folded`, active or not.
  static func find(folded: String, in db: Database) throws -> PaymentMethodRow? {
    try db.fetchOne(select + " WHERE m.name_folded = ?", [.text(folded)])
  }

  /// The methods whose folded names are `folded` (one statement), without
  /// their payment count.
  static func named(_ folded: [String], in db: Database) throws -> [PaymentMethodRow] {
    let marks = Database.placeholders(max(1, folded.count))
    return try db.fetchAll(
      """
      SELECT id, name, type, reference_required, active, builtin, available, 0 AS payments
      FROM payment_methods WHERE name_folded IN (\(marks))
      """, folded.map { .text($0) })
  }

  /// Names of the methods a payment may use now.
  static func payableNames(in db: Database) throws -> [String] {
    try db.fetchValues(
      "SELECT name FROM payment_methods WHERE active = 1 AND available = 1 ORDER BY id")
  }

  /// Writes the type, reference rule and active flag of method `id`.
  static func update(
    id: Int64, type: PaymentMethodType, referenceRequired: Bool, active: Bool, in db: Database
  ) throws {
    try db.update(
      table,
      set: ["type": type.rawValue, "reference_required": referenceRequired, "active": active],
      where: "id = ?", [.integer(id)])
  }
}
