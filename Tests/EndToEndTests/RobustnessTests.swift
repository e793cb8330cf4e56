import Foundation
import Testing

/// Mistakes a real user makes: each is refused clearly and changes nothing.
@Suite struct RobustnessTests {
  @Test func redirectNeverOverwritesTheShopFile() throws {
    let box = try Sandbox()
    try box.commands("crear categoría a")
    let r = try box.commands("listar categorías > \(box.db)")
    #expect(r.status == 1)
    #expect(r.stderr.contains("No puedo escribir la salida sobre el archivo de la tienda"))
    let again = try box.commands("listar categorías como csv")
    #expect(again.status == 0, "\(again.transcript)")
    #expect(again.stdout.contains("a;"))
    let wal = try box.commands("listar categorías > \(box.db)-wal")
    #expect(wal.status == 1)
  }

  @Test func redirectWritesWholeFilesOnly() throws {
    let box = try Sandbox()
    try box.commands("crear categoría a")
    let r = try box.commands("listar categorías como csv > \(box.path("nada/x.csv"))")
    #expect(r.status == 1)
    #expect(r.stderr.contains("no existe"), "\(r.transcript)")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: box.dir.path)
    #expect(!leftovers.contains { $0.contains("tienda-tmp") })
  }

  @Test func continuationErrorsPointAtThePhysicalLine() throws {
    let box = try Sandbox()
    _ = try box.write("s.tienda", "# comentario\ncrear categoría b \\\n  padre zz\n")
    let r = try box.tienda(["s.tienda"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("s.tienda:3:9: No encontré la categoría «zz»."), "\(r.transcript)")
  }

  @Test func byteOrderMarkIsIgnored() throws {
    let box = try Sandbox()
    let url = URL(fileURLWithPath: box.path("bom.tienda"))
    try (Data([0xEF, 0xBB, 0xBF]) + Data("crear categoría x\r\n".utf8)).write(to: url)
    let r = try box.tienda(["bom.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["x"])
  }

  @Test func invalidUTF8IsNamed() throws {
    let box = try Sandbox()
    let url = URL(fileURLWithPath: box.path("latin1.tienda"))
    try (Data("crear categoría ".utf8) + Data([0x4C, 0xE1, 0x63, 0x74, 0x65, 0x6F, 0x73, 0x0A]))
      .write(
        to: url)
    let r = try box.tienda(["latin1.tienda"])
    #expect(r.status == 1)
    #expect(
      r.stderr.contains("latin1.tienda:1:18: La línea tiene bytes que no son texto UTF-8"),
      "\(r.transcript)")
    #expect(try box.categoryNames().isEmpty)
  }

  @Test func unchangedSettingsAreNotJournaled() throws {
    let box = try Sandbox()
    try box.commands("configurar tienda zona America/Santiago", "crear categoría pan")
    let before = try box.sqlite(box.db, "SELECT count(*) FROM journal").stdout
    let r = try box.commands(
      "configurar tienda zona America/Santiago", "editar categoría pan en-pos sí")
    #expect(r.status == 0)
    #expect(r.stdout.contains("No hubo cambios"))
    #expect(r.stdout.contains("no hubo cambios"))
    #expect(try box.sqlite(box.db, "SELECT count(*) FROM journal").stdout == before)
  }

  @Test func explicitPathInMissingFolderIsRefused() throws {
    let box = try Sandbox()
    let target = box.path("no-existe/x.db")
    let r = try box.tienda(["--db", target, "-c", "ver configuración"], useDB: false)
    #expect(r.status == 1)
    #expect(r.stderr.contains("no existe"), "\(r.transcript)")
    #expect(!FileManager.default.fileExists(atPath: box.path("no-existe")))
  }

  @Test func zonesMustBeRealZones() throws {
    let box = try Sandbox()
    for bad in ["zone.tab", "tzdata.zi", "right/America/Santiago", "localtime"] {
      let r = try box.commands("configurar tienda zona \(bad)")
      #expect(r.status == 1, "\(bad): \(r.transcript)")
    }
    let r = try box.commands("configurar tienda zona america/santiago", "ver configuración")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Zona horaria:    America/Santiago"))
  }

  @Test func caretIsStableWhenAWordRepeats() throws {
    let box = try Sandbox()
    for _ in 0..<5 {
      let r = try box.tienda([], stdin: "crear categoría u padre u\n")
      #expect(
        r.stderr.hasPrefix("línea 1, columna 25: No encontré la categoría «u»."), "\(r.transcript)")
    }
  }

  @Test func badNamesAreRefused() throws {
    let box = try Sandbox()
    let long = String(repeating: "x", count: 81)
    let cases: [(String, String)] = [
      ("crear categoría \(long)", "demasiado largo"),
      ("crear categoría ---", "debe tener letras o números"),
      ("crear categoría \"\"", "Falta el nombre"),
      ("crear categoría ninguna", "palabra reservada"),
    ]
    for (command, message) in cases {
      let r = try box.commands(command)
      #expect(r.status == 1, "\(command)")
      #expect(r.stderr.contains(message), "\(command): \(r.transcript)")
    }
    #expect(try box.categoryNames().isEmpty)
  }

  @Test func helpTopicCaretPointsIntoTheTopic() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "ayuda crear xyz\n")
    #expect(r.stderr.hasPrefix("línea 1, columna 7: "), "\(r.transcript)")
  }
}
