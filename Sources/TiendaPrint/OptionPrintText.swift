extension PrintText {
  /// An option under its line (issue 22): `  + palta $500`; free, or on a
  /// gift ticket, without a price.
  static func option(_ name: String, price: String?) -> String {
    "  + " + name + (price.map { " " + $0 } ?? "")
  }
}
