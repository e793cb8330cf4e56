import TiendaCore

/// Spanish wording of the central catalog and the central reports
/// (issue 23, part B).
extension Messages {
  static func catalogMasterSet(_ on: Bool) -> String {
    on
      ? "Este archivo toma su catálogo del servidor central: «sincronizar recibir» trae los cambios."
      : "Este archivo ya no toma su catálogo del servidor central; su catálogo se edita aquí."
  }

  static func catalogPulled(_ s: CatalogPullSummary) -> [String] {
    var lines: [String] = []
    // Feminine labels (categorías, listas, promociones) agree: «1 nueva».
    func add(_ label: String, _ c: CatalogPullSummary.Count, feminine: Bool = false) {
      guard c.total > 0 else { return }
      let o = feminine ? "a" : "o"
      var parts: [String] = []
      if c.added > 0 { parts.append("\(c.added) \(c.added == 1 ? "nuev\(o)" : "nuev\(o)s")") }
      if c.updated > 0 {
        parts.append("\(c.updated) \(c.updated == 1 ? "actualizad\(o)" : "actualizad\(o)s")")
      }
      lines.append("  \(label): " + parts.joined(separator: ", "))
    }
    add("Impuestos", s.taxes)
    add("Categorías", s.categories, feminine: true)
    add("Productos", s.products)
    add("Listas de precios", s.priceLists, feminine: true)
    add("Precios de listas", s.listPrices)
    add("Clientes", s.customers)
    add("Promociones", s.promotions, feminine: true)
    if lines.isEmpty {
      return ["Catálogo al día: sin cambios en el servidor central (versión \(s.toVersion))."]
    }
    return ["Catálogo recibido del servidor central (versión \(s.fromVersion) → \(s.toVersion)):"]
      + lines
  }

  static let branchOnlyInCentral =
    "«por sucursal» agrupa las sucursales de la cadena: sólo existe en el servidor central."
    + " Agregue «en central», p. ej.: informe ventas mes en central por sucursal"

  static func catalogRepriced(_ sku: String, from: String, to: String) -> String {
    "  Precio de \(sku): \(from) → \(to)"
  }
}

extension CentralCatalogError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .unknownTax(let product, let code):
      return
        "El producto \(product) del catálogo central usa el impuesto «\(code)», que no existe"
        + " en el catálogo central ni aquí. Agréguelo en la tabla catalog_taxes del servidor"
        + " central y vuelva a sincronizar. No se cambió nada."
    case .clash(let column):
      let what: String
      switch column {
      case .name: what = "un nombre"
      case .sku: what = "un SKU"
      case .barcode: what = "un código de barras"
      case .rut: what = "un RUT"
      }
      return
        "Un cambio del catálogo central choca con \(what) que ya usa otra fila de este archivo."
        + " Cambie la fila local (o la central) para que no se repita y vuelva a sincronizar."
        + " No se cambió nada."
    case .badValue(let kind, let value):
      return
        "El catálogo central trae \(kind) «\(value)», que tienda no acepta. Corríjalo en el"
        + " servidor central y vuelva a sincronizar. No se cambió nada."
    case .notMaster:
      return
        "Este archivo no toma su catálogo del servidor central. Para recibirlo:"
        + " configurar central maestro catálogo sí"
    }
  }
}
