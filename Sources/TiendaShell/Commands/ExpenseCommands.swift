import TiendaCore

/// Expenses (issue 18, part B): `crear gasto`, `listar gastos`, `ver
/// gasto`, `saldar gasto`, `anular gasto`, `gastos pendientes`,
/// `categorías de gasto`, `crear categoría de gasto`; and `informe resultado`.
enum ExpenseCommands {
  static let all: [CommandSpec] = [
    create, list, show, pay, void, stop, stopRecurring, recurring, pending, categories,
    createCategory,
    result,
  ]

  static let description = RequiredParam<String>.positional(
    "descripcion", .text, placeholder: "\"<descripción>\"", help: "Qué se paga (entre comillas).")
  static let amount = RequiredParam<Money>.positional(
    "monto", placeholder: "<monto>", help: "Lo que se paga, con impuestos (sin crédito fiscal).")
  static let category = Param<String>.option(
    "categoría", .name, key: "categoria", placeholder: "<categoría>",
    help: "La categoría (se crea si no existe); por omisión, general.")
  static let every = Param<String>.option(
    "cada", .name, placeholder: "semana [lunes…]|mes|año",
    help: "Se repite: crea su gasto pendiente en cada período al llegar el día.")
  static let day = Param<Int64>.option(
    "día", key: "dia", placeholder: "<N>", help: "Con «cada mes»: el día del mes (1 a 31).")
  static let due = Param<LocalDate>.option(
    "vence", placeholder: "<fecha>",
    help: "Cuándo vence (cuenta en el resultado de ese día); con «cada», el primer vencimiento.")
  static let paidWith = Param<String>.option(
    "pagado", .text, placeholder: "efectivo|transferencia|…",
    help: "Ya se pagó completo con ese medio (el efectivo sale de la caja abierta).")
  static let number = RequiredParam<Int64>.positional(
    "numero", placeholder: "<N>", help: "El número del gasto.")
  static let method = Param<String>.positional(
    "medio", .text, placeholder: "<medio>",
    help: "Por omisión, efectivo (sale de la caja abierta).",
    completion: .paymentMethods)
  static let payAmount = Param<Money>.positional(
    "monto", placeholder: "<monto>", help: "Por omisión, lo que falta.")
  static let reason = RequiredParam<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (obligatorio).")
  static let period = Param<Period>.positional(
    "periodo", placeholder: "<período>",
    help: "mes (por omisión), semana, año, un mes (marzo) o una fecha.")
  static let since = Param<Period>.option(
    "desde", placeholder: "<fecha> [hasta <fecha>]", help: "Sólo ese período.")
  static let pendingOnly = FlagParam("pendientes", help: "Sólo los que falta pagar.")
  static let categoryName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "La categoría.")

  static let create = CommandSpec(
    "crear gasto", group: .expenses,
    summary: "Registra un gasto (arriendo, luz, sueldos), de una vez o recurrente.",
    details: """
      El monto es lo que se paga (con IVA, sin crédito fiscal). Cuenta en el resultado del día \
      en que vence, o del día en que se registra. «cada mes día 5» crea su gasto pendiente cada \
      mes al llegar el día 5 (el primero, el próximo día 5 o «vence»); «pagado efectivo» lo paga \
      con efectivo de la caja abierta.
      """,
    params: [
      description.spec, amount.spec, category.spec, every.spec, day.spec, due.spec,
      paidWith.spec,
    ],
    examples: [
      "crear gasto \"Arriendo local\" 350000 categoría local cada mes día 5",
      "crear gasto \"Luz noviembre\" 45000 categoría servicios vence 10-12-2026",
      "crear gasto \"Bolsas\" 8000 categoría insumos pagado efectivo",
      "crear gasto \"Contador\" 60000 categoría servicios cada semana viernes",
    ],
    mutates: true, right: .purchases
  ) { call in
    let draft = ExpenseDraft(
      description: try call[description], amount: try call[amount],
      category: call[category] ?? ExpenseMessages.defaultCategory, due: call[due],
      recurrence: try recurrence(call), paidWith: call[paidWith])
    let created = try call.shop.expenses.create(draft)
    return .lines(ExpenseMessages.created(created, draft, call.shop.settings.currency))
  }

  /// `cada semana [lunes]`, `cada mes [día N]`, `cada año`: anchored on
  /// `vence` (else today) when the day is not given.
  static func recurrence(_ call: Invocation) throws -> ExpenseRecurrence? {
    guard let text = call[every] else {
      if call[day] != nil { throw ShellError(ExpenseMessages.badFrequency("")) }
      return nil
    }
    let words = text.split(separator: " ").map { fold(String($0)) }
    let anchor = call[due] ?? call.shop.today
    switch words.first {
    case "semana"?:
      guard words.count <= 2 else { throw ShellError(ExpenseMessages.badFrequency(text)) }
      if words.count == 2 {
        guard let i = ExpenseMessages.weekdays.map(fold).firstIndex(of: words[1]) else {
          throw ShellError(ExpenseMessages.badFrequency(text))
        }
        return ExpenseRecurrence(frequency: .weekly, day: i + 1)
      }
      return .anchored(.weekly, on: anchor)
    case "mes"?:
      guard words.count == 1 else { throw ShellError(ExpenseMessages.badFrequency(text)) }
      if let n = call[day] {
        guard (1...31).contains(n) else { throw ShellError(ExpenseMessages.badDay(n)) }
        return ExpenseRecurrence(frequency: .monthly, day: Int(n))
      }
      return .anchored(.monthly, on: anchor)
    case "ano"?:
      guard words.count == 1 else { throw ShellError(ExpenseMessages.badFrequency(text)) }
      guard call[day] == nil else { throw ShellError(ExpenseMessages.yearlyDay) }
      return .anchored(.yearly, on: anchor)
    default:
      throw ShellError(ExpenseMessages.badFrequency(text))
    }
  }

  /// This month, from its first to its last day.
  static func month(_ today: LocalDate) -> Period {
    Period(
      from: LocalDate(year: today.year, month: today.month, day: 1)!,
      to: LocalDate(
        year: today.year, month: today.month,
        day: LocalDate.daysIn(month: today.month, year: today.year))!)
  }

  static let list = CommandSpec(
    "listar gastos", aliases: ["gastos"], group: .expenses,
    summary: "Los gastos de un período (el mes si no se indica): monto, lo que falta y su estado.",
    details: "Con «pendientes» y sin período: todos los que falta pagar, de cualquier fecha.",
    params: [period.spec, since.spec, pendingOnly.spec],
    examples: [
      "listar gastos", "listar gastos pendientes", "listar gastos año como csv > gastos.csv",
    ],
    listing: true, right: .purchases
  ) { call in
    let today = call.shop.today
    let chosen = call[since] ?? call[period]
    let pending = call[pendingOnly]
    let period = chosen ?? (pending ? nil : month(today))
    let list = try call.shop.expenses.list(ExpenseQuery(period: period, pendingOnly: pending))
    let text = period.map { " " + Messages.periodText($0, today: today) } ?? ""
    return .table(
      ExpenseTables.expenses(
        list, empty: ExpenseMessages.noExpenses(text, pending: pending),
        call.shop.settings.currency))
  }

  static let pending = CommandSpec(
    "gastos pendientes", group: .expenses,
    summary: "Crea los gastos recurrentes que ya vencieron y lista todos los que falta pagar.",
    examples: ["gastos pendientes", "gastos pendientes como json"],
    listing: true, right: .purchases
  ) { call in
    let list = try call.shop.expenses.list(ExpenseQuery(period: nil, pendingOnly: true))
    return .table(
      ExpenseTables.expenses(
        list, empty: ExpenseMessages.noExpenses("", pending: true),
        call.shop.settings.currency))
  }

  static let show = CommandSpec(
    "ver gasto", group: .expenses,
    summary: "Un gasto: monto, categoría, vencimiento, pagos y lo que falta.",
    params: [number.spec], examples: ["ver gasto 3", "ver gasto 3 como json"],
    listing: true, right: .purchases
  ) { call in
    .record(
      ExpenseTables.detail(
        try call.shop.expenses.detail(try call[number]), call.shop.settings.currency))
  }

  static let pay = CommandSpec(
    "saldar gasto", aliases: ["pagar gasto"], group: .expenses,
    summary: "Paga un gasto (todo o una parte): en efectivo sale de la caja abierta.",
    details: """
      Por omisión paga lo que falta, en efectivo: sale de la caja (se ve en el arqueo y el Z) y \
      no puede superar el efectivo esperado. Otros medios no tocan la caja.
      """,
    params: [number.spec, method.spec, payAmount.spec],
    examples: ["saldar gasto 3", "saldar gasto 3 transferencia", "saldar gasto 3 efectivo 100000"],
    mutates: true, right: .purchases
  ) { call in
    let (chosen, sum) = try PurchaseCommands.methodOrAmount(call, method, payAmount)
    let paid = try call.shop.expenses.pay(
      ExpensePaymentRequest(id: try call[number], method: chosen, amount: sum))
    return .lines([ExpenseMessages.paid(paid, call.shop.settings.currency)])
  }

  static let void = CommandSpec(
    "anular gasto", group: .expenses,
    summary: "Anula un gasto sin pagos (queda registrado, con su motivo).",
    params: [number.spec, reason.spec],
    examples: ["anular gasto 3 motivo \"registrado dos veces\""],
    mutates: true, right: .purchases
  ) { call in
    let e = try call.shop.expenses.void(try call[number], reason: try call[reason])
    return .lines([ExpenseMessages.voided(e, call.shop.settings.currency)])
  }

  static let stop = CommandSpec(
    "detener gasto", group: .expenses,
    summary: "Deja de repetir un gasto recurrente (el del gasto N); los ya creados siguen.",
    params: [number.spec], examples: ["detener gasto 3"],
    mutates: true, right: .purchases
  ) { call in
    .lines([ExpenseMessages.stopped(try call.shop.expenses.stopRecurrence(of: try call[number]))])
  }

  static let recurrenceRef = RequiredParam<String>.positional(
    "gasto", .text, placeholder: "<N|\"descripción\">",
    help: "El número del gasto recurrente (de «gastos recurrentes») o su descripción.")

  static let stopRecurring = CommandSpec(
    "detener gasto recurrente", group: .expenses,
    summary: "Deja de repetir un gasto recurrente, por su número o su descripción.",
    details: """
      El número es el de «gastos recurrentes» (sirve aunque todavía no se haya creado ningún \
      gasto del período); los gastos ya creados siguen.
      """,
    params: [recurrenceRef.spec],
    examples: ["detener gasto recurrente 2", "detener gasto recurrente \"Arriendo local\""],
    mutates: true, right: .purchases
  ) { call in
    .lines([
      ExpenseMessages.stopped(try call.shop.expenses.stopRecurrence(named: try call[recurrenceRef]))
    ])
  }

  static let recurring = CommandSpec(
    "gastos recurrentes", aliases: ["listar gastos recurrentes"], group: .expenses,
    summary: "Los gastos que se repiten: monto, regla, próximo vencimiento y si siguen activos.",
    examples: ["gastos recurrentes", "gastos recurrentes como csv"],
    listing: true, right: .purchases
  ) { call in
    .table(ExpenseTables.recurring(try call.shop.expenses.recurrences()))
  }

  static let categories = CommandSpec(
    "categorías de gasto", aliases: ["listar categorías de gasto"], group: .expenses,
    summary: "Las categorías de gasto con sus gastos del mes (o del período).",
    params: [period.spec, since.spec],
    examples: ["categorías de gasto", "categorías de gasto año como csv"],
    listing: true, right: .purchases
  ) { call in
    let period = call[since] ?? call[period] ?? month(call.shop.today)
    return .table(ExpenseTables.categories(try call.shop.expenses.categories(in: period)))
  }

  static let createCategory = CommandSpec(
    "crear categoría de gasto", group: .expenses,
    summary: "Agrega una categoría de gasto (también se crea sola al crear un gasto).",
    params: [categoryName.spec], examples: ["crear categoría de gasto servicios"],
    mutates: true, right: .purchases
  ) { call in
    let name = try call[categoryName]
    let created = try call.shop.expenses.createCategory(name)
    return .message(ExpenseMessages.categoryCreated(name, created: created))
  }

  static let resultPeriod = Param<Period>.positional(
    "periodo", placeholder: "<período>",
    help: "mes (por omisión: del 1 a hoy), un mes (noviembre: completo), año o una fecha.")

  static let result = CommandSpec(
    "informe resultado", group: .reports,
    summary:
      "El resultado de un mes o período: ventas netas − costo de lo vendido − gastos por categoría.",
    details: """
      Ventas netas sin impuestos (después de descuentos, menos anulaciones y devoluciones); costo \
      guardado en cada línea vendida; gastos contados el día en que vencen o, sin vencimiento, el \
      día en que se registraron (pagados o no; los anulados no).
      """,
    params: [resultPeriod.spec, since.spec],
    examples: [
      "informe resultado", "informe resultado noviembre como gráfico",
      "informe resultado año como json",
    ],
    listing: true, right: .viewReports
  ) { call in
    // Like «mes» in every report: from the 1st to today.
    let today = call.shop.today
    let period =
      call[since] ?? call[resultPeriod]
      ?? Period(from: LocalDate(year: today.year, month: today.month, day: 1)!, to: today)
    return .table(
      ExpenseTables.result(
        try call.shop.reports.result(period: period), call.shop.settings.currency))
  }
}
