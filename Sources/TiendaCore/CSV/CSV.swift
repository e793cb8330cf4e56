/// Reading and writing CSV the way Spanish spreadsheets do.
///
/// Excel and LibreOffice in Spanish use `;` between fields (the comma is the
/// decimal separator), CRLF line ends, and either UTF-8 with a BOM or, on
/// Windows, Windows-1252.
public enum CSV {
  /// The text encoding a file was read with.
  public enum Encoding: Sendable { case utf8, windows1252 }

  /// A parsed file: header fields and data rows.
  public struct Document: Sendable, Equatable {
    /// `;`, `,` or tab, detected from the header line.
    public let delimiter: Character
    /// The header fields, trimmed.
    public let header: [String]
    /// The data rows, without completely empty lines.
    public let rows: [Row]
  }

  /// A data row. `line` is the 1-based physical line where the row starts
  /// (quoted fields may span lines), so errors can name "fila N" / "línea N".
  public struct Row: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
  }

  /// Decodes file bytes: UTF-8 (a leading BOM EF BB BF is dropped) when the bytes are valid
  /// UTF-8, otherwise Windows-1252 (Excel's default on Windows). A file that starts with the
  /// UTF-8 BOM is always read as UTF-8, with invalid bytes replaced by U+FFFD.
  public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    let body = bytes[(hasBOM ? 3 : 0)...]
    if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
    if hasBOM { return (String(decoding: body, as: UTF8.self), .utf8) }
    return (Windows1252.decode(bytes), .windows1252)
  }

  /// Detects the delimiter (`;`, `,` or tab) from the header line outside quotes (the most
  /// frequent; ties → `;`, then `,`), then parses RFC 4180 style: fields quoted with `"`, `""`
  /// inside quotes is a quote, quoted fields may contain the delimiter and newlines; CRLF, LF and
  /// lone CR line ends; completely empty lines are skipped; unquoted fields are kept exactly as
  /// written (the caller trims). Header fields are trimmed. A leading U+FEFF is ignored.
  public static func parse(_ text: String) throws(CSVError) -> Document {
    var text = text
    // `withUTF8` rethrows untyped errors: carry the typed one out in a Result.
    let result = text.withUTF8 { bytes in
      var parser = CSVParser(bytes)
      return Result { () throws(CSVError) in try parser.document() }
    }
    let document = try result.get()
    return Document(
      delimiter: document.delimiter, header: document.header,
      rows: document.rows.map { Row(line: $0.line, fields: $0.fields.map(restored)) })
  }

  /// Characters that make a spreadsheet read a cell as a formula (or hide
  /// what follows): `= + - @`, tab and carriage return.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// A text cell made safe for spreadsheets (DESIGN §8.18): one starting with
  /// `= + - @`, tab or CR gets a leading `'`, so it is shown, never run.
  /// Only for text cells: numbers are never touched.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
    return "'" + text
  }

  /// Undoes `neutralised`: a field that starts with `'` followed by one of
  /// those characters loses the `'` (what `importar` reads back).
  public static func restored(_ field: String) -> String {
    let scalars = field.unicodeScalars
    guard scalars.first == "'", let second = scalars.dropFirst().first,
      formulaStarts.contains(second)
    else { return field }
    return String(field.unicodeScalars.dropFirst())
  }

  /// Writes RFC 4180 CSV with `delimiter` (default `,`) and CRLF line ends; quotes a field when
  /// it contains the delimiter, `"`, CR or LF, or starts/ends with a space. A record made of one
  /// empty field is written as `""` so that it does not read back as an empty line.
  public static func write(
    header: [String], rows: [[String]], delimiter: Character = ","
  ) -> String {
    let separator = Array(String(delimiter).utf8)
    var out: [UInt8] = []
    append(header, delimiter: delimiter, separator: separator, to: &out)
    for row in rows { append(row, delimiter: delimiter, separator: separator, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// One record and its CRLF, as `write` writes each (for a listing
  /// written row by row).
  public static func record(_ fields: [String], delimiter: Character = ",") -> String {
    var out: [UInt8] = []
    append(fields, delimiter: delimiter, separator: Array(String(delimiter).utf8), to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private static func append(
    _ fields: [String], delimiter: Character, separator: [UInt8], to out: inout [UInt8]
  ) {
    if fields.count == 1, fields[0].isEmpty {
      out.append(contentsOf: [quote, quote])
    } else {
      for (i, field) in fields.enumerated() {
        if i > 0 { out.append(contentsOf: separator) }
        appendField(field, delimiter: delimiter, separator: separator, to: &out)
      }
    }
    out.append(contentsOf: [cr, lf])
  }

  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")

  /// Appends the UTF-8 bytes of `field`, quoted when needed.
  private static func appendField(
    _ field: String, delimiter: Character, separator: [UInt8], to out: inout [UInt8]
  ) {
    let bytes = field.utf8
    let hasDelimiter =
      separator.count == 1 ? bytes.contains(separator[0]) : field.contains(delimiter)
    let needsQuotes =
      hasDelimiter || bytes.first == space || bytes.last == space
      || bytes.contains { $0 == quote || $0 == cr || $0 == lf }
    guard needsQuotes else {
      out.append(contentsOf: bytes)
      return
    }
    out.append(quote)
    for byte in bytes {
      if byte == quote { out.append(quote) }
      out.append(byte)
    }
    out.append(quote)
  }
}

/// Why a CSV file could not be read, with the 1-based line.
public enum CSVError: Error, Equatable, Sendable {
  /// No header line: the file is empty or has only empty lines.
  case empty
  /// A quoted field never closes; `line` is where it started.
  case unterminatedQuote(line: Int)
  /// Characters between a closing quote and the delimiter (`"abc"x;`); `line` is where they are.
  case textAfterQuote(line: Int)
}
