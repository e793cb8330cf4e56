import TiendaCore

/// `importar conteo`: a stock count from a spreadsheet.
enum CountCommands {
  static let all: [CommandSpec] = [importCount, shoppingList]

  static let file = RequiredParam<String>.positional(
    "archivo", .text, placeholder: "<archivo.csv>", help: "El conteo en CSV.")

  static let shoppingList = CommandSpec(
    "lista de compras", group: .stock,
    summary: "Lo que hay que reponer: productos en su mínimo o bajo él, cuánto comprar y su costo.",
    details: """
      Sugiere comprar hasta el doble del mínimo (en unidades enteras para productos por unidad).
      Con «como csv > compras.csv» queda lista para el proveedor.
      """,
    examples: ["lista de compras", "lista de compras como csv > compras.csv"], listing: true,
    right: .viewReports
  ) { call in
    .table(
      try CatalogTables.shoppingList(
        try call.shop.stock.lowStock(), currency: call.shop.settings.currency))
  }

  /// Column names accepted (folded) for the product and the counted quantity.
  static let productColumns = ["sku", "codigo", "barras", "codigo de barras", "producto", "nombre"]
  static let countColumns = ["contado", "conteo", "cantidad", "stock", "existencia"]

  static let importCount = CommandSpec(
    "importar conteo", group: .stock,
    summary: "Registra un inventario contado desde un CSV: cada cantidad queda como conteo.",
    details: """
      Columnas: el producto (sku, barras o nombre) y lo contado (contado o cantidad; «1,5 kg» o
      «500 g» en productos por peso). Es todo o nada: una fila mala rechaza el archivo y dice la
      línea. Muestra las diferencias valorizadas al costo.
      """,
    params: [file.spec],
    examples: [
      "importar conteo conteo-noviembre.csv",
      "importar conteo conteo.csv como csv > diferencias.csv",
    ],
    listing: true, mutates: true, right: .editCatalog
  ) { call in
    let path = try call[file]
    let (text, _) = CSV.decode(try Files.read(path))
    let document: CSV.Document
    do {
      document = try CSV.parse(text)
    } catch let error as CSVError {
      throw ShellError(Messages.csvProblem(path, error))
    }
    let folded = document.header.map { fold($0).trimmingCharacters(in: " ") }
    guard let productColumn = folded.firstIndex(where: productColumns.contains),
      let countColumn = folded.firstIndex(where: countColumns.contains)
    else { throw ShellError(Messages.countColumns(path)) }
    var rows: [CountRow] = []
    for row in document.rows {
      let product = row.fields.indices.contains(productColumn) ? row.fields[productColumn] : ""
      let value = row.fields.indices.contains(countColumn) ? row.fields[countColumn] : ""
      guard !product.trimmingCharacters(in: " ").isEmpty else {
        throw ShellError(Messages.countRowMissing(row.line, document.header[productColumn]))
      }
      let (q, unit): (Quantity, Quantity.Unit?)
      do {
        (q, unit) = try ProductCSV.quantity(value.trimmingCharacters(in: " "))
      } catch let error as ShellError {
        throw ShellError(
          Messages.countRowBad(row.line, document.header[countColumn], error.message))
      }
      rows.append(CountRow(line: row.line, product: product, counted: q, unit: unit))
    }
    guard !rows.isEmpty else { throw ShellError(Messages.countEmpty(path)) }
    let results = try call.shop.stock.importCount(rows, file: path)
    return .table(CatalogTables.count(results, currency: call.shop.settings.currency))
  }
}
