import Foundation
import Testing

/// What points cost a one-line sale (issue 19 B, DESIGN §8.21): nothing
/// without a customer; with a customer and points on, one read of the
/// customer's points and one write per kind of move.
@Suite struct PointsCostTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "crear producto Queso precio 4500 stock 100",
      "crear producto Leche precio 990 stock 100", "crear cliente \"Juana Soto\"",
      "abrir caja 0", "vender 1 pan pagar efectivo")
  }

  /// Top-level statements of `line` (trigger sub-statements start with `--`).
  func statements(_ line: String) throws -> [String] {
    let file = box.path("traza-\(UUID().uuidString).txt")
    let r = try box.tienda(["-c", line], env: ["TIENDA_TRAZA_SQL": file])
    #expect(r.status == 0, "\(r.transcript)")
    return try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
      .map(String.init).filter { !$0.hasPrefix("--") }
  }

  @Test func pointsCostNothingWithoutACustomer() throws {
    let items = "vender 1 pan, 1 queso, 1 leche"
    let plain = try statements(items + " pagar efectivo").count
    let customer = try statements(items + " cliente juana pagar efectivo").count
    try box.ok("configurar puntos 1 cada 100")
    #expect(try statements(items + " pagar efectivo").count == plain)
    #expect(plain <= 15)
    let earning = try statements(items + " cliente juana pagar efectivo")
    #expect(earning.count == customer + 2, "\(earning.joined(separator: "\n"))")
    #expect(earning.filter { $0.contains("FROM point_moves") }.count == 1)
    #expect(earning.filter { $0.hasPrefix("INSERT INTO point_moves") }.count == 1)
    // Paying with points: the same one read (when the payment is added,
    // kept for the check inside the transaction) and one more insert.
    let paying = try statements(items + " cliente juana pagar puntos 10, efectivo")
    #expect(paying.filter { $0.contains("FROM point_moves") }.count == 1)
    #expect(paying.filter { $0.hasPrefix("INSERT INTO point_moves") }.count == 2)
  }
}
