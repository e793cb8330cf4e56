import TiendaCore

/// How `ver configuración` looks. Labels in `ShopHeadings`; the keys are
/// the JSON names.
enum ShopTables {
  typealias H = ShopHeadings

  static func settings(_ shop: Shop) -> Record {
    let s = shop.settings
    return Record(
      [
        (H.name, "nombre", .text(s.name)),
        (H.rut, "rut", s.rut.map { .text($0.formatted) } ?? .null),
        (H.address, "direccion", .text(s.address)),
        (H.currency, "moneda", .text(s.currency.code)),
        (H.zone, "zona", .text(s.effectiveZone)),
        (H.today, "hoy", .date(shop.today)),
        (H.sellExpired, "vender_vencidos", .bool(s.sellExpired)),
        (H.autoOpen, "abrir_caja_sola", .bool(s.autoOpenSession)),
        (H.rounding, "redondeo_efectivo", .bool(s.cashRounding)),
        (H.maxHeld, "maximo_sostenidas", .int(Int64(s.maxHeld))),
        (H.autoPrint, "imprimir_tickets", .bool(s.autoPrint)),
        (H.footer, "pie", .text(s.ticketFooter)),
        (
          H.csvSeparator, "separador_csv",
          .text(OutputMessages.csvSeparatorWords.first { $0.delimiter == s.csvDelimiter }!.word)
        ),
        PointsTables.setting(shop),
        (H.register, "caja", .text(shop.actor.registerName)),
        (
          H.user, "usuario",
          .text(
            shop.actor.userName
              ?? (shop.users.usersExist ? Messages.nobody : Messages.ownerName))
        ),
        (H.file, "archivo", .text(shop.backups.filePath)),
      ], footer: s.zone == nil ? [Messages.defaultZoneHint(s.effectiveZone)] : [])
  }
}
