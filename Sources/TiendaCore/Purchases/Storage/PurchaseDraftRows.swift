import TiendaStore

/// A purchase being received (`purchase_drafts`), with its supplier's name.
struct PurchaseDraftRow: FetchableRow, PersistableRow {
  static let table = "purchase_drafts"

  var id: Int64 = 0
  let registerID: Int64
  let supplierID: Int64
  var supplierName = ""
  let invoice: String?
  let invoiceDate: String?
  let dueDate: String?
  let grossPrices: Bool
  var ownerPID: Int64?
  var ownerStarted: Int64?
  var ownerBoot: String?
  var ownerUser: String?
  var openedAt: Int64 = 0
  var lineCount: Int64 = 0

  init(
    registerID: Int64, supplierID: Int64, header: PurchaseHeader, owner: TerminalID,
    user: String?, at: Int64
  ) {
    self.registerID = registerID
    self.supplierID = supplierID
    invoice = header.invoice
    invoiceDate = header.invoiceDate?.iso
    dueDate = header.dueDate?.iso
    grossPrices = header.grossPrices
    ownerPID = owner.pid
    ownerStarted = owner.started
    ownerBoot = owner.boot
    ownerUser = user
    openedAt = at
  }

  init(row: Row) throws {
    id = try row["id"]
    registerID = try row["register_id"]
    supplierID = try row["supplier_id"]
    supplierName = try row["supplier_name"]
    invoice = try row["invoice"]
    invoiceDate = try row["invoice_date"]
    dueDate = try row["due_date"]
    grossPrices = try row["gross_prices"]
    ownerPID = try row["owner_pid"]
    ownerStarted = try row["owner_started"]
    ownerBoot = try row["owner_boot"]
    ownerUser = try row["owner_user"]
    openedAt = try row["opened_at"]
    lineCount = try row["line_count"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "register_id": registerID, "supplier_id": supplierID, "invoice": invoice,
      "invoice_date": invoiceDate, "due_date": dueDate, "gross_prices": grossPrices,
      "owner_pid": ownerPID, "owner_started": ownerStarted, "owner_boot": ownerBoot,
      "owner_user": ownerUser, "opened_at": openedAt,
    ]
  }

  var header: PurchaseHeader {
    PurchaseHeader(
      supplier: supplierName, invoice: invoice,
      invoiceDate: invoiceDate.flatMap(LocalDate.init(iso:)),
      dueDate: dueDate.flatMap(LocalDate.init(iso:)), grossPrices: grossPrices)
  }

  private static let select = """
    SELECT d.*, s.name AS supplier_name,
      (SELECT count(*) FROM purchase_draft_lines l WHERE l.draft_id = d.id) AS line_count
    FROM purchase_drafts d JOIN suppliers s ON s.id = d.supplier_id
    """

  /// The draft this terminal owns on `register`, if any.
  static func owned(register: Int64, owner: TerminalID, in db: Database) throws
    -> PurchaseDraftRow?
  {
    try db.fetchOne(
      select
        + " WHERE d.register_id = ? AND d.owner_pid = ? AND d.owner_started = ? AND d.owner_boot = ?",
      [.integer(register), .integer(owner.pid), .integer(owner.started), .text(owner.boot)])
  }

  /// Drafts of `register` owned by other terminals, oldest first.
  static func notOwned(register: Int64, owner: TerminalID, in db: Database) throws
    -> [PurchaseDraftRow]
  {
    try db.fetchAll(
      select
        + """
         WHERE d.register_id = ? AND NOT (d.owner_pid IS ? AND d.owner_started IS ?
          AND d.owner_boot IS ?) ORDER BY d.id
        """,
      [.integer(register), .integer(owner.pid), .integer(owner.started), .text(owner.boot)])
  }

  static func claim(id: Int64, owner: TerminalID, user: String?, in db: Database) throws {
    _ = try db.update(
      table,
      set: [
        "owner_pid": owner.pid, "owner_started": owner.started, "owner_boot": owner.boot,
        "owner_user": user,
      ], where: "id = ?", [.integer(id)])
  }

  /// Removes draft `id` and its lines (confirmed or cancelled).
  static func delete(id: Int64, in db: Database) throws {
    try db.run("DELETE FROM purchase_draft_lines WHERE draft_id = ?", [.integer(id)])
    try db.run("DELETE FROM purchase_drafts WHERE id = ?", [.integer(id)])
  }
}

/// One line of a draft, with its product as it is now.
struct PurchaseDraftLineRow: FetchableRow, PersistableRow {
  static let table = "purchase_draft_lines"

  var id: Int64 = 0
  let draftID: Int64
  let productID: Int64
  let quantity: Int64
  let unitCost: Int64

  init(draftID: Int64, productID: Int64, quantity: Int64, unitCost: Int64) {
    self.draftID = draftID
    self.productID = productID
    self.quantity = quantity
    self.unitCost = unitCost
  }

  init(row: Row) throws {
    id = try row["id"]
    draftID = try row["draft_id"]
    productID = try row["product_id"]
    quantity = try row["quantity"]
    unitCost = try row["unit_cost"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["draft_id": draftID, "product_id": productID, "quantity": quantity, "unit_cost": unitCost]
  }

  static func of(draft: Int64, in db: Database) throws -> [PurchaseDraftLineRow] {
    try db.fetchAll(
      "SELECT id, draft_id, product_id, quantity, unit_cost FROM purchase_draft_lines"
        + " WHERE draft_id = ? ORDER BY id", [.integer(draft)])
  }

  static func delete(id: Int64, in db: Database) throws {
    try db.run("DELETE FROM purchase_draft_lines WHERE id = ?", [.integer(id)])
  }
}
