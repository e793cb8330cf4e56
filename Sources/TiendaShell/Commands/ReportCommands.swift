import TiendaCore

/// The owner's reports (issue 17): `informe ventas`, `informe productos`,
/// `informe stock vendido`, `informe ganancias`, `reconstruir informes`.
/// `informe x` (arqueo) and `informe z` live with the register.
enum ReportCommands {
  static let all: [CommandSpec] = [
    sales, products, stockSold, stock, profit, discounts, refunds, rebuild,
  ]

  static let period = Param<Period>.positional(
    "periodo", placeholder: "<período>",
    help: "hoy (por omisión), ayer, semana, mes, año, un mes (marzo, marzo 2026) o una fecha.")
  static let since = Param<Period>.option(
    "desde", placeholder: "<fecha> [hasta <fecha>]", help: "Sólo ese período.")
  static let by = Param<String>.option(
    "por", .choice(ReportDimension.allCases.map(\.rawValue)),
    placeholder: ReportDimension.allCases.map(\.rawValue).joined(separator: "|"),
    help: "Cómo se agrupan las filas (por omisión, por día).")
  static let best = Param<String>.option(
    "más", .choice(["vendidos"]), key: "mas", placeholder: "vendidos",
    help: "Los que más vendieron primero (por omisión).")
  static let worst = Param<String>.option(
    "menos", .choice(["vendidos"]), placeholder: "vendidos",
    help: "Los que menos vendieron primero (incluye los que no vendieron nada).")
  static let top = Param<Int64>.option(
    "top", placeholder: "<N>", help: "Sólo los N primeros.")
  static let category = Param<String>.option(
    "categoría", .name, key: "categoria", placeholder: "<categoría>",
    help: "Sólo los productos de esa categoría.", completion: .categories)
  static let central = Param<String>.option(
    "en", .choice(["central"]), placeholder: "central",
    help: "Sobre todas las sucursales, en el servidor central (configurar central).")
  static let byBranch = Param<String>.option(
    "por", .choice(ReportDimension.allCases.map(\.rawValue) + ["sucursal"]),
    placeholder: ReportDimension.allCases.map(\.rawValue).joined(separator: "|") + "|sucursal",
    help: "Cómo se agrupan las filas (por omisión, por día); «sucursal» sólo en central.")
  static let productRankOrBranch = Param<String>.option(
    "por", .choice(["total", "unidades", "sucursal"]), placeholder: "total|unidades|sucursal",
    help:
      "Ordena por el total vendido (por omisión) o por unidades; «sucursal» (en central) da una fila por sucursal y producto."
  )
  static let stockByBranch = Param<String>.option(
    "por", .choice(["sucursal"]), placeholder: "sucursal",
    help: "En central: una fila por sucursal y producto.")

  static let profitBy = Param<String>.option(
    "por", .choice(["producto", "categoría", "día", "semana", "mes"]),
    placeholder: "producto|categoría|día|semana|mes",
    help: "Cómo se agrupa (por omisión, por producto).")

  static let sales = CommandSpec(
    "informe ventas", group: .reports,
    summary:
      "Ventas de un período agrupadas por día, semana, mes, hora, día de la semana, producto, categoría, medio de pago, cajero o caja.",
    details: """
      Los totales dicen qué incluyen: bruto, descuentos, vendido, anulaciones y devoluciones \
      (el día en que se hicieron), total neto, neto sin impuestos, cada impuesto, tickets \
      vigentes y ticket promedio. «como gráfico» dibuja barras; «como json» da filas y totales.
      """,
    params: [period.spec, since.spec, byBranch.spec, central.spec],
    examples: [
      "informe ventas", "informe ventas mes por día como gráfico",
      "informe ventas mes en central por sucursal",
      "informe ventas año por categoría como csv > categorias.csv",
      "informe ventas semana por hora", "informe ventas ayer por cajero como json",
      "informe ventas marzo por día",
    ],
    listing: true, right: .viewReports
  ) { call in
    let period = call[since] ?? call[period] ?? .day(call.shop.today)
    let dimension = call[byBranch].flatMap(ReportDimension.init(rawValue:)) ?? .day
    let perBranch = call[byBranch] == "sucursal"
    let request = SalesReportRequest(period: period, dimension: dimension)
    let report: SalesReport
    if call[central] != nil {
      report = try call.shop.centralReports.sales(
        request, byBranch: perBranch)
    } else {
      guard !perBranch else { throw ShellError(Messages.branchOnlyInCentral) }
      report = try call.shop.reports.sales(request)
    }
    return .table(
      ReportTables.sales(
        report, periodText: Messages.periodText(period, today: call.shop.today)))
  }

  static let products = CommandSpec(
    "informe productos", group: .reports,
    summary: "Los productos más (o menos) vendidos de un período, con su costo y margen.",
    details: """
      «más vendidos» ordena por el total vendido (con impuestos, menos anulaciones y \
      devoluciones); «por unidades», por unidades. «menos vendidos» incluye los productos \
      activos que no vendieron nada.
      """,
    params: [
      period.spec, since.spec, best.spec, worst.spec, productRankOrBranch.spec, top.spec,
      category.spec, central.spec,
    ],
    examples: [
      "informe productos mes más vendidos top 10", "informe productos año por unidades top 20",
      "informe productos mes en central top 10",
      "informe productos semana menos vendidos categoría Bebidas",
      "informe productos mes top 10 como gráfico",
    ],
    listing: true, right: .viewReports
  ) { call in
    if call[best] != nil && call[worst] != nil {
      throw ShellError(Messages.reportOrderConflict)
    }
    let period = call[since] ?? call[period] ?? .day(call.shop.today)
    let limit = try call[top].map { n -> Int in
      guard (1...10_000).contains(n) else { throw ShellError(Messages.badTop(n)) }
      return Int(n)
    }
    let request = ProductReportRequest(
      period: period, order: call[worst] != nil ? .worst : .best,
      byUnits: call[productRankOrBranch] == "unidades", limit: limit, category: call[category])
    let perBranch = call[productRankOrBranch] == "sucursal"
    let report: ProductReport
    if call[central] != nil {
      report = try call.shop.centralReports.products(
        request, byBranch: perBranch)
    } else {
      guard !perBranch else { throw ShellError(Messages.branchOnlyInCentral) }
      report = try call.shop.reports.products(request)
    }
    return .table(
      ReportTables.products(
        report, periodText: Messages.periodText(period, today: call.shop.today), ranked: true))
  }

  static let stockSold = CommandSpec(
    "informe stock vendido", group: .reports,
    summary: "Unidades y monto vendidos de cada producto en un período (menos lo devuelto).",
    params: [period.spec, since.spec, category.spec],
    examples: ["informe stock vendido", "informe stock vendido mes como csv > vendido.csv"],
    listing: true, right: .viewReports
  ) { call in
    let period = call[since] ?? call[period] ?? .day(call.shop.today)
    let report = try call.shop.reports.products(
      ProductReportRequest(period: period, order: .name, category: call[category]))
    return .table(
      ReportTables.products(
        report, periodText: Messages.periodText(period, today: call.shop.today), ranked: false))
  }

  static let profit = CommandSpec(
    "informe ganancias", group: .reports,
    summary:
      "Ventas netas sin impuestos menos el costo de lo vendido: el margen bruto y su porcentaje.",
    details: """
      El costo de cada línea es el del producto al momento de vender (un kit: la suma de sus \
      componentes); las ventas anteriores a que tienda lo guardara usan el costo actual y se \
      marcan como estimadas.
      """,
    params: [period.spec, since.spec, profitBy.spec],
    examples: [
      "informe ganancias mes", "informe ganancias año por mes como gráfico",
      "informe ganancias mes por categoría como csv > ganancias.csv",
    ],
    listing: true, right: .viewReports
  ) { call in
    let period = call[since] ?? call[period] ?? .day(call.shop.today)
    let dimension = call[profitBy].flatMap(ReportDimension.init(rawValue:)) ?? .product
    let report = try call.shop.reports.profit(period: period, by: dimension)
    return .table(
      ReportTables.profit(
        report, periodText: Messages.periodText(period, today: call.shop.today)))
  }

  static let valued = FlagParam(
    "valorizado", help: "Con el valor al costo, a precio de venta y el margen.")

  static let stock = CommandSpec(
    "informe stock", group: .reports,
    summary: "El stock de cada producto; valorizado, su valor al costo y a precio, y el margen.",
    details: """
      El valor a precio es stock × precio tal como se muestra (con impuestos si el precio los \
      incluye); el margen compara el precio sin impuestos con el costo.
      """,
    params: [valued.spec, category.spec, central.spec, stockByBranch.spec],
    examples: [
      "informe stock valorizado", "informe stock valorizado categoría Bebidas como csv > stock.csv",
      "informe stock en central por sucursal",
    ],
    listing: true, right: .viewReports
  ) { call in
    let perBranch = call[stockByBranch] != nil
    guard call[central] != nil else {
      guard !perBranch else { throw ShellError(Messages.branchOnlyInCentral) }
      return .table(
        ReportTables.stock(
          try call.shop.reports.stock(category: call[category]), valued: call[valued]))
    }
    let report = try call.shop.centralReports.stock(
      category: call[category], byBranch: perBranch)
    return .table(ReportTables.stock(report, valued: call[valued]))
  }

  static let discounts = CommandSpec(
    "informe descuentos", group: .reports,
    summary: "Los descuentos de un período: en líneas, en el ticket y por cupones.",
    params: [period.spec, since.spec, by.spec],
    examples: ["informe descuentos mes", "informe descuentos semana por cajero"],
    listing: true, right: .viewReports
  ) { call in
    let period = call[since] ?? call[period] ?? .day(call.shop.today)
    let dimension = call[by].flatMap(ReportDimension.init(rawValue:)) ?? .day
    guard dimension.source == .sales else {
      throw ShellError(Messages.badDiscountDimension(dimension.rawValue))
    }
    let report = try call.shop.reports.sales(
      SalesReportRequest(period: period, dimension: dimension))
    return .table(
      ReportTables.discounts(
        report, periodText: Messages.periodText(period, today: call.shop.today)))
  }

  static let refunds = CommandSpec(
    "informe anulaciones", group: .reports,
    summary:
      "Las anulaciones, devoluciones y tickets cancelados de un período: quién, quién aprobó y por qué.",
    params: [period.spec, since.spec],
    examples: ["informe anulaciones", "informe anulaciones mes como csv > anulaciones.csv"],
    listing: true, right: .viewReports
  ) { call in
    let period = call[since] ?? call[period] ?? .day(call.shop.today)
    return .table(
      ReportTables.refunds(
        try call.shop.reports.refunds(in: period),
        periodText: Messages.periodText(period, today: call.shop.today)))
  }

  static let rebuild = CommandSpec(
    "reconstruir informes", group: .reports,
    summary: "Vuelve a calcular los resúmenes de los informes desde las ventas registradas.",
    details: """
      Los resúmenes se mantienen solos en cada venta, anulación y devolución; «verificar base» \
      los compara con las ventas; «configurar tienda zona» los reconstruye en la zona nueva.
      """,
    examples: ["reconstruir informes"], mutates: true, right: .viewReports
  ) { call in
    .message(Messages.rollupsRebuilt(try call.shop.reports.rebuild()))
  }
}
