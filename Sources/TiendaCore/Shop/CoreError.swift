/// A refusal by the domain. The shell words each case in Spanish
/// (`Messages`); the core never formats text for users.
public enum CoreError: Error, Equatable {
  /// The kinds of things a user names.
  public enum Thing: Equatable, Sendable {
    case category
    case register
    case shop
  }

  case emptyName(Thing)
  case alreadyExists(Thing, name: String)
  case notFound(Thing, query: String, suggestion: String?)
  case ambiguous(Thing, query: String, candidates: [String])
  case categoryHasChildren(name: String, children: [String])
  case categoryCycle(name: String, parent: String)
  case unknownZone(String, suggestion: String?)
  case unknownCurrency(String)
  case nothingToChange
  /// A write path that forgot its journal entry: a programming error.
  case missingJournalEntry
}
