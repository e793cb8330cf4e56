import Testing

@testable import TiendaCore
@testable import TiendaShell

/// The program's own text search (TiendaCore `Text/TextSearch.swift`) and
/// `replacingOccurrences(of:with:)` against `_StringProcessing`, which the
/// program no longer links but the tests still import: the oracle.
@Suite struct TextSearchTests {
  static let pieces = [
    "a", "b", "e", "\u{301}", "é", "e\u{301}", "ñ", "n\u{303}", " ", "o", "🇨🇱", "🇨", "\r", "\n",
    "\r\n", "_",
  ]

  static func text<G: RandomNumberGenerator>(_ longest: Int, _ random: inout G) -> String {
    (0..<Int.random(in: 0...longest, using: &random))
      .map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  @Test func sameAsStringProcessing() {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let text = Self.text(10, &random)
      let other = Self.text(3, &random)
      let replacement = Self.text(2, &random)
      let found = text.textRange(of: other)
      #expect(
        found == text.firstRange(of: other), "\(text.debugDescription) \(other.debugDescription)")
      let tail = text.dropFirst()
      #expect(tail.textRange(of: other) == tail.firstRange(of: other))
      let expected =
        other.count == 1 && replacement.count == 1
        ? String(text.map { $0 == other.first! ? replacement.first! : $0 })
        : text.split(separator: other, omittingEmptySubsequences: false).joined(
          separator: replacement)
      #expect(text.replacingOccurrences(of: other, with: replacement) == expected)
    }
  }

  @Test func charactersNotScalars() {
    #expect("cafe\u{301}".textRange(of: "e") == nil)
    #expect("cafe\u{301}".textRange(of: "é") != nil)
    #expect("abc".textRange(of: "") == "abc".startIndex..<"abc".startIndex)
    #expect("".replacingOccurrences(of: "", with: "x") == "")
    #expect("ab".replacingOccurrences(of: "", with: "-") == "-a-b-")
    #expect("1234 y 1234".replacingOccurrences(of: "1234", with: "****") == "**** y ****")
  }
}
