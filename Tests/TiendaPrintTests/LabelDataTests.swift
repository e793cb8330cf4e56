import Testing

@testable import TiendaPrint

@Suite struct LabelDataTests {
  @Test func keepsWhatTheShellFormatted() {
    let label = LabelData(
      name: "Tomate", price: "$1.490", unitPrice: "$1.490 / kg", barcode: nil, code: "TOM01")
    #expect(label.unitPrice == "$1.490 / kg")
    #expect(label.barcode == nil)
  }
}
