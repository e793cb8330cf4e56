import TiendaCore

/// Text of the reports (`informe ventas`, `informe productos`, `informe
/// ganancias`, `reconstruir informes`).
extension Messages {
  static func noReportRows(_ period: String) -> String {
    "No hay ventas, anulaciones ni devoluciones \(period)."
  }
  static func noProductRows(_ period: String, category: String?) -> String {
    "No se vendieron productos\(category.map { " de «\($0)»" } ?? "") \(period)."
  }
  static func rollupsRebuilt(_ rebuild: RollupRebuild) -> String {
    let rows = rebuild.rows.values.reduce(0, +)
    let head =
      "Informes reconstruidos desde las ventas: \(rows) \(rows == 1 ? "fila" : "filas") de resumen."
    guard rebuild.differences > 0 else { return head + " Ya estaban al día." }
    return head
      + " Se corrigieron \(rebuild.differences) \(rebuild.differences == 1 ? "diferencia" : "diferencias") con las ventas."
  }
  static func rollupDiffers(_ table: String, groups: Int64) -> String {
    "el resumen de informes «\(ReportHeadings.rollupName(table))» no cuadra con las ventas"
      + " (\(groups) \(groups == 1 ? "diferencia" : "diferencias"); corríjalo con: reconstruir informes)"
  }
  static func uncertainCost(_ lines: Int64) -> String {
    "El costo de \(lines) \(lines == 1 ? "línea es estimado" : "líneas es estimado") (vendidas"
      + " antes de que tienda guardara el costo: se usó el costo actual) o falta (producto sin"
      + " costo, cuenta como 0)."
  }
  static func totalsOfAll(_ n: Int) -> String {
    "Los totales son de los \(n) productos del período, no sólo de los que se muestran."
  }
  static let reportOrderConflict =
    "Use «más vendidos» o «menos vendidos», no ambos."
  static func badTop(_ n: Int64) -> String {
    "«top \(n)» no sirve: indique cuántos productos, de 1 a 10.000 (p. ej. top 20)."
  }
}

extension ReportError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .amountTooLarge:
      return
        "La suma del informe pasa del monto máximo que tienda maneja; acote el período o la"
        + " categoría."
    }
  }
}

extension Messages {
  static func noStockRows(category: String?) -> String {
    "No hay productos activos con stock\(category.map { " en «\($0)»" } ?? "")."
  }
  static func noRefunds(_ period: String) -> String {
    "No hubo anulaciones, devoluciones ni tickets cancelados \(period)."
  }
  static func stockWithoutCost(_ n: Int) -> String {
    "\(n) \(n == 1 ? "producto con stock no tiene" : "productos con stock no tienen") costo: su"
      + " valor al costo cuenta como 0 y queda fuera del margen (asígnelo con: editar producto"
      + " <producto> costo <monto>)."
  }
  /// The notes under a product or profit report: estimated costs apart from
  /// products without one (named, up to three).
  static func costNotes(estimated: Int64, without names: [String]) -> [String] {
    var notes: [String] = []
    if estimated > 0 {
      notes.append(
        "Costo estimado en \(estimated) \(estimated == 1 ? "línea" : "líneas"): vendidas antes"
          + " de que tienda guardara el costo; se usó el costo actual.")
    }
    if !names.isEmpty {
      let shown = names.prefix(3).map { "«\($0)»" }.joined(separator: ", ")
      let more = names.count > 3 ? " y \(names.count - 3) más" : ""
      let n = names.count
      notes.append(
        "Sin costo: \(shown)\(more). \(n == 1 ? "Su costo y margen se muestran" : "Sus costos y márgenes se muestran")"
          + " como «—» y quedan fuera del margen total; asígnelo con: editar producto <producto>"
          + " costo <monto>.")
    }
    return notes
  }
  static func badDiscountDimension(_ word: String) -> String {
    "«informe descuentos» se agrupa por día, semana, mes, hora, día-semana, cajero o caja, no"
      + " por «\(word)»; los descuentos por producto están en: informe ventas por producto"
  }
}

/// Titles, column headers and group names of the reports.
enum ReportHeadings {
  static let name = "Nombre"
  static let product = "Producto"
  static let rank = "#"
  static let sku = "SKU"
  static let tickets = "Tickets"
  static let payments = "Pagos"
  static let gross = "Bruto"
  static let discounts = "Descuentos"
  static let voided = "Anulado"
  static let returned = "Devuelto"
  static let total = "Total"
  static let net = "Neto"
  static let taxes = "Impuestos"
  static let units = "Unidades"
  static let cost = "Costo"
  static let margin = "Margen"
  static let marginPercent = "Margen %"
  static let received = "Recibido"
  static let refunded = "Reembolsado"
  static let category = "Categoría"
  static let stock = "Stock"
  static let unitCost = "Costo unit."
  static let price = "Precio"
  static let valueAtCost = "Valor al costo"
  static let valueAtPrice = "Valor a precio"
  static let lineDiscounts = "En líneas"
  static let ticketDiscounts = "En ticket"
  static let couponDiscounts = "Cupones"
  static let discountPercent = "% del bruto"
  static let when = "Fecha"
  static let kind = "Tipo"
  static let register = "Caja"
  static let number = "N°"
  static let sale = "Venta"
  static let user = "Usuario"
  static let approvedBy = "Aprobó"
  static let reason = "Motivo"
  static let voidsCount = "Anulaciones"
  static let returnsCount = "Devoluciones"
  static let voidsAmount = "Total anulado"
  static let returnsAmount = "Total devuelto"
  static let cancelledCount = "Tickets cancelados"
  static let cancelledAmount = "Total de tickets cancelados"

  // Totals.
  static let grossTotal = "Bruto (antes de descuentos)"
  static let discountsTotal = "Descuentos"
  static func soldTotal(_ tickets: Int64) -> String {
    "Vendido (\(tickets) \(tickets == 1 ? "ticket" : "tickets"))"
  }
  static func voidsTotal(_ n: Int64) -> String {
    "Anulaciones (\(n))"
  }
  static func returnsTotal(_ n: Int64) -> String {
    "Devoluciones (\(n))"
  }
  static let netTotal = "Total neto (con impuestos)"
  static let netWithoutTaxes = "Neto sin impuestos"
  static func tax(_ code: String) -> String { code.uppercased() }
  static let taxesTotal = "Impuestos"
  static let standingTickets = "Tickets vigentes"
  static let averageTicket = "Ticket promedio"
  static let netSales = "Ventas netas sin impuestos"
  static let costOfSales = "Costo de lo vendido"
  static let grossMargin = "Margen bruto"
  static let voidedAndReturned = "Anulado y devuelto"
  static let netSalesWithCost = "Ventas netas con costo"
  static let grossMarginWithCost = "Margen bruto (ventas con costo)"
  static let marginPercentWithCost = "Margen % (ventas con costo)"
  static let marginWithCost = "Margen (con costo)"

  static let noCategory = "Sin categoría"
  static let noUser = "(sin usuario)"
  static let weekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
  static let months = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
  ]

  static func rollupName(_ table: String) -> String {
    switch table {
    case "report_sales": return "ventas por día, hora, caja y cajero"
    case "report_products": return "ventas por día y producto"
    case "report_taxes": return "impuestos por día"
    case "report_payments": return "pagos por día y medio"
    default: return table
    }
  }

  /// A group's name as a report shows it.
  static func label(_ row: ReportFigures, _ dimension: ReportDimension) -> String {
    switch dimension {
    case .day: return date(row.key)?.description ?? row.key
    case .week: return "semana del " + (date(row.key)?.description ?? row.key)
    case .month:
      let parts = row.key.split(separator: "-")
      guard parts.count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return row.key }
      return months[m - 1] + " " + parts[0]
    case .hour: return row.key + ":00"
    case .weekday:
      guard let d = Int(row.key), (1...7).contains(d) else { return row.key }
      return weekdays[d - 1]
    case .category: return row.name.isEmpty ? noCategory : row.name
    case .cashier: return row.name.isEmpty ? noUser : row.name
    case .product, .method, .register: return row.name
    }
  }

  static func date(_ iso: String) -> LocalDate? {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return LocalDate(year: parts[0], month: parts[1], day: parts[2])
  }
}
