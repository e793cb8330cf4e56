import TiendaCore

/// How the catalog's listings look: categories, taxes, stock, stock
/// movements, what expires, the shopping list and a stock count. Headers in
/// `CatalogHeadings`; the keys are the CSV and JSON names.
enum CatalogTables {
  typealias H = CatalogHeadings

  static func categories(_ categories: [Category], hidden: Set<Int64>) -> Table {
    Table(
      columns: [
        Column(H.category, key: "nombre"), Column(H.parent, key: "padre"),
        Column(H.inPOS, key: "en_pos"), Column(H.description, key: "descripcion"),
      ],
      rows: categories.map { c in
        [
          .text(c.name), c.parentName.map(Cell.text) ?? .null, .bool(!hidden.contains(c.id)),
          .text(c.description),
        ]
      }, emptyMessage: Messages.noCategories)
  }

  /// `defaults`: the folded codes new products carry.
  static func taxes(_ taxes: [Tax], defaults: Set<String>) -> Table {
    Table(
      columns: [
        Column(H.code, key: "codigo"), Column(H.rate, key: "tasa", alignRight: true),
        Column(H.addsTo, key: "adicional_a"), Column(H.byDefault, key: "por_omision"),
        Column(H.description, key: "descripcion"),
      ],
      rows: taxes.map {
        [
          .text($0.code), .text(TextFormat.percent($0.rate)), $0.base.map(Cell.text) ?? .null,
          .bool(defaults.contains(fold($0.code))), .text($0.description),
        ]
      })
  }

  static func movements(_ moves: [StockMovement], of name: String) -> Table {
    Table(
      columns: [
        Column(H.number, key: "id", alignRight: true, priority: .low),
        Column(H.dateTime, key: "fecha"),
        Column(H.kind, key: "tipo"), Column(H.quantity, key: "cantidad", alignRight: true),
        Column(H.stock, key: "stock", alignRight: true), Column(H.reason, key: "motivo"),
        Column(H.user, key: "usuario"), Column(H.register, key: "caja", priority: .low),
      ],
      rows: moves.map {
        [
          .int($0.id), .instant($0.at), .text($0.kind.rawValue),
          .quantity($0.quantity, signed: true), .quantity($0.stockAfter, signed: false),
          .text($0.reason), .text($0.userName ?? Messages.ownerName), .text($0.registerName),
        ]
      }, emptyMessage: Messages.noMovements(name))
  }

  /// `stock`, `stock bajo`: each product's stock against its minimum.
  /// `committed`: units in open orders (issue 20); its columns show only
  /// when some product has any.
  static func stock(
    _ products: [Product], empty: String, committed: [Int64: Quantity] = [:]
  ) -> Table {
    let withOrders = !committed.isEmpty
    var columns = [
      Column(H.sku, key: "sku"), Column(H.product, key: "nombre", priority: .high),
      Column(H.stock, key: "stock", alignRight: true),
    ]
    if withOrders {
      columns += [
        Column(OrderMessages.committed, key: "comprometido", alignRight: true),
        Column(OrderMessages.available, key: "disponible", alignRight: true),
      ]
    }
    columns += [
      Column(H.minimum, key: "minimo", alignRight: true),
      Column(H.unit, key: "unidad"), Column(H.state, key: "estado"),
    ]
    return Table(
      columns: columns,
      rows: products.map { p in
        let low = p.minimum.map { p.stock <= $0 } ?? false
        var row: [Cell] = [
          .text(p.sku), .text(p.name),
          p.tracksStock ? .quantity(p.stock, signed: false) : .null,
        ]
        if withOrders {
          let held = committed[p.id] ?? Quantity(thousandths: 0)
          row += [
            .quantity(held, signed: false),
            p.tracksStock
              ? .quantity(
                Quantity(thousandths: p.stock.thousandths - held.thousandths), signed: true)
              : .null,
          ]
        }
        return row + [
          p.minimum.map { .quantity($0, signed: false) } ?? .null, .text(p.unit.rawValue),
          .text(p.stock.thousandths < 0 ? Messages.negative : (low ? Messages.low : "")),
        ]
      }, emptyMessage: empty)
  }

  /// `stock por vencer`: days left counted from `today`.
  static func expiring(_ products: [Product], today: LocalDate, window: Int) -> Table {
    Table(
      columns: [
        Column(H.sku, key: "sku"), Column(H.product, key: "nombre", priority: .high),
        Column(H.expires, key: "vence"), Column(H.days, key: "dias", alignRight: true),
        Column(H.stock, key: "stock", alignRight: true),
      ],
      rows: products.map { p in
        let left = (p.expires?.dayNumber ?? today.dayNumber) - today.dayNumber
        return [
          .text(p.sku), .text(p.name), p.expires.map(Cell.date) ?? .null,
          .int(Int64(left)), .quantity(p.stock, signed: false),
        ]
      }, emptyMessage: Messages.nothingExpiring(window))
  }

  /// `lista de compras`: up to twice the minimum (whole units for products
  /// sold by the unit), valued at cost, with the total under the table.
  static func shoppingList(_ products: [Product], currency: Currency) throws -> Table {
    var total = Money.zero
    let rows: [[Cell]] = try products.map { p in
      let minimum = p.minimum ?? Quantity(thousandths: 0)
      var buy = max(0, 2 * minimum.thousandths - p.stock.thousandths)
      if !p.unit.isWeighed { buy = (buy + 999) / 1000 * 1000 }
      let cost = try p.cost.map { Money(try Rounding.scaled($0.minorUnits, by: buy, over: 1000)) }
      total = try total.adding(cost ?? .zero)
      return [
        .text(p.sku), .text(p.name), .quantity(p.stock, signed: false),
        .quantity(minimum, signed: false), .quantity(Quantity(thousandths: buy), signed: false),
        .text(p.unit.rawValue), p.cost.map(Cell.money) ?? .null, cost.map(Cell.money) ?? .null,
      ]
    }
    var table = Table(
      columns: [
        Column(H.sku, key: "sku"), Column(H.product, key: "nombre", priority: .high),
        Column(H.stock, key: "stock", alignRight: true),
        Column(H.minimum, key: "minimo", alignRight: true),
        Column(H.toBuy, key: "a_comprar", alignRight: true), Column(H.unit, key: "unidad"),
        Column(H.cost, key: "costo", alignRight: true),
        Column(H.totalCost, key: "costo_total", alignRight: true),
      ], rows: rows, emptyMessage: Messages.noLowStock)
    if !rows.isEmpty {
      table.footer = [Messages.shoppingFooter(rows.count, TextFormat.money(total, currency))]
    }
    return table
  }

  /// `importar conteo`: each counted product's difference, valued at cost.
  static func count(_ results: [CountResult], currency: Currency) -> Table {
    let total = results.compactMap(\.value).reduce(Money.zero, +)
    var table = Table(
      columns: [
        Column(H.sku, key: "sku"), Column(H.product, key: "nombre", priority: .high),
        Column(H.before, key: "antes", alignRight: true),
        Column(H.counted, key: "contado", alignRight: true),
        Column(H.difference, key: "diferencia", alignRight: true),
        Column(H.value, key: "valor", alignRight: true),
      ],
      rows: results.map {
        [
          .text($0.sku), .text($0.name), .quantity($0.before, signed: false),
          .quantity($0.counted, signed: false), .quantity($0.difference, signed: true),
          $0.value.map(Cell.money) ?? .null,
        ]
      })
    table.footer = [Messages.countFooter(results.count, TextFormat.money(total, currency))]
    return table
  }
}
