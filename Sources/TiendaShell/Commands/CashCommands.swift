import TiendaCore

/// Registers and their sessions: create, list, open, cash in and out, open
/// the drawer, X report (arqueo), close with the Z report, past Z reports.
enum CashCommands {
  static let all: [CommandSpec] = [
    create, list, open, deposit, withdraw, drawer, xReport, close, zReport,
  ]

  /// Runs `body`, wording cash refusals with the shop's currency.
  static func cash<T>(_ call: Invocation, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as CashError {
      throw ShellError(Messages.describe(cash: error, currency: call.shop.settings.currency))
    }
  }

  static func money(_ call: Invocation, _ m: Money) -> String {
    TextFormat.money(m, call.shop.settings.currency)
  }

  static let newName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "Nombre de la caja.")

  static let create = CommandSpec(
    "crear caja", group: .cash,
    summary: "Crea otra caja en la tienda; cada terminal elige la suya con --caja.",
    details: "Cada caja tiene su propia numeración de ventas y de informes Z.",
    params: [newName.spec],
    examples: ["crear caja \"Caja 2\""], mutates: true, right: .manageUsers
  ) { call in
    let register = try call.shop.register.createRegister(name: try call[newName])
    return .message(Messages.registerCreated(register.name))
  }

  static let list = CommandSpec(
    "listar cajas", aliases: ["cajas"], group: .cash,
    summary: "Lista las cajas: si están abiertas, desde cuándo, el fondo y el último informe Z.",
    examples: ["listar cajas"], listing: true, access: .loggedIn
  ) { call in
    let here = call.shop.actor.registerID
    return .table(CashTables.registers(try call.shop.register.registerStatuses(), here: here))
  }

  static let registerName = Param<String>.positional(
    "caja", .name, placeholder: "<caja>",
    help: "Qué caja abrir; por omisión, la de esta terminal.", completion: .registers)
  static let float = Param<Money>.positional(
    "fondo", placeholder: "<fondo>", help: "Efectivo con que parte la caja.")

  static let open = CommandSpec(
    "abrir caja", group: .cash,
    summary: "Abre la caja con su fondo inicial: lo que se dejó al último cierre, si no se indica.",
    details:
      "Una caja tiene una sola sesión abierta a la vez. Sin nombre, abre la caja de esta terminal. Si no se abre, la primera venta la abre con fondo 0, salvo con «configurar tienda abrir-caja-sola no».",
    params: [registerName.spec, float.spec],
    examples: ["abrir caja", "abrir caja 20000", "abrir caja \"Caja 2\" 15000"],
    mutates: true, right: .sell
  ) { call in
    let (session, register) = try cash(call) {
      try call.shop.register.openSession(openRequest(call))
    }
    var lines = [Messages.sessionOpened(register.name, float: money(call, session.openingFloat))]
    if register.id != call.shop.actor.registerID {
      lines.append(Messages.otherRegisterOpened(call.shop.actor.registerName, register.name))
    }
    return .lines(lines)
  }

  /// A bare name swallows a trailing amount (`abrir caja 20000`, `abrir caja
  /// Caja 2 15000`): when the name's last word reads as an amount, the core
  /// takes it as the float if the whole name names no register and what is
  /// before it is empty or names a register exactly.
  static func openRequest(_ call: Invocation) -> OpenSessionRequest {
    var request = OpenSessionRequest(register: call[registerName], float: call[float])
    guard request.float == nil, request.register != nil,
      let span = call.spans[registerName.spec.key]
    else { return request }
    let tokens = call.tokens.filter {
      $0.column >= span.column && $0.endColumn <= span.column + span.length
    }
    guard let last = tokens.last, last.kind == .word, tokens.allSatisfy({ $0.kind == .word }),
      let first = last.text.first, first.isNumber || first == "$" || first == "-"
    else { return request }
    let rest = tokens.dropLast().map(\.text).joined(separator: " ")
    let currency = call.shop.settings.currency
    request.trailingFloat = (
      rest.isEmpty ? nil : rest, { try Literals.money(last, currency: currency) }
    )
    return request
  }

  /// Required (the usage shows it so); when it is missing the core's
  /// refusal says what to write («Falta el motivo: agregue, por ejemplo…»).
  static let reason = RequiredParam<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (queda en la bitácora y el informe).")
  static let depositAmount = RequiredParam<Money>.positional(
    "monto", placeholder: "<monto>", help: "Cuánto entra.")
  static let withdrawalAmount = RequiredParam<Money>.positional(
    "monto", placeholder: "<monto>", help: "Cuánto sale.")
  static let drawerReason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué se abrió (opcional).")

  static let deposit = CommandSpec(
    "ingreso", group: .cash,
    summary: "Registra efectivo que entra a la caja sin una venta (p. ej. sencillo).",
    params: [depositAmount.spec, reason.spec],
    examples: ["ingreso 5000 motivo \"sencillo\""], mutates: true, right: .sell
  ) { call in
    let move = try cash(call) {
      try call.shop.register.moveCash(
        .deposit, amount: try call[depositAmount], reason: (try? call[reason]) ?? "")
    }
    return .message(
      Messages.deposited(
        money(call, move.amount), expected: money(call, move.expectedCash ?? .zero)))
  }

  static let withdraw = CommandSpec(
    "retiro", group: .cash,
    summary: "Registra efectivo que sale de la caja sin una venta (pago a proveedor, depósito).",
    details: "No se puede retirar más que el efectivo esperado en la caja.",
    params: [withdrawalAmount.spec, reason.spec],
    examples: ["retiro 10000 motivo \"pago proveedor\""], mutates: true, right: .withdrawCash
  ) { call in
    let move = try cash(call) {
      try call.shop.register.moveCash(
        .withdrawal, amount: try call[withdrawalAmount], reason: (try? call[reason]) ?? "")
    }
    return .message(
      Messages.withdrawn(
        money(call, move.amount), expected: money(call, move.expectedCash ?? .zero)))
  }

  static let drawer = CommandSpec(
    "abrir cajón", group: .cash,
    summary: "Abre el cajón sin una venta; queda registrado quién y cuándo.",
    params: [drawerReason.spec],
    examples: ["abrir cajón", "abrir cajón motivo \"cambio de sencillo\""],
    mutates: true, right: .openDrawer
  ) { call in
    try cash(call) { _ = try call.shop.register.openDrawer(reason: call[drawerReason] ?? "") }
    return .message(Messages.drawerOpened)
  }

  static let xReport = CommandSpec(
    "arqueo", aliases: ["informe x"], group: .cash,
    summary: "Informe X: lo que debería haber en la caja ahora, sin cerrarla.",
    details:
      "Por medio de pago, con ventas, anulaciones, devoluciones, descuentos, cupones, redondeo e impuestos por tasa. Efectivo esperado = fondo + efectivo de ventas (lo recibido menos el vuelto, que ya incluye el redondeo) − efectivo devuelto + ingresos − retiros.",
    examples: ["arqueo", "informe x como json"], listing: true, right: .viewReports
  ) { call in
    let report = try cash(call) { try call.shop.register.xReport() }
    let record = CashView.record(report, z: nil, currency: call.shop.settings.currency)
    // Orders due in the next hours (issue 20), under the figures.
    guard let due = OrderMessages.dueSoon(call.shop.orders.dueSoon(), hours: 3) else {
      return .record(record)
    }
    return .record(
      Record(record.fields.map { ($0.label, $0.key, $0.value) }, footer: record.footer + [due]))
  }
}
