import TiendaStore

/// Bills or coins of one value counted at closing: `20000 x 3`.
public struct Denomination: Sendable, Equatable, Hashable {
  public let value: Money
  public let count: Int64

  public init(value: Money, count: Int64) {
    self.value = value
    self.count = count
  }

  public var total: Money { Money(value.minorUnits * count) }
}

/// A closing report: the session's figures, what was counted, and what was
/// left for the next float. Stored once at closing and never recomputed.
public struct ZReport: Sendable, Equatable {
  public let number: Int64
  public let report: CashReport
  public let closedAt: Int64
  public let closedBy: String?
  public let approvedBy: String?
  /// What was declared per method; cash is always there, others only when
  /// given at closing.
  public let counted: [CashReport.Method: Money]
  public let leftFloat: Money
  public let note: String
  public let denominations: [Denomination]
  /// The journal's hash chain as it stood when the register closed (the
  /// row before the closing's own); nil for a Z made before chains existed.
  public var journalHead: ChainHead? = nil

  public var countedCash: Money { counted[.cash] ?? .zero }
  /// Counted minus expected: positive is a surplus (sobrante), negative a
  /// shortage (faltante).
  public var cashDifference: Money { countedCash - report.expectedCash }
  /// Cash taken out of the drawer at closing (counted minus left).
  public var takenAway: Money { countedCash - leftFloat }

  public func difference(_ method: CashReport.Method) -> Money? {
    counted[method].map { $0 - report.expected(method) }
  }
}

/// What the cashier declares at closing (`cerrar caja 154300 débito 45000
/// dejar 20000`).
public struct CashCount: Sendable, Equatable {
  public var cash: Money
  public var others: [CashReport.Method: Money]
  public var leave: Money
  public var note: String
  /// When counted by denomination; their total must equal `cash`.
  public var denominations: [Denomination]

  public init(
    cash: Money, others: [CashReport.Method: Money] = [:], leave: Money = .zero,
    note: String = "", denominations: [Denomination] = []
  ) {
    self.cash = cash
    self.others = others
    self.leave = leave
    self.note = note
    self.denominations = denominations
  }
}

/// One line of `informe z` without a number.
public struct ZSummary: Sendable, Equatable {
  public let number: Int64
  public let openedAt: Int64
  public let closedAt: Int64
  public let closedBy: String?
  public let salesCount: Int
  public let netSales: Money
  public let expectedCash: Money
  public let countedCash: Money
  public let cashDifference: Money
}

extension CashRegister {
  /// `informe z`: this register's Z reports, newest first.
  public func zReports() throws -> [ZSummary] {
    try db.query(
      """
      SELECT number, opened_at, closed_at, closed_by, sales_count,
             sales_total - voids_total - returns_total, expected_cash, counted_cash,
             cash_difference
      FROM z_reports WHERE register_id = ? ORDER BY number DESC
      """, [.integer(actor.registerID)]
    ).map {
      ZSummary(
        number: $0.int(0), openedAt: $0.int(1), closedAt: $0.int(2),
        closedBy: $0.optionalString(3), salesCount: Int($0.int(4)), netSales: Money($0.int(5)),
        expectedCash: Money($0.int(6)), countedCash: Money($0.int(7)),
        cashDifference: Money($0.int(8)))
    }
  }

  /// `informe z N`: the stored report, exactly as it was at closing.
  public func zReport(number: Int64) throws -> ZReport {
    try db.read {
      guard let z = try loadZ(registerID: actor.registerID, number: number) else {
        throw CashError.noSuchZReport(
          register: actor.registerName, number: number,
          last: try lastZ(registerID: actor.registerID)?.number)
      }
      return z
    }
  }

  func loadZ(registerID: Int64, number: Int64) throws -> ZReport? {
    guard
      let row = try db.queryFirst(
        """
        SELECT id, register_id, register_name, session_id, opened_at, opened_by, auto_opened,
          opening_float, sales_count, first_sale, last_sale, sales_total, sales_net,
          line_discounts, ticket_discounts, coupon_count, coupon_discounts, voids_count,
          voids_total, returns_count, returns_total, refunds_net, rounding, cash_sales,
          cash_refunds, deposits_count, deposits, withdrawals_count, withdrawals, drawer_opens,
          closed_at, closed_by, approved_by, left_float, note
        FROM z_reports WHERE register_id = ? AND number = ?
        """, [.integer(registerID), .integer(number)])
    else { return nil }
    let zID = row.int(0)
    var r = CashReport(
      registerID: row.int(1), registerName: row.string(2), sessionID: row.int(3),
      openedAt: row.int(4), openedBy: row.optionalString(5), autoOpened: row.bool(6),
      openingFloat: Money(row.int(7)))
    r.salesCount = Int(row.int(8))
    r.firstSale = row.optionalInt(9)
    r.lastSale = row.optionalInt(10)
    r.salesTotal = Money(row.int(11))
    r.salesNet = Money(row.int(12))
    r.lineDiscounts = Money(row.int(13))
    r.ticketDiscounts = Money(row.int(14))
    r.couponCount = Int(row.int(15))
    r.couponDiscounts = Money(row.int(16))
    r.voidsCount = Int(row.int(17))
    r.voidsTotal = Money(row.int(18))
    r.returnsCount = Int(row.int(19))
    r.returnsTotal = Money(row.int(20))
    r.refundsNet = Money(row.int(21))
    r.rounding = Money(row.int(22))
    r.cashFromSales = Money(row.int(23))
    r.cashRefunds = Money(row.int(24))
    r.depositsCount = Int(row.int(25))
    r.deposits = Money(row.int(26))
    r.withdrawalsCount = Int(row.int(27))
    r.withdrawals = Money(row.int(28))
    r.drawerOpens = Int(row.int(29))
    var counted: [CashReport.Method: Money] = [:]
    var methods: [CashReport.MethodLine] = []
    for m in try db.query(
      "SELECT method, payments, expected, counted FROM z_report_methods WHERE z_report_id = ?",
      [.integer(zID)])
    {
      guard let method = CashReport.Method(rawValue: m.string(0)) else { continue }
      methods.append(
        CashReport.MethodLine(method: method, payments: Int(m.int(1)), expected: Money(m.int(2))))
      if let c = m.optionalInt(3) { counted[method] = Money(c) }
    }
    r.methods = CashReport.Method.allCases.compactMap { method in
      methods.first { $0.method == method }
    }
    r.taxes = try db.query(
      """
      SELECT code, rate, sales, refunds FROM z_report_taxes WHERE z_report_id = ?
      ORDER BY rate DESC, code
      """, [.integer(zID)]
    ).map {
      CashReport.TaxLine(
        code: $0.string(0), rate: $0.int(1), sales: Money($0.int(2)), refunds: Money($0.int(3)))
    }
    let denominations = try db.query(
      "SELECT value, count FROM z_report_denominations WHERE z_report_id = ? ORDER BY value DESC",
      [.integer(zID)]
    ).map { Denomination(value: Money($0.int(0)), count: $0.int(1)) }
    let head = try db.queryFirst(
      "SELECT journal_id, hash FROM z_report_heads WHERE z_report_id = ?", [.integer(zID)])
    return ZReport(
      number: number, report: r, closedAt: row.int(30), closedBy: row.optionalString(31),
      approvedBy: row.optionalString(32), counted: counted, leftFloat: Money(row.int(33)),
      note: row.string(34), denominations: denominations,
      journalHead: head.flatMap { h in
        h.optionalInt(0).map { ChainHead(journalID: $0, hash: h.optionalString(1) ?? "") }
      })
  }

  /// Writes the Z report of a closing (inside the closing's transaction).
  func storeZ(_ z: ZReport) throws {
    let r = z.report
    let values: [SQLValue] = [
      .integer(r.registerID), .integer(z.number), .integer(r.sessionID), .text(r.registerName),
      .integer(r.openedAt), r.openedBy.sqlValue, r.autoOpened.sqlValue,
      .integer(z.closedAt), z.closedBy.sqlValue, z.approvedBy.sqlValue,
      sql(r.openingFloat), r.salesCount.sqlValue, r.firstSale.sqlValue, r.lastSale.sqlValue,
      sql(r.salesTotal), sql(r.salesNet), sql(r.lineDiscounts),
      sql(r.ticketDiscounts), r.couponCount.sqlValue, sql(r.couponDiscounts),
      r.voidsCount.sqlValue, sql(r.voidsTotal), r.returnsCount.sqlValue,
      sql(r.returnsTotal), sql(r.refundsNet), sql(r.rounding),
      sql(r.cashFromSales), sql(r.cashRefunds), r.depositsCount.sqlValue,
      sql(r.deposits), r.withdrawalsCount.sqlValue, sql(r.withdrawals),
      r.drawerOpens.sqlValue, sql(r.expectedCash), sql(z.countedCash),
      sql(z.cashDifference), sql(z.leftFloat), .text(z.note),
    ]
    try db.run(
      """
      INSERT INTO z_reports(register_id, number, session_id, register_name, opened_at, opened_by,
        auto_opened, closed_at, closed_by, approved_by, opening_float, sales_count, first_sale,
        last_sale, sales_total, sales_net, line_discounts, ticket_discounts, coupon_count,
        coupon_discounts, voids_count, voids_total, returns_count, returns_total, refunds_net,
        rounding, cash_sales, cash_refunds, deposits_count, deposits, withdrawals_count,
        withdrawals, drawer_opens, expected_cash, counted_cash, cash_difference, left_float, note)
      VALUES (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))
      """, values)
    let zID = db.lastInsertRowID
    let head = try shop.journal.chainHead()
    try db.run(
      "INSERT INTO z_report_heads(z_report_id, journal_id, hash) VALUES (?, ?, ?)",
      [.integer(zID), head?.journalID.sqlValue ?? .null, head?.hash.sqlValue ?? .null])
    for line in r.methods {
      try db.run(
        """
        INSERT INTO z_report_methods(z_report_id, method, payments, expected, counted, difference)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(zID), .text(line.method.rawValue), line.payments.sqlValue,
          sql(line.expected), sql(z.counted[line.method]),
          sql(z.difference(line.method)),
        ])
    }
    for tax in r.taxes {
      try db.run(
        "INSERT INTO z_report_taxes(z_report_id, code, rate, sales, refunds) VALUES (?,?,?,?,?)",
        [
          .integer(zID), .text(tax.code), .integer(tax.rate), sql(tax.sales),
          sql(tax.refunds),
        ])
    }
    for d in z.denominations {
      try db.run(
        "INSERT INTO z_report_denominations(z_report_id, value, count) VALUES (?, ?, ?)",
        [.integer(zID), sql(d.value), .integer(d.count)])
    }
  }
}

/// Money as an SQL integer (nil as NULL).
private func sql(_ money: Money?) -> SQLValue {
  money.map { .integer($0.minorUnits) } ?? .null
}
