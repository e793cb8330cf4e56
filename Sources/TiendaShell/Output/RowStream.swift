import TiendaCore

/// A listing produced row by row (DESIGN §7: any command ≤ 25 MiB, a year
/// of sales included). `rows` may run more than once: an aligned table on
/// screen measures its columns in a first pass and writes in a second;
/// CSV and JSON take one pass. Nothing holds every row.
public struct RowStream {
  public let columns: [Column]
  public let emptyMessage: String?
  /// Calls `yield` with each row, in order.
  public let rows: (_ yield: ([Cell]) throws -> Void) throws -> Void
  /// The lines under the table, asked after the last pass.
  public let footer: () -> [String]

  public init(
    columns: [Column], emptyMessage: String? = nil,
    rows: @escaping (_ yield: ([Cell]) throws -> Void) throws -> Void,
    footer: @escaping () -> [String] = { [] }
  ) {
    self.columns = columns
    self.emptyMessage = emptyMessage
    self.rows = rows
    self.footer = footer
  }
}

/// Collects written text into chunks of about 64 KB before handing them on
/// (one write per chunk, not per row).
final class ChunkedWriter {
  private var buffer = ""
  private let sink: (String) throws -> Void
  private static let chunk = 1 << 16

  init(_ sink: @escaping (String) throws -> Void) { self.sink = sink }

  func write(_ text: String) throws {
    buffer += text
    if buffer.utf8.count >= Self.chunk { try flush() }
  }

  func flush() throws {
    guard !buffer.isEmpty else { return }
    let out = buffer
    buffer = ""
    try sink(out)
  }
}

extension Renderer {
  /// Writes `stream` in `format` through `out`, row by row.
  func write(_ stream: RowStream, format: OutputFormat, to out: ChunkedWriter) throws {
    switch format {
    case .csv:
      try out.write(CSV.record(stream.columns.map(\.key), delimiter: csvDelimiter))
      try stream.rows { row in try out.write(CSV.record(row.map(csv), delimiter: csvDelimiter)) }
    case .json:
      var first = true
      try out.write("[")
      try stream.rows { row in
        let item = JSONValue.object(zip(stream.columns, row).map { ($0.key, json($1)) })
        try out.write((first ? "\n  " : ",\n  ") + item.pretty(level: 1))
        first = false
      }
      try out.write(first ? "]\n" : "\n]\n")
    case .table, .chart:
      // First pass: the widths, as `renderTable` measures them.
      var natural = stream.columns.map { TextFormat.displayWidth($0.title) }
      var cuttable = stream.columns.map { !$0.alignRight }
      var any = false
      try stream.rows { row in
        any = true
        for (i, cell) in row.enumerated() where i < natural.count {
          natural[i] = max(natural[i], TextFormat.displayWidth(flat(cell)))
          switch cell {
          case .text, .json, .null: break
          default: cuttable[i] = false
          }
        }
      }
      if !any, let empty = stream.emptyMessage {
        try out.write(wrapped(empty))
        return
      }
      let lines = TableLines(
        columns: stream.columns,
        layout: TableLayout(
          columns: stream.columns, natural: natural, cuttable: cuttable, width: width))
      try out.write(lines.header())
      try stream.rows { row in try out.write(lines.line(row.map(flat))) }
      for note in stream.footer() { try out.write(wrapped(note)) }
      if !lines.layout.dropped.isEmpty {
        try out.write(
          wrapped(
            OutputMessages.droppedColumns(lines.layout.dropped.map { stream.columns[$0].title })))
      }
    }
  }

  /// A cell's text on one line (breaks and tabs would split the row).
  func flat(_ cell: Cell) -> String {
    String(text(cell).map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
  }
}

/// The lines of an aligned table once its layout is known: the header with
/// its rule, and each row (used whole by `renderTable`, row by row by a
/// stream).
struct TableLines {
  let columns: [Column]
  let layout: TableLayout

  func header() -> String {
    line(columns.map(\.title))
      + layout.widths.map { String(repeating: "─", count: $0) }
      .joined(separator: String(repeating: " ", count: TableLayout.gap)) + "\n"
  }

  func line(_ values: [String]) -> String {
    var parts: [String] = []
    var more: [String] = []
    for (slot, i) in layout.visible.enumerated() {
      let columnWidth = layout.widths[slot]
      let last = slot == layout.visible.count - 1
      let right = columns[i].alignRight
      var value = i < values.count ? values[i] : ""
      if last && columns[i].wraps && TextFormat.displayWidth(value) > columnWidth {
        // The last column of a list (rights, reasons) goes on below.
        var pieces = Wrap.lines(value, width: columnWidth)
        value = pieces.removeFirst()
        more = pieces
      }
      value = TextFormat.truncated(value, columnWidth)
      parts.append(
        last && !right ? value : TextFormat.padded(value, to: columnWidth, right: right))
    }
    let gap = String(repeating: " ", count: TableLayout.gap)
    var text = parts.joined(separator: gap)
    while text.hasSuffix(" ") { text.removeLast() }
    let indent = String(
      repeating: " ",
      count: layout.widths.dropLast().reduce(0) { $0 + $1 + TableLayout.gap })
    for piece in more { text += "\n" + indent + TextFormat.truncated(piece, layout.widths.last!) }
    return text + "\n"
  }
}
