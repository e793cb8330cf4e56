import TiendaStore

/// One figure of a Z report kept by kind (migration 14): a section (the
/// cash flows, and later the gift cards, abonos…), a kind, a count and an
/// amount. Cash flows store the signed amount (into the drawer positive),
/// so a reader that does not know a kind still adds the drawer up.
struct ZReportLineRow: FetchableRow, PersistableRow {
  static let table = "z_report_lines"

  /// The sections a Z keeps by kind.
  enum Section: String {
    case cashFlows = "caja"
    /// Gift cards sold, redeemed, refunded and voided (`GiftCardSessionSummary.zLines`).
    case giftCards = "tarjetas-regalo"
    /// Customer accounts: fiado sold and credited back, abonos, loans
    /// (`AccountSessionSummary.zLines`).
    case accounts = "fiado"
    /// Señas of orders received, returned, kept and applied
    /// (`OrderSessionSummary.zLines`, issue 20).
    case orderDeposits = "señas"
  }

  let zReportID: Int64
  let section: String
  let kind: String
  let position: Int
  let count: Int
  let amount: Money

  init(zReportID: Int64, flow: CashFlow, position: Int) {
    self.zReportID = zReportID
    section = Section.cashFlows.rawValue
    kind = flow.kind.rawValue
    self.position = position
    count = flow.count
    amount = flow.signed
  }

  init(zReportID: Int64, section: Section, line: ZLine, position: Int) {
    self.zReportID = zReportID
    self.section = section.rawValue
    kind = line.kind
    self.position = position
    count = line.count
    amount = line.amount
  }

  /// This line as a section's figure.
  var line: ZLine { ZLine(kind: kind, count: count, amount: amount) }

  init(row: Row) throws {
    zReportID = try row["z_report_id"]
    section = try row["section"]
    kind = try row["kind"]
    position = try row["position"]
    count = try row["count"]
    amount = Money(try row.int("amount"))
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "z_report_id": zReportID, "section": section, "kind": kind, "position": position,
      "count": count, "amount": amount.minorUnits,
    ]
  }

  /// The cash flow this line stores, when this version knows its kind.
  var flow: CashFlow? {
    guard section == Section.cashFlows.rawValue, let kind = CashFlowKind(rawValue: kind) else {
      return nil
    }
    return CashFlow(
      kind: kind, count: count, amount: kind.isInflow ? amount : Money.zero - amount)
  }

  /// The lines of one Z report, in the order they were stored.
  static func of(zReport: Int64, in db: Database) throws -> [ZReportLineRow] {
    try db.fetchAll(
      """
      SELECT z_report_id, section, kind, position, count, amount FROM z_report_lines
      WHERE z_report_id = ? ORDER BY section, position
      """, [.integer(zReport)])
  }
}
