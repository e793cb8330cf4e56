import Foundation
import Testing

/// Output fits the screen (issue 13, item 5): every listing and report
/// command of the registry, on a shop full of long names, prints no line
/// wider than 80 columns through a pipe (the width is unknown), while
/// `como csv` keeps every value whole. The commands come from the registry
/// itself (`tienda --generar-documentacion`), so a new listing is covered.
@Suite struct ScreenWidthTests {
  static let empanada = "Empanada de pino con queso derretido, aceitunas, huevo duro y pasas"
  static let register = "Caja del mesón principal junto a la puerta de entrada"

  /// A shop whose names, reasons and notes are all long.
  func longShop(_ box: Sandbox) throws {
    _ = try box.write("conteo.csv", "sku;contado\r\nEMP01;390\r\nTOM01;49,5\r\n")
    _ = try box.write("conteo-noviembre.csv", "sku;contado\r\nEMP01;380\r\n")
    try box.ok(
      "configurar tienda nombre \"Almacén y Botillería Don Pepe de la Feria Libre de Ñuñoa\"",
      "crear categoría \"Bebidas y refrescos importados de la zona central de Chile\"",
      "crear categoría bebidas",
      "crear producto \"\(Self.empanada)\" precio 2500 sku EMP01 stock 400 mínimo 500 "
        + "categoría bebidas costo 1200 descripción \"Horneada en horno de barro cada mañana\"",
      "crear producto \"Coca-Cola Original sin azúcar botella retornable de vidrio 1,5 litros\" "
        + "precio 1990 barras 7801234567894 stock 30 vence 25-11-2026 "
        + "categoría \"Bebidas y refrescos importados de la zona central de Chile\"",
      "crear producto \"Tomate larga vida de la Región de O'Higgins seleccionado a mano\" "
        + "precio 1490 unidad kg stock 50,5 sku TOM01 mínimo 60",
      "crear producto \"Piña golden extra dulce importada de Costa Rica en su punto\" precio 3990",
      "crear cupón VERANO10 10% mínimo 10000 desde 01-11-2026 hasta 31-12-2026 usos 100",
      "crear caja \"\(Self.register)\"",
      // A supplier and an unpaid purchase (issue 18): `ver proveedor`,
      // `listar compras`, `deudas con proveedores`.
      "crear proveedor \"Distribuidora de Bebidas y Abarrotes del Sur Limitada\" "
        + "rut 76.086.428-5 contacto \"María José Soto Fuenzalida\" correo ventas@sur.cl",
      "comprar a distribuidora factura 99887766 vence 30-11-2026: 12 piña a 2100",
      // Expenses with long names (issue 18, part B): `ver gasto 3`,
      // `listar gastos`, `categorías de gasto`, `informe resultado`.
      "crear gasto \"Mantención mensual del refrigerador de bebidas del mesón principal\" "
        + "120000 categoría \"Mantención de equipos y refrigeración del local comercial\" "
        + "cada mes día 3 vence 03-10-2026",
      "crear gasto \"Arriendo del local comercial de la calle San Diego 1234\" 350000 "
        + "categoría local vence 30-11-2026",
      "configurar impresora \"Impresora de tickets del mesón principal\" archivo "
        + box.path("impresora.bin"),
      // Customers, groups and price lists (issue 16).
      "crear lista mayorista descuento 12,5%", "precio mayorista EMP01 2200",
      "crear grupo \"Vecinos del pasaje Los Aromos y alrededores\" límite 150000 lista mayorista",
      "crear cliente \"Juan Pérez de la Fuente, vecino del departamento 1203 B\" rut 12.345.678-5"
        + " teléfono \"+56 9 1234 5678\" correo juan.perez.delafuente@correo-muy-largo.cl"
        + " dirección \"Pasaje Los Aromos 1234, departamento 1203 B, Ñuñoa, Santiago\""
        + " grupo vecinos nota \"Paga los días 5 de cada mes; avisar antes de fiar más\"",
      // Options, sellers and variants (issue 22).
      "crear opciones agregados: \"Palta Hass molida de la Región de Valparaíso\" $500, tomate"
        + " $300 máximo 2",
      "asignar opciones agregados a EMP01",
      "crear vendedor \"Ana María de los Ángeles Fuentealba Irarrázaval\" comisión 3%",
      // A promotion with a long name (`ver promoción paltas`, issue 19) and
      // points on (`puntos juan`).
      "crear promoción \"Paltas de la Región de Valparaíso para la once del domingo\" 3 "
        + "tomate por 2000 días lun, mar, mié horas 8-21 mínimo 5000",
      "configurar puntos 1 cada 1000 vencen 365 días")
    var lines = (1...15).map { _ in
      "vender 1 EMP01, 0,5 kg tomate, 1 coca cola pagar efectivo 100000"
    }
    lines += [
      "ingreso 5000 motivo \"Vuelto que dejó la señora Juanita para el cambio del sábado\"",
      // A gift card with long moves (`saldo tarjeta-regalo`, issue 15).
      "emitir tarjeta-regalo 50000 código REGALO1 pagar débito ref 99887766554433",
      "vender 2 EMP01 pagar tarjeta-regalo REGALO1", "devolver venta 16 1 EMP01",
      // Account moves of the customer (`estado de cuenta`, `deudores`, issue 16).
      "vender 3 EMP01 cliente juan pagar fiado",
      "abonar juan 1000 transferencia ref 99887766554433",
      // An order with long names (`pedidos`, `ver pedido 1`, issue 20).
      "pedido \"Comercializadora y Distribuidora Los Andes Limitada\": 2 EMP01, 1 EMP01 para"
        + " 30-11-2026 12:00 entrega despacho \"Avenida Libertador Bernardo O'Higgins 1234,"
        + " departamento 56\" nota \"Llamar al conserje antes de subir, el timbre no funciona\"",
      "vender", "1 EMP01", "sostener \"Juan Pérez de la Fuente, vecino del departamento 1203 B\"",
      "vender", "2 EMP01",
      "sostener cotización para \"Comercializadora y Distribuidora Los Andes Limitada\"",
    ]
    let r = try box.tienda([], stdin: lines.joined(separator: "\n") + "\n")
    #expect(r.status == 0, "\(r.transcript)")
    // A Z for «informe z», then the register open again for «arqueo».
    let other = try box.tienda(
      [
        "-c", "cerrar caja 80000", "-c", "abrir caja 1000", "-c",
        "retiro 500 motivo \"Pago al proveedor de empanadas congeladas de la calle San Diego\"",
      ])
    #expect(other.status == 0, "\(other.transcript)")
  }

  /// The listing commands of the registry and their examples, read from the
  /// reference the binary generates.
  func listingCommands(_ box: Sandbox) throws -> [(name: String, examples: [String])] {
    let docs = try box.tienda(["--generar-documentacion"], useDB: false).stdout
    var out: [(String, [String])] = []
    for section in docs.components(separatedBy: "\n### ").dropFirst() {
      guard section.contains("Salida: `como tabla`") else { continue }
      let name = String(section.prefix { $0 != "\n" })
      var examples: [String] = []
      if let start = section.range(of: "Ejemplos:\n\n```\n") {
        let rest = section[start.upperBound...]
        let block = rest[..<(rest.range(of: "```")?.lowerBound ?? rest.endIndex)]
        examples = block.split(separator: "\n").map(String.init)
      }
      out.append((name, examples))
    }
    return out
  }

  /// An example as a screen command: no `como …`, no `> archivo`.
  func onScreen(_ example: String) -> String {
    var text = example
    if let redirect = text.range(of: " > ") { text = String(text[..<redirect.lowerBound]) }
    for format in [" como csv", " como json", " como tabla"] {
      text = text.replacingOccurrences(of: format, with: "")
    }
    return text
  }

  @Test func everyListingFits80ColumnsThroughAPipe() throws {
    let box = try Sandbox()
    try longShop(box)
    let commands = try listingCommands(box)
    #expect(commands.count >= 25, "\(commands.map(\.name))")
    var wide: [String] = []
    var unproven: [String] = []
    for command in commands {
      var shown = false
      for example in Set(command.examples.map(onScreen)).sorted() where !example.contains("$") {
        let r = try box.tienda(["-c", example])
        for line in r.stdout.split(separator: "\n") where line.count > 80 {
          wide.append("«\(example)» (\(line.count)): \(line)")
        }
        if r.status == 0 && !r.stdout.isEmpty { shown = true }
      }
      if !shown { unproven.append(command.name) }
    }
    #expect(wide.isEmpty, "\(wide.joined(separator: "\n"))")
    #expect(unproven.isEmpty, "no example showed output for: \(unproven)")

    // The long names were there to be cut, and csv keeps them whole.
    let table = try box.ok("listar productos").stdout
    #expect(table.contains("…"), "\(table)")
    let csv = try box.ok("listar productos como csv").stdout
    #expect(csv.contains(Self.empanada), "\(csv)")
  }

  @Test func columnsIsTheWidthAndHelpWraps() throws {
    let box = try Sandbox()
    try longShop(box)
    for width in [40, 60, 120] {
      for command in ["listar productos", "movimientos EMP01", "ayuda", "ayuda crear producto"] {
        let r = try box.tienda(["-c", command], env: ["COLUMNS": String(width)])
        #expect(r.status == 0, "\(r.transcript)")
        let widest = r.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= width, "«\(command)» at \(width): \(r.stdout)")
        if width < 80 { #expect(widest > width - 15, "«\(command)» uses the width") }
      }
    }
    // With room enough the product names are whole.
    let wide = try box.tienda(["-c", "listar productos"], env: ["COLUMNS": "200"])
    #expect(wide.stdout.contains(Self.empanada), "\(wide.stdout)")
  }
}
