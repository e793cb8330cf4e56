/// ESC/POS bytes (NOTES.md "ESC/POS"): every job starts with ESC @ and the
/// code page; text in PC850; cut and drawer pulse when asked.
public enum EscPos {
  public static let initialize: [UInt8] = [0x1B, 0x40]
  public static let usaCharacterSet: [UInt8] = [0x1B, 0x52, 0x00]
  public static func codePage(_ n: Int) -> [UInt8] { [0x1B, 0x74, UInt8(clamping: n)] }
  public static func align(_ a: PrintDocument.Align) -> [UInt8] {
    [0x1B, 0x61, a == .left ? 0 : a == .center ? 1 : 2]
  }
  public static func bold(_ on: Bool) -> [UInt8] { [0x1B, 0x45, on ? 1 : 0] }
  /// GS ! n: double height only, so the columns stay the same.
  public static func tall(_ on: Bool) -> [UInt8] { [0x1D, 0x21, on ? 0x01 : 0x00] }
  /// GS ! 0x11: double width and double height (half the columns).
  public static func large(_ on: Bool) -> [UInt8] { [0x1D, 0x21, on ? 0x11 : 0x00] }
  /// Feed 4 lines and cut (partial).
  public static let feedAndCut: [UInt8] = [0x1D, 0x56, 0x42, 0x04]
  public static let feed: [UInt8] = [0x1B, 0x64, 0x04]
  /// ESC p 0 25 250: pin 2, 50 ms on, 500 ms off.
  public static let drawerPulse: [UInt8] = [0x1B, 0x70, 0x00, 0x19, 0xFA]
  /// Barcode height 80 dots, module width 2, text below.
  public static let barcodeSetup: [UInt8] = [0x1D, 0x68, 80, 0x1D, 0x77, 2, 0x1D, 0x48, 2]

  public static func ean13(_ digits: String) -> [UInt8] {
    barcodeSetup + [0x1D, 0x6B, 0x43, 0x0D] + Array(digits.utf8.prefix(13))
  }

  /// CODE128 subset B (`{B` + data), or C for an even number of digits.
  public static func code128(_ data: String) -> [UInt8] {
    let bytes = Array(data.utf8.filter { $0 >= 0x20 && $0 < 0x7F })
    let digits = bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && bytes.count % 2 == 0
    var body: [UInt8]
    if digits && !bytes.isEmpty {
      body = [0x7B, 0x43]
      var i = 0
      while i < bytes.count {
        body.append((bytes[i] - 0x30) * 10 + (bytes[i + 1] - 0x30))
        i += 2
      }
    } else {
      body = [0x7B, 0x42] + bytes
    }
    return barcodeSetup + [0x1D, 0x6B, 0x49, UInt8(clamping: body.count)] + body
  }

  /// Renders a document for a printer of `width` columns.
  public static func render(
    _ document: PrintDocument, width: Int, codePage: Int, cut: Bool, drawer: Bool = false
  ) -> [UInt8] {
    var out = initialize + usaCharacterSet + self.codePage(codePage)
    if drawer { out += drawerPulse }
    for item in document.items {
      switch item {
      case .text(let text, let a, let b, let t):
        if a != .left { out += align(a) }
        if b { out += bold(true) }
        if t { out += tall(true) }
        // Lines laid out to the width (columns) pass as they are.
        for line in text.count <= width ? [text] : Layout.wrap(text, width: width) {
          out += CodePage850.encode(line) + [0x0A]
        }
        if t { out += tall(false) }
        if b { out += bold(false) }
        if a != .left { out += align(.left) }
      case .large(let text, let a):
        if a != .left { out += align(a) }
        out += large(true)
        for line in Layout.wrap(text, width: max(1, width / 2)) {
          out += CodePage850.encode(line) + [0x0A]
        }
        out += large(false)
        if a != .left { out += align(.left) }
      case .rule:
        out += Array(String(repeating: "-", count: width).utf8) + [0x0A]
      case .blank:
        out += [0x0A]
      case .ean13(let digits):
        out += align(.center) + ean13(digits) + [0x0A] + align(.left)
      case .code128(let data):
        out += align(.center) + code128(data) + [0x0A] + align(.left)
      }
    }
    out += cut ? feedAndCut : feed
    return out
  }

  /// A drawer pulse alone (`abrir cajón`).
  public static func drawerOnly() -> [UInt8] { initialize + drawerPulse }
}
