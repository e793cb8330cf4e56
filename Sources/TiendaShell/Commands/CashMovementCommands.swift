import TiendaCore

/// `movimientos de caja`: each ingreso, retiro and drawer opening.
enum CashMovementCommands {
  static let all: [CommandSpec] = [list]

  static let periodArg = Param<Period>.positional(
    "periodo", placeholder: "<período>", help: "hoy, ayer, semana, mes, año o una fecha.")
  static let since = Param<Period>.option(
    "desde", placeholder: "<fecha> [hasta <fecha>]", help: "Sólo ese período.")

  static let list = CommandSpec(
    "movimientos de caja", group: .cash,
    summary: "Cada ingreso, retiro y apertura del cajón de un período (hoy si no se indica).",
    params: [periodArg.spec, since.spec],
    examples: ["movimientos de caja", "movimientos de caja semana como csv"], listing: true,
    right: .viewReports
  ) { call in
    let period = call[since] ?? call[periodArg] ?? .day(call.shop.today)
    return .table(
      Table(
        columns: [
          Column("Fecha y hora", key: "fecha"), Column("Caja", key: "caja", priority: .low),
          Column("Tipo", key: "tipo"), Column("Monto", key: "monto", alignRight: true),
          Column("Motivo", key: "motivo"), Column("Usuario", key: "usuario"),
          Column("Aprobó", key: "aprobo", priority: .low),
        ],
        rows: try call.shop.register.cashMovements(in: period).map {
          [
            .instant($0.at), .text($0.registerName), .text($0.kind.rawValue),
            $0.kind == .drawerOpened ? .null : .money($0.amount), .text($0.reason),
            .text($0.userName ?? Messages.ownerName), $0.approvedBy.map(Cell.text) ?? .null,
          ]
        },
        emptyMessage: Messages.noCashMovements(Messages.periodText(period, today: call.shop.today)))
    )
  }
}
