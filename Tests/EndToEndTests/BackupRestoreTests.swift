import Foundation
import Testing

/// `respaldar` and `restaurar` through the built binary, with real files and
/// a second process holding the shop open.
@Suite struct BackupRestoreTests {
  /// A `sqlite3` process with the file open, fed through a pipe; `sql` runs
  /// first and its answer is awaited, so the file is open when this returns.
  final class OtherProcess {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    /// What sqlite3 answered to `sql`.
    var answer = ""

    init(_ file: String, _ sql: String) throws {
      process.executableURL = URL(fileURLWithPath: PackagePaths.sqlite3)
      process.arguments = [file]
      process.standardInput = input
      process.standardOutput = output
      try process.run()
      input.fileHandleForWriting.write(Data((sql + "\nSELECT 'listo';\n").utf8))
      while !answer.contains("listo") {
        let data = output.fileHandleForReading.availableData
        if data.isEmpty { break }
        answer += String(decoding: data, as: UTF8.self)
      }
    }

    func finish() throws {
      try input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
  }

  func mode(_ path: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
  }

  @Test func respaldarWritesAVerifiedCopyNextToTheShop() throws {
    let box = try Sandbox()
    try box.ok("crear categoría bebidas")
    let r = try box.commands("respaldar", "respaldar")
    #expect(r.status == 0, "\(r.transcript)")
    // TIENDA_AHORA: 10:00 in Santiago.
    let first = box.path("t-respaldo-2026-11-23-1000.db")
    let second = box.path("t-respaldo-2026-11-23-1000-2.db")
    #expect(
      r.stdout
        == "Respaldo guardado y verificado en «\(first)».\nRespaldo guardado y verificado en «\(second)».\n"
    )
    #expect(try mode(first) == 0o600)
    #expect(try box.sqlite(first, "PRAGMA integrity_check").stdout == "ok\n")
    #expect(try box.sqlite(first, "SELECT name FROM categories").stdout == "bebidas\n")
    #expect(!box.exists("t-respaldo-2026-11-23-1000.db-wal"), "one self-contained file")
  }

  @Test func respaldarWhileAnotherProcessWritesCopiesOnlyCommittedData() throws {
    let box = try Sandbox()
    try box.ok("crear categoría confirmada")
    let other = try OtherProcess(
      box.db,
      "BEGIN IMMEDIATE; INSERT INTO categories(name, name_folded, created_at) VALUES ('a medias', 'a medias', 0); SELECT count(*) FROM categories;"
    )
    #expect(other.answer.hasPrefix("2\n"), "the other process holds an uncommitted row")
    let r = try box.commands("respaldar copia.db")
    try other.finish()  // the write is never committed
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      try box.sqlite(box.path("copia.db"), "SELECT name FROM categories").stdout == "confirmada\n")
  }

  @Test func respaldarNeverOverwrites() throws {
    let box = try Sandbox()
    try box.ok("crear categoría a")
    let existing = try box.write("ya.db", "no tocar")
    let r = try box.commands("respaldar ya.db")
    #expect(r.status == 1)
    #expect(
      errorText(r)
        == "Ya existe «ya.db»: un respaldo nunca sobrescribe un archivo. Elija otro nombre.")
    #expect(try box.read("ya.db") == "no tocar")
    #expect(try box.commands("respaldar \(box.db)").status == 1)
    _ = existing
  }

  @Test func restaurarGoesBackAndKeepsTheCurrentShop() throws {
    let box = try Sandbox()
    try box.ok("crear categoría antes", "respaldar copia.db", "crear categoría después")
    let r = try box.commands("restaurar copia.db")
    #expect(r.status == 0, "\(r.transcript)")
    let previous = box.path("t-antes-de-restaurar-2026-11-23-1000.db")
    #expect(
      r.stdout
        == "Tienda restaurada desde «copia.db». La tienda que había quedó en «\(previous)».\n")
    #expect(try box.categoryNames() == ["antes"])
    #expect(
      try box.sqlite(previous, "SELECT name FROM categories ORDER BY name").stdout
        == "antes\ndespués\n")
    #expect(try mode(previous) == 0o600)
    let journal = try box.rows("bitácora como json").compactMap { $0["accion"] as? String }
    #expect(journal == ["categoría.crear", "tienda.restaurar"])
    #expect(!box.exists("copia.db-wal") && !box.exists("copia.db-shm"))
  }

  @Test func restaurarIsRefusedWhileAnotherProcessHasTheShopOpen() throws {
    let box = try Sandbox()
    try box.ok("crear categoría antes", "respaldar copia.db", "crear categoría después")
    let before = try box.dump()
    let other = try OtherProcess(box.db, "SELECT count(*) FROM categories;")
    let r = try box.commands("restaurar copia.db")
    try other.finish()
    #expect(r.status == 1)
    #expect(
      errorText(r)
        == "Otro programa tiene abierta la tienda «\(box.db)» (otra caja u otra ventana). Ciérrelo y vuelva a intentar; no restauré nada."
    )
    #expect(try box.dump() == before)
    #expect(!box.exists("t-antes-de-restaurar-2026-11-23-1000.db"))
    // Once the other program is gone, it works.
    #expect(try box.commands("restaurar copia.db").status == 0)
    #expect(try box.categoryNames() == ["antes"])
  }

  @Test func restaurarRefusesWhatIsNotAHealthyShop() throws {
    let box = try Sandbox()
    try box.ok("crear categoría a")
    let before = try box.dump()
    try box.write("texto.db", "hola")
    try box.sqlite(box.path("otra.db"), "CREATE TABLE clientes(x)")
    #expect(
      try box.refused("restaurar texto.db")
        == "Ese archivo no es una base de tienda; no lo modifiqué.")
    #expect(
      try box.refused("restaurar otra.db")
        == "Ese archivo no es una base de tienda; no lo modifiqué.")
    #expect(
      try box.refused("restaurar \(box.db)")
        == "Ese archivo es la tienda misma; indique un respaldo.")
    #expect(
      try box.refused("restaurar no-existe.db")
        == "No pude leer «no-existe.db»: el archivo o la carpeta no existe.")
    // A copy from a newer tienda.
    try box.ok("respaldar nueva.db")
    try box.sqlite(box.path("nueva.db"), "PRAGMA user_version = 99")
    #expect(
      try box.refused("restaurar nueva.db").hasPrefix(
        "Este archivo lo escribió una versión más nueva"))
    #expect(try box.dump() == before)
    let stray = try FileManager.default.contentsOfDirectory(atPath: box.dir.path)
      .filter { $0.contains("antes-de-restaurar") }
    #expect(stray.isEmpty)
  }
}
