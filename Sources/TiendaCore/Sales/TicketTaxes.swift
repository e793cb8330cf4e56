/// Taxes of a ticket computed on its total per tax set, as an electronic
/// boleta reports them (DESIGN.md §8.8), then spread back over the lines.
///
/// Lines with the same taxes (same codes and rates: IVA alone, IVA with ILA
/// 20,5 %, exempt…) form a set. The set's total is split once with
/// `TaxMath.split` (net = total / (1 + Σ rates) rounded half up, the rest
/// shared by rate). The set's net goes to its lines in proportion to their
/// totals (largest remainder); what is left of each line is its taxes, and
/// each tax of the set is shared over those remainders in turn, so every
/// line's net and taxes add up to its total and every tax column adds up to
/// the set's figure.
///
/// ```swift
/// // Three lines of $1.000 with IVA: net 2.521, IVA 479 (lines 841/159,
/// // 840/160, 840/160), where line by line it would be 2.520 and 480.
/// ```
public enum TicketTaxes {
  public struct LineSplit: Sendable, Equatable {
    public let net: Money
    /// In the order of the line's own taxes.
    public let taxes: [TaxAmount]
  }

  public static func split(totals: [Money], taxes: [[TaxRate]]) -> [LineSplit] {
    precondition(totals.count == taxes.count)
    var result = totals.map { LineSplit(net: $0, taxes: []) }
    // Sets in order of first appearance; the key ignores the order taxes
    // were given in.
    var sets: [(key: [TaxRate], lines: [Int])] = []
    for (i, rates) in taxes.enumerated() {
      let key = rates.sorted { ($0.code, $0.rate.thousandths) < ($1.code, $1.rate.thousandths) }
      if let k = sets.firstIndex(where: { $0.key == key }) {
        sets[k].lines.append(i)
      } else {
        sets.append((key, [i]))
      }
    }
    for set in sets {
      let lineTotals = set.lines.map { totals[$0].minorUnits }
      let total = Money(lineTotals.reduce(0, +))
      let (net, setTaxes) = TaxMath.split(total, taxes: set.key)
      let nets = Rounding.allocate(net.minorUnits, weights: lineTotals)
      // What each line carries in taxes, shared tax by tax.
      var left = zip(lineTotals, nets).map { $0 - $1 }
      var shares: [[Int64]] = []
      for (k, amount) in setTaxes.enumerated() {
        let share =
          k == setTaxes.count - 1 ? left : Rounding.allocate(amount.minorUnits, weights: left)
        shares.append(share)
        left = zip(left, share).map { $0 - $1 }
      }
      for (j, line) in set.lines.enumerated() {
        let byCode = Dictionary(
          set.key.enumerated().map { ("\($1.code)|\($1.rate.thousandths)", shares[$0][j]) },
          uniquingKeysWith: { first, _ in first })
        result[line] = LineSplit(
          net: Money(nets[j]),
          taxes: taxes[line].map {
            TaxAmount(
              code: $0.code, rate: $0.rate,
              amount: Money(byCode["\($0.code)|\($0.rate.thousandths)"] ?? 0))
          })
      }
    }
    return result
  }
}
