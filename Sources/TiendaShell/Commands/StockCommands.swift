import TiendaCore

/// The stock ledger: adjust, shrinkage, movements, stock, low, expiring.
enum StockCommands {
  static let all: [CommandSpec] = [adjust, shrink, movements, stock, low, expiring]

  static let adjust = CommandSpec(
    "ajustar stock", group: .stock,
    summary: "Suma (+10), resta (-3) o fija lo contado (=25) en el stock de un producto.",
    details: "«=» registra un conteo con la diferencia. Cada ajuste queda como movimiento.",
    params: [
      ProductCommands.productRef,
      .positional(
        "ajuste", .adjustment, placeholder: "+n|-n|=n", help: "Cuánto sumar, restar o lo contado."),
      .option("motivo", .name, placeholder: "\"…\"", help: "Por qué (llegó pedido, conteo…)."),
    ],
    examples: [
      "ajustar stock EMP01 +10 motivo \"llegó pedido\"", "ajustar stock tomate -500 g",
      "ajustar stock EMP01 =25",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    guard case .adjustment(let adjustment)? = call.arguments["ajuste"] else {
      throw ShellError(Messages.badAdjustment(""), hint: Messages.usage(call.spec.usage))
    }
    let (product, delta) = try call.shop.stock.adjustStock(
      call.text("producto")!, adjustment, reason: call.text("motivo") ?? "")
    return .message(
      Messages.stockNow(
        product.name, ProductParams.amount(product.stock, product.unit),
        change: ProductView.signed(delta)))
  }

  static let shrink = CommandSpec(
    "merma", group: .stock,
    summary: "Registra merma: producto vencido, roto o perdido que sale del stock.",
    params: [
      ProductCommands.productRef,
      .positional("cantidad", .quantity, placeholder: "<cantidad>", help: "Cuánto se perdió."),
      .option("motivo", .name, placeholder: "\"…\"", help: "Por qué."),
    ],
    examples: ["merma EMP01 2 motivo \"se quemaron\"", "merma tomate 300 g"],
    mutates: true, right: .editCatalog
  ) { call in
    guard let (q, unit) = call.quantity("cantidad") else {
      throw ShellError(Messages.usage(call.spec.usage))
    }
    let product = try call.shop.stock.recordShrinkage(
      call.text("producto")!, quantity: q, unit: unit, reason: call.text("motivo") ?? "")
    return .message(
      Messages.stockNow(
        product.name, ProductParams.amount(product.stock, product.unit), change: nil))
  }

  static let movements = CommandSpec(
    "movimientos", group: .stock,
    summary:
      "Muestra los movimientos de stock de un producto: cada entrada y salida, con su motivo.",
    params: [
      ProductCommands.productRef,
      .positional(
        "periodo", .period, required: false, placeholder: "<período>",
        help: "hoy, ayer, semana, mes, año o una fecha."),
      .option(
        "desde", .period, placeholder: "<fecha> [hasta <fecha>]", help: "Sólo ese período."),
    ],
    examples: [
      "movimientos EMP01", "movimientos tomate hoy",
      "movimientos tomate desde 01-11-2026 hasta 15-11-2026",
    ],
    listing: true, access: .loggedIn
  ) { call in
    let product = try call.shop.catalog.findProduct(call.text("producto")!, includeDeleted: true)
    let moves = try call.shop.stock.movements(
      of: product.id, in: call.period("desde") ?? call.period("periodo"))
    return .table(
      Table(
        columns: [
          Column("N°", key: "id", alignRight: true, priority: .low),
          Column("Fecha y hora", key: "fecha"),
          Column("Tipo", key: "tipo"), Column("Cantidad", key: "cantidad", alignRight: true),
          Column("Stock", key: "stock", alignRight: true), Column("Motivo", key: "motivo"),
          Column("Usuario", key: "usuario"), Column("Caja", key: "caja", priority: .low),
        ],
        rows: moves.map {
          [
            .int($0.id), .instant($0.at), .text($0.kind.rawValue),
            .quantity($0.quantity, signed: true), .quantity($0.stockAfter, signed: false),
            .text($0.reason), .text($0.userName ?? Messages.ownerName), .text($0.registerName),
          ]
        }, emptyMessage: Messages.noMovements(product.name)))
  }

  static let stock = CommandSpec(
    "stock", group: .stock,
    summary: "El stock de un producto, o de todos si no se indica.",
    params: [
      .positional(
        "producto", .name, required: false, placeholder: "<producto>",
        help: "SKU, código de barras o nombre.", completion: .products)
    ],
    examples: ["stock", "stock EMP01"], listing: true, access: .anyone
  ) { call in
    let products: [Product]
    if let ref = call.text("producto") {
      products = [try call.shop.catalog.findProduct(ref)]
    } else {
      products = try call.shop.catalog.products().filter { !$0.isKit }
    }
    return .table(stockTable(products, empty: Messages.noProducts))
  }

  static let low = CommandSpec(
    "stock bajo", group: .stock,
    summary: "Productos con stock igual o menor a su mínimo: lo que hay que reponer.",
    examples: ["stock bajo"], listing: true, access: .loggedIn
  ) { call in
    .table(stockTable(try call.shop.stock.lowStock(), empty: Messages.noLowStock))
  }

  static let expiring = CommandSpec(
    "stock por vencer", group: .stock,
    summary:
      "Productos que vencen en los próximos días (7 si no se indica), incluidos los vencidos.",
    params: [
      .option("días", .integer, key: "dias", placeholder: "<n>", help: "Cuántos días mirar.")
    ],
    examples: ["stock por vencer", "stock por vencer días 3"], listing: true, access: .loggedIn
  ) { call in
    let days = Int(call.integer("dias") ?? 7)
    let today = call.shop.today
    let products = try call.shop.stock.expiring(withinDays: days)
    return .table(
      Table(
        columns: [
          Column("SKU", key: "sku"), Column("Producto", key: "nombre", priority: .high),
          Column("Vence", key: "vence"), Column("Días", key: "dias", alignRight: true),
          Column("Stock", key: "stock", alignRight: true),
        ],
        rows: products.map { p in
          let left = (p.expires?.dayNumber ?? today.dayNumber) - today.dayNumber
          return [
            .text(p.sku), .text(p.name), p.expires.map(Cell.date) ?? .null,
            .int(Int64(left)), .quantity(p.stock, signed: false),
          ]
        }, emptyMessage: Messages.nothingExpiring(days)))
  }

  static func stockTable(_ products: [Product], empty: String) -> Table {
    Table(
      columns: [
        Column("SKU", key: "sku"), Column("Producto", key: "nombre", priority: .high),
        Column("Stock", key: "stock", alignRight: true),
        Column("Mínimo", key: "minimo", alignRight: true),
        Column("Unidad", key: "unidad"), Column("Estado", key: "estado"),
      ],
      rows: products.map { p in
        let low = p.minimum.map { p.stock <= $0 } ?? false
        return [
          .text(p.sku), .text(p.name), .quantity(p.stock, signed: false),
          p.minimum.map { .quantity($0, signed: false) } ?? .null, .text(p.unit.rawValue),
          .text(p.stock.thousandths < 0 ? Messages.negative : (low ? Messages.low : "")),
        ]
      }, emptyMessage: empty)
  }
}
