import TiendaCore

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
    return missing.isEmpty
      ? "ok"
      : "faltan los triggers " + summarized(missing, separator: ", ")
        + ": alguien los borró; restaure un respaldo o revise el archivo"
  }

  private static func summarized(_ parts: [String], separator: String = "; ") -> String {
    parts.prefix(3).joined(separator: separator)
      + (parts.count > 3 ? " y \(parts.count - 3) más" : "")
  }
}

// MARK: - Creating a shop (DESIGN §8.1)
extension Messages {
  public static func confirmCreateShop(_ path: String) -> String {
    "No existe «\(path)». ¿Crear una tienda nueva en ese archivo? (s/n) "
  }
  public static let shopNotCreated =
    "No se creó nada. Revise el nombre del archivo o use «--db» con el de su tienda."
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
