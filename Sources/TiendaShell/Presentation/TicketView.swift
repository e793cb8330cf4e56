import TiendaCore

/// How tickets, payments and sales read on the screen.
struct TicketView {
  /// The shop's currency: every amount shown is in it.
  let currency: Currency

  init(_ currency: Currency) { self.currency = currency }

  func money(_ m: Money) -> String { TextFormat.money(m, currency) }

  /// `Empanada de pino 2 × $2.500 = $5.000`, `Tomate 0,671 kg = $1.000`.
  func lineText(_ line: TicketLine, _ priced: PricedLine) -> String {
    var text = line.product.name + " " + Messages.amount(line.quantity, line.product.unit)
    if line.fixedAmount == nil { text += " × " + money(line.unitPrice) }
    text += " = " + money(priced.gross)
    if let list = line.listName { text += CustomerMessages.listOnLine(list) }
    if priced.lineDiscount > .zero { text += " (descuento -" + money(priced.lineDiscount) + ")" }
    return text
  }

  /// What the prompt shows while a ticket is open: `[3 art. $7.490]`.
  func promptSummary(_ ticket: Ticket) -> String {
    let totals = ticket.totals
    var text = "[" + String(ticket.articleCount) + " art. " + money(totals.total)
    let left = totals.total - ticket.paid
    if ticket.paid > .zero && left > .zero { text += " falta " + money(left) }
    return text + "]"
  }

  /// Shown after lines are added: each new line and the running total.
  func added(_ lines: [TicketLine], _ ticket: Ticket, warnings: [StockWarning]) -> [String] {
    let totals = ticket.totals
    var out: [String] = []
    for line in lines {
      guard
        let k = ticket.lines.lastIndex(where: {
          $0.product.id == line.product.id && $0.options == line.options
        })
      else { continue }
      out.append("  " + String(k + 1) + ". " + lineText(ticket.lines[k], totals.lines[k]))
      out += line.options.map { OptionMessages.line($0.name, $0.price, currency) }
    }
    out.append(Messages.ticketRunning(articles: ticket.articleCount, total: totals.total, currency))
    out += warnings.map {
      if let held = $0.committed {
        return OrderMessages.committedWarning(
          $0.product, stock: Messages.amount($0.stock, $0.unit),
          committed: Messages.amount(held, $0.unit))
      }
      return Messages.stockShortWarning($0.product, Messages.amount($0.stock, $0.unit))
    }
    return out
  }

  /// `total`: every line and the full breakdown.
  func breakdown(_ ticket: Ticket, showCustomer: Bool = true) -> [String] {
    let totals = ticket.totals
    var rows: [(String, String)] = []
    var out: [String] = []
    if showCustomer, let customer = ticket.customer {
      out.append(CustomerMessages.ticketCustomerLine(customer))
    }
    for (i, line) in ticket.lines.enumerated() {
      let priced = totals.lines[i]
      out.append("  " + String(i + 1) + ". " + lineText(line, priced))
      out += line.options.map { OptionMessages.line($0.name, $0.price, currency) }
      if let seller = line.seller { out.append(SellerMessages.line(seller.name)) }
      if !line.note.isEmpty { out.append("       " + Messages.noteLabel + line.note) }
      if line.gift { out.append("       " + Messages.giftLine) }
    }
    if ticket.lines.isEmpty { out.append("  " + Messages.emptyTicketShown) }
    rows.append((Messages.subtotalLabel, money(totals.subtotal)))
    if totals.lineDiscounts > .zero {
      rows.append((Messages.lineDiscountsLabel, "-" + money(totals.lineDiscounts)))
    }
    if totals.ticketDiscount > .zero {
      var label = Messages.ticketDiscountLabel
      if let p = ticket.discount.percent { label += " " + TextFormat.percent(p) }
      rows.append((label, "-" + money(totals.ticketDiscount)))
    }
    if let coupon = ticket.coupon {
      rows.append((Messages.couponLabel + " " + coupon.code, "-" + money(totals.couponDiscount)))
    }
    rows.append((Messages.totalLabel, money(totals.total)))
    rows.append((Messages.netLabel, money(totals.net)))
    for tax in totals.taxes {
      rows.append((tax.code.uppercased() + " " + TextFormat.percent(tax.rate), money(tax.amount)))
    }
    for payment in ticket.payments {
      rows.append((Messages.paidWith(payment.method.rawValue), money(payment.amount)))
    }
    if ticket.paid > .zero {
      rows.append((Messages.missingLabel, money(totals.total - ticket.paid)))
    }
    out += Self.aligned(rows)
    if !ticket.note.isEmpty { out.append("  " + Messages.noteLabel + ticket.note) }
    if let boleta = ticket.boleta { out.append("  " + Messages.boletaLabel + boleta) }
    return out
  }

  /// The one line after a payment: `Venta 1 · Total $5.000 · Efectivo $10.000 · Vuelto $5.000`.
  func outcome(_ outcome: PaymentOutcome) -> [String] {
    var out: [String] = []
    guard let sale = outcome.sale else {
      var parts = outcome.payments.map { Self.label($0.method) + " " + money($0.amount) }
      parts.append(Messages.missingLabel + " " + money(outcome.remaining))
      out.append("  " + parts.joined(separator: " · "))
      return out
    }
    if sale.openedSession { out.append(Messages.sessionOpenedForSale(sale.registerName)) }
    var parts = [
      Messages.saleLabel + " " + String(sale.number),
      Messages.totalLabel + " " + money(sale.totals.total),
    ]
    for payment in sale.payments {
      parts.append(Self.label(payment.method) + " " + money(payment.tendered))
    }
    if sale.payments.isEmpty { parts.append(Messages.nothingCharged) }
    if sale.rounding != .zero {
      parts.append(Messages.roundingLabel + " " + money(sale.rounding))
    }
    // Change is said when cash settled the sale (it may be $0).
    if sale.payments.last?.method == .cash || sale.change > .zero {
      parts.append(Messages.changeLabel + " " + money(sale.change))
    }
    out.append("  " + parts.joined(separator: " · "))
    return out
  }

  /// Label and amount rows, labels flush left and amounts flush right.
  static func aligned(_ rows: [(String, String)]) -> [String] {
    let width = rows.map { TextFormat.displayWidth($0.0) }.max() ?? 0
    let valueWidth = rows.map { TextFormat.displayWidth($0.1) }.max() ?? 0
    return rows.map { label, value in
      "  " + TextFormat.padded(label, to: width, right: false) + "  "
        + TextFormat.padded(value, to: valueWidth, right: true)
    }
  }

  static func label(_ method: PaymentMethod) -> String {
    method.rawValue.prefix(1).uppercased() + method.rawValue.dropFirst()
  }
}
