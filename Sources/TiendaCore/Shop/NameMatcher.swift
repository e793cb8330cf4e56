/// Something a user can name: an id and its display name.
public struct NamedCandidate: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public init(id: Int64, name: String) {
    self.id = id
    self.name = name
  }
}

/// Resolves what a user typed to one candidate: an exact folded name wins;
/// otherwise every typed word must be a prefix of a distinct word of the
/// name, in order (`emp pino` → "Empanada de pino").
public enum NameMatcher {
  public static func matches(_ query: String, _ candidates: [NamedCandidate]) -> [NamedCandidate] {
    let folded = fold(query).trimmingCharacters(in: " ")
    if let exact = candidates.first(where: { fold($0.name) == folded }) { return [exact] }
    let words = foldedWords(query)
    guard !words.isEmpty else { return [] }
    return candidates.filter { prefixesMatch(words, foldedWords($0.name)) }
  }

  public static func resolve(
    _ query: String, among candidates: [NamedCandidate], thing: CoreError.Thing
  ) throws -> NamedCandidate {
    let found = matches(query, candidates)
    if found.count == 1 { return found[0] }
    if found.isEmpty {
      throw CoreError.notFound(
        thing, query: query, suggestion: closestMatch(to: query, among: candidates.map(\.name)))
    }
    throw CoreError.ambiguous(thing, query: query, candidates: found.map(\.name))
  }

  /// Each typed word is a prefix of a later word of the name, in order.
  static func prefixesMatch(_ typed: [Substring], _ name: [Substring]) -> Bool {
    var index = name.startIndex
    for word in typed {
      guard let hit = name[index...].firstIndex(where: { $0.hasPrefix(word) }) else {
        return false
      }
      index = name.index(after: hit)
    }
    return true
  }
}
