/// Text for the PDF standard fonts: WinAnsiEncoding (Windows-1252) bytes
/// and Helvetica advance widths, enough to place and fit label text without
/// embedding a font.
enum WinAnsi {
  /// Windows-1252 bytes 0x80…0x9F that are not Latin-1.
  static let high: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
    0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
    0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
    0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
    0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
  ]

  /// A letter followed by a combining accent (text that arrives decomposed,
  /// as macOS file names do), composed into its Latin-1 byte.
  static let composed: [String: UInt8] = [
    "a\u{301}": 0xE1, "e\u{301}": 0xE9, "i\u{301}": 0xED, "o\u{301}": 0xF3, "u\u{301}": 0xFA,
    "A\u{301}": 0xC1, "E\u{301}": 0xC9, "I\u{301}": 0xCD, "O\u{301}": 0xD3, "U\u{301}": 0xDA,
    "n\u{303}": 0xF1, "N\u{303}": 0xD1, "u\u{308}": 0xFC, "U\u{308}": 0xDC,
    "a\u{300}": 0xE0, "e\u{300}": 0xE8, "o\u{300}": 0xF2, "c\u{327}": 0xE7, "C\u{327}": 0xC7,
  ]

  /// The bytes of `text`; characters outside Windows-1252 become `?`, line
  /// breaks and tabs become spaces.
  static func encode(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for c in text {
      if c.isNewline || c == "\t" {
        bytes.append(0x20)
        continue
      }
      let scalars = c.unicodeScalars
      if scalars.count > 1 {
        let key = String(String.UnicodeScalarView(scalars.prefix(2)))
        if let b = composed[key] {
          bytes.append(b)
          continue
        }
      }
      bytes.append(byte(scalars.first!.value))
    }
    return bytes
  }

  static func byte(_ v: UInt32) -> UInt8 {
    switch v {
    case 0x20...0x7E, 0xA0...0xFF: UInt8(v)
    default: high[v] ?? 0x3F
    }
  }

  /// Helvetica widths (1/1000 em) for bytes 32…126.
  static let helvetica: [Int] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ]
  /// Helvetica-Bold widths (1/1000 em) for bytes 32…126.
  static let helveticaBold: [Int] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ]

  /// Accented Latin-1 letters have the width of their base letter.
  static func baseLetter(_ b: UInt8) -> UInt8? {
    switch b {
    case 0xC0...0xC5: 0x41  // A
    case 0xC7: 0x43  // C
    case 0xC8...0xCB: 0x45  // E
    case 0xCC...0xCF: 0x49  // I
    case 0xD1: 0x4E  // N
    case 0xD2...0xD6, 0xD8: 0x4F  // O
    case 0xD9...0xDC: 0x55  // U
    case 0xDD: 0x59  // Y
    case 0xE0...0xE5: 0x61  // a
    case 0xE7: 0x63  // c
    case 0xE8...0xEB: 0x65  // e
    case 0xEC...0xEF: 0x69  // i
    case 0xF1: 0x6E  // n
    case 0xF2...0xF6, 0xF8: 0x6F  // o
    case 0xF9...0xFC: 0x75  // u
    case 0xFD, 0xFF: 0x79  // y
    default: nil
    }
  }

  /// Width of one byte in 1/1000 em.
  static func width(_ b: UInt8, bold: Bool) -> Int {
    let table = bold ? helveticaBold : helvetica
    if (32...126).contains(b) { return table[Int(b) - 32] }
    if let base = baseLetter(b) { return table[Int(base) - 32] }
    switch b {
    case 0xBF: return 611  // ¿
    case 0xA1: return 333  // ¡
    case 0xA0: return 278  // no-break space
    case 0xB0: return 400  // °
    case 0xAA: return 370  // ª
    case 0xBA: return 365  // º
    case 0x85, 0x97: return 1000  // … —
    case 0x91, 0x92: return bold ? 278 : 222
    case 0x93, 0x94: return bold ? 500 : 333
    default: return 556
    }
  }

  /// Width of `bytes` in points at `size`.
  static func width(_ bytes: [UInt8], size: Double, bold: Bool) -> Double {
    Double(bytes.reduce(0) { $0 + width($1, bold: bold) }) * size / 1000
  }

  /// A PDF literal string: `(`, `)` and `\` escaped, other bytes as they are.
  static func literal(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x28]
    for b in bytes {
      if b == 0x28 || b == 0x29 || b == 0x5C { out.append(0x5C) }
      out.append(b)
    }
    out.append(0x29)
    return out
  }
}
