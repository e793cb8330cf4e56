import TiendaCore

/// Words printed on a kitchen slip (es-CL).
enum KitchenPrintText {
  static let title = "COMANDA"
  static func order(_ n: Int64) -> String { "PEDIDO \(n)" }
  static func sale(_ n: Int64) -> String { "VENTA \(n)" }
  static func station(_ name: String) -> String { "Para: " + name }
  static func taken(_ at: String) -> String { "Tomado: " + at }
  /// `PARA 24-11 12:00`: 16 characters, one large line even at 58 mm.
  static func due(_ day: String, _ time: String) -> String { "PARA \(day) \(time)" }
  static let pickup = "RETIRO EN TIENDA"
  static func delivery(_ address: String) -> String { "DESPACHO: " + address }
  static func option(_ name: String) -> String { "  + " + name }
  static func lineNote(_ note: String) -> String { "  NOTA: " + note }
  static func note(_ note: String) -> String { "NOTA: " + note }
}

extension TicketDocuments {
  /// A kitchen slip (issue 20): what to prepare, in large type (double
  /// width and height), with options and notes; no prices, no amounts.
  public func kitchenSlip(_ slip: KitchenSlip) -> PrintDocument {
    var doc = PrintDocument()
    if practice { doc.text(PrintText.practice, align: .center, bold: true) }
    if slip.copy { doc.text(PrintText.copy, align: .center, bold: true) }
    doc.add(.large(KitchenPrintText.title, align: .center))
    switch slip.source {
    case .order(let number):
      doc.add(.large(KitchenPrintText.order(number), align: .center))
    case .sale(let number, let register):
      doc.add(.large(KitchenPrintText.sale(number), align: .center))
      doc.text(register, align: .center)
    }
    if let station = slip.station { doc.text(KitchenPrintText.station(station), bold: true) }
    switch slip.source {
    case .order: doc.text(KitchenPrintText.taken(LocalTime.formatted(slip.at)))
    case .sale: doc.text(LocalTime.formatted(slip.at))
    }
    if let customer = slip.customer { doc.text(PrintText.customer(customer), bold: true) }
    if let due = slip.due {
      // `dd-mm-aaaa hh:mm`: the day without its year, and the time.
      let parts = LocalTime.formatted(due).split(separator: " ")
      let day = parts.first.map { String($0.prefix(5)) } ?? ""
      doc.add(.large(KitchenPrintText.due(day, parts.count > 1 ? String(parts[1]) : "")))
    }
    switch slip.delivery {
    case .pickup?: doc.text(KitchenPrintText.pickup, bold: true, tall: true)
    case .delivery(let address)?:
      doc.text(KitchenPrintText.delivery(address), bold: true, tall: true)
    case nil: break
    }
    doc.add(.rule)
    for line in slip.lines {
      doc.add(.large(quantity(line.quantity, line.unit) + " × " + line.name))
      for option in line.options {
        doc.text(KitchenPrintText.option(option), bold: true, tall: true)
      }
      if !line.note.isEmpty {
        doc.text(KitchenPrintText.lineNote(line.note), bold: true, tall: true)
      }
    }
    doc.add(.rule)
    if !slip.note.isEmpty { doc.text(KitchenPrintText.note(slip.note), bold: true, tall: true) }
    return doc
  }
}
