/// Fits a product name into a few lines of a label: words wrap, a word too
/// long for a line is cut, and what does not fit ends in an ellipsis.
enum TextFitting {
  /// The lines of `text`, at most `maxLines`, each accepted by `fits`.
  ///
  /// ```swift
  /// TextFitting.lines("Queso mantecoso laminado", maxLines: 2, ellipsis: "...") { $0.count <= 10 }
  /// // ["Queso", "mantecoso..."]
  /// ```
  static func lines(
    _ text: String, maxLines: Int, ellipsis: String, fits: (String) -> Bool
  ) -> [String] {
    let words = text.split(separator: " ").map(String.init)
    guard maxLines > 0, !words.isEmpty else { return [] }
    var lines: [String] = []
    var current = ""
    var index = 0
    while index < words.count {
      let word = words[index]
      let candidate = current.isEmpty ? word : current + " " + word
      if fits(candidate) {
        current = candidate
        index += 1
        continue
      }
      if current.isEmpty {
        // A single word wider than the line: cut it where it stops fitting.
        let (head, tail) = split(word, fits: fits)
        lines.append(head)
        if tail.isEmpty {
          index += 1
        } else {
          var rest = words
          rest[index] = tail
          return finish(lines, remaining: rest[index...], maxLines, ellipsis, fits)
        }
      } else {
        lines.append(current)
        current = ""
      }
      if lines.count == maxLines {
        return index < words.count ? truncateLast(lines, ellipsis, fits) : lines
      }
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > maxLines {
      return truncateLast(Array(lines.prefix(maxLines)), ellipsis, fits)
    }
    return lines
  }

  private static func finish(
    _ lines: [String], remaining: ArraySlice<String>, _ maxLines: Int, _ ellipsis: String,
    _ fits: (String) -> Bool
  ) -> [String] {
    if lines.count >= maxLines {
      return truncateLast(Array(lines.prefix(maxLines)), ellipsis, fits)
    }
    let more = self.lines(
      remaining.joined(separator: " "), maxLines: maxLines - lines.count, ellipsis: ellipsis,
      fits: fits)
    return lines + more
  }

  /// The longest prefix of `word` that fits, and the rest (at least one character goes first).
  private static func split(_ word: String, fits: (String) -> Bool) -> (String, String) {
    var head = ""
    for c in word {
      if !head.isEmpty && !fits(head + String(c)) { break }
      head.append(c)
    }
    return (head, String(word.dropFirst(head.count)))
  }

  /// Ends the last line with `ellipsis`, dropping characters until it fits.
  private static func truncateLast(
    _ lines: [String], _ ellipsis: String, _ fits: (String) -> Bool
  ) -> [String] {
    var result = lines
    guard var last = result.popLast() else { return lines }
    while !last.isEmpty && !fits(last + ellipsis) { last.removeLast() }
    while last.last == " " { last.removeLast() }
    result.append(last + ellipsis)
    return result
  }
}
