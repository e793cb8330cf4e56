/// The rounding rules of money, in one place (DESIGN.md §6 "Money").
public enum Rounding {
  /// `a / b` rounded half away from zero (half up for amounts): 11175 / 10 → 1118.
  public static func divideHalfUp(_ a: Int64, _ b: Int64) -> Int64 {
    precondition(b > 0, "divisor must be positive")
    let q = a / b
    let r = a % b
    if r == 0 { return q }
    if a >= 0 { return 2 * r >= b ? q + 1 : q }
    return 2 * -r >= b ? q - 1 : q
  }

  /// Splits `total` into integer parts proportional to `weights` that add up
  /// exactly to `total` (largest remainder; ties go to the earlier part).
  ///
  /// ```swift
  /// Rounding.allocate(1990, weights: [100_000, 19_000, 20_500])  // [1427, 271, 292]
  /// ```
  public static func allocate(_ total: Int64, weights: [Int64]) -> [Int64] {
    let sum = weights.reduce(0, +)
    guard sum > 0 else { return weights.map { _ in 0 } }
    var parts: [Int64] = []
    var remainders: [(index: Int, remainder: Int64)] = []
    for (i, w) in weights.enumerated() {
      let (high, low) = total.multipliedFullWidth(by: w)
      let (q, r) = sum.dividingFullWidth((high, low))
      parts.append(q)
      remainders.append((i, r))
    }
    var left = total - parts.reduce(0, +)
    for item in remainders.sorted(by: {
      $0.remainder > $1.remainder || ($0.remainder == $1.remainder && $0.index < $1.index)
    }) where left > 0 {
      parts[item.index] += 1
      left -= 1
    }
    return parts
  }
}
