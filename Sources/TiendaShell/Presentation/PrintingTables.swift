import TiendaCore
import TiendaPrint

/// How printers and print jobs look: `listar impresoras`, `cola de
/// impresión`, a printer in one line, and the X or Z report on paper.
/// Headers in `PrintingHeadings`; the keys are the CSV and JSON names.
enum PrintingTables {
  typealias H = PrintingHeadings

  /// `listar impresoras`; `categories`: what each comanda printer takes.
  static func printers(_ printers: [Printer], categories: [Int64: [String]] = [:]) -> Table {
    Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high), Column(H.transport, key: "transporte"),
        Column(H.target, key: "destino"), Column(H.role, key: "rol"),
        Column(H.language, key: "lenguaje"), Column(H.width, key: "ancho", alignRight: true),
        Column(H.codePage, key: "pagina_codigos", alignRight: true, priority: .low),
        Column(H.cut, key: "corte", priority: .low),
        Column(H.drawer, key: "cajon", priority: .low),
        Column(H.isDefault, key: "predeterminada"),
        Column(H.statusCheck, key: "estado", priority: .low),
        Column(KitchenHeadings.categories, key: "categorias", priority: .low),
      ],
      rows: printers.map {
        [
          .text($0.name), .text($0.transport.rawValue), .text($0.target), .text($0.role.rawValue),
          .text($0.language.rawValue), .int(Int64($0.width)), .int(Int64($0.codePage)),
          .bool($0.cut), .bool($0.drawer), .bool($0.isDefault), .bool($0.statusCheck),
          .text((categories[$0.id] ?? []).joined(separator: ", ")),
        ]
      }, emptyMessage: Messages.noPrinters)
  }

  /// `cola de impresión`.
  static func jobs(_ jobs: [PrintJob]) -> Table {
    Table(
      columns: [
        Column(H.number, key: "numero", alignRight: true), Column(H.printer, key: "impresora"),
        Column(H.kind, key: "tipo"), Column(H.document, key: "documento"),
        Column(H.state, key: "estado"), Column(H.attempts, key: "intentos", alignRight: true),
        Column(H.created, key: "creado", priority: .low), Column(H.lastError, key: "error"),
      ],
      rows: jobs.map {
        [
          .int($0.id), .text($0.printerName),
          .text($0.kind.rawValue + ($0.copy ? Messages.copySuffix : "")),
          .text($0.document?.stored ?? ""),
          .text($0.state.rawValue), .int($0.attempts),
          .instant($0.createdAt), .text($0.lastError),
        ]
      }, emptyMessage: Messages.noJobs)
  }

  /// A printer in one line: «tcp 192.168.1.50:9100, tickets, escpos, 42 columnas».
  static func describe(_ p: Printer) -> String {
    let place = p.transport == .screen ? Messages.onScreen : p.transport.rawValue + " " + p.target
    var parts = [place, p.role.rawValue, p.language.rawValue, Messages.printerColumns(p.width)]
    if p.confirms { parts.append(Messages.confirmsWithStatus) }
    if p.isDefault { parts.append(Messages.defaultPrinter) }
    return parts.joined(separator: ", ")
  }

  /// The X report (or a Z report) on paper: the record's fields in two
  /// columns under the shop's name and the title; returns the title too.
  static func report(
    _ report: PrintedReport, printer: Printer, shop: Shop, renderer: Renderer
  ) -> (title: String, bytes: [UInt8]) {
    let record: Record
    let title: String
    switch report {
    case .x(let x):
      record = CashView.record(x, z: nil, currency: shop.settings.currency)
      title = Messages.xTitle
    case .z(let z):
      record = CashView.record(z.report, z: z, currency: shop.settings.currency)
      title = Messages.zTitle(z.number)
    }
    var doc = PrintDocument()
    if shop.practice { doc.text(Messages.practicePaper, align: .center, bold: true) }
    doc.text(
      shop.settings.name.isEmpty ? Messages.unnamedShop : shop.settings.name, align: .center,
      bold: true)
    doc.text(title, align: .center, bold: true, tall: true)
    doc.add(.rule)
    for field in record.fields {
      for line in Layout.columns(field.label, renderer.text(field.value), width: printer.width) {
        doc.text(line)
      }
    }
    for line in record.footer { doc.text(line) }
    return (title, PrintSpool.bytes(doc, for: printer))
  }
}
