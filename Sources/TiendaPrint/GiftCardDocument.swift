import TiendaCore

/// Words printed on a gift card voucher (es-CL).
enum GiftCardPrintText {
  static let title = "TARJETA DE REGALO"
  static let code = "Código"
  static let amount = "Monto"
  static let note = "Preséntela al pagar: pagar tarjeta-regalo <código>."
  static let notABoleta = "No es una venta: no es boleta."
  static let voidTitle = "ANULACIÓN TARJETA DE REGALO"
  static let voided = "Saldo anulado"
  static let notPaidBack = "Sin reembolso"
}

extension TicketDocuments {
  /// A gift card voucher: the shop, the code as text and as a CODE128
  /// barcode, the amount, the date; then how it was paid.
  public func giftCard(_ voucher: GiftCardVoucher, copy: Bool = false) -> PrintDocument {
    if voucher.kind == .void { return giftCardVoid(voucher, copy: copy) }
    var doc = PrintDocument()
    header(&doc, copy: copy)
    doc.text(GiftCardPrintText.title, align: .center, bold: true, tall: true)
    doc.text(LocalTime.formatted(voucher.at))
    doc.text(voucher.registerName + " · " + PrintText.cashier(voucher.userName ?? PrintText.owner))
    doc.add(.rule)
    row(&doc, GiftCardPrintText.amount, money(voucher.amount), bold: true, tall: true)
    row(&doc, GiftCardPrintText.code, voucher.code, bold: true)
    doc.add(.code128(GiftCardCode.barcode(voucher.code)))
    doc.add(.rule)
    if let p = voucher.payment {
      row(&doc, PrintText.method(p.method), money(p.tendered))
      if let r = p.reference { doc.text(PrintText.reference(r)) }
      if p.rounding != .zero { row(&doc, PrintText.rounding, money(p.rounding)) }
      if p.method == .cash { row(&doc, PrintText.change, money(p.change)) }
    }
    doc.add(.blank)
    for line in Layout.wrap(GiftCardPrintText.note, width: width) { doc.text(line, align: .center) }
    doc.text(GiftCardPrintText.notABoleta, align: .center)
    return doc
  }

  /// The slip of a voided card: what was voided and how it went back, with
  /// a line for the customer's signature.
  func giftCardVoid(_ voucher: GiftCardVoucher, copy: Bool) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: copy)
    doc.text(GiftCardPrintText.voidTitle, align: .center, bold: true)
    doc.text(LocalTime.formatted(voucher.at))
    doc.text(voucher.registerName + " · " + PrintText.cashier(voucher.userName ?? PrintText.owner))
    doc.add(.rule)
    row(&doc, GiftCardPrintText.code, voucher.code, bold: true)
    row(&doc, GiftCardPrintText.voided, money(voucher.amount), bold: true, tall: true)
    if let p = voucher.payment {
      row(&doc, PrintText.method(p.method), money(p.tendered))
    } else {
      doc.text(GiftCardPrintText.notPaidBack)
    }
    if !voucher.reason.isEmpty { doc.text(PrintText.reason(voucher.reason)) }
    doc.add(.blank)
    doc.text(PrintText.signature)
    return doc
  }
}
