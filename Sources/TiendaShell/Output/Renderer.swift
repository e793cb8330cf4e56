import TiendaCore

/// Turns command results into text: aligned tables that fit `width`, CSV
/// or JSON.
public struct Renderer {
  public let currency: Currency
  /// `;` (Excel and LibreOffice in Spanish) or `,` (`configurar tienda
  /// separador-csv coma`).
  public var csvDelimiter: Character
  /// Display columns a table or record may take (80 when unknown).
  public var width: Int

  public init(currency: Currency, csvDelimiter: Character = ";", width: Int = 80) {
    self.currency = currency
    self.csvDelimiter = csvDelimiter
    self.width = max(20, width)
  }

  func text(_ cell: Cell) -> String {
    switch cell {
    case .text(let s): return s
    case .money(let m): return TextFormat.money(m, currency)
    case .int(let i): return String(i)
    case .bool(let b): return b ? Messages.yes : Messages.no
    case .date(let d): return d.description
    case .instant(let t): return LocalTime.formatted(t)
    case .json(let raw): return raw
    case .quantity(let q, let signed):
      return (signed && q.thousandths > 0 ? "+" : "") + TextFormat.quantity(q)
    case .percent(let p): return TextFormat.percent(p)
    case .null: return ""
    case .unknown: return "—"
    }
  }

  func json(_ cell: Cell) -> JSONValue {
    switch cell {
    case .text(let s): return .string(s)
    case .money(let m): return .number(TextFormat.plainMoney(m, currency))
    case .int(let i): return .int(i)
    case .bool(let b): return .bool(b)
    case .date(let d): return .string(d.iso)
    case .instant(let t): return .string(LocalTime.isoUTC(t))
    case .json(let raw): return JSONValue.parse(raw) ?? .string(raw)
    case .quantity(let q, _): return .decimal(thousandths: q.thousandths)
    case .percent(let p): return .decimal(thousandths: p.thousandths)
    case .null, .unknown: return .null
    }
  }

  /// The whole output of a result in `format`, ending with a newline (or empty).
  public func render(_ result: CommandResult, format: OutputFormat) -> String {
    switch result {
    case .none, .exit: return ""
    case .message(let m): return m + "\n"
    case .lines(let lines):
      // Report lines (a sale, a Z) fit the screen too: long ones wrap.
      return format == .table || format == .chart
        ? lines.map(wrapped).joined() : lines.map { $0 + "\n" }.joined()
    case .table(let table):
      switch format {
      case .table: return renderTable(table) + renderTotals(table)
      case .chart:
        guard let chart = table.chart else { return renderTable(table) + renderTotals(table) }
        return renderChart(table, label: chart.label, value: chart.value) + renderTotals(table)
      case .csv: return renderCSV(table)
      case .json:
        let rows = JSONValue.array(
          table.rows.map { row in
            .object(zip(table.columns, row).map { ($0.key, json($1)) })
          })
        guard !table.totals.isEmpty else { return rows.pretty + "\n" }
        return JSONValue.object([
          ("filas", rows), ("totales", .object(table.totals.map { ($0.key, json($0.value)) })),
        ]).pretty + "\n"
      }
    case .stream(let stream):
      // Whole, where a string is needed (a simulation, an atomic run's file).
      var text = ""
      let writer = ChunkedWriter { text += $0 }
      try? write(stream, format: format, to: writer)
      try? writer.flush()
      return text
    case .record(let record):
      switch format {
      case .table, .chart:
        var labelWidth = record.fields.map { TextFormat.displayWidth($0.label) }.max() ?? 0
        // A long label must not leave the values no room (a third of 80
        // columns cut «Descuento máximo por ticket» and shifted its value).
        labelWidth = min(labelWidth, width / 2)
        var out = ""
        for field in record.fields {
          var line =
            TextFormat.padded(field.label + ":", to: labelWidth + 1, right: false) + " "
            + (field.value == .null ? "—" : text(field.value))
          while line.hasSuffix(" ") { line.removeLast() }
          for part in Wrap.lines(line, width: width, indent: labelWidth + 2) { out += part + "\n" }
        }
        for line in record.footer { out += wrapped(line) }
        return out
      case .csv:
        let table = Table(
          columns: record.fields.map { Column($0.label, key: $0.key) },
          rows: [record.fields.map(\.value)])
        return renderCSV(table)
      case .json:
        return JSONValue.object(record.fields.map { ($0.key, json($0.value)) }).pretty + "\n"
      }
    }
  }

  /// `text` and a newline, broken into lines that fit the width.
  func wrapped(_ text: String) -> String {
    let indent = text.prefix(while: { $0 == " " }).count + 2
    return Wrap.lines(text, width: width, indent: indent).map { $0 + "\n" }.joined()
  }

  /// An aligned table that fits `width`: low-priority columns go first, then
  /// the widest text columns are cut with «…»; a note names what was left out.
  func renderTable(_ table: Table) -> String {
    // One way to lay out a table: the stream's, over rows already held.
    let stream = RowStream(
      columns: table.columns, emptyMessage: table.emptyMessage,
      rows: { yield in for row in table.rows { try yield(row) } }, footer: { table.footer })
    var text = ""
    let out = ChunkedWriter { text += $0 }
    try? write(stream, format: .table, to: out)
    try? out.flush()
    return text
  }

  /// A cell as a spreadsheet reads it: numbers without thousands separator
  /// (quantities with a decimal comma, money with the currency's mark, as
  /// `importar` reads them), instants in the shop's local time
  /// (`2026-12-05 18:30`), dates ISO, text neutralised (`'=…`).
  func csv(_ cell: Cell) -> String {
    switch cell {
    case .text(let s), .json(let s): return CSV.neutralised(s)
    case .money(let m):
      return String(
        TextFormat.plainMoney(m, currency).map { $0 == "." ? currency.decimalMark : $0 })
    case .instant(let t): return LocalTime.spreadsheet(t)
    case .quantity(let q, _): return TextFormat.plainQuantity(q)
    case .percent(let p): return TextFormat.plainQuantity(Quantity(thousandths: p.thousandths))
    case .date(let d): return d.iso
    case .unknown: return ""
    default: return text(cell)
    }
  }

  /// CSV as Spanish spreadsheets read it: the shop's separator (`;` by
  /// default), CRLF, a header of plain keys. No BOM: `> archivo` adds it.
  func renderCSV(_ table: Table) -> String {
    CSV.write(
      header: table.columns.map(\.key), rows: table.rows.map { $0.map(csv) },
      delimiter: csvDelimiter)
  }
}
