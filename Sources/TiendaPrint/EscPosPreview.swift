/// Reads ESC/POS bytes back into text, so the screen shows exactly what a
/// printer would get (`pantalla`): alignment applied, barcodes, cut and
/// drawer pulse named in brackets.
public enum EscPosPreview {
  public static func text(_ bytes: [UInt8], width: Int) -> String {
    var out = ""
    var line = ""
    var align = PrintDocument.Align.left
    func endLine() {
      out += Layout.aligned(line, align, width: width) + "\n"
      line = ""
    }
    var i = 0
    func byte(_ k: Int) -> UInt8 { i + k < bytes.count ? bytes[i + k] : 0 }
    while i < bytes.count {
      let b = bytes[i]
      switch b {
      case 0x0A:
        endLine()
        i += 1
      case 0x1B:
        switch byte(1) {
        case 0x40: i += 2
        case 0x61:
          let n = byte(2)
          align = n == 1 || n == 0x31 ? .center : n == 2 || n == 0x32 ? .right : .left
          i += 3
        case 0x64:
          for _ in 0..<Int(byte(2)) { endLine() }
          i += 3
        case 0x70:
          if !line.isEmpty { endLine() }
          out += PrintText.drawerMark + "\n"
          i += 5
        default: i += 3  // ESC t, ESC R, ESC E, ESC !: one parameter
        }
      case 0x1D:
        switch byte(1) {
        case 0x56:
          if !line.isEmpty { endLine() }
          out += PrintText.cutMark + "\n"
          i += byte(2) >= 0x41 ? 4 : 3
        case 0x6B:
          let kind = byte(2)
          var data: [UInt8] = []
          if kind == 0x43 || kind == 0x49 {
            let n = Int(byte(3))
            data = Array(bytes[min(bytes.count, i + 4)..<min(bytes.count, i + 4 + n)])
            i += 4 + n
          } else {
            i += 3
            while i < bytes.count && bytes[i] != 0 {
              data.append(bytes[i])
              i += 1
            }
            i += 1
          }
          line +=
            kind == 0x43 || kind == 2
            ? PrintText.ean13Mark(String(decoding: data, as: UTF8.self))
            : PrintText.code128Mark(code128Text(data))
        default: i += 3  // GS !, GS h, GS w, GS H
        }
      default:
        if b >= 0x20 { line.append(CodePage850.decode(b)) }
        i += 1
      }
    }
    if !line.isEmpty { endLine() }
    return out
  }

  /// The data of a CODE128 command (`{B…` or `{C` digit pairs).
  static func code128Text(_ data: [UInt8]) -> String {
    guard data.count >= 2, data[0] == 0x7B else { return String(decoding: data, as: UTF8.self) }
    let body = data.dropFirst(2)
    if data[1] == 0x43 {
      return body.map { ($0 < 10 ? "0" : "") + String($0) }.joined()
    }
    return String(decoding: body, as: UTF8.self)
  }
}
