import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// `como gráfico`: horizontal bars of Unicode blocks (eighths of a cell),
/// each labelled with its amount, fitting the width; `#` bars under
/// `TERM=dumb` or `NO_COLOR` (DESIGN §8.14).
extension Renderer {
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// Whether bars are drawn with `#` (no Unicode blocks).
  static var plainBars: Bool {
    if getenv("NO_COLOR") != nil { return true }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return true }
    return false
  }

  func renderChart(_ table: Table, label: Int, value: Int) -> String {
    if table.rows.isEmpty, let empty = table.emptyMessage { return wrapped(empty) }
    let labels = table.rows.map { label < $0.count ? text($0[label]) : "" }
    let amounts = table.rows.map { value < $0.count ? text($0[value]) : "" }
    let magnitudes = table.rows.map { row -> Int64 in
      switch value < row.count ? row[value] : .null {
      case .money(let m): return max(0, m.minorUnits)
      case .int(let i): return max(0, i)
      case .quantity(let q, _): return max(0, q.thousandths)
      default: return 0
      }
    }
    let labelWidth = min(
      labels.map(TextFormat.displayWidth).max() ?? 0, max(8, width / 3))
    let amountWidth = amounts.map(TextFormat.displayWidth).max() ?? 0
    let barWidth = max(4, width - labelWidth - amountWidth - 3)
    let largest = magnitudes.max() ?? 0
    let plain = Self.plainBars
    var out = ""
    for (i, name) in labels.enumerated() {
      // Eighths of a cell, rounded; a non-zero amount shows at least one.
      var eighths = 0
      if largest > 0 {
        let scaled = Double(magnitudes[i]) / Double(largest) * Double(barWidth * 8)
        eighths = Int(scaled.rounded())
        if magnitudes[i] > 0 { eighths = max(eighths, plain ? 8 : 1) }
      }
      var bar = String(repeating: plain ? "#" : "█", count: eighths / 8)
      if eighths % 8 > 0 {
        bar += plain ? (eighths % 8 >= 4 ? "#" : "") : String(Self.eighths[eighths % 8 - 1])
      }
      let line =
        TextFormat.padded(TextFormat.truncated(name, labelWidth), to: labelWidth, right: false)
        + " " + TextFormat.padded(bar, to: barWidth, right: false) + " "
        + TextFormat.padded(amounts[i], to: amountWidth, right: true)
      out += line + "\n"
    }
    if let heat = table.heat, let top = heat.values.max(), top > 0 {
      // One cell per hour or day, shaded by its share of the largest.
      let shades: [Character] = plain ? [".", ":", "+", "#"] : ["░", "▒", "▓", "█"]
      let strip = String(
        heat.values.map { m -> Character in
          m <= 0 ? " " : shades[min(3, Int(Double(m) / Double(top) * 3.999))]
        })
      out += "\n" + heat.first + " " + strip + " " + heat.last + "\n"
    }
    for note in table.footer { out += wrapped(note) }
    return out
  }

  /// A report's totals under its table or chart: `Label: value`, aligned.
  func renderTotals(_ table: Table) -> String {
    guard !table.totals.isEmpty, !table.rows.isEmpty || table.emptyMessage == nil else {
      return ""
    }
    let labelWidth = min(
      table.totals.map { TextFormat.displayWidth($0.label) }.max() ?? 0, width / 2)
    let values = table.totals.map { text($0.value) }
    let valueWidth = values.map(TextFormat.displayWidth).max() ?? 0
    var out = "\n"
    for (i, total) in table.totals.enumerated() {
      out +=
        TextFormat.padded(total.label + ":", to: labelWidth + 1, right: false) + " "
        + TextFormat.padded(values[i], to: valueWidth, right: true) + "\n"
    }
    return out
  }
}
