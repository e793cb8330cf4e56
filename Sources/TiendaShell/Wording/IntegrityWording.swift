import TiendaCore

/// Spanish wording of `verificar base` and the journal: the file's health,
/// the stock and ledger checks, tamper evidence.
extension Messages {
  static let noJournal = "No hay registros en la bitácora para ese período."
  static let databaseHealthy = "La base está sana."
  static let databaseDamaged =
    "La base tiene problemas: haga una copia del archivo antes de seguir."
  static func foreignKeyProblems(_ n: Int) -> String {
    n == 0 ? "ok" : n == 1 ? "1 problema" : "\(n) problemas"
  }
  static func stockCheck(_ mismatched: [String]) -> String {
    mismatched.isEmpty
      ? "ok"
      : "no cuadra en " + mismatched.prefix(5).joined(separator: ", ")
        + (mismatched.count > 5 ? " y \(mismatched.count - 5) más" : "")
  }
  static func ledgerCheck(_ problems: [LedgerProblem]) -> String {
    guard !problems.isEmpty else { return "ok" }
    return problems.prefix(3).map { problem in
      switch problem {
      case .saleDoesNotAddUp(let register, let number):
        return "la venta \(number) de \(register) no suma su total"
      case .saleNumberGap(let register, let count, let highest):
        return
          "\(register) tiene \(count) \(count == 1 ? "venta numerada" : "ventas numeradas") hasta \(highest)"
      case .sessionWithoutZ(let register, let session):
        return "la sesión \(session) de \(register) se cerró sin informe Z"
      case .reportRollupDiffers(let table, let groups):
        return Messages.rollupDiffers(table, groups: groups)
      case .accountBalanceDiffers(let customer, let cached, let ledger):
        return AccountWording.balanceDiffers(customer, cached: cached, ledger: ledger)
      case .orderDepositDiffers(let order, let cached, let ledger):
        return
          "el pedido \(order) guarda una seña de \(cached.minorUnits) pero sus movimientos suman \(ledger.minorUnits)"
      }
    }.joined(separator: "; ") + (problems.count > 3 ? " y \(problems.count - 3) más" : "")
  }
}

// MARK: - Tamper evidence: `verificar base`, the Z report's chain head
extension Messages {
  static let journalChainLabel = "Cadena de la bitácora"
  static let saleSealsLabel = "Ventas contra sus sellos"
  static let triggersLabel = "Protección de tablas"
  static let zHeadLabel = "Bitácora al cerrar"

  /// `N° 123 · 1f3a…` : the row and the first digits of its hash.
  static func chainHead(_ head: ChainHead?) -> String {
    guard let head else { return "vacía" }
    return "N° \(head.journalID) · \(head.short)"
  }

  static func journalChainCheck(_ problems: [TamperProblem], head: ChainHead?) -> String {
    var parts: [String] = []
    for problem in problems {
      switch problem {
      case .journalRewritten(let id, let missingHash):
        parts.append(
          missingHash
            ? "el registro N° \(id) no tiene su huella: se agregó a mano"
            : "rota en el registro N° \(id): ese registro (o el anterior) se cambió, borró o agregó a mano"
        )
      case .zHeadDisagrees(let register, let number):
        parts.append(
          "el informe Z \(number) de \(register) guardó otra huella de la bitácora: se reescribió después de ese cierre"
        )
      default: continue
      }
    }
    return parts.isEmpty ? "ok (" + chainHead(head) + ")" : summarized(parts)
  }

  static func saleSealCheck(_ problems: [TamperProblem]) -> String {
    var parts: [String] = []
    for problem in problems {
      switch problem {
      case .sale(let p):
        switch p.kind {
        case .changed:
          parts.append("la venta \(p.number) de \(p.register) se modificó fuera de tienda")
        case .unsealed:
          parts.append(
            "la venta \(p.number) de \(p.register) no está en la bitácora: se agregó fuera de tienda"
          )
        case .missing:
          parts.append("la venta \(p.number) de \(p.register) se borró fuera de tienda")
        }
      case .earlierSalesChanged(let upTo):
        parts.append(
          "alguna venta anterior a la versión 12 del archivo (hasta la venta interna \(upTo)) se modificó fuera de tienda"
        )
      default: continue
      }
    }
    return parts.isEmpty ? "ok" : summarized(parts)
  }

  static func triggersCheck(_ problems: [TamperProblem]) -> String {
    let missing: [String] = problems.compactMap {
      if case .missingTrigger(let table, let trigger) = $0 { return "\(trigger) (\(table))" }
      return nil
    }
    let tables: [String] = problems.compactMap {
      if case .missingTable(let name) = $0 { return name }
      return nil
    }
    var parts: [String] = []
    if !missing.isEmpty {
      parts.append(
        "faltan los triggers " + summarized(missing, separator: ", ")
          + ": alguien los borró; restaure un respaldo o revise el archivo")
    }
    if !tables.isEmpty {
      parts.append(SyncTamperMessages.missingTables(tables))
    }
    return parts.isEmpty ? "ok" : parts.joined(separator: "; ")
  }

  private static func summarized(_ parts: [String], separator: String = "; ") -> String {
    parts.prefix(3).joined(separator: separator)
      + (parts.count > 3 ? " y \(parts.count - 3) más" : "")
  }
}

// MARK: - Table headers
/// Column headers of `bitácora` and the labels of `verificar base`. The
/// keys beside them are the CSV and JSON names, in AuditTables.swift.
enum AuditHeadings {
  static let number = "N°"
  static let dateTime = "Fecha y hora"
  static let user = "Usuario"
  static let register = "Caja"
  static let command = "Comando"
  static let approvedBy = "Aprobó"
  static let action = "Acción"
  static let before = "Antes"
  static let after = "Después"
  static let change = "Cambio"
  static let file = "Archivo"
  static let schemaVersion = "Versión del esquema"
  static let knownVersion = "Versión que conoce tienda"
  static let integrity = "Integridad"
  static let foreignKeys = "Claves foráneas"
  static let journalMode = "Modo del diario"
  static let journalEntries = "Registros en bitácora"
  static let activeProducts = "Productos activos"
  static let stockAgainstMoves = "Stock contra movimientos"
  static let salesAndRegisters = "Ventas y cajas"
  static let size = "Tamaño (bytes)"
}
