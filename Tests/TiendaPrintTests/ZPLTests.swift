import Foundation
import Testing

@testable import TiendaPrint

/// Golden files in `Tests/TiendaPrintTests/Golden/`. Run with
/// `TIENDA_UPDATE_GOLDEN=1` to rewrite them after a deliberate change, then
/// read the diff.
enum Golden {
  static func path(_ name: String, file: String = #filePath) -> String {
    URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Golden")
      .appendingPathComponent(name).path
  }

  static func check(_ bytes: [UInt8], _ name: String, file: String = #filePath) throws {
    let path = path(name, file: file)
    if ProcessInfo.processInfo.environment["TIENDA_UPDATE_GOLDEN"] == "1" {
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    let golden = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    if golden != bytes {
      let a = String(decoding: golden, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let b = String(decoding: bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let line =
        (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) ?? min(a.count, b.count)
      let want = line < a.count ? String(a[line]) : "(fin)"
      let got = line < b.count ? String(b[line]) : "(fin)"
      Issue.record("\(name), línea \(line + 1): se esperaba «\(want)», salió «\(got)»")
    }
  }
}

@Suite struct ZPLTests {
  static let tomato = LabelData(
    name: "Tomate limachino ñuble", price: "$1.490", unitPrice: "$1.490 / kg",
    barcode: "7802900000097", code: "TOM01")
  static let cheese = LabelData(
    name: "Queso mantecoso laminado artesanal de Chiloé, con ají", price: "$12.990",
    barcode: nil, code: "QSO-120")

  @Test func goldenLabels() throws {
    let zpl = ZPLLabelRenderer(size: .standard)
    let bytes = try zpl.render([Self.tomato]) + zpl.render(Self.cheese, copies: 2)
    try Golden.check(bytes, "etiquetas-50x25.zpl")
  }

  @Test func sizeSetsWidthAndLengthInDots() throws {
    let text = try ZPLLabelRenderer(size: LabelSize.parse("60x40")!).format(Self.tomato)
    #expect(text.contains("^PW480\n^LL320\n"))
    let standard = try ZPLLabelRenderer().format(Self.tomato)
    #expect(standard.hasPrefix("^XA\n^CI28\n^PW400\n^LL200\n"))
    #expect(standard.hasSuffix("^PQ1\n^XZ\n"))
  }

  @Test func parsesLabelSizes() {
    #expect(LabelSize.parse("50x25") == .standard)
    #expect(LabelSize.parse("50X25") == .standard)
    #expect(LabelSize.parse(" 50 × 25 mm ") == .standard)
    #expect(LabelSize.parse("100x150")?.heightDots == 1200)
    #expect(LabelSize.parse("50") == nil)
    #expect(LabelSize.parse("50x") == nil)
    #expect(LabelSize.parse("0x25") == nil)
    #expect(LabelSize.parse("50,5x25") == nil)
    #expect(LabelSize.parse("5x25") == nil)
    #expect(LabelSize.standard.description == "50x25")
  }

  @Test func oneFormatPerLabelWithCopies() throws {
    let text = String(
      decoding: try ZPLLabelRenderer().render([Self.tomato, Self.cheese], copies: 3), as: UTF8.self)
    #expect(text.components(separatedBy: "^XA").count - 1 == 2)
    #expect(text.components(separatedBy: "^XZ").count - 1 == 2)
    #expect(text.components(separatedBy: "^PQ3\n").count - 1 == 2)
    #expect(throws: LabelError.copies(0)) { try ZPLLabelRenderer().render(Self.tomato, copies: 0) }
  }

  @Test func textIsUTF8() throws {
    let bytes = try ZPLLabelRenderer().render(Self.tomato)
    // "ñ" is C3 B1 in UTF-8 (^CI28); never a Latin-1 F1.
    #expect(bytes.contains(0xC3))
    #expect(!bytes.contains(0xF1))
    #expect(String(validating: bytes, as: UTF8.self) != nil)
  }

  @Test func eanUsesBEWithTwelveDigitsAndSKUUsesBC() throws {
    let ean = try ZPLLabelRenderer().format(Self.tomato)
    #expect(ean.contains("^BEN,"))
    #expect(ean.contains("^FD780290000009^FS"))
    let sku = try ZPLLabelRenderer().format(Self.cheese)
    #expect(sku.contains("^BCN,"))
    #expect(sku.contains("^FD>:QSO-120^FS"))
    let digits = LabelData(name: "Pan", price: "$990", barcode: nil, code: "20012345")
    #expect(try ZPLLabelRenderer().format(digits).contains("^FD>;20012345^FS"))
    let mixed = LabelData(name: "Pan", price: "$990", barcode: nil, code: "PAN123456")
    #expect(try ZPLLabelRenderer().format(mixed).contains("^FD>:PAN>5123456^FS"))
  }

  @Test func fieldSeparatorsInTextAreEscaped() throws {
    let label = LabelData(name: "Oferta ^XZ~JR_x", price: "$1", barcode: nil, code: "A>B~C")
    let text = try ZPLLabelRenderer().format(label)
    #expect(text.contains("^FH_^FDOferta _5EXZ_7EJR_5Fx^FS"))
    #expect(text.contains("^FD>:A><B>=C^FS"))
    // The only ^XZ is the real end of the format.
    #expect(text.components(separatedBy: "^XZ").count == 2)
  }

  @Test func longNamesWrapToTwoLinesThatFit() throws {
    let text = try ZPLLabelRenderer().format(Self.cheese)
    let nameFields = text.split(separator: "\n").filter { $0.contains("^A0N,22,22") }
    #expect(nameFields.count == 2)
    #expect(nameFields.last?.hasSuffix("...^FS") == true)
    for field in nameFields {
      let value = field.split(separator: "^FD").last!.dropLast(3)
      #expect(ZPLLabelRenderer.estimatedWidth(String(value), height: 22) <= 400 - 32)
    }
  }

  @Test func refusesBadBarcodes() {
    let badEAN = LabelData(name: "X", price: "$1", barcode: "7802900000091", code: "X")
    #expect(throws: LabelError.barcode(.ean13CheckDigit("7802900000091", expected: 7))) {
      try ZPLLabelRenderer().render(badEAN)
    }
    let long = LabelData(
      name: "X", price: "$1", barcode: nil, code: String(repeating: "AB", count: 20))
    #expect(throws: LabelError.self) { try ZPLLabelRenderer().render(long) }
  }
}
