import Testing
import TiendaCore

@testable import TiendaShell

@Suite struct CompleterTests {
  let dir = TempDir()
  let completer: Completer

  init() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.createCategory(name: "Panadería")
    try shop.createCategory(name: "Pastelería")
    try shop.createCategory(name: "Lácteos")
    completer = Completer(context: ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in }))
  }

  func complete(_ line: String) -> [String] { completer.complete(line).candidates }

  @Test func commandWords() {
    #expect(complete("cre") == ["crear"])
    #expect(complete("crear cat") == ["categoría"])
    #expect(complete("crear categoria") == ["categoría"])  // accent-insensitive
    #expect(complete("ver conf") == ["configuración"])
    #expect(complete("").contains("bitácora"))
  }

  @Test func valuesFromTheShopFile() {
    #expect(complete("editar categoría pa") == ["Panadería", "Pastelería"])
    #expect(complete("editar categoría PANA") == ["Panadería"])
    #expect(complete("editar categoría lac") == ["Lácteos"])
    let c = completer.complete("editar categoría pana")
    #expect(c.start == 17)
  }

  @Test func keywordsAndTheirValues() {
    #expect(complete("crear categoría Pan en-pos ") == ["sí", "no"])
    #expect(complete("crear categoría Pan pa") == ["padre"])
    #expect(complete("crear categoría Pan padre lá") == ["Lácteos"])
    #expect(complete("listar categorías como j") == ["json"])
    #expect(complete("configurar tienda zona America/Santi") == ["America/Santiago"])
  }
}
