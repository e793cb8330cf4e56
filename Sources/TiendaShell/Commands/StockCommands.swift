import TiendaCore

/// The stock ledger: adjust, shrinkage, movements, stock, low, expiring.
enum StockCommands {
  static let all: [CommandSpec] = [adjust, shrink, movements, stock, low, expiring]

  static let product = ProductCommands.product
  static let adjustment = RequiredParam<StockAdjustment>.positional(
    "ajuste", placeholder: "+n|-n|=n", help: "Cuánto sumar, restar o lo contado.")
  static let adjustReason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (llegó pedido, conteo…).")
  static let lost = RequiredParam<QuantityArg>.positional(
    "cantidad", placeholder: "<cantidad>", help: "Cuánto se perdió.")
  static let shrinkReason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué.")
  static let period = Param<Period>.positional(
    "periodo", placeholder: "<período>", help: "hoy, ayer, semana, mes, año o una fecha.")
  static let since = Param<Period>.option(
    "desde", placeholder: "<fecha> [hasta <fecha>]", help: "Sólo ese período.")
  static let anyProduct = Param<String>.positional(
    "producto", .name, placeholder: "<producto>", help: "SKU, código de barras o nombre.",
    completion: .products)
  static let days = Param<Int64>.option(
    "días", key: "dias", placeholder: "<n>", help: "Cuántos días mirar.")

  static let adjust = CommandSpec(
    "ajustar stock", group: .stock,
    summary: "Suma (+10), resta (-3) o fija lo contado (=25) en el stock de un producto.",
    details: "«=» registra un conteo con la diferencia. Cada ajuste queda como movimiento.",
    params: [product.spec, adjustment.spec, adjustReason.spec],
    examples: [
      "ajustar stock EMP01 +10 motivo \"llegó pedido\"", "ajustar stock tomate -500 g",
      "ajustar stock EMP01 =25",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let (adjusted, delta) = try call.shop.stock.adjustStock(
      try call[product], try call[adjustment], reason: call[adjustReason] ?? "")
    return .message(
      Messages.stockNow(
        adjusted.name, ProductParams.amount(adjusted.stock, adjusted.unit),
        change: ProductView.signed(delta)))
  }

  static let shrink = CommandSpec(
    "merma", group: .stock,
    summary: "Registra merma: producto vencido, roto o perdido que sale del stock.",
    params: [product.spec, lost.spec, shrinkReason.spec],
    examples: ["merma EMP01 2 motivo \"se quemaron\"", "merma tomate 300 g"],
    mutates: true, right: .editCatalog
  ) { call in
    let written = try call[lost]
    let shrunk = try call.shop.stock.recordShrinkage(
      try call[product], quantity: written.quantity, unit: written.unit,
      reason: call[shrinkReason] ?? "")
    return .message(
      Messages.stockNow(
        shrunk.name, ProductParams.amount(shrunk.stock, shrunk.unit), change: nil))
  }

  static let movements = CommandSpec(
    "movimientos", group: .stock,
    summary:
      "Muestra los movimientos de stock de un producto: cada entrada y salida, con su motivo.",
    params: [product.spec, period.spec, since.spec],
    examples: [
      "movimientos EMP01", "movimientos tomate hoy",
      "movimientos tomate desde 01-11-2026 hasta 15-11-2026",
    ],
    listing: true, access: .loggedIn
  ) { call in
    let found = try call.shop.catalog.findProduct(try call[product], includeDeleted: true)
    let moves = try call.shop.stock.movements(of: found.id, in: call[since] ?? call[period])
    return .table(CatalogTables.movements(moves, of: found.name))
  }

  static let stock = CommandSpec(
    "stock", group: .stock,
    summary: "El stock de un producto, o de todos si no se indica.",
    params: [anyProduct.spec],
    examples: ["stock", "stock EMP01"], listing: true, access: .anyone
  ) { call in
    let products: [Product]
    if let ref = call[anyProduct] {
      products = [try call.shop.catalog.findProduct(ref)]
    } else {
      // Kits, and services and open-price products without stock, keep none.
      products = try call.shop.catalog.products().filter { !$0.isKit && $0.tracksStock }
    }
    return .table(
      CatalogTables.stock(
        products, empty: Messages.noProducts,
        committed: try call.shop.orders.committedStock(products: products.map(\.id))))
  }

  static let low = CommandSpec(
    "stock bajo", group: .stock,
    summary: "Productos con stock igual o menor a su mínimo: lo que hay que reponer.",
    examples: ["stock bajo"], listing: true, access: .loggedIn
  ) { call in
    .table(CatalogTables.stock(try call.shop.stock.lowStock(), empty: Messages.noLowStock))
  }

  static let expiring = CommandSpec(
    "stock por vencer", group: .stock,
    summary:
      "Productos que vencen en los próximos días (7 si no se indica), incluidos los vencidos.",
    params: [days.spec],
    examples: ["stock por vencer", "stock por vencer días 3"], listing: true, access: .loggedIn
  ) { call in
    let window = Int(call[days] ?? 7)
    let today = call.shop.today
    let products = try call.shop.stock.expiring(withinDays: window)
    return .table(CatalogTables.expiring(products, today: today, window: window))
  }
}
