import TiendaCore

/// How the cash listings look: registers, cash movements and past Z
/// reports. Headers in `CashHeadings`; the keys are the CSV and JSON names.
enum CashTables {
  typealias H = CashHeadings

  /// `listar cajas`; `here` is this terminal's register.
  static func registers(_ statuses: [RegisterStatus], here: Int64) -> Table {
    Table(
      columns: [
        Column(H.register, key: "caja", priority: .high), Column(H.state, key: "estado"),
        Column(H.openSince, key: "apertura"), Column(H.openedBy, key: "abrio"),
        Column(H.float, key: "fondo", alignRight: true),
        Column(H.lastZ, key: "ultimo_z", alignRight: true),
        Column(H.nextFloat, key: "proximo_fondo", alignRight: true),
        Column(H.terminal, key: "terminal", priority: .low),
      ],
      rows: statuses.map { s in
        let open = s.session
        return [
          .text(s.register.name),
          .text(open == nil ? Messages.registerClosed : Messages.registerOpen),
          open.map { .instant($0.openedAt) } ?? .null,
          open.map { CashView.person($0.openedBy) } ?? .null,
          open.map { .money($0.openingFloat) } ?? .null, s.lastZ.map(Cell.int) ?? .null,
          open == nil ? .money(s.nextFloat) : .null,
          .text(s.register.id == here ? Messages.thisTerminal : ""),
        ]
      }, emptyMessage: Messages.noRegisters)
  }

  /// `movimientos de caja`: each deposit, withdrawal and drawer opening.
  static func movements(_ moves: [CashMovementListing], empty: String) -> Table {
    Table(
      columns: [
        Column(H.dateTime, key: "fecha"), Column(H.register, key: "caja", priority: .low),
        Column(H.kind, key: "tipo"), Column(H.amount, key: "monto", alignRight: true),
        Column(H.reason, key: "motivo"), Column(H.user, key: "usuario"),
        Column(H.approvedBy, key: "aprobo", priority: .low),
      ],
      rows: moves.map {
        [
          .instant($0.at), .text($0.registerName), .text($0.kind.rawValue),
          $0.kind == .drawerOpened ? .null : .money($0.amount), .text($0.reason),
          .text($0.userName ?? Messages.ownerName), $0.approvedBy.map(Cell.text) ?? .null,
        ]
      },
      emptyMessage: empty)
  }

  /// `informe z` without a number: the register's Z reports.
  static func zReports(_ reports: [ZSummary]) -> Table {
    Table(
      columns: [
        Column(H.number, key: "numero", alignRight: true), Column(H.opened, key: "apertura"),
        Column(H.closed, key: "cierre"), Column(H.closedBy, key: "cerro"),
        Column(H.sales, key: "ventas", alignRight: true),
        Column(H.netSales, key: "venta_neta", alignRight: true),
        Column(H.expected, key: "efectivo_esperado", alignRight: true),
        Column(H.counted, key: "efectivo_contado", alignRight: true),
        Column(H.difference, key: "diferencia_efectivo", alignRight: true),
      ],
      rows: reports.map {
        [
          .int($0.number), .instant($0.openedAt), .instant($0.closedAt),
          CashView.person($0.closedBy), .int(Int64($0.salesCount)), .money($0.netSales),
          .money($0.expectedCash), .money($0.countedCash), .money($0.cashDifference),
        ]
      }, emptyMessage: Messages.noZReports)
  }
}
