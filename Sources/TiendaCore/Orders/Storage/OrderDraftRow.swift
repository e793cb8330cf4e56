import TiendaStore

/// An order being created or edited (`order_drafts`): the header; the
/// lines are its ticket's.
struct OrderDraftRow: FetchableRow, PersistableRow {
  static let table = "order_drafts"

  var ticketID: Int64
  var orderID: Int64?
  var orderNumber: Int64?
  var customerID: Int64?
  var customerName: String = ""
  var customerPhone: String = ""
  var dueAt: Int64?
  var delivery: OrderDelivery = .pickup
  var address: String = ""
  var note: String = ""
  var depositMethod: String?
  var depositAmount: Int64?
  var depositReference: String?

  init(ticketID: Int64) { self.ticketID = ticketID }

  init(row: Row) throws {
    ticketID = try row["ticket_id"]
    orderID = try row["order_id"]
    orderNumber = try row["order_number"]
    customerID = try row["customer_id"]
    customerName = try row["customer_name"]
    customerPhone = try row["customer_phone"]
    dueAt = try row["due_at"]
    delivery = try row.enumValue("delivery")
    address = try row["address"]
    note = try row["note"]
    depositMethod = try row["deposit_method"]
    depositAmount = try row["deposit_amount"]
    depositReference = try row["deposit_reference"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "ticket_id": ticketID, "order_id": orderID, "customer_id": customerID,
      "customer_name": customerName, "customer_phone": customerPhone, "due_at": dueAt,
      "delivery": delivery.rawValue, "address": address, "note": note,
      "deposit_method": depositMethod, "deposit_amount": depositAmount,
      "deposit_reference": depositReference,
    ]
  }

  private static let select = """
    SELECT d.*, o.number AS order_number FROM order_drafts d
    LEFT JOIN orders o ON o.id = d.order_id
    """

  static func of(ticket: Int64, in db: Database) throws -> OrderDraftRow? {
    try db.fetchOne(select + " WHERE d.ticket_id = ?", [.integer(ticket)])
  }

  static func of(order: Int64, in db: Database) throws -> OrderDraftRow? {
    try db.fetchOne(select + " WHERE d.order_id = ?", [.integer(order)])
  }

  static func save(_ row: OrderDraftRow, in db: Database) throws {
    try db.run("DELETE FROM order_drafts WHERE ticket_id = ?", [.integer(row.ticketID)])
    try row.insert(into: db)
  }
}

/// The terminal holding an order's draft (its ticket's owner).
struct OrderDraftOwnerRow: FetchableRow {
  let ownerPID: Int64?
  let ownerStarted: Int64
  let ownerBoot: String

  init(row: Row) throws {
    ownerPID = try row.optionalInt("owner_pid")
    ownerStarted = try row.int("owner_started")
    ownerBoot = try row.string("owner_boot")
  }

  static func of(ticket: Int64, in db: Database) throws -> OrderDraftOwnerRow? {
    try db.fetchOne(
      "SELECT owner_pid, owner_started, owner_boot FROM tickets WHERE id = ?", [.integer(ticket)])
  }

  /// The owner, nil when none was kept or its process is gone.
  var liveOwner: TerminalID? {
    guard let pid = ownerPID else { return nil }
    let owner = TerminalID(pid: pid, started: ownerStarted, boot: ownerBoot)
    return owner.isAlive ? owner : nil
  }
}
