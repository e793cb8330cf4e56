/// Gift card codes: given by the shop or generated.
public enum GiftCardCode {
  /// No 0/O, 1/I/L: a code read aloud or typed from paper is not mistaken.
  static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

  /// `XXXX-XXXX` from the unambiguous alphabet (31^8 ≈ 8,5·10^11 codes).
  static func generate() -> String {
    var generator = SystemRandomNumberGenerator()
    let chars = (0..<8).map { _ in alphabet.randomElement(using: &generator)! }
    return String(chars[0..<4]) + "-" + String(chars[4..<8])
  }

  /// The form a code is unique in: case and accents aside.
  public static func folded(_ code: String) -> String { fold(code) }

  /// A code as the shop typed it, or nil when it does not fit: 3 to 32
  /// letters, digits, dashes or underscores.
  static func cleaned(_ text: String) -> String? {
    let code = text.trimmingCharacters(in: " \t")
    guard (3...32).contains(code.count),
      code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
      code.first?.isLetter == true || code.first?.isNumber == true
    else { return nil }
    return code
  }

  /// What the voucher's CODE128 carries: the folded code in capitals
  /// (scanned back, it names the same card).
  public static func barcode(_ code: String) -> String {
    String(fold(code).uppercased().filter { $0.isASCII && !$0.isWhitespace })
  }
}
