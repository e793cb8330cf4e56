import TiendaCore

/// Words printed on account receipts and statements (es-CL).
enum AccountPrintText {
  static let paymentTitle = "ABONO A CUENTA"
  static let loanTitle = "PRÉSTAMO"
  static let statementTitle = "ESTADO DE CUENTA"
  static let customer = "Cliente"
  static let rut = "RUT"
  static let amount = "Monto"
  static let balance = "Saldo"
  static let opening = "Saldo anterior"
  /// `Período 01-12-2026 al 05-12-2026`, or `Día 05-12-2026`.
  static func period(_ p: Period) -> String {
    p.from == p.to ? "Día \(p.from)" : "Período \(p.from) al \(p.to)"
  }
  static let limit = "Límite"
  static let notABoleta = "No es una venta: no es boleta."
  static func kind(_ k: AccountMoveKind) -> String {
    switch k {
    case .sale: return "Venta"
    case .payment: return "Abono"
    case .loan: return "Préstamo"
    case .refund: return "Devolución"
    case .adjustment: return "Ajuste"
    }
  }
}

extension TicketDocuments {
  /// The receipt of an abono (or a loan, with a line for the customer's
  /// signature): the customer, the amount, how it was paid, the balance left.
  public func accountReceipt(_ receipt: AccountReceipt, copy: Bool = false) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: copy)
    doc.text(
      receipt.kind == .loan ? AccountPrintText.loanTitle : AccountPrintText.paymentTitle,
      align: .center, bold: true, tall: true)
    doc.text(LocalTime.formatted(receipt.at))
    doc.text(receipt.registerName + " · " + PrintText.cashier(receipt.userName ?? PrintText.owner))
    doc.add(.rule)
    row(&doc, AccountPrintText.customer, receipt.customerName)
    if let rut = receipt.rut { row(&doc, AccountPrintText.rut, rut) }
    row(&doc, AccountPrintText.amount, money(receipt.amount), bold: true, tall: true)
    if let p = receipt.payment, receipt.kind == .payment {
      row(&doc, PrintText.method(p.method), money(p.tendered))
      if let r = p.reference { doc.text(PrintText.reference(r)) }
    }
    if !receipt.reason.isEmpty { doc.text(PrintText.reason(receipt.reason)) }
    row(&doc, AccountPrintText.balance, money(receipt.balanceAfter), bold: true)
    doc.add(.blank)
    if receipt.kind == .loan { doc.text(PrintText.signature) }
    doc.text(AccountPrintText.notABoleta, align: .center)
    return doc
  }

  /// `imprimir estado de cuenta`: the moves with their running balance.
  public func accountStatement(_ statement: AccountStatement) -> PrintDocument {
    var doc = PrintDocument()
    header(&doc, copy: false)
    doc.text(AccountPrintText.statementTitle, align: .center, bold: true)
    row(&doc, AccountPrintText.customer, statement.holder.name)
    if let rut = statement.holder.rut { row(&doc, AccountPrintText.rut, rut) }
    row(&doc, AccountPrintText.limit, money(statement.holder.limit))
    if let period = statement.period { doc.text(AccountPrintText.period(period)) }
    doc.add(.rule)
    if statement.period != nil {
      row(&doc, AccountPrintText.opening, money(statement.opening))
    }
    for move in statement.moves {
      doc.text(LocalTime.formatted(move.at) + " " + AccountPrintText.kind(move.kind))
      row(&doc, "  " + money(move.amount), money(move.balanceAfter))
    }
    doc.add(.rule)
    row(&doc, AccountPrintText.balance, money(statement.closing), bold: true, tall: true)
    return doc
  }
}
