import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

@Suite struct CatalogTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.configure(ShopSettingsChange(zone: "America/Santiago"))
    try shop.catalog.createCategory(name: "Empanadas")
    try shop.catalog.createTax(code: "ila-cerveza", rate: Percent(thousandths: 20500))
  }

  func draft(_ name: String, _ price: Int64, _ edit: (inout ProductDraft) -> Void = { _ in })
    -> ProductDraft
  {
    var d = ProductDraft(name: name, price: Money(price))
    edit(&d)
    return d
  }

  func journalCount() throws -> Int64 { try shop.db.scalarInt("SELECT count(*) FROM journal") }

  @Test func createWithDefaultsAndGeneratedSKU() throws {
    let p = try shop.catalog.createProduct(
      draft("Empanada de pino", 2500) { $0.stock = Quantity(units: 40) })
    #expect(p.sku == "EMP01")
    #expect(p.taxes.map(\.code) == ["iva"])
    #expect(p.stock == Quantity(units: 40))
    let q = try shop.catalog.createProduct(draft("Empanada de queso", 2300))
    #expect(q.sku == "EMP02")
    #expect(try shop.stock.movements(of: p.id).map(\.kind) == [.initial])
  }

  @Test func namingBySKUBarcodeAndWordPrefixes() throws {
    try shop.catalog.createProduct(draft("Empanada de pino", 2500) { $0.sku = "EP1" })
    try shop.catalog.createProduct(draft("Empanada de queso", 2300))
    try shop.catalog.createProduct(draft("Coca-Cola 1,5 L", 1990) { $0.barcode = "7801610001622" })
    try shop.catalog.createProduct(draft("Piña", 2000))
    #expect(try shop.catalog.findProduct("ep1").name == "Empanada de pino")
    #expect(try shop.catalog.findProduct("emp pino").name == "Empanada de pino")
    #expect(try shop.catalog.findProduct("EMPANADA DE PINO").name == "Empanada de pino")
    #expect(try shop.catalog.findProduct("coca cola").name == "Coca-Cola 1,5 L")
    #expect(try shop.catalog.findProduct("7801610001622").name == "Coca-Cola 1,5 L")
    #expect(try shop.catalog.findProduct("pina").name == "Piña")
    #expect(
      throws: CoreError.ambiguous(
        .product, query: "emp", candidates: ["Empanada de pino (EP1)", "Empanada de queso (EMP01)"])
    ) {
      _ = try shop.catalog.findProduct("emp")
    }
    // Order matters.
    #expect(throws: CoreError.self) { _ = try shop.catalog.findProduct("pino emp") }
    #expect(try shop.catalog.searchProducts("pina").map(\.name) == ["Piña"])
  }

  @Test func hiddenProductsAreNotSold() throws {
    try shop.catalog.createCategory(name: "Insumos", inPOS: false)
    try shop.catalog.createProduct(draft("Bolsa grande", 50) { $0.category = "insumos" })
    try shop.catalog.createProduct(draft("Bolsa chica", 30) { $0.inPOS = false })
    #expect(try shop.catalog.findProduct("bolsa grande").name == "Bolsa grande")
    #expect(throws: CoreError.self) {
      _ = try shop.catalog.findProduct("bolsa grande", forSale: true)
    }
    #expect(throws: CoreError.self) {
      _ = try shop.catalog.findProduct("bolsa chica", forSale: true)
    }
  }

  @Test func mistakesChangeNothing() throws {
    try shop.catalog.createProduct(
      draft("Cerveza", 1990) {
        $0.barcode = "7802100002020"
        $0.sku = "CER"
      })
    let before = try journalCount()
    let cases: [(ProductDraft, CoreError)] = [
      (
        draft("Otra", 100) { $0.barcode = "7802100002020" },
        .duplicateBarcode("7802100002020", product: "Cerveza")
      ),
      (
        draft("Otra", 100) { $0.barcode = "7802100002021" },
        .invalidBarcode("7802100002021", expected: "7802100002020")
      ),
      (draft("Otra", 100) { $0.sku = "cer" }, .duplicateSKU("cer", product: "Cerveza")),
      (draft("CERVEZA", 100), .alreadyExists(.product, name: "Cerveza")),
      (
        draft("Otra", 100) { $0.category = "bebidaz" },
        .notFound(.category, query: "bebidaz", suggestion: nil)
      ),
      (draft("Otra", 100) { $0.taxes = ["ila"] }, .unknownTax("ila", suggestion: "ila-cerveza")),
      (draft("Otra", -5), .badPrice(Money(-5))),
    ]
    for (d, error) in cases {
      #expect(throws: error) { try shop.catalog.createProduct(d) }
    }
    #expect(try journalCount() == before)
    #expect(try shop.catalog.products().count == 1)
  }

  @Test func weighedQuantities() throws {
    #expect(
      try ProductUnit.kilogram.quantity(Quantity(units: 500), writtenIn: .gram, product: "x")
        == Quantity(thousandths: 500))
    #expect(throws: CoreError.badQuantityForProduct(product: "Pan", unit: .unit, detail: .fraction))
    {
      _ = try ProductUnit.unit.quantity(Quantity(thousandths: 500), writtenIn: nil, product: "Pan")
    }
    #expect(throws: CoreError.self) {
      _ = try ProductUnit.unit.quantity(Quantity(units: 1), writtenIn: .kilogram, product: "Pan")
    }
    let tomato = try shop.catalog.createProduct(
      draft("Tomate", 1490) {
        $0.unit = .kilogram
        $0.stock = Quantity(thousandths: 12_500)
      })
    let (after, delta) = try shop.stock.adjustStock("tomate", .remove(Quantity(units: 500), .gram))
    #expect(delta == Quantity(thousandths: -500))
    #expect(after.stock == Quantity(thousandths: 12_000))
    #expect(tomato.unit == .kilogram)
  }

  @Test func ledgerExplainsStock() throws {
    let p = try shop.catalog.createProduct(
      draft("Pan", 200) {
        $0.stock = Quantity(units: 10)
        $0.minimum = Quantity(units: 5)
      })
    try shop.stock.adjustStock("pan", .add(Quantity(units: 5), nil), reason: "llegó pedido")
    try shop.stock.adjustStock("pan", .set(Quantity(units: 12), nil))
    try shop.stock.recordShrinkage("pan", quantity: Quantity(units: 8), unit: nil, reason: "duro")
    #expect(
      throws: CoreError.stockWouldBeNegative(
        product: "Pan", stock: Quantity(units: -1), unit: .unit)
    ) {
      try shop.stock.adjustStock("pan", .remove(Quantity(units: 5), nil))
    }
    let moves = try shop.stock.movements(of: p.id)
    #expect(moves.map(\.kind) == [.initial, .adjustment, .count, .shrinkage])
    #expect(moves.map(\.quantity.thousandths) == [10_000, 5_000, -3_000, -8_000])
    #expect(try shop.catalog.product(id: p.id).stock == Quantity(units: 4))
    #expect(try shop.stock.lowStock().map(\.name) == ["Pan"])
    #expect(try shop.stock.stockMismatches().isEmpty)
    #expect(throws: StoreError.self) { try shop.db.run("DELETE FROM stock_movements") }
    // A cache out of step with the ledger is caught by verificar base.
    try shop.db.run("UPDATE products SET stock = 99000 WHERE id = ?", [.integer(p.id)])
    #expect(try shop.stock.stockMismatches().map(\.sku) == [p.sku])
    #expect(!(try shop.integrity.checkDatabase().isHealthy))
  }

  @Test func kits() throws {
    try shop.catalog.createProduct(draft("Pan amasado", 300) { $0.stock = Quantity(units: 10) })
    try shop.catalog.createProduct(draft("Té", 500) { $0.stock = Quantity(units: 4) })
    let kit = try shop.catalog.createKit(
      draft("Combo once", 3500),
      components: [
        KitComponentInput(quantity: Quantity(units: 2), unit: nil, product: "pan amasado"),
        KitComponentInput(quantity: Quantity(units: 1), unit: nil, product: "té"),
      ])
    #expect(kit.isKit)
    #expect(
      try shop.catalog.kitComponents(of: kit.id).map(\.product.name) == ["Pan amasado", "Té"])
    #expect(try shop.catalog.kitsAvailable(kit.id) == 4)
    #expect(throws: CoreError.kitHasNoStock("Combo once")) {
      try shop.stock.adjustStock("combo", .add(Quantity(units: 1), nil))
    }
    #expect(throws: CoreError.kitInsideKit("Combo once")) {
      try shop.catalog.createKit(
        draft("Mega", 1),
        components: [KitComponentInput(quantity: Quantity(units: 1), unit: nil, product: "combo")])
    }
  }

  @Test func editDeleteReactivate() throws {
    try shop.catalog.createProduct(draft("Pan", 200) { $0.sku = "PAN" })
    let (edited, changed) = try shop.catalog.editProduct(
      "pan",
      {
        var c = ProductChange()
        c.price = Money(250)
        c.barcode = .some("7802100002020")
        return c
      }())
    #expect(changed && edited.price == Money(250) && edited.barcode == "7802100002020")
    #expect(
      try shop.catalog.editProduct(
        "pan",
        {
          var c = ProductChange()
          c.price = Money(250)
          return c
        }()
      ).changed == false)
    try shop.catalog.deleteProduct("pan")
    #expect(throws: CoreError.productInactive("Pan", sku: "PAN")) {
      _ = try shop.catalog.findProduct("PAN")
    }
    try shop.catalog.createProduct(draft("Pan", 300))  // the name is free again
    #expect(throws: CoreError.alreadyExists(.product, name: "Pan")) {
      try shop.catalog.reactivateProduct("PAN")
    }
    try shop.catalog.deleteProduct("pan")
    #expect(try shop.catalog.reactivateProduct("PAN").price == Money(250))
  }

  /// `crear impuesto ila 10% de iva`: a product that carries the additional
  /// tax carries the base one too.
  @Test func additionalTaxBringsItsBase() throws {
    let ila = try shop.catalog.createTax(
      code: "ila", rate: Percent(thousandths: 10_000), base: "iva")
    #expect(ila.base == "iva")
    let p = try shop.catalog.createProduct(draft("Pisco", 1000) { $0.taxes = ["ila"] })
    #expect(p.taxes.map(\.code) == ["iva", "ila"])
    #expect(throws: CoreError.self) {
      try shop.catalog.createTax(code: "otro", rate: Percent(thousandths: 1000), base: "ivx")
    }
  }

  @Test func expiring() throws {
    try shop.catalog.createProduct(
      draft("Yogur", 500) { $0.expires = LocalDate(year: 2026, month: 11, day: 25) })
    try shop.catalog.createProduct(
      draft("Leche", 900) { $0.expires = LocalDate(year: 2026, month: 12, day: 25) })
    #expect(try shop.stock.expiring(withinDays: 7).map(\.name) == ["Yogur"])
  }
}
