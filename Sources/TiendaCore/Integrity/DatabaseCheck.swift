import TiendaStore

/// Result of `verificar base`.
public struct DatabaseCheck: Sendable {
  public let path: String
  public let schemaVersion: Int
  public let supportedVersion: Int
  public let integrity: [String]
  public let foreignKeyProblems: Int
  public let journalMode: String
  public let journalEntries: Int64
  public let pageCount: Int64
  public let pageSize: Int64
  /// Products whose cached stock disagrees with their movements.
  public let stockMismatches: [StockMismatch]
  public let products: Int64
  /// Sales and register sessions that break the ledger's rules.
  public let ledgerProblems: [LedgerProblem]
  /// Signs of edits made behind tienda's back (DESIGN §8.19).
  public let tamperProblems: [TamperProblem]
  /// The journal's last row and hash.
  public let journalHead: ChainHead?

  public var isHealthy: Bool {
    integrity == ["ok"] && foreignKeyProblems == 0 && stockMismatches.isEmpty
      && ledgerProblems.isEmpty && tamperProblems.isEmpty
  }
}

/// A rule of the sales ledger that the file breaks.
public enum LedgerProblem: Sendable, Equatable {
  /// Its payments or its lines do not add up to its total.
  case saleDoesNotAddUp(register: String, number: Int64)
  /// Sale numbers of a register are not 1…N.
  case saleNumberGap(register: String, count: Int64, highest: Int64)
  /// A closed session without its Z report.
  case sessionWithoutZ(register: String, session: Int64)
  /// A report rollup disagrees with the ledger in `groups` groups
  /// (`reconstruir informes` rebuilds it).
  case reportRollupDiffers(table: String, groups: Int64)
  /// A customer's cached account balance differs from the sum of its
  /// account's moves (issue 16).
  case accountBalanceDiffers(customer: String, cached: Money, ledger: Money)
  /// An order's cached seña differs from its seña ledger (issue 20).
  case orderDepositDiffers(order: Int64, cached: Money, ledger: Money)
}

/// `verificar base`: ledger checks, seals and stored amounts.
public struct Integrity: ShopArea {
  let shop: Shop

  /// Integrity check, foreign keys and schema version, in one read snapshot.
  public func checkDatabase() throws -> DatabaseCheck {
    try db.read {
      let pages = try FileChecks.pages(db)
      return DatabaseCheck(
        path: db.path,
        schemaVersion: try db.userVersion(),
        supportedVersion: Schema.migrations.map(\.version).max() ?? 0,
        integrity: try FileChecks.integrity(db),
        foreignKeyProblems: try FileChecks.foreignKeyProblems(db),
        journalMode: try FileChecks.journalMode(db),
        journalEntries: try JournalEntryRow.count(db),
        pageCount: pages.count,
        pageSize: pages.size,
        stockMismatches: try shop.stock.stockMismatches(),
        products: try FileChecks.activeProducts(db),
        ledgerProblems: try ledgerProblems(),
        tamperProblems: try shop.journal.tamperProblems(),
        journalHead: try shop.journal.chainHead())
    }
  }
}

extension Integrity {
  func ledgerProblems() throws -> [LedgerProblem] {
    var problems: [LedgerProblem] = try LedgerQueries.salesNotAddingUp(db).map {
      .saleDoesNotAddUp(register: $0.register, number: $0.number)
    }
    problems += try LedgerQueries.saleNumberGaps(db).map {
      .saleNumberGap(register: $0.register, count: $0.count, highest: $0.highest)
    }
    problems += try LedgerQueries.sessionsWithoutZ(db).map {
      .sessionWithoutZ(register: $0.register, session: $0.session)
    }
    problems += try shop.reports.rollupDifferences().map {
      .reportRollupDiffers(table: $0.table, groups: $0.groups)
    }
    problems += try AccountBalanceMismatchRow.all(in: db).map {
      .accountBalanceDiffers(customer: $0.customer, cached: $0.cached, ledger: $0.ledger)
    }
    problems += try shop.orders.depositMismatches()
    return problems
  }
}
