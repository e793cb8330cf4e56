import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

/// Tab while selling: products after quantities and units, and in ticket
/// mode a bare line completes products as well as commands.
@Suite struct SaleCompletionTests {
  let dir = TempDir()
  let shop: Shop
  let completer: Completer

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    for (name, unit) in [("Empanada de pino", ProductUnit.unit), ("Tomate", .kilogram)] {
      var draft = ProductDraft(name: name, price: Money(1000))
      draft.unit = unit
      try shop.catalog.createProduct(draft)
    }
    completer = Completer(context: ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in }))
  }

  func complete(_ line: String) -> [String] { completer.complete(line).candidates }

  @Test func productsInsideVender() {
    #expect(complete("vender 2 emp") == ["Empanada de pino", "EMP01"])
    #expect(complete("vender 0,5 kg tom") == ["Tomate", "TOM01"])
    #expect(complete("vender 2 empanada de pino, 1 to") == ["Tomate", "TOM01"])
    #expect(complete("vender importe 1000 tom") == ["Tomate", "TOM01"])
    #expect(completer.complete("vender 2 emp").start == 9)
  }

  @Test func ticketModeOffersProductsAndCommands() throws {
    #expect(complete("to") == ["total"])
    try shop.tickets.startTicket()
    #expect(complete("to") == ["total", "Tomate", "TOM01"])
    #expect(complete("2 emp") == ["Empanada de pino", "EMP01"])
    #expect(complete("pag") == ["pagar"])
  }
}
