import TiendaCore

/// The keywords of one command and the rule that a keyword always ends the
/// value before it (DESIGN.md §5.1, §8.3): a bare name, a list, the sale
/// items, the payments and a quantity's unit all stop at one.
///
/// A word that is both a unit and a keyword of the command (`unidad` in
/// `crear producto`) is the keyword when a value follows it, and the unit
/// otherwise: `stock 500 unidad kg` is stock 500 and unit kg, while
/// `stock 500 unidad` and `stock 500 unidad precio 100` read `unidad` as
/// the quantity's unit.
struct CommandKeywords {
  /// Folded keywords of the options (plus `como` on listings).
  let words: Set<String>
  /// Folded keywords that take no value (`borrados`, `días`).
  let flags: Set<String>
  let listing: Bool

  init(_ spec: CommandSpec) {
    words = Set(spec.keywords.map(fold))
    flags = Set(spec.params.filter { $0.kind == .flag }.compactMap { $0.keyword.map(fold) })
    listing = spec.listing
  }

  /// An unquoted keyword of the command (or `>` on a listing).
  func contains(_ token: Token) -> Bool {
    token.kind == .word && (words.contains(token.folded) || (listing && token.text == ">"))
  }

  /// Whether the keyword at `index` starts a parameter: it takes no value,
  /// or a value follows it (a token that is neither a comma nor a keyword).
  func startsParameter(_ tokens: [Token], at index: Int) -> Bool {
    guard contains(tokens[index]) else { return false }
    if flags.contains(tokens[index].folded) { return true }
    let next = index + 1
    return next < tokens.count && tokens[next].kind != .comma && tokens[next].kind != .colon
      && !contains(tokens[next])
  }

  /// The unit written at `index` after a quantity, if the word there is a
  /// unit and not a keyword that starts a parameter.
  func unit(_ tokens: [Token], at index: Int) -> Quantity.Unit? {
    guard index < tokens.count, tokens[index].kind == .word,
      let unit = Quantity.Unit.parse(tokens[index].text)
    else { return nil }
    return startsParameter(tokens, at: index) ? nil : unit
  }
}
