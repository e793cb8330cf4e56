import Foundation
import Testing

/// Issue 21 («Must hold»): label-scale codes. 1,000 random codes from an
/// independent generator (`Tests/oracles/scale_codes.py`: EAN-13 and GS1
/// price check digits, weight and price layouts, several prefixes) sold
/// through the binary record the right product, quantity and amount
/// (read back with sqlite3); codes with a wrong check digit are refused.
@Suite struct ScaleCodeTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  struct Expected: Decodable {
    let code: String
    let name: String
    let quantity: Int
    let amount: Int
  }

  struct Generated: Decodable {
    let setup: [String]
    let good: [Expected]
    let bad: [String]
  }

  func generate(seed: Int, good: Int, bad: Int) throws -> Generated {
    let r = try box.run(
      "/usr/bin/python3",
      [
        PackagePaths.root.appendingPathComponent("Tests/oracles/scale_codes.py").path,
        String(seed), String(good), String(bad),
      ])
    try #require(r.status == 0, "\(r.transcript)")
    return try JSONDecoder().decode(Generated.self, from: Data(r.stdout.utf8))
  }

  @Test func aThousandRandomScaleCodesSellTheRightProductQuantityAndAmount() throws {
    let generated = try generate(seed: 2026, good: 1000, bad: 40)
    let script =
      (generated.setup + generated.good.map { "vender \($0.code) pagar efectivo" })
      .joined(separator: "\n") + "\n"
    let r = try box.tienda([try box.write("balanza.tienda", script)])
    #expect(r.status == 0, "\(r.stderr)")
    let rows = try box.sqlite(
      box.db,
      "SELECT l.name || '|' || l.quantity || '|' || l.total FROM sale_lines l "
        + "JOIN sales s ON s.id = l.sale_id ORDER BY s.number, l.position"
    ).stdout.split(separator: "\n").map(String.init)
    #expect(rows.count == generated.good.count)
    var wrong: [String] = []
    for (expected, row) in zip(generated.good, rows) {
      let want = "\(expected.name)|\(expected.quantity)|\(expected.amount)"
      if row != want { wrong.append("\(expected.code): \(row) ≠ \(want)") }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10).joined(separator: "\n"))")

    // A wrong check digit: refused, naming the code; nothing sold.
    let sales = try box.count("SELECT count(*) FROM sales")
    for code in generated.bad {
      let refusal = try box.tienda(["-c", "vender \(code) pagar efectivo"])
      #expect(refusal.status == 1, "\(refusal.transcript)")
      #expect(
        refusal.stderr.contains("«\(code)» tiene mal el dígito verificador"),
        "\(refusal.transcript)")
    }
    #expect(try box.count("SELECT count(*) FROM sales") == sales)
  }

  @Test func ticketModeReadsScaleCodesAsTheOneLineSaleDoes() throws {
    let generated = try generate(seed: 21, good: 20, bad: 5)
    let lines = generated.setup + ["vender"] + generated.good.map(\.code) + ["pagar efectivo"]
    let r = try box.tienda([], stdin: lines.joined(separator: "\n") + "\n")
    #expect(r.status == 0, "\(r.transcript)")
    let rows = try box.sqlite(
      box.db, "SELECT name || '|' || quantity || '|' || total FROM sale_lines ORDER BY position"
    ).stdout.split(separator: "\n").map(String.init)
    // Lines of one product merge in a ticket only when nothing fixes their
    // amount; compare per product and kind.
    let expected = generated.good.map { "\($0.name)|\($0.quantity)|\($0.amount)" }
    #expect(rows.sorted() == expected.sorted(), "\(r.transcript)")
    for code in generated.bad {
      let refusal = try box.tienda([], stdin: "vender\n\(code)\ncancelar\n")
      #expect(refusal.stderr.contains("«\(code)» tiene mal el dígito verificador"))
    }
  }

  @Test func aBarcodeWinsOverAScaleCodeAndUnknownPLUsAreNamed() throws {
    try box.ok(
      "configurar balanza prefijo 20 formato PPPPPVVVVV peso",
      "crear producto \"Queso mantecoso\" unidad kg precio 11990 plu 01234 stock 10",
      // A product whose own barcode starts like a scale code (§8.2: the barcode first).
      "crear producto Galletas precio 990 barras 2001234012348 stock 10")
    try box.ok("vender 2001234012348 pagar efectivo")
    #expect(
      try box.sqlite(box.db, "SELECT name || '|' || quantity FROM sale_lines").stdout
        == "Galletas|1000\n")
    try box.ok("vender 2001234005005 pagar efectivo")
    #expect(
      try box.sqlite(box.db, "SELECT name || '|' || quantity FROM sale_lines WHERE id = 2").stdout
        == "Queso mantecoso|500\n")
    let unknown = try box.refused("vender 2009999005001 pagar efectivo")
    #expect(unknown.contains("Ningún producto tiene el PLU 9999"), "\(unknown)")
    // A PLU on a product sold by the unit is refused when set (issue 21 fixes).
    let unitProduct = try box.refused("editar producto galletas plu 990")
    #expect(unitProduct.contains("«Galletas» se vendería por unidad"), "\(unitProduct)")
  }
}
