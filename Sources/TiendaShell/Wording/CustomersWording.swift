import TiendaCore

/// Spanish wording of customers, groups and price lists (issue 16): what
/// the commands say and their refusals (`CustomerError`).
enum CustomerMessages {
  static func money(_ m: Money, _ c: Currency) -> String { TextFormat.money(m, c) }

  /// «Juan Pérez (12.345.678-5)».
  static func label(name: String, rut: Rut?) -> String {
    guard let rut else { return name }
    return name + " (" + rut.formatted + ")"
  }

  static func created(_ c: CustomerInfo, _ currency: Currency) -> String {
    var text = "Cliente «\(c.name)» creado"
    if let rut = c.rut { text += ", RUT \(rut.formatted)" }
    if let group = c.groupName { text += ", grupo \(group)" }
    text += "."
    if let list = c.priceListName { text += " Lista de precios: \(list)." }
    if c.creditLimit > .zero { text += " Límite de fiado: \(money(c.creditLimit, currency))." }
    return text + " En un ticket: cliente \(c.name)"
  }

  static func edited(_ c: CustomerInfo) -> String {
    "Cliente «\(c.name)» actualizado."
  }

  static func deactivated(_ c: CustomerInfo) -> String {
    "Cliente «\(c.name)» desactivado: sus ventas guardan su nombre."
      + " Para volver a usarlo: activar cliente \(c.rut?.formatted ?? c.name)"
  }

  static func activated(_ c: CustomerInfo) -> String { "Cliente «\(c.name)» activado." }

  /// Shown when the customer is set on the ticket (`cliente juan`); the
  /// account lines (balance, limit left) come from `CustomerAccountView`.
  static func setOnTicket(_ c: CustomerInfo, _ ticket: Ticket, account: [String]) -> [String] {
    var out = ["Cliente: " + label(name: c.name, rut: c.rut)]
    if let list = c.priceListName {
      let repriced = ticket.lines.filter { $0.listName != nil }.count
      out.append(
        "  Lista de precios «\(list)»"
          + (repriced > 0
            ? ": \(repriced) \(repriced == 1 ? "línea" : "líneas") con su precio." : "."))
    }
    return out + account
  }

  /// «Cliente: Juan Pérez · RUT 12.345.678-5» under `ver venta`'s title.
  static func saleCustomer(name: String, rut: Rut?) -> String {
    "Cliente: " + name + (rut.map { " · RUT " + $0.formatted } ?? "")
  }

  static func noSalesOf(_ name: String) -> String { "«\(name)» no tiene ventas en ese período." }

  static let customerCleared = "El ticket queda sin cliente: precios de catálogo."
  static func ticketCustomerLine(_ c: TicketCustomer) -> String {
    "  Cliente: " + label(name: c.name, rut: c.rut)
  }
  static func listOnLine(_ name: String) -> String { " (lista " + name + ")" }

  static func groupCreated(_ g: CustomerGroupInfo, _ currency: Currency) -> String {
    "Grupo «\(g.name)» creado (límite de fiado \(money(g.creditLimit, currency))"
      + (g.priceListName.map { ", lista \($0)" } ?? "") + ")."
      + " Asigne clientes con: editar cliente <cliente> grupo \(g.name)"
  }

  static func groupEdited(_ g: CustomerGroupInfo, _ currency: Currency) -> String {
    "Grupo «\(g.name)»: límite de fiado \(money(g.creditLimit, currency))"
      + (g.priceListName.map { ", lista \($0)" } ?? ", sin lista") + "."
  }

  static func listCreated(_ l: PriceListInfo) -> String {
    "Lista de precios «\(l.name)» creada"
      + (l.percentOff.thousandths > 0 ? " (\(TextFormat.percent(l.percentOff)) de descuento)" : "")
      + ". Precio fijo de un producto: precio \(l.name) <producto> <monto>"
  }

  static func listEdited(_ l: PriceListInfo) -> String {
    "Lista de precios «\(l.name)»: \(TextFormat.percent(l.percentOff)) de descuento."
  }

  static func listPriceSet(
    list: String, product: String, price: Money?, catalog: Money, _ currency: Currency
  ) -> String {
    guard let price else {
      return
        "«\(product)» ya no tiene precio fijo en la lista «\(list)»: toma el descuento de la lista."
    }
    return "«\(product)» en la lista «\(list)»: \(money(price, currency))"
      + " (catálogo \(money(catalog, currency)))."
  }

  static let noCustomers = "No hay clientes. Cree uno con: crear cliente \"Juan Pérez\" rut <rut>"
  static func noneFound(_ text: String) -> String { "Ningún cliente coincide con «\(text)»." }
  static let noGroups = "No hay grupos. Cree uno con: crear grupo vecinos límite 100000"
  static let noLists = "No hay listas de precios. Cree una con: crear lista mayorista descuento 10%"
}

/// Headings of the customer listings and records.
enum CustomerHeadings {
  static let name = "Cliente"
  static let rut = "RUT"
  static let phone = "Teléfono"
  static let email = "Correo"
  static let address = "Dirección"
  static let kind = "Tipo"
  static let group = "Grupo"
  static let limit = "Límite"
  static let list = "Lista"
  static let note = "Nota"
  static let active = "Activo"
  static let created = "Creado"
  static let customers = "Clientes"
  static let percent = "Descuento"
  static let fixedPrices = "Precios fijos"
  static let groups = "Grupos"
  static let product = "Producto"
  static let catalogPrice = "Catálogo"
  static let listPrice = "Precio lista"
  static let limitSource = "Límite de"
  static let listSource = "Lista de"
  static let own = "el cliente"
  static let ofGroup = "el grupo"
}

extension CustomerError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .ticketHasFiado(let customer, let amount):
      return
        "El ticket ya tiene \(TextFormat.money(amount, currency)) en fiado de \(customer): esa deuda"
        + " es suya y el cliente no puede cambiar. Para fiarle a otro, cancele el ticket"
        + " (cancelar) y vuelva a cobrarlo."
    case .namesakeWithoutRutOrPhone(let name):
      return
        "Ya hay un cliente «\(name)». Dos clientes con el mismo nombre se distinguen por RUT"
        + " o teléfono, y a uno de ellos le faltan ambos: agregue rut o teléfono, o use otro"
        + " nombre (con el apellido, por ejemplo)."
    case .rutInUse(let rut, let customer):
      return
        "El RUT \(rut.formatted) ya es de «\(customer)». Un RUT activo es de un solo cliente;"
        + " use ese cliente, o desactívelo primero: desactivar cliente \(rut.formatted)"
    case .badPhone(let phone):
      return "«\(phone)» no parece un teléfono: escriba sus dígitos, p. ej. +56 9 1234 5678."
    case .badEmail(let email):
      return "«\(email)» no parece un correo: debe ser como nombre@dominio.cl."
    case .phoneShared(let phone, let customers):
      return
        "Varios clientes tienen el teléfono \(phone): \(customers.joined(separator: ", "))."
        + " Nómbrelo por su nombre o su RUT."
    case .noCustomerWithRut(let rut):
      return
        "No hay un cliente activo con RUT \(rut.formatted). Créelo con: crear cliente \"<nombre>\" rut \(rut.formatted)"
    case .noCustomerWithPhone(let phone):
      return "No hay un cliente con el teléfono \(phone). Búsquelo con: buscar cliente <texto>"
    case .alreadyInactive(let name):
      return "El cliente «\(name)» ya estaba desactivado."
    case .alreadyActive(let name):
      return "El cliente «\(name)» ya está activo."
    case .inactive(let name):
      return
        "El cliente «\(name)» está desactivado; actívelo con: activar cliente \(name)"
    case .ticketWithoutCustomer:
      return "El ticket no tiene cliente."
    case .priceTooHigh:
      return "Ese precio no sirve: debe estar entre $0 y $1.000.000.000.000."
    case .badListPercent:
      return
        "El descuento de una lista va de 0% a 100%, p. ej.: crear lista mayorista descuento 10%"
    case .listNameWithSpaces(let name):
      let joined = name.split(separator: " ").joined(separator: "-")
      return
        "El nombre de una lista es una sola palabra (se escribe sin comillas en «precio <lista>"
        + " <producto> <monto>»): «\(name)» tiene espacios. Use, por ejemplo, «\(joined)»."
    case .listPriceZero:
      return
        "Un precio de lista de $0 regalaría el producto: escriba el precio que se cobra en esa"
        + " lista, por ejemplo «precio mayorista pan 900»."
    case .rutRepeatedInFile(let rut, let line):
      return "el RUT \(rut.formatted) ya aparece en la línea \(line); cada cliente va una sola vez."
    case .nameRepeatedInFile(let name, let line):
      return
        "«\(name)» ya aparece sin RUT en la línea \(line): serían el mismo cliente. Si son dos"
        + " personas, ponga el RUT de cada una; si es la misma, deje una sola fila."
    case .ticketHasPayments:
      return
        "El ticket ya tiene pagos: cambiar el cliente cambiaría sus precios. Cancele los pagos (cancelar) o cobre primero."
    }
  }
}

extension CustomerMessages {
  static func listWithoutPrices(_ l: PriceListInfo) -> String {
    "La lista «\(l.name)» no tiene precios fijos: todos los productos van "
      + (l.percentOff.thousandths > 0
        ? "\(TextFormat.percent(l.percentOff)) menos que el catálogo."
        : "a precio de catálogo.")
  }

  static func listFooter(_ l: PriceListInfo) -> String {
    l.percentOff.thousandths > 0
      ? "Los demás productos: \(TextFormat.percent(l.percentOff)) menos que el catálogo."
      : "Los demás productos van a precio de catálogo."
  }
}

extension CustomerImportError: WordedError {
  func wording(currency: Currency) -> String {
    let reason = Messages.describe(problem, currency: currency)
    guard let column else { return "Línea \(line): \(reason) No se importó nada." }
    return Messages.csvValue(line: line, column: column, reason)
  }
}

extension CustomerMessages {
  static func imported(_ s: CustomerImportSummary) -> String {
    var text =
      "Clientes importados: \(s.created) nuevo\(s.created == 1 ? "" : "s"), \(s.updated) actualizado\(s.updated == 1 ? "" : "s")"
    if s.unchanged > 0 { text += ", \(s.unchanged) sin cambios" }
    return text + "."
  }

  static func exported(_ n: Int, path: String) -> String {
    (n == 1 ? "Exportado 1 cliente" : "Exportados \(n) clientes") + " a «\(path)»."
  }

  static func badKind(_ text: String) -> String {
    "«\(text)» no es un tipo de cliente: use persona o empresa."
  }

  static let csvNeedsName =
    "El archivo necesita una columna «nombre» (o «rut» para actualizar clientes). No se importó nada."
}
