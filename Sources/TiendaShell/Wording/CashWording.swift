import TiendaCore

/// Spanish wording of registers, sessions and cash: refusals (`CashError`)
/// and results.
extension Messages {
  static func describe(cash error: CashError, currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    switch error {
    case .sessionAlreadyOpen(let register, let openedAt, let openedBy):
      let by = openedBy.map { " por \($0)" } ?? ""
      return
        "«\(register)» ya está abierta desde \(LocalTime.formatted(openedAt))\(by). Para abrirla de nuevo, ciérrela primero: cerrar caja <efectivo contado>"
    case .noOpenSession(let register):
      return
        "«\(register)» no está abierta (no se ha abierto o ya se cerró). Ábrala con: abrir caja 20000"
    case .amountNotPositive:
      return "El monto debe ser mayor que cero."
    case .negativeAmount(let m):
      return "El monto \(money(m)) no puede ser negativo."
    case .withdrawalExceedsCash(let requested, let available):
      return
        "No se puede retirar \(money(requested)): en la caja debería haber \(money(available)) en efectivo (vea «arqueo»)."
    case .leaveExceedsCounted(let leave, let counted):
      return
        "No se puede dejar \(money(leave)) en la caja: se contaron \(money(counted)) en efectivo."
    case .openTicket(let register, let lines):
      let what = lines == 1 ? "1 línea" : "\(lines) líneas"
      return
        "«\(register)» tiene un ticket abierto (\(what)). Antes de cerrar la caja, termínelo (pagar), sosténgalo (sostener) o cancélelo (cancelar)."
    case .denominationsDisagree(let total, let counted):
      return
        "El conteo por billetes y monedas suma \(money(total)), pero el efectivo contado es \(money(counted)); revise el conteo."
    case .badDenomination(let value):
      return
        "En el conteo, \(money(value)) está repetido o con cantidad cero: escriba cada billete o moneda una vez (20000 x 3, 500 x 12)."
    case .noSuchZReport(let register, let number, let last):
      guard let last else {
        return "«\(register)» todavía no tiene informes Z: se crean al cerrar la caja."
      }
      return "«\(register)» no tiene el informe Z N° \(number); el último es el N° \(last)."
    case .reasonRequired:
      return "Falta el motivo: agregue, por ejemplo, motivo \"pago proveedor\"."
    case .methodNotCountable(let name):
      return
        "«\(name)» no está disponible en esta versión de tienda: no recibe pagos, así que no se cuenta al cerrar la caja. Quítelo de «cerrar caja» (vea «listar medios de pago»)."
    }
  }

  static func registerCreated(_ name: String) -> String {
    "Caja «\(name)» creada. Para trabajar en ella: tienda --caja \"\(name)\" (o TIENDA_CAJA)."
  }
  static let noRegisters = "No hay cajas. Cree una con: crear caja \"Caja 2\""
  static let registerOpen = "abierta"
  static let registerClosed = "cerrada"
  static let thisTerminal = "esta terminal"
  static func sessionOpened(_ register: String, float: String) -> String {
    "«\(register)» abierta con fondo \(float)."
  }
  static func otherRegisterOpened(_ terminal: String, _ register: String) -> String {
    "Esta terminal sigue en «\(terminal)»; para vender en «\(register)» use: tienda --caja \"\(register)\""
  }
  static func deposited(_ amount: String, expected: String) -> String {
    "Ingreso de \(amount) registrado. Efectivo esperado en la caja: \(expected)."
  }
  static func withdrawn(_ amount: String, expected: String) -> String {
    "Retiro de \(amount) registrado. Efectivo esperado en la caja: \(expected)."
  }
  static let drawerOpened = "Apertura del cajón registrada."
  static func closed(_ register: String, number: Int64) -> String {
    "«\(register)» cerrada. Informe Z N° \(number) guardado; véalo cuando quiera con: informe z \(number)"
  }
  static let noZReports = "Esta caja todavía no tiene informes Z: se crean al cerrar la caja."
  static let countedMissing =
    "Falta el efectivo contado: cerrar caja 154300 (o por billetes: cerrar caja conteo 20000 x 3, 500 x 12)."
  static let countPrompt =
    "Conteo de efectivo (p. ej. 20000 x 3, 10000 x 5, 500 x 12; Enter para cancelar): "
  static let closeCancelled = "Cancelado: la caja sigue abierta."
  static func badCountItem(_ text: String) -> String {
    "«\(text)» no es un conteo: escriba valor x cantidad, por ejemplo 20000 x 3 o 500 x 12."
  }
  static let balanced = "cuadra"
  static let notCounted = "sin contar"
  /// `resultado` in CSV and JSON: one word, the amount being `diferencia_efectivo`.
  static func outcomeWord(_ difference: Money) -> String {
    difference == .zero ? balanced : difference > .zero ? "sobra" : "falta"
  }
  /// "cuadra", "sobran $50", "faltan $300".
  static func outcome(_ difference: Money, _ currency: Currency) -> String {
    if difference == .zero { return balanced }
    let amount = TextFormat.money(Money(abs(difference.minorUnits)), currency)
    return (difference > .zero ? "sobran " : "faltan ") + amount
  }
  static func methodName(_ method: CashReport.Method) -> String {
    switch method {
    case .cash: return "Efectivo"
    case .debit: return "Débito"
    case .credit: return "Crédito"
    case .transfer: return "Transferencia"
    // A shop's method (DESIGN §8.11): its name with a capital.
    default: return method.rawValue.prefix(1).uppercased() + method.rawValue.dropFirst()
    }
  }
  static func payments(_ n: Int) -> String { n == 1 ? "1 pago" : "\(n) pagos" }

  static func closingSummary(expected: Money, counted: Money, difference: Money, currency: Currency)
    -> String
  {
    let diff = difference.formatted(currency)
    let word = difference == .zero ? "" : " (" + outcome(difference, currency) + ")"
    return
      "  Esperado \(expected.formatted(currency)) · Contado \(counted.formatted(currency)) · Diferencia \(diff)\(word)"
  }
}

// MARK: - What `cerrar caja` says at the counter
extension Messages {
  /// «  Débito: esperado $5.000 · contado $4.000 · faltan $1.000».
  static func closingMethod(
    _ name: String, expected: Money, counted: Money, difference: Money, _ currency: Currency
  ) -> String {
    "  \(name): esperado \(expected.formatted(currency)) · contado \(counted.formatted(currency)) · \(outcome(difference, currency))"
  }
  /// «  Crédito: esperado $2.000 · sin contar».
  static func closingMethodNotCounted(_ name: String, expected: Money, _ currency: Currency)
    -> String
  {
    "  \(name): esperado \(expected.formatted(currency)) · \(notCounted)"
  }
  /// «  Revise: débito y amipass no cuadran.»
  static func closingMismatched(_ names: [String]) -> String {
    guard let last = names.last, names.count > 1 else {
      return "  Revise: \(names.first ?? "") no cuadra."
    }
    return "  Revise: \(names.dropLast().joined(separator: ", ")) y \(last) no cuadran."
  }
  static func cashCountedTwice(_ first: Money, _ second: Money, _ currency: Currency) -> String {
    "El efectivo contado está dos veces (\(first.formatted(currency)) y efectivo \(second.formatted(currency))): escríbalo una sola vez, como monto (cerrar caja 154300 débito 45000) o como «efectivo 154300». No se cerró la caja."
  }
}

extension Messages {
  static func noCashMovements(_ period: String) -> String {
    "No hay ingresos, retiros ni aperturas del cajón \(period)."
  }
}

extension Messages {
  static func countItemTooLarge(_ text: String, _ currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    return
      "«\(text)» es demasiado: el total de esos billetes o monedas supera el máximo de un monto (\(money(Money(Limits.amount))))."
  }
}

extension CashError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(cash: self, currency: currency) }
}

// MARK: - Table headers
/// Column headers of the cash tables (registers, cash movements, Z reports).
/// The keys beside them are the CSV and JSON names, in CashTables.swift.
enum CashHeadings {
  static let register = "Caja"
  static let state = "Estado"
  static let openSince = "Abierta desde"
  static let openedBy = "Abrió"
  static let float = "Fondo"
  static let lastZ = "Último Z"
  static let nextFloat = "Próximo fondo"
  static let terminal = "Terminal"
  static let dateTime = "Fecha y hora"
  static let kind = "Tipo"
  static let amount = "Monto"
  static let reason = "Motivo"
  static let user = "Usuario"
  static let approvedBy = "Aprobó"
  static let number = "N°"
  static let opened = "Abierta"
  static let closed = "Cerrada"
  static let closedBy = "Cerró"
  static let sales = "Ventas"
  static let netSales = "Venta neta"
  static let expected = "Esperado"
  static let counted = "Contado"
  static let difference = "Diferencia"
}

// MARK: - X and Z report labels
/// The labels of the X and Z reports (CashView); the keys beside them are
/// the CSV and JSON names.
enum CashReportLabels {
  static let register = "Caja"
  static let zNumber = "Informe Z N°"
  static let opened = "Abierta"
  static let openedBy = "Abrió"
  static let closed = "Cerrada"
  static let closedBy = "Cerró"
  static let approvedBy = "Autorizó"
  static let sales = "Ventas"
  static let firstSale = "Primera venta"
  static let lastSale = "Última venta"
  static let salesTotal = "Total vendido"
  static let lineDiscounts = "Descuentos en líneas"
  static let ticketDiscounts = "Descuentos al ticket"
  static let coupons = "Cupones usados"
  static let couponDiscounts = "Descuento por cupones"
  static let voids = "Anulaciones"
  static let voidsTotal = "Total anulado"
  static let returns = "Devoluciones"
  static let returnsTotal = "Total devuelto"
  static let netSales = "Venta neta"
  static let netWithoutTaxes = "Neto sin impuestos"
  static let openingFloat = "Fondo inicial"
  static let cashFromSales = "Efectivo de ventas"
  static let cashRefunds = "Efectivo devuelto"
  static let expectedCash = "Efectivo esperado"
  static let countedCash = "Efectivo contado"
  static let cashDifference = "Diferencia en efectivo"
  static let outcome = "Resultado"
  static let rounding = "Redondeo (informativo)"
  static let drawerOpens = "Aperturas del cajón"
  static let leftFloat = "Dejado como fondo"
  static let takenAway = "Retirado al cerrar"
  static let note = "Nota"
  static let count = "Conteo"
  static func deposits(_ n: Int) -> String { "Ingresos (\(n))" }
  static func withdrawals(_ n: Int) -> String { "Retiros (\(n))" }
  /// One kind of cash flow (DESIGN §8.10): its label and its CSV/JSON key.
  static func flow(_ flow: CashFlow) -> (label: String, key: String) {
    switch flow.kind {
    case .sales: (cashFromSales, "efectivo_ventas")
    case .refunds: (cashRefunds, "efectivo_devuelto")
    case .deposits: (deposits(flow.count), "ingresos")
    case .withdrawals: (withdrawals(flow.count), "retiros")
    case .giftCardsSold:
      (GiftCardReportLabels.cashFromCards(flow.count), "efectivo_tarjetas_regalo")
    case .giftCardsVoided:
      (GiftCardReportLabels.cashToVoidedCards(flow.count), "efectivo_tarjetas_regalo_anuladas")
    case .accountPayments: (AccountReportLabels.cashPayments(flow.count), "efectivo_abonos")
    case .loans: (AccountReportLabels.loans(flow.count), "prestamos")

    case .supplierPayments:
      (PurchaseHeadings.supplierPaymentsFlow(flow.count), "pagos_a_proveedores")
    case .expensesPaid: (ExpenseLabels.cashPaid(flow.count), "gastos_pagados")
    case .orderDepositsIn: (OrderMessages.depositsIn(flow.count), "efectivo_señas_recibidas")
    case .orderDepositsOut: (OrderMessages.depositsOut(flow.count), "efectivo_señas_devueltas")
    }
  }
  /// «Débito (3 pagos)»: what a payment method should have brought.
  static func methodExpected(_ method: String, payments: String) -> String {
    "\(method) (\(payments))"
  }
  static func methodCounted(_ method: String) -> String { "\(method) contado" }
  static func methodDifference(_ method: String) -> String { "\(method) diferencia" }
  /// Who opened a session the first sale opened.
  static let openedByFirstSale = "primera venta"
}
