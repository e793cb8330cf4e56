/// Searching text for text, without the `_StringProcessing` module.
///
/// The program's modules are compiled with
/// `-disable-implicit-string-processing-module-import` (Package.swift): the
/// standard `contains(_:)` for a string inside a string lives in
/// `_StringProcessing`, and using it links that module and the regex parser
/// into the program (1,2 MB of the 12 MB budget, DESIGN §7; see
/// Docs/decisiones.md, «Tamaño del binario»). These do the same comparison,
/// `Character` by `Character` (canonical equivalence), so
/// `"cafe\u{301}".contains("e")` is false, as before.
extension StringProtocol {
  /// Whether `other` appears in the text (an empty `other` always does).
  /// Disfavored: where `_StringProcessing` or Foundation are imported (the
  /// tests), their `contains(_:)` is taken and the call is not ambiguous.
  @_disfavoredOverload
  public func contains(_ other: some StringProtocol) -> Bool {
    textRange(of: other) != nil
  }

  /// The first place where `other` appears in the text, or nil.
  public func textRange(of other: some StringProtocol) -> Range<Index>? {
    var start = startIndex
    while true {
      if self[start...].starts(with: other) {
        return start..<index(start, offsetBy: other.count)
      }
      if start == endIndex { return nil }
      start = index(after: start)
    }
  }
}
