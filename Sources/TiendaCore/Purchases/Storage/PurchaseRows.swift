import TiendaStore

/// A confirmed purchase (`purchases`, a ledger), with its supplier, register,
/// payments and void.
struct PurchaseRow: FetchableRow, PersistableRow {
  static let table = "purchases"

  var id: Int64 = 0
  let registerID: Int64
  let supplierID: Int64
  var supplierName = ""
  var registerName = ""
  let invoice: String?
  let invoiceDate: String
  let dueDate: String?
  let grossPrices: Bool
  let net: Int64
  let taxes: Int64
  let total: Int64
  let userName: String?
  let at: Int64
  var paid: Int64 = 0
  var voidReason: String?
  var voidAt: Int64?
  var voidUser: String?

  init(
    registerID: Int64, supplierID: Int64, header: PurchaseHeader, invoiceDate: LocalDate,
    net: Money, taxes: Money, total: Money, userName: String?, at: Int64
  ) {
    self.registerID = registerID
    self.supplierID = supplierID
    invoice = header.invoice
    self.invoiceDate = invoiceDate.iso
    dueDate = header.dueDate?.iso
    grossPrices = header.grossPrices
    self.net = net.minorUnits
    self.taxes = taxes.minorUnits
    self.total = total.minorUnits
    self.userName = userName
    self.at = at
  }

  init(row: Row) throws {
    id = try row["id"]
    registerID = try row["register_id"]
    supplierID = try row["supplier_id"]
    supplierName = try row["supplier_name"]
    registerName = try row["register_name"]
    invoice = try row["invoice"]
    invoiceDate = try row["invoice_date"]
    dueDate = try row["due_date"]
    grossPrices = try row["gross_prices"]
    net = try row["net"]
    taxes = try row["taxes"]
    total = try row["total"]
    userName = try row["user_name"]
    at = try row["at"]
    paid = try row["paid"]
    voidReason = try row["void_reason"]
    voidAt = try row["void_at"]
    voidUser = try row["void_user"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "register_id": registerID, "supplier_id": supplierID, "invoice": invoice,
      "invoice_date": invoiceDate, "due_date": dueDate, "gross_prices": grossPrices, "net": net,
      "taxes": taxes, "total": total, "user_name": userName, "at": at,
    ]
  }

  var purchase: Purchase {
    var p = Purchase(
      id: id, supplier: supplierName, supplierID: supplierID, invoice: invoice,
      invoiceDate: LocalDate(iso: invoiceDate), dueDate: dueDate.flatMap(LocalDate.init(iso:)),
      grossPrices: grossPrices)
    p.net = Money(net)
    p.total = Money(total)
    p.paid = Money(paid)
    p.at = at
    p.registerName = registerName
    p.userName = userName
    if let voidReason, let voidAt {
      p.voided = PurchaseVoid(reason: voidReason, at: voidAt, userName: voidUser)
    }
    return p
  }

  private static let select = """
    SELECT p.*, s.name AS supplier_name, r.name AS register_name,
      coalesce((SELECT sum(y.amount) FROM purchase_payments y WHERE y.purchase_id = p.id), 0)
        AS paid,
      v.reason AS void_reason, v.at AS void_at, v.user_name AS void_user
    FROM purchases p JOIN suppliers s ON s.id = p.supplier_id
      JOIN registers r ON r.id = p.register_id
      LEFT JOIN purchase_voids v ON v.purchase_id = p.id
    """

  static func find(id: Int64, in db: Database) throws -> PurchaseRow? {
    try db.fetchOne(select + " WHERE p.id = ?", [.integer(id)])
  }

  /// Purchases recorded within `bounds` (epoch seconds), of one supplier,
  /// oldest first.
  static func list(
    between period: Period?, supplierID: Int64?, pendingOnly: Bool, in db: Database
  ) throws -> [PurchaseRow] {
    var conditions: [String] = []
    var values: [SQLValue] = []
    if let period {
      // By the invoice's date (the «Fecha» listed), not when it was typed.
      conditions.append("p.invoice_date >= ? AND p.invoice_date <= ?")
      values += [.text(period.from.iso), .text(period.to.iso)]
    }
    if let supplierID {
      conditions.append("p.supplier_id = ?")
      values.append(.integer(supplierID))
    }
    if pendingOnly {
      conditions.append(
        "v.purchase_id IS NULL AND p.total > coalesce((SELECT sum(y.amount)"
          + " FROM purchase_payments y WHERE y.purchase_id = p.id), 0)")
    }
    let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    return try db.fetchAll(select + whereClause + " ORDER BY p.id", values)
  }

  /// Unvoided purchases not fully paid: supplier, then due date (none last).
  static func unpaid(in db: Database) throws -> [PurchaseRow] {
    try db.fetchAll(
      select
        + """
         WHERE v.purchase_id IS NULL AND p.total > coalesce((SELECT sum(y.amount)
          FROM purchase_payments y WHERE y.purchase_id = p.id), 0)
        ORDER BY s.name COLLATE es, p.due_date IS NULL, p.due_date, p.id
        """)
  }
}

/// One line of a confirmed purchase, with its product's name.
struct PurchaseLineRow: FetchableRow, PersistableRow {
  static let table = "purchase_lines"

  let purchaseID: Int64
  let position: Int64
  let productID: Int64
  let quantity: Int64
  let unitCost: Int64
  let net: Int64
  let taxes: Int64
  let stockBefore: Int64
  let costBefore: Int64?
  let costAfter: Int64
  var sku = ""
  var name = ""
  var unit = ProductUnit.unit

  init(purchaseID: Int64, position: Int64, line: PurchaseLine) {
    self.purchaseID = purchaseID
    self.position = position
    productID = line.productID
    quantity = line.quantity.thousandths
    unitCost = line.unitCost.minorUnits
    net = line.net.minorUnits
    taxes = line.taxes.minorUnits
    stockBefore = line.stockBefore?.thousandths ?? 0
    costBefore = line.costBefore?.minorUnits
    costAfter = line.costAfter?.minorUnits ?? line.unitCost.minorUnits
  }

  init(row: Row) throws {
    purchaseID = try row["purchase_id"]
    position = try row["position"]
    productID = try row["product_id"]
    quantity = try row["quantity"]
    unitCost = try row["unit_cost"]
    net = try row["net"]
    taxes = try row["taxes"]
    stockBefore = try row["stock_before"]
    costBefore = try row["cost_before"]
    costAfter = try row["cost_after"]
    sku = try row["sku"]
    name = try row["name"]
    unit = try row.enumValue("unit")
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "purchase_id": purchaseID, "position": position, "product_id": productID,
      "quantity": quantity, "unit_cost": unitCost, "net": net, "taxes": taxes,
      "stock_before": stockBefore, "cost_before": costBefore, "cost_after": costAfter,
    ]
  }

  var line: PurchaseLine {
    var l = PurchaseLine(
      productID: productID, sku: sku, name: name, unit: unit,
      quantity: Quantity(thousandths: quantity), unitCost: Money(unitCost))
    l.net = Money(net)
    l.taxes = Money(taxes)
    l.costBefore = costBefore.map(Money.init)
    l.costAfter = Money(costAfter)
    l.stockBefore = Quantity(thousandths: stockBefore)
    return l
  }

  static func of(purchase: Int64, in db: Database) throws -> [PurchaseLineRow] {
    try db.fetchAll(
      """
      SELECT l.*, p.sku, p.name, p.unit FROM purchase_lines l
        JOIN products p ON p.id = l.product_id
      WHERE l.purchase_id = ? ORDER BY l.position
      """, [.integer(purchase)])
  }
}

/// One tax of a purchase.
struct PurchaseTaxRow: FetchableRow, PersistableRow {
  static let table = "purchase_taxes"
  let purchaseID: Int64
  let code: String
  let amount: Int64

  init(purchaseID: Int64, code: String, amount: Int64) {
    self.purchaseID = purchaseID
    self.code = code
    self.amount = amount
  }

  init(row: Row) throws {
    purchaseID = try row["purchase_id"]
    code = try row["code"]
    amount = try row["amount"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["purchase_id": purchaseID, "code": code, "amount": amount]
  }

  static func of(purchase: Int64, in db: Database) throws -> [PurchaseTaxRow] {
    try db.fetchAll(
      "SELECT purchase_id, code, amount FROM purchase_taxes WHERE purchase_id = ? ORDER BY code",
      [.integer(purchase)])
  }
}

/// A payment against a purchase (`purchase_payments`, a ledger).
struct PurchasePaymentRow: FetchableRow, PersistableRow {
  static let table = "purchase_payments"
  let purchaseID: Int64
  let method: String
  let amount: Int64
  let reference: String?
  let registerID: Int64
  let sessionID: Int64?
  let userName: String?
  let at: Int64

  init(
    purchaseID: Int64, method: String, amount: Money, reference: String?, registerID: Int64,
    sessionID: Int64?, userName: String?, at: Int64
  ) {
    self.purchaseID = purchaseID
    self.method = method
    self.amount = amount.minorUnits
    self.reference = reference
    self.registerID = registerID
    self.sessionID = sessionID
    self.userName = userName
    self.at = at
  }

  init(row: Row) throws {
    purchaseID = try row["purchase_id"]
    method = try row["method"]
    amount = try row["amount"]
    reference = try row["reference"]
    registerID = try row["register_id"]
    sessionID = try row["session_id"]
    userName = try row["user_name"]
    at = try row["at"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "purchase_id": purchaseID, "method": method, "amount": amount, "reference": reference,
      "register_id": registerID, "session_id": sessionID, "user_name": userName, "at": at,
    ]
  }

  var payment: PurchasePayment {
    PurchasePayment(
      method: method, amount: Money(amount), reference: reference, fromRegister: sessionID != nil,
      at: at)
  }

  static func of(purchase: Int64, in db: Database) throws -> [PurchasePaymentRow] {
    try db.fetchAll(
      "SELECT * FROM purchase_payments WHERE purchase_id = ? ORDER BY id", [.integer(purchase)])
  }
}

/// Cash paid to suppliers from one session's drawer (DESIGN §8.10).
struct SessionPurchaseCash: FetchableRow {
  let count: Int64
  let amount: Int64

  init(row: Row) throws {
    count = try row["count"]
    amount = try row["amount"]
  }

  static func of(session: Int64, in db: Database) throws -> SessionPurchaseCash? {
    try db.fetchOne(
      """
      SELECT count(*) AS count, coalesce(sum(amount), 0) AS amount FROM purchase_payments
      WHERE session_id = ?
      """, [.integer(session)])
  }
}

/// The compensating row of a voided purchase.
struct PurchaseVoidRow: PersistableRow {
  static let table = "purchase_voids"
  let purchaseID: Int64
  let reason: String
  let userName: String?
  let at: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["purchase_id": purchaseID, "reason": reason, "user_name": userName, "at": at]
  }
}
