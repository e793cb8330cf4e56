import Foundation
import Testing

/// Issue 21 («Must hold»): a bulk price change previewed with `simular`
/// and then applied leaves the same prices, which are those an independent
/// formula gives (sqlite3 over `products`); a dated change takes effect on
/// its day (`TIENDA_AHORA`), when the shop opens.
@Suite struct BulkPriceTests {
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

  /// The «Después» column of a preview, by SKU.
  func previewed(_ output: String, skus: [String]) -> [String: Int] {
    var found: [String: Int] = [:]
    for line in output.split(separator: "\n") {
      let words = line.split(separator: " ")
      guard let sku = words.first.map(String.init), skus.contains(sku), let last = words.last,
        last.hasPrefix("$")
      else { continue }
      found[sku] = Int(last.dropFirst().replacingOccurrences(of: ".", with: ""))
    }
    return found
  }

  @Test func simulatedThenAppliedGivesTheSamePricesAsTheFormula() throws {
    var rng = SystemRandomNumberGenerator()
    var lines = ["crear categoría bebidas", "crear categoría jugos padre bebidas"]
    for i in 1...25 {
      let category = i % 3 == 0 ? "jugos" : "bebidas"
      lines.append(
        "crear producto \"Bebida \(i)\" precio \(Int.random(in: 100...50_000, using: &rng)) sku B\(i) categoría \(category)"
      )
    }
    lines.append("crear producto Pan precio 1000 sku PAN")
    lines.append("crear producto Varios precio abierto sku VAR categoría bebidas")
    try box.ok(lines.joined(separator: "\n").split(separator: "\n").map(String.init)[0])
    for line in lines.dropFirst() { try box.ok(line) }
    // The oracle: +7 %, half up to the peso, then half up to $50 (SQL, not tienda).
    let expected = try box.sqlite(
      box.db,
      """
      SELECT sku || '=' || CASE WHEN open_price = 1 OR category_id IS NULL THEN price
        ELSE ((price * 107000 + 50000) / 100000 + 25) / 50 * 50 END
      FROM products ORDER BY sku
      """
    ).stdout
    let before = try box.dump()
    let skus = (1...25).map { "B\($0)" }
    let simulated = try box.commands("simular ajustar precios categoría bebidas +7% redondear 50")
    #expect(simulated.status == 0, "\(simulated.transcript)")
    #expect(try box.dump() == before, "simular no guarda nada")
    let preview = previewed(simulated.stdout, skus: skus)
    #expect(preview.count == 25, "\(simulated.stdout)")
    let applied = try box.commands("ajustar precios categoría bebidas +7% redondear 50")
    #expect(applied.status == 0, "\(applied.transcript)")
    #expect(previewed(applied.stdout, skus: skus) == preview)
    #expect(try prices() == expected)
    for (sku, price) in preview {
      #expect(try box.count("SELECT price FROM products WHERE sku = '\(sku)'") == price)
    }
    // Journaled per product whose price changed; labels to reprint listed.
    let changed = try box.count(
      "SELECT count(*) FROM products p JOIN journal j ON j.entity_id = p.sku "
        + "WHERE j.action = 'precios.ajustar'")
    #expect(
      changed
        == applied.stdout.components(separatedBy: "imprimir etiquetas ").last?
        .split(separator: ",").count)
    #expect(applied.stdout.contains("Etiquetas por reimprimir:"))
  }

  @Test func amountsOnAListAndRefusals() throws {
    try box.ok(
      "crear producto Pan precio 1000", "crear producto Hallulla precio 90",
      "crear producto Varios precio abierto")
    try box.ok("ajustar precios pan, hallulla +$10")
    #expect(try prices() == "HAL01=100\nPAN01=1010\nVAR01=0\n")
    // 100 - 101 < 0: refused whole, nothing changed (Pan included).
    let negative = try box.refused("ajustar precios pan, hallulla -$101")
    #expect(negative.contains("«Hallulla» quedaría bajo cero"), "\(negative)")
    #expect(try prices() == "HAL01=100\nPAN01=1010\nVAR01=0\n")
    let supplier = try box.refused("ajustar precios proveedor Watts +5%")
    #expect(supplier.contains("llega con los proveedores"), "\(supplier)")
    let unsigned = try box.refused("ajustar precios pan 5%")
    #expect(unsigned.contains("+5%, -5%, +$100 o -$100"), "\(unsigned)")
    let rounding = try box.refused("ajustar precios pan +5% redondear 20")
    #expect(rounding.contains("$10 o a $50"), "\(rounding)")
    let open = try box.refused("ajustar precios varios +5%")
    #expect(open.contains("precio abierto"), "\(open)")
  }

  @Test func aDatedChangeTakesEffectOnItsDay() throws {
    try at(
      "2026-12-01", "crear producto Pan precio 1000", "crear producto Queque precio 4990",
      "ajustar precios pan, queque +10% redondear 10 desde 03-12-2026")
    #expect(try prices() == "PAN01=1000\nQUE01=4990\n")
    #expect(try box.count("SELECT count(*) FROM price_changes WHERE applied_at IS NULL") == 2)
    // The day before: nothing yet.
    try at("2026-12-02", "listar productos")
    #expect(try prices() == "PAN01=1000\nQUE01=4990\n")
    // On its day, opening the shop applies it (journaled per product), once.
    try at("2026-12-03", "listar productos")
    #expect(try prices() == "PAN01=1100\nQUE01=5490\n")
    #expect(
      try box.count("SELECT count(*) FROM journal WHERE action = 'precios.aplicar_programado'")
        == 2)
    #expect(try box.count("SELECT count(*) FROM price_changes WHERE applied_at IS NULL") == 0)
    try at("2026-12-04", "editar producto pan precio 1200", "listar productos")
    #expect(try prices() == "PAN01=1200\nQUE01=5490\n")
    // A past day is refused.
    let r = try box.tienda(
      ["-c", "ajustar precios pan +5% desde 01-12-2026"],
      env: ["TIENDA_AHORA": "2026-12-04T15:00:00Z"])
    #expect(r.status == 1 && r.stderr.contains("ya pasó"), "\(r.transcript)")
  }
}
