import TiendaStore

/// A sale that no longer matches its seal, or has none.
public struct SaleSealProblem: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// Its rows differ from what was sealed when it was recorded.
    case changed
    /// No journal row recorded it (it was added behind tienda's back).
    case unsealed
    /// The journal recorded it, but it is gone.
    case missing
  }
  public let register: String
  public let number: Int64
  public let kind: Kind
}

/// Sales recorded before the seals existed (migration 10), checked as one.
public struct EarlierSalesSeal: Sendable, Equatable {
  public let upToSaleID: Int64
  public let intact: Bool
}

extension Integrity {
  /// The seal of one sale, computed inside the transaction that records it.
  func saleSeal(_ saleID: Int64) throws -> String {
    try SaleSealQueries.seal(db, saleID: saleID)
  }

  /// The journal row that sealed the sales made before migration 10, if any.
  func earlierSalesSeal() throws -> EarlierSalesSeal? {
    guard let record = try SaleSealQueries.earlierSalesRecord(db) else { return nil }
    var chained = ""
    try SaleSealQueries.forEachSeal(db, upTo: record.upTo) {
      chained = JournalChain.sha256Hex(chained + "\n" + ($0 ?? ""))
    }
    return EarlierSalesSeal(upToSaleID: record.upTo, intact: chained == record.seal)
  }

  /// Sales after `sealedUpTo` whose seal is missing or does not match, and
  /// sealed sales that are gone (at most 20 of each).
  ///
  /// Driven from the journal and streamed, each sale found by its unique
  /// (register, number) index: no transient index, little memory at year
  /// scale. Sales without a journal row are looked for only when the counts
  /// say there are some.
  func saleSealProblems(after sealedUpTo: Int64) throws -> [SaleSealProblem] {
    var problems: [SaleSealProblem] = []
    var sealedFound: Int64 = 0
    try SealedSaleRow.forEach(db) { row in
      guard let saleID = row.saleID else {
        if problems.count < 20 {
          problems.append(
            SaleSealProblem(register: row.register, number: row.number, kind: .missing))
        }
        return
      }
      if saleID > sealedUpTo { sealedFound += 1 }
      if row.recorded != row.current, problems.count < 20 {
        problems.append(SaleSealProblem(register: row.register, number: row.number, kind: .changed))
      }
    }
    let sales = try SaleSealQueries.salesCount(db, after: sealedUpTo)
    guard sales > sealedFound else { return problems }
    problems += try SaleSealQueries.unsealedSales(db, after: sealedUpTo).map {
      SaleSealProblem(register: $0.register, number: $0.number, kind: .unsealed)
    }
    return problems
  }
}
