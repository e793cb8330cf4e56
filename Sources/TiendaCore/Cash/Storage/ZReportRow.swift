import TiendaStore

/// One row of `z_reports`: every figure of a closed session, stored at
/// closing and never recomputed (ledger). Methods, taxes, denominations and
/// the journal head have their own tables (`ZReportParts.swift`).
struct ZReportRow: FetchableRow, PersistableRow {
  static let table = "z_reports"

  var id: Int64 = 0
  let number: Int64
  /// The session's figures, without methods and taxes.
  var report: CashReport
  let closedAt: Int64
  let closedBy: String?
  let approvedBy: String?
  let leftFloat: Money
  let note: String
  /// Stored as they stood at closing (the reader recomputes nothing).
  var expectedCash = Money.zero
  var countedCash = Money.zero
  var cashDifference = Money.zero

  /// The row of a closing's Z report.
  init(_ z: ZReport) {
    number = z.number
    report = z.report
    closedAt = z.closedAt
    closedBy = z.closedBy
    approvedBy = z.approvedBy
    leftFloat = z.leftFloat
    note = z.note
    expectedCash = z.report.expectedCash
    countedCash = z.countedCash
    cashDifference = z.cashDifference
  }

  init(row: Row) throws {
    id = try row["id"]
    number = try row["number"]
    var r = CashReport(
      registerID: try row["register_id"], registerName: try row["register_name"],
      sessionID: try row["session_id"], openedAt: try row["opened_at"],
      openedBy: try row["opened_by"], autoOpened: try row["auto_opened"],
      openingFloat: try money(row, "opening_float"))
    r.salesCount = try row["sales_count"]
    r.firstSale = try row["first_sale"]
    r.lastSale = try row["last_sale"]
    r.salesTotal = try money(row, "sales_total")
    r.salesNet = try money(row, "sales_net")
    r.lineDiscounts = try money(row, "line_discounts")
    r.ticketDiscounts = try money(row, "ticket_discounts")
    r.couponCount = try row["coupon_count"]
    r.couponDiscounts = try money(row, "coupon_discounts")
    r.voidsCount = try row["voids_count"]
    r.voidsTotal = try money(row, "voids_total")
    r.returnsCount = try row["returns_count"]
    r.returnsTotal = try money(row, "returns_total")
    r.refundsNet = try money(row, "refunds_net")
    r.rounding = try money(row, "rounding")
    // The four kinds every Z has had since migration 6; a Z made after
    // migration 14 also stores its flows by kind (`ZReportLineRow`), which
    // the reader prefers.
    r.flows = .merged([
      CashFlow(kind: .sales, count: 0, amount: try money(row, "cash_sales")),
      CashFlow(kind: .refunds, count: 0, amount: try money(row, "cash_refunds")),
      CashFlow(
        kind: .deposits, count: try row["deposits_count"], amount: try money(row, "deposits")),
      CashFlow(
        kind: .withdrawals, count: try row["withdrawals_count"],
        amount: try money(row, "withdrawals")),
    ])
    r.drawerOpens = try row["drawer_opens"]
    report = r
    closedAt = try row["closed_at"]
    closedBy = try row["closed_by"]
    approvedBy = try row["approved_by"]
    leftFloat = try money(row, "left_float")
    note = try row["note"]
    expectedCash = try money(row, "expected_cash")
    countedCash = try money(row, "counted_cash")
    cashDifference = try money(row, "cash_difference")
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    let r = report
    return [
      "register_id": r.registerID, "number": number, "session_id": r.sessionID,
      "register_name": r.registerName, "opened_at": r.openedAt, "opened_by": r.openedBy,
      "auto_opened": r.autoOpened, "closed_at": closedAt, "closed_by": closedBy,
      "approved_by": approvedBy, "opening_float": r.openingFloat.minorUnits,
      "sales_count": r.salesCount, "first_sale": r.firstSale, "last_sale": r.lastSale,
      "sales_total": r.salesTotal.minorUnits, "sales_net": r.salesNet.minorUnits,
      "line_discounts": r.lineDiscounts.minorUnits,
      "ticket_discounts": r.ticketDiscounts.minorUnits, "coupon_count": r.couponCount,
      "coupon_discounts": r.couponDiscounts.minorUnits, "voids_count": r.voidsCount,
      "voids_total": r.voidsTotal.minorUnits, "returns_count": r.returnsCount,
      "returns_total": r.returnsTotal.minorUnits, "refunds_net": r.refundsNet.minorUnits,
      "rounding": r.rounding.minorUnits, "cash_sales": r.cashFromSales.minorUnits,
      "cash_refunds": r.cashRefunds.minorUnits, "deposits_count": r.depositsCount,
      "deposits": r.deposits.minorUnits, "withdrawals_count": r.withdrawalsCount,
      "withdrawals": r.withdrawals.minorUnits, "drawer_opens": r.drawerOpens,
      "expected_cash": expectedCash.minorUnits, "counted_cash": countedCash.minorUnits,
      "cash_difference": cashDifference.minorUnits, "left_float": leftFloat.minorUnits,
      "note": note,
    ]
  }

  /// Z report `number` of a register.
  static func find(registerID: Int64, number: Int64, in db: Database) throws -> ZReportRow? {
    try db.fetchOne(
      """
      SELECT id, number, register_id, register_name, session_id, opened_at, opened_by,
        auto_opened, opening_float, sales_count, first_sale, last_sale, sales_total, sales_net,
        line_discounts, ticket_discounts, coupon_count, coupon_discounts, voids_count,
        voids_total, returns_count, returns_total, refunds_net, rounding, cash_sales,
        cash_refunds, deposits_count, deposits, withdrawals_count, withdrawals, drawer_opens,
        closed_at, closed_by, approved_by, left_float, note, expected_cash, counted_cash,
        cash_difference
      FROM z_reports WHERE register_id = ? AND number = ?
      """, [.integer(registerID), .integer(number)])
  }
}

/// The number and left float of a register's last Z report.
struct LastZRow: FetchableRow {
  let number: Int64
  let leftFloat: Money

  init(row: Row) throws {
    number = try row["number"]
    leftFloat = try money(row, "left_float")
  }

  static func of(registerID: Int64, in db: Database) throws -> LastZRow? {
    try db.fetchOne(
      """
      SELECT number, left_float FROM z_reports WHERE register_id = ?
      ORDER BY number DESC LIMIT 1
      """, [.integer(registerID)])
  }
}

/// One line of `informe z` without a number.
struct ZSummaryRow: FetchableRow {
  let summary: ZSummary

  init(row: Row) throws {
    summary = ZSummary(
      number: try row["number"], openedAt: try row["opened_at"], closedAt: try row["closed_at"],
      closedBy: try row["closed_by"], salesCount: try row["sales_count"],
      netSales: try money(row, "net_sales"), expectedCash: try money(row, "expected_cash"),
      countedCash: try money(row, "counted_cash"),
      cashDifference: try money(row, "cash_difference"))
  }

  /// A register's Z reports, newest first.
  static func all(registerID: Int64, in db: Database) throws -> [ZSummaryRow] {
    try db.fetchAll(
      """
      SELECT number, opened_at, closed_at, closed_by, sales_count,
        sales_total - voids_total - returns_total AS net_sales, expected_cash, counted_cash,
        cash_difference
      FROM z_reports WHERE register_id = ? ORDER BY number DESC
      """, [.integer(registerID)])
  }
}

/// A money column (NULL reads as 0, as before).
private func money(_ row: Row, _ column: String) throws -> Money {
  Money(try row.int(column))
}
