import Foundation
import Testing

/// One CSV for people (issue 13, item 4; DESIGN §6, §8.18): `;`, a BOM in
/// files, CRLF, local date and time, decimal comma, neutralised text cells,
/// read back by `importar`. Python's csv module and zoneinfo are the oracle.
@Suite struct SpreadsheetCSVTests {
  /// Two instants of one local day in Santiago (UTC-3 in November): 10:00 and
  /// 23:45 local, the second already 24-11 in UTC.
  static let morning = "2026-11-23T13:00:00Z"
  static let night = "2026-11-24T02:45:00Z"

  /// Runs `python3 -c script args…` in the sandbox with `TZ` set; the script
  /// prints "ok" when every check holds, else what failed.
  func python(_ box: Sandbox, _ script: String, _ args: [String]) throws -> RunResult {
    try box.run("/usr/bin/python3", ["-c", script] + args, env: ["TZ": "America/Santiago"])
  }

  /// Checks shared by every CSV file: BOM, CRLF only, `;`, and returns rows.
  static let pythonPrelude = """
    import csv, io, sys, os, time
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo
    problems = []
    def check(cond, what):
        if not cond: problems.append(what)
    def read(path, bom=True, delimiter=';'):
        data = open(path, 'rb').read()
        check(data.startswith(b'\\xef\\xbb\\xbf') == bom, path + ': BOM ' + str(bom))
        body = data[3:] if bom else data
        check(body.count(b'\\n') == body.count(b'\\r\\n') and body.endswith(b'\\r\\n'),
              path + ': CRLF only')
        text = body.decode('utf-8')
        rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=delimiter))
        header = rows[0]
        return [dict(zip(header, r)) for r in rows[1:]]
    def local(iso):
        instant = datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        return instant.astimezone(ZoneInfo(os.environ['TZ'])).strftime('%Y-%m-%d %H:%M')

    """

  static let pythonEnd = """

    print('ok' if not problems else '\\n'.join(problems))
    """

  @Test func reportFilesOpenInSpanishSpreadsheets() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"=SUMA(A1:A9) Empanada\" precio 2500 sku EMP01 stock 10",
      "crear producto \"@Tomate\" precio 1.200 unidad kg stock 5 sku TOM01",
      "crear producto \"Pan, amasado\" precio 200 sku PAN01 stock 100")
    let first = try box.tienda(
      ["-c", "vender 0,5 kg TOM01, 1 EMP01 pagar efectivo 5000"],
      env: ["TIENDA_AHORA": Self.morning])
    #expect(first.status == 0, "\(first.transcript)")
    let second = try box.tienda(
      ["-c", "vender 3 PAN01 pagar efectivo 600"], env: ["TIENDA_AHORA": Self.night])
    #expect(second.status == 0, "\(second.transcript)")
    let files = try box.tienda(
      [
        "-c", "ventas hoy como csv > ventas.csv", "-c", "movimientos TOM01 como csv > mov.csv",
        "-c", "listar productos como csv > productos.csv",
      ], env: ["TIENDA_AHORA": Self.night])
    #expect(files.status == 0, "\(files.transcript)")
    let stdout = try box.tienda(
      ["-c", "ventas hoy como csv"], env: ["TIENDA_AHORA": Self.night])
    _ = try box.write("stdout.csv", stdout.stdout)

    let script =
      Self.pythonPrelude + """
        ventas = read('ventas.csv')
        check(len(ventas) == 2, 'two sales on the local day: ' + repr(ventas))
        by_number = {v['numero']: v for v in ventas}
        check(by_number['1']['fecha'] == local(sys.argv[1]), 'sale 1 local time: ' + repr(ventas))
        check(by_number['2']['fecha'] == local(sys.argv[2]), 'sale 2 local time: ' + repr(ventas))
        check(by_number['1']['total'] == '3100', 'sale 1 total 600 + 2500')
        check(by_number['2']['total'] == '600', 'sale 2 total')
        movs = read('mov.csv')
        quantities = [m['cantidad'] for m in movs]
        check(quantities == ['5', '-0,5'], 'decimal comma, numbers untouched: ' + repr(quantities))
        check([m['stock'] for m in movs] == ['5', '4,5'], 'stock with decimal comma')
        check(movs[1]['fecha'] == local(sys.argv[1]), 'movement local time')
        names = {p['sku']: p['nombre'] for p in read('productos.csv')}
        check(names['EMP01'] == "'=SUMA(A1:A9) Empanada", 'formula neutralised: ' + repr(names))
        check(names['TOM01'] == "'@Tomate", '@ neutralised')
        check(names['PAN01'] == 'Pan, amasado', 'plain text kept')
        check(read('stdout.csv', bom=False) == ventas, 'stdout: same rows, no BOM')
        """ + Self.pythonEnd
    let r = try python(box, script, [Self.morning, Self.night])
    #expect(r.stdout == "ok\n", "\(r.transcript)")
  }

  /// The catalog exported (with dangerous names, weights with decimals) reads
  /// in Python and imports into a new shop unchanged; the same with the `,`
  /// separator chosen by the setting.
  @Test func exportImportRoundTripWithNeutralisedCells() throws {
    let box = try Sandbox()
    try box.ok(
      "crear categoría Bebidas",
      "crear producto \"=HIPERVINCULO(\\\"http://x\\\") Té\" precio 900 sku TE01 stock 3",
      "crear producto \"+56 Bebida\" precio 1.500 sku BEB01 stock 12 categoría Bebidas",
      "crear producto \"-Queso de cabra\" precio 7.990 unidad kg stock 1,25 sku QUE01",
      "crear producto \"Pan amasado\" precio 200 sku PAN01 stock 40 descripción \"@mañana\"",
      "exportar productos punto.csv", "configurar tienda separador-csv coma",
      "exportar productos coma.csv")
    let script =
      Self.pythonPrelude + """
        for path, delimiter in (('punto.csv', ';'), ('coma.csv', ',')):
            rows = {p['sku']: p for p in read(path, delimiter=delimiter)}
            check(rows['TE01']['nombre'] == "'=HIPERVINCULO(\\"http://x\\") Té", path + repr(rows['TE01']))
            check(rows['BEB01']['nombre'] == "'+56 Bebida", path + ' + neutralised')
            check(rows['QUE01']['nombre'] == "'-Queso de cabra", path + ' - neutralised')
            check(rows['QUE01']['stock'] == '1,25', path + ' decimal comma: ' + rows['QUE01']['stock'])
            check(rows['BEB01']['precio'] == '1500', path + ' price untouched')
            check(rows['PAN01']['descripción'] == "'@mañana", path + ' description neutralised')
        """ + Self.pythonEnd
    let r = try python(box, script, [])
    #expect(r.stdout == "ok\n", "\(r.transcript)")

    // A stock listing saved as CSV reads back as a count: nothing differs.
    try box.ok("stock como csv > inventario.csv")
    let count = try box.ok("importar conteo inventario.csv como json").stdout
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(count.utf8)) as? [[String: Any]])
    #expect(rows.count == 4, "\(count)")
    #expect(rows.allSatisfy { ($0["diferencia"] as? NSNumber)?.doubleValue == 0 }, "\(count)")
    let config = try box.ok("ver configuración").stdout
    #expect(config.contains("Separador CSV:   coma\n"), "\(config)")
    let original = try box.ok("listar productos como json").stdout
    for file in ["punto.csv", "coma.csv"] {
      let copy = box.path("copia-" + file + ".db")
      let imported = try box.tienda(
        ["--db", copy, "-c", "importar productos " + file, "-c", "listar productos como json"],
        useDB: false)
      #expect(imported.status == 0, "\(imported.transcript)")
      #expect(imported.stdout.hasSuffix(original), "\(file): \(imported.transcript)")
    }
  }

  /// Files made before (comma-separated with plain numbers, or Windows-1252
  /// from Excel) still import, and a neutralised cell loses its `'`.
  @Test func importStillReadsTheOldCommaFormatAndWindows1252() throws {
    let box = try Sandbox()
    try box.writeBytes(
      "viejo.csv",
      Array(
        "sku,nombre,precio,stock,unidad\r\nPAN01,\"Pan, amasado\",200,40,un\r\nTOM01,Tomate,1200,\"2,5\",kg\r\nFOR01,'=1+2,100,1,un\r\n"
          .utf8))
    // "Ñandú;'@x" in Windows-1252: Ñ = D1, ú = FA.
    try box.writeBytes(
      "excel.csv",
      Array("sku;nombre;precio\r\nNAN01;".utf8) + [0xD1] + Array("and".utf8) + [0xFA]
        + Array(";300\r\nARR01;'@arroba;50\r\n".utf8))
    try box.ok("importar productos viejo.csv", "importar productos excel.csv")
    let names = try box.ok("listar productos como json").stdout
    for name in ["Pan, amasado", "Tomate", "=1+2", "Ñandú", "@arroba"] {
      #expect(names.contains("\"" + name + "\""), "\(name) in \(names)")
    }
    let tomato = try box.ok("stock TOM01 como csv").stdout
    #expect(tomato.contains(";2,5;"), "\(tomato)")
  }
}
