import TiendaCore

/// Spanish wording of suppliers and purchases (issue 18): what the
/// commands say and their refusals (`PurchaseError`).
extension Messages {
  static func supplierCreated(_ s: Supplier) -> String {
    "Proveedor «\(s.name)» creado. Para recibirle mercadería: recibir compra \(quotedIfSpaces(s.name))"
  }

  static func supplierEdited(_ s: Supplier) -> String {
    "Proveedor «\(s.name)» actualizado" + (s.active ? "." : " (inactivo).")
  }

  static func supplierDeactivated(_ s: Supplier) -> String {
    "Proveedor «\(s.name)» desactivado; sus compras guardan su nombre."
      + " Para volver a usarlo: editar proveedor \(quotedIfSpaces(s.name)) activo sí"
  }

  static func purchaseOpened(_ p: Purchase, adopted: Bool) -> String {
    if adopted {
      return
        "Se retomó la compra a «\(p.supplier)» que quedó abierta en esta caja (\(lineCount(p.lines.count)))."
        + " Siga escribiendo líneas, «confirmar» o «cancelar»."
    }
    return "Compra a «\(p.supplier)» abierta"
      + (p.invoice.map { ", factura \($0)" } ?? "")
      + (p.grossPrices ? ", precios con IVA" : ", precios netos")
      + ". Escriba las líneas (24 coca cola a 1100), luego «confirmar» o «cancelar»."
  }

  /// After adopting an orphan when another supplier or invoice was typed.
  static func purchaseNotOpened(_ h: PurchaseHeader) -> String {
    "La compra a «\(h.supplier)»" + (h.invoice.map { " factura \($0)" } ?? "")
      + " NO se abrió: primero termine la retomada («confirmar») o descártela («cancelar»),"
      + " y luego vuelva a escribir «recibir compra»."
  }

  static func purchaseCancelled(_ p: Purchase) -> String {
    "Compra a «\(p.supplier)» cancelada (\(lineCount(p.lines.count))); no se registró nada."
  }

  static func purchaseLineRemoved(_ line: PurchaseLine) -> String {
    let unit = line.unit == .unit ? "" : line.unit.rawValue + " "
    return "Quitada: \(TextFormat.quantity(line.quantity)) \(unit)\(line.name)."
  }

  static func purchaseRunning(_ p: Purchase, _ c: Currency) -> String {
    "Compra: \(lineCount(p.lines.count)), total \(p.total.formatted(c))"
  }

  static func lineCount(_ n: Int) -> String { n == 1 ? "1 línea" : "\(n) líneas" }

  static func purchasePaid(_ payment: PurchasePayment, _ p: Purchase, _ c: Currency) -> String {
    "Pago de \(payment.amount.formatted(c)) por \(payment.method) a la compra \(p.id)"
      + (payment.fromRegister ? " (sale de la caja)" : "") + ". "
      + (p.balance > .zero ? "Queda debiendo \(p.balance.formatted(c))." : "Compra pagada.")
  }

  static func purchaseVoided(_ p: Purchase, _ c: Currency) -> String {
    var text =
      "Compra \(p.id) a «\(p.supplier)» anulada; su stock salió con movimientos de anulación."
    if p.paid > .zero {
      text +=
        " Sus pagos (\(p.paid.formatted(c))) quedan registrados: si el proveedor devuelve el dinero, regístrelo con «ingreso»."
    }
    return text
  }

  static func minimumMarginSet(_ p: Percent) -> String {
    "Margen mínimo: \(p.formatted). Tras cada compra se listan los productos con margen menor."
  }

  static func purchasePrompt(supplier: String, lines: Int) -> String {
    "[compra \(supplier): \(lineCount(lines))]"
  }

  static func purchaseStaysOpen(supplier: String, lines: Int, register: String) -> String {
    "La compra a «\(supplier)» (\(lineCount(lines))) queda abierta en \(register);"
      + " la retoma su próximo «recibir compra»."
  }

  static func quotedIfSpaces(_ name: String) -> String {
    name.contains(" ") ? "\"\(name)\"" : name
  }
}

/// Headings and labels of suppliers and purchases.
enum PurchaseHeadings {
  static let supplier = "Proveedor"
  static let supplierOrExpense = "Proveedor / gasto"
  static let rut = "RUT"
  static let phone = "Teléfono"
  static let contact = "Contacto"
  static let email = "Correo"
  static let active = "Activo"
  static let purchases = "Compras"
  static let owed = "Debe"
  static let number = "N°"
  static let date = "Fecha"
  static let invoice = "Factura"
  static let due = "Vence"
  static let total = "Total"
  static let paid = "Pagado"
  static let balance = "Saldo"
  static let state = "Estado"
  static let overdue = "Vencida"
  static let document = "Documento"
  static let product = "Producto"
  static let quantity = "Cant."
  static let unitCost = "Costo u."
  static let net = "Neto"
  static let taxes = "Impuestos"
  static let costBefore = "Costo antes"
  static let costAfter = "Costo nuevo"
  static let line = "#"
  static let price = "Precio"
  static let cost = "Costo"
  static let margin = "Margen"
  static let stateVoided = "anulada"
  static let statePaid = "pagada"
  static let statePartly = "abonada"
  static let statePending = "pendiente"
  static let grossPrices = "Precios con IVA"
  static let registered = "Registrada"
  static let voidReason = "Anulada"
  static let paymentsTitle = "Pagos:"
  static let totalOwed = "Total adeudado"
  static let noSuppliers =
    "No hay proveedores activos (los desactivados se ven con: listar proveedores todos)."
    + " Cree uno con: crear proveedor \"Distribuidora Sur\""
  static let noPurchases = "No hay compras en ese período."
  static let noDebts = "No se debe nada a proveedores."
  static let csvEmpty = "falta el producto."
  static func debtDocument(_ kind: SupplierDebtKind, _ number: Int64) -> String {
    switch kind {
    case .purchase: "compra \(number)"
    case .expense: "gasto \(number)"
    }
  }
  static func csvMissingColumn(_ name: String) -> String {
    "Al CSV le falta la columna «\(name)»: necesita producto, cantidad y costo. No se importó nada."
  }
  static func supplierPaymentsFlow(_ n: Int) -> String { "Pagos a proveedores (\(n))" }
  static func lowMarginTitle(_ minimum: Percent) -> String {
    "Productos con margen bajo \(minimum.formatted) (el precio no se cambió):"
  }
}

extension PurchaseError: WordedError {
  func wording(currency c: Currency) -> String {
    switch self {
    case .supplierNotFound(let q, let suggestion):
      return "No encontré el proveedor «\(q)»."
        + (suggestion.map { " ¿Quiso decir «\($0)»?" } ?? " Véalos con: listar proveedores")
    case .supplierAmbiguous(let q, let candidates):
      return
        "«\(q)» nombra a varios proveedores: \(candidates.joined(separator: ", ")). Escriba más del nombre."
    case .supplierExists(let name):
      return "Ya existe el proveedor «\(name)»."
    case .supplierInactive(let name):
      return
        "El proveedor «\(name)» está desactivado; actívelo con: editar proveedor \(Messages.quotedIfSpaces(name)) activo sí"
    case .supplierAlreadyInactive(let name):
      return "El proveedor «\(name)» ya estaba desactivado."
    case .emptySupplierName:
      return "Falta el nombre del proveedor, p. ej.: crear proveedor \"Distribuidora Sur\""
    case .badEmail(let email):
      return "«\(email)» no parece un correo; escríbalo como nombre@dominio.cl"
    case .badFieldValue(let field, let value):
      return field == "activo"
        ? "«\(value)» no sirve para «activo»: escriba sí o no."
        : "«\(value)» no sirve como \(field); revise lo escrito (un RUT lleva guion: 76.086.428-5)."
    case .purchaseOpen(let supplier, let lines):
      return
        "Ya hay una compra abierta en esta terminal (a «\(supplier)», \(Messages.lineCount(lines)))."
        + " Termínela con «confirmar» o «cancelar» antes de abrir otro documento."
    case .ticketOpen(let lines):
      return
        "Hay un ticket de venta abierto en esta terminal (\(Messages.lineCount(lines)))."
        + " Cóbrelo, sosténgalo o cancélelo antes de recibir una compra."
    case .noOpenPurchase:
      return "No hay una compra abierta en esta terminal. Ábrala con: recibir compra <proveedor>"
    case .emptyPurchase:
      return "La compra no tiene líneas. Escriba, p. ej.: 24 coca cola a 1100"
    case .noSuchLine(let n, let lines):
      return "La compra no tiene línea \(n) (tiene \(Messages.lineCount(lines)))."
    case .kitNotPurchasable(let name):
      return "«\(name)» es un kit: compre sus componentes, que son los que tienen stock."
    case .missingCost(let name):
      return "Falta el costo de «\(name)»: escriba «a <costo unitario>», p. ej.: 24 \(name) a 1100"
    case .notFound(let n):
      return "No existe la compra \(n). Véalas con: listar compras"
    case .alreadyVoided(let n):
      return "La compra \(n) ya estaba anulada."
    case .voided(let n):
      return "La compra \(n) está anulada: no se le paga."
    case .alreadyPaid(let n):
      return "La compra \(n) ya está pagada."
    case .overpaid(let n, let balance):
      return
        "La compra \(n) sólo debe \(balance.formatted(c)); pague ese monto o menos."
    case .noOpenSession(let register):
      return
        "No hay una sesión abierta en \(register) para pagar en efectivo de la caja. Ábrala con «abrir caja <fondo>» o pague por transferencia."
    case .notEnoughCash(let requested, let available):
      return
        "No alcanza el efectivo de la caja: se piden \(requested.formatted(c)) y debería haber \(available.formatted(c)). No se guardó nada."
    case .dueBeforeInvoice:
      return "El vencimiento es anterior a la fecha de la factura; revise las fechas."
    case .stockWouldBeNegative(let product, let stock, let unit):
      return
        "Anular la compra dejaría «\(product)» con stock \(TextFormat.quantity(stock)) \(unit.rawValue), y ese producto no se vende sin stock. No se anuló nada; si lo vendido ya no está, ajuste el stock primero."
    case .reasonRequired:
      return "Diga por qué se anula: anular compra N motivo \"…\""
    case .zeroQuantity(let name):
      return "La cantidad de «\(name)» debe ser mayor que cero."
    case .paymentNotPositive:
      return "El monto a pagar debe ser mayor que cero; sin monto se paga todo el saldo."
    case .methodNotForPurchases(let method):
      return
        "Una compra no se paga con «\(method)»: es dinero de los clientes. Use efectivo, transferencia, débito u otro medio de la tienda."
    }
  }
}

extension PurchaseImportError: WordedError {
  func wording(currency: Currency) -> String {
    let text = Messages.describe(underlying, currency: currency)
    return "Línea \(line): " + text + (text.hasSuffix(".") ? " " : ". ") + "No se importó nada."
  }
}
