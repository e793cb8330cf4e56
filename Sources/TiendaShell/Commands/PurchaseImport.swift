import TiendaCore

/// `importar compra archivo.csv proveedor <proveedor> [factura …]`: a
/// supplier's CSV as the lines of one purchase, all or nothing (issue 18).
enum PurchaseImport {
  static let file = RequiredParam<String>.positional(
    "archivo", .text, placeholder: "<archivo.csv>", help: "El CSV del proveedor.")
  static let supplier = RequiredParam<String>.option(
    "proveedor", .name, placeholder: "<proveedor>", help: "El proveedor.",
    completion: .suppliers)

  /// Column names as spreadsheets write them → what they mean.
  static let columns: [String: String] = [
    "producto": "producto", "sku": "producto", "codigo": "producto", "nombre": "producto",
    "descripcion": "producto", "cantidad": "cantidad", "cant": "cantidad", "cant.": "cantidad",
    "costo": "costo", "costo unitario": "costo", "precio": "costo", "precio unitario": "costo",
    "neto": "costo",
  ]

  static let spec = CommandSpec(
    "importar compra", group: .stock,
    summary: "Registra una compra desde el CSV de un proveedor: producto, cantidad y costo.",
    details: """
      Columnas: producto (nombre, SKU o código), cantidad (admite «10 kg») y costo (unitario,
      neto; con IVA con «precios con iva»). Es todo o nada, como importar productos: una fila
      mala rechaza el archivo y el mensaje dice su línea.
      """,
    params: [
      file.spec, supplier.spec, PurchaseCommands.invoice.spec, PurchaseCommands.date.spec,
      PurchaseCommands.due.spec, PurchaseCommands.prices.spec,
    ],
    examples: ["importar compra factura-1234.csv proveedor \"Distribuidora Sur\" factura 1234"],
    mutates: true, right: .purchases
  ) { call in
    let path = try call[file]
    let (text, _) = CSV.decode(try Files.read(path))
    let document: CSV.Document
    do {
      document = try CSV.parse(text)
    } catch let error as CSVError {
      throw ShellError(Messages.csvProblem(path, error))
    }
    let (items, lines) = try rows(document, currency: call.shop.settings.currency)
    let header = try PurchaseCommands.header(call, supplier: try call[supplier])
    let r = try call.shop.purchases.buy(header, items: items, payment: nil, fileLines: lines)
    return PurchaseCommands.result(call, r)
  }

  /// The rows as purchase lines, with their file lines.
  static func rows(_ document: CSV.Document, currency: Currency) throws -> (
    [SaleItemRequest], [Int]
  ) {
    var index: [String: Int] = [:]
    for (i, raw) in document.header.enumerated() {
      guard let name = columns[fold(raw).trimmingCharacters(in: " ")] else { continue }
      if index[name] == nil { index[name] = i }
    }
    for needed in ["producto", "cantidad", "costo"] where index[needed] == nil {
      throw ShellError(PurchaseHeadings.csvMissingColumn(needed))
    }
    var items: [SaleItemRequest] = []
    var lines: [Int] = []
    for row in document.rows {
      let fields = row.fields.map { $0.trimmingCharacters(in: " \t") }
      guard fields.contains(where: { !$0.isEmpty }) else { continue }
      func field(_ name: String) -> String {
        let i = index[name]!
        return i < fields.count ? fields[i] : ""
      }
      let product = field("producto")
      guard !product.isEmpty else {
        throw ShellError(
          Messages.csvValue(line: row.line, column: "producto", PurchaseHeadings.csvEmpty))
      }
      var item = SaleItemRequest(query: product)
      do {
        let (q, unit) = try ProductCSV.quantity(field("cantidad"))
        item.quantity = q
        item.unit = unit
      } catch let error as ShellError {
        throw ShellError(Messages.csvValue(line: row.line, column: "cantidad", error.message))
      }
      do {
        item.price = try ProductCSV.money(field("costo"), currency)
      } catch let error as ShellError {
        throw ShellError(Messages.csvValue(line: row.line, column: "costo", error.message))
      }
      items.append(item)
      lines.append(row.line)
    }
    guard !items.isEmpty else { throw PurchaseError.emptyPurchase }
    return (items, lines)
  }
}
