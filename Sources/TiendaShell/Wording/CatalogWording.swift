import TiendaCore

/// Spanish wording of the catalog: categories, taxes, products and kits,
/// stock, stock counts, import and export. (Its refusals are `CoreError`
/// cases, worded in ErrorsWording.swift.)
// MARK: - Catalog language
extension Messages {
  static func badAdjustment(_ text: String) -> String {
    "«\(text)» no es un ajuste: use +10 (suma), -3 (resta) o =25 (lo contado)."
  }
  static func componentNeedsQuantity(_ text: String) -> String {
    "Cada componente empieza con su cantidad: «1 pan amasado, 2 té» (encontré «\(text)»)."
  }
  static let componentNeedsProduct = "Falta el producto después de la cantidad."
}

// MARK: - Catalog results
extension Messages {
  static func categoryCreated(_ name: String) -> String { "Categoría «\(name)» creada." }
  static func categoryEdited(_ name: String) -> String { "Categoría «\(name)» actualizada." }
  static func categoryUnchanged(_ name: String) -> String {
    "Categoría «\(name)»: no hubo cambios (ya tenía esos valores)."
  }
  static func categoryDeleted(_ name: String) -> String {
    "Categoría «\(name)» borrada (queda en el historial)."
  }
  static let noCategories = "No hay categorías. Cree una con: crear categoría bebidas"
  static func taxCreated(_ code: String, _ rate: String) -> String {
    "Impuesto «\(code)» creado: \(rate) sobre el neto."
  }
  static func taxEdited(_ code: String, _ rate: String) -> String {
    "Impuesto «\(code)» actualizado: \(rate). Rige para las ventas desde ahora."
  }
  static func unchanged(_ name: String) -> String {
    "«\(name)»: no hubo cambios (ya tenía esos valores)."
  }
  static let priceRequired = "Falta el precio: agregue «precio 2500»."
  static func stockNotEditable(_ sku: String) -> String {
    "El stock no se edita: cada cambio es un movimiento. Use «ajustar stock \(sku) =25» (lo contado) o «+10» / «-3»."
  }
  static let componentsNotEditable =
    "Los componentes de un kit no se editan: borre el kit y créelo de nuevo con «crear kit … con …»."
  static func productCreated(_ name: String, sku: String, price: String) -> String {
    "Producto «\(name)» creado con SKU \(sku), precio \(price)."
  }
  static func kitCreated(_ name: String, sku: String, parts: Int) -> String {
    "Kit «\(name)» creado con SKU \(sku) y \(parts) "
      + (parts == 1 ? "componente." : "componentes.")
  }
  static func productEdited(_ name: String) -> String { "Producto «\(name)» actualizado." }
  static func productDeleted(_ name: String, sku: String) -> String {
    "Producto «\(name)» borrado; su historia queda. Para recuperarlo: reactivar producto \(sku)"
  }
  static func productReactivated(_ name: String) -> String { "Producto «\(name)» reactivado." }
  static let noProducts =
    "No hay productos. Cree uno con: crear producto \"Empanada de pino\" precio 2500"
  static func firstResults(_ n: Int) -> String {
    "Se muestran los \(n) que mejor coinciden; escriba más palabras para acotar."
  }
  static func noProductsInCategory(_ name: String) -> String {
    "No hay productos en «\(name)» ni en sus subcategorías."
  }
  static let noDeletedProducts = "No hay productos borrados."
  static func nothingFound(_ text: String) -> String { "No encontré productos con «\(text)»." }
  static let exempt = "exento"
  static let active = "activo"
  static let deleted = "borrado"
  static let kitComponentsTitle = "Componentes de cada kit:"
  static func kitComponentDeleted(_ name: String, sku: String) -> String {
    "Atención: el componente «\(name)» está borrado; el kit no se puede armar (reactivar producto \(sku))."
  }
  static let lastMovementsTitle = "Últimos movimientos:"
  static func stockNow(_ name: String, _ amount: String, change: String?) -> String {
    "Stock de «\(name)»: \(amount)" + (change.map { " (\($0))." } ?? ".")
  }
  static func noMovements(_ name: String) -> String {
    "«\(name)» no tiene movimientos en ese período."
  }
  static let noLowStock = "Ningún producto está bajo su mínimo."
  static func nothingExpiring(_ days: Int) -> String {
    days == 1
      ? "Ningún producto vence en el próximo día."
      : "Ningún producto vence en los próximos \(days) días."
  }
  static let negative = "negativo"
  static let low = "bajo"

  /// `vender 1 bolsa` when the product has `en-pos no`.
  static func notForSale(_ name: String, sku: String, category: String?) -> String {
    if let category {
      return
        "«\(name)» no está a la venta: su categoría «\(category)» tiene en-pos no. Para venderlo: editar categoría \"\(category)\" en-pos sí."
    }
    return
      "«\(name)» no está a la venta (en-pos no). Para venderlo: editar producto \(sku) en-pos sí."
  }
}

// MARK: - Import and export
extension Messages {
  static func csvProblem(_ path: String, _ error: CSVError) -> String {
    switch error {
    case .empty: return "«\(path)» está vacío: falta la fila de encabezados."
    case .unterminatedQuote(let line):
      return "Línea \(line): unas comillas abren un campo y nunca se cierran. No se importó nada."
    case .textAfterQuote(let line):
      return
        "Línea \(line): hay texto después de cerrar las comillas de un campo. No se importó nada."
    }
  }
  static func unknownCSVColumn(_ name: String, suggestion: String?) -> String {
    var text = "Línea 1: no conozco la columna «\(name)»."
    if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
    return text + " No se importó nada."
  }
  static let csvNeedsName =
    "El archivo necesita una columna «nombre» (o «sku» para actualizar productos). No se importó nada."
  static func csvValue(line: Int, column: String, _ message: String) -> String {
    "Línea \(line), columna «\(column)»: \(message) No se importó nada."
  }
  static func repeatedSKU(_ sku: String, line: Int) -> String {
    "el SKU «\(sku)» ya aparece en la línea \(line); cada SKU va una sola vez."
  }
  static func badUnit(_ text: String) -> String { "«\(text)» no es una unidad: use un, kg o lt." }
  static func imported(_ s: ImportSummary) -> String {
    var text =
      "Importados: \(s.created) nuevo\(s.created == 1 ? "" : "s"), \(s.updated) actualizado\(s.updated == 1 ? "" : "s")"
    if s.unchanged > 0 { text += ", \(s.unchanged) sin cambios" }
    if !s.categoriesCreated.isEmpty {
      text += "; categorías creadas: " + s.categoriesCreated.joined(separator: ", ")
    }
    return text + "."
  }
  static func exported(_ n: Int, kits: Int, path: String) -> String {
    (n == 1 ? "Exportado 1 producto" : "Exportados \(n) productos") + " a «\(path)»"
      + (kits == 1
        ? " (el kit no se exporta: se crea con «crear kit»)."
        : kits > 1 ? " (los \(kits) kits no se exportan: se crean con «crear kit»)." : ".")
  }
}

// MARK: - Stock count
extension Messages {
  static func countColumns(_ path: String) -> String {
    "«\(path)» necesita una columna con el producto (sku, barras o nombre) y otra con lo contado (contado o cantidad)."
  }
  static func countRowMissing(_ line: Int, _ column: String) -> String {
    "Línea \(line): falta el producto en la columna «\(column)». No se importó nada."
  }
  static func countRowBad(_ line: Int, _ column: String, _ why: String) -> String {
    "Línea \(line), columna «\(column)»: \(why) No se importó nada."
  }
  static func countEmpty(_ path: String) -> String { "«\(path)» no tiene filas de conteo." }
  static func countFooter(_ n: Int, _ total: String) -> String {
    "\(n) producto\(n == 1 ? "" : "s") contado\(n == 1 ? "" : "s") · diferencia valorizada al costo \(total)"
  }
  static func shoppingFooter(_ n: Int, _ total: String) -> String {
    "\(n) producto\(n == 1 ? "" : "s") por reponer · costo estimado \(total)"
  }
}

// MARK: - Table headers
/// Column headers of the catalog's tables (products, categories, taxes, stock,
/// movements, counts, the shopping list). The keys beside them (`sku`,
/// `nombre`…) are the CSV and JSON names and stay in CatalogTables.swift.
enum CatalogHeadings {
  static let number = "N°"
  static let dateTime = "Fecha y hora"
  static let sku = "SKU"
  static let product = "Producto"
  static let category = "Categoría"
  static let price = "Precio"
  static let parent = "Padre"
  static let inPOS = "En POS"
  static let description = "Descripción"
  static let code = "Código"
  static let rate = "Tasa"
  static let addsTo = "Adicional a"
  static let byDefault = "Por omisión"
  static let kind = "Tipo"
  static let quantity = "Cantidad"
  static let stock = "Stock"
  static let minimum = "Mínimo"
  static let unit = "Unidad"
  static let state = "Estado"
  static let reason = "Motivo"
  static let user = "Usuario"
  static let register = "Caja"
  static let expires = "Vence"
  static let days = "Días"
  static let toBuy = "A comprar"
  static let cost = "Costo"
  static let totalCost = "Costo total"
  static let before = "Antes"
  static let counted = "Contado"
  static let difference = "Diferencia"
  static let value = "Valor"
}

// MARK: - `ver producto` labels
/// The labels of `ver producto` (ProductView); the keys beside them are the
/// JSON names.
enum ProductLabels {
  static let product = "Producto"
  static let sku = "SKU"
  static let barcode = "Código de barras"
  static let category = "Categoría"
  static let unit = "Unidad"
  static let price = "Precio"
  static let priceIncludesTaxes = "Precio incluye impuestos"
  static let net = "Neto"
  static let taxes = "Impuestos"
  static let totalWithTaxes = "Total con impuestos"
  static let cost = "Costo"
  static let margin = "Margen"
  static let kitsAvailable = "Kits disponibles"
  static let stock = "Stock"
  static let minimum = "Mínimo"
  static let sellWithoutStock = "Vender sin stock"
  static let expires = "Vence"
  static let inPOS = "En POS"
  static let description = "Descripción"
  static let state = "Estado"
  /// The unit shown for a kit.
  static let kitUnit = "kit"
}
