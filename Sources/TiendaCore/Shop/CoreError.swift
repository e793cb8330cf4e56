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
  case nameTooLong(Thing, maximum: Int)
  /// Names need a letter or a digit (`---` is not a name).
  case nameWithoutLetters(Thing, name: String)
  /// A word the language reserves (`ninguna` means "no parent").
  case reservedName(Thing, name: String)
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
