import TiendaCore

/// Customers (issue 16): `crear cliente`, `editar cliente`, `ver cliente`,
/// `listar clientes`, `buscar cliente`, `desactivar cliente`, `activar
/// cliente`; and on the open ticket `cliente <cliente>`, `sin cliente`.
enum CustomerCommands {
  static let all: [CommandSpec] = [
    create, edit, show, list, search, deactivate, activate, setOnTicket, clearFromTicket,
  ]

  static let newName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "\"<nombre>\"", help: "Nombre y apellido, o razón social.")
  static let customer = RequiredParam<String>.positional(
    "cliente", .name, placeholder: "<cliente>", help: "Nombre, RUT o teléfono del cliente.",
    completion: .customers)
  static let rut = Param<Rut>.option(
    "rut", placeholder: "<rut>", help: "RUT con dígito verificador (12.345.678-5).")
  static let phone = Param<String>.option(
    "teléfono", .text, key: "telefono", placeholder: "<teléfono>", help: "Teléfono.")
  static let email = Param<String>.option(
    "correo", .text, placeholder: "<correo>", help: "Correo electrónico.")
  static let address = Param<String>.option(
    "dirección", .name, key: "direccion", placeholder: "\"…\"", help: "Dirección.")
  static let group = Param<String>.option(
    "grupo", .name, placeholder: "<grupo>", help: "Grupo del cliente (vecinos, mayoristas).",
    completion: .customerGroups)
  static let limit = Param<Money>.option(
    "límite", key: "limite", placeholder: "<monto>",
    help: "Límite de fiado propio; sin él, el del grupo (0: sin crédito).")
  static let priceList = Param<String>.option(
    "lista", .name, placeholder: "<lista>",
    help: "Lista de precios propia; sin ella, la del grupo.",
    completion: .priceLists)
  static let note = Param<String>.option("nota", .name, placeholder: "\"…\"", help: "Texto libre.")
  static let kind = Param<CustomerKind>.option(
    "tipo", placeholder: "persona|empresa",
    help: "Por omisión, empresa si el RUT es de 50.000.000 o más.")

  static let create = CommandSpec(
    "crear cliente", group: .customers,
    summary: "Agrega un cliente: persona o empresa, con RUT, grupo, límite de fiado y lista.",
    details: """
      El RUT se valida (módulo 11, con o sin puntos, K o k) y un RUT activo es de un solo
      cliente, salvo el consumidor final 66.666.666-6. Sin límite ni lista propios, el cliente
      toma los de su grupo.
      """,
    params: [
      newName.spec, rut.spec, phone.spec, email.spec, address.spec, group.spec, limit.spec,
      priceList.spec, note.spec, kind.spec,
    ],
    examples: [
      "crear cliente \"Juan Pérez\" rut 12.345.678-5 teléfono 912345678 grupo vecinos",
      "crear cliente \"Almacén Don Tito\" rut 76.543.210-3 lista mayorista límite 300000",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let draft = CustomerDraft(
      name: try call[newName], rut: call[rut], phone: call[phone] ?? "",
      email: call[email] ?? "", address: call[address] ?? "", group: call[group],
      creditLimit: call[limit], priceList: call[priceList], note: call[note] ?? "",
      kind: call[kind])
    let created = try call.shop.customers.create(draft)
    return .message(CustomerMessages.created(created, call.shop.settings.currency))
  }

  static let rename = Param<String>.option(
    "nombre", .name, placeholder: "\"…\"", help: "Nombre nuevo.")
  static let newRut = ClearableParam<Rut>.option(
    "rut", placeholder: "<rut>|ninguno", help: "RUT nuevo; «ninguno» lo quita.",
    noneWord: "ninguno")
  static let newGroup = ClearableParam<String>.option(
    "grupo", .name, placeholder: "<grupo>|ninguno", help: "Grupo; «ninguno» lo saca del grupo.",
    completion: .customerGroups, noneWord: "ninguno")
  static let newLimit = ClearableParam<Money>.option(
    "límite", key: "limite", placeholder: "<monto>|grupo",
    help: "Límite de fiado propio; «grupo»: el de su grupo.", noneWord: "grupo")
  static let newList = ClearableParam<String>.option(
    "lista", .name, placeholder: "<lista>|grupo", help: "Lista propia; «grupo»: la de su grupo.",
    completion: .priceLists, noneWord: "grupo")

  static let edit = CommandSpec(
    "editar cliente", group: .customers,
    summary: "Cambia datos de un cliente: nombre, RUT, teléfono, grupo, límite, lista…",
    details: "Cada cambio queda en la bitácora con el valor anterior.",
    params: [
      customer.spec, rename.spec, newRut.spec, phone.spec, email.spec, address.spec,
      newGroup.spec, newLimit.spec, newList.spec, note.spec, kind.spec,
    ],
    examples: [
      "editar cliente juan teléfono 987654321", "editar cliente 12.345.678-5 límite 200000",
      "editar cliente juan lista grupo",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    var changes = CustomerChanges()
    changes.name = call[rename]
    changes.rut = fieldChange(call[newRut])
    changes.phone = call[phone]
    changes.email = call[email]
    changes.address = call[address]
    changes.group = fieldChange(call[newGroup])
    changes.creditLimit = fieldChange(call[newLimit])
    changes.priceList = fieldChange(call[newList])
    changes.note = call[note]
    changes.kind = call[kind]
    let edited = try call.shop.customers.edit(try call[customer], changes)
    return .message(CustomerMessages.edited(edited.after))
  }

  static func fieldChange<T>(_ value: Clearable<T>) -> FieldChange<T> {
    switch value {
    case .notGiven: return .keep
    case .cleared: return .clear
    case .value(let v): return .set(v)
    }
  }

  static let show = CommandSpec(
    "ver cliente", group: .customers,
    summary: "Muestra un cliente: RUT, contacto, grupo, límite de fiado y lista de precios.",
    params: [customer.spec], examples: ["ver cliente juan", "ver cliente 12.345.678-5"],
    listing: true, access: .loggedIn
  ) { call in
    let info = try call.shop.customers.show(try call[customer])
    return .record(
      CustomerTables.customer(
        info,
        account: CustomerAccountView.recordFields(info, shop: call.shop)
          + PointsTables.recordFields(info, shop: call.shop)))
  }

  static let groupFilter = Param<String>.option(
    "grupo", .name, placeholder: "<grupo>", help: "Sólo los clientes de un grupo.",
    completion: .customerGroups)
  static let inactiveToo = FlagParam("todos", help: "Incluye los desactivados.")

  static let list = CommandSpec(
    "listar clientes", aliases: ["clientes"], group: .customers,
    summary: "Lista los clientes: RUT, teléfono, grupo, lista y límite de fiado.",
    params: [groupFilter.spec, inactiveToo.spec],
    examples: ["listar clientes", "listar clientes grupo vecinos", "listar clientes como csv"],
    listing: true, access: .loggedIn
  ) { call in
    let found = try call.shop.customers.list(
      group: call[groupFilter], includeInactive: call[inactiveToo])
    return .table(CustomerTables.customers(found, empty: CustomerMessages.noCustomers))
  }

  static let searchText = RequiredParam<String>.positional(
    "texto", .name, placeholder: "<texto>", help: "Parte del nombre, RUT, teléfono o correo.")

  static let search = CommandSpec(
    "buscar cliente", group: .customers,
    summary: "Busca clientes por parte del nombre, RUT, teléfono, correo o nota.",
    params: [searchText.spec], examples: ["buscar cliente pérez", "buscar cliente 9123"],
    listing: true, access: .loggedIn
  ) { call in
    let text = try call[searchText]
    return .table(
      CustomerTables.customers(
        try call.shop.customers.search(text), empty: CustomerMessages.noneFound(text)))
  }

  static let deactivate = CommandSpec(
    "desactivar cliente", group: .customers,
    summary: "Desactiva un cliente: no se le puede vender; sus ventas guardan su nombre.",
    params: [customer.spec], examples: ["desactivar cliente juan"], mutates: true,
    right: .editCatalog
  ) { call in
    var changes = CustomerChanges()
    changes.active = false
    let edited = try call.shop.customers.edit(try call[customer], changes)
    return .message(CustomerMessages.deactivated(edited.after))
  }

  static let activate = CommandSpec(
    "activar cliente", group: .customers, summary: "Vuelve a activar un cliente desactivado.",
    params: [customer.spec], examples: ["activar cliente juan"], mutates: true,
    right: .editCatalog
  ) { call in
    var changes = CustomerChanges()
    changes.active = true
    let edited = try call.shop.customers.edit(try call[customer], changes)
    return .message(CustomerMessages.activated(edited.after))
  }

  static let setOnTicket = CommandSpec(
    "cliente", group: .sale,
    summary: "Pone el cliente en el ticket abierto: su lista de precios vale para las líneas.",
    details: """
      El cliente se nombra por su nombre, RUT o teléfono. Las líneas con precio propio («a 500»,
      precio abierto, balanza, importe) lo conservan; las demás toman el precio de la lista.
      «sin cliente» lo quita y vuelven los precios de catálogo.
      """,
    params: [customer.spec], examples: ["cliente juan", "cliente 12.345.678-5"],
    mutates: true, right: .sell
  ) { call in
    let (ticket, info) = try call.shop.tickets.setCustomer(try call[customer])
    let view = TicketView(call.shop.settings.currency)
    return .lines(
      CustomerMessages.setOnTicket(
        info, ticket, account: CustomerAccountView.ticketLines(info, shop: call.shop))
        + view.breakdown(ticket, showCustomer: false))
  }

  static let clearFromTicket = CommandSpec(
    "sin cliente", group: .sale, summary: "Quita el cliente del ticket abierto.",
    examples: ["sin cliente"], mutates: true, right: .sell
  ) { call in
    let ticket = try call.shop.tickets.clearCustomer()
    return .lines(
      [CustomerMessages.customerCleared]
        + TicketView(call.shop.settings.currency).breakdown(ticket))
  }
}

/// `tipo persona|empresa`.
extension CustomerKind: ParamValue {
  public static var paramKind: ParamKind { .choice(allCases.map(\.rawValue)) }
  public static func paramValue(_ argument: ArgValue) -> CustomerKind? {
    String.paramValue(argument).flatMap(CustomerKind.init(rawValue:))
  }
}
