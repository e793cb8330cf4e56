import Foundation
import Testing

/// The owners' routines in Scripts/ (issue 8): stock count and restocking.
@Suite struct RoutineTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 costo 1200 stock 40 mínimo 10",
      "crear producto Tomate precio 1490 costo 800 unidad kg stock 20 mínimo 5",
      "crear producto \"Coca-Cola 1,5 L\" precio 1990 costo 1100 stock 3 mínimo 6 barras 7801234567894"
    )
  }

  func script(_ name: String) -> String {
    PackagePaths.root.appendingPathComponent("Scripts/" + name).path
  }

  @Test func inventoryRecordsEachCountAndValuesTheDifferences() throws {
    let csv = try box.write(
      "conteo.csv", "sku;contado\nEMP01;37\ntomate;20,5 kg\n7801234567894;3\n")
    let r = try box.tienda([script("inventario.tienda"), csv, box.dir.path])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(int(try box.product("EMP01")["stock"]) == 37)
    #expect((try box.product("TOM01")["stock"] as? NSNumber)?.doubleValue == 20.5)
    let report = try box.read("diferencias-2026-11-23.csv")
    // −3 empanadas × $1.200 = −$3.600; +0,5 kg × $800 = $400; coca cola unchanged.
    #expect(report.contains("EMP01;Empanada de pino;40;37;-3;-3600\r\n"), "\(report)")
    #expect(report.contains("TOM01;Tomate;20;20,5;0,5;400\r\n"), "\(report)")
    #expect(report.contains("COC01;Coca-Cola 1,5 L;3;3;0;0\r\n"), "\(report)")
    #expect(try box.count("SELECT count(*) FROM stock_movements WHERE kind = 'conteo'") == 3)
    let backups = try FileManager.default.contentsOfDirectory(atPath: box.dir.path)
      .filter { $0.hasPrefix("antes-del-inventario-") }
    #expect(backups.count == 1)
    #expect(try box.journalActions().contains("stock.importar_conteo"))
  }

  @Test func aBadRowRejectsTheWholeCount() throws {
    let before = try box.dump()
    let csv = try box.write("conteo.csv", "producto,cantidad\nEMP01,30\npizza napolitana,4\n")
    let r = try box.tienda(["-c", "importar conteo \(csv)"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("Línea 3"), "\(r.stderr)")
    #expect(r.stderr.contains("pizza napolitana"))
    #expect(try box.dump() == before)
    let twice = try box.write("dos.csv", "sku,contado\nEMP01,30\nemp pino,31\n")
    let again = try box.tienda(["-c", "importar conteo \(twice)"])
    #expect(again.stderr.contains("ya se contó en la línea 2"), "\(again.stderr)")
    #expect(try box.dump() == before)
    let noColumns = try box.write("malo.csv", "algo,otro\n1,2\n")
    #expect(
      try box.tienda(["-c", "importar conteo \(noColumns)"]).stderr.contains("contado o cantidad"))
  }

  @Test func restockingListsWhatToBuy() throws {
    let r = try box.tienda([script("reposicion.tienda"), box.dir.path])
    #expect(r.status == 0, "\(r.transcript)")
    let csv = try box.read("compras-2026-11-23.csv")
    // Coca-Cola: stock 3, minimum 6: buy up to 12 → 9, at $1.100 = $9.900.
    #expect(csv.contains("COC01;Coca-Cola 1,5 L;3;6;9;un;1100;9900\r\n"), "\(csv)")
    #expect(!csv.contains("EMP01"))
  }
}
