import Testing
import TiendaCore
import TiendaTestSupport

@testable import TiendaShell

/// Tab after `pagar` offers the payable methods, the shop's own included (issue 15).
@Suite struct PaymentMethodCompletionTests {
  let dir = TempDir()
  let completer: Completer

  init() throws {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.paymentMethods.create(PaymentMethodDraft(name: "amipass", type: .wallet))
    try shop.paymentMethods.create(PaymentMethodDraft(name: "cheque"))
    try shop.paymentMethods.edit("cheque", PaymentMethodChanges(active: false))
    completer = Completer(context: ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in }))
  }

  func complete(_ line: String) -> [String] { completer.complete(line).candidates }

  @Test func afterPagar() {
    #expect(complete("pagar ami") == ["amipass"])
    #expect(complete("vender 1 pan pagar ami") == ["amipass"])
    #expect(complete("vender 1 pan pagar efectivo 500, ami") == ["amipass"])
    // tarjeta-regalo is payable since migration 15 (gift cards), fiado
    // since migration 20 (customer accounts), puntos since migration 25.
    #expect(
      complete("pagar ")
        == [
          "efectivo", "débito", "crédito", "transferencia", "fiado", "tarjeta-regalo", "puntos",
          "amipass",
        ])
    #expect(complete("pagar tarj") == ["tarjeta-regalo"])
    // Deactivated and not-yet-available methods are not offered.
    #expect(complete("pagar che") == [])
    #expect(complete("pagar pun") == ["puntos"])
    #expect(complete("pagar fia") == ["fiado"])
    // `editar medio de pago` offers every method.
    #expect(complete("editar medio de pago che") == ["cheque"])
  }
}
