import TiendaCore
import TiendaPrint

/// `imprimir etiquetas`: price labels in the printer's language: ZPL for
/// thermal label printers, a PDF sheet for laser and inkjet printers, a
/// label-style ticket for receipt printers.
enum LabelCommands {
  static let all: [CommandSpec] = [labels]

  static let items = Param<[SaleItemRequest]>.positional(
    "productos", placeholder: "<producto> [cantidad], …",
    help: "Productos y cuántas etiquetas de cada uno (1).", completion: .products)
  static let category = Param<String>.option(
    "categoría", .name, key: "categoria", placeholder: "<categoría>",
    help: "Todos los productos de una categoría.", completion: .categories)
  static let copies = Param<Int64>.option(
    "copias", placeholder: "<n>", help: "Etiquetas por producto de la categoría.")
  static let size = Param<String>.option(
    "tamaño", .text, key: "tamano", placeholder: "50x25", help: "Milímetros (ZPL).")
  static let paper = Param<String>.option(
    "papel", .choice(["A4", "Carta"]), placeholder: "A4|Carta", help: "Hoja (PDF).")
  /// The same declaration as `PrintCommands.on`.
  static let onPrinter = Param<String>.option(
    "en", .name, placeholder: "<impresora>", help: "Otra impresora que la predeterminada.")

  static let labels = CommandSpec(
    "imprimir etiquetas", group: .printing,
    summary: "Imprime etiquetas de precio de uno o varios productos, o de una categoría.",
    details: """
      Va a la impresora de etiquetas (o a la de tickets si no hay): ZPL en una térmica de
      etiquetas, una hoja PDF en una impresora de hojas, una etiqueta tipo ticket en una
      boletera. Con EAN-13 si el producto tiene código de barras; si no, Code 128 del SKU.
      """,
    params: [items.spec, category.spec, copies.spec, size.spec, paper.spec, onPrinter.spec],
    examples: [
      "imprimir etiquetas EMP01 10", "imprimir etiquetas tomate 5, coca cola 12 en zebra",
      "imprimir etiquetas categoría bebidas copias 2", "imprimir etiquetas EMP01 30 papel Carta",
    ],
    mutates: true, access: .loggedIn
  ) { call in
    let shop = call.shop
    let request = LabelPrintRequest(
      items: call[items] ?? [], category: call[category], copiesPerProduct: call[copies],
      printer: call[onPrinter])
    let queued: QueuedLabels
    do {
      queued = try shop.printQueue.printLabels(request) { printer, wanted in
        var labelSize = LabelSize.standard
        if let text = call[size] {
          guard let parsed = LabelSize.parse(text) else {
            throw ShellError(Messages.badLabelSize(text))
          }
          labelSize = parsed
        }
        let sheet: PDFSheetLayout.Paper = call[paper] == "Carta" ? .letter : .a4
        let currency = shop.settings.currency
        let labels = wanted.map { (label($0.product, currency), $0.copies) }
        return try render(labels, printer: printer, size: labelSize, paper: sheet, shop: shop)
      }
    } catch LabelPrintError.noProducts {
      throw ShellError(Messages.whichLabels, hint: Messages.usage(call.spec.usage))
    }
    return .message(
      Messages.labelsQueued(queued.labels, queued.job.id, queued.job.printerName))
  }

  static func label(_ p: Product, _ currency: Currency) -> LabelData {
    let ean = p.barcode.flatMap { $0.count == 13 && EAN13.isValid($0) ? $0 : nil }
    return LabelData(
      name: p.name, price: p.price.formatted(currency),
      unitPrice: p.unit.isWeighed ? p.price.formatted(currency) + " / " + p.unit.rawValue : nil,
      barcode: ean, code: p.sku)
  }

  static func render(
    _ items: [(LabelData, Int)], printer: Printer, size: LabelSize, paper: PDFSheetLayout.Paper,
    shop: Shop
  ) throws -> [UInt8] {
    do {
      switch printer.language {
      case .zpl:
        let zpl = ZPLLabelRenderer(size: size)
        return try items.flatMap { try zpl.render($0.0, copies: $0.1) }
      case .pdf:
        let expanded = items.flatMap { Array(repeating: $0.0, count: $0.1) }
        return try PDFLabelSheet(layout: .standard(for: paper)).render(expanded)
      case .escpos, .text:
        var doc = PrintDocument()
        for (label, copies) in items {
          for _ in 0..<copies {
            if shop.practice { doc.text(Messages.practicePaper, align: .center) }
            doc.text(label.name, align: .center, bold: true)
            doc.text(label.price, align: .center, bold: true, tall: true)
            if let unit = label.unitPrice { doc.text(unit, align: .center) }
            doc.add(label.barcode.map(PrintDocument.Item.ean13) ?? .code128(label.code))
            doc.add(.rule)
          }
        }
        return PrintSpool.bytes(doc, for: printer)
      }
    } catch let error as LabelError {
      throw ShellError(Messages.describe(label: error))
    }
  }
}
