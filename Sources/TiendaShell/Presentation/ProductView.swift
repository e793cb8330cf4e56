import TiendaCore

/// How products look in tables and in `ver producto`.
enum ProductView {
  static func table(_ products: [Product], _ shop: Shop, empty: String) -> Table {
    // Variants (issue 22) carry their parent: a column only when some do.
    guard products.contains(where: { $0.parentName != nil }) else {
      return plainTable(products, shop, empty: empty)
    }
    var table = plainTable(products, shop, empty: empty)
    var columns = table.columns
    columns.insert(Column(CatalogHeadings.parent, key: "padre", priority: .low), at: 2)
    var rows = table.rows
    for i in rows.indices {
      rows[i].insert(products[i].parentName.map(Cell.text) ?? .null, at: 2)
    }
    table = Table(columns: columns, rows: rows, emptyMessage: empty)
    return table
  }

  static func plainTable(_ products: [Product], _ shop: Shop, empty: String) -> Table {
    Table(
      columns: [
        Column(CatalogHeadings.sku, key: "sku"),
        Column(CatalogHeadings.product, key: "nombre", priority: .high),
        Column(CatalogHeadings.category, key: "categoria"),
        Column(CatalogHeadings.price, key: "precio", alignRight: true),
        Column(CatalogHeadings.stock, key: "stock", alignRight: true),
        Column(CatalogHeadings.unit, key: "unidad"),
      ],
      rows: products.map { p in
        [
          .text(p.sku), .text(p.name), p.categoryName.map(Cell.text) ?? .null, .money(p.price),
          p.isKit || !p.tracksStock ? .null : .quantity(p.stock, signed: false),
          .text(p.isKit ? ProductLabels.kitUnit : p.unit.rawValue),
        ]
      }, emptyMessage: empty)
  }

  static func record(_ p: Product, _ shop: Shop) throws -> CommandResult {
    let breakdown = p.breakdown
    var fields: [(String, String, Cell)] = [
      (ProductLabels.product, "nombre", .text(p.name)), (ProductLabels.sku, "sku", .text(p.sku)),
      (ProductLabels.barcode, "barras", p.barcode.map(Cell.text) ?? .null),
    ]
    fields +=
      ScalesLabels.fields(p) + [
        (ProductLabels.category, "categoria", p.categoryName.map(Cell.text) ?? .null),
        (ProductLabels.unit, "unidad", .text(p.isKit ? ProductLabels.kitUnit : p.unit.rawValue)),
        (ProductLabels.price, "precio", p.openPrice ? .null : .money(p.price)),
        (ProductLabels.priceIncludesTaxes, "precio_con_impuestos", .bool(p.priceIncludesTaxes)),
        (ProductLabels.net, "neto", .money(breakdown.net)),
      ]
    for tax in breakdown.taxes {
      let rate = p.taxes.first { $0.code == tax.code }.map { TextFormat.percent($0.rate) } ?? ""
      fields.append(
        (tax.code.uppercased() + " " + rate, "impuesto_" + fold(tax.code), .money(tax.amount)))
    }
    if p.taxes.isEmpty { fields.append((ProductLabels.taxes, "impuestos", .text(Messages.exempt))) }
    if !p.priceIncludesTaxes {
      fields.append((ProductLabels.totalWithTaxes, "total", .money(breakdown.total)))
    }
    // Costs are money figures: shown only to who may see them (§8.5).
    if shop.users.allows(.viewReports) {
      fields += [
        (ProductLabels.cost, "costo", p.cost.map(Cell.money) ?? .null),
        (
          ProductLabels.margin, "margen",
          p.margin.map {
            .percent(Percent(thousandths: Rounding.divideHalfUp($0.thousandths, 100) * 100))
          } ?? .null
        ),
      ]
    }
    var footer: [String] = []
    if p.isKit {
      let parts = try shop.catalog.kitComponents(of: p.id)
      fields.append(
        (
          ProductLabels.kitsAvailable, "kits_disponibles",
          .int(try shop.catalog.kitsAvailable(p.id))
        ))
      footer.append(Messages.kitComponentsTitle)
      for part in parts where !part.product.active {
        footer.append(Messages.kitComponentDeleted(part.product.name, sku: part.product.sku))
      }
      footer += parts.map {
        "  " + ProductParams.amount($0.quantity, $0.product.unit) + "  " + $0.product.name + " ("
          + $0.product.sku + ")"
      }
    } else if !p.tracksStock {
      fields += [
        (ProductLabels.stock, "stock", .null),
        (ScalesLabels.tracksStock, "lleva_stock", .bool(false)),
      ]
    } else {
      fields += [
        (ProductLabels.stock, "stock", .quantity(p.stock, signed: false)),
        (ProductLabels.minimum, "minimo", p.minimum.map { .quantity($0, signed: false) } ?? .null),
        (ProductLabels.sellWithoutStock, "vender_sin_stock", .bool(p.sellWithoutStock)),
        (ProductLabels.expires, "vence", p.expires.map(Cell.date) ?? .null),
      ]
    }
    fields += [
      (ProductLabels.inPOS, "en_pos", .bool(p.inPOS)),
      (ProductLabels.description, "descripcion", .text(p.description)),
      (ProductLabels.state, "estado", .text(p.active ? Messages.active : Messages.deleted)),
    ]
    if !p.isKit {
      let moves = try shop.stock.movements(of: p.id, last: 10)
      if !moves.isEmpty {
        footer.append(Messages.lastMovementsTitle)
        footer += moves.map {
          "  " + LocalTime.formatted($0.at) + "  " + $0.kind.rawValue + "  "
            + signed($0.quantity) + "  → " + TextFormat.quantity($0.stockAfter)
            + ($0.reason.isEmpty ? "" : "  (" + $0.reason + ")")
        }
      }
    }
    return .record(Record(fields, footer: footer))
  }

  static func signed(_ q: Quantity) -> String {
    (q.thousandths > 0 ? "+" : "") + TextFormat.quantity(q)
  }
}
