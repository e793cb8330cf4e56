import Foundation
import Testing

/// Help text compared with `Golden/`, and `Docs/comandos.md` kept in sync
/// with the command registry. `TIENDA_ACTUALIZAR_GOLDEN=1` rewrites the
/// golden files (not `Docs/comandos.md`: regenerate that with
/// `tienda --generar-documentacion > Docs/comandos.md`).
@Suite struct GoldenTests {
  @Test func helpOverview() throws {
    let box = try Sandbox()
    let r = try box.commands("ayuda")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    try expectGolden(r.stdout, named: "ayuda.txt")
  }

  @Test func helpForCreateCategory() throws {
    let box = try Sandbox()
    let r = try box.commands("ayuda crear categoría")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    try expectGolden(r.stdout, named: "ayuda-crear-categoria.txt")
    // Keywords are accent- and case-insensitive in the topic too.
    let folded = try box.commands("AYUDA crear categoria")
    #expect(folded.stdout == r.stdout)
  }

  @Test func helpForUnknownCommandSuggests() throws {
    let box = try Sandbox()
    let r = try box.commands("ayuda crear categria")
    #expect(r.status == 1)
    #expect(r.stderr.contains("¿Quiso decir «crear categoría»?"), "\(r.transcript)")
  }

  @Test func commandReferenceIsUpToDate() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--generar-documentacion"], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    let docs = PackagePaths.root.appendingPathComponent("Docs/comandos.md")
    let committed = try #require(
      FileManager.default.contents(atPath: docs.path), "falta Docs/comandos.md")
    #expect(
      Data(r.stdout.utf8) == committed,
      """
      Docs/comandos.md no corresponde al registro de comandos; regenérelo con
        .build/debug/tienda --generar-documentacion > Docs/comandos.md
      \(firstDifference(String(decoding: committed, as: UTF8.self), r.stdout))
      """)
    #expect(!box.exists("data/tienda/tienda.db"), "generating docs must not create a shop file")
  }
}
