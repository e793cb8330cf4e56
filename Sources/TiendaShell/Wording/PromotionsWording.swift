import TiendaCore

/// Spanish wording of promotions (issue 19).
enum PromotionMessages {
  static let dayNames = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]

  static func created(_ rule: PromotionRule, _ currency: Currency) -> String {
    "Promoción «\(rule.name)» creada: " + terms(rule, currency) + "."
  }
  static func edited(_ rule: PromotionRule, _ currency: Currency) -> String {
    "Promoción «\(rule.name)» cambiada: " + terms(rule, currency)
      + (rule.active ? "." : " (sigue desactivada: activar promoción \(rule.name)).")
  }
  static func activated(_ name: String) -> String { "Promoción «\(name)» activada." }
  static func deactivated(_ name: String) -> String {
    "Promoción «\(name)» desactivada (su historia queda)."
  }
  static let none =
    "No hay promociones. Cree una con: crear promoción \"2x1 empanadas\" lleva 2 paga 1 en categoría empanadas"
  static let noneOnTicket = "Ninguna promoción se aplica a este ticket por ahora."
  static let offOnTicket =
    "Este ticket va sin promociones (se quitaron con «sin promociones»); el próximo ticket las tiene."
  static let turnedOff = "Promociones quitadas de este ticket."
  static let appliedHeading = "Se aplican:"
  static let closeHeading = "Cerca de aplicarse:"
  static let badDefinition =
    "No entiendo la promoción. Ejemplos: crear promoción \"2x1\" lleva 2 paga 1 en categoría empanadas"
    + " · crear promoción \"Paltas\" 3 palta hass por 2000 · crear promoción \"Bebidas\" 10% en"
    + " categoría bebidas mínimo 10000"
  static let missingScope =
    "Falta a qué se aplica: «en todo», «en categoría <categoría>» o «en <producto>»."
  static func badDay(_ text: String) -> String {
    "«\(text)» no es un día. Use lun, mar, mié, jue, vie, sáb o dom, separados por coma."
  }
  static func badHours(_ text: String) -> String {
    "«\(text)» no es un rango de horas. Escriba p. ej. horas 18-21 (de 18:00 a 21:00)."
  }
  static let ordinalHelp = "Escriba p. ej.: segunda unidad 50% en coca cola"

  /// `promociones` in a ticket: the line of a promotion given.
  static func appliedLine(_ name: String, _ saving: Money, _ currency: Currency) -> String {
    "       Promoción «\(name)» -" + TextFormat.money(saving, currency)
  }
  static func summaryLine(_ name: String, _ saving: Money, _ currency: Currency) -> String {
    "  «\(name)» -" + TextFormat.money(saving, currency)
  }
  static let promotionsLabel = "Promociones"
  static func noPromotionsGiven(_ period: String) -> String {
    "No se dieron promociones en \(period)."
  }

  static func nearMiss(_ miss: PromotionNearMiss, _ currency: Currency) -> String {
    switch miss.missing {
    case .units(let n):
      let what: String
      switch miss.reward {
      case .buyPay(let count, let pay): what = "paga \(pay) de \(count)"
      case .pack(let count, let price):
        what = "\(count) por " + TextFormat.money(price, currency)
      case .nthUnit(let count, let p):
        what = "la unidad \(count) con " + TextFormat.percent(p) + " de descuento"
      default:
        // `mínimo N unidades` of a % or $ promotion.
        return "  Lleve \(n) más para «\(miss.name)» (" + reward(miss.reward, currency) + ")."
      }
      return "  Lleve \(n) más y \(what) («\(miss.name)»)."
    case .amount(let m):
      return "  Compre " + TextFormat.money(m, currency) + " más para «\(miss.name)»."
    }
  }

  static func reward(_ reward: PromotionReward, _ currency: Currency) -> String {
    switch reward {
    case .percentOff(let p): return TextFormat.percent(p) + " de descuento"
    case .amountOff(let m): return TextFormat.money(m, currency) + " de descuento"
    case .buyPay(let n, let pay): return "lleva \(n) paga \(pay)"
    case .pack(let n, let price): return "\(n) por " + TextFormat.money(price, currency)
    case .nthUnit(let n, let p):
      return "unidad \(n) con " + TextFormat.percent(p) + " de descuento"
    }
  }

  static func scope(_ scope: PromotionScope) -> String {
    switch scope {
    case .all: return "todo"
    case .product(_, let name): return name
    case .category(_, let name): return "categoría " + name
    }
  }

  static func conditions(_ c: PromotionConditions, _ currency: Currency) -> String {
    var parts: [String] = []
    if !c.weekdays.isEmpty {
      parts.append(
        "días "
          + c.weekdays.compactMap { (1...7).contains($0) ? dayNames[$0 - 1] : nil }
          .joined(separator: ", "))
    }
    if let from = c.hourFrom, let to = c.hourTo { parts.append("horas \(from)-\(to)") }
    if let from = c.from { parts.append("desde " + from.description) }
    if let until = c.until { parts.append("hasta " + until.description) }
    if let m = c.minimumAmount { parts.append("mínimo " + TextFormat.money(m, currency)) }
    if let u = c.minimumUnits { parts.append("mínimo \(u) unidades") }
    if let g = c.groupName { parts.append("grupo " + g) }
    return parts.joined(separator: ", ")
  }

  static func terms(_ rule: PromotionRule, _ currency: Currency) -> String {
    let c = conditions(rule.conditions, currency)
    return reward(rule.reward, currency) + " en " + scope(rule.scope) + (c.isEmpty ? "" : ", " + c)
  }
}

/// Column headings of the promotion tables.
enum PromotionsHeadings {
  static let name = "Nombre"
  static let reward = "Promoción"
  static let scope = "En"
  static let conditions = "Condiciones"
  static let active = "Activa"
  static let origin = "Liquidación"
  static let tickets = "Veces"
  static let units = "Unidades"
  static let saving = "Ahorro"
}

extension PromotionError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .notFound(let q):
      return "No hay una promoción «\(q)». Vea las que hay con: listar promociones"
    case .ambiguous(let q, let names):
      let shown = names.prefix(5).map { "«\($0)»" }.joined(separator: ", ")
      return
        "«\(q)» empieza el nombre de \(names.count) promociones: \(shown)"
        + (names.count > 5 ? "…" : "")
        + ". Escriba más del nombre (entre comillas si tiene espacios)."
    case .duplicate(let n):
      return "Ya existe la promoción «\(n)». Use otro nombre o vea: ver promoción \(n)"
    case .emptyName: return "Falta el nombre de la promoción (entre comillas si tiene espacios)."
    case .alreadyActive(let n): return "La promoción «\(n)» ya está activa."
    case .alreadyInactive(let n): return "La promoción «\(n)» ya está desactivada."
    case .badGroup(let n, let pay):
      return
        "«lleva \(n) paga \(pay)» no sirve: se lleva al menos 2 y se paga al menos 1 y menos de"
        + " lo que se lleva (máximo 1000), p. ej. lleva 2 paga 1."
    case .badHours(let from, let to):
      return
        "Las horas \(from)-\(to) no sirven: van de 0 a 24 y no pueden ser iguales, p. ej. horas 18-21."
    case .badDates: return "«hasta» es antes de «desde». Revise las fechas."
    case .badMinimumUnits(let n):
      return
        "«mínimo \(n) unidades» no sirve: van de 1 a 99.999 unidades, p. ej. mínimo 3 unidades."
    case .percentZero: return "El porcentaje debe ser mayor que 0 %."
    case .amountZero: return "El monto debe ser mayor que $0."
    case .noExpiringProducts(let days):
      return
        "Ningún producto con stock vence dentro de \(days) días: no hay nada que liquidar."
    }
  }
}

/// Spanish wording of `liquidar` (issue 19).
enum ClearanceMessages {
  static let usage =
    "Escriba el porcentaje de rebaja y, si quiere, los días: liquidar productos por vencer días 3 30%"
  static let badDays = "Los días van de 0 a 3650, p. ej. días 3."

  static func done(_ r: ClearanceResult, _ currency: Currency) -> [String] {
    var out = r.cleared.map {
      "  \($0.product.name): " + TextFormat.money($0.product.price, currency) + " → "
        + TextFormat.money($0.reducedPrice, currency) + " hasta "
        + ($0.promotion.conditions.until?.description ?? "")
    }
    if !r.cleared.isEmpty {
      out.insert(
        r.cleared.count == 1
          ? "1 producto en liquidación:" : "\(r.cleared.count) productos en liquidación:",
        at: 0)
    }
    if !r.alreadyCleared.isEmpty {
      out.append("Ya estaban en liquidación: " + r.alreadyCleared.joined(separator: ", ") + ".")
    }
    if let labels = r.labels {
      out.append(
        "Etiquetas con el precio rebajado: \(labels.labels) en «\(labels.job.printerName)» (trabajo \(labels.job.id))."
      )
    }
    return out
  }
}
