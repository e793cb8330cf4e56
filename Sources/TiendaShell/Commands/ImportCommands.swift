import TiendaCore

/// `importar productos`, `exportar productos`.
enum ImportCommands {
  static let all: [CommandSpec] = [importProducts, exportProducts]

  static let source = RequiredParam<String>.positional(
    "archivo", .text, placeholder: "<archivo.csv>", help: "El archivo CSV.")
  static let target = RequiredParam<String>.positional(
    "archivo", .text, placeholder: "<archivo.csv>", help: "El archivo a escribir.")

  static let importProducts = CommandSpec(
    "importar productos", group: .catalog,
    summary:
      "Importa un catálogo CSV (de Excel o LibreOffice): crea productos nuevos y actualiza por SKU.",
    details:
      "Acepta «;» o «,», UTF-8 (con o sin BOM) o Windows-1252, montos como $1.990 y decimales con coma. Columnas: "
      + ProductCSV.header.joined(separator: ", ")
      + ". Crea las categorías que falten. Es todo o nada: una fila mala rechaza el archivo y el mensaje dice la línea, la columna y por qué.",
    params: [source.spec],
    examples: ["importar productos catalogo.csv"], mutates: true, right: .editCatalog
  ) { call in
    let path = try call[source]
    let (text, _) = CSV.decode(try Files.read(path))
    let document: CSV.Document
    do {
      document = try CSV.parse(text)
    } catch let error as CSVError {
      throw ShellError(Messages.csvProblem(path, error))
    }
    let rows = try ProductCSV.rows(
      document, currency: call.shop.settings.currency, today: call.shop.today)
    let summary = try call.shop.catalog.importProducts(rows, file: path)
    return .message(Messages.imported(summary))
  }

  static let exportProducts = CommandSpec(
    "exportar productos", group: .catalog,
    summary:
      "Escribe el catálogo en un CSV que Excel abre directo y que se vuelve a importar sin cambios.",
    params: [target.spec],
    examples: ["exportar productos catalogo.csv"], right: .viewReports
  ) { call in
    let path = try call[target]
    let products = try call.shop.catalog.products()
    let kits = products.filter(\.isKit).count
    let rows = products.filter { !$0.isKit }.map {
      ProductCSV.fields($0, currency: call.shop.settings.currency)
    }
    let text =
      "\u{FEFF}"
      + CSV.write(
        header: ProductCSV.header, rows: rows, delimiter: call.shop.settings.csvDelimiter)
    try call.context.saveFile(path, text)
    return .message(Messages.exported(rows.count, kits: kits, path: path))
  }
}

/// The catalog's CSV columns and how values are written and read.
enum ProductCSV {
  static let header = [
    "nombre", "precio", "sku", "barras", "categoría", "unidad", "costo", "stock", "mínimo",
    "impuestos", "precio-con-impuestos", "vender-sin-stock", "vence", "en-pos", "descripción",
  ]

  /// Other names spreadsheets use for the same columns (folded).
  static let aliases: [String: String] = [
    "producto": "nombre", "precio de venta": "precio", "precio venta": "precio",
    "codigo": "sku", "codigo de barras": "barras", "ean": "barras", "categoria": "categoría",
    "existencia": "stock", "cantidad": "stock", "minimo": "mínimo", "stock minimo": "mínimo",
    "precio con impuestos": "precio-con-impuestos", "vender sin stock": "vender-sin-stock",
    "vencimiento": "vence", "en pos": "en-pos", "descripcion": "descripción",
  ]

  /// Columns `importar productos` reads that `exportar productos` does not
  /// write (a scale's PLU, issue 21).
  static let importOnly = ["plu"]

  static func column(_ raw: String) -> String? {
    CSVHeader.column(raw, names: header + importOnly, aliases: aliases)
  }

  /// Rows of the document as import rows; the first bad value stops it all.
  static func rows(_ document: CSV.Document, currency: Currency, today: LocalDate) throws
    -> [ProductImportRow]
  {
    let columns = try CSVHeader.columns(document.header, column: column, suggestions: header)
    guard columns.values.contains("nombre") || columns.values.contains("sku") else {
      throw ShellError(Messages.csvNeedsName)
    }
    var skus: [String: Int] = [:]
    let rows = document.rows.filter { row in
      // Excel writes `;;;` for formatted but empty rows: nothing to import.
      row.fields.contains { !$0.trimmingCharacters(in: " \t").isEmpty }
    }
    return try rows.map { row in
      var item = ProductImportRow(line: row.line)
      for (index, raw) in row.fields.enumerated() {
        guard let name = columns[index] else { continue }
        let value = raw.trimmingCharacters(in: " \t")
        if value.isEmpty { continue }
        do {
          try assign(name, value, to: &item, currency: currency, today: today)
        } catch let error as ShellError {
          throw ShellError(Messages.csvValue(line: row.line, column: name, error.message))
        } catch let error as CoreError {
          throw ShellError(
            Messages.csvValue(line: row.line, column: name, Messages.describe(core: error)))
        }
      }
      if let sku = item.sku {
        if let first = skus[fold(sku)] {
          throw ShellError(
            Messages.csvValue(line: row.line, column: "sku", Messages.repeatedSKU(sku, line: first))
          )
        }
        skus[fold(sku)] = row.line
      }
      return item
    }
  }

  /// Money as spreadsheets write it: `$ 2.500` (with a space or a
  /// non-breaking space) reads as `$2.500`.
  static func money(_ value: String, _ currency: Currency) throws -> Money {
    try Literals.money(token(value.filter { $0 != " " && $0 != "\u{A0}" }), currency: currency)
  }

  static func token(_ text: String) -> Token {
    Token(kind: .word, text: text, column: 1, length: text.count)
  }

  static func quantity(_ value: String) throws -> (Quantity, Quantity.Unit?) {
    let parts = value.split(separator: " ").map(String.init)
    if parts.count == 2, let unit = Quantity.Unit.parse(parts[1]) {
      let (q, _) = try Literals.quantity(token(parts[0]))
      return (q, unit)
    }
    return try Literals.quantity(token(value))
  }

  static func yesNo(_ value: String) throws -> Bool {
    switch fold(value) {
    case "1", "x", "verdadero", "true": return true
    case "0", "falso", "false": return false
    default: return try Literals.yesNo(token(value))
    }
  }

  static func assign(
    _ column: String, _ value: String, to row: inout ProductImportRow, currency: Currency,
    today: LocalDate
  ) throws {
    switch column {
    case "nombre": row.name = value
    case "precio": row.price = try money(value, currency)
    case "sku": row.sku = value
    case "barras": row.barcode = value
    case "categoría": row.category = value
    case "unidad":
      guard let unit = Quantity.Unit.parse(value).flatMap(productUnit) else {
        throw ShellError(Messages.badUnit(value))
      }
      row.unit = unit
    case "costo": row.cost = try money(value, currency)
    case "stock": row.stock = try quantity(value)
    case "mínimo": row.minimum = try quantity(value)
    case "impuestos":
      let codes = value.split(separator: ",").map {
        String($0).trimmingCharacters(in: " ")
      }.filter { !$0.isEmpty }
      row.taxes = try Catalog.exemptOrTaxes(codes)
    case "precio-con-impuestos": row.priceIncludesTaxes = try yesNo(value)
    case "vender-sin-stock": row.sellWithoutStock = try yesNo(value)
    case "vence": row.expires = try Literals.date(token(value), today: today)
    case "en-pos": row.inPOS = try yesNo(value)
    case "descripción": row.description = value
    case "plu": row.plu = value
    default: break
    }
  }

  static func productUnit(_ unit: Quantity.Unit) -> ProductUnit? {
    switch unit {
    case .unit: return .unit
    case .kilogram: return .kilogram
    case .litre: return .litre
    default: return nil
    }
  }

  /// A product as a CSV row, in values the importer reads back unchanged.
  static func fields(_ p: Product, currency: Currency) -> [String] {
    [
      CSV.neutralised(p.name), plainMoney(p.price, currency), CSV.neutralised(p.sku),
      CSV.neutralised(p.barcode ?? ""), CSV.neutralised(p.categoryName ?? ""), p.unit.rawValue,
      p.cost.map { plainMoney($0, currency) } ?? "",
      TextFormat.plainQuantity(p.stock),
      p.minimum.map(TextFormat.plainQuantity) ?? "",
      p.taxes.isEmpty ? Messages.exempt : p.taxes.map(\.code).joined(separator: ", "),
      yesNo(p.priceIncludesTaxes), yesNo(p.sellWithoutStock), p.expires?.description ?? "",
      yesNo(p.inPOS), CSV.neutralised(p.description),
    ]
  }

  static func yesNo(_ b: Bool) -> String { b ? Messages.yes : Messages.no }

  /// `2500`, or `12,50` with decimals: no thousands separator.
  static func plainMoney(_ m: Money, _ currency: Currency) -> String {
    let text = TextFormat.plainMoney(m, currency)
    return currency.decimals > 0
      ? String(text.map { $0 == "." ? currency.decimalMark : $0 }) : text
  }

}
