import TiendaStore

/// One row of `customers` as written (a new customer, or all its fields on
/// an edit).
struct CustomerRow: PersistableRow, Equatable {
  static let table = "customers"

  var globalID: String
  var name: String
  var rut: Rut?
  var phone: String
  var email: String
  var address: String
  var groupID: Int64?
  var creditLimit: Money?
  var priceListID: Int64?
  var note: String
  var kind: CustomerKind
  var active: Bool
  var createdAt: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "global_id": globalID, "name": name, "name_folded": fold(name), "rut": rut?.canonical,
      "phone": phone, "phone_digits": CustomerRow.digits(phone), "email": email,
      "address": address, "group_id": groupID, "credit_limit": creditLimit?.minorUnits,
      "price_list_id": priceListID, "note": note, "kind": kind.rawValue, "active": active,
      "created_at": createdAt,
    ]
  }

  /// The digits of a phone (`+56 9 1234-5678` → `56912345678`).
  static func digits(_ phone: String) -> String {
    String(phone.filter { $0.isASCII && $0.isNumber })
  }

  /// Writes every field of customer `id` (not its global id nor creation).
  static func update(id: Int64, _ row: CustomerRow, in db: Database) throws {
    try db.update(
      table,
      set: [
        "name": row.name, "name_folded": fold(row.name), "rut": row.rut?.canonical,
        "phone": row.phone, "phone_digits": digits(row.phone), "email": row.email,
        "address": row.address, "group_id": row.groupID,
        "credit_limit": row.creditLimit?.minorUnits, "price_list_id": row.priceListID,
        "note": row.note, "kind": row.kind.rawValue, "active": row.active,
      ], where: "id = ?", [.integer(id)])
  }
}

/// A customer read with its group's and lists' names (`CustomerInfo`).
struct CustomerInfoRow: FetchableRow {
  let info: CustomerInfo

  init(row: Row) throws {
    let ownLimit: Int64? = try row["credit_limit"]
    let rutText: String? = try row["rut"]
    info = CustomerInfo(
      id: try row["id"], globalID: try row["global_id"], name: try row["name"],
      rut: rutText.flatMap(Rut.init(canonical:)), phone: try row["phone"],
      email: try row["email"], address: try row["address"], kind: try row.enumValue("kind"),
      groupID: try row["group_id"], groupName: try row["group_name"],
      ownCreditLimit: ownLimit.map(Money.init),
      groupCreditLimit: Money(try row.int("group_credit_limit")),
      ownPriceListID: try row["price_list_id"], ownPriceListName: try row["list_name"],
      groupPriceListID: try row["group_list_id"], groupPriceListName: try row["group_list_name"],
      ownListPercent: (try row.optionalInt("list_percent")).map { Percent(thousandths: $0) },
      groupListPercent: (try row.optionalInt("group_list_percent")).map {
        Percent(thousandths: $0)
      },
      note: try row["note"], active: try row["active"], createdAt: try row["created_at"])
  }

  static let select = """
    SELECT c.id, c.global_id, c.name, c.rut, c.phone, c.email, c.address, c.kind, c.group_id,
      g.name AS group_name, c.credit_limit, coalesce(g.credit_limit, 0) AS group_credit_limit,
      c.price_list_id, l.name AS list_name, g.price_list_id AS group_list_id,
      gl.name AS group_list_name, l.percent_off AS list_percent,
      gl.percent_off AS group_list_percent, c.note, c.active, c.created_at
    FROM customers c
    LEFT JOIN customer_groups g ON g.id = c.group_id
    LEFT JOIN price_lists l ON l.id = c.price_list_id
    LEFT JOIN price_lists gl ON gl.id = g.price_list_id
    """

  static func find(id: Int64, in db: Database) throws -> CustomerInfo? {
    try db.fetchOne(select + " WHERE c.id = ?", [.integer(id)], as: Self.self)?.info
  }

  /// Customers with this canonical RUT, active ones first.
  static func withRut(_ rut: Rut, in db: Database) throws -> [CustomerInfo] {
    try db.fetchAll(
      select + " WHERE c.rut = ? ORDER BY c.active DESC, c.id", [.text(rut.canonical)],
      as: Self.self
    ).map(\.info)
  }

  /// Active customers whose folded name is `folded` (namesakes), by index.
  static func activeNamed(folded: String, in db: Database) throws -> [CustomerInfo] {
    try db.fetchAll(
      select + " WHERE c.active = 1 AND c.name_folded = ? ORDER BY c.id", [.text(folded)],
      as: Self.self
    ).map(\.info)
  }

  /// Active customers whose phone's digits are `digits`, or end with them
  /// (a number typed without the country code).
  static func withPhone(_ digits: String, in db: Database) throws -> [CustomerInfo] {
    try db.fetchAll(
      select
        + " WHERE c.active = 1 AND c.phone_digits <> '' AND (c.phone_digits = ?1"
        + " OR (length(?1) >= 8 AND substr(c.phone_digits, -length(?1)) = ?1)) ORDER BY c.id",
      [.text(digits)], as: Self.self
    ).map(\.info)
  }

  /// Every customer (active ones, or all), in Spanish order; optionally
  /// only a group's.
  static func all(activeOnly: Bool, group: Int64?, in db: Database) throws -> [CustomerInfo] {
    var conditions: [String] = []
    var values: [SQLValue] = []
    if activeOnly { conditions.append("c.active = 1") }
    if let group {
      conditions.append("c.group_id = ?")
      values.append(.integer(group))
    }
    let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    return try db.fetchAll(
      select + filter + " ORDER BY c.name COLLATE es, c.id", values, as: Self.self
    ).map(\.info)
  }

  /// Customers whose name, RUT, phone, e-mail or note contains `folded`.
  static func search(_ folded: String, digits: String, in db: Database) throws -> [CustomerInfo] {
    let pattern = "%" + String(folded.filter { $0 != "%" && $0 != "_" }) + "%"
    let digitPattern = digits.count >= 3 ? "%" + digits + "%" : "\u{1}"
    return try db.fetchAll(
      select
        + """
         WHERE c.name_folded LIKE ?1 OR fold(c.email) LIKE ?1 OR fold(c.note) LIKE ?1
          OR c.phone_digits LIKE ?2 OR replace(c.rut, '-', '') LIKE ?2
        ORDER BY c.active DESC, c.name COLLATE es, c.id
        """, [.text(pattern), .text(digitPattern)], as: Self.self
    ).map(\.info)
  }
}

/// Names of the active customers.
enum CustomerNameRow {
  /// Names of active customers, for Tab completion.
  static func names(in db: Database) throws -> [String] {
    try db.fetchValues("SELECT name FROM customers WHERE active = 1 ORDER BY name COLLATE es")
  }
}
