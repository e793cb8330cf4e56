/// A printable document, independent of the printer's language: lines of
/// text with alignment and emphasis, rules, barcodes.
public struct PrintDocument: Sendable, Equatable {
  public enum Align: Sendable, Equatable {
    case left
    case center
    case right
  }

  public enum Item: Sendable, Equatable {
    case text(String, align: Align = .left, bold: Bool = false, tall: Bool = false)
    /// A full-width line of dashes.
    case rule
    case blank
    case ean13(String)
    case code128(String)
    /// Double width and height (GS ! 0x11), wrapped at half the columns:
    /// what the kitchen reads from afar (issue 20).
    case large(String, align: Align = .left)
  }

  public var items: [Item] = []

  public init() {}

  public mutating func add(_ item: Item) { items.append(item) }

  public mutating func text(
    _ s: String, align: Align = .left, bold: Bool = false, tall: Bool = false
  ) {
    items.append(.text(s, align: align, bold: bold, tall: tall))
  }
}

/// Fitting text to a printer's columns.
public enum Layout {
  /// Words wrapped to `width` columns; a word longer than the line is cut.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [text] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      while word.count > width {
        if !current.isEmpty {
          lines.append(current)
          current = ""
        }
        lines.append(String(word.prefix(width)))
        word = String(word.dropFirst(width))
      }
      if current.isEmpty {
        current = word
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = word
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// `left` and `right` on one line, `right` flush right; when they do not
  /// fit, `left` wraps and `right` goes on its last line (or alone).
  public static func columns(_ left: String, _ right: String, width: Int) -> [String] {
    if left.count + 1 + right.count <= width {
      return [left + String(repeating: " ", count: width - left.count - right.count) + right]
    }
    var lines = wrap(left, width: width)
    let last = lines.removeLast()
    if last.count + 1 + right.count <= width {
      lines.append(last + String(repeating: " ", count: width - last.count - right.count) + right)
    } else {
      lines.append(last)
      lines.append(String(repeating: " ", count: max(0, width - right.count)) + right)
    }
    return lines
  }

  static func aligned(_ text: String, _ align: PrintDocument.Align, width: Int) -> String {
    let pad = max(0, width - text.count)
    switch align {
    case .left: return text
    case .right: return String(repeating: " ", count: pad) + text
    case .center: return String(repeating: " ", count: pad / 2) + text
    }
  }
}
