import Testing

@testable import TiendaCore

@Suite struct TaxMathTests {
  let iva = TaxRate(code: "iva", rate: Percent(thousandths: 19000))
  let ila = TaxRate(code: "ila-cerveza", rate: Percent(thousandths: 20500))

  /// The worked example of the issue: $1.990 beer, IVA 19 % and ILA 20,5 %
  /// included, both on the net. Exact shares 1.426,52 · 271,04 · 292,44;
  /// largest remainder gives the extra peso to the net.
  @Test func beerWithIVAAndILAIncluded() {
    let b = TaxMath.breakdown(Money(1990), taxes: [iva, ila], included: true)
    #expect(b.net == Money(1427))
    #expect(b.taxes.map(\.amount) == [Money(271), Money(292)])
    #expect(b.total == Money(1990))
  }

  @Test func ivaOnlyIncluded() {
    let b = TaxMath.breakdown(Money(6990), taxes: [iva], included: true)
    #expect(b.net == Money(5874))
    #expect(b.taxes.map(\.amount) == [Money(1116)])
  }

  @Test func taxesOnTop() {
    let b = TaxMath.breakdown(Money(1000), taxes: [iva, ila], included: false)
    #expect(b.net == Money(1000))
    #expect(b.taxes.map(\.amount) == [Money(190), Money(205)])
    #expect(b.total == Money(1395))
  }

  @Test func exemptAndZero() {
    #expect(TaxMath.breakdown(Money(1490), taxes: [], included: true).net == Money(1490))
    #expect(TaxMath.breakdown(Money(0), taxes: [iva], included: true).taxes[0].amount == Money(0))
  }

  @Test(arguments: [1, 2, 99, 100, 101, 1990, 2500, 6990, 12_990, 99_999, 1_234_567])
  func partsAlwaysAddUp(_ price: Int64) {
    let b = TaxMath.breakdown(Money(price), taxes: [iva, ila], included: true)
    #expect(b.taxes.map(\.amount).reduce(b.net, +) == Money(price))
  }

  @Test func roundingHalfUp() {
    #expect(Rounding.divideHalfUp(11175, 10) == 1118)
    #expect(Rounding.divideHalfUp(11174, 10) == 1117)
    #expect(Rounding.divideHalfUp(-11175, 10) == -1118)
    #expect(Rounding.allocate(10, weights: [1, 1, 1]) == [4, 3, 3])
  }
}

@Suite struct BarcodeTests {
  @Test(arguments: ["7802100002020", "4006381333931", "96385074", "036000291452"])
  func validGS1Codes(_ code: String) throws {
    #expect(try Barcode.parse(code).code == code)
  }

  @Test func wrongCheckDigitSuggestsTheRightOne() {
    #expect(throws: CoreError.invalidBarcode("7802100002021", expected: "7802100002020")) {
      _ = try Barcode.parse("7802100002021")
    }
  }

  @Test func otherCodesArePlain() throws {
    #expect(try Barcode.parse("ABC-123").format == .other)
    #expect(try Barcode.parse("12345").format == .other)
    #expect(throws: CoreError.self) { _ = try Barcode.parse("con espacio") }
  }
}
