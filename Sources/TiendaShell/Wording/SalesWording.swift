import TiendaCore

/// Spanish wording of sales: refusals (`SaleError`) and what the sale
/// commands print.
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
    case .zeroTotalTakesNoMoney, .productOnSeveralLines, .noSuchSaleLine, .saleNotOnRegister,
      .productNotOnLine, .lineAlreadyReturned:
      return describe(saleRule: error, currency: currency)
    }
  }
}

extension Messages {
  // MARK: Sale screens
  static let subtotalLabel = "Subtotal"
  static let lineDiscountsLabel = "Descuentos por línea"
  static let ticketDiscountLabel = "Descuento"
  static let couponLabel = "Cupón"
  static let totalLabel = "Total"
  static let netLabel = "Neto"
  static let missingLabel = "Falta"
  static let saleLabel = "Venta"
  static let roundingLabel = "Redondeo"
  static let changeLabel = "Vuelto"
  static let noteLabel = "Nota: "
  static let boletaLabel = "Boleta: "
  static let giftLine = "(regalo: sin precio en el ticket)"
  static let emptyTicketShown = "(ticket vacío: escriba un producto, por ejemplo «2 empanada»)"
  static func paidWith(_ method: String) -> String { "Pagado con " + method }
  static func ticketRunning(articles: Int64, total: Money, _ currency: Currency) -> String {
    "  Ticket: \(articles) artículo\(articles == 1 ? "" : "s") · Total \(TextFormat.money(total, currency))"
  }
  static func stockShortWarning(_ product: String, _ stock: String) -> String {
    "  Aviso: de «\(product)» quedan \(stock) en stock; al cobrar no alcanzará."
  }
  static func sessionOpenedForSale(_ register: String) -> String {
    "  Se abrió \(register) con fondo $0 (no estaba abierta)."
  }
  static let ticketOpened =
    "  Ticket abierto. Escriba productos («2 empanada pino»), «total», «pagar efectivo 10000» o «cancelar»."
  public static func ticketResumed(_ lines: Int) -> String {
    "  Hay un ticket abierto con \(lines) línea\(lines == 1 ? "" : "s"); siga agregando o escriba «total»."
  }
  static let discountSet = "  Descuento aplicado."
  static func couponApplied(_ code: String, _ amount: Money, _ currency: Currency) -> String {
    "  Cupón \(code): -\(TextFormat.money(amount, currency))."
  }
  static let noteSaved = "  Nota guardada."
  static let giftSaved = "  Se imprimirá ticket de regalo (sin precios)."
  static func boletaSaved(_ n: String) -> String { "  Boleta \(n) anotada en la venta." }
  static func cancelled(paid: Money, _ currency: Currency) -> String {
    paid > .zero
      ? "  Ticket cancelado. Devuelva al cliente \(TextFormat.money(paid, currency)) ya pagados."
      : "  Ticket cancelado."
  }
  static func held(_ number: Int64, _ name: String) -> String {
    "  Ticket sostenido número \(number)\(name.isEmpty ? "" : " («\(name)»)"). Retómelo con «retomar \(number)»."
  }
  static func quoted(_ number: Int64, until: LocalDate, total: Money, _ currency: Currency)
    -> String
  {
    "  Cotización \(number) por \(TextFormat.money(total, currency)), válida hasta el \(until.description)."
  }
  static let noHeld = "No hay tickets sostenidos."
  static let noQuotes = "No hay cotizaciones."
  static func noSales(_ period: String) -> String { "No hay ventas \(period)." }
  static func stockOverrideQuestion(_ why: String) -> String {
    why + " ¿Vender igual bajo cero? (sí/no) "
  }
  static func voided(_ refund: CommittedRefund, _ currency: Currency) -> String {
    "  Venta \(refund.saleNumber) anulada (anulación \(refund.number)) · Devuelto \(TextFormat.money(refund.total, currency))"
      + refundCash(refund, currency)
  }
  static func returned(_ refund: CommittedRefund, _ currency: Currency) -> String {
    "  Devolución \(refund.number) de la venta \(refund.saleNumber) · Reembolso \(TextFormat.money(refund.total, currency))"
      + refundCash(refund, currency)
  }
  static func refundCash(_ refund: CommittedRefund, _ currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    let cash = refund.cashBack
    let others = refund.payments.filter { $0.method != .cash }
    var text = ""
    if cash > .zero { text += " · Entregue en efectivo \(money(cash))" }
    for p in others { text += " · Reverse \(p.method.rawValue) \(money(p.amount))" }
    return text
  }
}

extension Messages {
  static let reasonRequired = "Falta el motivo: «motivo \"…\"» (queda en la bitácora)."
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
  static func heldLine(_ n: Int64, _ name: String) -> String {
    "\(n)\(name.isEmpty ? "" : " «\(name)»")"
  }
}

extension Messages {
  static let badValidity = "La validez va de 1 a 365 días."
  static func percentOrAmount(_ text: String) -> String {
    "¿\(text)% o $\(text)? Escriba el signo: «\(text)%» para un porcentaje o «$\(text)» para un monto."
  }
  static func quoteTitle(_ n: Int64, _ name: String, until: LocalDate?) -> String {
    "Cotización \(n)" + (name.isEmpty ? "" : " para \(name)")
      + (until.map { " · válida hasta el \($0.description)" } ?? "")
  }
  static let badPaymentAmountText = "El monto debe ser mayor que cero."
  static let badUses = "Los usos deben ser al menos 1."
  static let noCoupons = "No hay cupones. Cree uno con: crear cupón VERANO10 10%"
  static func couponCreated(_ code: String, _ detail: String) -> String {
    "Cupón «\(code)» creado: \(detail)."
  }
  static func couponDeactivated(_ code: String) -> String { "Cupón «\(code)» desactivado." }
}
