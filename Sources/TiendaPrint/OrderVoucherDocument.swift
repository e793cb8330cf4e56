import TiendaCore

/// Words printed on an order voucher (es-CL).
enum OrderVoucherPrintText {
  static func title(_ n: Int64) -> String { "PEDIDO \(n)" }
  static let cancelled = "*** PEDIDO ANULADO ***"
  static func taken(_ at: String) -> String { "Tomado: " + at }
  static func due(_ at: String) -> String { "Para: " + at }
  static let pickup = "Entrega: retiro en tienda"
  static func delivery(_ address: String) -> String { "Despacho: " + address }
  static let deposit = "Seña"
  static func deposit(_ method: String) -> String { "Seña " + method }
  static let balance = "SALDO"
  static let conditions = "Condiciones"
}

extension TicketDocuments {
  /// The order voucher (issue 20): number, date due, delivery, lines with
  /// prices, total, deposit and balance, and the shop's conditions.
  public func orderVoucher(_ v: OrderVoucher, copy: Bool = false) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: copy)
    if v.cancelled { doc.text(OrderVoucherPrintText.cancelled, align: .center, bold: true) }
    doc.text(OrderVoucherPrintText.title(v.number), align: .center, bold: true, tall: true)
    doc.text(OrderVoucherPrintText.taken(LocalTime.formatted(v.at)))
    if let user = v.userName { doc.text(PrintText.cashier(user)) }
    if let customer = v.customer { doc.text(PrintText.customer(customer), bold: true) }
    if let due = v.due {
      doc.text(OrderVoucherPrintText.due(LocalTime.formatted(due)), bold: true, tall: true)
    }
    switch v.delivery {
    case .pickup?: doc.text(OrderVoucherPrintText.pickup)
    case .delivery(let address)?:
      for line in Layout.wrap(OrderVoucherPrintText.delivery(address), width: width) {
        doc.text(line)
      }
    case nil: break
    }
    doc.add(.rule)
    for line in v.lines {
      doc.text(quantity(line.quantity, line.unit) + " × " + money(line.unitPrice))
      row(&doc, line.name, money(line.amount))
      for option in line.options { doc.text(PrintText.option(option, price: nil)) }
      if !line.note.isEmpty { doc.text(PrintText.note(line.note)) }
    }
    doc.add(.rule)
    if v.discount > .zero { row(&doc, PrintText.ticketDiscount, "-" + money(v.discount)) }
    row(&doc, PrintText.total, money(v.total), bold: true, tall: true)
    if v.deposits.isEmpty {
      row(&doc, OrderVoucherPrintText.deposit, money(.zero))
    }
    for d in v.deposits { row(&doc, OrderVoucherPrintText.deposit(d.method), money(d.amount)) }
    row(&doc, OrderVoucherPrintText.balance, money(v.balance), bold: true, tall: true)
    if !v.note.isEmpty {
      for line in Layout.wrap(PrintText.note(v.note).trimmingCharacters(in: " "), width: width) {
        doc.text(line)
      }
    }
    if !v.conditions.isEmpty {
      doc.add(.blank)
      doc.text(OrderVoucherPrintText.conditions, bold: true)
      for line in Layout.wrap(v.conditions, width: width) { doc.text(line) }
    }
    doc.add(.blank)
    doc.text(PrintText.notABoleta, align: .center, bold: true)
    return doc
  }
}
