/// A linear barcode as module widths: bar, space, bar, … starting and ending
/// with a bar. Renderers (ZPL, PDF, ESC/POS previews) scale one module to
/// dots or points and leave the quiet zones around it.
///
/// ```swift
/// let bars = try EAN13.pattern("4006381333931")
/// bars.moduleCount  // 95
/// ```
public struct BarPattern: Sendable, Equatable {
  /// Widths in modules, alternating bar and space, the first one a bar.
  public let widths: [Int]
  /// The modules a reader needs blank on each side.
  public let quietZone: (left: Int, right: Int)

  public init(widths: [Int], quietZone: (left: Int, right: Int)) {
    self.widths = widths
    self.quietZone = quietZone
  }

  public static func == (a: BarPattern, b: BarPattern) -> Bool {
    a.widths == b.widths && a.quietZone == b.quietZone
  }

  /// Total width of the bars and spaces, without quiet zones.
  public var moduleCount: Int { widths.reduce(0, +) }

  /// The modules one by one: `true` for a dark module.
  public var modules: [Bool] {
    var result: [Bool] = []
    result.reserveCapacity(moduleCount)
    for (i, w) in widths.enumerated() {
      result += Array(repeating: i % 2 == 0, count: w)
    }
    return result
  }

  /// The dark runs as (start module, width), ready to draw as rectangles.
  public var bars: [(start: Int, width: Int)] {
    var result: [(start: Int, width: Int)] = []
    var x = 0
    for (i, w) in widths.enumerated() {
      if i % 2 == 0 { result.append((x, w)) }
      x += w
    }
    return result
  }

  /// Run-length widths of a module string such as `"101"` (must start with a bar).
  static func fromModules(_ modules: [Bool]) -> [Int] {
    var widths: [Int] = []
    var current = true
    var run = 0
    for m in modules {
      if m == current {
        run += 1
      } else {
        widths.append(run)
        current = m
        run = 1
      }
    }
    if run > 0 { widths.append(run) }
    return widths
  }
}

/// Why a value cannot be drawn as a barcode. The shell words it in Spanish.
public enum BarcodeError: Error, Equatable, Sendable {
  /// Not 13 digits.
  case ean13Length(String)
  /// 13 digits whose last one is not the check digit; `expected` is the right one.
  case ean13CheckDigit(String, expected: Int)
  /// Empty text.
  case code128Empty
  /// A character outside Code 128 subset B (ASCII 32…126), such as `Ñ`.
  case code128Character(String, Character)
}

/// EAN-13 (GS1): 95 modules, left half in L/G codes chosen by the first digit,
/// right half in R codes, guards `101`, `01010`, `101`.
public enum EAN13 {
  static let lCodes = [
    "0001101", "0011001", "0010011", "0111101", "0100011",
    "0110001", "0101111", "0111011", "0110111", "0001011",
  ]
  static let gCodes = [
    "0100111", "0110011", "0011011", "0100001", "0011101",
    "0111001", "0000101", "0010001", "0001001", "0010111",
  ]
  static let rCodes = [
    "1110010", "1100110", "1101100", "1000010", "1011100",
    "1001110", "1010000", "1000100", "1001000", "1110100",
  ]
  /// Parity of digits 2…7 for each first digit.
  static let parity = [
    "LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
    "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL",
  ]

  /// The GS1 check digit of 12 digits: weights 1, 3 alternating from the left.
  public static func checkDigit(_ first12: [Int]) -> Int {
    var sum = 0
    for (i, d) in first12.enumerated() { sum += d * (i % 2 == 0 ? 1 : 3) }
    return (10 - sum % 10) % 10
  }

  /// The 13 digits, checked: length, digits only, check digit.
  public static func validated(_ text: String) throws(BarcodeError) -> [Int] {
    let digits = text.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
    guard digits.count == 13, text.count == 13 else { throw .ean13Length(text) }
    let expected = checkDigit(Array(digits.prefix(12)))
    guard digits[12] == expected else { throw .ean13CheckDigit(text, expected: expected) }
    return digits
  }

  public static func isValid(_ text: String) -> Bool {
    (try? validated(text)) != nil
  }

  /// The 95 modules of `text` as a module string of `0` and `1`.
  public static func moduleString(_ text: String) throws(BarcodeError) -> String {
    let digits = try validated(text)
    let parityRow = Array(parity[digits[0]])
    var s = "101"
    for i in 1...6 {
      s += parityRow[i - 1] == "L" ? lCodes[digits[i]] : gCodes[digits[i]]
    }
    s += "01010"
    for i in 7...12 { s += rCodes[digits[i]] }
    s += "101"
    return s
  }

  /// The bar widths of a valid EAN-13, with quiet zones of 11 and 7 modules.
  public static func pattern(_ text: String) throws(BarcodeError) -> BarPattern {
    let modules = try moduleString(text).map { $0 == "1" }
    return BarPattern(widths: BarPattern.fromModules(modules), quietZone: (11, 7))
  }
}

/// Code 128 (ISO/IEC 15417): subset B for text, subset C for runs of digits
/// long enough to pay for the switch; checksum modulo 103; stop `2331112`.
public enum Code128 {
  /// Symbol values 0…106 as six (stop: seven) element widths.
  static let widths: [String] = [
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
  ]

  public static let codeC = 99
  public static let codeB = 100
  public static let startB = 104
  public static let startC = 105
  public static let stop = 106

  /// One step of the encoding, before the checksum.
  public enum Step: Equatable, Sendable {
    case startB, startC
    /// Switch to subset C (value 99) or B (value 100).
    case toC, toB
    /// One character in subset B.
    case char(Character)
    /// Two digits in subset C, 00…99.
    case pair(Int)

    public var value: Int {
      switch self {
      case .startB: Code128.startB
      case .startC: Code128.startC
      case .toC: Code128.codeC
      case .toB: Code128.codeB
      case .char(let c): Int(c.asciiValue!) - 32
      case .pair(let n): n
      }
    }
  }

  /// The encoding of `text`: subset C for an all-digit text of even length or
  /// runs of at least 4 digits at either end (6 inside); subset B otherwise.
  public static func steps(_ text: String) throws(BarcodeError) -> [Step] {
    guard !text.isEmpty else { throw .code128Empty }
    let chars = Array(text)
    for c in chars where !(c.isASCII && (32...126).contains(c.asciiValue ?? 0)) {
      throw .code128Character(text, c)
    }
    func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    func digitRun(from i: Int) -> Int {
      var j = i
      while j < chars.count, isDigit(chars[j]) { j += 1 }
      return j - i
    }

    var steps: [Step] = []
    var i = 0
    var inC = false
    let firstRun = digitRun(from: 0)
    if (firstRun == chars.count && firstRun % 2 == 0) || firstRun >= 4 {
      steps.append(.startC)
      inC = true
    } else {
      steps.append(.startB)
    }
    while i < chars.count {
      let run = digitRun(from: i)
      if inC {
        if run >= 2 {
          let n = chars[i].wholeNumberValue! * 10 + chars[i + 1].wholeNumberValue!
          steps.append(.pair(n))
          i += 2
          continue
        }
        steps.append(.toB)
        inC = false
      }
      let atEnd = i + run == chars.count
      if run >= (atEnd ? 4 : 6) {
        // An odd run leaves its first digit in B so the rest pairs up.
        if run % 2 == 1 {
          steps.append(.char(chars[i]))
          i += 1
        }
        steps.append(.toC)
        inC = true
        continue
      }
      steps.append(.char(chars[i]))
      i += 1
    }
    return steps
  }

  /// The symbol values with the checksum and the stop:
  /// checksum = (start + Σ position × value) mod 103.
  public static func symbols(_ text: String) throws(BarcodeError) -> [Int] {
    let values = try steps(text).map(\.value)
    var sum = values[0]
    for (i, v) in values.enumerated().dropFirst() { sum += i * v }
    return values + [sum % 103, stop]
  }

  /// The bar widths, with quiet zones of 10 modules.
  public static func pattern(_ text: String) throws(BarcodeError) -> BarPattern {
    let elements = try symbols(text).flatMap { Code128.widths[$0].map { $0.wholeNumberValue! } }
    return BarPattern(widths: elements, quietZone: (10, 10))
  }
}

/// The barcode a label carries: the product's EAN-13 when it has one; its
/// other barcode (EAN-8, UPC-A, internal) or else its SKU as Code 128, so a
/// scanner types back exactly the code the catalog knows.
public enum LabelBarcode: Equatable, Sendable {
  case ean13(String)
  case code128(String)

  /// Throws when the EAN-13 has a wrong check digit or the text cannot be Code 128.
  public init(for label: LabelData) throws(BarcodeError) {
    if let code = label.barcode, !code.isEmpty {
      if code.count == 13, code.allSatisfy({ $0.isASCII && $0.isNumber }) {
        _ = try EAN13.validated(code)
        self = .ean13(code)
      } else {
        _ = try Code128.steps(code)
        self = .code128(code)
      }
    } else {
      _ = try Code128.steps(label.code)
      self = .code128(label.code)
    }
  }

  /// The text a scanner reads back.
  public var text: String {
    switch self {
    case .ean13(let s), .code128(let s): s
    }
  }

  public func pattern() throws(BarcodeError) -> BarPattern {
    switch self {
    case .ean13(let s): try EAN13.pattern(s)
    case .code128(let s): try Code128.pattern(s)
    }
  }
}
