import TiendaCore

/// Products: create, kits, edit, show, list, search, delete, reactivate.
enum ProductCommands {
  static let all: [CommandSpec] = [create, createKit, edit, show, list, search, delete, reactivate]

  static let productRef = ParamSpec.positional(
    "producto", .name, placeholder: "<producto>", help: "SKU, código de barras o nombre.",
    completion: .products)

  static let create = CommandSpec(
    "crear producto", group: .catalog,
    summary: "Crea un producto con su precio, códigos, categoría, impuestos y stock inicial.",
    details:
      "Un producto se nombra después por su SKU, su código de barras o su nombre (basta el comienzo de cada palabra: «emp pino»). Los productos por kilo o litro (unidad kg|lt) aceptan cantidades con decimales y gramos («500 g»).",
    params: [.positional("nombre", .name, placeholder: "<nombre>", help: "Nombre del producto.")]
      + ProductParams.fields(editing: false),
    examples: [
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 categoría empanadas stock 40",
      "crear producto Tomate precio 1.490 unidad kg stock 12,5 impuestos exento",
      "crear producto \"Cerveza Kunstmann 470\" precio $1.990 barras 7802100002020 impuestos iva, ila-cerveza",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let product = try call.shop.catalog.createProduct(
      try ProductParams.draft(call, name: call.text("nombre")!))
    return .message(
      Messages.productCreated(
        product.name, sku: product.sku,
        price: TextFormat.money(product.price, call.shop.settings.currency)))
  }

  static let createKit = CommandSpec(
    "crear kit", group: .catalog,
    summary:
      "Crea un kit (combo): un producto sin stock propio que al venderse mueve sus componentes.",
    params: [.positional("nombre", .name, placeholder: "<nombre>", help: "Nombre del kit.")]
      + [
        .option(
          "con", .components, placeholder: "<cantidad> <producto>, …",
          help: "Los componentes y cuántos lleva cada kit.")
      ] + ProductParams.fields(editing: false, kit: true),
    examples: ["crear kit \"Combo once\" precio 3500 con 1 pan amasado, 1 té"],
    mutates: true, right: .editCatalog
  ) { call in
    guard case .components(let parts)? = call.arguments["con"] else {
      throw ShellError(
        call.context.describe(CoreError.kitNeedsComponents), hint: Messages.usage(call.spec.usage))
    }
    let kit = try call.shop.catalog.createKit(
      try ProductParams.draft(call, name: call.text("nombre")!), components: parts)
    return .message(Messages.kitCreated(kit.name, sku: kit.sku, parts: parts.count))
  }

  static let edit = CommandSpec(
    "editar producto", group: .catalog,
    summary: "Cambia uno o más campos de un producto.",
    params: [productRef] + ProductParams.fields(editing: true),
    examples: [
      "editar producto EMP01 precio 2700", "editar producto tomate mínimo 5 vence nunca",
      "editar producto \"Cerveza Kunstmann 470\" barras ninguno categoría bebidas",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let product = try call.shop.catalog.findProduct(call.text("producto")!)
    let change = try ProductParams.change(call, product: product)
    if change.isEmpty {
      throw ShellError(
        call.context.describe(CoreError.nothingToChange), hint: Messages.usage(call.spec.usage))
    }
    let (edited, changed) = try call.shop.catalog.editProduct(product.sku, change)
    return .message(changed ? Messages.productEdited(edited.name) : Messages.unchanged(edited.name))
  }

  static let show = CommandSpec(
    "ver producto", group: .catalog,
    summary:
      "Muestra todo de un producto: precios, impuestos, costo, margen, stock y últimos movimientos.",
    params: [productRef], examples: ["ver producto EMP01", "ver producto emp pino como json"],
    listing: true, access: .anyone
  ) { call in
    try ProductView.record(
      try call.shop.catalog.findProduct(call.text("producto")!, includeDeleted: true), call.shop)
  }

  static let list = CommandSpec(
    "listar productos", aliases: ["productos"], group: .catalog,
    summary: "Lista los productos (de una categoría y sus subcategorías, si se indica).",
    params: [
      .option(
        "categoría", .name, key: "categoria", placeholder: "<categoría>",
        help: "Sólo esa categoría y sus subcategorías.", completion: .categories),
      .option(
        "borrados", .flag, placeholder: "", help: "Los productos borrados, en vez de los activos."),
    ],
    examples: ["listar productos", "listar productos categoría bebidas como csv > bebidas.csv"],
    listing: true, access: .loggedIn
  ) { call in
    let products = try call.shop.catalog.products(
      category: call.text("categoria"), inactive: call.isFlagSet("borrados"))
    let empty =
      call.text("categoria").map(Messages.noProductsInCategory)
      ?? (call.isFlagSet("borrados") ? Messages.noDeletedProducts : Messages.noProducts)
    return .table(ProductView.table(products, call.shop, empty: empty))
  }

  static let search = CommandSpec(
    "buscar", group: .catalog,
    summary:
      "Busca productos por nombre, SKU, código de barras o descripción (sin importar tildes).",
    params: [
      .positional("texto", .name, placeholder: "<texto>", help: "Palabras o comienzos de palabras.")
    ],
    examples: ["buscar pino", "buscar pina", "buscar coca cola"], listing: true, access: .anyone
  ) { call in
    let limit = 50
    let found = try call.shop.catalog.searchProducts(call.text("texto")!, limit: limit)
    var table = ProductView.table(
      found, call.shop, empty: Messages.nothingFound(call.text("texto")!))
    if found.count == limit { table.footer = [Messages.firstResults(limit)] }
    return .table(table)
  }

  static let delete = CommandSpec(
    "borrar producto", group: .catalog,
    summary: "Borra un producto: deja de venderse, pero su historia queda (se puede reactivar).",
    params: [productRef], examples: ["borrar producto EMP01"], mutates: true, right: .editCatalog
  ) { call in
    let product = try call.shop.catalog.deleteProduct(call.text("producto")!)
    return .message(Messages.productDeleted(product.name, sku: product.sku))
  }

  static let reactivate = CommandSpec(
    "reactivar producto", group: .catalog,
    summary: "Vuelve a activar un producto borrado, nombrado por su SKU o código de barras.",
    params: [.positional("producto", .text, placeholder: "<sku>", help: "SKU o código de barras.")],
    examples: ["reactivar producto EMP01"], mutates: true, right: .editCatalog
  ) { call in
    let product = try call.shop.catalog.reactivateProduct(call.text("producto")!)
    return .message(Messages.productReactivated(product.name))
  }
}
