import Testing
import TiendaCore

@testable import TiendaShell

/// Every command declares who may run it (DESIGN.md §8.5): walks the whole
/// registry, so a new command is checked the day it is added.
@Suite struct AccessRegistryTests {
  let registry = Registry.standard

  func access(_ name: String) -> Access? {
    registry.commands.first { $0.name == name }?.access
  }

  /// The locked screen: exactly these run logged out.
  @Test func onlyThePriceCheckRunsLoggedOut() {
    let open = Set(registry.commands.filter { $0.access == .anyone }.map(\.name))
    #expect(open == ["entrar", "ayuda", "salir", "buscar", "stock", "ver producto"])
  }

  /// Whatever changes the shop needs a right, except the commands that
  /// only handle the user's own session, PIN or working state, named here.
  @Test func everyChangeNeedsARightOrIsNamedHere() {
    let ownWork: Set<String> = [
      "cambiar pin", "imprimir ticket", "reimprimir ticket", "reintentar impresión",
      "cancelar impresión", "probar impresora", "imprimir etiquetas",
    ]
    for spec in registry.commands where spec.mutates && spec.right == nil {
      #expect(ownWork.contains(spec.name), "«\(spec.name)» cambia la tienda sin declarar derecho")
    }
  }

  /// Money figures (sales, reports, arqueo, the journal, costs) need
  /// `ver-informes`; the reads never run logged out.
  @Test func moneyFiguresNeedTheReportsRight() {
    for name in [
      "ventas", "ver venta", "arqueo", "informe z", "bitácora", "exportar productos",
      "movimientos de caja", "imprimir informe", "lista de compras",
    ] {
      #expect(access(name) == .right(.viewReports), "«\(name)»")
    }
    #expect(access("listar usuarios") == .loggedIn)
    #expect(Right.named("ver-informes") == .viewReports)
  }
}
