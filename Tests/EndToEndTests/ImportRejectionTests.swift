import Foundation
import Testing

/// An import is all or nothing: one bad row among 1,000 rejects the file,
/// names the line and the column, and leaves the shop exactly as it was.
@Suite struct ImportRejectionTests {
  /// 1,000 product rows (lines 2…1001) with barcodes and 7 categories;
  /// `bad` may replace the price or the barcode of one line.
  static func bigCSV(
    price: (Int) -> String = { "\(1000 + $0)" },
    barcode: (Int) -> String = {
      ean13(String(format: "780999%06d", $0))
    }
  ) -> String {
    var lines = ["nombre;precio;sku;barras;categoría;unidad;stock"]
    for line in 2...1001 {
      lines.append(
        "Producto número \(line);\(price(line));P\(line);\(barcode(line));Góndola \(line % 7);un;\(line % 50)"
      )
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  func shop() throws -> Sandbox {
    let box = try Sandbox()
    try box.ok("crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 3")
    return box
  }

  @Test func theGoodFileImportsAll1000() throws {
    let box = try shop()
    let file = try box.write("big.csv", Self.bigCSV())
    let r = try box.ok("importar productos \(file)")
    #expect(
      r.stdout.hasPrefix("Importados: 1000 nuevos, 0 actualizados; categorías creadas: "),
      "\(r.transcript)")
    #expect(try box.count("SELECT count(*) FROM products") == 1001)
    #expect(try box.categoryNames().count == 7)
    #expect(try box.product("P500")["barras"] as? String == ean13("780999000500"))
  }

  @Test func aBadPriceAtLine500RejectsEverything() throws {
    let box = try shop()
    let file = try box.write("big.csv", Self.bigCSV(price: { $0 == 500 ? "abc" : "\(1000 + $0)" }))
    let before = try box.dump()
    let r = try box.tienda(["-c", "importar productos \(file)"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(
      errorText(r)
        == "Línea 500, columna «precio»: «abc» no es un monto válido. Ejemplos: 2500, 2.500 o $2.500. No se importó nada.",
      "\(r.transcript)")
    #expect(try box.dump() == before)
    #expect(try box.productNames() == ["Empanada de pino"])
    #expect(try box.categoryNames().isEmpty)
  }

  @Test func aDuplicateBarcodeAtLine500RejectsEverything() throws {
    let box = try shop()
    // Line 500 repeats line 2's barcode.
    let file = try box.write(
      "big.csv",
      Self.bigCSV(barcode: { ean13(String(format: "780999%06d", $0 == 500 ? 2 : $0)) }))
    let before = try box.dump()
    let r = try box.tienda(["-c", "importar productos \(file)"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(
      errorText(r)
        == "Línea 500, columna «barras»: El código de barras 7809990000020 ya es de «Producto número 2»; cada código identifica un solo producto. No se importó nada.",
      "\(r.transcript)")
    #expect(try box.dump() == before)
    #expect(try box.categoryNames().isEmpty)
  }

  @Test func aBadCheckDigitAtLine500SuggestsTheRightCode() throws {
    let box = try shop()
    let good = ean13("780999000500")
    let bad = String(good.dropLast()) + String((Int(String(good.last!))! + 1) % 10)
    let file = try box.write(
      "big.csv", Self.bigCSV(barcode: { $0 == 500 ? bad : ean13(String(format: "780999%06d", $0)) })
    )
    let message = try box.refused("importar productos \(file)")
    #expect(message.hasPrefix("Línea 500, columna «barras»:"), "\(message)")
    #expect(message.contains("¿será «\(good)»?"), "\(message)")
    #expect(message.hasSuffix("No se importó nada."), "\(message)")
  }

  @Test func otherBadRowsNameLineAndColumn() throws {
    let box = try shop()
    let cases: [(String, String)] = [
      ("nombre;precio;unidad\nA;100;un\nB;100;lb\n", "Línea 3, columna «unidad»:"),
      ("nombre;precio;stock\nA;100;1,5\n", "Línea 2, columna «stock»:"),
      ("nombre;precio;stock\nA;100;1.500\n", "Línea 2, columna «stock»:"),
      ("nombre;precio\n\"Empanada de PINO\";100\n", "Línea 2"),
      ("nombre;precio\nA;-100\n", "Línea 2, columna «precio»:"),
      ("nombre;precio\nA;100\nA;200\n", "Línea 3"),
      ("nombre;precio;impuestos\nA;100;iba\n", "Línea 2, columna «impuestos»:"),
      ("nombre;precio;vence\nA;100;31-02-2026\n", "Línea 2, columna «vence»:"),
      ("nombre;precio\n\"A;100\n", "Línea 2"),
    ]
    for (i, (text, prefix)) in cases.enumerated() {
      let file = try box.write("bad\(i).csv", text)
      let message = try box.refused("importar productos \(file)")
      #expect(message.hasPrefix(prefix), "\(text) → \(message)")
      #expect(message.hasSuffix("No se importó nada."), "\(text) → \(message)")
    }
    #expect(try box.productNames() == ["Empanada de pino"])
  }
}
