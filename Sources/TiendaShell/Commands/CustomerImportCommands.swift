import TiendaCore

/// `importar clientes`, `exportar clientes` (issue 16): the same rules as
/// products' (all or nothing, line numbers, CSV neutralisation §8.18).
enum CustomerImportCommands {
  static let all: [CommandSpec] = [importCustomers, exportCustomers]

  static let importCustomers = CommandSpec(
    "importar clientes", group: .customers,
    summary: "Importa clientes de un CSV: crea los nuevos y actualiza por RUT.",
    details:
      "Acepta «;» o «,», UTF-8 o Windows-1252. Columnas: "
      + CustomerCSV.header.joined(separator: ", ")
      + ". Los RUT se validan. Es todo o nada: una fila mala rechaza el archivo y el mensaje dice la línea, la columna y por qué.",
    params: [ImportCommands.source.spec],
    examples: ["importar clientes clientes.csv"], mutates: true, right: .editCatalog
  ) { call in
    let path = try call[ImportCommands.source]
    let (text, _) = CSV.decode(try Files.read(path))
    let document: CSV.Document
    do {
      document = try CSV.parse(text)
    } catch let error as CSVError {
      throw ShellError(Messages.csvProblem(path, error))
    }
    let rows = try CustomerCSV.rows(document, currency: call.shop.settings.currency)
    let summary = try call.shop.customers.importCustomers(rows, file: path)
    return .message(CustomerMessages.imported(summary))
  }

  static let exportCustomers = CommandSpec(
    "exportar clientes", group: .customers,
    summary: "Escribe los clientes activos en un CSV que se vuelve a importar sin cambios.",
    params: [ImportCommands.target.spec],
    examples: ["exportar clientes clientes.csv"], right: .editCatalog
  ) { call in
    let path = try call[ImportCommands.target]
    let customers = try call.shop.customers.list()
    let rows = customers.map { CustomerCSV.fields($0, currency: call.shop.settings.currency) }
    let text =
      "\u{FEFF}"
      + CSV.write(
        header: CustomerCSV.header, rows: rows, delimiter: call.shop.settings.csvDelimiter)
    try call.context.saveFile(path, text)
    return .message(CustomerMessages.exported(rows.count, path: path))
  }
}

/// The customers' CSV columns and how values are written and read.
enum CustomerCSV {
  static let header = [
    "nombre", "rut", "teléfono", "correo", "dirección", "grupo", "límite", "lista", "nota",
    "tipo",
  ]

  /// Other names spreadsheets use for the same columns (folded).
  static let aliases: [String: String] = [
    "cliente": "nombre", "razon social": "nombre", "telefono": "teléfono", "fono": "teléfono",
    "celular": "teléfono", "email": "correo", "e-mail": "correo", "direccion": "dirección",
    "limite": "límite", "limite de credito": "límite", "lista de precios": "lista",
    "observaciones": "nota",
  ]

  static func column(_ raw: String) -> String? {
    CSVHeader.column(raw, names: header, aliases: aliases)
  }

  /// Rows of the document as import rows; the first bad value stops it all.
  static func rows(_ document: CSV.Document, currency: Currency) throws -> [CustomerImportRow] {
    let columns = try CSVHeader.columns(document.header, column: column, suggestions: header)
    guard columns.values.contains("nombre") || columns.values.contains("rut") else {
      throw ShellError(CustomerMessages.csvNeedsName)
    }
    let rows = document.rows.filter { row in
      row.fields.contains { !$0.trimmingCharacters(in: " \t").isEmpty }
    }
    return try rows.map { row in
      var item = CustomerImportRow(line: row.line)
      for (index, raw) in row.fields.enumerated() {
        guard let name = columns[index] else { continue }
        let value = raw.trimmingCharacters(in: " \t")
        if value.isEmpty { continue }
        do {
          try assign(name, value, to: &item, currency: currency)
        } catch let error as ShellError {
          throw ShellError(Messages.csvValue(line: row.line, column: name, error.message))
        }
      }
      return item
    }
  }

  static func assign(
    _ column: String, _ value: String, to row: inout CustomerImportRow, currency: Currency
  ) throws {
    switch column {
    case "nombre": row.name = value
    case "rut": row.rut = try Literals.rut(ProductCSV.token(value.filter { $0 != " " }))
    case "teléfono": row.phone = value
    case "correo": row.email = value
    case "dirección": row.address = value
    case "grupo": row.group = value
    case "límite": row.creditLimit = try ProductCSV.money(value, currency)
    case "lista": row.priceList = value
    case "nota": row.note = value
    case "tipo":
      guard let kind = CustomerKind(rawValue: fold(value)) else {
        throw ShellError(CustomerMessages.badKind(value))
      }
      row.kind = kind
    default: break
    }
  }

  /// A customer as a CSV row, in values the importer reads back unchanged
  /// (its own limit and list: empty means the group's).
  static func fields(_ c: CustomerInfo, currency: Currency) -> [String] {
    [
      CSV.neutralised(c.name), c.rut?.formatted ?? "", CSV.neutralised(c.phone),
      CSV.neutralised(c.email), CSV.neutralised(c.address), CSV.neutralised(c.groupName ?? ""),
      c.ownCreditLimit.map { ProductCSV.plainMoney($0, currency) } ?? "",
      CSV.neutralised(c.ownPriceListName ?? ""), CSV.neutralised(c.note), c.kind.rawValue,
    ]
  }
}
