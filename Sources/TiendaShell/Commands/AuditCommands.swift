import TiendaCore

/// `bitácora`, `verificar base`.
enum AuditCommands {
  static let all: [CommandSpec] = [journal, check]

  static let period = Param<Period>.positional(
    "periodo", placeholder: "<período>",
    help: "hoy, ayer, semana, mes, año, una fecha o «desde … hasta …».")
  static let quiet = FlagParam(
    "--silencioso", key: "silencioso", help: "No muestra nada si la base está sana.")

  static let journal = CommandSpec(
    "bitácora", aliases: ["bitacora"], group: .audit,
    summary:
      "Lista los cambios hechos en la tienda: quién, cuándo, en qué caja, qué comando y qué cambió.",
    details:
      "Sin período muestra hoy. La bitácora no se puede modificar ni borrar; «como json» incluye los valores antes y después de cada cambio.",
    params: [period.spec],
    examples: ["bitácora", "bitácora ayer", "bitácora desde 01-11-2026 hasta 15-11-2026 como csv"],
    listing: true, right: .viewReports
  ) { call in
    let entries = try call.shop.journal.entries(in: call[period] ?? .day(call.shop.today))
    return .table(
      AuditTables.journal(entries, full: call.format == .json || call.format == .csv))
  }

  static let check = CommandSpec(
    "verificar base", group: .audit,
    summary: "Revisa la integridad del archivo de la tienda y su versión de esquema.",
    details:
      "También recalcula la cadena de huellas de la bitácora, compara cada venta con su sello y revisa que las tablas que no se pueden modificar conserven sus protecciones. Con --silencioso no muestra nada si todo está bien (para cron); si algo falla, lo muestra igual y termina con código 1.",
    params: [quiet.spec],
    examples: ["verificar base", "verificar base --silencioso"],
    listing: true, right: .viewReports
  ) { call in
    let c = try call.shop.integrity.checkDatabase()
    let record = AuditTables.check(c)
    if !c.isHealthy {
      call.context.writeOut(call.context.renderer.render(.record(record), format: .table))
      throw ShellError(Messages.databaseDamaged)
    }
    if call[quiet] { return .none }
    return .record(record)
  }
}
