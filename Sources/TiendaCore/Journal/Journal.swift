import TiendaStore

/// One change to record: what, on which thing, before and after.
public struct JournalDraft {
  public var action: String
  public var entity: String?
  public var entityID: String?
  public var before: JSONValue?
  public var after: JSONValue?
  public var approvedBy: String?
  /// Who the row is about when nobody is logged in (a login attempt).
  public var userName: String?
}

/// Collects the journal entries of one command inside its transaction.
public final class JournalRecorder {
  public private(set) var entries: [JournalDraft] = []

  public func record(
    _ action: String, entity: String? = nil, id: String? = nil,
    before: JSONValue? = nil, after: JSONValue? = nil, approvedBy: String? = nil,
    userName: String? = nil
  ) {
    entries.append(
      JournalDraft(
        action: action, entity: entity, entityID: id, before: before, after: after,
        approvedBy: approvedBy, userName: userName))
  }
}

/// A committed journal row.
public struct JournalEntry: Sendable {
  public let id: Int64
  public let at: Int64
  public let userName: String?
  public let approvedBy: String?
  public let registerName: String
  public let command: String
  public let action: String
  public let entity: String?
  public let entityID: String?
  public let before: String?
  public let after: String?
}

/// The audit journal and its hash chain.
public struct Journal: ShopArea {
  let shop: Shop

  /// Journal rows whose time falls in `period` (local days), oldest first.
  public func entries(in period: Period) throws -> [JournalEntry] {
    let (start, end) = LocalTime.bounds(period)
    return try JournalEntryRow.between(db, start: start, end: end)
  }
}

extension JournalEntry {
  /// Keys whose values are percentages, shown with `%`.
  static let percentKeys: Set<String> = ["tasa", "descuento_linea", "descuento_ticket"]

  func shown(_ key: String, _ value: JSONValue) -> String {
    let text = value.displayText
    return JournalEntry.percentKeys.contains(key) && text != "—" ? text + "%" : text
  }

  /// What changed, as `campo: antes → después` pairs (short, for tables).
  public var changeSummary: String {
    let old = before.flatMap(JSONValue.parse)?.fields ?? []
    let new = after.flatMap(JSONValue.parse)?.fields ?? []
    var parts: [String] = []
    if new.isEmpty {
      if let name = old.first(where: { $0.0 == "nombre" }) {
        parts.append("nombre: " + name.1.displayText)
      }
    }
    for (key, value) in new {
      let previous = old.first(where: { $0.0 == key })?.1
      if let previous {
        if previous != value {
          parts.append(key + ": " + shown(key, previous) + " → " + shown(key, value))
        }
      } else if before == nil || old.isEmpty {
        if value != .null && value != .string("") { parts.append(key + ": " + shown(key, value)) }
      } else if value != .null && value != .string("") {
        parts.append(key + ": — → " + shown(key, value))
      }
    }
    return parts.joined(separator: "; ")
  }
}
