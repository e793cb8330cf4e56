import TiendaCore

/// Spanish wording of bulk price changes (`ajustar precios`, issue 21).
extension Messages {
  static let pricesNothing = "Ningún producto cambia de precio."
  static let pricesNotApplied = "No se cambió ningún precio."
  static let pricesTargetBoth =
    "Indique una categoría o una lista de productos, no ambas (ajustar precios categoría bebidas +5%)."
  static let pricesTargetMissing =
    "Falta qué productos: ajustar precios categoría bebidas +5% o ajustar precios pan, hallulla -$100"

  static func pricesChangeMissing(_ text: String) -> String {
    "Falta el cambio después de «\(text)»: +5%, -5%, +$100 o -$100 (ajustar precios categoría bebidas +5%)."
  }

  static func applyPricesQuestion(_ preview: BulkPriceOutcome) -> String {
    let n = preview.changed.count
    let when = preview.scheduledFor.map { " desde el \($0.description)" } ?? ""
    return "¿Aplicar \(n == 1 ? "el precio nuevo" : "los \(n) precios nuevos")\(when)? (s/n): "
  }

  /// What an applied (or saved) change says under its table; under
  /// `simular`, what it would have done.
  static func pricesOutcome(_ outcome: BulkPriceOutcome, _ currency: Currency, simulated: Bool)
    -> [String]
  {
    let changed = outcome.changed
    guard !changed.isEmpty else { return [pricesNothing] }
    let one = changed.count == 1
    let reprint = "imprimir etiquetas " + changed.map(\.sku).joined(separator: ", ")
    if let day = outcome.scheduledFor {
      let saved =
        simulated
        ? (one ? "Se guardaría 1 precio nuevo" : "Se guardarían \(changed.count) precios nuevos")
        : (one ? "Se guardó 1 precio nuevo" : "Se guardaron \(changed.count) precios nuevos")
      return [
        saved + " desde el \(day.description); "
          + (one ? "se aplica" : "se aplican") + " al abrir la tienda ese día.",
        "Etiquetas por reimprimir ese día: " + changed.map(\.name).joined(separator: ", "),
        "  " + reprint,
      ]
    }
    let count = one ? "1 precio" : "\(changed.count) precios"
    let verb =
      simulated ? (one ? "Se cambiaría" : "Se cambiarían") : (one ? "Se cambió" : "Se cambiaron")
    return [
      "\(verb) \(count).",
      "Etiquetas por reimprimir: " + changed.map(\.name).joined(separator: ", "),
      "  " + reprint,
    ]
  }
}

extension Messages {
  /// Under a dated change's preview: the products whose price on that day
  /// comes from a change already saved, and those whose change of that
  /// same day this one replaces (the later command wins).
  static func pricesPendingNotes(_ outcome: BulkPriceOutcome, _ currency: Currency) -> [String] {
    guard let day = outcome.scheduledFor else { return [] }
    return outcome.lines.compactMap { line in
      let then = TextFormat.money(line.before, currency)
      if line.replacesPending {
        return
          "«\(line.product.name)» ya tenía un precio programado desde el \(day.description) (\(then)): este cambio parte de ese precio y lo reemplaza."
      }
      guard line.before != line.product.price else { return nil }
      return
        "«\(line.product.name)» tendrá \(then) el \(day.description) por un cambio ya programado: este cambio parte de ese precio."
    }
  }
}

extension Messages {
  static let nothingScheduled =
    "No hay precios programados. Se guardan con: ajustar precios … desde mañana"

  static func scheduledCancelled(_ cancelled: [ScheduledPrice], _ currency: Currency) -> [String] {
    guard let product = cancelled.first?.product else { return [] }
    let days = cancelled.map {
      "\(TextFormat.money($0.price, currency)) desde el \($0.from.description)"
    }
    return [
      (cancelled.count == 1
        ? "Se canceló el precio programado" : "Se cancelaron los precios programados")
        + " de «\(product.name)» (" + days.joined(separator: "; ") + "); sigue en "
        + TextFormat.money(product.price, currency) + "."
    ]
  }
}

/// Headings of the preview of `ajustar precios`.
enum PricesHeadings {
  static let sku = "SKU"
  static let product = "Producto"
  static let before = "Antes"
  static let after = "Después"
  static let today = "Hoy"
  static let new = "Nuevo"
  static let from = "Desde"
}

extension PriceError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .bySupplierNotYet:
      return
        "Ajustar precios por proveedor llega con los proveedores; por ahora use una categoría o una lista de productos (ajustar precios pan, hallulla +5%)."
    case .noProducts(let category?):
      return "La categoría «\(category)» no tiene productos activos: no hay precios que ajustar."
    case .noProducts(nil):
      return "No hay productos que ajustar."
    case .badRounding(let step):
      return "Se redondea a $10 o a $50 (redondear 10 o redondear 50), no a \(step)."
    case .percentTooLarge(let thousandths):
      return
        "El porcentaje va hasta 100% (se pidió \(TextFormat.percent(Percent(thousandths: abs(thousandths)))))."
    case .negativePrice(let product):
      return "El precio de «\(product)» quedaría bajo cero; use un cambio menor."
    case .zeroPrice(let product):
      return
        "El precio de «\(product)» quedaría en $0 y se vendería gratis; use un cambio menor (o quite «\(product)» de la lista)."
    case .priceTooLarge(let product):
      return "El precio de «\(product)» pasaría el máximo de un monto; use un cambio menor."
    case .pastDate(let day):
      return "El \(day.description) ya pasó: «desde» va con hoy o una fecha futura."
    case .nothingScheduled(let product):
      return
        "«\(product)» no tiene precios programados (vea «listar precios programados»)."
    case .onlyOpenPrice:
      return "Esos productos tienen precio abierto: no hay precio que ajustar."
    }
  }
}
