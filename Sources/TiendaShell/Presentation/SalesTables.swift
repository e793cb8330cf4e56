import TiendaCore

/// How the sales listings look: `ventas`, held tickets and quotes, coupons.
/// Headers in `SalesHeadings`; the keys are the CSV and JSON names.
enum SalesTables {
  typealias H = SalesHeadings

  /// `ventas`, with how many and how much under the table.
  static var salesColumns: [Column] {
    [
      Column(H.number, key: "numero", alignRight: true, priority: .high),
      Column(H.register, key: "caja", priority: .low),
      Column(H.dateTime, key: "fecha"), Column(H.user, key: "usuario"),
      Column(H.lines, key: "lineas", alignRight: true),
      Column(H.total, key: "total", alignRight: true, priority: .high),
      Column(H.payment, key: "pago"),
      Column(H.state, key: "estado"),
    ]
  }

  static func saleRow(_ sale: SaleListing) -> [Cell] {
    [
      .int(sale.number), .text(sale.registerName), .instant(sale.at),
      .text(sale.userName ?? Messages.ownerName), .int(sale.lineCount), .money(sale.total),
      .text(sale.methods), .text(Messages.saleState(voids: sale.voids, returns: sale.returns)),
    ]
  }

  /// `ventas <período>`: written as read, a year included (DESIGN §7); the
  /// footer adds up the last pass.
  static func salesStream(
    _ each: @escaping ((SaleListing) throws -> Void) throws -> Void,
    methods: @escaping () -> [SalesMethodTotal], empty: String, currency: Currency
  ) -> RowStream {
    final class Box { var summary = SalesSummary() }
    let box = Box()
    return RowStream(
      columns: salesColumns, emptyMessage: empty,
      rows: { yield in
        box.summary = SalesSummary()
        try each { sale in
          box.summary.add(sale)
          try yield(saleRow(sale))
        }
      },
      footer: {
        let totals = methods()
        return Messages.salesFooter(box.summary, currency: currency)
          + (totals.isEmpty
            ? [] : [Messages.methodsHeading] + Messages.methodsFooter(totals, currency: currency))
      })
  }

  static func sales(
    _ sales: [SaleListing], methods: [SalesMethodTotal] = [], empty: String, currency: Currency
  ) -> Table {
    var table = Table(columns: salesColumns, rows: sales.map(saleRow), emptyMessage: empty)
    if !sales.isEmpty {
      table.footer =
        Messages.salesFooter(sales, currency: currency)
        + (methods.isEmpty
          ? [] : [Messages.methodsHeading] + Messages.methodsFooter(methods, currency: currency))
    }
    return table
  }

  /// `sostenidas` and `cotizaciones` (`quotes`: who it is for and until when).
  static func tickets(_ items: [TicketSummary], empty: String, quotes: Bool) -> Table {
    var columns = [
      Column(H.number, key: "numero", alignRight: true),
      Column(quotes ? H.quotedFor : H.name, key: quotes ? "para" : "nombre"),
      Column(H.since, key: "fecha"), Column(H.user, key: "usuario"),
      Column(H.lines, key: "lineas", alignRight: true),
      Column(H.total, key: "total", alignRight: true, priority: .high),
    ]
    if quotes { columns.append(Column(H.validUntil, key: "valida_hasta")) }
    return Table(
      columns: columns,
      rows: items.map {
        var row: [Cell] = [
          .int($0.number), .text($0.name), .instant($0.openedAt),
          .text($0.userName ?? Messages.ownerName), .int(Int64($0.lineCount)), .money($0.total),
        ]
        if quotes { row.append($0.validUntil.map(Cell.date) ?? .null) }
        return row
      }, emptyMessage: empty)
  }

  /// `listar cupones`.
  static func coupons(_ coupons: [Coupon]) -> Table {
    Table(
      columns: [
        Column(H.code, key: "codigo"), Column(H.discount, key: "descuento", alignRight: true),
        Column(H.minimum, key: "minimo", alignRight: true), Column(H.from, key: "desde"),
        Column(H.until, key: "hasta"), Column(H.uses, key: "usos", alignRight: true),
        Column(H.maxUses, key: "usos_maximos", alignRight: true),
        Column(H.active, key: "activo"),
      ],
      rows: coupons.map {
        [
          .text($0.code), $0.percent.map(Cell.percent) ?? $0.amount.map(Cell.money) ?? .null,
          .money($0.minimum), $0.validFrom.map(Cell.date) ?? .null,
          $0.validUntil.map(Cell.date) ?? .null, .int($0.uses),
          $0.maxUses.map(Cell.int) ?? .null, .bool($0.active),
        ]
      }, emptyMessage: Messages.noCoupons)
  }

  /// `ver cupón`.
  static func coupon(_ c: Coupon) -> Record {
    Record([
      (H.code, "codigo", .text(c.code)),
      (H.discount, "descuento", c.percent.map(Cell.percent) ?? c.amount.map(Cell.money) ?? .null),
      (H.minimumPurchase, "minimo", .money(c.minimum)),
      (H.from, "desde", c.validFrom.map(Cell.date) ?? .null),
      (H.until, "hasta", c.validUntil.map(Cell.date) ?? .null),
      (H.uses, "usos", .int(c.uses)),
      (H.maxUsesLabel, "usos_maximos", c.maxUses.map(Cell.int) ?? .null),
      (H.active, "activo", .bool(c.active)),
    ])
  }

  /// A coupon's terms in one line: «10%, mínimo $10.000, hasta 28-02-2027».
  static func couponTerms(_ c: Coupon, _ currency: Currency) -> String {
    var parts = [c.percent.map(TextFormat.percent) ?? TextFormat.money(c.amount ?? .zero, currency)]
    if c.minimum > .zero {
      parts.append(Messages.couponMinimumTerm(TextFormat.money(c.minimum, currency)))
    }
    if let from = c.validFrom { parts.append(Messages.couponFromTerm(from.description)) }
    if let until = c.validUntil { parts.append(Messages.couponUntilTerm(until.description)) }
    if let max = c.maxUses { parts.append(Messages.couponUsesTerm(c.uses, of: max)) }
    return parts.joined(separator: ", ")
  }
}

/// What `ventas`' footer adds up, one sale at a time.
struct SalesSummary {
  var count = 0
  var total = Money.zero
  var refunded = Money.zero
  var voided = 0
  var returned = 0

  mutating func add(_ sale: SaleListing) {
    count += 1
    total = total + sale.total
    refunded = refunded + sale.refunded
    if sale.voids > 0 { voided += 1 } else if sale.returns > 0 { returned += 1 }
  }
}
