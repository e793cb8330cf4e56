import Testing

@testable import TiendaCore

/// Taxes on the ticket's total per tax set (DESIGN.md §8.8), spread over
/// the lines. Figures worked by hand; the end-to-end oracle is
/// `Tests/oracles/ticket_taxes.py`.
@Suite struct TicketTaxesTests {
  let iva = TaxRate(code: "iva", rate: Percent(thousandths: 19_000))
  let ila = TaxRate(code: "ila", rate: Percent(thousandths: 20_500))

  /// 3.000 / 1,19 = 2.521,008 → 2.521; IVA 479. Line by line it was
  /// 3 × (840 + 160) = 2.520 + 480.
  @Test func threeLinesOfAThousand() {
    let split = TicketTaxes.split(
      totals: [Money(1000), Money(1000), Money(1000)], taxes: [[iva], [iva], [iva]])
    #expect(split.map(\.net) == [Money(841), Money(840), Money(840)])
    #expect(split.map { $0.taxes[0].amount } == [Money(159), Money(160), Money(160)])
  }

  /// Each set on its own: 1.990 + 990 beer (IVA + ILA) = 2.980 / 1,395 =
  /// 2.136,2 → 2.136, taxes 844 shared 19 : 20,5 → IVA 405,97, ILA 438,03
  /// → 406 / 438; bread (IVA) 1.000 → 840 / 160; a book (exempt) all net.
  @Test func setsAreSeparateAndExemptIsAllNet() {
    let split = TicketTaxes.split(
      totals: [Money(1990), Money(1000), Money(990), Money(5000)],
      taxes: [[iva, ila], [iva], [ila, iva], []])
    #expect(split[0].net + split[2].net == Money(2136))
    let beerIVA = split[0].taxes[0].amount + split[2].taxes[1].amount
    let beerILA = split[0].taxes[1].amount + split[2].taxes[0].amount
    #expect(beerIVA == Money(406) && beerILA == Money(438))
    #expect(split[1].net == Money(840) && split[1].taxes[0].amount == Money(160))
    #expect(split[3].net == Money(5000) && split[3].taxes.isEmpty)
    // Taxes come back in each line's own order.
    #expect(split[2].taxes.map(\.code) == ["ila", "iva"])
  }

  /// Any totals: every line adds up, no part is negative, every column adds
  /// up to its set's figure.
  @Test(arguments: [1, 7, 42, 1990, 123_457])
  func partsAlwaysAddUp(_ seed: Int64) {
    var x = seed
    func next() -> Int64 {
      x = (x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407) & 0x7FFF_FFFF
      return x
    }
    let totals = (0..<9).map { _ in Money(next() % 20_000) }
    let taxes = (0..<9).map { i in i % 3 == 0 ? [iva, ila] : i % 3 == 1 ? [iva] : [] }
    let split = TicketTaxes.split(totals: totals, taxes: taxes)
    for (line, total) in zip(split, totals) {
      #expect(line.taxes.reduce(line.net, { $0 + $1.amount }) == total)
      #expect(line.net >= .zero && line.taxes.allSatisfy { $0.amount >= .zero })
    }
    let pairs = (0..<9).filter { $0 % 3 == 0 }
    let setTotal = pairs.reduce(Money.zero) { $0 + totals[$1] }
    let (net, parts) = TaxMath.split(setTotal, taxes: [ila, iva])
    #expect(pairs.reduce(Money.zero) { $0 + split[$1].net } == net)
    #expect(pairs.reduce(Money.zero) { $0 + split[$1].taxes[1].amount } == parts[0])
    #expect(pairs.reduce(Money.zero) { $0 + split[$1].taxes[0].amount } == parts[1])
  }
}
