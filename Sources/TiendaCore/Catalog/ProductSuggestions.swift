/// «¿Quiso decir …?» for product names, and why a product cannot be sold.
///
/// A typed name that matches nothing is compared with the names near it in
/// the catalog, the way a mistyped command is compared with the commands:
/// edit distance over folded text with a floor of similarity (at most a
/// third of the word and at most 3 edits). Each typed word may also be the
/// start of a name word, as when naming (`empnada pino` → "Empanada de
/// pino"). The work is bounded: only names sharing the first letter (or
/// the first two letters swapped) and alphabetically close are read, at
/// most `ProductSuggestions.window` on each side, plus, when several words
/// were typed, up to half a window of names having all of them but one.
enum ProductSuggestions {
  /// Names read on each side of the typed text, in alphabetical order.
  static let window = 1000

  /// A folded word as scalars, compared without building strings.
  typealias Word = [Unicode.Scalar]

  /// Words of text already folded, split like `foldedWords`.
  static func words(folded text: String) -> [Word] {
    var result: [Word] = []
    var current: Word = []
    for scalar in text.unicodeScalars {
      let v = scalar.value
      let isWordScalar =
        v < 0x80
        ? (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if isWordScalar {
        current.append(scalar)
      } else if !current.isEmpty {
        result.append(current)
        current = []
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Most edits accepted between two words (or two phrases) of these lengths.
  static func limit(_ a: Int, _ b: Int) -> Int { min(3, max(1, max(a, b) / 3)) }

  /// Edits between `a` and `b` (a swap of neighbours counts one, as in
  /// `editDistance`) when at most `bound`, else nil. Stops as soon as a
  /// whole row is past the bound, so far-off names cost little.
  static func distance(
    _ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>, atMost bound: Int
  )
    -> Int?
  {
    if a.elementsEqual(b) { return 0 }
    return boundedEditDistance(Array(a), Array(b), atMost: bound)
  }

  /// Edits between `typed` and `word`, or nil when too far: the whole word,
  /// or (for typed words of 4 letters or more) the start of it.
  static func wordCost(_ typed: Word, _ word: Word) -> Int? {
    if word.starts(with: typed) { return 0 }
    var best = distance(typed[...], word[...], atMost: limit(typed.count, word.count))
    if typed.count >= 4, word.count > typed.count,
      let d = distance(typed[...], word.prefix(typed.count), atMost: max(1, typed.count / 4)),
      d < (best ?? Int.max)
    {
      best = d
    }
    return best
  }

  /// Edits for `typed` to name `name` (folded words), or nil. Typed words
  /// go to name words in order; the total stays within the floor.
  static func cost(_ typed: [Word], _ name: [Word]) -> Int? {
    guard !typed.isEmpty, typed.count <= name.count else { return nil }
    // best[j]: least edits for the typed words so far, the last one on name word j.
    var best = [Int?](repeating: nil, count: name.count)
    for (i, word) in typed.enumerated() {
      var next = [Int?](repeating: nil, count: name.count)
      var before: Int? = i == 0 ? 0 : nil
      for j in 0..<name.count {
        if let b = before, let c = wordCost(word, name[j]) {
          next[j] = min(next[j] ?? Int.max, b + c)
        }
        if let here = best[j] { before = min(before ?? Int.max, here) }
      }
      guard next.contains(where: { $0 != nil }) else { return nil }
      best = next
    }
    let total = best.compactMap { $0 }.min()
    let letters = typed.reduce(0) { $0 + $1.count }
    guard let total, total <= limit(letters, letters) else { return nil }
    return total
  }

  /// Edits between the typed text run together and the name's first words
  /// run together, when the words are split differently (`cocacola` →
  /// "Coca-Cola"), or nil. The same number of words is `cost`'s business.
  static func joinedCost(_ typed: [Word], _ name: [Word]) -> Int? {
    let text = typed.flatMap { $0 }
    var prefix: Word = []
    var best: Int?
    for (k, word) in name.enumerated() {
      prefix += word
      if prefix.count > text.count + 3 { break }
      if k + 1 != typed.count,
        let d = distance(text[...], prefix[...], atMost: limit(text.count, prefix.count)),
        d < (best ?? Int.max)
      {
        best = d
      }
    }
    return best
  }

  /// The closest of `names` to `text`, if it is close enough: fewest
  /// edits, then the shortest name, then alphabetical.
  static func closest(to text: String, among names: [String]) -> String? {
    closest(to: text, among: names.map { (name: $0, folded: fold($0)) })
  }

  /// As above, with each name's folded text at hand (stored in the file).
  static func closest(to text: String, among names: [(name: String, folded: String)]) -> String? {
    let typed = words(folded: fold(text))
    guard typed.reduce(0, { $0 + $1.count }) >= 3 else { return nil }
    var best: (name: String, cost: Int)?
    for (name, folded) in names {
      let nameWords = words(folded: folded)
      guard
        let cost = [cost(typed, nameWords), joinedCost(typed, nameWords)].compactMap({ $0 }).min()
      else { continue }
      if let b = best,
        cost > b.cost || (cost == b.cost && (name.count, name) >= (b.name.count, b.name))
      {
        continue
      }
      best = (name, cost)
    }
    return best?.name
  }
}

extension Catalog {
  /// A plausible correction for a product name nobody has (see
  /// `ProductSuggestions`). With `forSale`, products hidden from the point
  /// of sale are not suggested.
  func suggestedProductName(for text: String, forSale: Bool) throws -> String? {
    let folded = fold(text).trimmingCharacters(in: " \t")
    guard folded.count >= 3, let first = folded.first else { return nil }
    let second = folded.dropFirst().first!
    let bucketEnd = String(first) + "\u{FFFF}"
    let window = ProductSuggestions.window
    // Alphabetical neighbours within the first letter, on both sides…
    var rows = try ProductNameRow.between(
      db, folded, bucketEnd, descending: false, onlyInPOS: forSale, limit: window)
    rows += try ProductNameRow.between(
      db, String(first), folded, descending: true, onlyInPOS: forSale, limit: window)
    // …and the names starting with the first two letters swapped.
    let swapped = String([second, first])
    rows += try ProductNameRow.between(
      db, swapped, swapped + "\u{FFFF}", descending: false, onlyInPOS: forSale, limit: window)
    // With several words, one of them may be the wrong one: the names that
    // have all the others (as word starts) and a word starting with the
    // same letter as it, through the search index (`qeso fresco 20`).
    let typed = foldedWords(text)
    if typed.count >= 2 {
      for wrong in typed.indices.prefix(4) {
        let terms = typed.indices.map { $0 == wrong ? typed[$0].prefix(1) : typed[$0] }
        let match = "name : (" + terms.map { "\"\($0)\"*" }.joined(separator: " ") + ")"
        rows += try ProductNameRow.matching(db, match, onlyInPOS: forSale, limit: window / 2)
      }
    }
    let hidden = forSale ? try hiddenCategoryIDs() : []
    var seen = Set<String>()
    let names = rows.filter { row in
      (hidden.isEmpty || !(row.categoryID.map(hidden.contains) ?? false))
        && seen.insert(row.name).inserted
    }.map { (name: $0.name, folded: $0.nameFolded) }
    return ProductSuggestions.closest(to: text, among: names)
  }

  /// The refusal for a product that exists but is hidden from the point of
  /// sale: by its own `en-pos no` or by a category's (its own or a parent).
  func notForSale(_ product: Product, query: String) throws -> CoreError {
    var category: String?
    if !product.inPOS {
      category = nil
    } else if let id = product.categoryID {
      category = try CategoryStore.nearestHiddenName(db, from: id)
    }
    return .notForSale(query: query, name: product.name, sku: product.sku, category: category)
  }
}
