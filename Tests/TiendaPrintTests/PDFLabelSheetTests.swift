import Foundation
import Testing
import TiendaTestSupport

@testable import TiendaPrint

/// Distinct labels for scanning: EAN-13 with a computed check digit, or
/// Code 128 SKUs, and Spanish names that exercise WinAnsi.
enum SampleLabels {
  static let names = [
    "Piñón tostado", "Azúcar rubia", "Ñandú (peluche)", "¿Té? ¡Sí!", "Pingüino \\ vidrio",
    "ÁÉÍÓÚ mayúsculas", "Jamón acaramelado de cerdo ahumado en leña de espino",
  ]

  static func ean13(_ n: Int) -> String {
    var body = "780290"
    let tail = String(n)
    body += String(repeating: "0", count: 6 - tail.count) + tail
    let digits = body.compactMap(\.wholeNumberValue)
    return body + String(EAN13.checkDigit(digits))
  }

  /// `count` labels; every third one has no EAN-13 and carries a Code 128 SKU.
  static func labels(_ count: Int) -> [LabelData] {
    (0..<count).map { i in
      let name = names[i % names.count]
      if i % 3 == 2 {
        return LabelData(
          name: name, price: "$\(i + 1).990", barcode: nil, code: "SKU-\(100 + i)")
      }
      return LabelData(
        name: name, price: "$\(i + 1).490", unitPrice: i % 2 == 0 ? "$\(i + 2).980 / kg" : nil,
        barcode: ean13(1000 + i), code: "P\(i)")
    }
  }

  static func expectedCodes(_ labels: [LabelData]) -> [String] {
    labels.map { $0.barcode ?? $0.code }
  }
}

@Suite struct PDFLabelSheetTests {
  @Test func structureAndXrefOffsets() throws {
    let pdf = try PDFLabelSheet(layout: .a4).render(SampleLabels.labels(30))
    #expect(Array(pdf.prefix(9)) == Array("%PDF-1.4\n".utf8))
    #expect(Array(pdf.suffix(6)) == Array("%%EOF\n".utf8))
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(text.contains("/Count 2"))  // 30 labels, 24 per page
    #expect(text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"))
    #expect(text.contains("/MediaBox [0 0 595 842]"))

    // startxref points at "xref"; every entry points at "N 0 obj".
    let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
    let xrefOffset = Int(text[startxref.upperBound...].prefix(while: \.isNumber))!
    #expect(Array(pdf[xrefOffset..<xrefOffset + 5]) == Array("xref\n".utf8))
    let table = String(decoding: pdf[xrefOffset...], as: UTF8.self).split(separator: "\n")
    let count = Int(table[1].split(separator: " ")[1])!
    #expect(count == 4 + 2 * 2 + 1)
    for n in 1..<count {
      let entry = table[2 + n]
      #expect(entry.utf8.count == 19)  // plus "\n": 20 bytes
      let offset = Int(entry.prefix(10))!
      let head = String(decoding: pdf[offset..<offset + 10], as: UTF8.self)
      #expect(head.hasPrefix("\(n) 0 obj\n"), "objeto \(n)")
    }
  }

  @Test func spanishTextInWinAnsiWithEscapes() {
    #expect(
      WinAnsi.encode("áéíóúñÁÉÍÓÚÑ¿¡ü") == [
        0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xF1, 0xC1, 0xC9, 0xCD, 0xD3, 0xDA, 0xD1, 0xBF, 0xA1, 0xFC,
      ])
    #expect(WinAnsi.encode("n\u{303}o\u{301}") == [0xF1, 0xF3])  // decomposed input
    #expect(WinAnsi.encode("€ “x” – 😀") == [0x80, 0x20, 0x93, 0x78, 0x94, 0x20, 0x96, 0x20, 0x3F])
    #expect(WinAnsi.literal(WinAnsi.encode("(a)\\ñ")) == Array("(\\(a\\)\\\\".utf8) + [0xF1, 0x29])
  }

  @Test func namesAreEncodedInTheContent() throws {
    let label = LabelData(name: "Piñón (¿oferta?)", price: "$990", barcode: nil, code: "PIN1")
    let pdf = try PDFLabelSheet().render([label])
    let needle: [UInt8] = Array("(Pi".utf8) + [0xF1, 0xF3] + Array("n \\(".utf8) + [0xBF]
    #expect(pdf.firstRange(of: needle) != nil)
  }

  @Test func pagesAndSkippedSlots() throws {
    let labels = SampleLabels.labels(5)
    func pages(_ pdf: [UInt8]) -> String? {
      let text = String(decoding: pdf, as: UTF8.self)
      return text.range(of: "/Count ").map {
        String(text[$0.upperBound...].prefix(while: \.isNumber))
      }
    }
    #expect(pages(try PDFLabelSheet().render(labels, copies: 5)) == "2")  // 25 > 24
    #expect(pages(try PDFLabelSheet().render(labels, copies: 4, skip: 4)) == "1")
    #expect(pages(try PDFLabelSheet().render(labels, copies: 4, skip: 5)) == "2")
    #expect(pages(try PDFLabelSheet(layout: .letter).render(labels, copies: 6)) == "1")
    #expect(pages(try PDFLabelSheet().render([])) == "1")
  }

  @Test func layoutsFitThePaper() {
    let a4 = PDFSheetLayout.a4.labelSize
    #expect(abs(a4.width - 595.0 / 3) < 0.01)
    #expect(abs(a4.height * 8 + 3 - 842) < 0.01)
    let letter = PDFSheetLayout.letter.labelSize
    #expect(abs(letter.width - 189) < 0.01)  // 2⅝ in
    #expect(abs(letter.height - 72) < 0.01)  // 1 in
    #expect(PDFSheetLayout.a4.isValid && PDFSheetLayout.letter.isValid)
    #expect(!PDFSheetLayout(paper: .a4, columns: 12, rows: 8).isValid)
    #expect(!PDFSheetLayout(paper: .a4, columns: 0, rows: 8).isValid)
    #expect(PDFSheetLayout(paper: .letter, columns: 2, rows: 5, marginTop: 36).isValid)
    #expect(throws: LabelError.sheetLayout(columns: 0, rows: 8)) {
      try PDFLabelSheet(layout: PDFSheetLayout(paper: .a4, columns: 0, rows: 8)).render([])
    }
  }

  @Test func barsAreWideEnoughOrRefused() throws {
    #expect(PDFLabelSheet.minimumModule >= 0.33 * 72 / 25.4)
    let long = LabelData(name: "X", price: "$1", barcode: nil, code: "ABCDEFGHIJKLMNOPQRSTUVWX")
    #expect(throws: LabelError.self) { try PDFLabelSheet().render([long]) }
    #expect(throws: LabelError.copies(0)) { try PDFLabelSheet().render([long], copies: 0) }
  }

  // MARK: - Outside tools: pdftoppm renders, zbarimg reads every code back.

  static let canScan = BarcodeScanner.isAvailable || ExternalTool.isCI

  @Test(.enabled(if: canScan, Comment(rawValue: BarcodeScanner.missingMessage)))
  func everyBarcodeScansOnA4() throws {
    let labels = SampleLabels.labels(30)  // two pages
    let pdf = try PDFLabelSheet(layout: .a4).render(labels)
    try expectScans(Data(pdf), SampleLabels.expectedCodes(labels))
  }

  @Test(.enabled(if: canScan, Comment(rawValue: BarcodeScanner.missingMessage)))
  func everyBarcodeScansOnLetter() throws {
    let labels = SampleLabels.labels(33)  // 30 per page
    let pdf = try PDFLabelSheet(layout: .letter).render(labels)
    try expectScans(Data(pdf), SampleLabels.expectedCodes(labels))
  }

  /// Subset changes (B→C, C→B, odd runs) and the characters ZPL escapes
  /// must still read back exactly: a wrong checksum or switch would not scan.
  @Test(.enabled(if: canScan, Comment(rawValue: BarcodeScanner.missingMessage)))
  func code128SubsetSwitchesScan() throws {
    let codes = [
      "AB123456", "1234AB", "A12345", "12345", "20012345", "PAN-001.5/7", "x>y~z^_w",
      "QSO123456XYZ", "9", "00",
    ]
    let labels = codes.map { LabelData(name: "Código \($0)", price: "$1", barcode: nil, code: $0) }
    try expectScans(Data(try PDFLabelSheet().render(labels)), codes)
  }

  @Test(.enabled(if: canScan, Comment(rawValue: BarcodeScanner.missingMessage)))
  func popplerReadsTheFileWithoutComplaint() throws {
    let pdf = Data(try PDFLabelSheet(layout: .a4).render(SampleLabels.labels(30)))
    let dir = TempDir()
    try pdf.write(to: URL(fileURLWithPath: dir.file("hoja.pdf")))
    let info = try ExternalTool.check("pdfinfo", [dir.file("hoja.pdf")])
    #expect(info.stderr.isEmpty, "pdfinfo: \(info.stderr)")  // a bad xref prints "Syntax Error"
    #expect(info.text.contains("Pages:           2"))
    #expect(info.text.contains("595 x 842 pts (A4)"))
  }
}

/// Decodes `pdf` with pdftoppm + zbarimg and expects exactly `codes`.
func expectScans(_ pdf: Data, _ codes: [String], sourceLocation: SourceLocation = #_sourceLocation)
  throws
{
  #expect(Set(codes).count == codes.count, "los códigos de prueba deben ser distintos")
  let found = try BarcodeScanner.decode(pdf: pdf)
  let missing = Set(codes).subtracting(found)
  let extra = Set(found).subtracting(codes)
  #expect(missing.isEmpty, "zbarimg no leyó: \(missing.sorted())", sourceLocation: sourceLocation)
  #expect(extra.isEmpty, "zbarimg leyó de más: \(extra.sorted())", sourceLocation: sourceLocation)
  #expect(found.count == codes.count, sourceLocation: sourceLocation)
}
