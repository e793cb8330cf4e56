import TiendaCrypto
import TiendaStore

/// The journal's hash chain (DESIGN §8.19): each row's `hash` is the
/// SHA-256, in lowercase hex, of the previous row's hash, a line feed, and
/// the row's canonical content. The first row follows `genesis`.
///
/// Canonical content: the row's eleven columns in table order, joined by
/// `|`; integers in decimal; a text as `T<bytes in UTF-8>:<text>`; NULL as
/// `N`. For example `7|1795438800|N|N|1|T12:abrir caja 0|T10:caja.abrir|…`.
/// Migration 10 computes the same thing in SQL for rows written before it.
public enum JournalChain {
  /// What the first row chains from: 64 zeros.
  public static let genesis = String(repeating: "0", count: 64)

  /// One row's columns, as stored.
  public struct Content {
    public var id: Int64
    public var at: Int64
    public var userName: String?
    public var approvedBy: String?
    public var registerID: Int64
    public var command: String
    public var action: String
    public var entity: String?
    public var entityID: String?
    public var before: String?
    public var after: String?
  }

  public static func canonical(_ c: Content) -> String {
    func text(_ value: String?) -> String {
      guard let value else { return "N" }
      return "T\(value.utf8.count):" + value
    }
    return [
      String(c.id), String(c.at), text(c.userName), text(c.approvedBy), String(c.registerID),
      text(c.command), text(c.action), text(c.entity), text(c.entityID), text(c.before),
      text(c.after),
    ].joined(separator: "|")
  }

  /// The hash of a row that follows `previous`.
  public static func hash(previous: String, _ content: Content) -> String {
    sha256Hex(previous + "\n" + canonical(content))
  }

  /// SHA-256 of the UTF-8 bytes of `text`, lowercase hex. Also the SQL
  /// function `sha256_hex(text)` (migrations and seals use it).
  public static func sha256Hex(_ text: String) -> String {
    Hex.lowercase(SHA256.hash(Array(text.utf8)))
  }
}

/// The last row of the journal: its number and hash (printed on each Z).
public struct ChainHead: Sendable, Equatable {
  public let journalID: Int64
  public let hash: String

  public init(journalID: Int64, hash: String) {
    self.journalID = journalID
    self.hash = hash
  }

  /// The first 16 hex digits: enough to compare by eye with a printed Z.
  public var short: String { String(hash.prefix(16)) }
}

/// Where the chain breaks: the first row whose stored hash is not the one
/// its content and its predecessor give.
public struct ChainBreak: Sendable, Equatable {
  public let journalID: Int64
  /// The row has no hash at all (written by something other than tienda).
  public let missingHash: Bool
}

extension Journal {
  /// The journal's last row and hash; nil for an empty journal.
  func chainHead() throws -> ChainHead? { try JournalChainRow.head(db) }

  /// Recomputes the whole chain, streaming (the journal may be large).
  func firstChainBreak() throws -> ChainBreak? {
    var previous = JournalChain.genesis
    var found: ChainBreak?
    try JournalChainRow.forEach(db) { row in
      let expected = JournalChain.hash(previous: previous, row.content)
      guard let stored = row.hash else {
        found = ChainBreak(journalID: row.content.id, missingHash: true)
        return false
      }
      if stored != expected {
        found = ChainBreak(journalID: row.content.id, missingHash: false)
        return false
      }
      previous = stored
      return true
    }
    return found
  }
}

/// A sign that the file was edited behind tienda's back.
public enum TamperProblem: Sendable, Equatable {
  /// The journal's chain breaks at this row: it was rewritten, removed or
  /// added by hand.
  case journalRewritten(journalID: Int64, missingHash: Bool)
  /// An immutable table lost one of its triggers.
  case missingTrigger(table: String, trigger: String)
  /// A table of tienda's own machinery was dropped (the outbox of issue 23).
  case missingTable(String)
  case sale(SaleSealProblem)
  /// Sales made before seals existed (ids up to this one) were changed.
  case earlierSalesChanged(upToSaleID: Int64)
  /// The chain head stored with this Z no longer matches the journal.
  case zHeadDisagrees(register: String, number: Int64)
}

extension Journal {
  func tamperProblems() throws -> [TamperProblem] {
    var problems: [TamperProblem] = []
    let triggers = try TamperQueries.triggerNames(db)
    for table in Schema.immutableTables {
      for trigger in table.triggers where !triggers.contains(trigger) {
        problems.append(.missingTrigger(table: table.name, trigger: trigger))
      }
    }
    let tables = try TamperQueries.tableNames(db)
    for name in SyncOutboxSQL.tables where !tables.contains(name) {
      problems.append(.missingTable(name))
    }
    if let broken = try firstChainBreak() {
      problems.append(
        .journalRewritten(journalID: broken.journalID, missingHash: broken.missingHash))
    }
    let earlier = try shop.integrity.earlierSalesSeal()
    if let earlier, !earlier.intact {
      problems.append(.earlierSalesChanged(upToSaleID: earlier.upToSaleID))
    }
    problems += try shop.integrity.saleSealProblems(after: earlier?.upToSaleID ?? 0).map(
      TamperProblem.sale)
    problems += try TamperQueries.zHeadsThatDisagree(db).map {
      .zHeadDisagrees(register: $0.register, number: $0.number)
    }
    return problems
  }
}
