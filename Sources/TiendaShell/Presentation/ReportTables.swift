import TiendaCore

/// How the reports look: rows, honest totals (DESIGN §8.14 keys) and which
/// columns `como gráfico` draws.
enum ReportTables {
  typealias H = ReportHeadings

  /// `informe ventas`.
  static func sales(_ report: SalesReport, periodText: String) -> Table {
    let rows = report.rows
    var table: Table
    switch report.dimension.source {
    case .sales:
      table = Table(
        columns: [
          Column(H.name, key: "nombre", priority: .high),
          Column(H.tickets, key: "tickets", alignRight: true),
          Column(H.gross, key: "bruto", alignRight: true, priority: .low),
          Column(H.discounts, key: "descuentos", alignRight: true, priority: .low),
          Column(H.voided, key: "anulado", alignRight: true),
          Column(H.returned, key: "devuelto", alignRight: true),
          Column(H.total, key: "total", alignRight: true, priority: .high),
          Column(H.net, key: "neto", alignRight: true),
          Column(H.taxes, key: "impuestos", alignRight: true, priority: .low),
        ],
        rows: rows.map { r in
          [
            labelCell(r, report.dimension), .int(r.tickets), .money(r.gross),
            .money(r.discounts), .money(r.voidTotal), .money(r.returnTotal), .money(r.total),
            .money(r.net), .money(r.taxes),
          ]
        },
        emptyMessage: Messages.noReportRows(periodText))
      table.chart = (0, 6)
      table.heat = heat(rows, report.dimension)
    case .products:
      table = Table(
        columns: [
          Column(H.name, key: "nombre", priority: .high),
          Column(H.units, key: "unidades", alignRight: true),
          Column(H.gross, key: "bruto", alignRight: true, priority: .low),
          Column(H.discounts, key: "descuentos", alignRight: true, priority: .low),
          // Per product the rollup keeps voids and returns together.
          Column(H.voidedAndReturned, key: "devuelto", alignRight: true),
          Column(H.total, key: "total", alignRight: true, priority: .high),
          Column(H.net, key: "neto", alignRight: true),
          Column(H.taxes, key: "impuestos", alignRight: true, priority: .low),
        ],
        rows: rows.map { r in
          [
            labelCell(r, report.dimension), .quantity(r.netUnits, signed: false),
            .money(r.gross), .money(r.discounts), .money(r.returnTotal), .money(r.total),
            .money(r.net), .money(r.taxes),
          ]
        },
        emptyMessage: Messages.noReportRows(periodText))
      table.chart = (0, 5)
    case .payments:
      table = Table(
        columns: [
          Column(H.name, key: "nombre", priority: .high),
          Column(H.payments, key: "pagos", alignRight: true),
          Column(H.received, key: "recibido", alignRight: true),
          Column(H.refunded, key: "reembolsado", alignRight: true),
          Column(H.total, key: "total", alignRight: true, priority: .high),
        ],
        rows: rows.map { r in
          [
            labelCell(r, report.dimension), .int(r.tickets), .money(r.sold),
            .money(r.returnTotal), .money(r.total),
          ]
        },
        emptyMessage: Messages.noReportRows(periodText))
      table.chart = (0, 4)
    }
    table.totals = totals(report)
    return table
  }

  /// The period's honest totals: what they include, each named.
  static func totals(_ report: SalesReport) -> [(label: String, key: String, value: Cell)] {
    let (t, taxes) = (report.totals, report.taxes)
    var lines: [(label: String, key: String, value: Cell)] = [
      (H.grossTotal, "bruto", .money(t.gross)),
      (H.discountsTotal, "descuentos", .money(t.discounts)),
      (H.soldTotal(t.tickets), "vendido", .money(t.sold)),
      (H.voidsTotal(t.voids), "anulado", .money(t.voidTotal)),
      (H.returnsTotal(t.returns), "devuelto", .money(t.returnTotal)),
      (H.netTotal, "total", .money(t.total)),
      (H.netWithoutTaxes, "neto", .money(t.net)),
    ]
    for tax in taxes {
      lines.append((H.tax(tax.code), "impuesto_" + fold(tax.code), .money(tax.amount)))
    }
    lines += [
      (H.taxesTotal, "impuestos", .money(t.taxes)),
      (H.standingTickets, "tickets", .int(report.standingTickets)),
      (H.averageTicket, "ticket_promedio", report.averageTicket.map { .money($0) } ?? .null),
    ]
    return lines
  }

  /// `informe productos` and `informe stock vendido`.
  static func products(_ report: ProductReport, periodText: String, ranked: Bool) -> Table {
    var table = Table(
      columns: (ranked ? [Column(H.rank, key: "posicion", alignRight: true, priority: .low)] : [])
        + [
          Column(H.product, key: "nombre", priority: .high),
          Column(H.sku, key: "sku", priority: .low),
          Column(H.units, key: "unidades", alignRight: true),
          Column(H.total, key: "total", alignRight: true, priority: .high),
          Column(H.net, key: "neto", alignRight: true, priority: .low),
          Column(H.cost, key: "costo", alignRight: true),
          Column(H.margin, key: "margen", alignRight: true),
        ],
      rows: report.rows.enumerated().map { i, r in
        (ranked ? [Cell.int(Int64(i + 1))] : [])
          + [
            .text(r.name), .text(r.key), .quantity(r.netUnits, signed: false), .money(r.total),
            .money(r.net), known(r.knownCost), known(r.knownMargin),
          ]
      },
      emptyMessage: Messages.noProductRows(periodText, category: report.category))
    table.chart = (ranked ? 1 : 0, ranked ? 4 : 3)
    let t = report.totals
    table.totals = [
      (H.units, "unidades", .quantity(t.netUnits, signed: false)),
      (H.total, "total", .money(t.total)), (H.net, "neto", .money(t.net)),
      (H.cost, "costo", .money(t.costedCost)),
      (t.hasCost ? H.margin : H.marginWithCost, "margen", .money(t.costedMargin)),
    ]
    if report.productCount > report.rows.count {
      table.footer.append(Messages.totalsOfAll(report.productCount))
    }
    table.footer += Messages.costNotes(estimated: t.estimatedLines, without: report.withoutCost)
    return table
  }

  /// `informe ganancias`.
  static func profit(_ report: ProfitReport, periodText: String) -> Table {
    var table = Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high),
        Column(H.units, key: "unidades", alignRight: true, priority: .low),
        Column(H.total, key: "total", alignRight: true, priority: .low),
        Column(H.net, key: "neto", alignRight: true),
        Column(H.cost, key: "costo", alignRight: true),
        Column(H.margin, key: "margen", alignRight: true, priority: .high),
        Column(H.marginPercent, key: "margen_porcentaje", alignRight: true),
      ],
      rows: report.rows.map { r in
        [
          labelCell(r, report.dimension), .quantity(r.netUnits, signed: false),
          .money(r.total), .money(r.net), known(r.knownCost), known(r.knownMargin),
          r.hasCost ? (r.marginPercent.map { .percent($0) } ?? .null) : .unknown,
        ]
      },
      emptyMessage: Messages.noReportRows(periodText))
    table.chart = (0, 5)
    let t = report.totals
    // Rows without a cost stay out of the margin (their sales are in «neto»).
    let all = t.hasCost
    table.totals =
      [(H.netSales, "neto", .money(t.net))]
      + (all ? [] : [(H.netSalesWithCost, "neto_con_costo", Cell.money(t.costedNet))])
      + [
        (H.costOfSales, "costo", .money(t.costedCost)),
        (all ? H.grossMargin : H.grossMarginWithCost, "margen", .money(t.costedMargin)),
        (
          all ? H.marginPercent : H.marginPercentWithCost, "margen_porcentaje",
          t.costedMarginPercent.map { .percent($0) } ?? .null
        ),
      ]
    if report.dimension.source == .products {
      table.footer += Messages.costNotes(estimated: t.estimatedLines, without: report.withoutCost)
    } else if t.uncertainLines > 0 {
      // Per time group the rollups cannot tell a missing cost apart.
      table.footer.append(Messages.uncertainCost(t.uncertainLines))
    }
    return table
  }

  /// A row's name: a day is a date (`04-12-2026` on screen, `2026-12-04` in
  /// CSV and JSON, as every date of the house), the rest its label.
  static func labelCell(_ row: ReportFigures, _ dimension: ReportDimension) -> Cell {
    if dimension == .day, let day = H.date(row.key) { return .date(day) }
    return .text(H.label(row, dimension))
  }

  /// A figure that needs a cost: «—» (JSON null) without one.
  static func known(_ money: Money?) -> Cell { money.map { .money($0) } ?? .unknown }

  /// `informe stock [valorizado]`.
  static func stock(_ report: StockReport, valued: Bool) -> Table {
    var columns = [
      Column(H.product, key: "nombre", priority: .high), Column(H.sku, key: "sku", priority: .low),
      Column(H.category, key: "categoria", priority: .low),
      Column(H.stock, key: "stock", alignRight: true, priority: .high),
    ]
    if valued {
      columns += [
        Column(H.unitCost, key: "costo_unitario", alignRight: true, priority: .low),
        Column(H.valueAtCost, key: "costo", alignRight: true),
        Column(H.valueAtPrice, key: "total", alignRight: true),
        Column(H.margin, key: "margen", alignRight: true),
      ]
    }
    var table = Table(
      columns: columns,
      rows: report.rows.map { r in
        var row: [Cell] = [
          .text(r.name), .text(r.sku), .text(r.category.isEmpty ? H.noCategory : r.category),
          .quantity(r.stock, signed: false),
        ]
        if valued {
          row += [
            known(r.cost), .money(r.valueAtCost), .money(r.valueAtPrice), known(r.margin),
          ]
        }
        return row
      },
      emptyMessage: Messages.noStockRows(category: report.category))
    table.chart = valued ? (0, 5) : (0, 3)
    if valued {
      table.totals = [
        (H.valueAtCost, "costo", .money(report.valueAtCost)),
        (H.valueAtPrice, "total", .money(report.valueAtPrice)),
        (report.withoutCost > 0 ? H.marginWithCost : H.margin, "margen", .money(report.margin)),
      ]
      if report.withoutCost > 0 {
        table.footer.append(Messages.stockWithoutCost(report.withoutCost))
      }
    }
    return table
  }

  /// `informe descuentos`: per group, each kind of discount and its share.
  static func discounts(_ report: SalesReport, periodText: String) -> Table {
    var table = Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high),
        Column(H.tickets, key: "tickets", alignRight: true, priority: .low),
        Column(H.gross, key: "bruto", alignRight: true),
        Column(H.lineDiscounts, key: "descuentos_linea", alignRight: true),
        Column(H.ticketDiscounts, key: "descuentos_ticket", alignRight: true),
        Column(H.couponDiscounts, key: "descuentos_cupon", alignRight: true),
        Column(H.discounts, key: "descuentos", alignRight: true, priority: .high),
        Column(H.discountPercent, key: "porcentaje", alignRight: true),
      ],
      rows: report.rows.map { r in
        [
          labelCell(r, report.dimension), .int(r.tickets), .money(r.gross),
          .money(r.lineDiscounts), .money(r.ticketDiscounts), .money(r.couponDiscounts),
          .money(r.discounts), share(r.discounts, of: r.gross),
        ]
      },
      emptyMessage: Messages.noReportRows(periodText))
    table.chart = (0, 6)
    let t = report.totals
    table.totals = [
      (H.gross, "bruto", .money(t.gross)),
      (H.lineDiscounts, "descuentos_linea", .money(t.lineDiscounts)),
      (H.ticketDiscounts, "descuentos_ticket", .money(t.ticketDiscounts)),
      (H.couponDiscounts, "descuentos_cupon", .money(t.couponDiscounts)),
      (H.discounts, "descuentos", .money(t.discounts)),
      (H.discountPercent, "porcentaje", share(t.discounts, of: t.gross)),
    ]
    return table
  }

  static func share(_ part: Money, of whole: Money) -> Cell {
    Percent.share(part, of: whole).map { .percent($0) } ?? .null
  }

  /// `informe anulaciones`: each void and return, who made and who approved it.
  static func refunds(_ entries: [RefundEntry], periodText: String) -> Table {
    var table = Table(
      columns: [
        Column(H.when, key: "fecha"), Column(H.kind, key: "tipo", priority: .high),
        Column(H.register, key: "caja", priority: .low),
        Column(H.number, key: "numero", alignRight: true, priority: .low),
        Column(H.sale, key: "venta", priority: .high),
        Column(H.total, key: "total", alignRight: true, priority: .high),
        Column(H.user, key: "usuario"), Column(H.approvedBy, key: "aprobo"),
        Column(H.reason, key: "motivo", wraps: true),
      ],
      rows: entries.map { e in
        [
          .instant(e.at), .text(e.kind.rawValue), .text(e.register),
          e.number.map { .int($0) } ?? .null,
          e.saleNumber.map { .text(String($0) + " (" + (e.saleRegister ?? "") + ")") } ?? .null,
          .money(e.total), e.user.map { .text($0) } ?? .null,
          e.approvedBy.map { .text($0) } ?? .null, .text(e.reason),
        ]
      },
      emptyMessage: Messages.noRefunds(periodText))
    func sum(_ kind: RefundEntry.Kind) -> (Int64, Money) {
      let some = entries.filter { $0.kind == kind }
      return (Int64(some.count), Money(some.reduce(0) { $0 + $1.total.minorUnits }))
    }
    let (voids, voided) = sum(.void)
    let (returns, returned) = sum(.saleReturn)
    let (cancelled, cancelledTotal) = sum(.cancelledTicket)
    table.totals = [
      (H.voidsCount, "anulaciones", .int(voids)), (H.voidsAmount, "anulado", .money(voided)),
      (H.returnsCount, "devoluciones", .int(returns)),
      (H.returnsAmount, "devuelto", .money(returned)),
      (H.cancelledCount, "tickets_cancelados", .int(cancelled)),
      (H.cancelledAmount, "cancelado", .money(cancelledTotal)),
    ]
    return table
  }

  /// The heat strip of hours (first to last hour with sales) or weekdays
  /// (Monday to Sunday); nil for other groupings.
  static func heat(_ rows: [ReportFigures], _ dimension: ReportDimension) -> (
    first: String, last: String, values: [Int64]
  )? {
    var byKey: [Int: Int64] = [:]
    for r in rows { if let k = Int(r.key) { byKey[k] = max(0, r.total.minorUnits) } }
    switch dimension {
    case .hour:
      guard let low = byKey.keys.min(), let high = byKey.keys.max() else { return nil }
      return (
        String(format2(low)) + ":00", String(format2(high)) + ":00",
        (low...high).map { byKey[$0] ?? 0 }
      )
    case .weekday:
      return (H.weekdays[0], H.weekdays[6], (1...7).map { byKey[$0] ?? 0 })
    default: return nil
    }
  }

  static func format2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
