import TiendaCore

/// Spanish wording of hooks (`al cerrar caja ejecutar …`): what the
/// commands say, each run's report, and the refusals (`HookError`).
extension Messages {
  /// «al cerrar caja», «al vender».
  static func hookEventName(_ event: HookEvent) -> String { "al " + event.rawValue }

  static func hookSaved(_ hook: EventHook) -> String {
    let practice = hook.inPractice ? ", también en modo práctica" : ""
    return
      "Evento \(hook.number) guardado: \(hookEventName(hook.event)) se ejecutará «\(hook.script)»"
      + " (máximo \(hook.limit) s\(practice)). Para quitarlo: borrar evento \(hook.number)"
  }

  static func hookRemoved(_ hook: EventHook) -> String {
    "Evento \(hook.number) borrado: \(hookEventName(hook.event)) ya no ejecuta «\(hook.script)»."
  }

  static func hookTicketReason(_ hook: EventHook) -> String {
    "lo dejó abierto el evento \(hook.number) (\(hook.script))"
  }

  static func hookIsShopFile(_ path: String) -> String {
    "«\(path)» es el archivo de la tienda, no un script: indique un archivo de comandos (.tienda)."
  }

  static let noHooks =
    "No hay eventos. Guarde uno con: al cerrar caja ejecutar cierre.tienda (o al vender ejecutar …)"

  static func hookSucceeded(_ hook: EventHook, seconds: Double) -> String {
    "  Evento \(hookEventName(hook.event)): «\(hook.script)» terminó bien ("
      + TextFormat.plainQuantity(Quantity(thousandths: Int64((seconds * 1000).rounded())))
      + " s)."
  }

  static func hookFailed(_ hook: EventHook, _ outcome: HookOutcome) -> String {
    let start = "El evento \(hookEventName(hook.event)) («\(hook.script)») "
    let end = " Lo que ya se guardó antes del evento no se deshace."
    switch outcome {
    case .succeeded:
      return start + "terminó bien."
    case .failed(let n):
      return start + "no terminó bien: " + failures(n) + end
    case .timedOut(let seconds):
      return start
        + "pasó su límite de \(seconds) s y se detuvo entre dos comandos."
        + " Para darle más tiempo, guárdelo de nuevo con «límite 120» (máximo 3600)." + end
    case .unreadable(let reason):
      return start + "no se pudo ejecutar: " + reason + end
    case .leftTicketOpen(let lines):
      return start
        + "dejó un ticket abierto (\(lines) línea\(lines == 1 ? "" : "s")) y se canceló: un evento no deja documentos abiertos en la caja. Si debe vender, que pague en la misma línea (vender … pagar …)."
    }
  }
}

/// Headings of `listar eventos`.
enum HooksHeadings {
  static let number = "N°"
  static let event = "Evento"
  static let script = "Archivo"
  static let arguments = "Argumentos"
  static let limit = "Límite"
  static let practice = "En práctica"
}

extension HookError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .noSuchHook(let n, let existing):
      return existing.isEmpty
        ? "No hay evento \(n): no hay eventos guardados (vea «listar eventos»)."
        : "No hay evento \(n); los eventos son "
          + Messages.orList(existing.map(String.init)).replacingOccurrences(of: " o ", with: " y ")
          + " (vea «listar eventos»)."
    case .duplicate(let event, let script, let number):
      return
        "«\(script)» ya se ejecuta \(Messages.hookEventName(event)) (evento \(number)). Para cambiarlo, bórrelo primero: borrar evento \(number)"
    case .badArgument(let text):
      return
        "El argumento «\(text)» tiene un tabulador o un salto de línea; escríbalo en una línea."
    case .badLimit(let seconds):
      return
        "El límite va de \(EventHook.limits.lowerBound) a \(EventHook.limits.upperBound) segundos (se pidió \(seconds))."
    }
  }
}
