import TiendaCore

/// `configurar tienda`, `ver configuración`.
enum ShopCommands {
  static let all: [CommandSpec] = [configure, show]

  static let name = Param<String>.option(
    "nombre", .name, placeholder: "\"…\"", help: "Nombre que muestra el prompt y el ticket.")
  static let rut = Param<Rut>.option(
    "rut", placeholder: "<rut>", help: "RUT de la empresa, con dígito verificador.")
  static let address = Param<String>.option(
    "dirección", .name, key: "direccion", placeholder: "\"…\"", help: "Dirección para el ticket.")
  static let currency = Param<String>.option(
    "moneda", .choice(Currency.known.map(\.code)), placeholder: "CLP",
    help: "Moneda de la tienda.", completion: .currencies)
  static let zone = Param<String>.option(
    "zona", .text, placeholder: "<zona>", help: "Zona horaria, p. ej. America/Santiago.",
    completion: .zones)
  static let sellExpired = Param<Bool>.option(
    "vender-vencidos", key: "vender_vencidos", placeholder: "sí|no",
    help: "Si se pueden vender productos vencidos (no, por omisión).")
  static let autoOpen = Param<Bool>.option(
    "abrir-caja-sola", key: "abrir_caja_sola", placeholder: "sí|no",
    help: "Si la primera venta abre la caja con fondo $0 (sí, por omisión).")
  static let rounding = Param<Bool>.option(
    "redondeo-efectivo", key: "redondeo_efectivo", placeholder: "sí|no",
    help: "Redondear a $10 lo que se paga en efectivo (sí, por omisión; sólo pesos).")
  static let maxHeld = Param<Int64>.option(
    "máximo-sostenidas", key: "maximo_sostenidas", placeholder: "<n>",
    help: "Cuántos tickets pueden estar sostenidos a la vez (20).")
  static let autoPrint = Param<Bool>.option(
    "imprimir-tickets", key: "imprimir_tickets", placeholder: "sí|no",
    help: "Imprimir el ticket solo tras cada venta si hay impresora de tickets (sí).")
  static let footer = Param<String>.option(
    "pie", .name, placeholder: "\"…\"", help: "La línea al pie de cada ticket.")
  static let retryHours = Param<Int64>.option(
    "reintentar-horas", key: "reintentar_horas", placeholder: "<n>",
    help: "Hasta cuántas horas se reintenta solo un trabajo de impresión fallido (12).")
  static let csvSeparator = Param<String>.option(
    "separador-csv", .choice(OutputMessages.csvSeparatorWords.map(\.word)),
    key: "separador_csv", placeholder: "punto-y-coma|coma", help: OutputMessages.csvSeparatorHelp)

  static let configure = CommandSpec(
    "configurar tienda", group: .shop,
    summary: "Cambia los datos de la tienda: nombre, RUT, dirección, moneda y zona horaria.",
    details:
      "La zona horaria decide qué es «hoy» para los informes y la bitácora. La moneda decide cómo se escriben y leen los montos.",
    params: [
      name.spec, rut.spec, address.spec, currency.spec, zone.spec, sellExpired.spec,
      autoOpen.spec, rounding.spec, maxHeld.spec, autoPrint.spec, footer.spec, retryHours.spec,
      csvSeparator.spec,
    ],
    examples: [
      "configurar tienda nombre \"Feria Don Pepe\" rut 76.123.456-0",
      "configurar tienda dirección \"Av. Matta 123, Santiago\" zona America/Santiago",
    ],
    mutates: true, right: .manageUsers
  ) { call in
    var change = ShopSettingsChange()
    var fields: [String] = []
    if let name = call[name] {
      change.name = name
      fields.append("nombre")
    }
    if let rut = call[rut] {
      change.rut = rut
      fields.append("RUT")
    }
    if let address = call[address] {
      change.address = address
      fields.append("dirección")
    }
    if let code = call[currency] {
      change.currencyCode = code
      fields.append("moneda")
    }
    if let zone = call[zone] {
      change.zone = zone
      fields.append("zona")
    }
    if let sellExpired = call[sellExpired] {
      change.sellExpired = sellExpired
      fields.append("vender vencidos")
    }
    if let autoOpen = call[autoOpen] {
      change.autoOpenSession = autoOpen
      fields.append("abrir caja sola")
    }
    if let rounding = call[rounding] {
      change.cashRounding = rounding
      fields.append("redondeo del efectivo")
    }
    if let maxHeld = call[maxHeld] {
      change.maxHeld = Int(clamping: maxHeld)
      fields.append("máximo de sostenidas")
    }
    if let autoPrint = call[autoPrint] {
      change.autoPrint = autoPrint
      fields.append("imprimir tickets")
    }
    if let footer = call[footer] {
      change.ticketFooter = footer
      fields.append("pie del ticket")
    }
    if let hours = call[retryHours] {
      change.retryHours = Int(clamping: hours)
      fields.append("horas de reintento")
    }
    if let word = call[csvSeparator],
      let choice = OutputMessages.csvSeparatorWords.first(where: { $0.word == word })
    {
      change.csvDelimiter = choice.delimiter
      fields.append(OutputMessages.csvSeparatorField)
    }
    guard !fields.isEmpty else {
      throw ShellError(
        call.context.describe(CoreError.nothingToChange),
        hint: Messages.usage(call.spec.usage))
    }
    let changed = try call.shop.configure(change)
    return .message(changed ? Messages.shopConfigured(fields) : Messages.shopUnchanged)
  }

  static let show = CommandSpec(
    "ver configuración", aliases: ["configuración"], group: .shop,
    summary: "Muestra los datos de la tienda y del archivo en uso.",
    examples: ["ver configuración", "ver configuración como json"],
    listing: true, access: .loggedIn
  ) { call in
    let s = call.shop.settings
    return .record(
      Record(
        [
          ("Nombre", "nombre", .text(s.name)),
          ("RUT", "rut", s.rut.map { .text($0.formatted) } ?? .null),
          ("Dirección", "direccion", .text(s.address)),
          ("Moneda", "moneda", .text(s.currency.code)),
          ("Zona horaria", "zona", .text(s.effectiveZone)),
          ("Hoy", "hoy", .date(call.shop.today)),
          ("Vender vencidos", "vender_vencidos", .bool(s.sellExpired)),
          ("Caja sola", "abrir_caja_sola", .bool(s.autoOpenSession)),
          ("Redondeo", "redondeo_efectivo", .bool(s.cashRounding)),
          ("Sostenidas máx.", "maximo_sostenidas", .int(Int64(s.maxHeld))),
          ("Ticket solo", "imprimir_tickets", .bool(s.autoPrint)),
          ("Pie del ticket", "pie", .text(s.ticketFooter)),
          (
            "Separador CSV", "separador_csv",
            .text(OutputMessages.csvSeparatorWords.first { $0.delimiter == s.csvDelimiter }!.word)
          ),
          ("Caja", "caja", .text(call.shop.actor.registerName)),
          (
            "Usuario", "usuario",
            .text(
              call.shop.actor.userName
                ?? (call.shop.users.usersExist ? Messages.nobody : Messages.ownerName))
          ),
          ("Archivo", "archivo", .text(call.shop.backups.filePath)),
        ], footer: s.zone == nil ? [Messages.defaultZoneHint(s.effectiveZone)] : []))
  }
}
