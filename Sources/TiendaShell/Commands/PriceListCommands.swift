import TiendaCore

/// Groups of customers and price lists (issue 16, DESIGN §8.7): `crear
/// grupo`, `editar grupo`, `listar grupos`, `crear lista`, `editar lista`,
/// `listar listas`, `ver lista`, `precio <lista> <producto> <monto>`.
enum PriceListCommands {
  static let all: [CommandSpec] = [
    createGroup, editGroup, listGroups, createList, editList, listLists, showList, setPrice,
  ]

  static let groupName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<grupo>", help: "Nombre del grupo (vecinos, mayoristas).")
  static let existingGroup = RequiredParam<String>.positional(
    "grupo", .name, placeholder: "<grupo>", help: "El grupo.", completion: .customerGroups)
  static let limit = Param<Money>.option(
    "límite", key: "limite", placeholder: "<monto>",
    help: "Límite de fiado de sus clientes (0: sin crédito).")
  static let list = Param<String>.option(
    "lista", .name, placeholder: "<lista>", help: "Lista de precios de sus clientes.",
    completion: .priceLists)
  static let newList = ClearableParam<String>.option(
    "lista", .name, placeholder: "<lista>|ninguna", help: "Lista de precios; «ninguna» la quita.",
    completion: .priceLists, noneWord: "ninguna")

  static let createGroup = CommandSpec(
    "crear grupo", group: .customers,
    summary: "Agrega un grupo de clientes con su límite de fiado y su lista de precios.",
    details: "Un cliente sin límite ni lista propios toma los de su grupo.",
    params: [groupName.spec, limit.spec, list.spec],
    examples: ["crear grupo vecinos límite 100000", "crear grupo mayoristas lista mayorista"],
    mutates: true, right: .editCatalog
  ) { call in
    let group = try call.shop.customerGroups.create(
      name: try call[groupName], creditLimit: call[limit], priceList: call[list])
    return .message(CustomerMessages.groupCreated(group, call.shop.settings.currency))
  }

  static let editGroup = CommandSpec(
    "editar grupo", group: .customers, summary: "Cambia el límite de fiado o la lista de un grupo.",
    params: [existingGroup.spec, limit.spec, newList.spec],
    examples: ["editar grupo vecinos límite 150000", "editar grupo vecinos lista ninguna"],
    mutates: true, right: .editCatalog
  ) { call in
    let group = try call.shop.customerGroups.edit(
      try call[existingGroup], creditLimit: call[limit],
      priceList: CustomerCommands.fieldChange(call[newList]))
    return .message(CustomerMessages.groupEdited(group, call.shop.settings.currency))
  }

  static let listGroups = CommandSpec(
    "listar grupos", aliases: ["grupos"], group: .customers,
    summary: "Lista los grupos de clientes: límite de fiado, lista y cuántos clientes tienen.",
    examples: ["listar grupos", "listar grupos como csv"], listing: true, access: .loggedIn
  ) { call in
    .table(CustomerTables.groups(try call.shop.customerGroups.list()))
  }

  static let listName = RequiredParam<String>.positional(
    "nombre", .text, placeholder: "<lista>", help: "Una palabra (mayorista, vecinos).")
  static let existingList = RequiredParam<String>.positional(
    "lista", .text, placeholder: "<lista>", help: "La lista de precios.", completion: .priceLists)
  static let percentOff = Param<Percent>.option(
    "descuento", placeholder: "<n>%",
    help: "Cuánto menos que el catálogo, para los productos sin precio fijo.")
  static let requiredPercent = RequiredParam<Percent>.option(
    "descuento", placeholder: "<n>%", help: "El descuento nuevo.")

  static let createList = CommandSpec(
    "crear lista", group: .customers,
    summary: "Agrega una lista de precios: un % menos que el catálogo y/o precios fijos.",
    details: """
      Los precios fijos se ponen con «precio <lista> <producto> <monto>». Con el cliente en el
      ticket, cada línea sin precio propio toma el precio fijo de su producto o, si no tiene,
      el de catálogo menos el descuento de la lista (redondeado a $1, la mitad hacia arriba).
      """,
    params: [listName.spec, percentOff.spec],
    examples: ["crear lista mayorista descuento 10%", "crear lista vecinos"],
    mutates: true, right: .editCatalog
  ) { call in
    let list = try call.shop.priceLists.create(
      name: try call[listName], percentOff: call[percentOff])
    return .message(CustomerMessages.listCreated(list))
  }

  static let editList = CommandSpec(
    "editar lista", group: .customers, summary: "Cambia el descuento de una lista de precios.",
    params: [existingList.spec, requiredPercent.spec],
    examples: ["editar lista mayorista descuento 12%"], mutates: true, right: .editCatalog
  ) { call in
    let list = try call.shop.priceLists.edit(
      try call[existingList], percentOff: try call[requiredPercent])
    return .message(CustomerMessages.listEdited(list))
  }

  static let listLists = CommandSpec(
    "listar listas", aliases: ["listas"], group: .customers,
    summary: "Lista las listas de precios: descuento, precios fijos, clientes y grupos.",
    examples: ["listar listas", "listar listas como json"], listing: true, access: .loggedIn
  ) { call in
    .table(CustomerTables.lists(try call.shop.priceLists.list()))
  }

  static let showList = CommandSpec(
    "ver lista", group: .customers,
    summary: "Muestra los precios fijos de una lista junto al precio de catálogo.",
    params: [existingList.spec], examples: ["ver lista mayorista"], listing: true,
    access: .loggedIn
  ) { call in
    .table(CustomerTables.listDetail(try call.shop.priceLists.detail(try call[existingList])))
  }

  static let product = RequiredParam<String>.positional(
    "producto", .name, placeholder: "<producto>", help: "El producto.", completion: .products)
  static let price = RequiredParam<Money>.positional(
    "monto", placeholder: "<monto>", help: "Su precio en la lista.")

  static let setPrice = CommandSpec(
    "precio", group: .customers,
    summary: "Fija el precio de un producto en una lista de precios.",
    params: [existingList.spec, product.spec, price.spec],
    examples: ["precio mayorista pan amasado 2200"], mutates: true, right: .editCatalog
  ) { call in
    let set = try call.shop.priceLists.setPrice(
      list: try call[existingList], product: try call[product], price: try call[price])
    return .message(
      CustomerMessages.listPriceSet(
        list: set.list.name, product: set.product, price: try call[price],
        catalog: set.catalogPrice, call.shop.settings.currency))
  }
}
