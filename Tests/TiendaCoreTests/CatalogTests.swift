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
    try shop.createCategory(name: "Empanadas")
    try shop.createTax(code: "ila-cerveza", rate: Percent(thousandths: 20500))
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
    let p = try shop.createProduct(
      draft("Empanada de pino", 2500) { $0.stock = Quantity(units: 40) })
    #expect(p.sku == "EMP01")
    #expect(p.taxes.map(\.code) == ["iva"])
    #expect(p.stock == Quantity(units: 40))
    let q = try shop.createProduct(draft("Empanada de queso", 2300))
    #expect(q.sku == "EMP02")
    #expect(try shop.movements(of: p.id).map(\.kind) == [.initial])
  }

  @Test func namingBySKUBarcodeAndWordPrefixes() throws {
    try shop.createProduct(draft("Empanada de pino", 2500) { $0.sku = "EP1" })
    try shop.createProduct(draft("Empanada de queso", 2300))
    try shop.createProduct(draft("Coca-Cola 1,5 L", 1990) { $0.barcode = "7801610001622" })
    try shop.createProduct(draft("Piña", 2000))
    #expect(try shop.findProduct("ep1").name == "Empanada de pino")
    #expect(try shop.findProduct("emp pino").name == "Empanada de pino")
    #expect(try shop.findProduct("EMPANADA DE PINO").name == "Empanada de pino")
    #expect(try shop.findProduct("coca cola").name == "Coca-Cola 1,5 L")
    #expect(try shop.findProduct("7801610001622").name == "Coca-Cola 1,5 L")
    #expect(try shop.findProduct("pina").name == "Piña")
    #expect(
      throws: CoreError.ambiguous(
        .product, query: "emp", candidates: ["Empanada de pino (EP1)", "Empanada de queso (EMP01)"])
    ) {
      _ = try shop.findProduct("emp")
    }
    #expect(throws: CoreError.self) { _ = try shop.findProduct("pino emp") }  // order matters
    #expect(try shop.searchProducts("pina").map(\.name) == ["Piña"])
  }

  @Test func hiddenProductsAreNotSold() throws {
    try shop.createCategory(name: "Insumos", inPOS: false)
    try shop.createProduct(draft("Bolsa grande", 50) { $0.category = "insumos" })
    try shop.createProduct(draft("Bolsa chica", 30) { $0.inPOS = false })
    #expect(try shop.findProduct("bolsa grande").name == "Bolsa grande")
    #expect(throws: CoreError.self) { _ = try shop.findProduct("bolsa grande", forSale: true) }
    #expect(throws: CoreError.self) { _ = try shop.findProduct("bolsa chica", forSale: true) }
  }

  @Test func mistakesChangeNothing() throws {
    try shop.createProduct(
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
      #expect(throws: error) { try shop.createProduct(d) }
    }
    #expect(try journalCount() == before)
    #expect(try shop.products().count == 1)
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
    let tomato = try shop.createProduct(
      draft("Tomate", 1490) {
        $0.unit = .kilogram
        $0.stock = Quantity(thousandths: 12_500)
      })
    let (after, delta) = try shop.adjustStock("tomate", .remove(Quantity(units: 500), .gram))
    #expect(delta == Quantity(thousandths: -500))
    #expect(after.stock == Quantity(thousandths: 12_000))
    #expect(tomato.unit == .kilogram)
  }

  @Test func ledgerExplainsStock() throws {
    let p = try shop.createProduct(
      draft("Pan", 200) {
        $0.stock = Quantity(units: 10)
        $0.minimum = Quantity(units: 5)
      })
    try shop.adjustStock("pan", .add(Quantity(units: 5), nil), reason: "llegó pedido")
    try shop.adjustStock("pan", .set(Quantity(units: 12), nil))
    try shop.recordShrinkage("pan", quantity: Quantity(units: 8), unit: nil, reason: "duro")
    #expect(
      throws: CoreError.stockWouldBeNegative(
        product: "Pan", stock: Quantity(units: -1), unit: .unit)
    ) {
      try shop.adjustStock("pan", .remove(Quantity(units: 5), nil))
    }
    let moves = try shop.movements(of: p.id)
    #expect(moves.map(\.kind) == [.initial, .adjustment, .count, .shrinkage])
    #expect(moves.map(\.quantity.thousandths) == [10_000, 5_000, -3_000, -8_000])
    #expect(try shop.product(id: p.id).stock == Quantity(units: 4))
    #expect(try shop.lowStock().map(\.name) == ["Pan"])
    #expect(try shop.stockMismatches().isEmpty)
    #expect(throws: StoreError.self) { try shop.db.run("DELETE FROM stock_movements") }
    // A cache out of step with the ledger is caught by verificar base.
    try shop.db.run("UPDATE products SET stock = 99000 WHERE id = ?", [.integer(p.id)])
    #expect(try shop.stockMismatches().map(\.sku) == [p.sku])
    #expect(!(try shop.checkDatabase().isHealthy))
  }

  @Test func kits() throws {
    try shop.createProduct(draft("Pan amasado", 300) { $0.stock = Quantity(units: 10) })
    try shop.createProduct(draft("Té", 500) { $0.stock = Quantity(units: 4) })
    let kit = try shop.createKit(
      draft("Combo once", 3500),
      components: [
        KitComponentInput(quantity: Quantity(units: 2), unit: nil, product: "pan amasado"),
        KitComponentInput(quantity: Quantity(units: 1), unit: nil, product: "té"),
      ])
    #expect(kit.isKit)
    #expect(try shop.kitComponents(of: kit.id).map(\.product.name) == ["Pan amasado", "Té"])
    #expect(try shop.kitsAvailable(kit.id) == 4)
    #expect(throws: CoreError.kitHasNoStock("Combo once")) {
      try shop.adjustStock("combo", .add(Quantity(units: 1), nil))
    }
    #expect(throws: CoreError.kitInsideKit("Combo once")) {
      try shop.createKit(
        draft("Mega", 1),
        components: [KitComponentInput(quantity: Quantity(units: 1), unit: nil, product: "combo")])
    }
  }

  @Test func editDeleteReactivate() throws {
    try shop.createProduct(draft("Pan", 200) { $0.sku = "PAN" })
    let (edited, changed) = try shop.editProduct(
      "pan",
      {
        var c = ProductChange()
        c.price = Money(250)
        c.barcode = .some("7802100002020")
        return c
      }())
    #expect(changed && edited.price == Money(250) && edited.barcode == "7802100002020")
    #expect(
      try shop.editProduct(
        "pan",
        {
          var c = ProductChange()
          c.price = Money(250)
          return c
        }()
      ).changed == false)
    try shop.deleteProduct("pan")
    #expect(throws: CoreError.productInactive("Pan", sku: "PAN")) {
      _ = try shop.findProduct("PAN")
    }
    try shop.createProduct(draft("Pan", 300))  // the name is free again
    #expect(throws: CoreError.alreadyExists(.product, name: "Pan")) {
      try shop.reactivateProduct("PAN")
    }
    try shop.deleteProduct("pan")
    #expect(try shop.reactivateProduct("PAN").price == Money(250))
  }

  /// `crear impuesto ila 10% de iva`: a product that carries the additional
  /// tax carries the base one too.
  @Test func additionalTaxBringsItsBase() throws {
    let ila = try shop.createTax(code: "ila", rate: Percent(thousandths: 10_000), base: "iva")
    #expect(ila.base == "iva")
    let p = try shop.createProduct(draft("Pisco", 1000) { $0.taxes = ["ila"] })
    #expect(p.taxes.map(\.code) == ["iva", "ila"])
    #expect(throws: CoreError.self) {
      try shop.createTax(code: "otro", rate: Percent(thousandths: 1000), base: "ivx")
    }
  }

  @Test func expiring() throws {
    try shop.createProduct(
      draft("Yogur", 500) { $0.expires = LocalDate(year: 2026, month: 11, day: 25) })
    try shop.createProduct(
      draft("Leche", 900) { $0.expires = LocalDate(year: 2026, month: 12, day: 25) })
    #expect(try shop.expiring(withinDays: 7).map(\.name) == ["Yogur"])
  }
}
