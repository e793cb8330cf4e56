import Foundation
import Testing
import TiendaTestSupport

/// `imprimir etiquetas` end to end: the printer's language decides the
/// format (issue 7, "Labels").
@Suite struct LabelPrintingTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear categoría bebidas",
      "crear producto \"Coca-Cola 1,5 L\" precio 1990 barras 7801234567894 categoría bebidas",
      "crear producto \"Agua mineral\" precio 900 sku AGU01 categoría bebidas",
      "crear producto Tomate precio 1490 unidad kg")
  }

  @Test func receiptPrinterGetsALabelStyleTicket() throws {
    try box.ok("configurar impresora vista pantalla ancho 32")
    let r = try box.ok("imprimir etiquetas tomate 1, coca cola")
    #expect(r.stdout.contains("$1.490 / kg"))
    #expect(r.stdout.contains("[EAN-13 7801234567894]"))
    #expect(r.stdout.contains("[Code 128 TOM01]"))
    #expect(r.stdout.contains("2 etiquetas en el trabajo 1"))
  }

  @Test func zplForALabelPrinter() throws {
    let path = box.path("zebra.zpl")
    try box.ok("configurar impresora zebra archivo \(path) rol etiquetas lenguaje zpl")
    try box.ok("imprimir etiquetas coca cola 3 tamaño 60x30")
    let zpl = try String(contentsOfFile: path, encoding: .utf8)
    #expect(zpl.hasPrefix("^XA"))
    #expect(zpl.contains("^PW480"))  // 60 mm at 8 dots/mm
    #expect(zpl.contains("^FDCoca-Cola 1,5 L^FS"))
    #expect(zpl.contains("^BEN"))
    #expect(zpl.contains("^PQ3"))
    #expect(try box.refused("imprimir etiquetas coca cola tamaño grande").contains("50x25"))
  }

  @Test func pdfSheetOfACategoryScans() throws {
    let path = box.path("hoja.pdf")
    try box.ok("configurar impresora hojas archivo \(path) rol hojas lenguaje pdf")
    try box.ok("imprimir etiquetas categoría bebidas en hojas")
    let codes = try BarcodeScanner.decode(pdf: try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(Set(codes) == ["7801234567894", "AGU01"], "\(codes)")
  }
}
