import Foundation
import Testing

/// Selling or adding a kit (issue 14): its components come with their
/// products in one statement, and neither the stock check of a sale nor the
/// stock warning of `agregar` reads those products again.
@Suite struct KitStockReadTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto \"Pan amasado\" precio 300 stock 40",
      "crear producto \"Empanada pino\" precio 2500 stock 9",
      "crear kit \"Combo once\" precio 3500 con 1 pan amasado, 2 empanada pino", "abrir caja 0")
  }

  func traced(_ line: String) throws -> (RunResult, [String]) {
    let trace = box.path("traza-\(UUID().uuidString).txt")
    let r = try box.tienda(["-c", line], env: ["TIENDA_TRAZA_SQL": trace])
    #expect(r.status == 0, "\(r.transcript)")
    let statements = try String(contentsOfFile: trace, encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("--") }.map(String.init)
    return (r, statements)
  }

  @Test func aKitSaleChecksStockWithTheComponentsAsRead() throws {
    let (_, statements) = try traced("vender 2 combo once, 1 pan amasado pagar efectivo 10000")
    #expect(
      !statements.contains { $0.hasPrefix("SELECT id, name, unit, stock, sell_without_stock") },
      "\(statements.joined(separator: "\n"))")
    // The oracle: 2 kits take 2 bread and 4 empanadas, plus 1 bread.
    let stock = try box.sqlite(box.db, "SELECT name, stock FROM products ORDER BY id")
    #expect(
      stock.stdout == "Pan amasado|37000\nEmpanada pino|5000\nCombo once|0\n",
      "\(stock.transcript)")
  }

  @Test func addingAKitWarnsWithoutReadingItsProductsAgain() throws {
    let (r, statements) = try traced("agregar 5 combo once, 1 pan amasado")
    // 5 kits need 10 empanadas; 9 in stock.
    #expect(r.stdout.contains("Aviso: de «Empanada pino» quedan 9 en stock"), "\(r.transcript)")
    #expect(!r.stdout.contains("«Pan amasado» quedan"), "\(r.transcript)")
    // After the ticket is read back, only the kit's components are read.
    let payments = try #require(statements.lastIndex { $0.contains("FROM ticket_payments") })
    let journal = try #require(statements.firstIndex { $0.hasPrefix("INSERT INTO journal") })
    let reads = statements[(payments + 1)..<journal].filter { $0.contains("FROM products") }
    #expect(
      reads.count == 1 && reads.allSatisfy { $0.contains("kit_components") },
      "\(statements.joined(separator: "\n"))")
  }
}
