import Foundation
import Testing

/// `movimientos de caja`: who moved cash, when and why.
@Suite struct CashMovementListTests {
  @Test func listsIngresosRetirosAndDrawerOpenings() throws {
    let box = try Sandbox()
    #expect(try box.ok("movimientos de caja").stdout.contains("No hay ingresos, retiros"))
    try box.ok(
      "abrir caja 20000", "ingreso 5000 motivo \"sencillo\"",
      "retiro 3000 motivo \"pago proveedor\"", "abrir cajón motivo \"cambio\"")
    let rows = try box.rows("movimientos de caja como json")
    #expect(rows.compactMap { $0["tipo"] as? String } == ["ingreso", "retiro", "cajón"])
    #expect(rows.map { int($0["monto"]) } == [5000, 3000, nil])
    #expect(
      rows.compactMap { $0["motivo"] as? String } == ["sencillo", "pago proveedor", "cambio"])
    #expect(try box.rows("movimientos de caja ayer como json").isEmpty)
  }
}
