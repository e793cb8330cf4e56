import TiendaStore

/// The customer of a sale as recorded (a ledger row).
struct SaleCustomerRow: FetchableRow, PersistableRow {
  static let table = "sale_customers"

  let saleID: Int64
  let customerID: Int64
  let name: String
  let rut: Rut?

  init(saleID: Int64, customerID: Int64, name: String, rut: Rut?) {
    self.saleID = saleID
    self.customerID = customerID
    self.name = name
    self.rut = rut
  }

  init(row: Row) throws {
    saleID = try row["sale_id"]
    customerID = try row["customer_id"]
    name = try row["name"]
    let text: String? = try row["rut"]
    rut = text.flatMap(Rut.init(canonical:))
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["sale_id": saleID, "customer_id": customerID, "name": name, "rut": rut?.canonical]
  }

  static func of(sale: Int64, in db: Database) throws -> SaleCustomerRow? {
    try db.fetchOne(
      "SELECT sale_id, customer_id, name, rut FROM sale_customers WHERE sale_id = ?",
      [.integer(sale)])
  }
}

/// The customer of an open or held ticket (`ticket_customers`).
enum TicketCustomerRow {
  /// Sets (or, with nil, removes) the customer of ticket `ticket`.
  static func save(ticket: Int64, customer: Int64?, in db: Database) throws {
    if let customer {
      try db.run(
        """
        INSERT INTO ticket_customers(ticket_id, customer_id) VALUES (?, ?)
          ON CONFLICT(ticket_id) DO UPDATE SET customer_id = excluded.customer_id
        """, [.integer(ticket), .integer(customer)])
    } else {
      try db.run("DELETE FROM ticket_customers WHERE ticket_id = ?", [.integer(ticket)])
    }
  }
}
