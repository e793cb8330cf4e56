import TiendaCore

/// How a recorded sale reads: text, a table of lines, or a JSON record.
struct SaleView {
  /// The shop's currency: every amount shown is in it.
  let currency: Currency

  init(_ currency: Currency) { self.currency = currency }

  func money(_ m: Money) -> String { TextFormat.money(m, currency) }

  func text(_ sale: SaleRecord) -> [String] {
    var out = [
      Messages.saleTitle(
        sale.number, register: sale.registerName, at: LocalTime.formatted(sale.at),
        user: sale.userName ?? Messages.ownerName)
        + (sale.voided ? " · " + Messages.voidedMark : "")
    ]
    if let name = sale.customerName {
      out.append("  " + CustomerMessages.saleCustomer(name: name, rut: sale.customerRut))
      if let points = sale.points { out.append(PointsMessages.afterSale(points)) }
    }
    for line in sale.lines {
      var text =
        "  \(line.position). \(line.name) \(Messages.amount(line.quantity, line.unit)) × "
        + money(line.unitPrice) + " = " + money(line.amount)
      let discounts = line.lineDiscount + line.ticketDiscount + line.couponDiscount
      if discounts > .zero {
        text += " (descuentos -" + money(discounts) + " → " + money(line.total) + ")"
      }
      if line.returned.thousandths > 0 {
        text += " · " + Messages.returnedLine(Messages.amount(line.returned, line.unit))
      }
      out.append(text)
      out += line.options.map { OptionMessages.line($0.name, $0.price, currency) }
      if let seller = line.seller { out.append(SellerMessages.line(seller)) }
      if !line.note.isEmpty { out.append("       " + Messages.noteLabel + line.note) }
      if line.gift { out.append("       " + Messages.giftLine) }
      out += sale.promotions.filter { $0.position == line.position }.map {
        PromotionMessages.appliedLine($0.name, $0.saving, currency)
      }
    }
    var rows: [(String, String)] = [(Messages.subtotalLabel, money(sale.subtotal))]
    if sale.promotionDiscounts > .zero {
      rows.append((PromotionMessages.promotionsLabel, "-" + money(sale.promotionDiscounts)))
    }
    if sale.lineDiscounts - sale.promotionDiscounts > .zero {
      rows.append(
        (Messages.lineDiscountsLabel, "-" + money(sale.lineDiscounts - sale.promotionDiscounts)))
    }
    if sale.ticketDiscount > .zero {
      rows.append((Messages.ticketDiscountLabel, "-" + money(sale.ticketDiscount)))
    }
    if let code = sale.couponCode {
      rows.append((Messages.couponLabel + " " + code, "-" + money(sale.couponDiscount)))
    }
    rows.append((Messages.totalLabel, money(sale.total)))
    rows.append((Messages.netLabel, money(sale.net)))
    for tax in sale.taxes {
      rows.append((tax.code.uppercased() + " " + TextFormat.percent(tax.rate), money(tax.amount)))
    }
    for p in sale.payments {
      rows.append(
        (TicketView.label(p.method), money(p.tendered) + (p.reference.map { " ref " + $0 } ?? "")))
    }
    if sale.rounding != .zero { rows.append((Messages.roundingLabel, money(sale.rounding))) }
    if sale.payments.contains(where: { $0.method == .cash }) {
      rows.append((Messages.changeLabel, money(sale.change)))
    }
    out += TicketView.aligned(rows)
    if !sale.note.isEmpty { out.append("  " + Messages.noteLabel + sale.note) }
    if let boleta = sale.boleta { out.append("  " + Messages.boletaLabel + boleta) }
    for r in sale.refunds {
      out.append(
        "  "
          + Messages.refundLine(
            r.kind, r.number, LocalTime.formatted(r.at), r.total, r.reason, currency))
    }
    return out
  }

  func linesTable(_ sale: SaleRecord) -> Table {
    Table(
      columns: [
        Column(SalesHeadings.line, key: "linea", alignRight: true),
        Column(SalesHeadings.sku, key: "sku"),
        Column(SalesHeadings.product, key: "nombre", priority: .high),
        Column(SalesHeadings.quantity, key: "cantidad", alignRight: true),
        Column(SalesHeadings.price, key: "precio", alignRight: true),
        Column(SalesHeadings.amount, key: "monto", alignRight: true),
        Column(SalesHeadings.discounts, key: "descuentos", alignRight: true),
        Column(SalesHeadings.total, key: "total", alignRight: true, priority: .high),
        Column(SalesHeadings.net, key: "neto", alignRight: true),
        Column(SalesHeadings.returned, key: "devuelto", alignRight: true),
      ],
      rows: sale.lines.map {
        [
          .int($0.position), .text($0.sku), .text($0.name), .quantity($0.quantity, signed: false),
          .money($0.unitPrice), .money($0.amount),
          .money($0.lineDiscount + $0.ticketDiscount + $0.couponDiscount), .money($0.total),
          .money($0.net), .quantity($0.returned, signed: false),
        ]
      })
  }

  func record(_ sale: SaleRecord) -> Record {
    func m(_ x: Money) -> JSONValue { .number(TextFormat.plainMoney(x, currency)) }
    let lines: JSONValue = .array(
      sale.lines.map { l in
        .object([
          ("linea", .int(l.position)), ("sku", .string(l.sku)), ("nombre", .string(l.name)),
          ("cantidad", .decimal(thousandths: l.quantity.thousandths)), ("precio", m(l.unitPrice)),
          ("monto", m(l.amount)), ("descuento_linea", m(l.lineDiscount)),
          ("descuento_ticket", m(l.ticketDiscount)), ("descuento_cupon", m(l.couponDiscount)),
          ("total", m(l.total)), ("neto", m(l.net)),
          ("impuestos", .object(l.taxes.map { (fold($0.code), m($0.amount)) })),
          ("devuelto", .decimal(thousandths: l.returned.thousandths)), ("nota", .string(l.note)),
          (
            "opciones",
            .array(
              l.options.map { .object([("nombre", .string($0.name)), ("precio", m($0.price))]) })
          ),
          ("vendedor", l.seller.map(JSONValue.string) ?? .null),
        ])
      })
    let payments: JSONValue = .array(
      sale.payments.map { p in
        .object([
          ("medio", .string(p.method.rawValue)), ("monto", m(p.amount)),
          ("entregado", m(p.tendered)), ("vuelto", m(p.change)), ("redondeo", m(p.rounding)),
          ("referencia", p.reference.map(JSONValue.string) ?? .null),
        ])
      })
    let refunds: JSONValue = .array(
      sale.refunds.map { r in
        .object([
          ("numero", .int(r.number)), ("tipo", .string(r.kind)),
          ("fecha", .string(LocalTime.isoUTC(r.at))), ("total", m(r.total)),
          ("motivo", .string(r.reason)),
        ])
      })
    return Record(
      [
        (SaleLabels.sale, "numero", .int(sale.number)),
        (SaleLabels.register, "caja", .text(sale.registerName)),
        (SaleLabels.date, "fecha", .instant(sale.at)),
        (SaleLabels.user, "usuario", .text(sale.userName ?? Messages.ownerName)),
        (SaleLabels.subtotal, "subtotal", .money(sale.subtotal)),
        (SaleLabels.lineDiscounts, "descuentos_linea", .money(sale.lineDiscounts)),
        (SaleLabels.ticketDiscount, "descuento_ticket", .money(sale.ticketDiscount)),
        (SaleLabels.coupon, "cupon", sale.couponCode.map(Cell.text) ?? .null),
        (SaleLabels.couponDiscount, "descuento_cupon", .money(sale.couponDiscount)),
        (SaleLabels.total, "total", .money(sale.total)), (SaleLabels.net, "neto", .money(sale.net)),
        (
          SaleLabels.taxes, "impuestos",
          .json(JSONValue.object(sale.taxes.map { (fold($0.code), m($0.amount)) }).serialized)
        ),
        (SaleLabels.rounding, "redondeo", .money(sale.rounding)),
        (SaleLabels.change, "vuelto", .money(sale.change)),
        (SaleLabels.boleta, "boleta", sale.boleta.map(Cell.text) ?? .null),
        (SaleLabels.note, "nota", .text(sale.note)),
        (SaleLabels.voided, "anulada", .bool(sale.voided)),
        (SaleLabels.lines, "lineas", .json(lines.serialized)),
        (SaleLabels.payments, "pagos", .json(payments.serialized)),
        (SaleLabels.refunds, "devoluciones", .json(refunds.serialized)),
      ] + customerFields(sale))
  }

  /// The customer of the sale (issue 16), only when one was set.
  func customerFields(_ sale: SaleRecord) -> [(String, String, Cell)] {
    guard let name = sale.customerName else { return [] }
    return [
      (CustomerHeadings.name, "cliente", .text(name)),
      (CustomerHeadings.rut, "rut_cliente", sale.customerRut.map { .text($0.formatted) } ?? .null),
    ]
  }
}
