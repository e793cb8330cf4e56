import TiendaCore
import TiendaPrint

/// Printing documents and the queue: `imprimir ticket`, `reimprimir ticket`,
/// `imprimir informe`, `cola de impresión`, `reintentar impresión`,
/// `cancelar impresión`.
enum PrintCommands {
  static let all: [CommandSpec] = [printTicket, reprint, printReport, queue, retry, cancel]

  static let on = ParamSpec.option(
    "en", .name, placeholder: "<impresora>", help: "Otra impresora que la predeterminada.")

  static let printTicket = CommandSpec(
    "imprimir ticket", group: .printing,
    summary: "Imprime el ticket de una venta (si ya se imprimió, sale marcado COPIA).",
    params: [SaleHistoryCommands.saleRef, on],
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
    params: [SaleHistoryCommands.saleRef, on],
    examples: ["reimprimir ticket 15"], mutates: true, access: .loggedIn
  ) { call in
    try ticket(call, forceCopy: true)
  }

  static func ticket(_ call: Invocation, forceCopy: Bool) throws -> CommandResult {
    let shop = call.shop
    let id = try shop.sales.saleID(call.text("venta")!)
    let document = "venta:\(id)"
    let copy = try forceCopy || shop.printQueue.wasPrinted(document)
    let job = try shop.printQueue.queuePrint(
      kind: "ticket", document: document, printer: call.text("en"), role: .tickets, copy: copy,
      action: copy ? "impresión.copia" : "impresión.ticket",
      detail: .object([("venta", .string(call.text("venta")!))]))
    return try PrintNow.send(job, call: call)
  }

  static let printReport = CommandSpec(
    "imprimir informe", group: .printing,
    summary: "Imprime el informe X (arqueo de ahora) o un informe Z.",
    params: [
      .positional(
        "tipo", .choice(["x", "z"]), placeholder: "x|z", help: "X: ahora; Z: un cierre."),
      .positional(
        "numero", .integer, required: false, placeholder: "<n>",
        help: "Número del Z (el último si no se indica)."),
      on,
    ],
    examples: ["imprimir informe x", "imprimir informe z", "imprimir informe z 12 en boletera"],
    mutates: true, right: .viewReports
  ) { call in
    let shop = call.shop
    let printer =
      try call.text("en").map(shop.printers.findPrinter) ?? shop.printers.defaultPrinter(.tickets)
    guard let printer else { throw PrintError.noPrinter(.tickets) }
    let record: Record
    let title: String
    if call.text("tipo") == "x" {
      record = CashView.record(
        try shop.register.xReport(), z: nil, currency: shop.settings.currency)
      title = Messages.xTitle
    } else {
      let z =
        try call.integer("numero").map { try shop.register.zReport(number: $0) }
        ?? shop.printQueue.lastZReport()
      record = CashView.record(z.report, z: z, currency: shop.settings.currency)
      title = Messages.zTitle(z.number)
    }
    var doc = PrintDocument()
    if shop.practice { doc.text(Messages.practicePaper, align: .center, bold: true) }
    doc.text(shop.settings.name.isEmpty ? "tienda" : shop.settings.name, align: .center, bold: true)
    doc.text(title, align: .center, bold: true, tall: true)
    doc.add(.rule)
    let renderer = call.context.renderer
    for field in record.fields {
      for line in Layout.columns(field.label, renderer.text(field.value), width: printer.width) {
        doc.text(line)
      }
    }
    for line in record.footer { doc.text(line) }
    let job = try shop.printQueue.queuePrint(
      kind: call.text("tipo") == "x" ? "informe-x" : "informe-z", printer: printer.name,
      role: .tickets, payload: PrintSpool.bytes(doc, for: printer), action: "impresión.informe",
      detail: .object([("informe", .string(title))]))
    return .message(Messages.jobQueued(job.id, job.printerName))
  }

  static let queue = CommandSpec(
    "cola de impresión", aliases: ["cola impresión"], group: .printing,
    summary: "Los últimos trabajos de impresión con su estado y el último error.",
    examples: ["cola de impresión", "cola de impresión como json"], listing: true, access: .loggedIn
  ) { call in
    .table(
      Table(
        columns: [
          Column("N°", key: "numero", alignRight: true), Column("Impresora", key: "impresora"),
          Column("Qué", key: "tipo"), Column("Documento", key: "documento"),
          Column("Estado", key: "estado"), Column("Intentos", key: "intentos", alignRight: true),
          Column("Creado", key: "creado", priority: .low), Column("Último error", key: "error"),
        ],
        rows: try call.shop.printQueue.printJobs().map {
          [
            .int($0.id), .text($0.printerName), .text($0.kind + ($0.copy ? " (copia)" : "")),
            .text($0.document), .text($0.state.rawValue), .int($0.attempts),
            .instant($0.createdAt), .text($0.lastError),
          ]
        }, emptyMessage: Messages.noJobs))
  }

  static let retry = CommandSpec(
    "reintentar impresión", group: .printing,
    summary:
      "Vuelve a enviar los trabajos fallidos, o uno (también uno incierto, que sale marcado COPIA).",
    params: [
      .positional("numero", .integer, required: false, placeholder: "<n>", help: "El trabajo.")
    ],
    examples: ["reintentar impresión", "reintentar impresión 12"], mutates: true, access: .loggedIn
  ) { call in
    let n = try call.shop.printQueue.retryJobs(call.integer("numero"))
    return .message(Messages.jobsRetried(n))
  }

  static let cancel = CommandSpec(
    "cancelar impresión", group: .printing,
    summary: "Cancela un trabajo en espera, o todos con «todo».",
    params: [
      .positional("cual", .text, placeholder: "<n>|todo", help: "Un número o «todo».")
    ],
    examples: ["cancelar impresión 12", "cancelar impresión todo"], mutates: true, access: .loggedIn
  ) { call in
    let which = call.text("cual")!
    let id: Int64?
    if fold(which) == "todo" || fold(which) == "todos" {
      id = nil
    } else if let n = Int64(which) {
      id = n
    } else {
      throw ShellError(Messages.cancelWhich, hint: Messages.usage(call.spec.usage))
    }
    let n = try call.shop.printQueue.cancelJobs(id)
    return .message(Messages.jobsCancelled(n))
  }
}
