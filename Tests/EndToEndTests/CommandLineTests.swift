import Foundation
import Testing

/// `-c`, flags and exit codes (DESIGN.md §5.2, §5.4 "Command line").
@Suite struct CommandLineTests {
  @Test func dashCRunsEveryCommandAndExitsZero() throws {
    let box = try Sandbox()
    let r = try box.commands("crear categoría bebidas", "crear categoría snacks")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "Categoría «bebidas» creada.\nCategoría «snacks» creada.\n")
    #expect(r.stderr == "")
    #expect(try box.categoryNames() == ["bebidas", "snacks"])
  }

  @Test func dashCFailureShowsLineCaretAndMessage() throws {
    let box = try Sandbox()
    let r = try box.commands("configurar tienda rut 12.345.678-9", "crear categoría bebidas")
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(
      r.stderr == """
          configurar tienda rut 12.345.678-9
                                ^^^^^^^^^^^^
        tienda: El dígito verificador de «12.345.678-9» no corresponde; para ese número debería ser 5.

        """)
    // The second -c never ran.
    #expect(try box.categoryNames() == [])
  }

  @Test func caretAccountsForAccentsBeforeTheToken() throws {
    let box = try Sandbox()
    let r = try box.commands("crear categoría \"sin cerrar")
    #expect(r.status == 1)
    #expect(
      r.stderr == """
          crear categoría "sin cerrar
                          ^^^^^^^^^^^
        tienda: Falta cerrar las comillas.

        """)
  }

  @Test func unknownCommandSuggestsTheClosest() throws {
    let box = try Sandbox()
    let r = try box.commands("crear categria x")
    #expect(r.status == 1)
    #expect(
      r.stderr.hasSuffix(
        "tienda: No conozco el comando «crear categria». ¿Quiso decir «crear categoría»?\n"))
    #expect(r.stderr.contains("\n  ^^^^^^^^^^^^^^"))
  }

  @Test func seguirWithDashCRunsTheRest() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--seguir", "-c", "crear categria x", "-c", "crear categoría b"])
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «b» creada.\n")
    #expect(try box.categoryNames() == ["b"])
  }

  @Test func unknownFlagIsAUsageErrorWithSuggestion() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--segir", "-c", "crear categoría a"])
    #expect(r.status == 2)
    #expect(r.stdout == "")
    #expect(
      r.stderr
        == "tienda: opción desconocida «--segir». ¿Quiso decir «--seguir»?\nEscriba «tienda --help» para ver las opciones.\n"
    )
    #expect(!box.exists("t.db"), "a usage error must not create the shop file")

    let json = try box.tienda(["--jsn"])
    #expect(json.status == 2)
    #expect(json.stderr.contains("¿Quiso decir «--json»?"))

    let foo = try box.tienda(["--foo"])
    #expect(foo.status == 2)
    #expect(foo.stderr.hasPrefix("tienda: opción desconocida «--foo»."))
    #expect(foo.stderr.contains("Escriba «tienda --help» para ver las opciones."))
  }

  @Test func dbWithoutValueIsAUsageError() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--db"], useDB: false)
    #expect(r.status == 2)
    #expect(r.stderr.hasPrefix("tienda: falta el valor de «--db».\n"))
    #expect(!box.exists("data/tienda/tienda.db"))
  }

  @Test func dashCAndScriptTogetherIsAUsageError() throws {
    let box = try Sandbox()
    let script = try box.write("s.tienda", "crear categoría a\n")
    let r = try box.tienda(["-c", "crear categoría b", script])
    #expect(r.status == 2)
    #expect(r.stderr.hasPrefix("tienda: use «-c» o un archivo de comandos, no ambos.\n"))
    #expect(!box.exists("t.db"))
  }

  @Test func helpIsSpanishAndExitsZero() throws {
    let box = try Sandbox()
    for flag in ["--help", "-h", "--ayuda"] {
      let r = try box.tienda([flag])
      #expect(r.status == 0, "\(flag): \(r.transcript)")
      #expect(r.stderr == "")
      #expect(r.stdout.hasPrefix("tienda 0.1.0: punto de venta y shell para tiendas pequeñas"))
      #expect(r.stdout.contains("Uso:\n"))
      #expect(r.stdout.contains("--db ARCHIVO"))
      #expect(r.stdout.contains("Códigos de salida: 0 bien, 1 falló un comando, 2 error de uso."))
    }
    #expect(!box.exists("t.db"), "--help must not touch the shop file")
  }

  @Test func versionExitsZero() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout == "tienda 0.1.0\n")
    #expect(r.stderr == "")
  }

  @Test func badOutputFormatAndMissingRedirectTarget() throws {
    let box = try Sandbox()
    let xml = try box.commands("listar categorías como xml")
    #expect(xml.status == 1)
    #expect(
      xml.stderr == """
          listar categorías como xml
                                 ^^^
        tienda: No conozco el formato «xml». Use tabla, csv, json o gráfico.

        """)
    let redirect = try box.commands("listar categorías >")
    #expect(redirect.status == 1)
    #expect(redirect.stderr.hasSuffix("tienda: Falta el nombre del archivo después de «>».\n"))
  }
}
