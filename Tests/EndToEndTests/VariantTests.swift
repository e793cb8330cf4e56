import Foundation
import Testing

/// Variants (issue 22): a parent with attributes makes one product per
/// combination, each with its own SKU and stock; a sale moves only its
/// variant. Checked with hand-written SQL over the file.
@Suite struct VariantTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear categoría ropa", "crear producto Polera precio 8990 costo 4000 categoría ropa",
      "crear variantes polera talla S, M, L color negro, blanco", "abrir caja 0")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func threeSizesByTwoColoursMakeSixProductsAndASaleMovesOnlyItsOwn() throws {
    #expect(
      try sql(
        """
        SELECT p.sku, p.name, p.price, p.cost, c.name FROM product_variants v
        JOIN products p ON p.id = v.product_id JOIN categories c ON c.id = p.category_id
        ORDER BY p.id
        """)
          == """
          POL01-S-NEG|Polera S negro|8990|4000|ropa
          POL01-S-BLA|Polera S blanco|8990|4000|ropa
          POL01-M-NEG|Polera M negro|8990|4000|ropa
          POL01-M-BLA|Polera M blanco|8990|4000|ropa
          POL01-L-NEG|Polera L negro|8990|4000|ropa
          POL01-L-BLA|Polera L blanco|8990|4000|ropa

          """)
    for sku in ["POL01-S-NEG", "POL01-S-BLA", "POL01-M-NEG", "POL01-M-BLA", "POL01-L-NEG"] {
      try box.ok("ajustar stock \(sku) +10")
    }
    try box.ok("vender 2 polera m negro pagar efectivo")
    #expect(
      try sql("SELECT sku, stock FROM products ORDER BY id")
        == "POL01|0\nPOL01-S-NEG|10000\nPOL01-S-BLA|10000\nPOL01-M-NEG|8000\n"
        + "POL01-M-BLA|10000\nPOL01-L-NEG|10000\nPOL01-L-BLA|0\n")
    #expect(
      try sql(
        "SELECT p.sku, m.quantity FROM stock_movements m JOIN products p ON p.id = m.product_id"
          + " WHERE m.kind = 'venta'") == "POL01-M-NEG|-2000\n")
    // The words of a variant in another order name it too.
    try box.ok("vender 1 polera negro m pagar efectivo")
    #expect(try sql("SELECT stock FROM products WHERE sku = 'POL01-M-NEG'") == "7000\n")
  }

  @Test func addingAValueAddsItsProductsAndListingsCarryTheParent() throws {
    try box.ok("agregar variante polera talla XL")
    #expect(
      try sql(
        "SELECT p.name FROM product_variants v JOIN products p ON p.id = v.product_id"
          + " ORDER BY p.id DESC LIMIT 2") == "Polera XL blanco\nPolera XL negro\n")
    #expect(try sql("SELECT count(*) FROM product_variants") == "8\n")
    let listed = try jsonArray(try box.ok("listar productos como json").stdout)
    let parents = Dictionary(
      uniqueKeysWithValues: listed.map { ($0["nombre"] as? String ?? "?", $0["padre"] as? String) })
    #expect(parents["Polera M negro"] == "Polera" && parents["Polera"] == .some(nil))
    let screen = try box.ok("listar productos").stdout
    #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(screen)")
    for (line, message) in [
      ("agregar variante polera talla XL", "ya tiene el valor «XL»"),
      ("agregar variante polera talle XS", "no tiene el atributo «talle»"),
      ("crear variantes polera talla XS, XXS", "ya tiene variantes"),
      ("crear variantes polera m negro: largo corto, largo", "ya es una variante"),
    ] {
      let r = try box.commands(line)
      #expect(r.status == 1 && r.stderr.contains(message), "\(line): \(r.transcript)")
    }
    #expect(try sql("SELECT count(*) FROM product_variants") == "8\n")
  }
}
