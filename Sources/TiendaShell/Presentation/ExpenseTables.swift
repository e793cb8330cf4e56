import TiendaCore

/// Tables of expenses (issue 18, part B) and `informe resultado`.
enum ExpenseTables {
  typealias H = ExpenseHeadings

  /// `listar gastos`, `gastos pendientes`.
  static func expenses(_ list: [Expense], empty: String, _ c: Currency) -> Table {
    var table = Table(
      columns: [
        Column(H.number, key: "numero", alignRight: true, priority: .high),
        Column(H.day, key: "fecha", priority: .high),
        Column(H.description, key: "descripcion", priority: .high),
        Column(H.category, key: "categoria", priority: .low),
        Column(H.amount, key: "monto", alignRight: true, priority: .high),
        Column(H.balance, key: "falta", alignRight: true),
        Column(H.state, key: "estado"),
      ],
      rows: list.map { e in
        [
          .int(e.id), .date(e.day), .text(e.description), .text(e.category), .money(e.amount),
          .money(e.balance), .text(e.state.rawValue),
        ]
      },
      emptyMessage: empty)
    // A listing stays a flat array in CSV/JSON (DESIGN §8.14): the sums
    // are a line under the table.
    if !list.isEmpty {
      table.footer = [
        ExpenseMessages.listingTotals(
          list.filter { !$0.voided }.reduce(.zero) { $0 + $1.amount },
          left: list.reduce(.zero) { $0 + $1.balance }, c)
      ]
    }
    table.chart = (2, 4)
    return table
  }

  /// `categorías de gasto`.
  static func categories(_ list: [ExpenseCategoryTotal]) -> Table {
    var table = Table(
      columns: [
        Column(H.category, key: "nombre", priority: .high),
        Column(H.count, key: "gastos", alignRight: true),
        Column(H.total, key: "total", alignRight: true, priority: .high),
      ],
      rows: list.map { [.text($0.name), .int($0.count), .money($0.total)] },
      emptyMessage: ExpenseMessages.noCategories)
    table.chart = (0, 2)
    return table
  }

  /// `gastos recurrentes`.
  static func recurring(_ list: [RecurringExpense]) -> Table {
    Table(
      columns: [
        Column(H.number, key: "numero", alignRight: true, priority: .high),
        Column(H.description, key: "descripcion", priority: .high),
        Column(H.category, key: "categoria", priority: .low),
        Column(H.amount, key: "monto", alignRight: true, priority: .high),
        Column(H.rule, key: "regla"),
        Column(H.nextDue, key: "proximo_vencimiento", priority: .high),
        Column(H.active, key: "activo"),
      ],
      rows: list.map { r in
        [
          .int(r.id), .text(r.description), .text(r.category), .money(r.amount),
          .text(ExpenseMessages.frequencyText(r.rule)), .date(r.nextDue), .bool(r.active),
        ]
      },
      emptyMessage: ExpenseMessages.noRecurring)
  }

  /// `ver gasto N`.
  static func detail(_ d: ExpenseDetail, _ c: Currency) -> Record {
    let e = d.expense
    var fields: [(String, String, Cell)] = [
      (H.number, "numero", .int(e.id)), (H.description, "descripcion", .text(e.description)),
      (H.category, "categoria", .text(e.category)), (H.amount, "monto", .money(e.amount)),
      (H.day, "fecha", .date(e.day)), (H.due, "vence", e.dueDay.map { .date($0) } ?? .null),
      (H.paid, "pagado", .money(e.paid)), (H.balance, "falta", .money(e.balance)),
      (H.state, "estado", .text(e.state.rawValue)),
      (
        H.recurrence, "recurrencia",
        d.recurrence.map { .text(ExpenseMessages.frequencyText($0)) } ?? .null
      ),
      (H.recordedAt, "registrado", .instant(e.recordedAt)),
      (H.recordedBy, "usuario", e.userName.map { .text($0) } ?? .null),
    ]
    if let reason = e.voidReason { fields.append((H.voidReason, "motivo", .text(reason))) }
    let footer =
      d.payments.isEmpty ? [] : [H.payments + ":"] + d.payments.map { H.payment($0, c) }
    return Record(fields, footer: footer)
  }

  /// `informe resultado`: income, cost and each category of expenses as
  /// rows (amounts as magnitudes, with their kind); the result in the totals.
  static func result(_ r: ResultReport, _ c: Currency) -> Table {
    // Sales without a cost stay out of the margin and the result (as in
    // `informe ganancias`): the rows add up to the result.
    let all = r.salesWithoutCost == .zero && r.withoutCost.isEmpty
    var rows: [[Cell]] = [
      [.text(all ? H.netSales : H.netSalesWithCost), .text(H.kindIncome), .money(r.costedSales)],
      [.text(H.costOfSales), .text(H.kindCost), .money(r.costOfSales)],
    ]
    rows += r.expenses.map {
      [.text(H.expenseRow($0.category)), .text(H.kindExpense), .money($0.amount)]
    }
    var table = Table(
      columns: [
        Column(H.concept, key: "nombre", priority: .high),
        Column(H.kind, key: "tipo", priority: .low),
        Column(H.amount, key: "monto", alignRight: true, priority: .high),
      ],
      rows: rows)
    table.chart = (0, 2)
    table.totals =
      [(H.netSales, "neto", .money(r.netSales))]
      + (all
        ? []
        : [
          (H.netSalesWithCost, "neto_con_costo", Cell.money(r.costedSales)),
          (H.salesWithoutCost, "ventas_sin_costo", Cell.money(r.salesWithoutCost)),
        ])
      + [
        (H.costOfSales, "costo", .money(r.costOfSales)),
        (all ? H.grossMargin : H.grossMarginWithCost, "margen", .money(r.grossMargin)),
        (H.expenses, "gastos", .money(r.totalExpenses)),
        (all ? H.result : H.resultWithCost, "resultado", .money(r.result)),
      ]
    table.footer = Messages.costNotes(estimated: r.estimatedLines, without: r.withoutCost)
    if !all { table.footer.append(ExpenseMessages.resultWithoutCost(r.salesWithoutCost, c)) }
    return table
  }
}
