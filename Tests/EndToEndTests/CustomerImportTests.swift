import Foundation
import Testing

/// `importar clientes` / `exportar clientes` (issue 16): all or nothing,
/// RUT validated, line numbers in errors, CSV neutralisation (§8.18), and a
/// round trip that changes nothing.
@Suite struct CustomerImportTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func importCreatesUpdatesByRutAndRoundTrips() throws {
    try box.ok("crear grupo vecinos límite 100000", "crear lista mayorista descuento 10%")
    let file = try box.write(
      "clientes.csv",
      """
      nombre;rut;teléfono;correo;dirección;grupo;límite;lista;nota;tipo
      Juan Pérez;12.345.678-5;+56 9 1234 5678;juan@correo.cl;Los Aromos 12;vecinos;;;"paga el 5; a veces";
      Almacén Don Tito;76543210-3;;;;;$300.000;mayorista;;
      Ana;;;;;;;;=1+1;persona

      """)
    let r = try box.ok("importar clientes \(file)")
    #expect(r.stdout.contains("3 nuevos, 0 actualizados"), "\(r.stdout)")
    #expect(
      try sql(
        "SELECT name, ifnull(rut, '-'), phone, ifnull(credit_limit, '-'), kind, note FROM customers ORDER BY id"
      )
        == "Juan Pérez|12345678-5|+56 9 1234 5678|-|persona|paga el 5; a veces\n"
        + "Almacén Don Tito|76543210-3||300000|empresa|\n" + "Ana|-||-|persona|=1+1\n")
    // Export: text cells starting with = + - @ get a leading ' (§8.18).
    let out = box.path("salida.csv")
    try box.ok("exportar clientes \(out)")
    let exported = try box.read("salida.csv")
    #expect(exported.contains("'+56 9 1234 5678"), "\(exported)")
    #expect(exported.contains("'=1+1"), "\(exported)")
    // Importing the export back changes nothing but the journal of the import.
    let before = try sql("SELECT * FROM customers ORDER BY id")
    let again = try box.ok("importar clientes \(out)")
    #expect(again.stdout.contains("0 nuevos, 0 actualizados, 3 sin cambios"), "\(again.stdout)")
    // Ana has no RUT: her row names her by name (once it made a second «Ana»).
    #expect(try sql("SELECT * FROM customers ORDER BY id") == before)
    // An update by RUT touches only the values the row has.
    let update = try box.write(
      "cambio.csv", "rut;teléfono\n12345678-5;22223333\n")
    try box.ok("importar clientes \(update)")
    #expect(
      try sql("SELECT phone, email FROM customers WHERE id = 1") == "22223333|juan@correo.cl\n")
  }

  @Test func aBadRowRefusesTheWholeFileNamingItsLine() throws {
    try box.ok("crear cliente \"Juan Pérez\" rut 12.345.678-5")
    let before = try box.dump()
    for (text, message) in [
      ("nombre;rut\nA;11.111.111-1\nB;12.345.678-4\n", "Línea 3, columna «rut»"),
      ("nombre;rut\nA;11.111.111-1\nB;11111111-1\n", "ya aparece en la línea 2"),
      ("nombre;grupo\nA;nadie\n", "Línea 2, columna «grupo»"),
      ("nombre;límite\nA;mucho\n", "Línea 2, columna «límite»"),
      ("nombre;tipo\nA;planta\n", "use persona o empresa"),
      ("nombre;telefono\nA;abc\n", "no parece un teléfono"),
      ("nombre;colur\nA;x\n", "no conozco la columna «colur»"),
      ("rut\n11.111.111-1\n", "Línea 2, columna «nombre»"),
    ] {
      let file = try box.write("malo.csv", text)
      let r = try box.tienda(["-c", "importar clientes \(file)"])
      #expect(r.status == 1, "\(text): \(r.transcript)")
      #expect(r.stderr.contains(message), "\(text): \(r.stderr)")
      #expect(r.stderr.contains("No se importó nada"), "\(text): \(r.stderr)")
    }
    #expect(try box.dump() == before, "nothing imported")
  }
}
