/// The size of a thermal label in whole millimetres, width × height.
///
/// ```swift
/// LabelSize.parse("50x25")  // 50 × 25 mm
/// LabelSize.parse("60 × 40 mm")
/// ```
public struct LabelSize: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var widthMillimeters: Int
  public var heightMillimeters: Int

  /// The usual small shelf label.
  public static let standard = LabelSize(widthMillimeters: 50, heightMillimeters: 25)

  /// Limits that make sense for a label printer (4-inch heads print 104 mm).
  public static let millimeterRange = 10...300

  public init(widthMillimeters: Int, heightMillimeters: Int) {
    self.widthMillimeters = widthMillimeters
    self.heightMillimeters = heightMillimeters
  }

  /// Reads `50x25`, `50X25`, `50×25`, `50 x 25 mm`; nil for anything else or
  /// sizes outside `millimeterRange`.
  public static func parse(_ text: String) -> LabelSize? {
    var s = Substring(text.lowercased()).drop(while: { $0 == " " })
    while s.last == " " { s = s.dropLast() }
    if s.hasSuffix("mm") { s = s.dropLast(2) }
    let parts = s.split(whereSeparator: { $0 == "x" || $0 == "×" })
    guard parts.count == 2 else { return nil }
    func number(_ p: Substring) -> Int? {
      let t = p.trimmingCharacters(in: " ")
      guard !t.isEmpty, t.count <= 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        return nil
      }
      return Int(t)
    }
    guard let w = number(parts[0]), let h = number(parts[1]),
      millimeterRange.contains(w), millimeterRange.contains(h)
    else { return nil }
    return LabelSize(widthMillimeters: w, heightMillimeters: h)
  }

  /// `50x25`, the form `parse` reads and settings store.
  public var description: String { "\(widthMillimeters)x\(heightMillimeters)" }

  /// Dots at 203 dpi (8 dots per millimetre), the resolution of most label printers.
  public static let dotsPerMillimeter = 8

  public var widthDots: Int { widthMillimeters * LabelSize.dotsPerMillimeter }
  public var heightDots: Int { heightMillimeters * LabelSize.dotsPerMillimeter }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var s = self
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return s
  }
}
