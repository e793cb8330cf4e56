import TiendaCore

/// Tickets and slips as documents: sale ticket, gift ticket, void and
/// return slips, hold voucher, quote, test page.
public struct TicketDocuments {
  public let settings: ShopSettings
  public let width: Int
  /// Practice mode: every paper says so.
  public var practice = false

  public init(settings: ShopSettings, width: Int) {
    self.settings = settings
    self.width = width
  }

  func money(_ m: Money) -> String { m.formatted(settings.currency) }

  func quantity(_ q: Quantity, _ unit: ProductUnit) -> String {
    q.text(decimalMark: ",", thousands: ".") + (unit == .unit ? "" : " " + unit.rawValue)
  }

  func header(_ doc: inout PrintDocument, copy: Bool) {
    if practice { doc.text(PrintText.practice, align: .center, bold: true) }
    if copy { doc.text(PrintText.copy, align: .center, bold: true) }
    doc.text(
      settings.name.isEmpty ? "tienda" : settings.name, align: .center, bold: true, tall: true)
    if let rut = settings.rut { doc.text(PrintText.rut(rut.formatted), align: .center) }
    if !settings.address.isEmpty {
      for line in Layout.wrap(settings.address, width: width) { doc.text(line, align: .center) }
    }
    doc.add(.rule)
  }

  func row(
    _ doc: inout PrintDocument, _ left: String, _ right: String, bold: Bool = false,
    tall: Bool = false
  ) {
    for line in Layout.columns(left, right, width: width) { doc.text(line, bold: bold, tall: tall) }
  }

  /// The sale ticket (`gift`: without prices).
  public func sale(_ sale: SaleRecord, copy: Bool = false, gift: Bool = false) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: copy)
    if gift { doc.text(PrintText.giftTitle, align: .center, bold: true) }
    doc.text(PrintText.sale(sale.number, register: sale.registerName))
    doc.text(LocalTime.formatted(sale.at))
    doc.text(PrintText.cashier(sale.userName ?? PrintText.owner))
    if let name = sale.customerName {
      doc.text(PrintText.customer(name))
      if let rut = sale.customerRut { doc.text(PrintText.customerRut(rut.formatted)) }
    }
    doc.add(.rule)
    // `regalo línea N` puts only those lines on the gift ticket; `regalo`
    // alone (the whole sale) puts them all.
    let giftLines = sale.lines.filter(\.gift)
    let shown = gift && !sale.gift && !giftLines.isEmpty ? giftLines : sale.lines
    for line in shown {
      if gift {
        row(&doc, line.name, quantity(line.quantity, line.unit))
      } else {
        doc.text(quantity(line.quantity, line.unit) + " × " + money(line.unitPrice))
        row(&doc, line.name, money(line.amount))
        // Promotions (issue 19) on their own line; the rest is the line's discount.
        var promoted = Money.zero
        for promotion in sale.promotions where promotion.position == line.position {
          row(&doc, PrintText.promotion(promotion.name), "-" + money(promotion.saving))
          promoted = promoted + promotion.saving
        }
        if line.lineDiscount - promoted > .zero {
          row(&doc, PrintText.lineDiscount, "-" + money(line.lineDiscount - promoted))
        }
      }
      for option in line.options {
        let price = gift || option.price == .zero ? nil : money(option.price)
        doc.text(PrintText.option(option.name, price: price))
      }
      if !line.note.isEmpty { doc.text(PrintText.note(line.note)) }
    }
    doc.add(.rule)
    if gift {
      doc.text(PrintText.giftNote, align: .center)
    } else {
      totals(&doc, sale)
      points(&doc, sale)
    }
    footer(&doc, boleta: sale.boleta)
    return doc
  }

  func totals(_ doc: inout PrintDocument, _ sale: SaleRecord) {
    if sale.lineDiscounts + sale.ticketDiscount + sale.couponDiscount > .zero {
      row(&doc, PrintText.subtotal, money(sale.subtotal - sale.lineDiscounts))
    }
    if sale.ticketDiscount > .zero {
      row(&doc, PrintText.ticketDiscount, "-" + money(sale.ticketDiscount))
    }
    if let code = sale.couponCode {
      row(&doc, PrintText.coupon(code), "-" + money(sale.couponDiscount))
    }
    row(&doc, PrintText.total, money(sale.total), bold: true, tall: true)
    row(&doc, PrintText.net, money(sale.net))
    for tax in sale.taxes {
      row(&doc, tax.code.uppercased() + " " + tax.rate.formatted, money(tax.amount))
    }
    doc.add(.rule)
    for p in sale.payments {
      row(&doc, PrintText.method(p.method), money(p.tendered))
      if let r = p.reference { doc.text(PrintText.reference(r, method: p.method)) }
    }
    if sale.rounding != .zero { row(&doc, PrintText.rounding, money(sale.rounding)) }
    if sale.payments.last?.method == .cash || sale.change > .zero {
      row(&doc, PrintText.change, money(sale.change), bold: true)
    }
    if !sale.note.isEmpty { doc.text(PrintText.note(sale.note)) }
  }

  func footer(_ doc: inout PrintDocument, boleta: String?) {
    doc.add(.blank)
    if !settings.ticketFooter.isEmpty {
      for line in Layout.wrap(settings.ticketFooter, width: width) {
        doc.text(line, align: .center)
      }
    }
    doc.text(boleta.map(PrintText.boleta) ?? PrintText.notABoleta, align: .center, bold: true)
  }

  /// Void or return slip, with a line for the customer's signature.
  public func refund(_ r: RefundRecord, copy: Bool = false) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: copy)
    doc.text(PrintText.refundTitle(r.kind, r.number), align: .center, bold: true)
    doc.text(PrintText.ofSale(r.saleNumber) + " · " + r.registerName)
    doc.text(LocalTime.formatted(r.at))
    doc.text(PrintText.cashier(r.userName ?? PrintText.owner))
    if let approver = r.approvedBy { doc.text(PrintText.approvedBy(approver)) }
    doc.add(.rule)
    for line in r.lines {
      row(&doc, quantity(line.quantity, line.unit) + " " + line.name, money(line.total))
    }
    doc.add(.rule)
    row(&doc, PrintText.refunded, money(r.total), bold: true, tall: true)
    for p in r.payments { row(&doc, PrintText.method(p.method), money(p.tendered)) }
    if !r.reason.isEmpty { doc.text(PrintText.reason(r.reason)) }
    doc.add(.blank)
    doc.text(PrintText.signature)
    footer(&doc, boleta: nil)
    return doc
  }

  /// Hold voucher or quote: lines and total, no payments.
  public func held(_ t: Ticket) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: false)
    let quote = t.state == .quote
    doc.text(
      quote ? PrintText.quoteTitle(t.number ?? 0) : PrintText.holdTitle(t.number ?? 0),
      align: .center, bold: true, tall: !quote)
    if !t.name.isEmpty {
      doc.text(quote ? PrintText.quoteFor(t.name) : t.name)
    }
    doc.text(LocalTime.formatted(t.openedAt))
    if let until = t.validUntil { doc.text(PrintText.validUntil(until)) }
    doc.add(.rule)
    let totals = t.totals
    for (i, line) in t.lines.enumerated() {
      doc.text(quantity(line.quantity, line.product.unit) + " × " + money(line.unitPrice))
      row(&doc, line.product.name, money(totals.lines[i].gross))
    }
    doc.add(.rule)
    if totals.discounts > .zero {
      row(&doc, PrintText.ticketDiscount, "-" + money(totals.discounts))
    }
    row(&doc, PrintText.total, money(totals.total), bold: true, tall: true)
    if !quote {
      doc.add(.blank)
      doc.text(PrintText.holdNote, align: .center)
    }
    footer(&doc, boleta: nil)
    return doc
  }

  /// `probar impresora`: every accented character, a column ruler, a barcode.
  public func testPage(printer: Printer) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: false)
    doc.text(PrintText.testTitle, align: .center, bold: true)
    doc.text(PrintText.testPrinter(printer.name, width: printer.width, page: printer.codePage))
    doc.add(.rule)
    doc.text(PrintText.testAccents)
    doc.text(PrintText.testSentence)
    var ruler = ""
    for i in 1...printer.width { ruler += String(i % 10) }
    doc.text(ruler)
    row(&doc, "Columna 1", money(Money(123_456)))
    doc.add(.ean13("7801234567894"))
    doc.add(.code128("TIENDA-123"))
    return doc
  }
}
