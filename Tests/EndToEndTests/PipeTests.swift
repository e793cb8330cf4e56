import Foundation
import Testing

/// Commands piped on stdin (DESIGN.md §5.1, §5.2): no prompt, no greeting,
/// `línea N, columna C: mensaje` on stderr, stop at the first failure.
@Suite struct PipeTests {
  @Test func runsCommandsWithoutPromptOrGreeting() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "crear categoría bebidas\nlistar categorías como csv\n")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    #expect(
      r.stdout == "Categoría «bebidas» creada.\nnombre;padre;en_pos;descripcion\r\nbebidas;;sí;\r\n"
    )
    #expect(!r.stdout.contains("Bienvenido"))
    #expect(!r.stdout.contains("tienda> "))
  }

  @Test func stopsAtFirstFailingLineWithLineAndColumn() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      [], stdin: "crear categoría bebidas\ncrear categria x\ncrear categoría snacks\n")
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «bebidas» creada.\n")
    #expect(
      r.stderr
        == "línea 2, columna 1: No conozco el comando «crear categria». ¿Quiso decir «crear categoría»?\n"
    )
    // Line 3 never ran.
    #expect(try box.categoryNames() == ["bebidas"])
  }

  @Test func badValueTokenPointsAtItsColumn() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      [],
      stdin:
        "configurar tienda nombre \"Don Pepe\"\nconfigurar tienda rut 12.345.678-9\ncrear categoría bebidas\n"
    )
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "línea 2, columna 23: El dígito verificador de «12.345.678-9» no corresponde; para ese número debería ser 5.\n"
    )
    #expect(try box.categoryNames() == [])
    let config = try jsonObject(try box.commands("ver configuración como json").stdout)
    #expect(config["nombre"] as? String == "Don Pepe")
    #expect(config["rut"] is NSNull)
  }

  @Test func seguirKeepsGoingAndReportsEveryFailure() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      ["--seguir"],
      stdin: """
        crear categoría a
        crear categria x
        crear categoría b
        configurar tienda rut 12.345.678-9
        crear categoría c

        """)
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «a» creada.\nCategoría «b» creada.\nCategoría «c» creada.\n")
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(r.transcript)")
    #expect(
      lines.first?.hasPrefix("línea 2, columna 1: No conozco el comando «crear categria».") == true)
    #expect(
      lines.dropFirst().first?.hasPrefix("línea 4, columna 23: El dígito verificador") == true)
    #expect(lines.last == "tienda: 2 comandos fallaron (línea 2; línea 4).")
    #expect(try box.categoryNames() == ["a", "b", "c"])
  }

  @Test func backslashJoinsLinesAndLineNumbersStayPhysical() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      [], stdin: "crear categoría \\\n  \"Bebidas frías\" \\\n  en-pos no\ncrear categria x\n")
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «Bebidas frías» creada.\n")
    #expect(r.stderr.hasPrefix("línea 4, columna 1: No conozco el comando «crear categria»."))
    let rows = try jsonArray(try box.commands("listar categorías como json").stdout)
    #expect(rows.count == 1)
    #expect(rows.first?["nombre"] as? String == "Bebidas frías")
    #expect(rows.first?["en_pos"] as? Bool == false)
  }

  @Test func commentsAreIgnored() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      [],
      stdin:
        "# una línea entera de comentario\n   # con sangría\ncrear categoría \"A#1\" # al final\n\n"
    )
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "Categoría «A#1» creada.\n")
    #expect(try box.categoryNames() == ["A#1"])
  }

  @Test func semicolonSeparatesCommandsOnOneLine() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "crear categoría a; crear categoría b\n")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "Categoría «a» creada.\nCategoría «b» creada.\n")
    #expect(try box.categoryNames() == ["a", "b"])
  }

  @Test func failureAfterSemicolonReportsItsColumn() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "crear categoría a; crear categria b\nlistar categorías\n")
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «a» creada.\n")
    #expect(r.stderr.hasPrefix("línea 1, columna 20: No conozco el comando «crear categria»."))
  }

  /// A script saved with Windows line endings must run line by line: the
  /// `\r\n` grapheme must not glue every line into one command.
  @Test func crlfLineEndingsSeparateCommands() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "crear categoría a\r\ncrear categoría b\r\n")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "Categoría «a» creada.\nCategoría «b» creada.\n")
    #expect(try box.categoryNames() == ["a", "b"])
  }

  @Test func emptyInputDoesNothing() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "")
    #expect(r.status == 0)
    #expect(r.stdout == "")
    #expect(r.stderr == "")
  }
}
