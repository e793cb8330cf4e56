import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 20, item 4: kitchen slips (comandas). The bytes are read by real
/// TCP listeners playing ESC/POS printers; what they must hold is checked
/// against the ESC/POS commands themselves (GS ! 0x11 large type, GS V 66 4
/// cut), not against the code that writes them.
@Suite(.serialized) struct KitchenSlipTests {
  let box: Sandbox

  /// GS ! 0x11: double width and height.
  static let largeType: [UInt8] = [0x1D, 0x21, 0x11]
  /// GS V 66 4: feed and partial cut.
  static let cut: [UInt8] = [0x1D, 0x56, 0x42, 0x04]

  init() throws {
    box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Sanguchería Don Pepe\"",
      "crear categoría sándwiches", "crear categoría churrascos padre sándwiches",
      "crear categoría bebidas", "crear categoría postres",
      "crear producto \"Churrasco italiano\" precio 4500 categoría churrascos stock 20",
      "crear producto \"Coca cola lata\" precio 1500 categoría bebidas stock 20",
      "crear producto \"Kuchen de nuez\" precio 2300 categoría postres stock 20",
      "crear opciones agregados: palta $500, tomate $300",
      "asignar opciones agregados a churrasco italiano")
  }

  func printable(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
  }

  func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
    guard part.count <= bytes.count else { return false }
    return (0...(bytes.count - part.count)).contains { Array(bytes[$0..<$0 + part.count]) == part }
  }

  func jobs() throws -> [[String: Any]] { try box.rows("cola de impresión como json") }

  func kitchenJobs() throws -> [[String: Any]] {
    try jobs().filter { $0["tipo"] as? String == "comanda" }
  }

  /// A sale in ticket mode through a pipe: line note, sale note, an option.
  func sellWithNotes(env: [String: String?] = ["TIENDA_ESPERA_IMPRESION": "8000"]) throws
    -> RunResult
  {
    let r = try box.tienda(
      [],
      stdin: """
        vender 2 churrasco italiano (palta), 1 coca cola lata
        nota "sin mayo" línea 1
        nota "mesa 4"
        pagar efectivo 20000

        """, env: env)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Venta 1"), "\(r.transcript)")
    return r
  }

  @Test func aSaleWithTheSettingPrintsAComandaInLargeTypeWithoutPrices() throws {
    let kitchen = try PrinterListener()
    try box.ok(
      "configurar impresora cocina tcp 127.0.0.1:\(kitchen.port) rol comanda",
      "configurar comanda categorías sándwiches")
    try sellWithNotes()
    let bytes = kitchen.waitForBytes(atLeast: 40)
    let text = printable(bytes)
    // ESC @ first, large type for the items, the cut at the end (before the
    // status question).
    #expect(Array(bytes.prefix(2)) == [0x1B, 0x40])
    #expect(contains(bytes, Self.largeType), "\(bytes)")
    #expect(contains(bytes, Self.cut), "\(bytes)")
    #expect(Array(bytes.suffix(7)) == Self.cut + [0x10, 0x04, 0x01], "\(bytes.suffix(7))")
    // What to prepare: the line (in a subcategory of sándwiches), its
    // option, its note, the sale's note; nothing of the drink.
    for part in ["COMANDA", "VENTA 1", "Churrasco", "italiano", "palta", "sin mayo", "mesa 4"] {
      #expect(text.contains(part), "\(part) in \(text)")
    }
    #expect(!text.contains("Coca"), "\(text)")
    // No prices: no «$» byte at all, and none of the amounts of the sale
    // (4.500 each, 500 the option, 9.000 + 1.000 the line, 11.500 total).
    #expect(!bytes.contains(0x24), "\(text)")
    for amount in ["4.500", "4500", "5.000", "10.000", "11.500", "1.500", "500"] {
      #expect(!text.contains(amount), "\(amount) in \(text)")
    }
    let comandas = try kitchenJobs()
    #expect(comandas.count == 1)
    #expect(comandas.first?["estado"] as? String == "impreso", "\(comandas)")
    #expect(comandas.first?["documento"] as? String == "venta:1")
  }

  @Test func withoutTheSettingASalePrintsNoComanda() throws {
    let kitchen = try PrinterListener()
    try box.ok("configurar impresora cocina tcp 127.0.0.1:\(kitchen.port) rol comanda")
    try sellWithNotes()
    // A sale with a drink only, with the setting on: none either.
    try box.ok(
      "configurar comanda categorías sándwiches", "vender 1 coca cola lata pagar efectivo")
    try box.ok(
      "configurar comanda no", "vender 1 churrasco italiano (tomate) pagar efectivo")
    #expect(try kitchenJobs().isEmpty)
    #expect(kitchen.received.isEmpty)
  }

  @Test func linesAreRoutedByCategoryToTwoPrinters() throws {
    let kitchen = try PrinterListener()
    let bar = try PrinterListener()
    try box.ok(
      "configurar impresora cocina tcp 127.0.0.1:\(kitchen.port) rol comanda categorías sándwiches",
      "configurar impresora barra tcp 127.0.0.1:\(bar.port) rol comanda categorías bebidas",
      "configurar comanda categorías sándwiches, bebidas, postres")
    let r = try box.tienda(
      ["-c", "vender 1 churrasco italiano, 2 coca cola lata, 1 kuchen de nuez pagar efectivo"],
      env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    let kitchenText = printable(kitchen.waitForBytes(atLeast: 40))
    let barText = printable(bar.waitForBytes(atLeast: 40))
    // The sándwich (a subcategory) to the kitchen; the dessert, which no
    // printer takes by category, to the default comanda printer (the first).
    #expect(kitchenText.contains("Churrasco"), "\(kitchenText)")
    #expect(kitchenText.contains("Kuchen"), "\(kitchenText)")
    #expect(!kitchenText.contains("Coca"), "\(kitchenText)")
    #expect(barText.contains("Coca cola lata"), "\(barText)")
    #expect(!barText.contains("Churrasco") && !barText.contains("Kuchen"), "\(barText)")
    // Split among stations, each slip says whose it is.
    #expect(kitchenText.contains("Para: cocina"), "\(kitchenText)")
    #expect(barText.contains("Para: barra"), "\(barText)")
    let printers = try box.rows("listar impresoras como json")
    #expect(
      printers.first { $0["nombre"] as? String == "cocina" }?["categorias"] as? String
        == "sándwiches")
    #expect(
      printers.first { $0["nombre"] as? String == "barra" }?["categorias"] as? String == "bebidas")
    let comandas = try kitchenJobs()
    #expect(comandas.count == 2)
    #expect(comandas.allSatisfy { $0["estado"] as? String == "impreso" }, "\(comandas)")

    // A comanda printer with no categories takes what no other takes.
    let general = try PrinterListener()
    try box.ok("configurar impresora general tcp 127.0.0.1:\(general.port) rol comanda")
    try box.ok("configurar impresora general categorías todas")
    let again = try box.tienda(
      ["-c", "vender 1 kuchen de nuez, 1 coca cola lata pagar efectivo"],
      env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(again.status == 0, "\(again.transcript)")
    let generalText = printable(general.waitForBytes(atLeast: 40))
    #expect(generalText.contains("Kuchen") && !generalText.contains("Coca"), "\(generalText)")
    #expect(printable(bar.waitForBytes(atLeast: barText.count + 40)).contains("VENTA 2"))
    #expect(!printable(kitchen.received).contains("VENTA 2"))
  }

  @Test func aDownKitchenPrinterNeverHoldsTheSaleAndTheSlipIsRetried() throws {
    let tickets = try PrinterListener()
    // A port nobody listens on: the connection is refused at once.
    let gone = try PrinterListener()
    let port = gone.port
    gone.stop()
    try box.ok(
      "configurar impresora boletera tcp 127.0.0.1:\(tickets.port)",
      "configurar impresora cocina tcp 127.0.0.1:\(port) rol comanda",
      "configurar comanda categorías sándwiches")
    let start = Date()
    let r = try box.tienda(
      ["-c", "vender 1 churrasco italiano pagar efectivo"],
      env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Venta 1"), "\(r.transcript)")
    #expect(Date().timeIntervalSince(start) < 4, "\(Date().timeIntervalSince(start))")
    // The ticket went out on its own printer all the same.
    #expect(printable(tickets.waitForBytes(atLeast: 40)).contains("Venta 1"))
    let failed = try #require(try kitchenJobs().first)
    #expect(failed["estado"] as? String == "fallido", "\(failed)")
    #expect((failed["error"] as? String ?? "").contains("rechazó la conexión"), "\(failed)")

    // The printer comes back: the failed slip goes out on the retry.
    let back = try PrinterListener(port: port)
    let retry = try box.tienda(
      ["-c", "reintentar impresión"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(retry.status == 0, "\(retry.transcript)")
    let text = printable(back.waitForBytes(atLeast: 40))
    #expect(text.contains("COMANDA") && text.contains("Churrasco"), "\(text)")
    #expect(try kitchenJobs().first?["estado"] as? String == "impreso")
  }

  @Test func aHungKitchenPrinterLeavesTheSlipUncertainNotTheSale() throws {
    let kitchen = try PrinterListener(mode: .neverReads)
    try box.ok(
      "configurar impresora cocina tcp 127.0.0.1:\(kitchen.port) rol comanda",
      "configurar comanda categorías sándwiches")
    // Without the exit wait the program leaves at once: the sale itself
    // never waits for a printer.
    let start = Date()
    let quick = try box.tienda(
      ["-c", "vender 1 churrasco italiano pagar efectivo"],
      env: ["TIENDA_ESPERA_IMPRESION": "0"])
    #expect(quick.status == 0, "\(quick.transcript)")
    #expect(Date().timeIntervalSince(start) < 1.5, "\(Date().timeIntervalSince(start))")
    let r = try box.tienda(
      ["-c", "vender 1 churrasco italiano pagar efectivo"],
      env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Venta 2"), "\(r.transcript)")
    let states = try kitchenJobs().compactMap { $0["estado"] as? String }
    #expect(states.contains("incierto"), "\(states)")
    #expect(try box.rows("ventas como json").count == 2)
  }

  @Test func withoutAKitchenPrinterTheSlipGoesToTheTicketsScreen() throws {
    try box.ok(
      "configurar impresora vista pantalla", "configurar comanda categorías sándwiches")
    let r = try box.tienda(["-c", "vender 1 churrasco italiano (palta) pagar efectivo"])
    #expect(r.status == 0, "\(r.transcript)")
    let slip = try #require(r.stdout.split(separator: "COMANDA").last.map(String.init))
    #expect(slip.contains("VENTA 1") && slip.contains("+ palta"), "\(r.stdout)")
    #expect(!slip.contains("$"), "\(slip)")
  }

  @Test func onlyComandaPrintersTakeCategories() throws {
    let r = try box.tienda([
      "-c", "configurar impresora boletera tcp 127.0.0.1:9 categorías bebidas",
    ])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("no es una impresora de comanda"), "\(r.transcript)")
    // Nothing was written: the printer does not exist.
    #expect(try box.rows("listar impresoras como json").isEmpty)
    let twice = try box.tienda(["-c", "configurar comanda categorías bebidas, bebidas"])
    #expect(twice.status == 1 && twice.stderr.contains("dos veces"), "\(twice.transcript)")
    let unknown = try box.tienda(["-c", "configurar comanda categorías helados"])
    #expect(unknown.status == 1, "\(unknown.transcript)")
    let nothing = try box.tienda(["-c", "configurar comanda"])
    #expect(nothing.status == 1 && nothing.stderr.contains("Diga qué categorías"))
  }
}
