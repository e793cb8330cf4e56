import TiendaCore

/// Sellers (issue 22): `crear vendedor`, `listar vendedores`, `vendedor`
/// (in a ticket), `cambiar vendedor`, `comisión producto`,
/// `informe comisiones`.
enum SellerCommands {
  static let all: [CommandSpec] = [
    create, list, onTicket, change, commissions,
  ]

  static let newName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "El nombre del vendedor.")
  static let sellerName = RequiredParam<String>.positional(
    "vendedor", .name, placeholder: "<vendedor>", help: "El vendedor.", completion: .sellers)
  static let commission = Param<Percent>.option(
    "comisión", key: "comision", placeholder: "<n>%",
    help: "Su comisión sobre lo pagado; la de un producto la reemplaza.")
  static let line = Param<Int64>.option(
    "línea", key: "linea", placeholder: "<n>", help: "Sólo esa línea.")
  static let sale = RequiredParam<String>.positional(
    "venta", .text, placeholder: "<número>",
    help: "El número en esta caja (15) o caja-número (2-15).")
  /// `editar producto X comisión 5%`.
  static let productRate = Param<Percent>.option(
    "comisión", key: "comision", placeholder: "<n>%",
    help: "Comisión propia del producto (reemplaza la del vendedor; 0% la quita).")
  static let reportSeller = Param<String>.option(
    "vendedor", .name, placeholder: "<vendedor>", help: "Sólo ese vendedor, línea por línea.",
    completion: .sellers)

  static let create = CommandSpec(
    "crear vendedor", group: .sale,
    summary: "Agrega un vendedor (no necesita usuario) con su comisión.",
    params: [newName.spec, commission.spec],
    examples: ["crear vendedor ana comisión 3%", "crear vendedor pedro"],
    mutates: true, right: .editCatalog
  ) { call in
    .message(
      SellerMessages.created(
        try call.shop.sellers.create(try call[newName], commission: call[commission])))
  }

  static let list = CommandSpec(
    "listar vendedores", aliases: ["vendedores"], group: .sale,
    summary: "Lista los vendedores con su comisión.",
    examples: ["listar vendedores", "listar vendedores como csv"], listing: true,
    access: .loggedIn
  ) { call in
    .table(SellerTables.sellers(try call.shop.sellers.list()))
  }

  static let onTicket = CommandSpec(
    "vendedor", group: .sale,
    summary: "Pone el vendedor del ticket abierto (o de una línea); el cajero sigue siendo usted.",
    params: [sellerName.spec, line.spec],
    examples: ["vendedor ana", "vendedor pedro línea 2"], mutates: true, right: .sell
  ) { call in
    let lineNumber = call[line].map { Int($0) }
    let (_, seller) = try call.shop.sellers.setOnTicket(try call[sellerName], line: lineNumber)
    return .message(SellerMessages.onTicket(seller, line: lineNumber))
  }

  static let change = CommandSpec(
    "cambiar vendedor venta", group: .sale,
    summary: "Cambia el vendedor de una venta ya hecha (o de una línea); queda en la bitácora.",
    details:
      "Pide un supervisor (derecho «anular»). La fila anterior queda; la nueva la reemplaza.",
    params: [sale.spec, sellerName.spec, line.spec],
    examples: ["cambiar vendedor venta 15 ana", "cambiar vendedor venta 15 pedro línea 2"],
    mutates: true, right: .void
  ) { call in
    let outcome = try call.shop.sellers.change(
      SellerChange(
        sale: try call[sale], seller: try call[sellerName], line: call[line].map { Int($0) }))
    return .message(SellerMessages.changed(outcome))
  }

  /// `editar producto X comisión 5%`: alone (not with other fields).
  static func setProductCommission(
    _ call: Invocation, _ query: String, _ rate: Percent, alone: Bool
  ) throws -> CommandResult {
    guard alone else { throw ShellError(SellerMessages.commissionAlone) }
    let shown: Percent? = rate.thousandths == 0 ? nil : rate
    let product = try call.shop.sellers.setProductCommission(query, shown)
    return .message(SellerMessages.productCommission(product, shown))
  }

  static let commissions = CommandSpec(
    "informe comisiones", group: .reports,
    summary: "Comisiones por vendedor sobre lo pagado (después de descuentos, menos devoluciones).",
    details: """
      Cada línea cuenta lo que de verdad se pagó por ella (descuentos de línea, ticket y cupón \
      ya restados) menos lo devuelto, con la comisión del producto o, si no tiene, la del \
      vendedor al momento de la venta. Con «vendedor X», línea por línea.
      """,
    params: [ReportCommands.period.spec, ReportCommands.since.spec, reportSeller.spec],
    examples: [
      "informe comisiones mes", "informe comisiones semana vendedor ana como csv",
    ],
    listing: true, right: .viewReports
  ) { call in
    let period = call[ReportCommands.since] ?? call[ReportCommands.period] ?? .day(call.shop.today)
    let report = try call.shop.sellers.commissions(in: period, seller: call[reportSeller])
    return .table(SellerTables.commissions(report, detail: call[reportSeller] != nil))
  }
}
