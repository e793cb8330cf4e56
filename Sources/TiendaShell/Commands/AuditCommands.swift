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
    let json = call.format == .json || call.format == .csv
    let rows: [[Cell]] = entries.map { e in
      var row: [Cell] = [
        .int(e.id), .instant(e.at), .text(e.userName ?? Messages.ownerName),
        .text(e.registerName), .text(json ? e.command : TextFormat.truncated(e.command, 60)),
        e.approvedBy.map(Cell.text) ?? .null,
      ]
      if json {
        row += [.text(e.action), e.before.map(Cell.json) ?? .null, e.after.map(Cell.json) ?? .null]
      } else {
        row.append(.text(TextFormat.truncated(e.changeSummary, 80)))
      }
      return row
    }
    var columns = [
      Column("N°", key: "id", alignRight: true), Column("Fecha y hora", key: "fecha"),
      Column("Usuario", key: "usuario"), Column("Caja", key: "caja", priority: .low),
      Column("Comando", key: "comando"), Column("Aprobó", key: "aprobo", priority: .low),
    ]
    if json {
      columns += [
        Column("Acción", key: "accion"), Column("Antes", key: "antes"),
        Column("Después", key: "despues"),
      ]
    } else {
      columns.append(Column("Cambio", key: "cambio"))
    }
    return .table(Table(columns: columns, rows: rows, emptyMessage: Messages.noJournal))
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
    let record = Record(
      [
        ("Archivo", "archivo", .text(c.path)),
        ("Versión del esquema", "esquema", .int(Int64(c.schemaVersion))),
        ("Versión que conoce tienda", "esquema_conocido", .int(Int64(c.supportedVersion))),
        ("Integridad", "integridad", .text(c.integrity.prefix(5).joined(separator: "; "))),
        (
          "Claves foráneas", "claves_foraneas",
          .text(Messages.foreignKeyProblems(c.foreignKeyProblems))
        ),
        ("Modo del diario", "modo", .text(c.journalMode)),
        ("Registros en bitácora", "bitacora", .int(c.journalEntries)),
        ("Productos activos", "productos", .int(c.products)),
        (
          "Stock contra movimientos", "stock",
          .text(Messages.stockCheck(c.stockMismatches.map { "\($0.sku) \($0.name)" }))
        ),
        ("Ventas y cajas", "libro", .text(Messages.ledgerCheck(c.ledgerProblems))),
        (
          Messages.journalChainLabel, "cadena_bitacora",
          .text(Messages.journalChainCheck(c.tamperProblems, head: c.journalHead))
        ),
        (Messages.saleSealsLabel, "sellos_ventas", .text(Messages.saleSealCheck(c.tamperProblems))),
        (Messages.triggersLabel, "protecciones", .text(Messages.triggersCheck(c.tamperProblems))),
        ("Tamaño (bytes)", "bytes", .int(c.pageCount * c.pageSize)),
      ],
      footer: [c.isHealthy ? Messages.databaseHealthy : Messages.databaseDamaged])
    if !c.isHealthy {
      call.context.writeOut(call.context.renderer.render(.record(record), format: .table))
      throw ShellError(Messages.databaseDamaged)
    }
    if call[quiet] { return .none }
    return .record(record)
  }
}
