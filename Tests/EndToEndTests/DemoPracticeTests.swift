import Foundation
import Testing

/// `tienda --demo` and `modo práctica` / `salir de práctica`.
@Suite struct DemoPracticeTests {
  /// Folders named `prefix-…` directly in `dir`.
  func folders(_ prefix: String, in dir: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(prefix) }
  }

  @Test func demoIsSeededWorksAndLeavesNothingBehind() throws {
    let box = try Sandbox()
    let tmp = box.path("tmp")
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    let env: [String: String?] = ["TMPDIR": tmp, "TIENDA_DB": box.path("mia.db")]
    let r = try box.tienda(
      [
        "--demo", "--eco",
        "-c", "verificar existe producto EMP01",
        "-c", "verificar ventas hoy = 6",
        "-c", "verificar caja cuadrada",
        "-c", "verificar efectivo esperado = 28960",
        "-c", "verificar existe cupón FERIA10",
        "-c", "verificar stock palta = 3,5 kg",
        "-c", "vender 2 emp pino pagar efectivo 5000",
        "-c", "verificar ventas hoy = 7",
      ], env: env, useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.hasPrefix("Feria Don Pepe [DEMO]> verificar existe producto EMP01\n"))
    #expect(r.stderr == "")
    // The catalog the issue asks for.
    let products = try box.tienda(
      ["--demo", "-c", "listar productos como json"], env: env, useDB: false)
    let list = try jsonArray(products.stdout)
    #expect(list.count >= 38, "\(list.count) productos")
    let low = try box.tienda(["--demo", "-c", "stock bajo como json"], env: env, useDB: false)
    #expect(try jsonArray(low.stdout).count >= 3)
    let expiring = try box.tienda(["--demo", "-c", "stock por vencer"], env: env, useDB: false)
    #expect(expiring.stdout.contains("Frutilla"), "\(expiring.transcript)")
    // No users: the demo opens without a login.
    let users = try box.tienda(
      ["--demo", "-c", "listar usuarios como json"], env: env, useDB: false)
    #expect(try jsonArray(users.stdout).isEmpty, "\(users.transcript)")
    // The user's shop (TIENDA_DB) and the default one were never created,
    // and the scratch folder is gone.
    #expect(!box.exists("mia.db"))
    #expect(!FileManager.default.fileExists(atPath: box.path("data/tienda/tienda.db")))
    #expect(try folders("tienda-demo", in: tmp) == [])
  }

  @Test func demoNeverTouchesTheUsersShopFile() throws {
    let box = try Sandbox()
    try box.ok("crear categoría mía")
    let before = try FileSnapshot(box.db)
    let r = try box.tienda(
      ["--demo", "-c", "crear categoría otra", "-c", "verificar ventas hoy = 6"],
      env: ["TIENDA_DB": box.db, "TIENDA_CAJA": "Caja 9"], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try FileSnapshot(box.db) == before)
    #expect(try box.categoryNames() == ["mía"])
  }

  @Test func demoWithDbSeedsANewFileAndKeepsIt() throws {
    let box = try Sandbox()
    let file = box.path("nueva.db")
    var r = try box.run(PackagePaths.binary, ["--db", file, "--demo", "-c", "ventas hoy"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "Sembré la tienda de demostración en «\(file)»; queda guardada ahí.\n")
    #expect(r.stdout.contains("6 ventas"))
    r = try box.run(PackagePaths.binary, ["--db", file, "-c", "verificar ventas hoy = 6"])
    #expect(r.status == 0, "\(r.transcript)")
    // A file with data is refused, untouched.
    let before = try FileSnapshot(file)
    r = try box.run(PackagePaths.binary, ["--db", file, "--demo", "-c", "ventas hoy"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("«\(file)» ya existe y tiene datos"), "\(r.transcript)")
    #expect(try FileSnapshot(file) == before)
  }

  @Test func practiceWorksOnACopyAndLeavesTheRealShopUntouched() throws {
    let box = try Sandbox()
    let tmp = box.path("tmp")
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    try box.ok(
      "configurar tienda nombre \"Feria Don Pepe\"",
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 40",
      "abrir caja 20000", "vender 2 emp pino pagar efectivo 5000")
    let dump = try box.sqlite(box.db, ".dump").stdout
    let before = try FileSnapshot(box.db)
    let r = try box.tienda(
      [
        "--eco",
        "-c", "modo práctica",
        "-c", "vender 10 emp pino pagar efectivo 25000",
        "-c", "verificar stock EMP01 = 28",
        "-c", "crear categoría práctica",
        "-c", "cerrar caja 1000",
        "-c", "verificar caja cuadrada = no",
        "-c", "salir de práctica",
        "-c", "verificar stock EMP01 = 38",
        "-c", "verificar ventas hoy = 1",
        "-c", "verificar efectivo esperado = 25000",
      ], env: ["TMPDIR": tmp])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Feria Don Pepe [PRÁCTICA]> vender 10 emp pino"))
    #expect(r.stdout.contains("\nFeria Don Pepe> verificar stock EMP01 = 38\n"))
    #expect(try box.sqlite(box.db, ".dump").stdout == dump)
    #expect(try FileSnapshot(box.db) == before)
    #expect(try folders("tienda-practica", in: tmp) == [])
  }

  @Test func practiceCopyIsRemovedAtExitToo() throws {
    let box = try Sandbox()
    let tmp = box.path("tmp")
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    try box.ok("crear categoría real")
    let dump = try box.sqlite(box.db, ".dump").stdout
    // A script that ends while still practising.
    _ = try box.write(
      "p.tienda", "modo práctica\ncrear categoría falsa\nverificar existe producto X = no\n")
    let r = try box.tienda(["p.tienda"], env: ["TMPDIR": tmp])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try folders("tienda-practica", in: tmp) == [])
    #expect(try box.sqlite(box.db, ".dump").stdout == dump)
  }

  @Test func practiceRefusals() throws {
    let box = try Sandbox()
    var r = try box.commands("salir de práctica")
    #expect(errorText(r) == "No está en modo práctica: no hay nada que descartar.")
    r = try box.commands("modo práctica", "modo práctica")
    #expect(
      errorText(r) == "Ya está en modo práctica; «salir de práctica» vuelve a la tienda real.")
    for mode in ["--atómico", "--simular"] {
      r = try box.tienda([mode, "-c", "modo práctica"])
      #expect(r.status == 1)
      #expect(r.stderr.contains("no pueden ir dentro de --atómico, --simular ni «simular»"))
    }
    r = try box.commands("simular modo práctica")
    #expect(r.stderr.contains("no pueden ir dentro de --atómico"), "\(r.transcript)")
  }

  @Test func practicePapersSayPractica() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto Alfajor precio 1000 stock 5",
      "configurar impresora boletera archivo \(box.path("papel.bin")) lenguaje texto")
    let r = try box.commands(
      "modo práctica", "vender 1 alfajor pagar efectivo 1000", "salir de práctica",
      env: ["TIENDA_ESPERA_IMPRESION": "4000"])
    #expect(r.status == 0, "\(r.transcript)")
    let paper = try box.read("papel.bin")
    #expect(paper.contains("PRÁCTICA"), "\(paper)")
    #expect(try box.sqlite(box.db, "SELECT count(*) FROM sales").stdout == "0\n")
  }
}
