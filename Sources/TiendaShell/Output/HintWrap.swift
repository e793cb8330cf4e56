/// The hint under an error message («  Uso: crear producto <nombre> …»),
/// broken at the width like other output: continuation lines start under
/// the text after «Uso: », and a bracketed part («[precio <monto>]»,
/// «[descripción "…"]», a «quoted command») is not split when it fits.
enum HintWrap {
  /// Stands for a space that must not break while wrapping (one column).
  static let keep: Character = "\u{00A0}"

  /// Only the «Uso:» line is wrapped: other hints are one sentence that
  /// the terminal folds as before.
  static func lines(_ hint: String, width: Int) -> String {
    let text = "  " + hint
    guard hint.hasPrefix("Uso: ") else { return text + "\n" }
    let indent = 7
    var depth = 0
    var quoted = false
    var glued = ""
    for c in text {
      switch c {
      case "[", "<", "(", "{", "«": if !quoted { depth += 1 }
      case "]", ">", ")", "}", "»": if !quoted { depth = max(0, depth - 1) }
      case "\"": quoted.toggle()
      default: break
      }
      glued.append(c == " " && (depth > 0 || quoted) ? keep : c)
    }
    var out: [String] = []
    for line in Wrap.lines(glued, width: width, indent: indent) {
      let restored = String(line.map { $0 == keep ? " " : $0 })
      // A bracketed part longer than a line breaks at its own spaces.
      out +=
        TextFormat.displayWidth(restored) <= width
        ? [restored] : Wrap.lines(restored, width: width, indent: indent)
    }
    return out.map { $0 + "\n" }.joined()
  }
}
