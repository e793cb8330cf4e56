import Foundation
import Testing

/// Suppliers (issue 18) through the binary: create, edit, deactivate, the
/// right `compras`, a purchase file imported all or nothing. The oracle is
/// the shop file read with sqlite3.
@Suite struct SupplierTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto \"Coca Cola\" precio 1990 costo 1000 stock 10",
      "crear producto Tomate precio 1200 unidad kg costo 500 stock 0",
      "crear proveedor \"Distribuidora Sur\" rut 76.086.428-5 teléfono 221234567"
        + " contacto \"María Soto\" correo ventas@sur.cl")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func createEditDeactivate() throws {
    #expect(
      try sql("SELECT name, rut, phone, contact, email, active, length(global_id) FROM suppliers")
        == "Distribuidora Sur|76.086.428-5|221234567|María Soto|ventas@sur.cl|1|32")
    let dup = try box.commands("crear proveedor \"distribuidora sur\"")
    #expect(dup.status == 1 && dup.stderr.contains("Ya existe"), "\(dup.transcript)")
    let badMail = try box.commands("crear proveedor Feria correo feria")
    #expect(badMail.status == 1 && badMail.stderr.contains("correo"), "\(badMail.transcript)")
    try box.ok("editar proveedor distri teléfono 229876543")
    #expect(try sql("SELECT phone FROM suppliers") == "229876543")
    let shown = try jsonObject(try box.ok("ver proveedor sur como json").stdout)
    #expect(shown["telefono"] as? String == "229876543", "\(shown)")
    try box.ok("desactivar proveedor distribuidora")
    #expect(try sql("SELECT active FROM suppliers") == "0")
    let refused = try box.commands("comprar a distribuidora: 1 coca cola a 1000")
    #expect(refused.status == 1 && refused.stderr.contains("desactivado"), "\(refused.transcript)")
    #expect(try box.ok("listar proveedores").stdout.contains("No hay proveedores"))
    #expect(try box.ok("listar proveedores todos").stdout.contains("Distribuidora Sur"))
    #expect(
      try sql("SELECT group_concat(action) FROM journal WHERE entity = 'suppliers'")
        == "proveedor.crear,proveedor.editar,proveedor.desactivar")
  }

  @Test func rightCompras() throws {
    try box.ok(
      "crear usuario \(UsersFixture.owner) rol dueño pin \(UsersFixture.ownerPin)",
      "crear usuario \(UsersFixture.cashier) rol cajero pin \(UsersFixture.cashierPin)")
    let cashier = try box.asUser(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "crear proveedor Feria")
    #expect(cashier.status == 1 && cashier.stderr.contains("compras"), "\(cashier.transcript)")
    try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "crear proveedor Feria",
      "comprar a feria: 10 kg tomate a 700")
    #expect(try sql("SELECT count(*) FROM purchases") == "1")
    #expect(
      try sql("SELECT group_concat(code) FROM roles WHERE ',' || rights || ',' LIKE '%,compras,%'")
        == "supervisor,dueño")
  }

  @Test func importAllOrNothing() throws {
    let good = try box.write(
      "compra.csv", "Producto;Cantidad;Costo\ncoca cola;12;$1.100\ntomate;2,5 kg;700\n")
    try box.ok("importar compra \(good) proveedor distribuidora factura 88")
    #expect(
      try sql("SELECT group_concat(quantity || '@' || unit_cost) FROM purchase_lines")
        == "12000@1100,2500@700")
    // 13.200 + 1.750 = 14.950 net; IVA 19 % = 2.840,5 → 2.841.
    #expect(try sql("SELECT net, taxes, total, invoice FROM purchases") == "14950|2841|17791|88")
    let bad = try box.write("mala.csv", "Producto;Cantidad;Costo\ncoca cola;1;100\nfanta;2;500\n")
    let r = try box.commands("importar compra \(bad) proveedor distribuidora")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("Línea 3") && r.stderr.contains("No se importó nada"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM purchases") == "1")
    #expect(try sql("SELECT stock FROM products WHERE name = 'Coca Cola'") == "22000")
  }
}
