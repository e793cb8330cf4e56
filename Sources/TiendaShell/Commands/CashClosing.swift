import TiendaCore

/// `cerrar caja` and `informe z`.
extension CashCommands {
  static let countedCash = Param<Money>.positional(
    "efectivo", placeholder: "<efectivo contado>", help: "El efectivo contado en la caja.")
  static let debit = Param<Money>.option(
    "débito", key: "debito", placeholder: "<monto>", help: "Total de débito.")
  static let credit = Param<Money>.option(
    "crédito", key: "credito", placeholder: "<monto>", help: "Total de crédito.")
  static let transfer = Param<Money>.option(
    "transferencia", placeholder: "<monto>", help: "Total de transferencias.")
  static let otherMethods = Param<[MethodAmount]>.positional(
    "otros", placeholder: "<medio> <monto> …",
    help: "Lo contado de otros medios de la tienda: amipass 12000.",
    completion: .paymentMethods)
  static let leave = Param<Money>.option(
    "dejar", placeholder: "<monto>", help: "Efectivo que queda como fondo de la próxima apertura.")
  static let countItems = Param<[String]>.option(
    "conteo", placeholder: "<valor> x <cantidad>, …",
    help: "Conteo por billetes y monedas: 20000 x 3, 500 x 12.")
  static let note = Param<String>.option(
    "nota", .name, placeholder: "\"…\"", help: "Texto libre que queda en el informe Z.")

  static let close = CommandSpec(
    "cerrar caja", group: .cash,
    summary:
      "Cierra la caja: compara lo contado con lo esperado por medio de pago y guarda el informe Z.",
    details:
      "El efectivo se cuenta como monto (o «efectivo 154300», una sola vez) o por billetes y monedas (conteo). Al cerrar dice, por cada medio, lo esperado, lo contado y si cuadra. Los medios que no se indican quedan «sin contar». «dejar» es el fondo de la próxima apertura (0 si no se indica). En la consola, «cerrar caja» solo pide el conteo.",
    params: [
      countedCash.spec, debit.spec, credit.spec, transfer.spec, otherMethods.spec, leave.spec,
      countItems.spec, note.spec,
    ],
    examples: [
      "cerrar caja 154300 débito 45000 dejar 20000",
      "cerrar caja 154300 débito 45000 amipass 12000",
      "cerrar caja débito 45000 efectivo 154300",
      "cerrar caja conteo 20000 x 5, 10000 x 4, 500 x 10 nota \"todo bien\"",
    ],
    mutates: true, right: .closeRegister
  ) { call in
    let currency = call.shop.settings.currency
    // `efectivo 154300` among the methods is the cash count, given once.
    var countedAmount = call[countedCash]
    var others: [CashReport.Method: Money] = [:]
    others[.debit] = call[debit]
    others[.credit] = call[credit]
    others[.transfer] = call[transfer]
    for item in call[otherMethods] ?? [] {
      let method = Parser.paymentMethod(item.name) ?? PaymentMethod(rawValue: item.name)
      if method == .cash {
        if let first = countedAmount {
          throw ShellError(
            Messages.cashCountedTwice(first, item.amount, currency),
            hint: Messages.usage(call.spec.usage))
        }
        countedAmount = item.amount
        continue
      }
      guard others[method] == nil else { throw ShellError(Messages.repeatedOption(item.name)) }
      others[method] = item.amount
    }
    var denominations: [Denomination] = []
    if let items = call[countItems] {
      denominations = try items.map { try denomination($0, currency: currency) }
    } else if countedAmount == nil {
      denominations = try askCount(call)
    }
    let counted = countedAmount ?? denominations.reduce(Money.zero) { $0 + $1.total }
    let count = CashCount(
      cash: counted, others: others, leave: call[leave] ?? .zero, note: call[note] ?? "",
      denominations: denominations)
    let z = try cash(call) { try call.shop.register.closeSession(count) }
    call.context.noteEvent(.closeRegister)
    let format = call.format ?? .table
    let footer = Messages.closed(z.report.registerName, number: z.number)
    if format == .table {
      // At the counter: cash first, then each method counted or expected;
      // `informe z N` has the rest.
      return .lines(CashView.closingLines(z, currency: currency) + [footer])
    }
    return .record(
      CashView.record(z.report, z: z, currency: currency, format: format, footer: [footer]))
  }

  /// At a terminal, `cerrar caja` alone asks for the count by denomination.
  static func askCount(_ call: Invocation) throws -> [Denomination] {
    guard let ask = call.context.askLine else {
      throw ShellError(Messages.countedMissing, hint: Messages.usage(call.spec.usage))
    }
    call.context.askedDuringCommand = true
    guard let answer = ask(Messages.countPrompt), !answer.trimmingCharacters(in: " ").isEmpty
    else { throw ShellError(Messages.closeCancelled) }
    return try answer.split(separator: ",").map {
      try denomination(String($0), currency: call.shop.settings.currency)
    }
  }

  /// `20000 x 3`, `20.000x3`, `$500 × 12`.
  static func denomination(_ text: String, currency: Currency) throws -> Denomination {
    let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" || $0 == " " })
    guard parts.count == 2, let count = Int64(parts[1]), count > 0 else {
      throw ShellError(Messages.badCountItem(text.trimmingCharacters(in: " ")))
    }
    let token = Token(kind: .word, text: String(parts[0]), column: 1, length: parts[0].count)
    let value: Money
    do {
      value = try Literals.money(token, currency: currency)
    } catch {
      throw ShellError(Messages.badCountItem(text.trimmingCharacters(in: " ")))
    }
    // Their product is one amount (§8.2): checked before it is ever formed.
    guard count <= Limits.amount / max(1, value.minorUnits) else {
      throw ShellError(Messages.countItemTooLarge(text.trimmingCharacters(in: " "), currency))
    }
    return Denomination(value: value, count: count)
  }

  static let zNumber = Param<Int64>.positional(
    "numero", placeholder: "<N>", help: "Número del informe Z.")
  static let lastZ = FlagParam(
    "último", key: "ultimo",
    help: "El último informe Z de esta caja, completo (para scripts de cierre).")

  static let zReport = CommandSpec(
    "informe z", group: .cash,
    summary:
      "Los informes Z de esta caja; con un número, ese informe tal como quedó al cerrar.",
    details: "Un informe Z no cambia nunca: sus cifras se guardaron al cerrar la caja.",
    params: [zNumber.spec, lastZ.spec],
    examples: [
      "informe z", "informe z 12", "informe z 12 como json > z12.json",
      "informe z último > z-$fecha.txt",
    ],
    listing: true, right: .viewReports
  ) { call in
    if call[lastZ] {
      let z = try cash(call) { try call.shop.printQueue.lastZReport() }
      return .record(
        CashView.record(
          z.report, z: z, currency: call.shop.settings.currency, format: call.format ?? .table))
    }
    guard let number = call[zNumber] else {
      return .table(CashTables.zReports(try call.shop.register.zReports()))
    }
    let z = try cash(call) { try call.shop.register.zReport(number: number) }
    return .record(
      CashView.record(
        z.report, z: z, currency: call.shop.settings.currency, format: call.format ?? .table))
  }
}
