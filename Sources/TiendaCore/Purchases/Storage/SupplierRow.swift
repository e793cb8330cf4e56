import TiendaStore

/// One row of `suppliers`, with its count of purchases and what is owed.
struct SupplierRow: FetchableRow, PersistableRow {
  static let table = "suppliers"

  var id: Int64 = 0
  var globalID: String
  var name: String
  var rut: String?
  var phone: String?
  var contact: String?
  var email: String?
  var active = true
  var createdAt: Int64 = 0
  var purchases: Int64 = 0
  var owed: Int64 = 0

  init(draft: SupplierDraft, globalID: String, createdAt: Int64) {
    self.globalID = globalID
    name = draft.name
    rut = draft.rut?.formatted
    phone = draft.phone
    contact = draft.contact
    email = draft.email
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    id = try row["id"]
    globalID = try row["global_id"]
    name = try row["name"]
    rut = try row["rut"]
    phone = try row["phone"]
    contact = try row["contact"]
    email = try row["email"]
    active = try row["active"]
    purchases = try row["purchases"]
    owed = try row["owed"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "global_id": globalID, "name": name, "name_folded": fold(name), "rut": rut,
      "phone": phone, "contact": contact, "email": email, "active": active,
      "created_at": createdAt,
    ]
  }

  var supplier: Supplier {
    var s = Supplier(
      id: id, globalID: globalID, name: name, rut: rut.flatMap { Rut.parse($0) },
      phone: phone, contact: contact, email: email, active: active)
    s.purchases = Int(purchases)
    s.owed = Money(owed)
    return s
  }

  private static let select = """
    SELECT s.id, s.global_id, s.name, s.rut, s.phone, s.contact, s.email, s.active,
      (SELECT count(*) FROM purchases p WHERE p.supplier_id = s.id) AS purchases,
      coalesce((SELECT sum(p.total - coalesce((SELECT sum(y.amount) FROM purchase_payments y
          WHERE y.purchase_id = p.id), 0))
        FROM purchases p WHERE p.supplier_id = s.id
          AND NOT EXISTS (SELECT 1 FROM purchase_voids v WHERE v.purchase_id = p.id)), 0)
        AS owed
    FROM suppliers s
    """

  /// Every supplier in Spanish order; the inactive ones only with `all`.
  static func all(includeInactive: Bool, in db: Database) throws -> [SupplierRow] {
    try db.fetchAll(
      select + (includeInactive ? "" : " WHERE s.active = 1") + " ORDER BY s.name COLLATE es")
  }

  /// The supplier whose folded name is `folded`, active or not.
  static func find(folded: String, in db: Database) throws -> SupplierRow? {
    try db.fetchOne(select + " WHERE s.name_folded = ?", [.text(folded)])
  }

  static func find(id: Int64, in db: Database) throws -> SupplierRow? {
    try db.fetchOne(select + " WHERE s.id = ?", [.integer(id)])
  }

  /// Active supplier names, for Tab completion.
  static func activeNames(in db: Database) throws -> [String] {
    try db.fetchValues("SELECT name FROM suppliers WHERE active = 1 ORDER BY name COLLATE es")
  }

  /// Writes one column of supplier `id`.
  static func update(id: Int64, _ values: KeyValuePairs<String, any SQLBindable>, in db: Database)
    throws
  {
    _ = try db.update(table, set: values, where: "id = ?", [.integer(id)])
  }
}
