import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

@Suite struct CompleterTests {
  let dir = TempDir()
  let completer: Completer

  init() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.catalog.createCategory(name: "Panadería")
    try shop.catalog.createCategory(name: "Pastelería")
    try shop.catalog.createCategory(name: "Lácteos")
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

@Suite struct CompletionQuotingTests {
  @Test func namesThatWouldNotReadBackAreQuoted() throws {
    let dir = TempDir()
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.catalog.createCategory(name: "Té padre raro")
    try shop.catalog.createCategory(name: "Ñandú, 2x")
    try shop.catalog.createCategory(name: "Pan amasado")
    let completer = Completer(
      context: ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in }))
    #expect(completer.complete("editar categoría té").candidates == ["\"Té padre raro\""])
    #expect(completer.complete("editar categoría ñan").candidates == ["\"Ñandú, 2x\""])
    #expect(completer.complete("editar categoría pan").candidates == ["Pan amasado"])
    #expect(completer.complete("editar categoría \"pan").candidates == ["Pan amasado"])
  }

  @Test func aliasesAreNotOffered() throws {
    let dir = TempDir()
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    let completer = Completer(
      context: ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in }))
    #expect(completer.complete("bit").candidates == ["bitácora"])
    #expect(!completer.complete("").candidates.contains("exit"))
  }
}
