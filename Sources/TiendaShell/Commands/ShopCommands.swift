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

  static let branch = Param<String>.option(
    "sucursal", .name, placeholder: "\"…\"",
    help: "Nombre de esta sucursal en la central (ver «configurar central»).")

  static let configure = CommandSpec(
    "configurar tienda", group: .shop,
    summary: "Cambia los datos de la tienda: nombre, RUT, dirección, moneda y zona horaria.",
    details:
      "La zona horaria decide qué es «hoy» para los informes y la bitácora. La moneda decide cómo se escriben y leen los montos.",
    params: [
      name.spec, rut.spec, address.spec, currency.spec, zone.spec, sellExpired.spec,
      autoOpen.spec, rounding.spec, maxHeld.spec, autoPrint.spec, footer.spec, retryHours.spec,
      csvSeparator.spec, branch.spec,
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
      fields.append(ShopFieldNames.name)
    }
    if let rut = call[rut] {
      change.rut = rut
      fields.append(ShopFieldNames.rut)
    }
    if let address = call[address] {
      change.address = address
      fields.append(ShopFieldNames.address)
    }
    if let code = call[currency] {
      change.currencyCode = code
      fields.append(ShopFieldNames.currency)
    }
    if let zone = call[zone] {
      change.zone = zone
      fields.append(ShopFieldNames.zone)
    }
    if let sellExpired = call[sellExpired] {
      change.sellExpired = sellExpired
      fields.append(ShopFieldNames.sellExpired)
    }
    if let autoOpen = call[autoOpen] {
      change.autoOpenSession = autoOpen
      fields.append(ShopFieldNames.autoOpen)
    }
    if let rounding = call[rounding] {
      change.cashRounding = rounding
      fields.append(ShopFieldNames.rounding)
    }
    if let maxHeld = call[maxHeld] {
      change.maxHeld = Int(clamping: maxHeld)
      fields.append(ShopFieldNames.maxHeld)
    }
    if let autoPrint = call[autoPrint] {
      change.autoPrint = autoPrint
      fields.append(ShopFieldNames.autoPrint)
    }
    if let footer = call[footer] {
      change.ticketFooter = footer
      fields.append(ShopFieldNames.footer)
    }
    if let hours = call[retryHours] {
      change.retryHours = Int(clamping: hours)
      fields.append(ShopFieldNames.retryHours)
    }
    if let word = call[csvSeparator],
      let choice = OutputMessages.csvSeparatorWords.first(where: { $0.word == word })
    {
      change.csvDelimiter = choice.delimiter
      fields.append(OutputMessages.csvSeparatorField)
    }
    if let branch = call[branch] {
      change.branchName = branch
      fields.append(SyncMessages.branchField)
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
    .record(ShopTables.settings(call.shop))
  }
}
