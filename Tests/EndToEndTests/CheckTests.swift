import Foundation
import Testing

/// `verificar <valor> <op> <valor>`: assertions in scripts.
@Suite struct CheckTests {
  /// A shop with a unit product (40), a weighed one (1,5 kg) and a kit.
  func stockedShop() throws -> Sandbox {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 40",
      "crear producto Queso precio 9000 unidad kg stock 1,5",
      "crear kit Combo precio 3000 con 1 emp pino")
    return box
  }

  @Test func passingChecksAreSilentInScripts() throws {
    let box = try stockedShop()
    _ = try box.write(
      "x.tienda",
      """
      verificar stock EMP01 >= 10
      verificar stock EMP01 = 40; verificar stock emp pino != 39
      verificar stock EMP01 < 41
      verificar stock EMP01 <= 40
      verificar stock EMP01 > 39
      verificar stock queso = 1,5 kg
      verificar stock queso = 1500 g
      verificar stock queso >= 1
      verificar existe producto EMP01
      verificar existe producto "Empanada de pino" = sí
      verificar existe producto XYZ = no
      verificar existe producto XYZ != sí

      """)
    let r = try box.tienda(["x.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "")
    #expect(r.stderr == "")
  }

  @Test func aFailedCheckSaysWhatWasExpectedAndFoundAndStopsTheScript() throws {
    let box = try stockedShop()
    _ = try box.write(
      "x.tienda",
      "verificar stock EMP01 >= 10\nverificar stock EMP01 > 40\ncrear categoría después\n")
    let r = try box.tienda(["x.tienda"])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "x.tienda:2:1: Falló la verificación: se esperaba stock de «Empanada de pino» > 40 y es 40.\n"
    )
    #expect(try box.categoryNames() == [])
    let weighed = try box.commands("verificar stock queso < 1 kg")
    #expect(
      errorText(weighed)
        == "Falló la verificación: se esperaba stock de «Queso» < 1 kg y es 1,5 kg.")
    let missing = try box.commands("verificar existe producto XYZ")
    #expect(
      errorText(missing) == "Falló la verificación: se esperaba existe producto «XYZ» = sí y es no."
    )
  }

  @Test func seguirReportsEveryFailedCheck() throws {
    let box = try stockedShop()
    _ = try box.write(
      "x.tienda",
      "verificar stock EMP01 = 1\nverificar stock EMP01 = 40\nverificar existe producto NO1\n")
    let r = try box.tienda(["--seguir", "x.tienda"])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(r.transcript)")
    #expect(lines[0].hasPrefix("x.tienda:1:1: Falló la verificación"))
    #expect(lines[1].hasPrefix("x.tienda:3:1: Falló la verificación"))
    #expect(lines[2] == "tienda: 2 comandos fallaron (x.tienda:1; x.tienda:3).")
  }

  @Test func checksWithVariables() throws {
    let box = try stockedShop()
    _ = try box.write(
      "x.tienda", "parámetro minimo 10\nverificar stock EMP01 >= $minimo\n")
    #expect(try box.tienda(["x.tienda"]).status == 0)
    let r = try box.tienda(["x.tienda", "50"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("se esperaba stock de «Empanada de pino» >= 50 y es 40."))
  }

  @Test func mistakesPointAtTheWord() throws {
    let box = try stockedShop()
    var r = try box.commands("verificar stok EMP01 > 3")
    #expect(
      r.stderr == """
          verificar stok EMP01 > 3
                    ^^^^
        tienda: No sé verificar «stok». ¿Quiso decir «stock»?

        """)
    r = try box.commands("verificar stock nada > 3")
    #expect(r.stderr.contains("                  ^^^^\n"), "\(r.transcript)")
    #expect(errorText(r).hasPrefix("No encontré el producto «nada»."))
    r = try box.commands("verificar stock combo > 3")
    #expect(errorText(r).hasPrefix("«Combo» es un kit: no tiene stock propio"))
    r = try box.commands("verificar stock EMP01")
    #expect(errorText(r).hasPrefix("Falta la comparación después de «stock …»"))
    r = try box.commands("verificar stock EMP01 >")
    #expect(errorText(r) == "Falta el valor esperado después de «>».")
    r = try box.commands("verificar existe producto XYZ >= no")
    #expect(errorText(r) == "«existe producto» es sí o no: compárelo con = o !=.")
    r = try box.commands("verificar stock EMP01 >= abc")
    #expect(errorText(r).hasPrefix("«abc» no es una cantidad válida."))
    r = try box.commands("verificar stock EMP01 > 3 4")
    #expect(errorText(r) == "No entiendo «4» en «verificar».")
  }

  @Test func verificarBaseStillWorks() throws {
    let box = try stockedShop()
    let r = try box.commands("verificar base")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("La base está sana."))
  }
}
