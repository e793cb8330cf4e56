import Foundation
import Testing

/// Running scripts: `tienda archivo.tienda args…`, `#!/usr/bin/env tienda`,
/// `ejecutar` inside the shell and inside scripts.
@Suite struct ScriptRunTests {
  @Test func shebangFileRunsDirectlyWithArguments() throws {
    let box = try Sandbox()
    let script = try box.write(
      "alta.tienda",
      """
      #!/usr/bin/env tienda
      # Crea la categoría que se le pasa.
      crear categoría ${1}

      """)
    #expect(chmod(script, 0o755) == 0)
    let binFolder = URL(fileURLWithPath: PackagePaths.binary).deletingLastPathComponent().path
    let r = try box.run(
      script, ["bebidas"],
      env: ["PATH": binFolder + ":/usr/bin:/bin", "TIENDA_DB": box.db])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "Categoría «bebidas» creada.\n")
    #expect(try box.categoryNames() == ["bebidas"])
  }

  @Test func ejecutarSharesTheShopWithItsOwnArguments() throws {
    let box = try Sandbox()
    try FileManager.default.createDirectory(
      atPath: box.path("rutinas"), withIntermediateDirectories: true)
    // The helper sits next to the routine; the routine is run from elsewhere.
    _ = try box.write(
      "rutinas/ayudante.tienda", "crear categoría ${1} padre ${2}\ncrear categoría \"${*}\"\n")
    _ = try box.write(
      "rutinas/principal.tienda",
      """
      crear categoría ${1}
      ejecutar ayudante.tienda hijas ${1}
      crear categoría fin-${1}

      """)
    let r = try box.tienda(["rutinas/principal.tienda", "madres"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["fin-madres", "hijas", "hijas madres", "madres"])
    let rows = try jsonArray(try box.commands("listar categorías como json").stdout)
    #expect(rows.first { $0["nombre"] as? String == "hijas" }?["padre"] as? String == "madres")
  }

  @Test func ejecutarFromTheCommandLineAndStdin() throws {
    let box = try Sandbox()
    _ = try box.write("a.tienda", "crear categoría ${1}\n")
    #expect(try box.commands("ejecutar a.tienda uno").status == 0)
    let r = try box.tienda(
      [], stdin: "ejecutar a.tienda dos\nejecutar a.tienda \"tres y cuatro\"\n")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["dos", "tres y cuatro", "uno"])
  }

  @Test func errorInsideANestedScriptNamesBothFiles() throws {
    let box = try Sandbox()
    _ = try box.write("hijo.tienda", "crear categoría b\n\ncrear categria c\ncrear categoría d\n")
    _ = try box.write(
      "padre.tienda", "crear categoría a\nejecutar hijo.tienda\ncrear categoría e\n")
    let r = try box.tienda(["padre.tienda"])
    #expect(r.status == 1)
    #expect(
      r.stderr == """
        hijo.tienda:3:1: No conozco el comando «crear categria». ¿Quiso decir «crear categoría»?
        padre.tienda:2:1: El script «hijo.tienda» no terminó bien: 1 comando falló.

        """)
    #expect(try box.categoryNames() == ["a", "b"])
  }

  @Test func seguirKeepsGoingInsideNestedScripts() throws {
    let box = try Sandbox()
    _ = try box.write("hijo.tienda", "crear categria x\ncrear categoría b\n")
    _ = try box.write("padre.tienda", "ejecutar hijo.tienda\ncrear categoría c\n")
    let r = try box.tienda(["--seguir", "padre.tienda"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("hijo.tienda:1:1: No conozco el comando «crear categria»."))
    #expect(r.stderr.contains("padre.tienda:1:1: El script «hijo.tienda» no terminó bien"))
    #expect(r.stderr.hasSuffix("tienda: 1 comando falló (padre.tienda:1).\n"), "\(r.transcript)")
    #expect(try box.categoryNames() == ["b", "c"])
  }

  @Test func aScriptCannotRunItself() throws {
    let box = try Sandbox()
    _ = try box.write("a.tienda", "crear categoría a\nejecutar b.tienda\n")
    _ = try box.write("b.tienda", "ejecutar ./a.tienda\ncrear categoría b\n")
    let r = try box.tienda(["a.tienda"])
    #expect(r.status == 1)
    #expect(
      r.stderr.hasPrefix(
        "b.tienda:1:1: «./a.tienda» ya se está ejecutando («a.tienda» → «b.tienda» → «./a.tienda»): un script no puede ejecutarse a sí mismo.\n"
      ), "\(r.transcript)")
    #expect(try box.categoryNames() == ["a"])
  }

  @Test func ejecutarAMissingFileFailsInSpanish() throws {
    let box = try Sandbox()
    let r = try box.commands("ejecutar no-existe.tienda")
    #expect(r.status == 1)
    #expect(errorText(r).hasPrefix("No pude leer «no-existe.tienda»: "), "\(r.transcript)")
    #expect(!r.stderr.contains("No such file"))
  }

  @Test func salirInsideANestedScriptEndsEverything() throws {
    let box = try Sandbox()
    _ = try box.write("hijo.tienda", "crear categoría b\nsalir\ncrear categoría c\n")
    _ = try box.write("padre.tienda", "ejecutar hijo.tienda\ncrear categoría d\n")
    let r = try box.tienda(["padre.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["b"])
  }

  @Test func shebangLineAndBlankLinesAreSkipped() throws {
    let box = try Sandbox()
    _ = try box.write(
      "x.tienda", "#!/usr/bin/env tienda\n\n   \n# nada\ncrear categoría a # comentario\n")
    let r = try box.tienda(["x.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["a"])
  }

  @Test func nightlyReviewSampleSavesListsAndABackup() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 100 stock 1 mínimo 5", "crear producto Té precio 500 stock 9")
    try FileManager.default.createDirectory(
      atPath: box.path("respaldos"), withIntermediateDirectories: true)
    let sample = PackagePaths.root.appendingPathComponent("Samples/revision-nocturna.tienda").path
    let r = try box.tienda([sample, "respaldos"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    #expect(try box.read("respaldos/productos-2026-11-23.csv").contains("Té"))
    let restock = try box.read("respaldos/reponer-2026-11-23.csv")
    #expect(restock.contains("Pan") && !restock.contains("Té"))
    #expect(
      r.stdout.hasSuffix(
        "Respaldo guardado y verificado en «respaldos/tienda-2026-11-23-10-00.db».\n"))
    #expect(
      try box.sqlite(
        box.path("respaldos/tienda-2026-11-23-10-00.db"), "SELECT count(*) FROM products"
      )
      .stdout == "2\n")
    // Run again the same minute: the backup is never overwritten, the script fails loudly.
    let again = try box.tienda([sample, "respaldos"])
    #expect(again.status == 1)
    #expect(again.stderr.contains("Ya existe «respaldos/tienda-2026-11-23-10-00.db»"))
  }
}
