import Foundation
import Testing

/// `tienda archivo.tienda` (DESIGN.md §5.2: `archivo:línea:columna: mensaje`).
@Suite struct ScriptFileTests {
  @Test func runsTheFile() throws {
    let box = try Sandbox()
    let script = try box.write(
      "alta.tienda",
      """
      # Categorías de la feria
      crear categoría bebidas
      crear categoría \\
        "Bebidas sin azúcar" padre bebidas
      crear categoría snacks; crear categoría insumos en-pos no

      """)
    let r = try box.tienda([script])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    #expect(
      r.stdout
        == "Categoría «bebidas» creada.\nCategoría «Bebidas sin azúcar» creada.\nCategoría «snacks» creada.\nCategoría «insumos» creada.\n"
    )
    let rows = try jsonArray(try box.commands("listar categorías como json").stdout)
    #expect(
      rows.map { $0["nombre"] as? String } == [
        "bebidas", "Bebidas sin azúcar", "insumos", "snacks",
      ])
    #expect(rows[1]["padre"] as? String == "bebidas")
    #expect(rows[2]["en_pos"] as? Bool == false)
  }

  @Test func errorReadsFileLineColumn() throws {
    let box = try Sandbox()
    _ = try box.write(
      "cierre.tienda",
      "crear categoría a\n# comentario\nconfigurar tienda rut 12.345.678-9\ncrear categoría b\n")
    // Run by relative name from the sandbox: the message uses the name as given.
    let r = try box.tienda(["cierre.tienda"])
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «a» creada.\n")
    #expect(
      r.stderr
        == "cierre.tienda:3:23: El dígito verificador de «12.345.678-9» no corresponde; para ese número debería ser 5.\n"
    )
    #expect(try box.categoryNames() == ["a"])
  }

  @Test func unknownCommandInFileSuggests() throws {
    let box = try Sandbox()
    let script = try box.write(
      "x.tienda", "crear categoría a\n\ncrear categria x\ncrear categoría c\n")
    let r = try box.tienda([script])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "\(script):3:1: No conozco el comando «crear categria». ¿Quiso decir «crear categoría»?\n"
    )
    #expect(try box.categoryNames() == ["a"])
  }

  @Test func seguirRunsTheWholeFile() throws {
    let box = try Sandbox()
    _ = try box.write(
      "x.tienda", "crear categria x\ncrear categoría b\ncrear categoría b\ncrear categoría c\n")
    let r = try box.tienda(["--seguir", "x.tienda"])
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «b» creada.\nCategoría «c» creada.\n")
    #expect(r.stderr.contains("x.tienda:1:1: No conozco el comando «crear categria»."))
    #expect(r.stderr.contains("x.tienda:3:17: Ya existe la categoría «b»."))
    #expect(r.stderr.hasSuffix("tienda: 2 comandos fallaron (x.tienda:1; x.tienda:3).\n"))
  }

  @Test func crlfScriptRunsLineByLine() throws {
    let box = try Sandbox()
    let script = try box.write("win.tienda", "crear categoría a\r\ncrear categoría b\r\n")
    let r = try box.tienda([script])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["a", "b"])
  }

  @Test func missingFileFailsInSpanish() throws {
    let box = try Sandbox()
    let r = try box.tienda(["no-existe.tienda"])
    #expect(r.status == 2)  // a usage error: the file named on the command line
    #expect(!FileManager.default.fileExists(atPath: box.db), "no shop file for a missing script")
    #expect(r.stdout == "")
    #expect(r.stderr.hasPrefix("tienda: No pude leer «no-existe.tienda»: "), "\(r.transcript)")
    // The reason must be Spanish too, not the C library's English strerror.
    #expect(!r.stderr.contains("No such file or directory"), "\(r.transcript)")
  }
}
