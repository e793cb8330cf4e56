import TiendaCore

/// How `listar vendedores` and `informe comisiones` look. Headers in
/// `SellersHeadings`; the keys are the CSV and JSON names.
enum SellerTables {
  typealias H = SellersHeadings

  static func sellers(_ sellers: [SellerInfo]) -> Table {
    Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high),
        Column(H.commission, key: "comision", alignRight: true), Column(H.active, key: "activo"),
      ],
      rows: sellers.map {
        [.text($0.name), $0.commission.map { .percent($0) } ?? .null, .bool($0.active)]
      },
      emptyMessage: SellerMessages.none)
  }

  /// Per seller; with `detail`, every line.
  static func commissions(
    _ report: (lines: [CommissionLine], totals: [CommissionTotal]), detail: Bool
  ) -> Table {
    var table: Table
    if detail {
      table = Table(
        columns: [
          Column(H.name, key: "vendedor", priority: .high),
          Column(H.sale, key: "venta", alignRight: true),
          Column(H.date, key: "fecha", priority: .low), Column(H.product, key: "producto"),
          Column(H.paid, key: "pagado", alignRight: true),
          Column(H.commission, key: "comision_pct", alignRight: true),
          Column(H.amount, key: "comision", alignRight: true, priority: .high),
        ],
        rows: report.lines.map {
          [
            .text($0.seller), .int($0.saleNumber), .instant($0.at), .text($0.product),
            .money($0.paid), .percent($0.rate), .money($0.commission),
          ]
        }, emptyMessage: SellerMessages.noCommissions)
    } else {
      table = Table(
        columns: [
          Column(H.name, key: "vendedor", priority: .high),
          Column(H.lines, key: "lineas", alignRight: true),
          Column(H.paid, key: "pagado", alignRight: true),
          Column(H.amount, key: "comision", alignRight: true, priority: .high),
        ],
        rows: report.totals.map {
          [.text($0.seller), .int($0.lines), .money($0.paid), .money($0.commission)]
        }, emptyMessage: SellerMessages.noCommissions)
    }
    table.totals = [
      (
        SellerMessages.totalLabel, "comision",
        .money(report.totals.reduce(.zero) { $0 + $1.commission })
      )
    ]
    return table
  }
}
