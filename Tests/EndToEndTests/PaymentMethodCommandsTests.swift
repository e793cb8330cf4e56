import Foundation
import Testing

/// `crear/listar/editar/desactivar medio de pago` (issue 15, DESIGN §8.11)
/// through the real binary; the file read back with sqlite3.
@Suite struct PaymentMethodCommandsTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func createListEditDeactivate() throws {
    let made = try box.ok("crear medio de pago amipass tipo billetera referencia obligatoria")
    #expect(made.stdout.contains("Medio de pago «amipass» creado"), "\(made.stdout)")
    #expect(
      try sql(
        "SELECT name, name_folded, type, reference_required, active, builtin FROM payment_methods"
          + " WHERE builtin = 0") == "amipass|amipass|billetera|1|1|0\n")

    let listed = try jsonArray(try box.ok("listar medios de pago como json").stdout)
    #expect(
      listed.map { $0["nombre"] as? String ?? "?" }
        == [
          "efectivo", "débito", "crédito", "transferencia", "fiado", "tarjeta-regalo", "puntos",
          "amipass",
        ])
    let amipass = try #require(listed.last)
    #expect(amipass["tipo"] as? String == "billetera")
    #expect(amipass["referencia"] as? String == "obligatoria")
    let csv = try box.ok("listar medios de pago como csv").stdout
    #expect(
      csv.split(whereSeparator: \.isNewline).last == "amipass;billetera;obligatoria;sí;no;0",
      "\(csv)")

    try box.ok("editar medio de pago AMIPASS referencia opcional tipo tarjeta")
    #expect(
      try sql("SELECT type, reference_required, active FROM payment_methods WHERE name = 'amipass'")
        == "tarjeta|0|1\n")
    try box.ok("desactivar medio de pago amipass")
    #expect(try sql("SELECT active FROM payment_methods WHERE name = 'amipass'") == "0\n")
    try box.ok("editar medio de pago amipass activo sí")
    #expect(try sql("SELECT active FROM payment_methods WHERE name = 'amipass'") == "1\n")
    // Each change journaled.
    #expect(
      try sql(
        "SELECT action FROM journal WHERE entity = 'payment_methods' ORDER BY id")
        == "medio_pago.crear\nmedio_pago.editar\nmedio_pago.desactivar\nmedio_pago.activar\n")
  }

  @Test func refusalsChangeNothing() throws {
    try box.ok("crear medio de pago amipass")
    let before = try sql("SELECT * FROM payment_methods ORDER BY id")
    for (line, message) in [
      ("crear medio de pago vender", "palabra del lenguaje"),
      ("crear medio de pago pagar", "palabra del lenguaje"),
      ("crear medio de pago tarjeta", "palabra del lenguaje"),
      ("crear medio de pago 7eleven", "debe empezar con una letra"),
      ("crear medio de pago Amipass", "Ya existe el medio de pago «amipass»"),
      ("crear medio de pago Débito", "Ya existe el medio de pago «débito»"),
      ("desactivar medio de pago efectivo", "El efectivo no se puede desactivar"),
      ("editar medio de pago débito tipo billetera", "viene incluido"),
      ("desactivar medio de pago amipas", "¿Quiso decir «amipass»?"),
      ("editar medio de pago amipass tipo ticket", "tipo"),
    ] {
      let r = try box.commands(line)
      #expect(r.status == 1, "\(line): \(r.transcript)")
      #expect(r.stderr.contains(message), "\(line): \(r.transcript)")
    }
    #expect(try sql("SELECT * FROM payment_methods ORDER BY id") == before)
  }

  @Test func aCashierCannotCreateMethods() throws {
    try box.withOwnerAndCashier()
    let r = try box.asUser(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "crear medio de pago amipass")
    #expect(r.status != 0, "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM payment_methods WHERE builtin = 0") == "0\n")
    try box.okAs(UsersFixture.owner, pin: UsersFixture.ownerPin, "crear medio de pago amipass")
    #expect(try sql("SELECT count(*) FROM payment_methods WHERE builtin = 0") == "1\n")
  }

  /// Deactivating says how many payments keep the name, in Spanish that
  /// reads right for none, one and several («sus 0 pagos» did not).
  @Test func deactivatingCountsThePaymentsInWords() throws {
    let box = try Sandbox()
    #expect(
      try box.commands(
        "crear producto té precio 500 stock 5", "crear medio de pago amipass",
        "crear medio de pago sodexo", "vender 1 té pagar sodexo"
      ).status == 0)
    let none = try box.commands("desactivar medio de pago amipass")
    #expect(none.stdout.contains("«amipass» desactivado; no tiene pagos."), "\(none.transcript)")
    let one = try box.commands("desactivar medio de pago sodexo")
    #expect(
      one.stdout.contains("«sodexo» desactivado; su pago guarda su nombre."), "\(one.transcript)")
  }
}
