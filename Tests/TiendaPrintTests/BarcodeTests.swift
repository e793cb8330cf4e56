import Testing

@testable import TiendaPrint

@Suite struct EAN13Tests {
  @Test func checkDigitOfPublishedCodes() {
    // GS1's own example and the one on Wikipedia's EAN-13 page.
    #expect(EAN13.checkDigit([5, 9, 0, 1, 2, 3, 4, 1, 2, 3, 4, 5]) == 7)
    #expect(EAN13.checkDigit([4, 0, 0, 6, 3, 8, 1, 3, 3, 3, 9, 3]) == 1)
    #expect(EAN13.isValid("5901234123457"))
    #expect(EAN13.isValid("4006381333931"))
    // 7·1 + 8·3 + 2·3 + 9·1 + 9·3 = 73 → 7
    #expect(EAN13.isValid("7802900000097"))
  }

  @Test func refusesWrongCheckDigitAndLength() {
    #expect(throws: BarcodeError.ean13CheckDigit("5901234123458", expected: 7)) {
      try EAN13.pattern("5901234123458")
    }
    #expect(throws: BarcodeError.ean13Length("590123412345")) { try EAN13.pattern("590123412345") }
    #expect(throws: BarcodeError.ean13Length("59012341234a7")) {
      try EAN13.pattern("59012341234a7")
    }
    #expect(!EAN13.isValid("５９０１２３４１２３４５７"))  // full-width digits
  }

  /// 5901234123457: first digit 5 gives the parity L G G L L G.
  @Test func modulesOfGS1Example() throws {
    let expected =
      "101"  // start guard
      + "0001011"  // 9 L
      + "0100111"  // 0 G
      + "0110011"  // 1 G
      + "0010011"  // 2 L
      + "0111101"  // 3 L
      + "0011101"  // 4 G
      + "01010"  // centre guard
      + "1100110"  // 1 R
      + "1101100"  // 2 R
      + "1000010"  // 3 R
      + "1011100"  // 4 R
      + "1001110"  // 5 R
      + "1000100"  // 7 R
      + "101"  // end guard
    #expect(try EAN13.moduleString("5901234123457") == expected)
    let pattern = try EAN13.pattern("5901234123457")
    #expect(pattern.moduleCount == 95)
    #expect(pattern.modules.map { $0 ? "1" : "0" }.joined() == expected)
    #expect(pattern.widths.prefix(3) == [1, 1, 1])
    #expect(pattern.quietZone == (11, 7))
  }

  /// 4006381333931, the Wikipedia example: first digit 4 gives L G L L G G.
  @Test func modulesOfWikipediaExample() throws {
    // 0 L, 0 G, 6 L, 3 L, 8 G, 1 G
    let left = ["0001101", "0100111", "0101111", "0111101", "0001001", "0110011"]
    let right = ["1000010", "1000010", "1000010", "1110100", "1000010", "1100110"]  // 3 3 3 9 3 1
    let expected = "101" + left.joined() + "01010" + right.joined() + "101"
    #expect(try EAN13.moduleString("4006381333931") == expected)
  }

  @Test func everyDigitCodeHasTwoBarsAndTwoSpaces() {
    for table in [EAN13.lCodes, EAN13.gCodes, EAN13.rCodes] {
      for code in table {
        let widths = BarPattern.fromModules(code.map { $0 == "1" })
        #expect(code.count == 7)
        // Starting with a space (L, G) or a bar (R): 4 runs either way.
        #expect(widths.count == 4 || (code.first == "0" && widths.count == 5))
      }
    }
    #expect(
      EAN13.rCodes.enumerated().allSatisfy { i, r in
        String(EAN13.lCodes[i].map { $0 == "0" ? "1" : "0" }) == r
      })
  }
}

@Suite struct Code128Tests {
  /// Wikipedia's Code 128 example: "PJJ123C" in subset B, checksum 55.
  @Test func publishedChecksum() throws {
    let symbols = try Code128.symbols("PJJ123C")
    #expect(symbols == [104, 48, 42, 42, 17, 18, 19, 35, 55, 106])
  }

  @Test func subsetCForEvenDigits() throws {
    // 105 + 12×1 + 34×2 = 185 ≡ 82 (mod 103)
    #expect(try Code128.symbols("1234") == [105, 12, 34, 82, 106])
    #expect(try Code128.steps("00") == [.startC, .pair(0)])
  }

  @Test func switchesToCForLongDigitRuns() throws {
    #expect(
      try Code128.steps("AB123456") == [
        .startB, .char("A"), .char("B"), .toC, .pair(12), .pair(34), .pair(56),
      ])
    // An odd run keeps its first digit in B.
    #expect(
      try Code128.steps("A12345") == [.startB, .char("A"), .char("1"), .toC, .pair(23), .pair(45)])
    // Leading run of 4, then text: C then back to B.
    #expect(
      try Code128.steps("1234AB") == [.startC, .pair(12), .pair(34), .toB, .char("A"), .char("B")])
    // Short runs stay in B.
    #expect(
      try Code128.steps("TOM01").allSatisfy { if case .char = $0 { true } else { $0 == .startB } })
    #expect(try Code128.steps("12345").first == .startC)
  }

  @Test func patternsAreElevenModulesAndStopIsThirteen() throws {
    #expect(Code128.widths.count == 107)
    for (value, w) in Code128.widths.enumerated() {
      let sum = w.compactMap(\.wholeNumberValue).reduce(0, +)
      #expect(sum == (value == 106 ? 13 : 11), "símbolo \(value)")
    }
    let pattern = try Code128.pattern("PJJ123C")
    #expect(pattern.moduleCount == 11 * 9 + 13)
    #expect(Array(pattern.widths.prefix(6)) == [2, 1, 1, 2, 1, 4])  // start B
    #expect(Array(pattern.widths.suffix(7)) == [2, 3, 3, 1, 1, 1, 2])  // stop
    #expect(pattern.widths.count % 2 == 1)  // ends with a bar
  }

  @Test func refusesTextOutsideSubsetB() {
    #expect(throws: BarcodeError.code128Character("PAÑ01", "Ñ")) { try Code128.steps("PAÑ01") }
    #expect(throws: BarcodeError.code128Empty) { try Code128.steps("") }
  }

  @Test func labelPicksEAN13OrCode128() throws {
    let ean = LabelData(name: "A", price: "$1", barcode: "7802900000097", code: "X1")
    let sku = LabelData(name: "A", price: "$1", barcode: nil, code: "TOM01")
    let ean8 = LabelData(name: "A", price: "$1", barcode: "96385074", code: "X2")
    #expect(try LabelBarcode(for: ean) == .ean13("7802900000097"))
    #expect(try LabelBarcode(for: sku) == .code128("TOM01"))
    #expect(try LabelBarcode(for: ean8) == .code128("96385074"))
    let bad = LabelData(name: "A", price: "$1", barcode: "5901234123458", code: "X3")
    #expect(throws: BarcodeError.ean13CheckDigit("5901234123458", expected: 7)) {
      try LabelBarcode(for: bad)
    }
  }
}
