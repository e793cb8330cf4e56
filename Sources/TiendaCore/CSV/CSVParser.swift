/// The byte-level CSV reader behind `CSV.parse`.
///
/// Works on UTF-8 bytes: the delimiters, quotes, CR and LF are ASCII, and no
/// byte of a multi-byte UTF-8 sequence is ASCII, so fields are cut between
/// whole characters and decoded once each.
struct CSVParser {
  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")
  private static let semicolon = UInt8(ascii: ";")
  private static let comma = UInt8(ascii: ",")
  private static let tab = UInt8(ascii: "\t")

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var line = 1
  private var delimiter = CSVParser.semicolon
  /// Reused for quoted fields, which need `""` turned into `"`.
  private var scratch: [UInt8] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    // A byte order mark left in the text (U+FEFF is EF BB BF).
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
  }

  mutating func document() throws(CSVError) -> CSV.Document {
    delimiter = detectDelimiter()
    guard let header = try nextRecord() else { throw .empty }
    var rows: [CSV.Row] = []
    while let row = try nextRecord(capacity: header.fields.count) { rows.append(row) }
    return CSV.Document(
      delimiter: Character(Unicode.Scalar(delimiter)),
      header: header.fields.map(Self.trimmed),
      rows: rows)
  }

  /// The most frequent of `;`, `,` and tab outside quotes in the first non-empty record;
  /// ties go to `;`, then `,`.
  private func detectDelimiter() -> UInt8 {
    var j = i
    while j < bytes.count, bytes[j] == Self.cr || bytes[j] == Self.lf { j += 1 }
    var counts = (semicolon: 0, comma: 0, tab: 0)
    var inQuotes = false
    while j < bytes.count {
      let c = bytes[j]
      if c == Self.quote {
        inQuotes.toggle()
      } else if !inQuotes {
        switch c {
        case Self.cr, Self.lf: j = bytes.count
        case Self.semicolon: counts.semicolon += 1
        case Self.comma: counts.comma += 1
        case Self.tab: counts.tab += 1
        default: break
        }
      }
      j += 1
    }
    if counts.semicolon >= counts.comma, counts.semicolon >= counts.tab { return Self.semicolon }
    return counts.comma >= counts.tab ? Self.comma : Self.tab
  }

  /// Consumes a line end (CRLF, LF or lone CR) at `i`, if any.
  private mutating func skipLineEnd() {
    guard i < bytes.count else { return }
    if bytes[i] == Self.cr {
      i += 1
      if i < bytes.count, bytes[i] == Self.lf { i += 1 }
      line += 1
    } else if bytes[i] == Self.lf {
      i += 1
      line += 1
    }
  }

  /// The next record, skipping completely empty lines; nil at the end of the text.
  private mutating func nextRecord(capacity: Int = 0) throws(CSVError) -> CSV.Row? {
    while i < bytes.count, bytes[i] == Self.cr || bytes[i] == Self.lf { skipLineEnd() }
    guard i < bytes.count else { return nil }
    let start = line
    var fields: [String] = []
    fields.reserveCapacity(capacity)
    while true {
      if i < bytes.count, bytes[i] == Self.quote {
        fields.append(try quotedField())
        guard i < bytes.count else { break }
        let c = bytes[i]
        if c == delimiter {
          i += 1
          continue
        }
        guard c == Self.cr || c == Self.lf else { throw .textAfterQuote(line: line) }
        skipLineEnd()
        break
      }
      let fieldStart = i
      while i < bytes.count {
        let c = bytes[i]
        if c == delimiter || c == Self.cr || c == Self.lf { break }
        i += 1
      }
      fields.append(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
      guard i < bytes.count else { break }
      if bytes[i] == delimiter {
        i += 1
        continue
      }
      skipLineEnd()
      break
    }
    return CSV.Row(line: start, fields: fields)
  }

  /// A quoted field starting at the opening quote at `i`; leaves `i` after the closing quote.
  private mutating func quotedField() throws(CSVError) -> String {
    let startLine = line
    i += 1
    var segment = i
    var escaped = false
    scratch.removeAll(keepingCapacity: true)
    while true {
      guard i < bytes.count else { throw .unterminatedQuote(line: startLine) }
      let c = bytes[i]
      if c == Self.quote {
        if i + 1 < bytes.count, bytes[i + 1] == Self.quote {
          // Keep one quote of the pair: the segment up to and including the first.
          scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...i]))
          escaped = true
          i += 2
          segment = i
          continue
        }
        break
      }
      if c == Self.lf || (c == Self.cr && !(i + 1 < bytes.count && bytes[i + 1] == Self.lf)) {
        line += 1
      }
      i += 1
    }
    let tail = UnsafeBufferPointer(rebasing: bytes[segment..<i])
    i += 1  // the closing quote
    guard escaped else { return String(decoding: tail, as: UTF8.self) }
    scratch.append(contentsOf: tail)
    return String(decoding: scratch, as: UTF8.self)
  }

  private static func trimmed(_ s: String) -> String {
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
