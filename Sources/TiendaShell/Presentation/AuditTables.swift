import TiendaCore

/// How `bitácora` and `verificar base` look. Headers in `AuditHeadings`;
/// the keys are the CSV and JSON names.
enum AuditTables {
  typealias H = AuditHeadings

  /// `bitácora`; `full` (CSV and JSON) gives the whole command, the action
  /// and the values before and after instead of a short change summary.
  static func journal(_ entries: [JournalEntry], full: Bool) -> Table {
    let rows: [[Cell]] = entries.map { e in
      var row: [Cell] = [
        .int(e.id), .instant(e.at), .text(e.userName ?? Messages.ownerName),
        .text(e.registerName), .text(full ? e.command : TextFormat.truncated(e.command, 60)),
        e.approvedBy.map(Cell.text) ?? .null,
      ]
      if full {
        row += [.text(e.action), e.before.map(Cell.json) ?? .null, e.after.map(Cell.json) ?? .null]
      } else {
        row.append(.text(TextFormat.truncated(e.changeSummary, 80)))
      }
      return row
    }
    var columns = [
      Column(H.number, key: "id", alignRight: true), Column(H.dateTime, key: "fecha"),
      Column(H.user, key: "usuario"), Column(H.register, key: "caja", priority: .low),
      Column(H.command, key: "comando"), Column(H.approvedBy, key: "aprobo", priority: .low),
    ]
    if full {
      columns += [
        Column(H.action, key: "accion"), Column(H.before, key: "antes"),
        Column(H.after, key: "despues"),
      ]
    } else {
      columns.append(Column(H.change, key: "cambio"))
    }
    return Table(columns: columns, rows: rows, emptyMessage: Messages.noJournal)
  }

  /// `verificar base`: each check and, under it, whether the file is sound.
  static func check(_ c: DatabaseCheck) -> Record {
    Record(
      [
        (H.file, "archivo", .text(c.path)),
        (H.schemaVersion, "esquema", .int(Int64(c.schemaVersion))),
        (H.knownVersion, "esquema_conocido", .int(Int64(c.supportedVersion))),
        (H.integrity, "integridad", .text(c.integrity.prefix(5).joined(separator: "; "))),
        (
          H.foreignKeys, "claves_foraneas",
          .text(Messages.foreignKeyProblems(c.foreignKeyProblems))
        ),
        (H.journalMode, "modo", .text(c.journalMode)),
        (H.journalEntries, "bitacora", .int(c.journalEntries)),
        (H.activeProducts, "productos", .int(c.products)),
        (
          H.stockAgainstMoves, "stock",
          .text(Messages.stockCheck(c.stockMismatches.map { "\($0.sku) \($0.name)" }))
        ),
        (H.salesAndRegisters, "libro", .text(Messages.ledgerCheck(c.ledgerProblems))),
        (
          Messages.journalChainLabel, "cadena_bitacora",
          .text(Messages.journalChainCheck(c.tamperProblems, head: c.journalHead))
        ),
        (Messages.saleSealsLabel, "sellos_ventas", .text(Messages.saleSealCheck(c.tamperProblems))),
        (Messages.triggersLabel, "protecciones", .text(Messages.triggersCheck(c.tamperProblems))),
        (H.size, "bytes", .int(c.pageCount * c.pageSize)),
      ],
      footer: [c.isHealthy ? Messages.databaseHealthy : Messages.databaseDamaged])
  }
}
