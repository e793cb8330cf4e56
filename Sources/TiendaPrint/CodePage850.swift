import TiendaCore

/// Text to the bytes a receipt printer prints: PC850 (ESC t 2), the code
/// page with every Spanish letter. Characters outside it go through a
/// transliteration table (“ ” – € …), and `?` is the last resort.
public enum CodePage850 {
  /// Bytes 0x80…0xFF of PC850, in order.
  static let upper: [Character] = Array(
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u{AD}±‗¾¶§÷¸°¨·¹³²■\u{A0}"
  )

  static let encodeTable: [Character: UInt8] = {
    var table: [Character: UInt8] = [:]
    for (i, c) in upper.enumerated() { table[c] = UInt8(0x80 + i) }
    return table
  }()

  /// Characters PC850 lacks, written with what it has.
  static let transliterations: [Character: String] = [
    "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-",
    "−": "-", "…": "...", "€": "EUR", "•": "·", "™": "TM", "≤": "<=", "≥": ">=", "≠": "!=",
    "→": "->", "←": "<-", "\u{2009}": " ", "\u{202F}": " ", "\u{00A0}": " ", "\t": " ",
    "Ŕ": "R", "ŕ": "r", "Š": "S", "š": "s", "Ž": "Z", "ž": "z", "Œ": "OE", "œ": "oe",
  ]

  /// Encodes `text` for the printer. ASCII passes as is; PC850 letters map
  /// to their byte; known symbols are transliterated; letters with other
  /// accents lose the accent; anything else is `?`.
  public static func encode(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for c in text {
      if let a = c.asciiValue, a >= 0x20 || a == 0x0A {
        out.append(a)
      } else if let b = encodeTable[c] {
        out.append(b)
      } else if let t = transliterations[c] {
        out += encode(t)
      } else if let base = baseLetter(c) {
        out += encode(base)
      } else {
        out.append(UInt8(ascii: "?"))
      }
    }
    return out
  }

  /// The letter without its accent (`ő` → `o`), when it has one.
  static func baseLetter(_ c: Character) -> String? {
    let folded = fold(String(c))
    guard folded.count == 1, let letter = folded.first, letter.isASCII, letter.isLetter else {
      return nil
    }
    return c.isUppercase ? letter.uppercased() : String(letter)
  }

  /// Bytes back to text (for the screen preview).
  public static func decode(_ byte: UInt8) -> Character {
    byte < 0x80 ? Character(Unicode.Scalar(byte)) : upper[Int(byte) - 0x80]
  }
}
