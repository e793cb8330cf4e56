import TiendaCore

/// Products: create, kits, edit, show, list, search, delete, reactivate.
enum ProductCommands {
  static let all: [CommandSpec] = [create, createKit, edit, show, list, search, delete, reactivate]

  /// A product named by SKU, barcode or name (also used by the stock commands).
  static let product = RequiredParam<String>.positional(
    "producto", .name, placeholder: "<producto>", help: "SKU, código de barras o nombre.",
    completion: .products)
  static let name = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "Nombre del producto.")
  static let kitName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "Nombre del kit.")
  static let components = Param<[KitComponentInput]>.option(
    "con", placeholder: "<cantidad> <producto>, …",
    help: "Los componentes y cuántos lleva cada kit.")
  static let category = Param<String>.option(
    "categoría", .name, key: "categoria", placeholder: "<categoría>",
    help: "Sólo esa categoría y sus subcategorías.", completion: .categories)
  static let deleted = FlagParam("borrados", help: "Los productos borrados, en vez de los activos.")
  static let text = RequiredParam<String>.positional(
    "texto", .name, placeholder: "<texto>", help: "Palabras o comienzos de palabras.")
  static let deletedSKU = RequiredParam<String>.positional(
    "producto", .text, placeholder: "<sku>", help: "SKU o código de barras.")

  static let create = CommandSpec(
    "crear producto", group: .catalog,
    summary: "Crea un producto con su precio, códigos, categoría, impuestos y stock inicial.",
    details:
      "Un producto se nombra después por su SKU, su código de barras o su nombre (basta el comienzo de cada palabra: «emp pino»). Los productos por kilo o litro (unidad kg|lt) aceptan cantidades con decimales y gramos («500 g»).",
    params: [name.spec] + ProductParams.createFields,
    examples: [
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 categoría empanadas stock 40",
      "crear producto Tomate precio 1.490 unidad kg stock 12,5 impuestos exento",
      "crear producto \"Cerveza Kunstmann 470\" precio $1.990 barras 7802100002020 impuestos iva, ila-cerveza",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let product = try call.shop.catalog.createProduct(
      try ProductParams.draft(call, name: try call[name]))
    return .message(
      Messages.productCreated(
        product.name, sku: product.sku,
        price: product.openPrice
          ? ScalesLabels.openPriceShort
          : TextFormat.money(product.price, call.shop.settings.currency)))
  }

  static let createKit = CommandSpec(
    "crear kit", group: .catalog,
    summary:
      "Crea un kit (combo): un producto sin stock propio que al venderse mueve sus componentes.",
    params: [kitName.spec, components.spec] + ProductParams.kitFields,
    examples: ["crear kit \"Combo once\" precio 3500 con 1 pan amasado, 1 té"],
    mutates: true, right: .editCatalog
  ) { call in
    guard let parts = call[components] else {
      throw ShellError(
        call.context.describe(CoreError.kitNeedsComponents), hint: Messages.usage(call.spec.usage))
    }
    let kit = try call.shop.catalog.createKit(
      try ProductParams.draft(call, name: try call[kitName]), components: parts)
    return .message(Messages.kitCreated(kit.name, sku: kit.sku, parts: parts.count))
  }

  static let edit = CommandSpec(
    "editar producto", group: .catalog,
    summary: "Cambia uno o más campos de un producto.",
    params: [product.spec] + ProductParams.editFields + [SellerCommands.productRate.spec],
    examples: [
      "editar producto EMP01 precio 2700", "editar producto tomate mínimo 5 vence nunca",
      "editar producto polera comisión 5%",
      "editar producto \"Cerveza Kunstmann 470\" barras ninguno categoría bebidas",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let query = try call[product]
    let change = ProductParams.change(call)
    // `comisión 5%` (issue 22): the product's own commission, alone.
    if let rate = call[SellerCommands.productRate] {
      return try SellerCommands.setProductCommission(call, query, rate, alone: change.isEmpty)
    }
    if call[ProductParams.editedStock] != nil || call[ProductParams.editedComponents] != nil
      || change.isEmpty
    {
      // Refusals that name the product: find it first, as the edit would.
      let found = try call.shop.catalog.findProduct(query)
      if call[ProductParams.editedStock] != nil {
        throw ShellError(Messages.stockNotEditable(found.sku))
      }
      if call[ProductParams.editedComponents] != nil {
        throw ShellError(Messages.componentsNotEditable)
      }
      throw ShellError(
        call.context.describe(CoreError.nothingToChange), hint: Messages.usage(call.spec.usage))
    }
    let (edited, changed) = try call.shop.catalog.editProduct(query, change)
    return .message(changed ? Messages.productEdited(edited.name) : Messages.unchanged(edited.name))
  }

  static let show = CommandSpec(
    "ver producto", group: .catalog,
    summary:
      "Muestra todo de un producto: precios, impuestos, costo, margen, stock y últimos movimientos.",
    params: [product.spec], examples: ["ver producto EMP01", "ver producto emp pino como json"],
    listing: true, access: .anyone
  ) { call in
    try ProductView.record(
      try call.shop.catalog.findProduct(try call[product], includeDeleted: true), call.shop)
  }

  static let list = CommandSpec(
    "listar productos", aliases: ["productos"], group: .catalog,
    summary: "Lista los productos (de una categoría y sus subcategorías, si se indica).",
    params: [category.spec, deleted.spec],
    examples: ["listar productos", "listar productos categoría bebidas como csv > bebidas.csv"],
    listing: true, access: .loggedIn
  ) { call in
    let products = try call.shop.catalog.products(
      category: call[category], inactive: call[deleted])
    let empty =
      call[category].map(Messages.noProductsInCategory)
      ?? (call[deleted] ? Messages.noDeletedProducts : Messages.noProducts)
    return .table(ProductView.table(products, call.shop, empty: empty))
  }

  static let search = CommandSpec(
    "buscar", group: .catalog,
    summary:
      "Busca productos por nombre, SKU, código de barras o descripción (sin importar tildes).",
    params: [text.spec],
    examples: ["buscar pino", "buscar pina", "buscar coca cola"], listing: true, access: .anyone
  ) { call in
    let limit = 50
    let typed = try call[text]
    let found = try call.shop.catalog.searchProducts(typed, limit: limit)
    var table = ProductView.table(found, call.shop, empty: Messages.nothingFound(typed))
    if found.count == limit { table.footer = [Messages.firstResults(limit)] }
    return .table(table)
  }

  static let delete = CommandSpec(
    "borrar producto", group: .catalog,
    summary: "Borra un producto: deja de venderse, pero su historia queda (se puede reactivar).",
    params: [product.spec], examples: ["borrar producto EMP01"], mutates: true,
    right: .editCatalog
  ) { call in
    let deleted = try call.shop.catalog.deleteProduct(try call[product])
    return .message(Messages.productDeleted(deleted.name, sku: deleted.sku))
  }

  static let reactivate = CommandSpec(
    "reactivar producto", group: .catalog,
    summary: "Vuelve a activar un producto borrado, nombrado por su SKU o código de barras.",
    params: [deletedSKU.spec], examples: ["reactivar producto EMP01"], mutates: true,
    right: .editCatalog
  ) { call in
    let product = try call.shop.catalog.reactivateProduct(try call[deletedSKU])
    return .message(Messages.productReactivated(product.name))
  }
}
