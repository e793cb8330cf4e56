import TiendaCore

/// Spanish wording of sales: refusals (`SaleError`), voids and returns, the
/// sale history (`ventas`, `ver venta`) and coupons.
extension Messages {
  static func amount(_ q: Quantity, _ unit: ProductUnit) -> String {
    TextFormat.quantity(q) + (unit == .unit ? "" : " " + unit.rawValue)
  }

  // MARK: Grammar
  static let missingProduct = "Falta el producto."
  static let missingReference = "Falta el número de referencia después de «ref»."
  static let missingPayment = "Falta cómo paga: efectivo, débito, crédito o transferencia."
  static func unknownPaymentMethod(_ text: String, suggestion: String?) -> String {
    var message =
      "«\(text)» no es un medio de pago; use efectivo, débito, crédito o transferencia."
    if let suggestion { message += " ¿Quiso decir «\(suggestion)»?" }
    return message
  }
  static func unexpectedInPayment(_ text: String) -> String {
    "No entiendo «\(text)» en el pago; separe los medios con coma: «pagar efectivo 5000, débito»."
  }

  // MARK: Refusals
  static func describe(sale error: SaleError, currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    switch error {
    case .noOpenTicket:
      return "No hay un ticket abierto. Empiece uno con «vender» (por ejemplo «vender 2 empanada»)."
    case .emptyTicket: return "El ticket no tiene productos todavía."
    case .zeroQuantity(let product): return "La cantidad de «\(product)» debe ser mayor que cero."
    case .noSuchLine(let n, let count):
      return count == 0
        ? "El ticket no tiene líneas."
        : "No hay línea \(n): el ticket tiene \(count) línea\(count == 1 ? "" : "s")."
    case .productNotInTicket(let name): return "«\(name)» no está en el ticket."
    case .percentOver100(let p):
      return
        "Un descuento de \(TextFormat.percent(p)) no es posible: debe ser de 0 % (lo quita) hasta 100 %."
    case .discountAboveAmount(let discount, let amount):
      return
        "El descuento (\(money(discount))) supera el monto al que se aplica (\(money(amount)))."
    case .linesAfterTicketDiscount:
      return
        "El ticket ya tiene un descuento total: no se agregan productos después. Quítelo con «descuento 0%» (o «descuento $0»), agregue y vuelva a descontar."
    case .priceNeedsProduct(let p): return "Falta el producto para el precio «\(p)»."
    case .amountOnZeroPrice(let name):
      return "«\(name)» no tiene precio: no puedo calcular cuánto es ese importe."
    case .expired(let product, let date):
      return
        "«\(product)» venció el \(date.description) y esta tienda no vende vencidos (configurar tienda vender-vencidos sí lo permite)."
    case .notEnoughStock(let product, let stock, let wanted, let unit):
      return
        "No hay stock suficiente de «\(product)»: quedan \(amount(stock, unit)) y la venta lleva \(amount(wanted, unit)). Un supervisor puede autorizar vender bajo cero."
    case .paymentShort(let total, let paid):
      return
        "El pago (\(money(paid))) no cubre el total (\(money(total))): faltan \(money(total - paid)). No se registró la venta."
    case .nonCashOverRemaining(let method, let amount, let remaining):
      return
        "El pago con \(method.rawValue) (\(money(amount))) supera lo que falta (\(money(remaining))); sólo el efectivo da vuelto."
    case .alreadyPaid: return "El ticket ya está pagado: sobra ese pago."
    case .badPaymentAmount: return "El monto debe ser mayor que cero."
    case .holdWithPayments(let paid):
      return
        "El ticket tiene pagos por \(money(paid)): termine de cobrar o cancele antes de sostenerlo."
    case .tooManyHeld(let max):
      return "Ya hay \(max) tickets sostenidos (el máximo). Retome o cancele alguno primero."
    case .holdNotFound(let n): return "No hay un ticket sostenido número \(n). Vea «sostenidas»."
    case .quoteNotFound(let n): return "No hay una cotización número \(n). Vea «cotizaciones»."
    case .quoteExpired(let n, let date):
      return "La cotización \(n) venció el \(date.description); sus precios ya no valen."
    case .ticketBusy:
      return
        "Hay un ticket abierto: cóbrelo, sosténgalo («sostener») o cancélelo antes de retomar otro."
    case .cannotChangeAfterPayment:
      return "El ticket ya tiene un pago: termine de cobrar, o cancele y empiece de nuevo."
    case .saleNotFound(let ref):
      return
        "No encontré la venta «\(ref)» en esta caja. Use el número (15), o caja-número para otra caja (2-15 es la venta 15 de «Caja 2»)."
    case .alreadyVoided(let n): return "La venta \(n) ya fue anulada; no se anula dos veces."
    case .voidedSale(let n): return "La venta \(n) está anulada: no tiene nada que devolver."
    case .productNotInSale(let name, let n): return "«\(name)» no está en la venta \(n)."
    case .returnsMoreThanSold(let product, let sold, let returned, let unit, let line, let number):
      let which = line.map { "la línea \($0) de la venta \(number)" } ?? "la venta"
      return
        "No se puede devolver más de lo vendido: \(which) tiene \(amount(sold, unit)) de «\(product)» y con ésta serían \(amount(returned, unit))."
    case .nothingLeftToReturn(let n):
      return "La venta \(n) ya tiene devoluciones: use «devolver venta \(n) …» para lo que queda."
    case .fullyReturned(let n):
      return "La venta \(n) ya se devolvió entera: no queda nada que anular ni devolver."
    case .couponNotFound(let code, let suggestion):
      var text = "No existe el cupón «\(code)»."
      if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
      return text
    case .couponInactive(let code): return "El cupón «\(code)» está desactivado."
    case .couponNotYet(let code, let from):
      return "El cupón «\(code)» vale desde el \(from.description); todavía no."
    case .couponExpired(let code, let until):
      return "El cupón «\(code)» venció el \(until.description)."
    case .couponBelowMinimum(let code, let minimum, let subtotal):
      return
        "El cupón «\(code)» pide una compra mínima de \(money(minimum)); el ticket suma \(money(subtotal)) (faltan \(money(minimum - subtotal)))."
    case .couponUsedUp(let code, let uses):
      return "El cupón «\(code)» ya se usó las \(uses) veces permitidas."
    case .couponExists(let code): return "Ya existe el cupón «\(code)»."
    case .badCoupon(let code):
      return "«\(code)» no sirve como código de cupón: una palabra, hasta 30 caracteres."
    case .couponDates(let from, let until):
      return "El cupón termina (\(until.description)) antes de empezar (\(from.description))."
    case .zeroTotalTakesNoMoney(let amount):
      return
        "El total es $0: no hay nada que cobrar (\(money(amount)) sobra). Cierre la venta con «pagar efectivo», sin monto."
    case .productOnSeveralLines(let name, let lines, let number):
      let list = lines.map(String.init)
      let joined = list.dropLast().joined(separator: ", ") + " y " + list.last!
      return
        "«\(name)» está en las líneas \(joined) de la venta \(number), a precios distintos: diga cuál, por ejemplo «devolver venta \(number) línea \(lines.last!)» (vea «ver venta \(number)»)."
    case .noSuchSaleLine(let n, let count, let number):
      return
        "La venta \(number) no tiene línea \(n): tiene \(count) línea\(count == 1 ? "" : "s") (vea «ver venta \(number)»)."
    case .saleNotOnRegister(let number, let register):
      return "«\(register)» no tiene una venta \(number). Vea sus ventas con «ventas»."
    case .productNotOnLine(let name, let line, let number):
      return
        "La línea \(line) de la venta \(number) no es «\(name)» (vea «ver venta \(number)»)."
    case .lineAlreadyReturned(let line, let number):
      return "La línea \(line) de la venta \(number) ya se devolvió entera."
    case .refundExceedsCash(let requested, let available, let original):
      return
        "No se puede devolver \(money(requested)) en efectivo: en la caja debería haber \(money(available)) (vea «arqueo»). "
        + (original ? "Devuelva por el medio de pago de la venta («reembolso original») o" : "")
        + (original ? " registre" : "Registre")
        + " antes un ingreso («ingreso <monto> motivo \"…\"»)."
    case .giftCardPayBackExceedsCash(let code, let requested, let available):
      return
        "No se puede devolver en efectivo \(money(requested)) de la tarjeta \(code): en la caja debería haber \(money(available)) (vea «arqueo»). Registre antes un ingreso («ingreso <monto> motivo \"…\"») o anúlela «sin reembolso»."
    }
  }
}

extension SaleError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(sale: self, currency: currency) }
}

// MARK: - Voids and returns
extension Messages {
  static let reasonRequired = "Falta el motivo: «motivo \"…\"» (queda en la bitácora)."
  static let oneItemPerLine =
    "Con «línea» se devuelve una sola línea: «devolver venta 2 línea 3» (todo lo que queda) o «devolver venta 2 1 pan línea 3»."
  /// «venta 1», or «venta 1 de Caja 1» from another register.
  static func refundedSale(_ refund: CommittedRefund) -> String {
    "venta \(refund.saleNumber)" + (refund.saleRegisterName.map { " de \($0)" } ?? "")
  }
  static func voided(_ refund: CommittedRefund, _ currency: Currency) -> String {
    "  V" + refundedSale(refund).dropFirst()
      + " anulada (anulación \(refund.number)) · Devuelto \(TextFormat.money(refund.total, currency))"
      + refundCash(refund, currency)
  }
  static func returned(_ refund: CommittedRefund, _ currency: Currency) -> String {
    "  Devolución \(refund.number) de la \(refundedSale(refund)) · Reembolso \(TextFormat.money(refund.total, currency))"
      + refundCash(refund, currency)
  }
  static func refundCash(_ refund: CommittedRefund, _ currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    let cash = refund.cashBack
    let others = refund.payments.filter { $0.method != .cash }
    var text = ""
    if cash > .zero { text += " · Entregue en efectivo \(money(cash))" }
    for p in others {
      text +=
        p.method == .giftCard
        ? " · A la tarjeta de regalo \(p.reference ?? "") \(money(p.amount))"
        : p.method == .points
          ? " · " + PointsMessages.refunded(money(p.amount))
          : " · Revierta \(p.method.rawValue) \(money(p.amount))"
    }
    return text
  }
}

// MARK: - Sale history
extension Messages {
  static func noSales(_ period: String) -> String { "No hay ventas \(period)." }
  static func periodText(_ period: Period, today: LocalDate) -> String {
    if period.from == period.to {
      if period.from == today { return "hoy" }
      if period.from == today.adding(days: -1) { return "ayer" }
      return "el \(period.from.description)"
    }
    return "entre el \(period.from.description) y el \(period.to.description)"
  }
  static func saleTitle(_ number: Int64, register: String, at: String, user: String) -> String {
    "Venta \(number) · \(register) · \(at) · \(user)"
  }
  static func paymentLine(
    _ method: String, _ amount: Money, reference: String?, _ currency: Currency
  ) -> String {
    method + " " + TextFormat.money(amount, currency) + (reference.map { " (ref \($0))" } ?? "")
  }
  static func returnedLine(_ q: String) -> String { "devuelto: \(q)" }
  static func refundLine(
    _ kind: String, _ n: Int64, _ at: String, _ total: Money, _ reason: String,
    _ currency: Currency
  ) -> String {
    "\(kind.prefix(1).uppercased() + kind.dropFirst()) \(n) · \(at) · \(TextFormat.money(total, currency))"
      + (reason.isEmpty ? "" : " · «\(reason)»")
  }
  static let voidedMark = "ANULADA"

  /// The Estado column of `ventas`: «anulación», «devolución», «2 devoluciones».
  static func saleState(voids: Int, returns: Int) -> String {
    var parts: [String] = []
    if voids > 0 { parts.append("anulación") }
    if returns == 1 { parts.append("devolución") }
    if returns > 1 { parts.append("\(returns) devoluciones") }
    return parts.joined(separator: ", ")
  }

  /// The footer of `ventas`: how many and how much; when some were voided
  /// or returned, the net of the listed sales (what they sold minus what
  /// their voids and returns gave back, whenever those happened).
  static func salesFooter(_ sales: [SaleListing], currency: Currency) -> [String] {
    var summary = SalesSummary()
    for sale in sales { summary.add(sale) }
    return salesFooter(summary, currency: currency)
  }

  static func salesFooter(_ summary: SalesSummary, currency: Currency) -> [String] {
    let total = summary.total
    let refunded = summary.refunded
    let voided = summary.voided
    let returned = summary.returned
    let count = summary.count
    var text = "\(count) venta\(count == 1 ? "" : "s")"
    guard voided > 0 || returned > 0 else {
      return [text + " · " + TextFormat.money(total, currency)]
    }
    if voided > 0 { text += ", \(voided) anulada\(voided == 1 ? "" : "s")" }
    if returned > 0 {
      text += ", \(returned) con " + (returned == 1 ? "devolución" : "devoluciones")
    }
    return [
      text + " · Neto \(TextFormat.money(total - refunded, currency))",
      "Vendido \(TextFormat.money(total, currency)), devuelto \(TextFormat.money(refunded, currency)).",
    ]
  }
}

extension Messages {
  /// `ventas`' last footer lines, under `methodsHeading`: each method with
  /// its payments and what they settled net of the listed sales' voids and
  /// returns (cash: what the drawer kept), wrapped at 80 columns.
  static let methodsHeading = "Por medio, neto de anulaciones y devoluciones:"
  static func methodsFooter(_ methods: [SalesMethodTotal], currency: Currency) -> [String] {
    let parts = methods.map {
      "\(methodName($0.method)) \(TextFormat.money($0.amount, currency)) (\(payments($0.payments)))"
    }
    var lines: [String] = []
    for part in parts {
      if let last = lines.last, last.count + 3 + part.count <= 80 {
        lines[lines.count - 1] = last + " · " + part
      } else {
        lines.append(part)
      }
    }
    return lines
  }
}

// MARK: - Coupons
extension Messages {
  static let badValidity = "La validez va de 1 a 365 días."
  static func percentOrAmount(_ text: String) -> String {
    "¿\(text)% o $\(text)? Escriba el signo: «\(text)%» para un porcentaje o «$\(text)» para un monto."
  }
  static let badPaymentAmountText = "El monto debe ser mayor que cero."
  static let badUses = "Los usos deben ser al menos 1."
  static let noCoupons = "No hay cupones. Cree uno con: crear cupón VERANO10 10%"
  static func couponCreated(_ code: String, _ detail: String) -> String {
    "Cupón «\(code)» creado: \(detail)."
  }
  static func couponDeactivated(_ code: String) -> String { "Cupón «\(code)» desactivado." }
}

// MARK: - Coupon terms (`crear cupón`'s answer)
extension Messages {
  static func couponMinimumTerm(_ amount: String) -> String { "mínimo " + amount }
  static func couponFromTerm(_ date: String) -> String { "desde " + date }
  static func couponUntilTerm(_ date: String) -> String { "hasta " + date }
  static func couponUsesTerm(_ uses: Int64, of max: Int64) -> String { "\(uses) de \(max) usos" }
}

// MARK: - Table headers
/// Column headers and record labels of the sales tables (sales, a sale's
/// lines, held tickets and quotes, coupons). The keys beside them are the CSV and JSON
/// names, in SalesTables.swift.
enum SalesHeadings {
  static let number = "N°"
  static let register = "Caja"
  static let dateTime = "Fecha y hora"
  static let user = "Usuario"
  static let lines = "Líneas"
  static let total = "Total"
  static let payment = "Pago"
  static let state = "Estado"
  static let name = "Nombre"
  static let quotedFor = "Para"
  static let since = "Desde"
  static let validUntil = "Válida hasta"
  static let code = "Código"
  static let discount = "Descuento"
  static let minimum = "Mínimo"
  static let minimumPurchase = "Compra mínima"
  static let from = "Desde"
  static let until = "Hasta"
  static let uses = "Usos"
  static let maxUses = "Máximo"
  static let maxUsesLabel = "Usos máximos"
  static let active = "Activo"
  static let line = "Línea"
  static let sku = "SKU"
  static let product = "Producto"
  static let quantity = "Cantidad"
  static let price = "Precio"
  static let amount = "Monto"
  static let discounts = "Descuentos"
  static let net = "Neto"
  static let returned = "Devuelto"
}

// MARK: - `ver venta` labels
/// The labels of `ver venta como json` (SaleView); the keys beside them are
/// the JSON names.
enum SaleLabels {
  static let sale = "Venta"
  static let register = "Caja"
  static let date = "Fecha"
  static let user = "Usuario"
  static let subtotal = "Subtotal"
  static let lineDiscounts = "Descuentos por línea"
  static let ticketDiscount = "Descuento"
  static let coupon = "Cupón"
  static let couponDiscount = "Descuento cupón"
  static let total = "Total"
  static let net = "Neto"
  static let taxes = "Impuestos"
  static let rounding = "Redondeo"
  static let change = "Vuelto"
  static let boleta = "Boleta"
  static let note = "Nota"
  static let voided = "Anulada"
  static let lines = "Líneas"
  static let payments = "Pagos"
  static let refunds = "Devoluciones"
}
