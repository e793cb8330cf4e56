import Foundation
import Testing

/// `verificar` over sales, held tickets, coupons and the register.
@Suite struct SaleCheckTests {
  /// A shop with one product, an open register (float 20.000), one cash
  /// sale of 5.000, a held ticket and a coupon.
  func soldShop() throws -> Sandbox {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 40",
      "abrir caja 20000",
      "vender 2 empanada pino pagar efectivo 10000",
      "vender 1 emp pino; sostener mesa 4",
      "crear cupón VERANO10 10%")
    return box
  }

  @Test func salesHeldCouponsAndExpectedCashPassInAScript() throws {
    let box = try soldShop()
    _ = try box.write(
      "x.tienda",
      """
      verificar efectivo esperado = 25000
      verificar efectivo esperado >= $25.000
      verificar sostenidas = 1
      verificar ventas hoy = 1
      verificar ventas ayer = 0
      verificar ventas desde 01-11-2026 hasta 23-11-2026 = 1
      verificar total ventas hoy = $5.000
      verificar total ventas mes > 4999
      verificar existe cupón verano10
      verificar existe cupon NADA = no

      """)
    let r = try box.tienda(["x.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "" && r.stderr == "")
  }

  @Test func failuresSayWhatWasFound() throws {
    let box = try soldShop()
    var r = try box.commands("verificar ventas hoy = 2")
    #expect(errorText(r) == "Falló la verificación: se esperaba ventas de hoy = 2 y es 1.")
    r = try box.commands("verificar total ventas hoy < 5000")
    #expect(
      errorText(r)
        == "Falló la verificación: se esperaba total de ventas de hoy < $5.000 y es $5.000.")
    r = try box.commands("verificar ventas 20-11-2026 > 0")
    #expect(errorText(r) == "Falló la verificación: se esperaba ventas del 20-11-2026 > 0 y es 0.")
    r = try box.commands("verificar sostenidas = 0")
    #expect(errorText(r) == "Falló la verificación: se esperaba tickets sostenidos = 0 y es 1.")
    r = try box.commands("verificar efectivo esperado = 20000")
    #expect(
      errorText(r)
        == "Falló la verificación: se esperaba efectivo esperado en la caja = $20.000 y es $25.000."
    )
    r = try box.commands("verificar existe cupón OTRO")
    #expect(errorText(r) == "Falló la verificación: se esperaba existe cupón «OTRO» = sí y es no.")
    r = try box.commands("verificar ventas mañanita = 1")
    #expect(r.status == 1)
    #expect(errorText(r).contains("mañanita"), "\(r.transcript)")
  }

  @Test func registerClosingDifferenceAndBalance() throws {
    let box = try soldShop()
    var r = try box.commands("verificar caja cuadrada")
    #expect(
      errorText(r) == "«Caja 1» todavía no tiene cierres: no hay diferencia que verificar.")
    try box.ok("retomar 1", "cancelar")
    try box.ok("cerrar caja 24000")
    r = try box.commands("verificar efectivo esperado = 0")
    #expect(r.status == 1)
    #expect(errorText(r).hasPrefix("«Caja 1» no está abierta"), "\(r.transcript)")
    _ = try box.write(
      "short.tienda",
      """
      verificar diferencia última caja = -1000
      verificar diferencia última caja = -$1.000
      verificar diferencia última caja < 0
      verificar caja cuadrada = no

      """)
    r = try box.tienda(["short.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    r = try box.commands("verificar caja cuadrada")
    #expect(
      errorText(r)
        == "Falló la verificación: se esperaba caja cuadrada en el último cierre (informe Z 1, diferencia -$1.000) = sí y es no."
    )
    try box.ok("abrir caja 20000", "cerrar caja 20000")
    r = try box.commands("verificar caja cuadrada", "verificar diferencia última caja = 0")
    #expect(r.status == 0, "\(r.transcript)")
  }

  @Test func helpListsTheNewValues() throws {
    let box = try Sandbox()
    let r = try box.commands("ayuda verificar")
    for value in [
      "«efectivo esperado»", "«diferencia última caja»", "«sostenidas»", "«ventas <período>»",
      "«total ventas <período>»", "«existe cupón <código>»", "«caja cuadrada»",
    ] {
      #expect(r.stdout.contains(value), "\(value)\n\(r.transcript)")
    }
  }
}
