import TiendaCore

/// Spanish wording of expenses and the month's result (issue 18, part B):
/// what the commands say and their refusals (`ExpenseError`).
enum ExpenseMessages {
  static func money(_ m: Money, _ c: Currency) -> String { TextFormat.money(m, c) }

  static func frequencyText(_ r: ExpenseRecurrence) -> String {
    switch r.frequency {
    case .weekly: "cada semana el \(weekdays[max(0, min(6, r.day - 1))])"
    case .monthly: "cada mes el día \(r.day)"
    case .yearly: "cada año el \(r.day) de \(monthNames[max(0, min(11, (r.month ?? 1) - 1))])"
    }
  }

  static let weekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
  static let monthNames = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
  ]

  static func created(_ c: CreatedExpense, _ draft: ExpenseDraft, _ cur: Currency) -> [String] {
    var lines: [String] = []
    if c.newCategory { lines.append("Categoría de gasto nueva: «\(draft.category)».") }
    if let rule = draft.recurrence {
      var text =
        "Gasto recurrente «\(draft.description)» de \(money(draft.amount, cur)), "
        + frequencyText(rule) + "."
      if let next = c.nextDue { text += " Próximo vencimiento: \(next)." }
      lines.append(text)
    }
    if let e = c.expense {
      lines.append(
        "Gasto \(e.id) registrado: «\(e.description)» \(money(e.amount, cur)) (\(e.category))"
          + (e.dueDay.map { ", vence el \($0)" } ?? "") + ", " + stateText(e, cur) + ".")
    }
    if let cash = c.expectedCash {
      lines.append("Efectivo esperado en la caja: \(money(cash, cur)).")
    }
    return lines
  }

  static func stateText(_ e: Expense, _ c: Currency) -> String {
    switch e.state {
    case .pending: "pendiente"
    case .partial: "pagado en parte, falta \(money(e.balance, c))"
    case .paid: "pagado"
    case .voided: "anulado"
    }
  }

  static func paid(_ p: ExpensePaid, _ c: Currency) -> String {
    var text =
      "Gasto \(p.expense.id) «\(p.expense.description)»: pagado \(money(p.payment.amount, c))"
      + " con \(p.payment.method.rawValue); " + stateText(p.expense, c) + "."
    if let cash = p.expectedCash { text += " Efectivo esperado en la caja: \(money(cash, c))." }
    return text
  }

  static func voided(_ e: Expense, _ c: Currency) -> String {
    "Gasto \(e.id) «\(e.description)» de \(money(e.amount, c)) anulado; ya no cuenta en el resultado."
  }

  static func stopped(_ e: Expense) -> String {
    "«\(e.description)» ya no se repite: no se crearán más períodos. Los ya creados siguen"
      + " (páguelos o anúlelos uno a uno)."
  }

  static func stopped(_ r: RecurringExpense) -> String {
    "Gasto recurrente \(r.id) «\(r.description)» detenido: no se crearán más períodos. Los ya"
      + " creados siguen (páguelos o anúlelos uno a uno)."
  }

  static func resultWithoutCost(_ m: Money, _ c: Currency) -> String {
    "El margen y el resultado no cuentan las ventas sin costo (\(money(m, c)) netas):"
      + " su margen no se conoce. Con su costo asignado, entran en ambos."
  }

  static let noRecurring =
    "No hay gastos recurrentes. Cree uno con: crear gasto \"Arriendo local\" 350000 cada mes día 5"

  static func categoryCreated(_ name: String, created: Bool) -> String {
    created
      ? "Categoría de gasto «\(name)» creada."
      : "La categoría de gasto «\(name)» ya existía; no se cambió nada."
  }

  static func noExpenses(_ periodText: String, pending: Bool) -> String {
    pending ? "No hay gastos pendientes\(periodText)." : "No hay gastos\(periodText)."
  }

  static let noCategories =
    "No hay categorías de gasto. Se crean con: crear categoría de gasto <nombre>, o al crear un gasto."

  static func badFrequency(_ text: String) -> String {
    "«cada \(text)» no se entiende: use cada semana [lunes…domingo], cada mes [día N] o cada año."
  }

  static func badDay(_ day: Int64) -> String {
    "El día \(day) no sirve: cada mes va del 1 al 31 (31 cae el último día de meses más cortos)."
  }

  static let defaultCategory = "general"

  static let yearlyDay =
    "Con «cada año» el día y el mes salen de «vence», p. ej.: cada año vence 15-03-2027"

  static func listingTotals(_ total: Money, left: Money, _ c: Currency) -> String {
    "Total \(money(total, c)) (sin anulados) · Falta pagar \(money(left, c))"
  }
}

/// Labels of the X and Z for expenses paid from the drawer.
enum ExpenseLabels {
  static func cashPaid(_ n: Int) -> String { "Gastos pagados (\(n))" }
}

/// Headings of the expense listings and `informe resultado`.
enum ExpenseHeadings {
  static let number = "N°"
  static let day = "Fecha"
  static let description = "Descripción"
  static let category = "Categoría"
  static let amount = "Monto"
  static let paid = "Pagado"
  static let balance = "Falta"
  static let state = "Estado"
  static let due = "Vence"
  static let count = "Gastos"
  static let total = "Total del mes"
  static let recurrence = "Recurrencia"
  static let rule = "Regla"
  static let nextDue = "Próximo"
  static let active = "Activo"
  static let recordedBy = "Registrado por"
  static let recordedAt = "Registrado"
  static let payments = "Pagos"
  static let voidReason = "Motivo de anulación"
  static let concept = "Concepto"
  static let kind = "Tipo"
  static let netSales = "Ventas netas"
  static let costOfSales = "Costo de lo vendido"
  static let grossMargin = "Margen bruto"
  static let netSalesWithCost = "Ventas netas con costo"
  static let salesWithoutCost = "Ventas sin costo (fuera del resultado)"
  static let grossMarginWithCost = "Margen bruto (ventas con costo)"
  static let resultWithCost = "Resultado (sin las ventas sin costo)"
  static let expenses = "Gastos"
  static let result = "Resultado"
  static func expenseRow(_ category: String) -> String { "Gastos: \(category)" }
  static let kindIncome = "ingreso"
  static let kindCost = "costo"
  static let kindExpense = "gasto"
  static func payment(_ p: ExpensePayment, _ c: Currency) -> String {
    "  \(LocalTime.formatted(p.at)) · \(p.method.rawValue) \(TextFormat.money(p.amount, c))"
      + (p.userName.map { " · \($0)" } ?? "")
  }
}

extension ExpenseError: WordedError {
  func wording(currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    switch self {
    case .amountNotPositive:
      return
        "El monto debe ser mayor que cero, p. ej.: crear gasto \"Luz\" 45000 o saldar gasto 3 20000"
    case .emptyDescription:
      return "Falta la descripción del gasto, p. ej.: crear gasto \"Arriendo local\" 350000"
    case .emptyCategory:
      return "Falta el nombre de la categoría de gasto, p. ej.: categoría local"
    case .badRecurrence(let frequency, let day):
      return frequency == .weekly
        ? "El día de la semana \(day) no existe; use lunes a domingo."
        : "El día \(day) no sirve para «cada \(frequency.rawValue)»: use un día del 1 al 31."
    case .notFound(let id):
      return "No hay un gasto número \(id). Vea los gastos con: listar gastos"
    case .voided(let id):
      return "El gasto \(id) está anulado: no se paga ni se anula de nuevo."
    case .alreadyPaid(let id):
      return "El gasto \(id) ya está pagado por completo; no falta nada."
    case .overpaid(let id, let balance, let requested):
      return
        "Al gasto \(id) le falta \(money(balance)); no se puede pagar \(money(requested)). Pague \(money(balance)) o menos."
    case .hasPayments(let id):
      return
        "El gasto \(id) tiene pagos y no se anula: el dinero ya salió. Si el efectivo volvió a la caja, regístrelo con: ingreso <monto> motivo \"…\""
    case .reasonRequired:
      return "Falta el motivo: anular gasto <N> motivo \"…\""
    case .methodNotForExpenses(let method):
      return
        "Un gasto no se paga con «\(method)»: es dinero de los clientes. Use efectivo, transferencia, débito u otro medio de la tienda."
    case .noOpenSession(let register):
      return
        "No hay una sesión abierta en \(register): el efectivo sale de la caja abierta. Abra la caja (abrir caja <fondo>) o pague con otro medio (pagado transferencia, o saldar gasto <N> transferencia)."
    case .exceedsCash(let requested, let available):
      return
        "En la caja debería haber \(money(available)); no alcanza para pagar \(money(requested)) en efectivo. Pague menos o con otro medio."
    case .notRecurring(let id):
      return "El gasto \(id) no es de un gasto recurrente: no hay nada que detener."
    case .alreadyStopped(let id):
      return "El gasto recurrente del gasto \(id) ya estaba detenido."
    case .paidRecurrenceNotDue(let next):
      return
        "El primer vencimiento es el \(next): todavía no hay gasto que pagar. Créelo sin «pagado» y páguelo ese día con: saldar gasto <N>"
    }
  }
}

extension RecurringExpenseError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .notFound(let text):
      return
        "No hay un gasto recurrente «\(text)». Vea los números y descripciones con: gastos recurrentes"
    case .ambiguous(let text, let ids):
      return
        "Hay varios gastos recurrentes «\(text)» (números "
        + ids.map(String.init).joined(separator: ", ")
        + "). Indique el número: detener gasto recurrente <N>"
    case .alreadyStopped(let id, let text):
      return "El gasto recurrente \(id) «\(text)» ya estaba detenido."
    }
  }
}
