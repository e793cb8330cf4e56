import Foundation
import Testing

/// `imprimir etiquetas` as one call into the printing area (issue 14,
/// item 4): naming the products, reading the category, picking the printer
/// and queueing the job happen inside the command's one transaction; the
/// refusals say what they said before and leave the file untouched.
@Suite struct LabelTransactionTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear categoría bebidas",
      "crear producto \"Coca-Cola 1,5 L\" precio 1990 barras 7801234567894 categoría bebidas",
      "crear producto \"Agua mineral\" precio 900 sku AGU01 categoría bebidas")
  }

  @Test func namingThePrinterAndTheJobAreOneTransaction() throws {
    let out = box.path("etiquetas.zpl")
    try box.ok("configurar impresora zebra archivo \(out) rol etiquetas lenguaje zpl")
    let trace = box.path("traza.txt")
    let r = try box.tienda(
      ["-c", "imprimir etiquetas coca cola 3 categoría bebidas copias 2"],
      env: ["TIENDA_TRAZA_SQL": trace])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("7 etiquetas en el trabajo 1 a «zebra»."), "\(r.stdout)")
    let statements = try String(contentsOfFile: trace, encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("--") }.map(String.init)
    let insert = try #require(
      statements.firstIndex { $0.hasPrefix("INSERT INTO print_jobs") }, "\(statements)")
    let begin = try #require(
      statements[..<insert].lastIndex { $0.hasPrefix("BEGIN IMMEDIATE") }, "\(statements)")
    let commit = try #require(
      statements[insert...].firstIndex { $0 == "COMMIT" }, "\(statements)")
    // Every read of products, categories and printers up to the job's
    // commit happens after its BEGIN.
    let reads = statements[..<commit].indices.filter {
      ["FROM products", "FROM categories", "FROM printers"].contains(
        where: statements[$0].contains)
    }
    #expect(!reads.isEmpty && reads.allSatisfy { $0 > begin }, "\(statements)")
    #expect(statements[begin..<commit].contains { $0.hasPrefix("INSERT INTO journal") })

    // The oracle: the file, read by sqlite3.
    let job = try box.sqlite(
      box.db,
      """
      SELECT kind, document = '', length(payload) > 0 FROM print_jobs;
      SELECT action, json_extract(after, '$.etiquetas'), json_extract(after, '$.productos')
        FROM journal WHERE entity = 'impresión';
      """)
    #expect(
      job.stdout
        == "etiquetas|1|1\nimpresión.etiquetas|7|[\"COC01\",\"AGU01\",\"COC01\"]\n",
      "\(job.transcript)")
  }

  @Test func refusalsAreWordedAsBeforeAndChangeNothing() throws {
    // No printer at all: labels fall back to tickets and then refuse.
    #expect(
      try box.refused("imprimir etiquetas coca cola")
        == "No hay impresora de etiquetas. Configure una, por ejemplo: configurar impresora boletera tcp 192.168.1.50 rol etiquetas"
    )
    try box.ok("configurar impresora vista pantalla ancho 32")
    #expect(
      try box.refused("imprimir etiquetas")
        == "Diga de qué productos: «imprimir etiquetas EMP01 10» o «imprimir etiquetas categoría bebidas»."
    )
    #expect(
      try box.refused("imprimir etiquetas coca cola 0")
        == "La cantidad de etiquetas de «Coca-Cola 1,5 L» debe ser un número entero de 1 a 9999.")
    // The product is named before the size is read.
    #expect(try box.refused("imprimir etiquetas pizza tamaño grande").contains("«pizza»"))
    #expect(
      try box.refused("imprimir etiquetas coca cola tamaño grande")
        == "«grande» no es un tamaño de etiqueta: escriba ancho x alto en milímetros, como 50x25.")
    #expect(try box.count("SELECT count(*) FROM print_jobs") == 0)
  }
}
