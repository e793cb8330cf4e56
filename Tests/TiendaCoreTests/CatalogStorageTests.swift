import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// `editar producto` in one call (issue 14): the core takes the change as
/// written (`exento`, a minimum in grams) and resolves it once it has found
/// the product, inside the edit's transaction.
@Suite struct CatalogStorageTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.configure(ShopSettingsChange(zone: "America/Santiago"))
    var tomato = ProductDraft(name: "Tomate", price: Money(1490))
    tomato.unit = .kilogram
    try shop.catalog.createProduct(tomato)
    try shop.catalog.createProduct(ProductDraft(name: "Pan amasado", price: Money(300)))
  }

  /// A number straight from the file (the oracle: hand-written SQL).
  func scalar(_ sql: String) throws -> Int64 { try shop.db.scalarInt(sql) }

  @Test func editTakesExemptAndAMinimumInGrams() throws {
    #expect(
      try scalar(
        "SELECT count(*) FROM product_taxes pt JOIN products p ON p.id = pt.product_id "
          + "WHERE p.name = 'Tomate'") == 1)
    var change = ProductChange()
    change.taxes = ["exento"]
    change.minimumAsWritten = (Quantity(units: 500), .gram)
    let (product, changed) = try shop.catalog.editProduct("tomate", change)
    #expect(changed)
    #expect(product.taxes.isEmpty)
    #expect(product.minimum == Quantity(thousandths: 500))
    #expect(
      try scalar(
        "SELECT count(*) FROM product_taxes pt JOIN products p ON p.id = pt.product_id "
          + "WHERE p.name = 'Tomate'") == 0)
    #expect(try scalar("SELECT minimum FROM products WHERE name = 'Tomate'") == 500)
  }

  @Test func theMinimumFollowsTheNewUnit() throws {
    var change = ProductChange()
    change.unit = .kilogram
    change.minimumAsWritten = (Quantity(thousandths: 1500), nil)
    let (product, _) = try shop.catalog.editProduct("pan amasado", change)
    #expect(product.unit == .kilogram)
    #expect(try scalar("SELECT minimum FROM products WHERE name = 'Pan amasado'") == 1500)

    var fraction = ProductChange()
    fraction.minimumAsWritten = (Quantity(thousandths: 1500), nil)
    try shop.catalog.createProduct(ProductDraft(name: "Queso fresco", price: Money(4990)))
    #expect(
      throws: CoreError.badQuantityForProduct(
        product: "Queso fresco", unit: .unit, detail: .fraction)
    ) { try shop.catalog.editProduct("queso fresco", fraction) }
  }

  @Test func theProductIsNamedBeforeTheTaxesAreChecked() throws {
    var change = ProductChange()
    change.taxes = ["exento", "iva"]
    #expect(throws: CoreError.exemptWithTaxes) { try shop.catalog.editProduct("tomate", change) }
    do {
      try shop.catalog.editProduct("lechuga", change)
      Issue.record("«lechuga» no existe: debía fallar")
    } catch CoreError.notFound(.product, let query, _) {
      #expect(query == "lechuga")
    }
    #expect(try scalar("SELECT count(*) FROM journal WHERE action = 'producto.editar'") == 0)
  }

  /// Naming reads the exact SKU, barcode and name in one statement; the
  /// order between them holds: SKU, then barcode, then the active name, and
  /// a deleted SKU or barcode does not hide an active product named alike.
  @Test func exactNamesKeepTheirOrder() throws {
    var tea = ProductDraft(name: "Té verde", price: Money(900))
    tea.sku = "TE"
    try shop.catalog.createProduct(tea)
    try shop.catalog.createProduct(ProductDraft(name: "Te", price: Money(800)))
    #expect(try shop.catalog.findProduct("te").name == "Té verde")
    #expect(try shop.catalog.findProduct("TÉ").name == "Té verde")

    var bySKU = ProductDraft(name: "Jugo naranja", price: Money(1200))
    bySKU.sku = "7801234567894"
    try shop.catalog.createProduct(bySKU)
    var byBarcode = ProductDraft(name: "Jugo piña", price: Money(1200))
    byBarcode.barcode = "7801234567894"
    try shop.catalog.createProduct(byBarcode)
    #expect(try shop.catalog.findProduct("7801234567894").name == "Jugo naranja")
    try shop.catalog.deleteProduct("jugo naranja")
    #expect(
      throws: CoreError.productInactive("Jugo naranja", sku: "7801234567894")
    ) { try shop.catalog.findProduct("7801234567894") }

    var milk = ProductDraft(name: "Leche", price: Money(1100))
    milk.sku = "LECHE1"
    milk.barcode = "7802000000010"
    try shop.catalog.createProduct(milk)
    try shop.catalog.deleteProduct("leche")
    var newMilk = ProductDraft(name: "Leche", price: Money(1150))
    newMilk.sku = "leche"
    try shop.catalog.createProduct(newMilk)
    #expect(try shop.catalog.findProduct("leche").price == Money(1150))
    #expect(
      try shop.catalog.findProduct("7802000000010", includeDeleted: true).price == Money(1100))
    #expect(throws: CoreError.productInactive("Leche", sku: "LECHE1")) {
      try shop.catalog.findProduct("7802000000010")
    }
  }
}
