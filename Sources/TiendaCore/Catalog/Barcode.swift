/// A product barcode: EAN-13, EAN-8 and UPC-A are validated by their check
/// digit; any other code (Code 128 labels, internal codes) is kept as typed.
///
/// ```swift
/// try Barcode.parse("7801234567890")  // .ean13 when the check digit is right
/// ```
public struct Barcode: Hashable, Sendable {
  public enum Format: String, Sendable {
    case ean13 = "EAN-13"
    case ean8 = "EAN-8"
    case upcA = "UPC-A"
    case other = "otro"
  }

  public let code: String
  public let format: Format

  /// The check digit GS1 codes end with: weights 3,1 alternating from the
  /// right over the other digits.
  public static func checkDigit(of digits: [Int]) -> Int {
    var sum = 0
    for (i, d) in digits.reversed().enumerated() {
      sum += d * (i % 2 == 0 ? 3 : 1)
    }
    return (10 - sum % 10) % 10
  }

  /// Validates `text`: 8, 12 or 13 digits must carry a right check digit;
  /// other codes (letters, other lengths) are accepted as plain codes.
  public static func parse(_ text: String) throws -> Barcode {
    let code = text.trimmingCharacters(in: " \t")
    guard !code.isEmpty, code.count <= 48,
      code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._/".contains($0)) })
    else { throw CoreError.invalidBarcode(text, expected: nil) }
    guard code.allSatisfy(\.isNumber) else { return Barcode(code: code, format: .other) }
    let format: Format
    switch code.count {
    case 13: format = .ean13
    case 8: format = .ean8
    case 12: format = .upcA
    default: return Barcode(code: code, format: .other)
    }
    let digits = code.compactMap { $0.wholeNumberValue }
    let expected = checkDigit(of: Array(digits.dropLast()))
    guard digits.last == expected else {
      throw CoreError.invalidBarcode(
        text, expected: String(code.dropLast()) + String(expected))
    }
    return Barcode(code: code, format: format)
  }
}
