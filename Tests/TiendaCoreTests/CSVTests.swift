import Foundation
import Testing

@testable import TiendaCore

@Suite struct CSVTests {
  // MARK: Decoding

  @Test func bomIsDropped() {
    let (text, encoding) = CSV.decode([0xEF, 0xBB, 0xBF] + Array("nombre;precio".utf8))
    #expect(text == "nombre;precio")
    #expect(encoding == .utf8)
  }

  @Test func validUTF8StaysUTF8() {
    let (text, encoding) = CSV.decode(Array("Piña;Café".utf8))
    #expect(text == "Piña;Café")
    #expect(encoding == .utf8)
  }

  @Test func windows1252Letters() {
    // "Piña;Café" as Excel on Windows saves it.
    let bytes: [UInt8] = [0x50, 0x69, 0xF1, 0x61, 0x3B, 0x43, 0x61, 0x66, 0xE9]
    let (text, encoding) = CSV.decode(bytes)
    #expect(text == "Piña;Café")
    #expect(encoding == .windows1252)
  }

  @Test func windows1252Punctuation() {
    let (text, encoding) = CSV.decode([0x80, 0x20, 0x93, 0x61, 0x94, 0x96, 0x85, 0x81, 0xFF])
    #expect(text == "€ “a”–…\u{FFFD}ÿ")
    #expect(encoding == .windows1252)
  }

  @Test func windows1252MatchesTheSpecForTheHighBlock() {
    let expected = Array(
      "€\u{FFFD}‚ƒ„…†‡ˆ‰Š‹Œ\u{FFFD}Ž\u{FFFD}\u{FFFD}‘’“”•–—˜™š›œ\u{FFFD}žŸ".unicodeScalars)
    let (text, _) = CSV.decode(Array(0x80...0x9F))
    #expect(Array(text.unicodeScalars) == expected)
    let (latin1, _) = CSV.decode(Array(0xA0...0xFF))
    #expect(latin1.unicodeScalars.map(\.value) == Array(0xA0...0xFF))
  }

  @Test func bomWithBrokenUTF8IsStillUTF8() {
    let (text, encoding) = CSV.decode([0xEF, 0xBB, 0xBF, 0x61, 0xF1, 0x62])
    #expect(text == "a\u{FFFD}b")
    #expect(encoding == .utf8)
  }

  // MARK: Delimiter

  @Test func detectsSemicolonAndComma() throws {
    #expect(try CSV.parse("a;b;c\n1;2;3").delimiter == ";")
    #expect(try CSV.parse("a,b,c\n1,2,3").delimiter == ",")
    #expect(try CSV.parse("a\tb\tc\n1\t2\t3").delimiter == "\t")
  }

  @Test func decimalCommaFileIsSemicolon() throws {
    let doc = try CSV.parse("nombre;precio\nTomate;1,5")
    #expect(doc.delimiter == ";")
    #expect(doc.rows == [CSV.Row(line: 2, fields: ["Tomate", "1,5"])])
  }

  @Test func tiesGoToSemicolonAndQuotedDelimitersDoNotCount() throws {
    #expect(try CSV.parse("a;b,c").delimiter == ";")
    #expect(try CSV.parse("nombre").delimiter == ";")
    #expect(try CSV.parse("\"a;b;c\",d\n1,2").delimiter == ",")
  }

  @Test func headerFieldsAreTrimmed() throws {
    let doc = try CSV.parse(" nombre ; precio\t;\u{A0}sku\r\n Pan ;250 ;x")
    #expect(doc.header == ["nombre", "precio", "sku"])
    #expect(doc.rows[0].fields == [" Pan ", "250 ", "x"])
  }

  @Test func leadingBOMCharacterIsIgnored() throws {
    #expect(try CSV.parse("\u{FEFF}nombre;precio\nPan;250").header == ["nombre", "precio"])
  }

  // MARK: Quoting and lines

  @Test func quotedFields() throws {
    let text = "nombre;descripción\nEmpanada;\"Masa casera; relleno de pino \"\"tradicional\"\"\"\n"
    let doc = try CSV.parse(text)
    #expect(
      doc.rows == [
        CSV.Row(line: 2, fields: ["Empanada", "Masa casera; relleno de pino \"tradicional\""])
      ])
  }

  @Test func quotedNewlinesKeepTheStartingLine() throws {
    let text = "a;b\n1;\"uno\ndos\r\ntres\"\n2;\"\"\n\"x\";y"
    let doc = try CSV.parse(text)
    #expect(
      doc.rows == [
        CSV.Row(line: 2, fields: ["1", "uno\ndos\r\ntres"]),
        CSV.Row(line: 5, fields: ["2", ""]),
        CSV.Row(line: 6, fields: ["x", "y"]),
      ])
  }

  @Test func lineEnds() throws {
    let expected = [CSV.Row(line: 2, fields: ["1", "2"]), CSV.Row(line: 3, fields: ["3", "4"])]
    for end in ["\r\n", "\n", "\r"] {
      let doc = try CSV.parse(["a;b", "1;2", "3;4", ""].joined(separator: end))
      #expect(doc.header == ["a", "b"])
      #expect(doc.rows == expected, "line end \(Array(end.unicodeScalars))")
    }
  }

  @Test func emptyLinesAreSkipped() throws {
    let doc = try CSV.parse("\r\n\r\na;b\r\n\r\n1;2\n\n\r3;4\r\n\r\n")
    #expect(doc.header == ["a", "b"])
    #expect(
      doc.rows == [CSV.Row(line: 5, fields: ["1", "2"]), CSV.Row(line: 8, fields: ["3", "4"])])
  }

  @Test func emptyFieldsAndShortRowsAreKept() throws {
    let doc = try CSV.parse("a;b;c\n;;\nx;\ny")
    #expect(doc.rows.map(\.fields) == [["", "", ""], ["x", ""], ["y"]])
  }

  @Test func unquotedFieldsAreKeptAsWritten() throws {
    let doc = try CSV.parse("a;b\n  Pan  ;5\"5")
    #expect(doc.rows[0].fields == ["  Pan  ", "5\"5"])
  }

  @Test func emptyText() {
    #expect(throws: CSVError.empty) { try CSV.parse("") }
    #expect(throws: CSVError.empty) { try CSV.parse("\r\n\n\r") }
    #expect(throws: CSVError.empty) { try CSV.parse("\u{FEFF}") }
  }

  @Test func headerOnly() throws {
    let doc = try CSV.parse("nombre;precio\r\n")
    #expect(doc.header == ["nombre", "precio"])
    #expect(doc.rows.isEmpty)
  }

  @Test func unterminatedQuoteNamesTheLineWhereItStarted() {
    #expect(throws: CSVError.unterminatedQuote(line: 3)) {
      try CSV.parse("a;b\n1;2\n3;\"sin cerrar\n4;5\n")
    }
    #expect(throws: CSVError.unterminatedQuote(line: 1)) { try CSV.parse("\"a;b") }
  }

  @Test func textAfterClosingQuote() {
    #expect(throws: CSVError.textAfterQuote(line: 2)) { try CSV.parse("a;b\n\"abc\"x;1") }
    #expect(throws: CSVError.textAfterQuote(line: 4)) {
      try CSV.parse("a;b\n1;2\n\"uno\ndos\" ;3")
    }
  }

  // MARK: Writing

  @Test func writesQuotesOnlyWhenNeeded() {
    let text = CSV.write(
      header: ["nombre", "precio"],
      rows: [["Pan", "250"], ["a,b", "x\"y"], [" lead", "trail "], ["a;b", ""]])
    #expect(
      text == "nombre,precio\r\nPan,250\r\n\"a,b\",\"x\"\"y\"\r\n\" lead\",\"trail \"\r\na;b,\r\n")
    #expect(
      CSV.write(header: ["a", "b"], rows: [["1;2", "3"]], delimiter: ";")
        == "a;b\r\n\"1;2\";3\r\n")
  }

  @Test(arguments: [",", ";", "\t"] as [Character])
  func roundTrip(delimiter: Character) throws {
    let header = ["nombre", "descripción", "precio"]
    let rows: [[String]] = [
      ["Empanada de pino", "Masa casera; relleno de pino \"tradicional\"", "2.500"],
      ["Piña", "línea 1\nlínea 2\r\nlínea 3\rfin", "1,5"],
      [" con espacio", "al final ", ""],
      ["", "", ""],
      ["\"", "\"\"", "a,b;c\td"],
      ["Ñandú café", "€ “comillas”", "$1.990"],
    ]
    let text = CSV.write(header: header, rows: rows, delimiter: delimiter)
    let doc = try CSV.parse(text)
    #expect(doc.delimiter == delimiter)
    #expect(doc.header == header)
    #expect(doc.rows.map(\.fields) == rows)
    #expect(doc.rows.map(\.line) == [2, 3, 7, 8, 9, 10])  // row 2 spans lines 3–6
  }

  @Test func singleEmptyFieldRoundTrips() throws {
    let text = CSV.write(header: ["a", "b"], rows: [[""], ["1", "2"]])
    #expect(text == "a,b\r\n\"\"\r\n1,2\r\n")
    #expect(try CSV.parse(text).rows.map(\.fields) == [[""], ["1", "2"]])
  }

  @Test func thousandRows() throws {
    var text = "nombre;precio;stock\r\n"
    for i in 1...1000 { text += "Producto \(i);\(i * 10);\(i % 7),5\r\n" }
    let doc = try CSV.parse(text)
    #expect(doc.rows.count == 1000)
    #expect(doc.rows[999] == CSV.Row(line: 1001, fields: ["Producto 1000", "10000", "6,5"]))
  }

  // MARK: Sample

  static let samplePath: String = {
    // Tests/TiendaCoreTests/CSVTests.swift → the package root.
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/") + "/Samples/catalogo-feria.csv"
  }()

  @Test func sampleCatalogParses() throws {
    let data = try #require(FileManager.default.contents(atPath: Self.samplePath))
    let bytes = [UInt8](data)
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(bytes.contains(0x0D))
    let (text, encoding) = CSV.decode(bytes)
    #expect(encoding == .utf8)
    let doc = try CSV.parse(text)
    #expect(doc.delimiter == ";")
    let header = [
      "nombre", "precio", "sku", "barras", "categoría", "unidad", "costo", "stock", "mínimo",
      "impuestos", "precio-con-impuestos", "vender-sin-stock", "vence", "en-pos", "descripción",
    ]
    #expect(doc.header == header)
    #expect(doc.rows.count == 40)
    #expect(doc.rows.allSatisfy { $0.fields.count == header.count })
    #expect(doc.rows.first?.line == 2 && doc.rows.last?.line == 41)
    #expect(doc.rows[0].fields[14] == "Masa casera; relleno de pino \"tradicional\"")

    let barcodes = doc.rows.map { $0.fields[3] }.filter { !$0.isEmpty }
    #expect(barcodes.count == 8)
    for code in barcodes {
      let digits = code.compactMap(\.wholeNumberValue)
      #expect(code.count == 13 && digits.count == 13, "\(code)")
      #expect(code.hasPrefix("780"), "\(code)")
      let sum = digits.prefix(12).enumerated().reduce(0) {
        $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3)
      }
      #expect(digits.last == (10 - sum % 10) % 10, "\(code)")
    }
    let skus = doc.rows.map { $0.fields[2] }.filter { !$0.isEmpty }
    #expect(skus.count == 37 && Set(skus).count == 37)
    #expect(doc.rows.filter { $0.fields[5] == "kg" }.count == 8)
    // Written back with `;`, the catalog is the same text, byte for byte.
    #expect(CSV.write(header: doc.header, rows: doc.rows.map(\.fields), delimiter: ";") == text)
  }
}
