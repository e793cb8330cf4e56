import Foundation
import Testing

/// Issue 20, item 4 for orders: `preparar pedido N` and `imprimir comanda N`
/// print the order's kitchen slip through the spool, routed by category,
/// read back by real TCP listeners; without any printer the slip is shown.
@Suite(.serialized) struct KitchenOrderTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear categoría tortas", "crear categoría empanadas",
      "crear producto \"Torta mil hojas\" precio 18000 categoría tortas stock 10",
      "crear producto \"Empanada de pino\" precio 2500 categoría empanadas stock 100",
      "crear cliente \"Juan Pérez\" teléfono 912345678", "abrir caja 0",
      "pedido juan: 2 torta mil hojas, 40 empanada pino para mañana 12:00 entrega despacho \"Av. Matta 123\" seña transferencia 10000 nota \"tocar timbre\"",
      "editar pedido 1", "nota \"sin azúcar flor\" línea 1", "guardar")
  }

  func printable(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
  }

  func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
    guard part.count <= bytes.count else { return false }
    return (0...(bytes.count - part.count)).contains { Array(bytes[$0..<$0 + part.count]) == part }
  }

  func kitchenJobs() throws -> [[String: Any]] {
    try box.rows("cola de impresión como json").filter { $0["tipo"] as? String == "comanda" }
  }

  @Test func preparingAnOrderPrintsItsComanda() throws {
    let kitchen = try PrinterListener()
    try box.ok("configurar impresora cocina tcp 127.0.0.1:\(kitchen.port) rol comanda")
    #expect(try kitchenJobs().isEmpty)
    let r = try box.tienda(
      ["-c", "preparar pedido 1"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    let bytes = kitchen.waitForBytes(atLeast: 60)
    let text = printable(bytes)
    for part in [
      "COMANDA", "PEDIDO 1", "Juan", "PARA 24-11 12:00", "DESPACHO: Av. Matta 123",
      "Torta mil hojas", "Empanada de pino", "sin az", "tocar timbre",
    ] {
      #expect(text.contains(part), "\(part) in \(text)")
    }
    // Large type, the cut; no price, no amount.
    #expect(contains(bytes, [0x1D, 0x21, 0x11]), "\(bytes)")
    #expect(contains(bytes, [0x1D, 0x56, 0x42, 0x04]), "\(bytes)")
    #expect(!bytes.contains(0x24), "\(text)")
    for amount in ["18.000", "36.000", "2.500", "100.000", "136.000", "10.000", "126.000"] {
      #expect(!text.contains(amount), "\(amount) in \(text)")
    }
    let jobs = try kitchenJobs()
    #expect(jobs.count == 1)
    #expect(jobs.first?["documento"] as? String == "pedido:1")
    #expect(jobs.first?["estado"] as? String == "impreso", "\(jobs)")
  }

  @Test func imprimirComandaRoutesTheOrderByCategory() throws {
    let cakes = try PrinterListener()
    let ovens = try PrinterListener()
    try box.ok(
      "configurar impresora pastelería tcp 127.0.0.1:\(cakes.port) rol comanda categorías tortas",
      "configurar impresora hornos tcp 127.0.0.1:\(ovens.port) rol comanda categorías empanadas")
    let r = try box.tienda(
      ["-c", "imprimir comanda 1"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("«pastelería»") && r.stdout.contains("«hornos»"), "\(r.stdout)")
    let cakeText = printable(cakes.waitForBytes(atLeast: 60))
    let ovenText = printable(ovens.waitForBytes(atLeast: 60))
    #expect(cakeText.contains("Torta mil hojas") && !cakeText.contains("Empanada"), "\(cakeText)")
    #expect(ovenText.contains("Empanada de pino") && !ovenText.contains("Torta"), "\(ovenText)")
    // Both say which order, for whom and when.
    for text in [cakeText, ovenText] {
      #expect(text.contains("PEDIDO 1") && text.contains("PARA 24-11 12:00"), "\(text)")
    }
    // «en <impresora>»: the whole slip there.
    let whole = try box.tienda(
      ["-c", "imprimir comanda 1 en hornos"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(whole.status == 0, "\(whole.transcript)")
    let later = printable(ovens.waitForBytes(atLeast: ovenText.count + 100))
    let second = String(later.dropFirst(ovenText.count))
    #expect(second.contains("Torta mil hojas") && second.contains("Empanada"), "\(second)")
    #expect(try kitchenJobs().count == 3)
  }

  @Test func withoutAnyPrinterTheComandaIsShown() throws {
    let r = try box.tienda(["-c", "imprimir comanda 1"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("vista previa"), "\(r.stdout)")
    #expect(r.stdout.contains("PEDIDO 1") && r.stdout.contains("40 × Empanada de pino"))
    #expect(r.stdout.contains("NOTA: tocar timbre") && r.stdout.contains("corte"))
    #expect(!r.stdout.contains("$"), "\(r.stdout)")
    #expect(try box.rows("cola de impresión como json").isEmpty)
    // Preparing still works without a printer: nothing is queued.
    try box.ok("preparar pedido 1")
    #expect(try box.rows("cola de impresión como json").isEmpty)
  }

  @Test func deliveringAnOrderPrintsNoSecondComanda() throws {
    let kitchen = try PrinterListener()
    try box.ok(
      "configurar impresora cocina tcp 127.0.0.1:\(kitchen.port) rol comanda",
      "configurar comanda categorías tortas, empanadas")
    // The order's delivery becomes a sale of tortas and empanadas: it was
    // prepared already, so the setting for sales does not apply to it.
    let delivered = try box.tienda(
      ["-c", "entregar pedido 1 pagar efectivo"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(delivered.status == 0, "\(delivered.transcript)")
    #expect(try box.rows("ventas como json").count == 1)
    #expect(try kitchenJobs().isEmpty)
    // A plain sale of the same products does print one.
    let sale = try box.tienda(
      ["-c", "vender 1 empanada pino pagar efectivo"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(sale.status == 0, "\(sale.transcript)")
    #expect(try kitchenJobs().map { $0["documento"] as? String } == ["venta:2"])
    #expect(printable(kitchen.waitForBytes(atLeast: 40)).contains("VENTA 2"))
  }

  @Test func anUnknownOrderIsRefused() throws {
    let r = try box.tienda(["-c", "imprimir comanda 9"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("9"), "\(r.transcript)")
    let v = try box.tienda(["-c", "imprimir pedido 9"])
    #expect(v.status == 1, "\(v.transcript)")
  }
}
