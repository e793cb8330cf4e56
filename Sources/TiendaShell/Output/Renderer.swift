import TiendaCore

/// Turns command results into text: aligned tables, CSV or JSON.
public struct Renderer {
  public let currency: Currency

  public init(currency: Currency) { self.currency = currency }

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
    }
  }

  func plain(_ cell: Cell) -> String {
    switch cell {
    case .money(let m): return TextFormat.plainMoney(m, currency)
    case .date(let d): return d.iso
    case .instant(let t): return LocalTime.isoUTC(t)
    case .quantity(let q, _): return TextFormat.plainQuantity(q)
    case .percent(let p): return TextFormat.plainQuantity(Quantity(thousandths: p.thousandths))
    default: return text(cell)
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
    case .null: return .null
    }
  }

  /// The whole output of a result in `format`, ending with a newline (or empty).
  public func render(_ result: CommandResult, format: OutputFormat) -> String {
    switch result {
    case .none, .exit: return ""
    case .message(let m): return m + "\n"
    case .lines(let lines): return lines.map { $0 + "\n" }.joined()
    case .table(let table):
      switch format {
      case .table: return renderTable(table)
      case .csv: return renderCSV(table)
      case .json:
        return JSONValue.array(
          table.rows.map { row in
            .object(zip(table.columns, row).map { ($0.key, json($1)) })
          }
        ).pretty + "\n"
      }
    case .record(let record):
      switch format {
      case .table:
        let width = record.fields.map { TextFormat.displayWidth($0.label) }.max() ?? 0
        var out = ""
        for field in record.fields {
          var line =
            TextFormat.padded(field.label + ":", to: width + 1, right: false) + " "
            + (field.value == .null ? "—" : text(field.value))
          while line.hasSuffix(" ") { line.removeLast() }
          out += line + "\n"
        }
        for line in record.footer { out += line + "\n" }
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

  func renderTable(_ table: Table) -> String {
    if table.rows.isEmpty, let empty = table.emptyMessage { return empty + "\n" }
    let cells = table.rows.map { $0.map(text) }
    var widths = table.columns.map { TextFormat.displayWidth($0.title) }
    for row in cells {
      for (i, value) in row.enumerated() {
        widths[i] = max(widths[i], TextFormat.displayWidth(value))
      }
    }
    func line(_ values: [String]) -> String {
      var parts: [String] = []
      for (i, value) in values.enumerated() {
        let last = i == values.count - 1
        let right = table.columns[i].alignRight
        parts.append(last && !right ? value : TextFormat.padded(value, to: widths[i], right: right))
      }
      var text = parts.joined(separator: "  ")
      while text.hasSuffix(" ") { text.removeLast() }
      return text + "\n"
    }
    var out = line(table.columns.map(\.title))
    out += line(widths.map { String(repeating: "─", count: $0) })
    for row in cells { out += line(row) }
    for note in table.footer { out += note + "\n" }
    return out
  }

  /// RFC 4180 CSV, UTF-8, comma-separated, header of plain keys.
  func renderCSV(_ table: Table) -> String {
    func field(_ s: String) -> String {
      if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
        return "\""
          + s.split(separator: "\"", omittingEmptySubsequences: false)
          .joined(separator: "\"\"") + "\""
      }
      return s
    }
    var out = table.columns.map { field($0.key) }.joined(separator: ",") + "\r\n"
    for row in table.rows {
      out += row.map { field(plain($0)) }.joined(separator: ",") + "\r\n"
    }
    return out
  }
}
