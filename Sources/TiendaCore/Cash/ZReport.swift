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
    try ZSummaryRow.all(registerID: actor.registerID, in: db).map(\.summary)
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
    guard let row = try ZReportRow.find(registerID: registerID, number: number, in: db) else {
      return nil
    }
    var r = row.report
    var counted: [CashReport.Method: Money] = [:]
    var methods: [CashReport.MethodLine] = []
    for m in try ZReportMethodRow.of(zReport: row.id, in: db) {
      guard let line = m.line else { continue }
      methods.append(line)
      if let c = m.counted { counted[line.method] = c }
    }
    r.methods =
      CashReport.Method.allCases.compactMap { method in methods.first { $0.method == method } }
      + methods.filter { !$0.method.isBuiltIn }
    r.taxes = try ZReportTaxRow.of(zReport: row.id, in: db).map(\.line)
    let lines = try ZReportLineRow.of(zReport: row.id, in: db)
    let flows = lines.compactMap(\.flow)
    if !flows.isEmpty { r.flows = .merged(flows) }
    r.giftCards = GiftCardSessionSummary(
      zLines: lines.filter { $0.section == ZReportLineRow.Section.giftCards.rawValue }.map(\.line))
    r.accounts = AccountSessionSummary(
      zLines: lines.filter { $0.section == ZReportLineRow.Section.accounts.rawValue }.map(\.line))
    r.orders = OrderSessionSummary(
      zLines: lines.filter { $0.section == ZReportLineRow.Section.orderDeposits.rawValue }.map(
        \.line))
    return ZReport(
      number: number, report: r, closedAt: row.closedAt, closedBy: row.closedBy,
      approvedBy: row.approvedBy, counted: counted, leftFloat: row.leftFloat, note: row.note,
      denominations: try ZReportDenominationRow.of(zReport: row.id, in: db).map(\.denomination),
      journalHead: try ZReportHeadRow.of(zReport: row.id, in: db)?.head)
  }

  /// Writes the Z report of a closing (inside the closing's transaction).
  func storeZ(_ z: ZReport) throws {
    let zID = try ZReportRow(z).insert(into: db)
    try ZReportHeadRow(zReportID: zID, head: try shop.journal.chainHead()).insert(into: db)
    for line in z.report.methods {
      try ZReportMethodRow(
        zReportID: zID, line: line, counted: z.counted[line.method],
        difference: z.difference(line.method)
      ).insert(into: db)
    }
    for tax in z.report.taxes {
      try ZReportTaxRow(zReportID: zID, line: tax).insert(into: db)
    }
    // Rare kinds (gift cards…) only when they moved, as the X shows them.
    let kept = z.report.flows.filter { $0.kind.alwaysShown || $0.count > 0 || $0.amount != .zero }
    for (i, flow) in kept.enumerated() {
      try ZReportLineRow(zReportID: zID, flow: flow, position: i).insert(into: db)
    }
    for (i, line) in z.report.giftCards.zLines.enumerated() {
      try ZReportLineRow(zReportID: zID, section: .giftCards, line: line, position: i)
        .insert(into: db)
    }
    for (i, line) in z.report.accounts.zLines.enumerated() {
      try ZReportLineRow(zReportID: zID, section: .accounts, line: line, position: i)
        .insert(into: db)
    }
    for (i, line) in z.report.orders.zLines.enumerated() {
      try ZReportLineRow(zReportID: zID, section: .orderDeposits, line: line, position: i)
        .insert(into: db)
    }
    for d in z.denominations {
      try ZReportDenominationRow(zReportID: zID, denomination: d).insert(into: db)
    }
  }
}
