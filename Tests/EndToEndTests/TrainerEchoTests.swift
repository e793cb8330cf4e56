import Foundation
import Testing

/// `--eco`, `--pausa` and `pausa "texto"` without a terminal (the pty tests
/// cover the waiting).
@Suite struct TrainerEchoTests {
  @Test func ecoShowsEachCommandAfterThePromptAsIfTyped() throws {
    let box = try Sandbox()
    try box.ok("configurar tienda nombre \"Feria Don Pepe\"")
    _ = try box.write(
      "f.tienda",
      """
      # Un comentario no se muestra
      crear producto Alfajor precio 1000 stock 5

      vender 1 alfajor
      pagar efectivo 1000

      """)
    let r = try box.tienda(["--eco", "f.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "Feria Don Pepe> crear producto Alfajor precio 1000 stock 5")
    #expect(lines[2] == "Feria Don Pepe> vender 1 alfajor")
    // The prompt follows the open ticket, as at the console.
    #expect(
      lines.contains {
        $0.hasPrefix("Feria Don Pepe [1 art.") && $0.hasSuffix("> pagar efectivo 1000")
      }, "\(r.stdout)")
    #expect(!r.stdout.contains("comentario"))
    let c = try box.tienda(["--eco", "-c", "stock alfajor"])
    #expect(c.stdout.hasPrefix("Feria Don Pepe> stock alfajor\n"), "\(c.transcript)")
  }

  @Test func pausaInAPipeOnlyShowsTheBanner() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      ["--eco"], stdin: "pausa \"Ahora cobramos\"\ncrear categoría bebidas\npausa\n")
    #expect(r.status == 0, "\(r.transcript)")
    let rule = String(repeating: "═", count: 40)
    #expect(
      r.stdout
        == "\n\(rule)\n  Ahora cobramos\n\(rule)\ntienda> crear categoría bebidas\nCategoría «bebidas» creada.\n"
    )
  }

  @Test func pausaWithoutATerminalIsAUsageErrorThatTouchesNothing() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--pausa", "-c", "crear categoría x"])
    #expect(r.status == 2)
    #expect(r.stderr.hasPrefix("tienda: --pausa espera Enter en la terminal"), "\(r.transcript)")
    #expect(!box.exists("t.db"))
  }
}
