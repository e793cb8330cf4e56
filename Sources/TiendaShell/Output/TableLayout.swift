/// Fits a table into a width: drops columns by priority, then cuts the
/// widest text columns with «…». Numbers, dates and times are never cut.
struct TableLayout {
  /// Spaces between columns.
  static let gap = 2
  /// A text column is never cut below this (or its natural width, if less).
  static let minimumText = 10
  /// A column that wraps (`Column.wraps`) keeps room for a few words a line.
  static let minimumWrapped = 24

  /// Indices of the columns shown, in order.
  let visible: [Int]
  /// Display width of each shown column (same order as `visible`).
  let widths: [Int]
  /// Indices of the columns left out.
  var dropped: [Int] {
    let shown = Set(visible)
    return (0..<natural.count).filter { !shown.contains($0) }
  }
  private let natural: [Int]

  /// `natural`: the widest cell (title included) of each column;
  /// `cuttable`: whether a column holds text that may be cut with «…»
  /// (numbers, money, dates and times never are).
  init(columns: [Column], natural: [Int], cuttable: [Bool], width: Int) {
    self.natural = natural
    func minimum(_ i: Int) -> Int {
      guard cuttable[i] else { return natural[i] }
      return min(natural[i], columns[i].wraps ? Self.minimumWrapped : Self.minimumText)
    }
    func total(_ shown: [Int], _ measure: (Int) -> Int) -> Int {
      shown.map(measure).reduce(0, +) + Self.gap * max(0, shown.count - 1)
    }
    // Least important first; among equals, the rightmost first.
    let dropOrder = columns.indices.sorted {
      columns[$0].priority != columns[$1].priority
        ? columns[$0].priority < columns[$1].priority : $0 > $1
    }
    var shown = Array(columns.indices)
    var candidates = dropOrder[...]
    // Columns go while not even their shortest forms fit.
    while shown.count > 1, total(shown, minimum) > width, let next = candidates.popFirst() {
      shown.removeAll { $0 == next }
    }
    // Low-priority columns (ids, notes) go before anything is cut.
    while total(shown, { natural[$0] }) > width, shown.count > 1,
      let low = dropOrder.first(where: { shown.contains($0) && columns[$0].priority == .low })
    {
      shown.removeAll { $0 == low }
    }
    var widths = shown.map { natural[$0] }
    var excess = total(shown, { natural[$0] }) - width
    // Cut the widest text column one column at a time.
    while excess > 0 {
      var widest: Int?
      for (slot, i) in shown.enumerated() where widths[slot] > minimum(i) {
        if widest.map({ widths[slot] > widths[$0] }) ?? true { widest = slot }
      }
      guard let slot = widest else { break }
      widths[slot] -= 1
      excess -= 1
    }
    // One column still too wide (a number wider than the screen): cut it.
    if excess > 0, shown.count == 1 { widths[0] = max(1, width) }
    self.visible = shown
    self.widths = widths
  }
}

/// Cutting text into lines that fit a width.
enum Wrap {
  /// `text` broken at spaces into lines of at most `width` display columns;
  /// lines after the first start with `indent` spaces. A word longer than a
  /// line is cut.
  static func lines(_ text: String, width: Int, indent: Int = 0) -> [String] {
    guard TextFormat.displayWidth(text) > width, width > indent + 4 else { return [text] }
    var out: [String] = []
    var line = ""
    var lineWidth = 0
    let lead = String(repeating: " ", count: indent)
    // Keep the text's own leading spaces on the first line.
    let leading = String(text.prefix(while: { $0 == " " }))
    line = leading
    lineWidth = leading.count
    var firstWord = true
    for word in text.dropFirst(leading.count).split(
      separator: " ", omittingEmptySubsequences: false)
    {
      var word = String(word)
      let limit = width
      var wordWidth = TextFormat.displayWidth(word)
      if !firstWord && lineWidth + 1 + wordWidth > limit {
        out.append(line)
        line = lead
        lineWidth = indent
        firstWord = true
      }
      while lineWidth + (firstWord ? 0 : 1) + wordWidth > limit {
        // A word that alone does not fit: cut it.
        let room = limit - lineWidth - (firstWord ? 0 : 1)
        var head = ""
        for c in word {
          if TextFormat.displayWidth(head + String(c)) > room { break }
          head.append(c)
        }
        if head.isEmpty { break }
        line += (firstWord ? "" : " ") + head
        out.append(line)
        word = String(word.dropFirst(head.count))
        wordWidth = TextFormat.displayWidth(word)
        line = lead
        lineWidth = indent
        firstWord = true
      }
      line += (firstWord ? "" : " ") + word
      lineWidth += (firstWord ? 0 : 1) + wordWidth
      firstWord = false
    }
    if !line.trimmingCharacters(in: " ").isEmpty || out.isEmpty { out.append(line) }
    return out.map { l in
      var l = l
      while l.hasSuffix(" ") { l.removeLast() }
      return l
    }
  }
}
