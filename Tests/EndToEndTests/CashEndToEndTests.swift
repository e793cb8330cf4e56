import Foundation
import Testing

/// Registers, sessions, cash movements and reports through the binary
/// (issue 6). Sales come from the Venta issue; these runs move cash only.
@Suite struct CashEndToEndTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  @discardableResult
  func ok(_ lines: String..., sourceLocation: SourceLocation = #_sourceLocation) throws
    -> RunResult
  {
    let r = try box.tienda(lines.flatMap { ["-c", $0] })
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  /// Runs one command that must fail, leave the file as it was, and say why.
  func refused(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> String
  {
    let before = try box.dump()
    let r = try box.commands(line)
    #expect(
      r.status == 1, "«\(line)» debía fallar:\n\(r.transcript)", sourceLocation: sourceLocation)
    #expect(try box.dump() == before, "«\(line)» cambió el archivo", sourceLocation: sourceLocation)
    return r.stderr
  }

  @Test func dayWithFloatMovementsAndClosing() throws {
    var r = try ok("abrir caja 20000", "ingreso 5000 motivo \"sencillo\"")
    #expect(r.stdout.contains("«Caja 1» abierta con fondo $20.000."))
    #expect(
      r.stdout.contains("Ingreso de $5.000 registrado. Efectivo esperado en la caja: $25.000."))
    try ok("retiro 3000 motivo \"pago proveedor\"", "abrir cajón")
    let x = try jsonObject(try ok("informe x como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 22_000)
    #expect(x["ingresos"] as? Int == 5_000 && x["retiros"] as? Int == 3_000)
    #expect(x["aperturas_cajon"] as? Int == 1)
    r = try ok("cerrar caja 21950 dejar 20000 nota \"faltan 50\"")
    #expect(
      r.stdout.hasPrefix("  Esperado $22.000 · Contado $21.950 · Diferencia -$50 (faltan $50)\n"))
    #expect(r.stdout.contains("Informe Z N° 1 guardado"))
    let z = try jsonObject(try ok("informe z 1 como json").stdout)
    #expect(z["numero"] as? Int == 1)
    #expect(z["efectivo_esperado"] as? Int == 22_000)
    #expect(z["efectivo_contado"] as? Int == 21_950)
    #expect(z["diferencia_efectivo"] as? Int == -50)
    #expect(z["dejado"] as? Int == 20_000 && z["retirado_al_cerrar"] as? Int == 1_950)
    #expect(z["nota"] as? String == "faltan 50")
    // The next opening takes what was left.
    r = try ok("abrir caja", "arqueo como json")
    #expect(r.stdout.contains("«Caja 1» abierta con fondo $20.000."))
    let list = try jsonArray(try ok("informe z como json").stdout)
    #expect(list.map { $0["numero"] as? Int } == [1])
    // The journal says who opened, moved cash and closed.
    let actions = try box.journalActions().filter { $0.hasPrefix("caja.") }
    #expect(
      actions == [
        "caja.abrir", "caja.ingreso", "caja.retiro", "caja.abrir_cajón", "caja.cerrar",
        "caja.abrir",
      ])
  }

  @Test func refusalsChangeNothing() throws {
    try ok("listar cajas")  // creates the shop file
    var e = try refused("cerrar caja 1000")
    #expect(e.contains("«Caja 1» no está abierta"))
    try ok("abrir caja 10000", "retiro 4000 motivo \"banco\"")
    e = try refused("abrir caja 5000")
    #expect(e.contains("«Caja 1» ya está abierta desde 23-11-2026 10:00"))
    e = try refused("retiro 6001 motivo \"banco\"")
    #expect(e.contains("No se puede retirar $6.001: en la caja debería haber $6.000 en efectivo"))
    e = try refused("retiro -500 motivo \"banco\"")
    #expect(e.contains("El monto «-500» no puede ser negativo."))
    e = try refused("ingreso 500")
    #expect(e.contains("Falta el motivo"))
    e = try refused("cerrar caja 6000 dejar 7000")
    #expect(e.contains("No se puede dejar $7.000 en la caja: se contaron $6.000 en efectivo."))
    e = try refused("cerrar caja")
    #expect(e.contains("Falta el efectivo contado"))
    e = try refused("informe z 1")
    #expect(e.contains("todavía no tiene informes Z"))
    try ok("cerrar caja conteo 5000 x 1, 500 x 2")
    e = try refused("cerrar caja 6000")
    #expect(e.contains("«Caja 1» no está abierta (no se ha abierto o ya se cerró)"))
    e = try refused("informe z 2")
    #expect(e.contains("no tiene el informe Z N° 2; el último es el N° 1."))
  }

  @Test func zReportNeverChanges() throws {
    try ok("abrir caja 1000", "ingreso 500 motivo \"x\"", "cerrar caja 1500")
    let first = try ok("informe z 1 como json").stdout
    try ok("abrir caja 3000", "ingreso 700 motivo \"y\"", "cerrar caja 3700", "abrir caja")
    #expect(try ok("informe z 1 como json").stdout == first)
    let second = try jsonObject(try ok("informe z 2 como json").stdout)
    #expect(second["efectivo_esperado"] as? Int == 3_700 && second["ingresos"] as? Int == 700)
    let r = try box.sqlite(box.db, "UPDATE z_reports SET counted_cash = 0")
    #expect(r.status != 0 && r.stderr.contains("un informe Z no se puede modificar"))
  }

  @Test func registersAreSeparate() throws {
    try ok("crear caja \"Caja 2\"", "abrir caja 1000", "abrir caja Caja 2 500")
    var r = try ok("listar cajas como json")
    let rows = try jsonArray(r.stdout)
    #expect(rows.map { $0["caja"] as? String } == ["Caja 1", "Caja 2"])
    #expect(rows.map { $0["fondo"] as? Int } == [1_000, 500])
    r = try box.tienda(["--caja", "Caja 2", "-c", "cerrar caja 500", "-c", "informe z como json"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("«Caja 2» cerrada. Informe Z N° 1"))
    try ok("cerrar caja 1000")
    let z = try jsonObject(try ok("informe z 1 como json").stdout)
    #expect(z["caja"] as? String == "Caja 1")
    let e = try refused("crear caja \"caja 2\"")
    #expect(e.contains("Ya existe la caja «Caja 2»."))
  }

  @Test func cashierNeedsRightsToWithdrawOpenTheDrawerAndClose() throws {
    try box.withOwnerAndCashier()
    try box.okAs(UsersFixture.cashier, pin: UsersFixture.cashierPin, "abrir caja 10000")
    for command in ["retiro 1000 motivo \"x\"", "abrir cajón", "cerrar caja 10000"] {
      let e = try box.refusedAs(UsersFixture.cashier, pin: UsersFixture.cashierPin, command)
      #expect(e.contains("no tiene el derecho"), "\(command): \(e)")
    }
    try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "retiro 1000 motivo \"banco\"",
      "cerrar caja 9000")
    let rows = try box.journalRows().filter {
      ($0["accion"] as? String)?.hasPrefix("caja.") == true
    }
    #expect(rows.map { $0["usuario"] as? String } == ["maría", "pepe", "pepe"])
  }
}
