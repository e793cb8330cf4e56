import TiendaCore

/// Values of sales, held tickets and coupons for `verificar`.
enum SaleChecks {
  static let all: [Checkable] = [held, salesCount, salesTotal, couponExists]

  static let held = Checkable(
    "sostenidas", help: "cuántos tickets sostenidos hay (sin cotizaciones)"
  ) { context, _ in
    CheckReading(
      .count(Int64(try context.shop.tickets.heldTickets().count)),
      subject: Messages.checkHeldSubject)
  }

  static let salesCount = Checkable(
    "ventas", argument: "<período>",
    help: "cuántas ventas hubo en el período, como las cuenta «ventas <período>»",
    right: .viewReports
  ) { context, text in
    let period = try period(text, context)
    return CheckReading(
      .count(Int64(try context.shop.sales.list(in: period).count)),
      subject: Messages.checkSalesSubject(Messages.periodText(period, today: context.shop.today)))
  }

  static let salesTotal = Checkable(
    "total ventas", argument: "<período>",
    help: "la suma de los totales de esas ventas, como el pie de «ventas <período>»",
    right: .viewReports
  ) { context, text in
    let period = try period(text, context)
    let total = try context.shop.sales.list(in: period).reduce(Money.zero) { $0 + $1.total }
    return CheckReading(
      .money(total),
      subject: Messages.checkSalesTotalSubject(
        Messages.periodText(period, today: context.shop.today)))
  }

  static let couponExists = Checkable(
    "existe cupón", argument: "<código>", help: "sí si hay un cupón activo con ese código"
  ) { context, code in
    let text = code ?? ""
    let subject = Messages.checkCouponSubject(text)
    do {
      return CheckReading(
        .truth(try context.shop.coupons.findCoupon(text).active), subject: subject)
    } catch SaleError.couponNotFound {
      return CheckReading(.truth(false), subject: subject)
    }
  }

  /// `hoy`, `semana`, `desde 01-11-2026 hasta 15-11-2026`…, read as
  /// `ventas` reads it; nothing may follow.
  static func period(_ text: String?, _ context: ShellContext) throws -> Period {
    let tokens = try Lexer.tokenize(text ?? "")
    guard !tokens.isEmpty else { throw ShellError(Messages.badPeriod(text ?? "")) }
    let parser = Parser(registry: context.registry)
    let (value, next) = try parser.parsePeriod(tokens, from: 0, today: context.shop.today)
    guard next == tokens.count, case .period(let period) = value else {
      throw ShellError(Messages.badPeriod(text ?? ""))
    }
    return period
  }
}

/// Values of this terminal's register for `verificar`.
enum CashChecks {
  static let all: [Checkable] = [expectedCash, lastDifference, balanced]

  static let expectedCash = Checkable(
    "efectivo esperado",
    help: "el efectivo que debería haber en la caja abierta (como en «arqueo»)",
    right: .viewReports
  ) { context, _ in
    CheckReading(
      .money(try context.shop.register.xReport().expectedCash),
      subject: Messages.checkExpectedCashSubject)
  }

  static let lastDifference = Checkable(
    "diferencia última caja",
    help: "contado menos esperado en efectivo del último cierre (negativo si faltó)",
    right: .viewReports
  ) { context, _ in
    let last = try lastClosing(context)
    return CheckReading(
      .money(last.cashDifference), subject: Messages.checkLastDifferenceSubject(last.number))
  }

  static let balanced = Checkable(
    "caja cuadrada", help: "sí si el último cierre de esta caja no tuvo diferencia en efectivo",
    right: .viewReports
  ) { context, _ in
    let last = try lastClosing(context)
    return CheckReading(
      .truth(last.cashDifference == .zero),
      subject: Messages.checkBalancedSubject(
        last.number,
        difference: TextFormat.money(last.cashDifference, context.shop.settings.currency)))
  }

  static func lastClosing(_ context: ShellContext) throws -> ZSummary {
    guard let last = try context.shop.register.zReports().first else {
      throw ShellError(Messages.checkNoClosing(context.shop.actor.registerName))
    }
    return last
  }
}
