import Foundation
import Testing

/// `como tabla|csv|json`, `> archivo` and `--json` (DESIGN.md §5.1 "Output").
@Suite struct OutputFormatTests {
  /// Categories created in a scrambled order, with accents, ñ, mixed case,
  /// a parent and a description that needs CSV quoting.
  static let setup = """
    crear categoría zapallo
    crear categoría Ñandú
    crear categoría Nueces
    crear categoría bebidas
    crear categoría Árboles
    crear categoría Lácteos padre bebidas descripción "Leche, queso y \\"yogur\\""
    crear categoría insumos en-pos no

    """

  func shop() throws -> Sandbox {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: Self.setup)
    #expect(r.status == 0, "\(r.transcript)")
    return box
  }

  @Test func tableIsAlignedByDisplayWidthInSpanishOrder() throws {
    let box = try shop()
    let r = try box.commands("listar categorías")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.last == "")
    let body = Array(lines.dropLast())
    #expect(body.count == 9, "\(r.stdout)")
    #expect(body[0] == "Categoría  Padre    En POS  Descripción")
    #expect(body[1] == "─────────  ───────  ──────  " + String(repeating: "─", count: 22))
    // Spanish order: accents and case do not matter; ñ sorts after n.
    let names = body.dropFirst(2).map { String($0.prefix(while: { $0 != " " })) }
    #expect(names == ["Árboles", "bebidas", "insumos", "Lácteos", "Nueces", "Ñandú", "zapallo"])
    // Every column starts at the same display column on every line; the
    // strings are compared by characters, which here are one column each.
    for line in body.dropFirst(2) {
      let chars = Array(line)
      #expect(chars.count >= 22, "\(line)")
      #expect(!line.hasSuffix(" "), "trailing spaces: \(line)")
      #expect(String(chars[9..<11]) == "  ", "column 2 misaligned: \(line)")
      #expect(String(chars[18..<20]) == "  ", "column 3 misaligned: \(line)")
      #expect(String(chars[20..<22]) == "sí" || String(chars[20..<22]) == "no", "\(line)")
    }
    #expect(body.contains("Lácteos    bebidas  sí      Leche, queso y \"yogur\""))
    #expect(body.contains { $0.hasPrefix("Ñandú" + String(repeating: " ", count: 15) + "sí") })
    #expect(body.contains { $0.hasPrefix("insumos" + String(repeating: " ", count: 13) + "no") })
  }

  @Test func emptyListSaysSo() throws {
    let box = try Sandbox()
    let r = try box.commands("listar categorías")
    #expect(r.status == 0)
    #expect(r.stdout == "No hay categorías. Cree una con: crear categoría bebidas\n")
    let json = try box.commands("listar categorías como json")
    #expect(try jsonArray(json.stdout).isEmpty)
  }

  @Test func csvHasHeaderAndRFC4180Quoting() throws {
    let box = try shop()
    let r = try box.commands("listar categorías como csv")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      r.stdout
        == [
          "nombre;padre;en_pos;descripcion",
          "Árboles;;sí;",
          "bebidas;;sí;",
          "insumos;;no;",
          "Lácteos;bebidas;sí;\"Leche, queso y \"\"yogur\"\"\"",
          "Nueces;;sí;",
          "Ñandú;;sí;",
          "zapallo;;sí;",
        ].map { $0 + "\r\n" }.joined())
  }

  @Test func jsonIsValidWithTypedFields() throws {
    let box = try shop()
    let r = try box.commands("listar categorías como json")
    #expect(r.status == 0, "\(r.transcript)")
    let rows = try jsonArray(r.stdout)
    #expect(
      rows.compactMap { $0["nombre"] as? String }
        == ["Árboles", "bebidas", "insumos", "Lácteos", "Nueces", "Ñandú", "zapallo"])
    let lacteos = try #require(rows.first { $0["nombre"] as? String == "Lácteos" })
    #expect(lacteos["padre"] as? String == "bebidas")
    #expect(lacteos["en_pos"] as? Bool == true)
    #expect(lacteos["descripcion"] as? String == "Leche, queso y \"yogur\"")
    let arboles = try #require(rows.first)
    #expect(arboles["padre"] is NSNull)
    #expect(Set(arboles.keys) == ["nombre", "padre", "en_pos", "descripcion"])
    let insumos = try #require(rows.first { $0["nombre"] as? String == "insumos" })
    #expect(insumos["en_pos"] as? Bool == false)
  }

  @Test func redirectWritesTheFileAndNothingOnStdout() throws {
    let box = try shop()
    let r = try box.commands("listar categorías como csv > categorias.csv")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "")
    #expect(r.stderr == "")
    let csv = try box.read("categorias.csv")
    // The file starts with the UTF-8 BOM (for Excel); stdout does not.
    #expect(csv == "\u{FEFF}" + (try box.commands("listar categorías como csv").stdout))
    #expect(csv.hasPrefix("\u{FEFF}nombre;padre;en_pos;descripcion\r\n"))

    let table = try box.tienda([], stdin: "listar categorías > tabla.txt\n")
    #expect(table.status == 0)
    #expect(table.stdout == "")
    #expect(try box.read("tabla.txt") == (try box.commands("listar categorías").stdout))
  }

  @Test func redirectToUnwritablePathFails() throws {
    let box = try shop()
    let r = try box.commands("listar categorías > no-existe/x.csv")
    #expect(r.status == 1)
    #expect(r.stderr.contains("No pude escribir «no-existe/x.csv»"), "\(r.transcript)")
  }

  @Test func jsonFlagMakesListingsJSONByDefault() throws {
    let box = try shop()
    let r = try box.tienda(["--json", "-c", "listar categorías"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try jsonArray(r.stdout).count == 7)
    // An explicit format still wins.
    let csv = try box.tienda(["--json", "-c", "listar categorías como csv"])
    #expect(csv.stdout.hasPrefix("nombre;padre;en_pos;descripcion\r\n"))
    let config = try box.tienda(["--json", "-c", "ver configuración"])
    #expect(try jsonObject(config.stdout)["moneda"] as? String == "CLP")
  }

  @Test func configurationAsJSON() throws {
    let box = try Sandbox()
    let set = try box.commands(
      "configurar tienda nombre \"Feria Don Pepe\" rut 76.123.456-0 dirección \"Av. Matta 123, Santiago\" zona America/Santiago"
    )
    #expect(set.status == 0, "\(set.transcript)")
    #expect(set.stdout == "Configuración guardada: nombre, RUT, dirección, zona.\n")
    let r = try box.commands("ver configuración como json")
    #expect(r.status == 0, "\(r.transcript)")
    let c = try jsonObject(r.stdout)
    #expect(c["nombre"] as? String == "Feria Don Pepe")
    #expect(c["rut"] as? String == "76.123.456-0")
    #expect(c["direccion"] as? String == "Av. Matta 123, Santiago")
    #expect(c["moneda"] as? String == "CLP")
    #expect(c["zona"] as? String == "America/Santiago")
    #expect(c["hoy"] as? String == "2026-11-23")
    #expect(c["caja"] as? String == "Caja 1")
    #expect(c["usuario"] as? String == "dueño")
    #expect(c["archivo"] as? String == box.db)
  }
}
