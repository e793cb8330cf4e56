import TiendaCore

/// How the X and Z reports are shown: one record, the same fields on
/// screen, in CSV and in JSON.
enum CashView {
  /// `iva 19%` → key `impuesto_iva_19`; `ila-cerveza 20,5%` → `impuesto_ila_cerveza_20_5`.
  static func taxKey(_ tax: CashReport.TaxLine) -> String {
    let code = foldedWords(tax.code).joined(separator: "_")
    let rate = TextFormat.plainQuantity(Quantity(thousandths: tax.rate))
      .replacingOccurrences(of: ",", with: "_")
    return "impuesto_" + code + "_" + rate
  }

  static func taxLabel(_ tax: CashReport.TaxLine) -> String {
    tax.code.uppercased() + " " + TextFormat.percent(Percent(thousandths: tax.rate))
  }

  static func person(_ name: String?) -> Cell { .text(name ?? Messages.ownerName) }

  /// The X report (`z` nil) or a stored Z report. On screen and paper a
  /// method not counted reads «sin contar» and the outcome «faltan $300»;
  /// in CSV and JSON they are null and a word (`cuadra`, `sobra`, `falta`),
  /// the amounts being in their own fields.
  static func record(
    _ r: CashReport, z: ZReport?, currency: Currency, format: OutputFormat = .table,
    footer: [String] = []
  ) -> Record {
    let shown = format == .table || format == .chart
    var f: [(String, String, Cell)] = [(CashReportLabels.register, "caja", .text(r.registerName))]
    if let z { f.append((CashReportLabels.zNumber, "numero", .int(z.number))) }
    f.append((CashReportLabels.opened, "apertura", .instant(r.openedAt)))
    f.append(
      (
        CashReportLabels.openedBy, "abrio",
        r.autoOpened ? .text(CashReportLabels.openedByFirstSale) : person(r.openedBy)
      ))
    if let z {
      f.append((CashReportLabels.closed, "cierre", .instant(z.closedAt)))
      f.append((CashReportLabels.closedBy, "cerro", person(z.closedBy)))
      if let approver = z.approvedBy {
        f.append((CashReportLabels.approvedBy, "autorizo", .text(approver)))
      }
    }
    f += [
      (CashReportLabels.sales, "ventas", .int(Int64(r.salesCount))),
      (CashReportLabels.firstSale, "primera_venta", r.firstSale.map(Cell.int) ?? .null),
      (CashReportLabels.lastSale, "ultima_venta", r.lastSale.map(Cell.int) ?? .null),
      (CashReportLabels.salesTotal, "total_vendido", .money(r.salesTotal)),
      (CashReportLabels.lineDiscounts, "descuentos_lineas", .money(r.lineDiscounts)),
      (CashReportLabels.ticketDiscounts, "descuentos_ticket", .money(r.ticketDiscounts)),
      (CashReportLabels.coupons, "cupones", .int(Int64(r.couponCount))),
      (CashReportLabels.couponDiscounts, "descuento_cupones", .money(r.couponDiscounts)),
      (CashReportLabels.voids, "anulaciones", .int(Int64(r.voidsCount))),
      (CashReportLabels.voidsTotal, "total_anulado", .money(r.voidsTotal)),
      (CashReportLabels.returns, "devoluciones", .int(Int64(r.returnsCount))),
      (CashReportLabels.returnsTotal, "total_devuelto", .money(r.returnsTotal)),
      (CashReportLabels.netSales, "venta_neta", .money(r.netSales)),
      (CashReportLabels.netWithoutTaxes, "neto", .money(r.salesNet - r.refundsNet)),
    ]
    for tax in r.taxes { f.append((taxLabel(tax), taxKey(tax), .money(tax.net))) }
    f.append((CashReportLabels.openingFloat, "fondo", .money(r.openingFloat)))
    // Each kind of cash flow (DESIGN §8.10); rare kinds only when they moved.
    for flow in r.flows where flow.kind.alwaysShown || flow.count > 0 || flow.amount != .zero {
      let (label, key) = CashReportLabels.flow(flow)
      f.append((label, key, .money(flow.amount)))
    }
    f.append((CashReportLabels.expectedCash, "efectivo_esperado", .money(r.expectedCash)))
    if let z {
      f += [
        (CashReportLabels.countedCash, "efectivo_contado", .money(z.countedCash)),
        (CashReportLabels.cashDifference, "diferencia_efectivo", .money(z.cashDifference)),
        (
          CashReportLabels.outcome, "resultado",
          .text(
            shown
              ? Messages.outcome(z.cashDifference, currency)
              : Messages.outcomeWord(z.cashDifference))
        ),
      ]
    }
    f.append((CashReportLabels.rounding, "redondeo", .money(r.rounding)))
    // Cards and transfers only when used or declared, to keep the report short.
    for line in r.methods
    where line.method != .cash
      && (line.payments > 0 || line.expected != .zero || z?.counted[line.method] != nil)
    {
      let name = Messages.methodName(line.method)
      let key = foldedWords(line.method.rawValue).joined(separator: "_")
      f.append(
        (
          CashReportLabels.methodExpected(name, payments: Messages.payments(line.payments)),
          key + "_esperado", .money(line.expected)
        )
      )
      if let z {
        let counted = z.counted[line.method]
        f.append(
          (
            CashReportLabels.methodCounted(name), key + "_contado",
            counted.map(Cell.money) ?? (shown ? .text(Messages.notCounted) : .null)
          ))
        f.append(
          (
            CashReportLabels.methodDifference(name), key + "_diferencia",
            z.difference(line.method).map(Cell.money) ?? .null
          ))
      }
    }
    f += GiftCardCashView.fields(r.giftCards)
    f += AccountCashView.fields(r.accounts)
    f += OrderTables.cashFields(r.orders)
    f.append((CashReportLabels.drawerOpens, "aperturas_cajon", .int(Int64(r.drawerOpens))))
    if let z {
      f += [
        (CashReportLabels.leftFloat, "dejado", .money(z.leftFloat)),
        (CashReportLabels.takenAway, "retirado_al_cerrar", .money(z.takenAway)),
        (CashReportLabels.note, "nota", z.note.isEmpty ? .null : .text(z.note)),
      ]
      if !z.denominations.isEmpty {
        let text = z.denominations.map {
          TextFormat.money($0.value, currency) + " × " + String($0.count)
        }.joined(separator: ", ")
        f.append((CashReportLabels.count, "conteo", .text(text)))
      }
      if let head = z.journalHead {
        f.append((Messages.zHeadLabel, "bitacora", .text(Messages.chainHead(head))))
      }
    }
    return Record(f, footer: footer)
  }

  /// What `cerrar caja` says at the counter: the cash line, then one line
  /// per method counted or expected (built-ins first, then the shop's own),
  /// and, when something does not match, which (names as stored, in lower
  /// case mid-phrase).
  static func closingLines(_ z: ZReport, currency: Currency) -> [String] {
    var lines = [
      Messages.closingSummary(
        expected: z.report.expectedCash, counted: z.countedCash, difference: z.cashDifference,
        currency: currency)
    ]
    var mismatched: [String] = z.cashDifference == .zero ? [] : [PaymentMethod.cash.rawValue]
    for line in z.report.methods where line.method != .cash {
      let name = Messages.methodName(line.method)
      guard let difference = z.difference(line.method) else {
        if line.expected != .zero {
          lines.append(Messages.closingMethodNotCounted(name, expected: line.expected, currency))
        }
        continue
      }
      lines.append(
        Messages.closingMethod(
          name, expected: line.expected, counted: z.counted[line.method] ?? .zero,
          difference: difference, currency))
      if difference != .zero { mismatched.append(line.method.rawValue) }
    }
    if !mismatched.isEmpty { lines.append(Messages.closingMismatched(mismatched)) }
    return lines
  }
}
