/// A Chilean RUT: body and check digit (module 11).
///
/// ```swift
/// Rut.parse("12.345.678-5")  // valid
/// ```
public struct Rut: Hashable, Sendable {
  public let body: Int
  public let checkDigit: Character

  /// The check digit a body must carry: weights 2…7 from the right.
  public static func checkDigit(for body: Int) -> Character {
    var sum = 0
    var weight = 2
    var n = body
    while n > 0 {
      sum += (n % 10) * weight
      n /= 10
      weight = weight == 7 ? 2 : weight + 1
    }
    let dv = 11 - (sum % 11)
    switch dv {
    case 11: return "0"
    case 10: return "K"
    default: return Character(String(dv))
    }
  }

  /// Whether `text` has the shape of a RUT (`12.345.678-5`, `12345678-K`).
  public static func looksLikeRut(_ text: String) -> Bool {
    splitParts(text) != nil
  }

  /// Parses and validates; nil when the shape or the check digit is wrong.
  public static func parse(_ text: String) -> Rut? {
    guard let (body, dv) = splitParts(text) else { return nil }
    guard checkDigit(for: body) == dv else { return nil }
    return Rut(body: body, checkDigit: dv)
  }

  /// Body and written check digit, without validating the digit.
  static func splitParts(_ text: String) -> (Int, Character)? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 1 else { return nil }
    let dvChar = Character(parts[1].uppercased())
    guard dvChar.isNumber || dvChar == "K" else { return nil }
    let rawBody = parts[0]
    let groups = rawBody.split(separator: ".", omittingEmptySubsequences: false)
    if groups.count > 1 {
      guard let first = groups.first, (1...3).contains(first.count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
    }
    let digits = groups.joined()
    guard (7...8).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let body = Int(digits)
    else { return nil }
    return (body, dvChar)
  }

  /// `12.345.678-5`.
  public var formatted: String {
    var digits = String(body)
    var groups: [String] = []
    while digits.count > 3 {
      groups.insert(String(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(digits, at: 0)
    return groups.joined(separator: ".") + "-" + String(checkDigit)
  }
}

extension Rut {
  /// The anonymous final consumer, 66.666.666-6: allowed on any number of
  /// customers (never unique-checked).
  public static let finalConsumer = Rut(body: 66_666_666, checkDigit: "6")

  public var isFinalConsumer: Bool { self == Rut.finalConsumer }

  /// How a RUT is stored: body and check digit, no dots (`12345678-5`, `9876543-K`).
  public var canonical: String { String(body) + "-" + String(checkDigit) }

  /// A stored (canonical) RUT back, validated; nil when it is not one.
  public init?(canonical text: String) {
    guard let rut = Rut.parse(text) else { return nil }
    self = rut
  }

  /// A company's RUT: bodies from 50.000.000 up (persons have lower ones).
  public var isCompany: Bool { body >= 50_000_000 }
}
