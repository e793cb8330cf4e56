import TiendaCore
import TiendaPrint

/// Customer accounts, «fiado» (issue 16 B): `abonar`, `prestar`,
/// `ajustar cuenta`, `estado de cuenta`, `imprimir estado de cuenta`,
/// `deudores`. Selling on credit is `pagar fiado [monto]` (SaleGrammar)
/// with a customer on the ticket.
enum AccountCommands {
  static let all: [CommandSpec] = [receive, lend, adjust, statement, printStatement, debtors]

  static let customer = CustomerCommands.customer
  static let amount = RequiredParam<Money>.positional(
    "monto", placeholder: "<monto>", help: "Cuánto.")
  static let method = Param<String>.positional(
    "medio", .text, placeholder: "<medio>",
    help: "efectivo (por omisión), débito, crédito, transferencia o un medio de la tienda.",
    completion: .paymentMethods)
  static let reference = Param<String>.option(
    "ref", .text, placeholder: "<referencia>",
    help: "Comprobante del pago (voucher, transferencia).")
  static let reason = Param<String>.option(
    "motivo", .name, placeholder: "\"…\"", help: "Por qué (obligatorio).")
  static let lower = FlagParam(
    "rebajar", help: "El ajuste rebaja la deuda (sin esta palabra, la aumenta).")
  static let period = Param<Period>.positional(
    "periodo", placeholder: "<período>", help: "hoy, ayer, semana, mes, año o una fecha.")
  static let since = Param<Period>.option(
    "desde", placeholder: "<fecha> [hasta <fecha>]", help: "Sólo ese período.")

  static let receive = CommandSpec(
    "abonar", group: .customers,
    summary: "Recibe un abono a la cuenta (fiado) de un cliente e imprime un comprobante.",
    details: """
      No es una venta. El efectivo entra a la caja abierta (como una venta, abre la sesión con
      fondo $0 si la tienda lo hace); los otros medios se cuentan en su total al cerrar.
      """,
    params: [customer.spec, amount.spec, method.spec, reference.spec],
    examples: [
      "abonar \"Juan Pérez\" 20000", "abonar juan 15000 transferencia ref 88812",
      "abonar 12.345.678-5 5000 débito",
    ],
    mutates: true, right: .sell
  ) { call in
    let name = call[method].map { PaymentMethod.named($0) ?? PaymentMethod(rawValue: $0) }
    let request = AccountPaymentRequest(
      customer: try call[customer], amount: try call[amount],
      method: name.map { PaymentRequest(method: $0, reference: call[reference]) }
        ?? (call[reference] != nil
          ? PaymentRequest(method: .cash, reference: call[reference]) : nil))
    let result = try call.shop.accounts.receive(request)
    let c = call.shop.settings.currency
    return .lines(
      (result.openedSession ? [Messages.sessionOpenedForSale(call.shop.actor.registerName)] : [])
        + AccountWording.received(result, c))
  }

  static let lend = CommandSpec(
    "prestar", group: .customers,
    summary: "Presta efectivo de la caja a un cliente: queda como deuda en su cuenta.",
    details: """
      Pide el derecho «prestar» (supervisor). Sale del efectivo de la caja abierta y no puede
      superar lo que debería haber en ella; el límite de crédito no se aplica.
      """,
    params: [customer.spec, amount.spec, reason.spec],
    examples: ["prestar \"Juan Pérez\" 5000 motivo \"remedios\""],
    mutates: true, right: .lend
  ) { call in
    guard let why = call[reason], !why.isEmpty else { throw AccountError.reasonRequired }
    let result = try call.shop.accounts.lend(
      AccountChangeRequest(customer: try call[customer], amount: try call[amount], reason: why))
    return .lines(AccountWording.lent(result, call.shop.settings.currency))
  }

  static let adjust = CommandSpec(
    "ajustar cuenta", group: .customers,
    summary: "Corrige el saldo de la cuenta de un cliente (dueño), con motivo.",
    details: "Aumenta la deuda; con «rebajar», la disminuye. No mueve dinero.",
    params: [customer.spec, amount.spec, reason.spec, lower.spec],
    examples: [
      "ajustar cuenta juan 2000 motivo \"anotación del cuaderno\"",
      "ajustar cuenta juan 1500 motivo \"error de digitación\" rebajar",
    ],
    mutates: true, right: .manageUsers
  ) { call in
    guard let why = call[reason], !why.isEmpty else { throw AccountError.reasonRequired }
    let given = try call[amount]
    let signed = call[lower] ? Money.zero - given : given
    let result = try call.shop.accounts.adjust(
      AccountChangeRequest(customer: try call[customer], amount: signed, reason: why))
    return .message(AccountWording.adjusted(result, amount: signed, call.shop.settings.currency))
  }

  static let statement = CommandSpec(
    "estado de cuenta", group: .customers,
    summary: "Los movimientos de la cuenta de un cliente con el saldo de cada uno.",
    params: [customer.spec, period.spec, since.spec],
    examples: [
      "estado de cuenta juan", "estado de cuenta \"Juan Pérez\" mes",
      "estado de cuenta juan como csv",
    ],
    listing: true, right: .viewReports
  ) { call in
    let s = try call.shop.accounts.statement(
      try call[customer], period: call[since] ?? call[period])
    return .table(AccountTables.statement(s, currency: call.shop.settings.currency))
  }

  static let printStatement = CommandSpec(
    "imprimir estado de cuenta", group: .printing,
    summary: "Imprime el estado de cuenta de un cliente.",
    params: [customer.spec, period.spec, since.spec, PrintCommands.on],
    examples: ["imprimir estado de cuenta juan", "imprimir estado de cuenta juan mes"],
    mutates: true, right: .viewReports
  ) { call in
    let job = try call.shop.accounts.printStatement(
      try call[customer], period: call[since] ?? call[period],
      on: call[PrintCommands.onPrinter]
    ) { printer, statement in
      var documents = TicketDocuments(settings: call.shop.settings, width: printer.width)
      documents.practice = call.shop.practice
      return PrintSpool.bytes(documents.accountStatement(statement), for: printer)
    }
    return .message(Messages.jobQueued(job.id, job.printerName))
  }

  static let debtors = CommandSpec(
    "deudores", group: .customers,
    summary:
      "Los clientes que deben: saldo, límite, desde cuándo deben y si pasaron su límite.",
    examples: ["deudores", "deudores como json"], listing: true, right: .viewReports
  ) { call in
    .table(AccountTables.debtors(try call.shop.accounts.debtors()))
  }
}
