import Foundation
import Testing

/// The shop file (DESIGN.md §4): where it lives, its mode, WAL, and files
/// that are not tienda's (or are too new) left untouched.
@Suite struct ShopFileTests {
  func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue)
  }

  @Test func newFileHasMode0600AndUsesWAL() throws {
    let box = try Sandbox()
    let r = try box.commands("crear categoría bebidas")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try permissions(box.db) == 0o600)
    let mode = try box.sqlite(box.db, "PRAGMA journal_mode")
    #expect(mode.stdout == "wal\n", "\(mode.transcript)")
    let tables = try box.sqlite(box.db, "SELECT count(*) FROM categories")
    #expect(tables.stdout == "1\n")
  }

  @Test func defaultLocationIsUnderXDGDataHome() throws {
    let box = try Sandbox()
    let r = try box.tienda(["-c", "crear categoría bebidas"], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    let path = box.path("data/tienda/tienda.db")
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try permissions(path) == 0o600)
    #expect(try permissions(box.path("data/tienda")) == 0o700)
    let config = try box.tienda(["-c", "ver configuración como json"], useDB: false)
    #expect(try jsonObject(config.stdout)["archivo"] as? String == path)
    #expect(!box.exists("t.db"))
  }

  @Test func fallsBackToHomeLocalShare() throws {
    let box = try Sandbox()
    let r = try box.tienda(
      ["-c", "crear categoría bebidas"], env: ["XDG_DATA_HOME": nil], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(box.exists(".local/share/tienda/tienda.db"))
    #expect(!box.exists("data/tienda/tienda.db"))
  }

  @Test func tiendaDBEnvironmentIsRespected() throws {
    let box = try Sandbox()
    let path = box.path("desde-env.db")
    let r = try box.tienda(
      ["-c", "crear categoría bebidas"], env: ["TIENDA_DB": path], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try permissions(path) == 0o600)
    #expect(!box.exists("data/tienda/tienda.db"))
    // --db wins over TIENDA_DB.
    let other = try box.tienda(["-c", "listar categorías como json"], env: ["TIENDA_DB": path])
    #expect(try jsonArray(other.stdout).isEmpty)
    let same = try box.tienda(
      ["-c", "listar categorías como json"], env: ["TIENDA_DB": path], useDB: false)
    #expect(try jsonArray(same.stdout).count == 1)
  }

  @Test func refusesATextFileAndLeavesItAlone() throws {
    let box = try Sandbox()
    let path = try box.write("notas.txt", "lista de compras\npan\nleche\n")
    let before = try FileSnapshot(path)
    let r = try box.tienda(["--db", path, "-c", "crear categoría bebidas"], useDB: false)
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(
      r.stderr == "tienda: «\(path)»: Ese archivo no es una base de tienda; no lo modifiqué.\n")
    #expect(try FileSnapshot(path) == before)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
  }

  @Test func refusesAnotherSQLiteDatabaseAndLeavesItAlone() throws {
    let box = try Sandbox()
    let path = box.path("otra.db")
    let made = try box.sqlite(
      path, "CREATE TABLE clientes(nombre TEXT); INSERT INTO clientes VALUES ('Ana');")
    #expect(made.status == 0, "\(made.transcript)")
    let before = try FileSnapshot(path)
    let r = try box.tienda(["--db", path, "-c", "crear categoría bebidas"], useDB: false)
    #expect(r.status == 1)
    #expect(
      r.stderr == "tienda: «\(path)»: Ese archivo no es una base de tienda; no lo modifiqué.\n")
    #expect(try FileSnapshot(path) == before)
    let mode = try box.sqlite(path, "PRAGMA journal_mode")
    #expect(mode.stdout == "delete\n", "the file must not be switched to WAL")
  }

  @Test func refusesAFileFromANewerVersionAndLeavesItAlone() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear categoría bebidas").status == 0)
    let bump = try box.sqlite(box.db, "PRAGMA user_version = 999")
    #expect(bump.status == 0, "\(bump.transcript)")
    let before = try FileSnapshot(box.db)
    let r = try box.commands("crear categoría snacks")
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(r.stderr.contains("versión más nueva"), "\(r.transcript)")
    #expect(r.stderr.contains("esquema 999"), "\(r.transcript)")
    #expect(try FileSnapshot(box.db) == before)
    let version = try box.sqlite(box.db, "PRAGMA user_version")
    #expect(version.stdout == "999\n")
    let names = try box.sqlite(box.db, "SELECT group_concat(name) FROM categories")
    #expect(names.stdout == "bebidas\n")
  }

  /// After a clean exit the main file alone holds every committed change
  /// (SQLite checkpoints the WAL when the last connection closes), so a plain
  /// `cp tienda.db` copy taken after closing is complete.
  @Test func cleanExitLeavesDataInTheMainFile() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear categoría bebidas").status == 0)
    let copy = box.path("copia.db")
    try FileManager.default.copyItem(atPath: box.db, toPath: copy)
    let r = try box.sqlite(copy, "SELECT group_concat(name) FROM categories")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "bebidas\n")
  }

  @Test func checkDatabaseSaysHealthy() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear categoría bebidas").status == 0)
    let r = try box.commands("verificar base")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    #expect(r.stdout.hasSuffix("La base está sana.\n"))
    #expect(r.stdout.contains("Integridad:                ok\n"), "\(r.stdout)")
    #expect(r.stdout.contains("Modo del diario:           wal\n"))
    #expect(r.stdout.contains("Registros en bitácora:     1\n"))
    #expect(r.stdout.contains("Versión del esquema:       10\n"))
    let json = try jsonObject(try box.commands("verificar base como json").stdout)
    #expect(json["integridad"] as? String == "ok")
    #expect(json["modo"] as? String == "wal")
  }
}
