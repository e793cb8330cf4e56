import TiendaCore
import TiendaPrint

/// Printing documents and the queue: `imprimir ticket`, `reimprimir ticket`,
/// `imprimir informe`, `cola de impresión`, `reintentar impresión`,
/// `cancelar impresión`.
enum PrintCommands {
  static let all: [CommandSpec] = [printTicket, reprint, printReport, queue, retry, cancel]

  static let onPrinter = Param<String>.option(
    "en", .name, placeholder: "<impresora>", help: "Otra impresora que la predeterminada.")
  /// The same option, for specs elsewhere (labels).
  static let on = onPrinter.spec
  static let sale = RequiredParam<String>(spec: SaleHistoryCommands.saleRef)
  static let reportKind = RequiredParam<String>.positional(
    "tipo", .choice(["x", "z"]), placeholder: "x|z", help: "X: ahora; Z: un cierre.")
  static let zNumber = Param<Int64>.positional(
    "numero", placeholder: "<n>", help: "Número del Z (el último si no se indica).")
  static let jobNumber = Param<Int64>.positional("numero", placeholder: "<n>", help: "El trabajo.")
  static let which = RequiredParam<String>.positional(
    "cual", .text, placeholder: "<n>|todo", help: "Un número o «todo».")

  static let printTicket = CommandSpec(
    "imprimir ticket", group: .printing,
    summary: "Imprime el ticket de una venta (si ya se imprimió, sale marcado COPIA).",
    params: [sale.spec, onPrinter.spec],
    examples: ["imprimir ticket 15", "imprimir ticket 2-15 en boletera"], mutates: true,
    access: .loggedIn
  ) { call in
    try ticket(call, forceCopy: false)
  }

  static let reprint = CommandSpec(
    "reimprimir ticket", group: .printing,
    summary: "Vuelve a imprimir el ticket de una venta, marcado COPIA.",
    details: """
      El ticket sale en el momento y el comando dice si la impresora lo confirmó; si no salió
      (o no se sabe), termina con error (estado de salida 1). Lo mismo con imprimir ticket.
      """,
    params: [sale.spec, onPrinter.spec],
    examples: ["reimprimir ticket 15"], mutates: true, access: .loggedIn
  ) { call in
    try ticket(call, forceCopy: true)
  }

  static func ticket(_ call: Invocation, forceCopy: Bool) throws -> CommandResult {
    let job = try call.shop.printQueue.printSaleTicket(
      try call[sale], on: call[onPrinter], forceCopy: forceCopy)
    return try PrintNow.send(job, call: call)
  }

  static let printReport = CommandSpec(
    "imprimir informe", group: .printing,
    summary: "Imprime el informe X (arqueo de ahora) o un informe Z.",
    params: [reportKind.spec, zNumber.spec, onPrinter.spec],
    examples: ["imprimir informe x", "imprimir informe z", "imprimir informe z 12 en boletera"],
    mutates: true, right: .viewReports
  ) { call in
    let shop = call.shop
    let which: ReportToPrint = try call[reportKind] == "x" ? .x : .z(number: call[zNumber])
    let job = try shop.printQueue.printReport(which, on: call[onPrinter]) { printer, report in
      PrintingTables.report(report, printer: printer, shop: shop, renderer: call.context.renderer)
    }
    return .message(Messages.jobQueued(job.id, job.printerName))
  }

  static let queue = CommandSpec(
    "cola de impresión", aliases: ["cola impresión"], group: .printing,
    summary: "Los últimos trabajos de impresión con su estado y el último error.",
    examples: ["cola de impresión", "cola de impresión como json"], listing: true, access: .loggedIn
  ) { call in
    .table(PrintingTables.jobs(try call.shop.printQueue.printJobs()))
  }

  static let retry = CommandSpec(
    "reintentar impresión", group: .printing,
    summary:
      "Vuelve a enviar los trabajos fallidos, o uno (también uno incierto, que sale marcado COPIA).",
    params: [jobNumber.spec],
    examples: ["reintentar impresión", "reintentar impresión 12"], mutates: true, access: .loggedIn
  ) { call in
    let n = try call.shop.printQueue.retryJobs(call[jobNumber])
    return .message(Messages.jobsRetried(n))
  }

  static let cancel = CommandSpec(
    "cancelar impresión", group: .printing,
    summary: "Cancela un trabajo en espera, o todos con «todo».",
    params: [which.spec],
    examples: ["cancelar impresión 12", "cancelar impresión todo"], mutates: true, access: .loggedIn
  ) { call in
    let word = try call[which]
    let id: Int64?
    if fold(word) == "todo" || fold(word) == "todos" {
      id = nil
    } else if let n = Int64(word) {
      id = n
    } else {
      throw ShellError(Messages.cancelWhich, hint: Messages.usage(call.spec.usage))
    }
    let n = try call.shop.printQueue.cancelJobs(id)
    return .message(Messages.jobsCancelled(n))
  }
}
