import TiendaCore
import TiendaStore

/// What scripts, variables, `verificar`, `--atómico` / `--simular` and
/// `--pausa` say (Spanish, es-CL).
extension Messages {
  // MARK: Running scripts
  static func scriptRecursion(chain: [String]) -> String {
    "«\(chain.last ?? "")» ya se está ejecutando ("
      + chain.map { "«\($0)»" }.joined(separator: " → ")
      + "): un script no puede ejecutarse a sí mismo."
  }
  static func scriptTooDeep(_ depth: Int) -> String {
    "Hay demasiados scripts uno dentro de otro (más de \(depth)); revise los «ejecutar»."
  }
  static func nestedScriptFailed(_ name: String, failures: Int) -> String {
    "El script «\(name)» no terminó bien: " + Messages.failures(failures)
  }

  /// `--seguir` at the end: `2 comandos fallaron: cierre.tienda:3, cierre.tienda:7.`
  static func failureSummary(_ n: Int, places: [String]) -> String {
    let summary = failures(n)
    guard !places.isEmpty else { return summary }
    return String(summary.dropLast()) + " (" + places.joined(separator: "; ") + ")."
  }
  /// Where a line of a batch is: `cierre.tienda:3` or `línea 3`.
  static func place(_ source: LineSource, line: Int) -> String {
    if case .file(let name) = source { return "\(name):\(line)" }
    return stdinLocation(line: line, column: nil)
  }

  // MARK: Variables
  static let unclosedVariable = "Falta cerrar la llave de la variable: ${nombre}."
  static func badArgumentNumber(_ text: String) -> String {
    "«${\(text)}» no existe: los argumentos van de ${1} a ${9}; ${*} los trae todos."
  }
  static func missingScriptArgument(_ n: Int, script: String?) -> String {
    guard let script else {
      return "Aquí no hay argumentos: ${\(n)} vale dentro de un script que los recibe."
    }
    return "El script «\(script)» no recibió el argumento \(n) (${\(n)})."
  }
  static func undefinedVariable(_ name: String) -> String {
    "La variable «$\(name)» no está definida."
  }
  static let variableHint =
    "Defínala con «definir nombre valor» o «parámetro nombre»; para escribir un $ use $$."
  static func badVariableName(_ name: String) -> String {
    "«\(name)» no sirve como nombre de variable: debe empezar con una letra y seguir con letras, números o _."
  }
  static func builtInVariable(_ name: String) -> String {
    "«$\(name)» ya la define tienda; elija otro nombre."
  }
  static func parameterTwice(_ name: String) -> String {
    "El parámetro o variable «\(name)» ya tiene valor en este script."
  }
  static func missingParameter(_ name: String, position: Int, script: String?) -> String {
    guard let script else {
      return
        "Falta el valor del parámetro «\(name)» (argumento \(position)) y no tiene valor por omisión."
    }
    return
      "Falta el parámetro «\(name)» (argumento \(position)) de «\(script)»: dele ese valor al ejecutarlo, o uno por omisión («parámetro \(name) <valor>»)."
  }
}

// MARK: - verificar
extension Messages {
  static let missingCheck = "Falta qué verificar, por ejemplo: verificar stock EMP01 >= 10."
  static var checkValues: String {
    "Se puede verificar: " + Checkable.all.map { "«\($0.usage)»" }.joined(separator: ", ") + "."
  }
  static func unknownCheck(_ word: String, suggestion: String?) -> String {
    var text = "No sé verificar «\(word)»."
    if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
    return text
  }
  static func missingComparison(_ name: String) -> String {
    "Falta la comparación después de «\(name) …»: =, !=, <, <=, > o >=, y el valor esperado."
  }
  static func missingExpected(_ op: String) -> String {
    "Falta el valor esperado después de «\(op)»."
  }
  static func truthNeedsEquality(_ name: String) -> String {
    "«\(name)» es sí o no: compárelo con = o !=."
  }
  static func checkFailed(subject: String, op: String, expected: String, found: String) -> String {
    "Falló la verificación: se esperaba \(subject) \(op) \(expected) y es \(found)."
  }
  static func checkPassed(subject: String, found: String, op: String, expected: String) -> String {
    "Se cumple: \(subject) es \(found) (se esperaba \(op) \(expected))."
  }
  static let checkHeldSubject = "tickets sostenidos"
  static func checkSalesSubject(_ period: String) -> String { "ventas " + ofPeriod(period) }
  static func checkSalesTotalSubject(_ period: String) -> String {
    "total de ventas " + ofPeriod(period)
  }
  /// `de hoy`, `del 20-11-2026`, `entre el … y el …`.
  static func ofPeriod(_ text: String) -> String {
    if text.hasPrefix("el ") { return "del " + text.dropFirst(3) }
    if text.hasPrefix("entre ") { return text }
    return "de " + text
  }
  static func checkCouponSubject(_ code: String) -> String { "existe cupón «\(code)»" }
  static let checkExpectedCashSubject = "efectivo esperado en la caja"
  static func checkLastDifferenceSubject(_ z: Int64) -> String {
    "diferencia en efectivo del último cierre (informe Z \(z))"
  }
  static func checkBalancedSubject(_ z: Int64, difference: String) -> String {
    "caja cuadrada en el último cierre (informe Z \(z), diferencia \(difference))"
  }
  static func checkNoClosing(_ register: String) -> String {
    "«\(register)» todavía no tiene cierres: no hay diferencia que verificar."
  }
}

// MARK: - --atómico, --simular
extension Messages {
  public static let modeNeedsBatch =
    "--simular y --atómico son para -c, un archivo de comandos o la entrada estándar; en la consola use «simular <comando>»."
  static let atomicRolledBack =
    "Modo --atómico: como algo falló, no se guardó ningún cambio del script (ni sus archivos)."
  static func simulatedFile(_ path: String) -> String {
    "Simulación: no se escribió «\(path)»."
  }
  static func simulatedBackup(_ path: String?) -> String {
    "Simulación: no se hizo el respaldo" + (path.map { " «\($0)»" } ?? "") + "."
  }

  /// Names of the tables a user may see in a simulation report.
  static let tableNames: [String: String] = [
    "categories": "categorías", "products": "productos", "kit_components": "componentes de kits",
    "stock_movements": "movimientos de stock", "taxes": "impuestos",
    "product_taxes": "impuestos de productos", "users": "usuarios", "roles": "roles",
    "settings": "configuración", "registers": "cajas", "sales": "ventas",
    "sale_lines": "líneas de venta", "payments": "pagos", "coupons": "cupones",
    "cash_sessions": "sesiones de caja", "cash_movements": "movimientos de caja",
    "tickets": "tickets", "ticket_lines": "líneas de tickets", "refunds": "devoluciones",
    "ticket_payments": "pagos de tickets abiertos", "sale_line_taxes": "impuestos de ventas",
    "refund_lines": "líneas devueltas", "refund_line_taxes": "impuestos devueltos",
    "print_jobs": "trabajos de impresión", "printers": "impresoras", "z_reports": "informes Z",
    "account_balances": "saldos de clientes", "account_moves": "movimientos de cuenta corriente",
    "customer_groups": "grupos de clientes", "customers": "clientes",
    "expense_categories": "categorías de gastos", "expense_payments": "pagos de gastos",
    "expense_recurrences": "gastos recurrentes", "expense_voids": "gastos anulados",
    "expenses": "gastos", "gift_card_moves": "movimientos de tarjetas de regalo",
    "gift_cards": "tarjetas de regalo", "option_groups": "grupos de opciones",
    "options": "opciones", "order_deposits": "señas de pedidos",
    "order_drafts": "pedidos en edición", "order_lines": "líneas de pedidos",
    "order_states": "estados de pedidos", "orders": "pedidos", "payment_methods": "medios de pago",
    "point_moves": "movimientos de puntos", "price_changes": "cambios de precio",
    "price_list_prices": "precios de listas", "price_lists": "listas de precios",
    "printer_categories": "categorías por impresora",
    "product_commissions": "comisiones de productos",
    "product_option_groups": "opciones de productos", "product_variants": "variantes",
    "promotions": "promociones", "purchase_draft_lines": "líneas de compras abiertas",
    "purchase_drafts": "compras abiertas", "purchase_lines": "líneas de compras",
    "purchase_payments": "pagos de compras", "purchase_taxes": "impuestos de compras",
    "purchase_voids": "compras anuladas", "purchases": "compras",
    "sale_customers": "clientes de ventas", "sale_line_costs": "costos de ventas",
    "sale_line_gifts": "regalos en ventas", "sale_line_options": "opciones vendidas",
    "sale_line_promotions": "promociones aplicadas", "sale_line_sellers": "vendedores de ventas",
    "sellers": "vendedores", "suppliers": "proveedores", "ticket_customers": "clientes de tickets",
    "variant_attributes": "atributos de variantes",
    "z_report_denominations": "billetes y monedas de informes Z",
    "z_report_heads": "huellas de informes Z", "z_report_lines": "líneas de informes Z",
    "z_report_methods": "medios de informes Z", "z_report_taxes": "impuestos de informes Z",
  ]

  /// Tables a simulation does not list: bookkeeping that follows the
  /// others (the journal is shown apart; the outbox of issue 23, the
  /// product search index and the report summaries are kept by tienda).
  static func isBookkeeping(_ table: String) -> Bool {
    table == "journal" || table.hasPrefix("outbox_") || table.hasPrefix("products_search")
      || table.hasPrefix("report_")
  }

  static func simulationReport(_ changes: SimulatedChanges?) -> String {
    guard let changes else { return "Simulación: no se guardó nada." }
    let rows = changes.rows.filter { !isBookkeeping($0.table) }
    if rows.isEmpty && changes.stock.isEmpty && changes.journal.isEmpty {
      return "Simulación: no se guardó nada; no habría cambiado nada."
    }
    var lines = ["Simulación: no se guardó nada. Esto habría cambiado:"]
    if !rows.isEmpty {
      var parts: [String] = []
      for row in rows {
        let delta = row.after - row.before
        let sign = delta > 0 ? "+" : ""
        let name = tableNames[row.table] ?? row.table
        parts.append("\(name) \(row.before) → \(row.after) (\(sign)\(delta))")
      }
      lines.append("  Filas: " + parts.joined(separator: "; "))
    }
    if !changes.stock.isEmpty {
      lines.append("  Stock:")
      for item in changes.stock {
        let unit = item.unit.isWeighed ? " " + item.unit.rawValue : ""
        lines.append(
          "    \(item.name) (\(item.sku)): " + TextFormat.quantity(item.before) + " → "
            + TextFormat.quantity(item.after) + unit)
      }
    }
    if !changes.journal.isEmpty {
      lines.append("  Bitácora:")
      for entry in changes.journal {
        lines.append("    " + entry.action + (entry.summary.isEmpty ? "" : ": " + entry.summary))
      }
    }
    return lines.joined(separator: "\n")
  }
}

// MARK: - Scripts that need rights the user lacks
extension Messages {
  /// `«maria» (supervisor) no tiene el derecho «administrar» que este
  /// script usa en la línea 31 (respaldar)…`
  static func scriptNeedsRights(
    user: String, role: String, rights: [(right: String, command: String, line: Int)]
  ) -> String {
    let who = role.isEmpty ? "«\(user)»" : "«\(user)» (\(role))"
    let list = rights.map { "«\($0.right)» (línea \($0.line): \($0.command))" }
    let named =
      list.count == 1
      ? "el derecho " + list[0]
      : "los derechos " + list.dropLast().joined(separator: ", ") + " y " + list.last!
    return
      "\(who) no tiene \(named) que este script necesita; no se ejecutó nada. Córralo con --usuario de alguien que tenga "
      + (list.count == 1 ? "ese derecho." : "esos derechos.")
  }
}

extension Messages {
  // MARK: --eco, --pausa, pausa
  static let pausePrompt = "Presione Enter para seguir («salir» termina)… "
  public static let pauseNeedsTerminal =
    "--pausa espera Enter en la terminal y aquí no hay una (¿cron o CI?); use --eco sin --pausa."
  public static let pauseNeedsBatch =
    "--pausa es para -c, un archivo de comandos o la entrada estándar; en la consola ya se avanza con Enter."
}
