/// Spanish wording of printer truth (DESIGN §8.20): what `probar
/// impresora`, `imprimir ticket` and `reimprimir ticket` say about the job
/// they just sent.
extension Messages {
  static func jobPrinted(_ id: Int64, _ printer: String) -> String {
    "Trabajo \(id) impreso en «\(printer)» (la impresora lo confirmó)."
  }
  static func jobSent(_ id: Int64, _ printer: String) -> String {
    "Trabajo \(id) enviado a «\(printer)» (esta impresora no confirma lo que imprime)."
  }
  static func jobFailed(_ id: Int64, _ printer: String, _ why: String) -> String {
    "El trabajo \(id) no salió por «\(printer)»: \(why). Quedó en la cola: «reintentar impresión \(id)» cuando la impresora esté lista."
  }
  static func jobUncertain(_ id: Int64, _ printer: String, _ why: String) -> String {
    "No sé si el trabajo \(id) salió por «\(printer)»: \(why). Si no salió: «reintentar impresión \(id)» (un ticket sale marcado COPIA)."
  }
  static func noStatusHint(_ printer: String) -> String {
    "Si la página salió bien, esta impresora no informa su estado: «configurar impresora \(printer) estado no»."
  }
  static func jobStillSending(_ id: Int64, _ printer: String) -> String {
    "El trabajo \(id) sigue enviándose a «\(printer)»; vea cómo terminó con «cola de impresión»."
  }
}
