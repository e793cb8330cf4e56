import TiendaCore

/// Spanish wording of orders (pedidos, issue 20 A) and their refusals
/// (`OrderError`).
enum OrderMessages {
  static func due(_ at: Int64?) -> String {
    guard let at else { return "sin fecha" }
    return LocalTime.formatted(at)
  }

  /// `pedido Ana 1 torta`: the customer and the products need `: `
  /// between them; the example splits the typed words at the first number.
  static func colonMissing(_ words: [String]) -> String {
    var example = "pedido ana: 2 torta"
    if let i = words.firstIndex(where: { $0.first?.isNumber == true }), i > 0 {
      example =
        "pedido " + words[..<i].joined(separator: " ") + ": "
        + words[i...].joined(separator: " ")
    }
    return "Falta «: » entre quien encarga y los productos, p. ej.: " + example
  }

  static func draftName(_ number: Int64?) -> String {
    number.map { "pedido \($0)" } ?? "pedido nuevo"
  }

  /// The prompt's tag while an order is open: `[pedido nuevo: Ana]`.
  static func prompt(_ draft: OrderDraftInfo) -> String {
    "[" + draftName(draft.number) + (draft.customerName.isEmpty ? "" : ": " + draft.customerName)
      + "]"
  }

  static func opened(_ draft: OrderDraftInfo) -> String {
    var text = "Pedido " + (draft.number.map { "\($0) abierto para editar" } ?? "nuevo abierto")
    if !draft.customerName.isEmpty { text += " para " + draft.customerName }
    if let at = draft.dueAt { text += ", para el " + LocalTime.formatted(at) }
    return text
      + ". Agregue productos (2 torta mil hojas), nota, descuento, quitar, total, seña efectivo 5000;"
      + " termine con guardar o cancelar."
  }

  static func pendingDeposit(_ draft: OrderDraftInfo, _ currency: Currency) -> String {
    "Seña de \(TextFormat.money(draft.pendingDeposit ?? .zero, currency)) anotada: se recibe en caja al guardar el "
      + draftName(draft.number) + "."
  }

  static func saved(_ order: OrderInfo, created: Bool, _ currency: Currency) -> String {
    var text =
      (created ? "Pedido \(order.number) creado" : "Pedido \(order.number) guardado")
      + ": \(order.customerName.isEmpty ? "sin cliente" : order.customerName), "
      + (order.dueAt == nil ? "" : "para ") + due(order.dueAt) + ", " + order.delivery.rawValue
    if order.delivery == .dispatch { text += " a " + order.address }
    text += ". Total \(TextFormat.money(order.total, currency))"
    if order.deposit > .zero {
      text +=
        ", seña \(TextFormat.money(order.deposit, currency)), saldo \(TextFormat.money(order.balance, currency))"
    }
    return text + "."
  }

  static func draftCancelled(_ number: Int64?) -> String {
    if let number { return "Edición del pedido \(number) cancelada: el pedido queda como estaba." }
    return "Pedido nuevo cancelado: no se guardó nada."
  }

  static func moved(_ order: OrderInfo) -> String {
    "Pedido \(order.number): \(order.state.rawValue)."
  }

  static func depositReceived(_ order: OrderInfo, _ currency: Currency) -> String {
    "Seña recibida. Pedido \(order.number): seña \(TextFormat.money(order.deposit, currency)), saldo \(TextFormat.money(order.balance, currency))."
  }

  static func dueSoon(_ due: OrderDueCount, hours: Int) -> String? {
    guard due.soon > 0 || due.late > 0 else { return nil }
    let late =
      due.late == 0 ? "" : due.late == 1 ? " y 1 atrasado" : " y \(due.late) atrasados"
    if due.soon == 0 {
      return due.late == 1
        ? "Hay 1 pedido atrasado (su hora ya pasó): pedidos"
        : "Hay \(due.late) pedidos atrasados (su hora ya pasó): pedidos"
    }
    return
      (due.soon == 1
      ? "Hay 1 pedido para las próximas \(hours) horas"
      : "Hay \(due.soon) pedidos para las próximas \(hours) horas") + late
      + (due.late == 0 ? ": pedidos hoy" : ": pedidos")
  }

  static let badCancelDeposit =
    "Diga qué pasa con la seña: devolver seña (por su medio), devolver seña efectivo, o retener seña."

  static func depositsIn(_ n: Int) -> String { "Señas recibidas en efectivo (\(n))" }
  static func depositsOut(_ n: Int) -> String { "Señas devueltas en efectivo (\(n))" }

  static func committedWarning(_ product: String, stock: String, committed: String) -> String {
    "  Atención: «\(product)» tiene \(stock) en stock y \(committed) comprometidas en pedidos abiertos (pedidos)."
  }

  static let depositsReceived = "Señas recibidas"
  static let depositsReturned = "Señas devueltas"
  static let depositsKept = "Señas retenidas"
  static let depositsApplied = "Señas aplicadas a ventas"

  static let committed = "Comprometido"
  static let available = "Disponible"

  static let noOrders = "No hay pedidos que mostrar."
  static let badListWord =
    "Use: pedidos [nuevos|en preparación|listos|entregados|anulados|todos] [hoy|mañana|semana]"

  static func badListFilter(_ word: String) -> String {
    "«\(word)» no es un estado ni un plazo de pedidos. " + badListWord
  }

  static func stateList(_ states: [OrderState]) -> String {
    Messages.orList(states.map { "«\($0.rawValue)»" })
  }

  static func commandFor(_ state: OrderState, _ number: Int64) -> String {
    switch state {
    case .new: "editar pedido \(number)"
    case .preparing: "preparar pedido \(number)"
    case .ready: "pedido \(number) listo"
    case .delivered: "entregar pedido \(number)"
    case .cancelled: "anular pedido \(number) motivo \"…\""
    }
  }
}

/// Headings of `pedidos` and `ver pedido`.
enum OrderHeadings {
  static let number = "N°"
  static let due = "Para"
  static let customer = "Cliente"
  static let phone = "Teléfono"
  static let delivery = "Entrega"
  static let address = "Dirección"
  static let state = "Estado"
  static let items = "Productos"
  static let total = "Total"
  static let deposit = "Seña"
  static let balance = "Saldo"
  static let note = "Nota"
  static let sale = "Venta"
  static let created = "Tomado"
  static let lines = "Líneas"
  static let history = "Historia"
  static let deposits = "Señas"
}

extension OrderError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .notFound(let number):
      return "No hay pedido \(number). Vea los pedidos con: pedidos todos"
    case .noDraft:
      return
        "No hay un pedido abierto en esta terminal. Abra uno con: crear pedido cliente <cliente>"
    case .draftOpen(let number):
      return
        "Ya hay un \(OrderMessages.draftName(number)) abierto en esta terminal; termínelo con guardar o cancelar."
    case .emptyOrder:
      return "El pedido no tiene productos; agregue alguno (2 torta mil hojas) o use cancelar."
    case .illegalMove(let number, let state, let wanted, let possible):
      if possible.isEmpty {
        return "El pedido \(number) está \(state.rawValue): ya no cambia."
      }
      if wanted == state {
        return "El pedido \(number) está \(state.rawValue): no admite señas."
      }
      return
        "El pedido \(number) está \(state.rawValue): no puede pasar a «\(wanted.rawValue)». Puede pasar a "
        + OrderMessages.stateList(possible) + "."
    case .notEditable(let number, let state):
      return
        "El pedido \(number) está \(state.rawValue): sólo se edita un pedido nuevo o en preparación."
    case .editedElsewhere(let number):
      return
        "El pedido \(number) se está editando en otra terminal: espere a que lo guarden o cancelen. No se cambió nada."
    case .depositOverTotal(let deposit, let total):
      return
        "La seña (\(TextFormat.money(deposit, currency))) supera el total del pedido (\(TextFormat.money(total, currency))); use un monto menor."
    case .depositMethod(let name):
      return
        "Una seña no se paga con «\(name)»: use efectivo, débito, crédito, transferencia o un medio de la tienda."
    case .depositAmountMissing:
      return "Falta el monto de la seña, p. ej.: seña efectivo 5000"
    case .noOpenSession(let register):
      return
        "La caja «\(register)» no está abierta: una seña entra en la caja. Ábrala con: abrir caja <fondo>"
    case .paymentOnDraft:
      return
        "Hay un pedido abierto en esta terminal: se cobra al entregarlo. Use seña, guardar o cancelar."
    case .depositChoiceNeeded(let number, let deposit):
      return
        "El pedido \(number) tiene una seña de \(TextFormat.money(deposit, currency)): diga qué hacer con ella: anular pedido \(number) motivo \"…\" devolver seña | retener seña"
    case .depositExceedsCash(let requested, let available):
      return
        "No se puede devolver \(TextFormat.money(requested, currency)) de seña en efectivo: en la caja debería haber \(TextFormat.money(available, currency)) (vea «arqueo»). Devuélvala por su medio («devolver seña»), en la caja donde está el efectivo, o registre antes un ingreso («ingreso <monto> motivo \"…\"»)."
    case .cashDepositNotRound(let amount, let below, let above):
      return
        "Una seña de \(TextFormat.money(amount, currency)) en efectivo no se puede recibir: el efectivo se redondea a $10. Use \(TextFormat.money(below, currency)) o \(TextFormat.money(above, currency)), o páguela con otro medio."
    case .badRut(let text):
      return Messages.badRutCheckDigit(text)
    case .reasonMissing:
      return "Falta el motivo: anular pedido <N> motivo \"…\""
    case .dueInPast:
      return "Esa fecha y hora ya pasaron; use una futura, p. ej.: para mañana 12:00"
    case .badTime(let text):
      return
        "«\(text)» no es una fecha y hora de entrega. Use, p. ej.: para mañana 12:00, para 24-12-2026 18:00 o para hoy 18:00"
    case .badDelivery(let text):
      return
        "«\(text)» no es una forma de entrega. Use: entrega retiro, o entrega despacho \"Av. Matta 123\""
    case .addressMissing:
      return "Falta la dirección del despacho: entrega despacho \"Av. Matta 123\""
    }
  }
}
