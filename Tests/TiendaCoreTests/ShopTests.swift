import Foundation
import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

@Suite struct ShopTests {
  let dir = TempDir()
  let clock = FixedClock(1_795_438_800)  // 2026-11-23T13:00:00Z

  func open() throws -> Shop {
    let shop = try Shop.open(path: dir.file("t.db"), clock: clock)
    try shop.configure(ShopSettingsChange(zone: "America/Santiago"))
    return shop
  }

  func journalCount(_ shop: Shop) throws -> Int64 {
    try shop.db.scalarInt("SELECT count(*) FROM journal")
  }

  @Test func newShopHasDefaults() throws {
    let shop = try Shop.open(path: dir.file("n.db"), clock: clock)
    #expect(shop.settings.name == "")
    #expect(shop.settings.currency.code == "CLP")
    #expect(shop.actor.registerName == "Caja 1")
    #expect(try shop.db.applicationID() == Schema.applicationID)
  }

  @Test func configureRecordsBeforeAndAfter() throws {
    let shop = try open().acting(WriteContext(command: "configurar tienda nombre X"))
    // The zone may already be the one the file was made in (no row then).
    let before = try shop.journal.entries(in: .day(shop.today)).count
    try shop.configure(ShopSettingsChange(name: "Feria Don Pepe", rut: Rut.parse("76.123.456-0")))
    #expect(shop.settings.name == "Feria Don Pepe")
    try shop.configure(ShopSettingsChange(name: "Almacén Rosa"))
    let entries = try shop.journal.entries(in: .day(shop.today))
    #expect(entries.count == before + 2)
    let last = entries.last!
    #expect(last.before == #"{"nombre":"Feria Don Pepe"}"#)
    #expect(last.after == #"{"nombre":"Almacén Rosa"}"#)
    #expect(last.userName == nil)
    #expect(last.registerName == "Caja 1")
  }

  @Test func badZoneChangesNothing() throws {
    let shop = try open()
    let count = try journalCount(shop)
    #expect(throws: CoreError.unknownZone("America/Santiag", suggestion: "America/Santiago")) {
      try shop.configure(ShopSettingsChange(name: "Nuevo", zone: "America/Santiag"))
    }
    #expect(shop.settings.name == "")
    #expect(try journalCount(shop) == count)
  }

  @Test func categoriesLifecycle() throws {
    let shop = try open()
    try shop.catalog.createCategory(name: "Bebidas")
    try shop.catalog.createCategory(name: "Bebidas sin azúcar", parent: "beb")
    #expect(throws: CoreError.alreadyExists(.category, name: "Bebidas")) {
      try shop.catalog.createCategory(name: "BEBIDAS")
    }
    #expect(
      throws: CoreError.ambiguous(
        .category, query: "beb", candidates: ["Bebidas", "Bebidas sin azúcar"])
    ) {
      _ = try shop.catalog.findCategory("beb")
    }
    #expect(try shop.catalog.findCategory("bebidas").name == "Bebidas")  // exact wins over prefix
    #expect(try shop.catalog.findCategory("beb sin").name == "Bebidas sin azúcar")
    #expect(throws: CoreError.categoryCycle(name: "Bebidas", parent: "Bebidas sin azúcar")) {
      try shop.catalog.editCategory("bebidas", CategoryChange(parent: .some("beb sin")))
    }
    #expect(
      throws: CoreError.categoryHasChildren(name: "Bebidas", children: ["Bebidas sin azúcar"])
    ) {
      try shop.catalog.deleteCategory("bebidas")
    }
    try shop.catalog.editCategory(
      "beb sin", CategoryChange(name: "Light", parent: .some(nil), inPOS: false))
    try shop.catalog.deleteCategory("bebidas")
    #expect(try shop.catalog.categories().map(\.name) == ["Light"])
    // A deleted name may be used again; history keeps the old row.
    try shop.catalog.createCategory(name: "bebidas")
    #expect(try shop.db.scalarInt("SELECT count(*) FROM categories") == 3)
  }

  @Test func hiddenCategoriesIncludeDescendants() throws {
    let shop = try open()
    let insumos = try shop.catalog.createCategory(name: "Insumos", inPOS: false)
    let bolsas = try shop.catalog.createCategory(name: "Bolsas", parent: "insumos")
    let pan = try shop.catalog.createCategory(name: "Pan")
    let hidden = try shop.catalog.hiddenCategoryIDs()
    #expect(hidden == [insumos.id, bolsas.id])
    #expect(!hidden.contains(pan.id))
  }

  @Test func journalIsAppendOnly() throws {
    let shop = try open()
    try shop.catalog.createCategory(name: "Pan")
    #expect(throws: StoreError.self) { try shop.db.run("UPDATE journal SET command = 'x'") }
    #expect(throws: StoreError.self) { try shop.db.run("DELETE FROM journal") }
  }

  @Test func mutateWithoutJournalRollsBack() throws {
    let shop = try open()
    #expect(throws: CoreError.missingJournalEntry) {
      try shop.mutate { _ in
        try shop.db.run("INSERT INTO settings(key, value) VALUES ('x', 'y')")
      }
    }
    #expect(try shop.db.scalarInt("SELECT count(*) FROM settings WHERE key = 'x'") == 0)
  }

  @Test func journalPeriodsFollowLocalDays() throws {
    let shop = try open()
    let before = try shop.journal.entries(in: .day(shop.today)).count
    try shop.catalog.createCategory(name: "Pan")
    let today = shop.today
    #expect(today == LocalDate(year: 2026, month: 11, day: 23))
    #expect(try shop.journal.entries(in: .day(today)).count == before + 1)
    #expect(try shop.journal.entries(in: .day(today.adding(days: -1))).isEmpty)
  }

  @Test func registersByName() throws {
    let shop = try open()
    try shop.register.useRegister(named: "caja 1")
    #expect(shop.actor.registerID == 1)
    #expect(throws: CoreError.notFound(.register, query: "Caja 9", suggestion: "Caja 1")) {
      try shop.register.useRegister(named: "Caja 9")
    }
  }

  @Test func databaseCheckIsHealthy() throws {
    let shop = try open()
    let check = try shop.integrity.checkDatabase()
    #expect(check.isHealthy)
    #expect(check.schemaVersion == Schema.migrations.map(\.version).max())
    #expect(check.journalMode == "wal")
  }
}
