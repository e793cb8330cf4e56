import Foundation
import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaPrint

/// ESC/POS tickets, byte for byte (issue 7): golden files at 32 and 48
/// columns with ñ, á, Á, ¿, ¡ and $ in PC850.
@Suite struct EscPosTicketTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    var settings = ShopSettingsChange(
      name: "Almacén Ñuñoa", rut: Rut.parse("76.123.456-0"), address: "Av. Irarrázaval 2401, Ñuñoa",
      zone: "America/Santiago")
    settings.ticketFooter = "¡Gracias! ¿Volverá pronto?"
    try shop.configure(settings)
    for (name, price) in [
      ("Pan amasado Ñandú", 2490), ("Ají de la Abuela Ágata (frasco grande)", 3990),
    ] {
      var draft = ProductDraft(name: name, price: Money(Int64(price)))
      draft.stock = Quantity(units: 10)
      try shop.catalog.createProduct(draft)
    }
    var tomato = ProductDraft(name: "Tomate", price: Money(1490))
    tomato.unit = .kilogram
    tomato.stock = Quantity(units: 10)
    try shop.catalog.createProduct(tomato)
  }

  func sale() throws -> SaleRecord {
    try shop.tickets.addItems([
      SaleItemRequest(query: "pan amasado", quantity: Quantity(units: 2)),
      SaleItemRequest(query: "aji", quantity: Quantity(units: 1)),
      SaleItemRequest(query: "tomate", quantity: Quantity(thousandths: 750)),
    ])
    try shop.tickets.setDiscount(DiscountRule(percent: Percent(thousandths: 10_000)), line: 1)
    try shop.tickets.setNote("sin sal", line: 1)
    try shop.checkout.payTicket([
      PaymentRequest(method: .debit, amount: Money(5000), reference: "123456"),
      PaymentRequest(method: .cash, amount: Money(10000)),
    ])
    return try shop.sales.sale(id: 1)
  }

  func golden(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(name)
  }

  /// Bytes as readable text: printable ASCII as is, the rest as <XX>, and a
  /// line break after each LF.
  static func readable(_ bytes: [UInt8]) -> String {
    var out = ""
    for b in bytes {
      if b >= 0x20 && b < 0x7F && b != UInt8(ascii: "<") {
        out.append(Character(Unicode.Scalar(b)))
      } else {
        out += "<" + String(b, radix: 16, uppercase: true).leftPadded(2) + ">"
        if b == 0x0A { out += "\n" }
      }
    }
    return out
  }

  func expectGolden(
    _ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let text = Self.readable(bytes)
    let url = golden(name)
    if ProcessInfo.processInfo.environment["TIENDA_ACTUALIZAR_GOLDEN"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "difiere de \(name)", sourceLocation: sourceLocation)
  }

  @Test func saleTicketAt32And48Columns() throws {
    let record = try sale()
    for width in [32, 48] {
      let document = TicketDocuments(settings: shop.settings, width: width).sale(record)
      let bytes = EscPos.render(document, width: width, codePage: 2, cut: width == 48, drawer: true)
      try expectGolden(bytes, "ticket-\(width).escpos.txt")
      // Every line fits the paper.
      let preview = EscPosPreview.text(bytes, width: width)
      for line in preview.split(separator: "\n") where !line.hasPrefix("---------------- corte") {
        #expect(line.count <= width, "«\(line)» no cabe en \(width) columnas")
      }
      #expect(preview.contains("NO VÁLIDO COMO BOLETA"))
      #expect(preview.contains("Almacén Ñuñoa"))
    }
  }

  @Test func startsWithInitAndCodePageAndEndsWithCut() throws {
    let document = TicketDocuments(settings: shop.settings, width: 42).sale(try sale())
    let bytes = EscPos.render(document, width: 42, codePage: 2, cut: true, drawer: false)
    #expect(Array(bytes.prefix(8)) == [0x1B, 0x40, 0x1B, 0x52, 0x00, 0x1B, 0x74, 0x02])
    #expect(Array(bytes.suffix(4)) == [0x1D, 0x56, 0x42, 0x04])
    #expect(
      !bytes.contains(0x70) || !zip(bytes, bytes.dropFirst()).contains { $0 == 0x1B && $1 == 0x70 })
    let noCut = EscPos.render(document, width: 42, codePage: 2, cut: false)
    #expect(Array(noCut.suffix(3)) == [0x1B, 0x64, 0x04])
  }

  @Test func spanishCharactersInPC850() {
    #expect(
      CodePage850.encode("ñÑáÁ¿¡$éíóúÉÍÓÚü°") == [
        0xA4, 0xA5, 0xA0, 0xB5, 0xA8, 0xAD, 0x24, 0x82, 0xA1, 0xA2, 0xA3, 0x90, 0xD6, 0xE0, 0xE9,
        0x81, 0xF8,
      ])
    // Outside PC850: a table first, the bare letter next, `?` last.
    #expect(CodePage850.encode("“Hola” – 5€ …") == Array("\"Hola\" - 5EUR ...".utf8))
    #expect(CodePage850.encode("ő") == Array("o".utf8))
    #expect(CodePage850.encode("🍕") == [UInt8(ascii: "?")])
  }

  @Test func barcodeCommands() {
    #expect(
      EscPos.ean13("7801234567894")
        == EscPos.barcodeSetup + [0x1D, 0x6B, 0x43, 0x0D] + Array("7801234567894".utf8))
    #expect(
      EscPos.code128("EMP01") == EscPos.barcodeSetup + [0x1D, 0x6B, 0x49, 7, 0x7B, 0x42]
        + Array("EMP01".utf8))
    // Digit pairs use subset C.
    #expect(
      EscPos.code128("1234") == EscPos.barcodeSetup + [0x1D, 0x6B, 0x49, 4, 0x7B, 0x43, 12, 34])
    var doc = PrintDocument()
    doc.add(.ean13("7801234567894"))
    doc.add(.code128("1234"))
    let preview = EscPosPreview.text(
      EscPos.render(doc, width: 32, codePage: 2, cut: false), width: 32)
    #expect(preview.contains("[EAN-13 7801234567894]"))
    #expect(preview.contains("[Code 128 1234]"))
  }

  @Test func previewReadsBackWhatWasSent() throws {
    let document = TicketDocuments(settings: shop.settings, width: 32).sale(try sale())
    let bytes = EscPos.render(document, width: 32, codePage: 2, cut: true, drawer: true)
    let preview = EscPosPreview.text(bytes, width: 32)
    #expect(preview.contains("[abre el cajón]"))
    #expect(preview.contains("---------------- corte"))
    #expect(preview.contains("Débito"))
    #expect(preview.contains("  ref 123456"))
    #expect(preview.contains("¡Gracias! ¿Volverá pronto?"))
  }

  @Test func giftTicketHasNoPrices() throws {
    let document = TicketDocuments(settings: shop.settings, width: 32).sale(try sale(), gift: true)
    let text = PlainText.render(document, width: 32)
    #expect(text.contains("TICKET DE REGALO"))
    #expect(!text.contains("$2.490"))
    #expect(!text.contains("TOTAL"))
  }
}

extension String {
  func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
