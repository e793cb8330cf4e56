/// How a label-printing scale writes its EAN-13 codes (issue 21): a
/// prefix (`20`), the PLU digits, the value digits (a weight or a price),
/// optionally an inner price check digit, and the final check digit.
///
/// The pattern is written over the whole code, prefix included or not:
/// `PPPPPVVVVV` after prefix `20` is the code `20 PPPPP VVVVV C`. `P` is a
/// PLU digit, `V` a value digit, `X` a digit to ignore, `D` the inner
/// check digit over the value (GS1, 4 or 5 value digits). The 13th digit
/// is always the EAN-13 check digit: a 13-character pattern writes it as
/// its last `D` (or `C`).
///
/// ```swift
/// let layout = try ScaleLayout(prefix: "20", pattern: "PPPPPVVVVV", value: .weight)
/// try layout.decode("2001234012348")  // PLU 1234, 1,234 kg
/// ```
public struct ScaleLayout: Sendable, Equatable {
  public enum Value: String, Sendable, CaseIterable {
    case weight = "peso"
    case price = "precio"
  }

  public let prefix: String
  /// The code's 12 digits before the check digit, prefix included
  /// (`20PPPPPVVVVV`).
  public let pattern: String
  public let value: Value
  /// Digits of the value after the decimal mark: a weight's in kilos (3 by
  /// default: grams), a price's in the currency (0 for pesos).
  public let decimals: Int

  /// Settings key prefix: `balanza.20`.
  static let keyPrefix = "balanza."

  public static let prefixLengths = 1...3

  public init(prefix: String, pattern written: String, value: Value, decimals: Int? = nil)
    throws
  {
    guard Self.prefixLengths.contains(prefix.count), prefix.allSatisfy(\.isPlainDigit) else {
      throw ScaleError.badPrefix(prefix)
    }
    guard Self.isInStore(prefix) else { throw ScaleError.notInStorePrefix(prefix) }
    var pattern = written.uppercased()
    let leading = pattern.prefix { $0.isPlainDigit }
    if leading.isEmpty {
      pattern = prefix + pattern
    } else if leading != prefix {
      throw ScaleError.patternPrefix(pattern: written, prefix: prefix)
    }
    if pattern.count == 13, let last = pattern.last, last == "D" || last == "C" {
      pattern.removeLast()
    }
    let body = pattern.dropFirst(prefix.count)
    guard pattern.count == 12, body.allSatisfy({ "PVXD".contains($0) }) else {
      throw ScaleError.badPattern(written, prefix: prefix)
    }
    let plu = body.filter { $0 == "P" }.count
    let digits = body.filter { $0 == "V" }.count
    let checks = body.filter { $0 == "D" }.count
    guard plu >= 1, digits >= 1, checks <= 1 else {
      throw ScaleError.badPattern(written, prefix: prefix)
    }
    if checks == 1, !(4...5).contains(digits) {
      throw ScaleError.priceCheckNeedsDigits(digits)
    }
    let places = decimals ?? (value == .weight ? 3 : 0)
    guard (0...3).contains(places) else { throw ScaleError.badDecimals(places) }
    self.prefix = prefix
    self.pattern = pattern
    self.value = value
    self.decimals = places
  }

  /// Whether codes starting with `prefix` are GS1 restricted-circulation
  /// (in-store) numbers: 02, 04 or 20–29 (`2` alone: all of 20–29). Any
  /// other prefix is a country's (780 is Chile's): a real product's barcode
  /// would be read as a scale code.
  public static func isInStore(_ prefix: String) -> Bool {
    if prefix == "2" { return true }
    let head = prefix.prefix(2)
    return head.count == 2 && (head == "02" || head == "04" || head.first == "2")
  }

  /// The pattern as the user reads it: `20PPPPPVVVVV` + the check digit.
  public var shownPattern: String { pattern + "C" }

  /// The largest value the layout can carry, in its own digits.
  var valueDigits: Int { pattern.filter { $0 == "V" }.count }

  var storedValue: String { [pattern, value.rawValue, String(decimals)].joined(separator: "\t") }

  init?(key: String, value stored: String) {
    guard key.hasPrefix(Self.keyPrefix) else { return nil }
    let parts = stored.split(separator: "\t").map(String.init)
    guard parts.count == 3, let value = Value(rawValue: parts[1]), let decimals = Int(parts[2]),
      let layout = try? ScaleLayout(
        prefix: String(key.dropFirst(Self.keyPrefix.count)), pattern: parts[0], value: value,
        decimals: decimals)
    else { return nil }
    self = layout
  }

  /// The layouts among a shop's settings, by prefix.
  static func all(in values: [String: String]) -> [ScaleLayout] {
    values.compactMap { ScaleLayout(key: $0.key, value: $0.value) }.sorted { $0.prefix < $1.prefix }
  }

  /// The layout whose prefix starts `code` (the longest one), if `code` is
  /// 13 digits.
  public static func matching(_ code: String, among layouts: [ScaleLayout]) -> ScaleLayout? {
    guard code.count == 13, code.allSatisfy(\.isPlainDigit) else { return nil }
    return layouts.filter { code.hasPrefix($0.prefix) }.max { $0.prefix.count < $1.prefix.count }
  }

  /// Reads a 13-digit code of this layout: its check digits validated.
  public func decode(_ code: String) throws -> ScaleReading {
    let digits = code.compactMap(\.wholeNumberValue)
    guard digits.count == 13, code.hasPrefix(prefix) else {
      throw ScaleError.notThisLayout(code)
    }
    guard Barcode.checkDigit(of: Array(digits.dropLast())) == digits[12] else {
      throw ScaleError.badCheckDigit(code)
    }
    var plu = ""
    var value: [Int] = []
    var check: Int?
    for (letter, digit) in zip(pattern, digits) {
      switch letter {
      case "P": plu.append(Character(String(digit)))
      case "V": value.append(digit)
      case "D": check = digit
      default: break
      }
    }
    if let check, ScaleLayout.priceCheckDigit(of: value) != check {
      throw ScaleError.badPriceCheckDigit(code)
    }
    let number = value.reduce(Int64(0)) { $0 * 10 + Int64($1) }
    let reading: ScaleReading.Value
    switch self.value {
    case .weight:
      reading = .weight(Quantity(thousandths: number * Self.power(3 - decimals)))
    case .price:
      reading = .price(number)
    }
    return ScaleReading(
      code: code, plu: ScaleLayout.canonicalPLU(plu), value: reading, layout: self)
  }

  static func power(_ n: Int) -> Int64 {
    (0..<max(0, n)).reduce(Int64(1)) { acc, _ in acc * 10 }
  }

  /// A PLU as stored: digits without leading zeros (`01234` → `1234`).
  public static func canonicalPLU(_ text: String) -> String {
    let trimmed = text.drop { $0 == "0" }
    return trimmed.isEmpty ? "0" : String(trimmed)
  }

  // GS1 weighting of price check digits (General Specifications, 7.9.3).
  static let weight2Minus = [0, 2, 4, 6, 8, 9, 1, 3, 5, 7]
  static let weight3 = [0, 3, 6, 9, 2, 5, 8, 1, 4, 7]
  static let weight5Plus = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9]
  static let weight5Minus = [0, 5, 9, 4, 8, 3, 7, 2, 6, 1]

  /// The check digit of a 4- or 5-digit price field (nil for other lengths).
  public static func priceCheckDigit(of d: [Int]) -> Int? {
    switch d.count {
    case 4:
      let sum = weight2Minus[d[0]] + weight2Minus[d[1]] + weight3[d[2]] + weight5Minus[d[3]]
      return (sum * 3) % 10
    case 5:
      let sum =
        weight5Plus[d[0]] + weight2Minus[d[1]] + weight5Minus[d[2]] + weight5Plus[d[3]]
        + weight2Minus[d[4]]
      let target = (10 - sum % 10) % 10
      return weight5Minus.firstIndex(of: target)
    default:
      return nil
    }
  }
}

/// What a scale code says: the PLU and the weight or the price.
public struct ScaleReading: Sendable, Equatable {
  public enum Value: Sendable, Equatable {
    /// In the product's unit (kg or lt), thousandths.
    case weight(Quantity)
    /// In the layout's decimals: converted to minor units by `amount(in:)`.
    case price(Int64)
  }

  public let code: String
  public let plu: String
  public let value: Value
  public let layout: ScaleLayout

  /// The price in minor units of `currency` (a price with more decimals
  /// than the currency has is refused).
  public func amount(in currency: Currency) throws -> Money? {
    guard case .price(let number) = value else { return nil }
    let shift = currency.decimals - layout.decimals
    if shift >= 0 { return Money(number * ScaleLayout.power(shift)) }
    let divisor = ScaleLayout.power(-shift)
    guard number % divisor == 0 else { throw ScaleError.priceTooPrecise(code) }
    return Money(number / divisor)
  }
}

extension Character {
  /// 0-9 only (not other scripts' digits).
  fileprivate var isPlainDigit: Bool { isASCII && isNumber }
}
