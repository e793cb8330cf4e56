import Foundation
import Testing

/// Issue 21 fixes after a new user's trial of scales and prices: only GS1
/// in-store prefixes for scales, no $0 open price nor a bulk change to $0,
/// dated changes computed from the price of their day, wording. Through
/// the binary; prices checked with sqlite3 against figures worked by hand.
@Suite struct PriceFixesTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func at(_ day: String, _ lines: String..., sourceLocation: SourceLocation = #_sourceLocation)
    throws -> RunResult
  {
    let r = try box.tienda(
      lines.flatMap { ["-c", $0] }, env: ["TIENDA_AHORA": day + "T15:00:00Z"])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  func prices() throws -> String {
    try box.sqlite(box.db, "SELECT sku || '=' || price FROM products ORDER BY sku").stdout
  }

  @Test func onlyInStorePrefixesAreScalePrefixes() throws {
    try box.ok("crear producto \"Queso mantecoso\" unidad kg precio 11990 stock 10 plu 1234")
    // Chile's own prefix (780) and other countries' are refused, naming the valid ranges.
    for prefix in ["780", "19", "0", "3", "05", "300"] {
      let pattern = "PPPPP" + String(repeating: "V", count: 7 - prefix.count)
      let text = try box.refused("configurar balanza prefijo \(prefix) formato \(pattern) peso")
      #expect(text.contains("02, 04 o 20 a 29"), "\(prefix): \(text)")
    }
    #expect(try box.count("SELECT count(*) FROM settings WHERE key LIKE 'balanza.%'") == 0)
    // So an unknown Chilean barcode is not read as 0,5 kg of a PLU product.
    let code = ean13("780012340500")
    let r = try box.commands("vender \(code) pagar efectivo")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(try box.count("SELECT count(*) FROM sales") == 0)
    // The in-store prefixes are accepted (2 alone: 20 to 29).
    for prefix in ["02", "04", "20", "29", "2", "201"] {
      let pattern =
        String(repeating: "P", count: 5) + String(repeating: "V", count: 7 - prefix.count)
      try box.ok("configurar balanza prefijo \(prefix) formato \(pattern) peso")
    }
    #expect(try box.count("SELECT count(*) FROM settings WHERE key LIKE 'balanza.%'") == 6)
  }

  @Test func anOpenPriceIsNeverZero() throws {
    try box.ok("crear producto Varios precio abierto", "crear producto Pan precio 1000")
    for line in ["vender varios a 0 pagar efectivo", "vender varios a 0", "vender pan, varios a 0"]
    {
      let text = try box.refused(line)
      #expect(text.contains("mayor que $0"), "\(line): \(text)")
    }
    #expect(try box.count("SELECT count(*) FROM sales") == 0)
    try box.ok("vender varios a 1500 pagar efectivo")
    #expect(try box.count("SELECT total FROM sales") == 1500)
  }

  @Test func aBulkChangeNeverLeavesAPriceAtZero() throws {
    try box.ok(
      "crear categoría Lácteos", "crear producto Leche precio 990 categoría Lácteos",
      "crear producto Yogur precio 350 categoría Lácteos")
    let text = try box.refused("ajustar precios categoría Lácteos -100%")
    #expect(text.contains("quedaría en $0"), "\(text)")
    #expect(text.contains("«Leche»") || text.contains("«Yogur»"), "\(text)")
    let amount = try box.refused("ajustar precios yogur -$350")
    #expect(amount.contains("«Yogur» quedaría en $0"), "\(amount)")
    // Rounding down to $0 is refused too.
    let rounded = try box.refused("ajustar precios yogur -$330 redondear 50")
    #expect(rounded.contains("«Yogur» quedaría en $0"), "\(rounded)")
    #expect(try prices() == "LEC01=990\nYOG01=350\n")
  }

  @Test func aDatedChangeStartsFromThePriceOfItsDay() throws {
    let today = "2026-12-05"
    try at(
      today, "crear categoría Lácteos",
      "crear producto \"Leche entera\" precio 990 categoría Lácteos",
      "crear producto Yogur precio 350 categoría Lácteos",
      "ajustar precios categoría Lácteos -5% desde mañana")
    // By hand: 990 × 0,95 = 940,5 → $941; 350 × 0,95 = 332,5 → $333.
    let second = try at(today, "ajustar precios leche entera +$10 desde mañana")
    #expect(second.stdout.contains("$941") && second.stdout.contains("$951"), "\(second.stdout)")
    #expect(
      second.stdout.contains("«Leche entera» ya tenía un precio programado desde el 06-12-2026"),
      "\(second.stdout)")
    // A later day starts from the price the earlier change gives.
    let later = try at(today, "ajustar precios yogur +$10 desde 10-12-2026")
    #expect(later.stdout.contains("«Yogur» tendrá $333 el 10-12-2026"), "\(later.stdout)")
    #expect(try prices() == "LEC01=990\nYOG01=350\n")
    try at("2026-12-06", "listar productos")
    #expect(try prices() == "LEC01=951\nYOG01=333\n")
    try at("2026-12-10", "listar productos")
    #expect(try prices() == "LEC01=951\nYOG01=343\n")
  }

  @Test func scheduledPricesAreListedAndCancelled() throws {
    let today = "2026-12-05"
    try at(
      today, "crear producto Pan precio 1000", "crear producto Queque precio 4990",
      "ajustar precios pan, queque +10% desde mañana", "ajustar precios queque +$10 desde mañana")
    let listed = try at(today, "listar precios programados como csv")
    // The queque's later command wins: 4990 × 1,1 = 5489 → +10 = 5499.
    #expect(
      listed.stdout.contains("PAN01;Pan;1000;1100;06-12-2026")
        && listed.stdout.contains("QUE01;Queque;4990;5499;06-12-2026")
        && !listed.stdout.contains("5489"), "\(listed.stdout)")
    let cancelled = try at(today, "cancelar precio programado queque")
    #expect(cancelled.stdout.contains("$4.990."), "\(cancelled.stdout)")
    #expect(
      try box.count(
        "SELECT count(*) FROM journal WHERE action = 'precios.cancelar_programado'") == 1)
    let again = try box.tienda(
      ["-c", "cancelar precio programado queque"], env: ["TIENDA_AHORA": today + "T15:00:00Z"])
    #expect(again.status == 1 && again.stderr.contains("no tiene precios programados"))
    try at("2026-12-06", "listar productos")
    #expect(try prices() == "PAN01=1100\nQUE01=4990\n")
    let empty = try at("2026-12-06", "listar precios programados")
    #expect(empty.stdout.contains("No hay precios programados"), "\(empty.stdout)")
  }

  @Test func wordingOfPricesAndScaleCodes() throws {
    try box.ok(
      "crear producto Pan precio 1000", "crear producto Hallulla precio 1490",
      "crear producto \"Queso mantecoso\" unidad kg precio 11990 plu 1234 stock 10",
      "configurar balanza prefijo 20 formato PPPPPVVVVV peso")
    let simulated = try box.commands("simular ajustar precios pan +5%")
    #expect(simulated.stdout.contains("Se cambiaría 1 precio."), "\(simulated.stdout)")
    let dated = try box.commands("simular ajustar precios pan, hallulla +5% desde mañana")
    #expect(dated.stdout.contains("Se guardarían 2 precios nuevos"), "\(dated.stdout)")
    let one = try box.ok("ajustar precios pan +5% desde mañana")
    #expect(one.stdout.contains("Se guardó 1 precio nuevo"), "\(one.stdout)")
    #expect(one.stdout.contains("se aplica al abrir"), "\(one.stdout)")
    let now = try box.ok("ajustar precios pan +5%")
    #expect(now.stdout.contains("Se cambió 1 precio."), "\(now.stdout)")
    let percent = try box.refused("ajustar precios pan +101%")
    #expect(percent.contains("hasta 100 %"), "\(percent)")
    // A PLU only on products by kilo or litre, refused when set.
    for line in [
      "crear producto Leche precio 900 plu 55", "editar producto pan plu 55",
      "editar producto queso unidad un",
    ] {
      let text = try box.refused(line)
      #expect(text.contains("se vendería por unidad"), "\(line): \(text)")
    }
    // A scale code carries its own quantity.
    let code = ean13("200123400500")
    for line in ["vender 2 \(code)", "vender \(code) a 500"] {
      let text = try box.refused(line)
      #expect(text.contains("trae su propia cantidad"), "\(line): \(text)")
    }
    try box.ok("vender \(code) pagar efectivo")
    #expect(try box.count("SELECT quantity FROM sale_lines") == 500)
  }
}
