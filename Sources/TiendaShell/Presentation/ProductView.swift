import TiendaCore

/// How products look in tables and in `ver producto`.
enum ProductView {
  static func table(_ products: [Product], _ shop: Shop, empty: String) -> Table {
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
          p.isKit ? .null : .quantity(p.stock, signed: false),
          .text(p.isKit ? "kit" : p.unit.rawValue),
        ]
      }, emptyMessage: empty)
  }

  static func record(_ p: Product, _ shop: Shop) throws -> CommandResult {
    let breakdown = p.breakdown
    var fields: [(String, String, Cell)] = [
      ("Producto", "nombre", .text(p.name)), ("SKU", "sku", .text(p.sku)),
      ("Código de barras", "barras", p.barcode.map(Cell.text) ?? .null),
      ("Categoría", "categoria", p.categoryName.map(Cell.text) ?? .null),
      ("Unidad", "unidad", .text(p.isKit ? "kit" : p.unit.rawValue)),
      ("Precio", "precio", .money(p.price)),
      ("Precio incluye impuestos", "precio_con_impuestos", .bool(p.priceIncludesTaxes)),
      ("Neto", "neto", .money(breakdown.net)),
    ]
    for tax in breakdown.taxes {
      let rate = p.taxes.first { $0.code == tax.code }.map { TextFormat.percent($0.rate) } ?? ""
      fields.append(
        (tax.code.uppercased() + " " + rate, "impuesto_" + fold(tax.code), .money(tax.amount)))
    }
    if p.taxes.isEmpty { fields.append(("Impuestos", "impuestos", .text(Messages.exempt))) }
    if !p.priceIncludesTaxes {
      fields.append(("Total con impuestos", "total", .money(breakdown.total)))
    }
    // Costs are money figures: shown only to who may see them (§8.5).
    if shop.users.allows(.viewReports) {
      fields += [
        ("Costo", "costo", p.cost.map(Cell.money) ?? .null),
        (
          "Margen", "margen",
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
        ("Kits disponibles", "kits_disponibles", .int(try shop.catalog.kitsAvailable(p.id))))
      footer.append(Messages.kitComponentsTitle)
      for part in parts where !part.product.active {
        footer.append(Messages.kitComponentDeleted(part.product.name, sku: part.product.sku))
      }
      footer += parts.map {
        "  " + ProductParams.amount($0.quantity, $0.product.unit) + "  " + $0.product.name + " ("
          + $0.product.sku + ")"
      }
    } else {
      fields += [
        ("Stock", "stock", .quantity(p.stock, signed: false)),
        ("Mínimo", "minimo", p.minimum.map { .quantity($0, signed: false) } ?? .null),
        ("Vender sin stock", "vender_sin_stock", .bool(p.sellWithoutStock)),
        ("Vence", "vence", p.expires.map(Cell.date) ?? .null),
      ]
    }
    fields += [
      ("En POS", "en_pos", .bool(p.inPOS)), ("Descripción", "descripcion", .text(p.description)),
      ("Estado", "estado", .text(p.active ? Messages.active : Messages.deleted)),
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
