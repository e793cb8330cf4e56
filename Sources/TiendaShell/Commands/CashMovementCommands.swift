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
      CashTables.movements(
        try call.shop.register.cashMovements(in: period),
        empty: Messages.noCashMovements(Messages.periodText(period, today: call.shop.today))))
  }
}
