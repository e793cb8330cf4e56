import Foundation
import Testing

/// Customers, groups and price lists (issue 16, part A) through the real
/// binary; the file read back with sqlite3.
@Suite struct CustomerCommandsTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func createShowEditDeactivateAndJournal() throws {
    try box.ok(
      "crear lista mayorista descuento 10%", "crear grupo vecinos límite 100000",
      "crear cliente \"Juan Pérez\" rut 12.345.678-5 teléfono \"+56 9 1234 5678\" correo juan@correo.cl dirección \"Los Aromos 12\" grupo vecinos nota \"paga a fin de mes\"",
      "crear cliente \"Almacén Don Tito\" rut 76.543.210-3 lista mayorista límite 300000")
    #expect(
      try sql(
        "SELECT name, rut, phone, phone_digits, email, address, kind, credit_limit IS NULL,"
          + " note, length(global_id) FROM customers ORDER BY id")
        == "Juan Pérez|12345678-5|+56 9 1234 5678|56912345678|juan@correo.cl|Los Aromos 12|persona|1|paga a fin de mes|32\n"
        + "Almacén Don Tito|76543210-3|||||empresa|0||32\n")
    // The limit and list come from the group unless the customer has its own.
    let juan = try jsonObject(try box.ok("ver cliente juan como json").stdout)
    #expect(juan["rut"] as? String == "12.345.678-5")
    #expect(juan["grupo"] as? String == "vecinos")
    #expect(juan["limite"] as? Int == 100000)
    #expect(juan["limite_de"] as? String == "el grupo")
    #expect(juan["lista"] is NSNull)
    let tito = try jsonObject(try box.ok("ver cliente 76543210-3 como json").stdout)
    #expect(tito["nombre"] as? String == "Almacén Don Tito")
    #expect(tito["limite"] as? Int == 300000)
    #expect(tito["limite_de"] as? String == "el cliente")
    #expect(tito["lista"] as? String == "mayorista")
    #expect(tito["lista_de"] as? String == "el cliente")
    // By phone, with or without the country code.
    #expect(try box.ok("ver cliente 912345678").stdout.contains("Juan Pérez"))
    #expect(try box.ok("ver cliente +56912345678").stdout.contains("Juan Pérez"))

    try box.ok("editar cliente juan teléfono 22223333 límite 50000 lista mayorista")
    #expect(
      try sql("SELECT phone, credit_limit, price_list_id FROM customers WHERE id = 1")
        == "22223333|50000|1\n")
    try box.ok("editar cliente juan límite grupo lista grupo")
    #expect(
      try sql("SELECT credit_limit IS NULL, price_list_id IS NULL FROM customers WHERE id = 1")
        == "1|1\n")
    try box.ok("desactivar cliente juan")
    #expect(try sql("SELECT active FROM customers WHERE id = 1") == "0\n")
    // A deactivated customer is not listed (unless «todos») nor set on a ticket.
    #expect(
      try jsonArray(try box.ok("listar clientes como json").stdout).map { $0["nombre"] as? String }
        == ["Almacén Don Tito"])
    #expect(try jsonArray(try box.ok("listar clientes todos como json").stdout).count == 2)
    let refused = try box.tienda(["-c", "vender", "-c", "cliente 12.345.678-5"])
    #expect(refused.status == 1)
    try box.ok("activar cliente 12.345.678-5")
    #expect(
      try sql("SELECT action FROM journal WHERE entity = 'customers' ORDER BY id")
        == "cliente.crear\ncliente.crear\ncliente.editar\ncliente.editar\ncliente.desactivar\n"
        + "cliente.activar\n")
    // The journal keeps the value before each change.
    #expect(
      try sql(
        "SELECT json_extract(before, '$.telefono') || '>' || json_extract(after, '$.telefono')"
          + " FROM journal WHERE action = 'cliente.editar' ORDER BY id LIMIT 1")
        == "+56 9 1234 5678>22223333\n")
  }

  @Test func rutIsValidatedAndUniqueAmongActiveCustomers() throws {
    try box.ok("crear cliente \"Juan Pérez\" rut 12.345.678-5")
    let before = try box.dump()
    for (line, message) in [
      ("crear cliente Otro rut 12345678-5", "El RUT 12.345.678-5 ya es de «Juan Pérez»"),
      ("crear cliente Otro rut 12.345.678-4", "dígito verificador"),
      ("crear cliente Otro teléfono abc", "no parece un teléfono"),
      ("crear cliente Otro correo juan", "no parece un correo"),
      ("crear cliente Otro grupo nadie", "grupo"),
      ("crear cliente Otro lista nadie", "lista de precios"),
    ] {
      let r = try box.tienda(["-c", line])
      #expect(r.status == 1, "\(line): \(r.transcript)")
      #expect(r.stderr.contains(message), "\(line): \(r.stderr)")
    }
    #expect(try box.dump() == before, "a refusal changes nothing")
    // The final consumer may be on any number of customers.
    try box.ok(
      "crear cliente \"Consumidor final\" rut 66.666.666-6",
      "crear cliente \"Mesón\" rut 66666666-6")
    #expect(try sql("SELECT count(*) FROM customers WHERE rut = '66666666-6'") == "2\n")
    // A deactivated customer frees its RUT; activating it again checks.
    try box.ok("desactivar cliente juan", "crear cliente \"Juan P.\" rut 12.345.678-5")
    let back = try box.tienda(["-c", "activar cliente \"Juan Pérez\""])
    #expect(back.status == 1)
    #expect(back.stderr.contains("ya es de «Juan P.»"), "\(back.stderr)")
    // K, lower case, no dots: stored canonical.
    try box.ok("crear cliente Kapo rut 10.000.013-k")
    #expect(try sql("SELECT rut FROM customers WHERE name = 'Kapo'") == "10000013-K\n")
  }

  @Test func namesResolveWithSuggestionsAndAmbiguity() throws {
    try box.ok(
      "crear cliente \"Juan Pérez\" rut 12.345.678-5", "crear cliente \"Juana Soto\"",
      "crear cliente \"Pedro Pérez\" teléfono 987654321")
    let typo = try box.tienda(["-c", "ver cliente pedor"])
    #expect(typo.status == 1)
    #expect(typo.stderr.contains("¿Quiso decir «Pedro Pérez»?"), "\(typo.stderr)")
    let two = try box.tienda(["-c", "ver cliente juan"])
    #expect(two.status == 1)
    #expect(two.stderr.contains("Juan Pérez (12.345.678-5)"), "\(two.stderr)")
    #expect(try box.ok("ver cliente juan p").stdout.contains("12.345.678-5"))
    #expect(try box.ok("ver cliente \"Juana Soto\"").stdout.contains("Juana Soto"))
    let found = try jsonArray(try box.ok("buscar cliente pérez como json").stdout)
    #expect(found.map { $0["nombre"] as? String } == ["Juan Pérez", "Pedro Pérez"])
    let byPhone = try jsonArray(try box.ok("buscar cliente 7654 como json").stdout)
    #expect(byPhone.map { $0["nombre"] as? String } == ["Pedro Pérez"])
  }

  @Test func groupsAndListsListingsFitAndExport() throws {
    try box.ok(
      "crear producto \"Pan amasado\" precio 1990", "crear lista mayorista descuento 10%",
      "precio mayorista pan amasado 1500", "crear grupo vecinos límite 100000 lista mayorista",
      "crear cliente \"Juan Pérez Contreras de la Fuente\" rut 12.345.678-5 grupo vecinos"
        + " correo juan.perez.contreras@un-dominio-bien-largo.cl teléfono \"+56 9 1234 5678\"")
    let groups = try jsonArray(try box.ok("listar grupos como json").stdout)
    #expect(groups.first?["nombre"] as? String == "vecinos")
    #expect(groups.first?["limite"] as? Int == 100000)
    #expect(groups.first?["lista"] as? String == "mayorista")
    #expect(groups.first?["clientes"] as? Int == 1)
    let lists = try jsonArray(try box.ok("listar listas como json").stdout)
    #expect(lists.first?["precios_fijos"] as? Int == 1)
    #expect(lists.first?["grupos"] as? Int == 1)
    let detail = try jsonArray(try box.ok("ver lista mayorista como json").stdout)
    #expect(detail.first?["producto"] as? String == "Pan amasado")
    #expect(detail.first?["precio_catalogo"] as? Int == 1990)
    #expect(detail.first?["precio_lista"] as? Int == 1500)
    let csv = try box.ok("listar clientes como csv").stdout
    #expect(csv.hasPrefix("nombre;rut;telefono;grupo;lista;limite;correo;tipo;activo"), "\(csv)")
    for listing in [
      "listar clientes", "listar grupos", "listar listas", "ver lista mayorista",
      "buscar cliente juan", "ver cliente juan",
    ] {
      let out = try box.ok(listing).stdout
      for line in out.split(separator: "\n") {
        #expect(line.count <= 80, "\(listing): «\(line)» has \(line.count) columns")
      }
    }
  }

  @Test func rightsCatalogEditorsWriteEveryoneReadsAndSetsTheCustomer() throws {
    try box.ok(
      "crear producto pan precio 1000 stock 10", "crear cliente \"Juan Pérez\" rut 12.345.678-5")
    try box.withOwnerAndCashier()
    let cashier = (UsersFixture.cashier, UsersFixture.cashierPin)
    for line in [
      "crear cliente Otro", "editar cliente juan teléfono 912345678", "desactivar cliente juan",
      "crear grupo vecinos", "crear lista mayorista", "precio mayorista pan 900",
    ] {
      let r = try box.asUser(cashier.0, pin: cashier.1, line)
      #expect(r.status == 1, "\(line): \(r.transcript)")
    }
    try box.okAs(cashier.0, pin: cashier.1, "ver cliente juan", "listar clientes")
    try box.okAs(cashier.0, pin: cashier.1, "vender 1 pan cliente juan pagar efectivo")
    #expect(try sql("SELECT customer_id FROM sale_customers") == "1\n")
  }
}
