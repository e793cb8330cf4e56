import TiendaStore

/// An order (`orders`), with the number of the sale it became.
struct OrderRow: FetchableRow, PersistableRow {
  static let table = "orders"

  var id: Int64 = 0
  var number: Int64
  var registerID: Int64
  var customerID: Int64?
  var customerName: String
  var customerPhone: String
  var dueAt: Int64?
  var delivery: OrderDelivery
  var address: String
  var note: String
  var state: OrderState
  var subtotal: Int64
  var discount: Int64
  var discountPercent: Int64?
  var discountAmount: Int64?
  var total: Int64
  var deposit: Int64
  var saleID: Int64?
  var saleNumber: Int64?
  var createdAt: Int64
  var createdBy: String?
  var updatedAt: Int64

  init(number: Int64, registerID: Int64, at: Int64, by user: String?) {
    self.number = number
    self.registerID = registerID
    customerName = ""
    customerPhone = ""
    delivery = .pickup
    address = ""
    note = ""
    state = .new
    subtotal = 0
    discount = 0
    total = 0
    deposit = 0
    createdAt = at
    createdBy = user
    updatedAt = at
  }

  init(row: Row) throws {
    id = try row["id"]
    number = try row["number"]
    registerID = try row["register_id"]
    customerID = try row["customer_id"]
    customerName = try row["customer_name"]
    customerPhone = try row["customer_phone"]
    dueAt = try row["due_at"]
    delivery = try row.enumValue("delivery")
    address = try row["address"]
    note = try row["note"]
    state = try row.enumValue("state")
    subtotal = try row["subtotal"]
    discount = try row["discount"]
    discountPercent = try row["discount_percent"]
    discountAmount = try row["discount_amount"]
    total = try row["total"]
    deposit = try row["deposit"]
    saleID = try row["sale_id"]
    saleNumber = try row["sale_number"]
    createdAt = try row["created_at"]
    createdBy = try row["created_by"]
    updatedAt = try row["updated_at"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "number": number, "register_id": registerID, "customer_id": customerID,
      "customer_name": customerName, "customer_phone": customerPhone, "due_at": dueAt,
      "delivery": delivery.rawValue, "address": address, "note": note, "state": state.rawValue,
      "subtotal": subtotal, "discount": discount, "discount_percent": discountPercent,
      "discount_amount": discountAmount, "total": total, "deposit": deposit, "sale_id": saleID,
      "created_at": createdAt, "created_by": createdBy, "updated_at": updatedAt,
    ]
  }

  private static let select = """
    SELECT o.*, s.number AS sale_number FROM orders o LEFT JOIN sales s ON s.id = o.sale_id
    """

  static func find(number: Int64, in db: Database) throws -> OrderRow? {
    try db.fetchOne(select + " WHERE o.number = ?", [.integer(number)])
  }

  static func find(id: Int64, in db: Database) throws -> OrderRow? {
    try db.fetchOne(select + " WHERE o.id = ?", [.integer(id)])
  }

  static func nextNumber(in db: Database) throws -> Int64 {
    (try db.fetchValue("SELECT coalesce(max(number), 0) + 1 FROM orders") as Int64?) ?? 1
  }

  /// Orders in `states`, due in `[from, to)` when given, by due time
  /// (orders without a day last), then number.
  static func list(states: [OrderState], from: Int64?, to: Int64?, in db: Database) throws
    -> [OrderRow]
  {
    var sql =
      select + " WHERE o.state IN (" + states.map { _ in "?" }.joined(separator: ", ") + ")"
    var values: [SQLValue] = states.map { .text($0.rawValue) }
    if let from, let to {
      sql += " AND o.due_at >= ? AND o.due_at < ?"
      values += [.integer(from), .integer(to)]
    }
    sql += " ORDER BY o.due_at IS NULL, o.due_at, o.number"
    return try db.fetchAll(sql, values)
  }

  /// How many open orders are due in `[from, to)` and how many are late
  /// (due before `from`): one cheap query for the prompt.
  static func dueCount(from: Int64, to: Int64, in db: Database) throws -> OrderDueCount {
    let row: OrderDueCountRow? = try db.fetchOne(
      """
      SELECT coalesce(sum(due_at >= ?1), 0) AS soon, coalesce(sum(due_at < ?1), 0) AS late
      FROM orders WHERE state IN ('nuevo', 'en preparación', 'listo') AND due_at < ?2
      """, [.integer(from), .integer(to)])
    return OrderDueCount(soon: row?.soon ?? 0, late: row?.late ?? 0)
  }

  /// Writes the header, totals, state and sale of an existing order.
  static func update(_ row: OrderRow, in db: Database) throws {
    try db.update(
      table,
      set: [
        "customer_id": row.customerID, "customer_name": row.customerName,
        "customer_phone": row.customerPhone, "due_at": row.dueAt,
        "delivery": row.delivery.rawValue, "address": row.address, "note": row.note,
        "subtotal": row.subtotal, "discount": row.discount,
        "discount_percent": row.discountPercent, "discount_amount": row.discountAmount,
        "total": row.total, "updated_at": row.updatedAt,
      ], where: "id = ?", [.integer(row.id)])
  }

  /// Moves an order from `from` to `to`; false when its state was not
  /// `from` any more (another terminal moved it first).
  static func move(
    id: Int64, from: OrderState, to: OrderState, sale: Int64?, at: Int64, in db: Database
  ) throws -> Bool {
    try db.update(
      table, set: ["state": to.rawValue, "sale_id": sale, "updated_at": at],
      where: "id = ? AND state = ?", [.integer(id), .text(from.rawValue)]) == 1
  }

  static func setDeposit(id: Int64, _ amount: Int64, in db: Database) throws {
    try db.update(table, set: ["deposit": amount], where: "id = ?", [.integer(id)])
  }
}

/// A line of an order (`order_lines`).
struct OrderLineRow: FetchableRow, PersistableRow {
  static let table = "order_lines"

  var orderID: Int64
  var position: Int64
  var productID: Int64
  var name: String
  var categoryID: Int64?
  var unit: String
  var quantity: Int64
  var unitPrice: Int64
  /// Option ids, comma separated (as on a ticket line).
  var options: String
  var optionNames: String
  var note: String
  var discountPercent: Int64?
  var discountAmount: Int64?
  var total: Int64
  /// The line's amount when it is not quantity × price (an `importe`, a
  /// promotion's saving kept): migration 30.
  var fixedAmount: Int64?

  init(
    orderID: Int64, position: Int64, productID: Int64, name: String, categoryID: Int64?,
    unit: String, quantity: Int64, unitPrice: Int64, options: String, optionNames: String,
    note: String, discountPercent: Int64?, discountAmount: Int64?, total: Int64,
    fixedAmount: Int64? = nil
  ) {
    self.fixedAmount = fixedAmount
    self.orderID = orderID
    self.position = position
    self.productID = productID
    self.name = name
    self.categoryID = categoryID
    self.unit = unit
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.options = options
    self.optionNames = optionNames
    self.note = note
    self.discountPercent = discountPercent
    self.discountAmount = discountAmount
    self.total = total
  }

  init(row: Row) throws {
    orderID = try row["order_id"]
    position = try row["position"]
    productID = try row["product_id"]
    name = try row["name"]
    categoryID = try row["category_id"]
    unit = try row["unit"]
    quantity = try row["quantity"]
    unitPrice = try row["unit_price"]
    options = try row["options"]
    optionNames = try row["option_names"]
    note = try row["note"]
    discountPercent = try row["discount_percent"]
    discountAmount = try row["discount_amount"]
    total = try row["total"]
    fixedAmount = try row["fixed_amount"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "order_id": orderID, "position": position, "product_id": productID, "name": name,
      "category_id": categoryID, "unit": unit, "quantity": quantity, "unit_price": unitPrice,
      "options": options, "option_names": optionNames, "note": note,
      "discount_percent": discountPercent, "discount_amount": discountAmount, "total": total,
      "fixed_amount": fixedAmount,
    ]
  }

  static func lines(order: Int64, in db: Database) throws -> [OrderLineRow] {
    try db.fetchAll(
      "SELECT * FROM order_lines WHERE order_id = ? ORDER BY position", [.integer(order)])
  }

  /// Lines of many orders at once, by order id.
  static func lines(orders: [Int64], in db: Database) throws -> [Int64: [OrderLineRow]] {
    guard !orders.isEmpty else { return [:] }
    let rows: [OrderLineRow] = try db.fetchAll(
      "SELECT * FROM order_lines WHERE order_id IN ("
        + orders.map { _ in "?" }.joined(separator: ", ") + ") ORDER BY order_id, position",
      orders.map { .integer($0) })
    return Dictionary(grouping: rows, by: \.orderID)
  }

  /// Replaces every line of `order`.
  static func replace(order: Int64, with lines: [OrderLineRow], in db: Database) throws {
    try db.run("DELETE FROM order_lines WHERE order_id = ?", [.integer(order)])
    for line in lines { try line.insert(into: db) }
  }
}

/// Units of each product committed to open orders (`stock`, the sale's warning).
struct CommittedStockRow: FetchableRow {
  let productID: Int64
  let quantity: Int64
  let orders: Int

  init(row: Row) throws {
    productID = try row["product_id"]
    quantity = try row["quantity"]
    orders = try row["orders"]
  }

  static func of(products: [Int64]?, in db: Database) throws -> [CommittedStockRow] {
    var sql = """
      SELECT l.product_id, sum(l.quantity) AS quantity, count(DISTINCT o.id) AS orders
      FROM order_lines l JOIN orders o ON o.id = l.order_id
      WHERE o.state IN ('nuevo', 'en preparación', 'listo')
      """
    var values: [SQLValue] = []
    if let products {
      guard !products.isEmpty else { return [] }
      sql += " AND l.product_id IN (" + products.map { _ in "?" }.joined(separator: ", ") + ")"
      values = products.map { .integer($0) }
    }
    return try db.fetchAll(sql + " GROUP BY l.product_id", values)
  }
}

/// A change of state (`order_states`, a ledger).
struct OrderStateRow: FetchableRow, PersistableRow {
  static let table = "order_states"

  let orderID: Int64
  let from: OrderState?
  let to: OrderState
  let at: Int64
  let userName: String?
  let approvedBy: String?
  let registerID: Int64
  let reason: String

  init(
    orderID: Int64, from: OrderState?, to: OrderState, at: Int64, userName: String?,
    approvedBy: String?, registerID: Int64, reason: String
  ) {
    self.orderID = orderID
    self.from = from
    self.to = to
    self.at = at
    self.userName = userName
    self.approvedBy = approvedBy
    self.registerID = registerID
    self.reason = reason
  }

  init(row: Row) throws {
    orderID = try row["order_id"]
    from = try row.optionalEnumValue("from_state")
    to = try row.enumValue("to_state")
    at = try row["at"]
    userName = try row["user_name"]
    approvedBy = try row["approved_by"]
    registerID = try row["register_id"]
    reason = try row["reason"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "order_id": orderID, "from_state": from?.rawValue, "to_state": to.rawValue, "at": at,
      "user_name": userName, "approved_by": approvedBy, "register_id": registerID,
      "reason": reason,
    ]
  }

  static func history(order: Int64, in db: Database) throws -> [OrderStateRow] {
    try db.fetchAll(
      "SELECT * FROM order_states WHERE order_id = ? ORDER BY id", [.integer(order)])
  }
}

/// A seña movement (`order_deposits`, a ledger).
struct OrderDepositRow: FetchableRow, PersistableRow {
  static let table = "order_deposits"

  let orderID: Int64
  let kind: OrderDepositInfo.Kind
  let method: String
  let reference: String?
  let amount: Int64
  let registerID: Int64
  let sessionID: Int64?
  let saleID: Int64?
  let at: Int64
  let userName: String?

  init(
    orderID: Int64, kind: OrderDepositInfo.Kind, method: String, reference: String?,
    amount: Int64, registerID: Int64, sessionID: Int64?, saleID: Int64?, at: Int64,
    userName: String?
  ) {
    self.orderID = orderID
    self.kind = kind
    self.method = method
    self.reference = reference
    self.amount = amount
    self.registerID = registerID
    self.sessionID = sessionID
    self.saleID = saleID
    self.at = at
    self.userName = userName
  }

  init(row: Row) throws {
    orderID = try row["order_id"]
    kind = try row.enumValue("kind")
    method = try row["method"]
    reference = try row["reference"]
    amount = try row["amount"]
    registerID = try row["register_id"]
    sessionID = try row["session_id"]
    saleID = try row["sale_id"]
    at = try row["at"]
    userName = try row["user_name"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "order_id": orderID, "kind": kind.rawValue, "method": method, "reference": reference,
      "amount": amount, "register_id": registerID, "session_id": sessionID, "sale_id": saleID,
      "at": at, "user_name": userName,
    ]
  }

  var info: OrderDepositInfo {
    OrderDepositInfo(
      kind: kind, method: PaymentMethod(rawValue: method), amount: Money(amount), at: at,
      userName: userName)
  }

  static func of(order: Int64, in db: Database) throws -> [OrderDepositRow] {
    try db.fetchAll(
      "SELECT * FROM order_deposits WHERE order_id = ? ORDER BY id", [.integer(order)])
  }
}

/// Señas of a session by kind and method (the X and Z).
struct SessionDepositTotals: FetchableRow {
  let kind: OrderDepositInfo.Kind
  let method: String
  let count: Int
  let amount: Int64

  init(row: Row) throws {
    kind = try row.enumValue("kind")
    method = try row["method"]
    count = try row["moves"]
    amount = try row["amount"]
  }

  static func of(session: Int64, in db: Database) throws -> [SessionDepositTotals] {
    try db.fetchAll(
      """
      SELECT kind, method, count(*) AS moves, sum(amount) AS amount FROM order_deposits
      WHERE session_id = ? GROUP BY kind, method ORDER BY kind, method
      """, [.integer(session)])
  }
}

/// Orders whose cached deposit differs from their ledger (`verificar base`).
struct OrderDepositMismatchRow: FetchableRow {
  let number: Int64
  let cached: Int64
  let ledger: Int64

  init(row: Row) throws {
    number = try row["number"]
    cached = try row["deposit"]
    ledger = try row["ledger"]
  }

  static func all(in db: Database) throws -> [OrderDepositMismatchRow] {
    try db.fetchAll(
      """
      SELECT o.number, o.deposit, coalesce((SELECT sum(CASE d.kind WHEN 'seña' THEN d.amount
        ELSE -d.amount END) FROM order_deposits d WHERE d.order_id = o.id), 0) AS ledger
      FROM orders o WHERE ledger <> o.deposit ORDER BY o.number
      """)
  }
}

/// What an order's seña holds by method (received less returned), for the
/// order that became sale `id`; last received first.
struct AppliedDepositMethodRow: FetchableRow {
  let method: String
  let amount: Int64

  init(row: Row) throws {
    method = try row["method"]
    amount = try row["amount"]
  }

  static func ofSale(_ id: Int64, in db: Database) throws -> [AppliedDepositMethodRow] {
    try db.fetchAll(
      """
      SELECT method, sum(CASE kind WHEN 'seña' THEN amount ELSE -amount END) AS amount,
        max(id) AS last
      FROM order_deposits
      WHERE kind IN ('seña', 'devolución') AND order_id = (
        SELECT order_id FROM order_deposits WHERE sale_id = ? AND kind = 'aplicada' LIMIT 1)
      GROUP BY method HAVING sum(CASE kind WHEN 'seña' THEN amount ELSE -amount END) > 0
      ORDER BY last DESC
      """, [.integer(id)], as: AppliedDepositMethodRow.self)
  }
}

/// The two counts of `OrderRow.dueCount`.
struct OrderDueCountRow: FetchableRow {
  let soon: Int
  let late: Int

  init(row: Row) throws {
    soon = Int(try row.int("soon"))
    late = Int(try row.int("late"))
  }
}
