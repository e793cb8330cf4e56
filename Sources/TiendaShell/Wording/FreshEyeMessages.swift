/// Wording added by the fresh-eye review of issues 12 and 13.
enum FreshEyeMessages {
  static func printUncertain(_ id: Int64, _ printer: String, _ why: String) -> String {
    "  Aviso: no sé si el trabajo \(id) salió por «\(printer)»: \(why). Si no salió: «reintentar impresión \(id)» (un ticket sale marcado COPIA)."
  }
  static func printWaiting(_ id: Int64, _ printer: String) -> String {
    "  Aviso: el trabajo \(id) todavía no sale por «\(printer)»: quedó en la cola y sale cuando la impresora responda («cola de impresión»)."
  }
  /// `crear usuario` without `rol` (the user wrote no «rol» at all).
  static func missingRole(first: Bool) -> String {
    "Falta el rol del usuario: «rol cajero», «rol supervisor» o «rol dueño»"
      + (first ? " (el primer usuario debe ser dueño)." : ".")
  }
}
