import TiendaStore

/// One payment method of a Z report: expected, and counted when declared.
struct ZReportMethodRow: FetchableRow, PersistableRow {
  static let table = "z_report_methods"

  let zReportID: Int64
  /// Nil for a method this version does not know (left out of the report).
  let method: CashReport.Method?
  let payments: Int
  let expected: Money
  let counted: Money?
  let difference: Money?

  init(
    zReportID: Int64, line: CashReport.MethodLine, counted: Money?, difference: Money?
  ) {
    self.zReportID = zReportID
    method = line.method
    payments = line.payments
    expected = line.expected
    self.counted = counted
    self.difference = difference
  }

  init(row: Row) throws {
    zReportID = try row["z_report_id"]
    method = CashReport.Method(rawValue: try row["method"])
    payments = try row["payments"]
    expected = Money(try row.int("expected"))
    counted = try row.optionalInt("counted").map(Money.init)
    difference = try row.optionalInt("difference").map(Money.init)
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "z_report_id": zReportID, "method": method?.rawValue, "payments": payments,
      "expected": expected.minorUnits, "counted": counted?.minorUnits,
      "difference": difference?.minorUnits,
    ]
  }

  var line: CashReport.MethodLine? {
    method.map { CashReport.MethodLine(method: $0, payments: payments, expected: expected) }
  }

  static func of(zReport id: Int64, in db: Database) throws -> [ZReportMethodRow] {
    try db.fetchAll(
      """
      SELECT z_report_id, method, payments, expected, counted, difference
      FROM z_report_methods WHERE z_report_id = ?
      """, [.integer(id)])
  }
}

/// Taxes of one code and rate in a Z report.
struct ZReportTaxRow: FetchableRow, PersistableRow {
  static let table = "z_report_taxes"

  let zReportID: Int64
  let line: CashReport.TaxLine

  init(zReportID: Int64, line: CashReport.TaxLine) {
    self.zReportID = zReportID
    self.line = line
  }

  init(row: Row) throws {
    zReportID = try row["z_report_id"]
    line = CashReport.TaxLine(
      code: try row["code"], rate: try row["rate"], sales: Money(try row.int("sales")),
      refunds: Money(try row.int("refunds")))
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "z_report_id": zReportID, "code": line.code, "rate": line.rate,
      "sales": line.sales.minorUnits, "refunds": line.refunds.minorUnits,
    ]
  }

  static func of(zReport id: Int64, in db: Database) throws -> [ZReportTaxRow] {
    try db.fetchAll(
      """
      SELECT z_report_id, code, rate, sales, refunds FROM z_report_taxes WHERE z_report_id = ?
      ORDER BY rate DESC, code
      """, [.integer(id)])
  }
}

/// Bills or coins of one value counted at a closing.
struct ZReportDenominationRow: FetchableRow, PersistableRow {
  static let table = "z_report_denominations"

  let zReportID: Int64
  let denomination: Denomination

  init(zReportID: Int64, denomination: Denomination) {
    self.zReportID = zReportID
    self.denomination = denomination
  }

  init(row: Row) throws {
    zReportID = try row["z_report_id"]
    denomination = Denomination(value: Money(try row.int("value")), count: try row["count"])
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "z_report_id": zReportID, "value": denomination.value.minorUnits,
      "count": denomination.count,
    ]
  }

  static func of(zReport id: Int64, in db: Database) throws -> [ZReportDenominationRow] {
    try db.fetchAll(
      """
      SELECT z_report_id, value, count FROM z_report_denominations WHERE z_report_id = ?
      ORDER BY value DESC
      """, [.integer(id)])
  }
}

/// The journal's hash chain as it stood when a register closed.
struct ZReportHeadRow: FetchableRow, PersistableRow {
  static let table = "z_report_heads"

  let zReportID: Int64
  /// Nil when the journal was empty (or for a Z made before chains existed).
  let journalID: Int64?
  let hash: String?

  init(zReportID: Int64, head: ChainHead?) {
    self.zReportID = zReportID
    journalID = head?.journalID
    hash = head?.hash
  }

  init(row: Row) throws {
    zReportID = try row["z_report_id"]
    journalID = try row["journal_id"]
    hash = try row["hash"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["z_report_id": zReportID, "journal_id": journalID, "hash": hash]
  }

  var head: ChainHead? {
    journalID.map { ChainHead(journalID: $0, hash: hash ?? "") }
  }

  static func of(zReport id: Int64, in db: Database) throws -> ZReportHeadRow? {
    try db.fetchOne(
      "SELECT z_report_id, journal_id, hash FROM z_report_heads WHERE z_report_id = ?",
      [.integer(id)])
  }
}
