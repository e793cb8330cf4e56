import TiendaCore

/// Spanish wording of sellers and commissions (issue 22).
enum SellerMessages {
  static func created(_ s: SellerInfo) -> String {
    "Vendedor «\(s.name)» creado"
      + (s.commission.map { " con comisión " + TextFormat.percent($0) } ?? " sin comisión")
      + ". En un ticket: vendedor \(s.name)"
  }

  static func onTicket(_ seller: TicketSeller, line: Int?) -> String {
    line.map { "Línea \($0): vendedor «\(seller.name)»." }
      ?? "Vendedor del ticket: «\(seller.name)»."
  }

  static func changed(_ o: SellerChangeOutcome) -> String {
    "Venta \(o.saleNumber): vendedor «\(o.seller)» en "
      + (o.lines.count == 1
        ? "la línea \(o.lines[0])." : "sus \(o.lines.count) líneas.")
  }

  static func productCommission(_ product: Product, _ commission: Percent?) -> String {
    commission.map {
      "«\(product.name)»: comisión " + TextFormat.percent($0) + " (en vez de la del vendedor)."
    }
      ?? "«\(product.name)»: sin comisión propia; vale la del vendedor."
  }

  /// Under a ticket or sale line: `vendedor ana`.
  static func line(_ name: String) -> String { "       vendedor " + name }

  static let sellerInTicket =
    "«vendedor» va con «pagar» en una línea (vender 2 pan vendedor ana pagar efectivo); en el"
    + " ticket, escríbalo como una línea: vendedor ana"
  static let commissionAlone =
    "La comisión se cambia sola: editar producto <producto> comisión 5% (y los demás campos en"
    + " otra línea)."
  static let none = "No hay vendedores. Cree uno con: crear vendedor ana comisión 3%"
  static let noCommissions = "No hay ventas con vendedor en el período."
  static let totalLabel = "Comisión total"
}

/// Headings of `listar vendedores` and `informe comisiones`.
enum SellersHeadings {
  static let name = "Vendedor"
  static let commission = "Comisión %"
  static let active = "Activo"
  static let lines = "Líneas"
  static let paid = "Pagado"
  static let amount = "Comisión"
  static let sale = "Venta"
  static let date = "Fecha"
  static let product = "Producto"
}

extension SellerError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .badCommission:
      return "La comisión va de 0% a 100%, p. ej.: comisión 3%"
    case .noSellerOnSale(let number):
      return "La venta \(number) no tiene vendedor."
    case .inactive(let name):
      return "El vendedor «\(name)» está desactivado."
    case .alreadySeller(let seller, let sale, let line):
      let place = line.map { "de la línea \($0) de la venta \(sale)" } ?? "de la venta \(sale)"
      return "«\(seller)» ya es el vendedor \(place); no hay nada que cambiar."
    case .voidedSale(let sale):
      return "La venta \(sale) está anulada: no pagó comisión y su vendedor ya no se cambia."
    case .noSuchSaleLine(let line, let sale, let count):
      return "No hay línea \(line): la venta \(sale) tiene \(count) línea\(count == 1 ? "" : "s")."
        + " Vea sus líneas con: ver venta \(sale)"
    }
  }
}
