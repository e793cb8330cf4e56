import TiendaCore
import TiendaPrint

/// Spanish wording of printing: refusals (`PrintError`) and what the
/// printing commands say.
extension Messages {
  static func describe(print error: PrintError) -> String {
    switch error {
    case .badWidth(let w): return "El ancho \(w) no sirve: use 32 (58 mm), 42 o 48 (80 mm)."
    case .badCodePage(let n):
      return "La página de códigos \(n) no existe: va de 0 a 255 (2 = PC850)."
    case .transportNeeded(let name):
      return
        "Falta cómo llegar a «\(name)»: tcp <host>[:9100], archivo <ruta>, cups <cola> o pantalla."
    case .noPrinter(let role):
      return
        "No hay impresora de \(role.rawValue). Configure una, por ejemplo: configurar impresora boletera tcp 192.168.1.50 rol \(role.rawValue)"
    case .jobNotFound(let id): return "No hay un trabajo de impresión número \(id)."
    case .jobNotWaiting(let id, let state):
      return "El trabajo \(id) está \(state.rawValue): no se puede hacer eso con él."
    case .nothingToPrint: return "No hay nada que imprimir."
    case .wrongLanguage(let printer, let language, let needed):
      return "«\(printer)» habla \(language.rawValue) y esto necesita \(needed)."
    }
  }

  static let oneTransport =
    "Indique una sola forma de llegar a la impresora (tcp, archivo, cups o pantalla)."
  static func printerSaved(_ name: String, _ detail: String) -> String {
    "Impresora «\(name)» guardada: \(detail)."
  }
  static func printerDeleted(_ name: String) -> String { "Impresora «\(name)» quitada." }
  static let noPrinters =
    "No hay impresoras. Agregue una con: configurar impresora boletera tcp 192.168.1.50"
  static func jobQueued(_ id: Int64, _ printer: String) -> String {
    "Trabajo \(id) a «\(printer)»."
  }
  static let noJobs = "No hay trabajos de impresión."
  static func jobsRetried(_ n: Int) -> String {
    n == 0
      ? "No había trabajos para reintentar."
      : "\(n) trabajo\(n == 1 ? "" : "s") de vuelta a la cola."
  }
  static func jobsCancelled(_ n: Int) -> String {
    n == 0
      ? "No había trabajos en espera."
      : "\(n) trabajo\(n == 1 ? "" : "s") cancelado\(n == 1 ? "" : "s")."
  }
  static let cancelWhich = "Diga qué trabajo cancelar: su número o «todo»."
  static let xTitle = "INFORME X"
  static func zTitle(_ n: Int64) -> String { "INFORME Z \(n)" }
  static let practicePaper = "*** PRÁCTICA ***"
  static func printFailed(_ id: Int64, _ printer: String, _ why: String) -> String {
    "  Aviso: el trabajo \(id) no salió por «\(printer)»: \(why). Quedó en la cola («cola de impresión»)."
  }
}

extension Messages {
  static let whichLabels =
    "Diga de qué productos: «imprimir etiquetas EMP01 10» o «imprimir etiquetas categoría bebidas»."
  static func badLabelSize(_ text: String) -> String {
    "«\(text)» no es un tamaño de etiqueta: escriba ancho x alto en milímetros, como 50x25."
  }
  static func badLabelCount(_ name: String) -> String {
    "La cantidad de etiquetas de «\(name)» debe ser un número entero de 1 a 9999."
  }
  static func labelsQueued(_ n: Int, _ id: Int64, _ printer: String) -> String {
    "\(n) etiqueta\(n == 1 ? "" : "s") en el trabajo \(id) a «\(printer)»."
  }
  static func describe(label error: LabelError) -> String {
    switch error {
    case .barcode(let e): return describe(barcode: e)
    case .barcodeTooWide(let code, let needed, let available):
      return
        "El código de «\(code)» necesita \(needed) mm y la etiqueta tiene \(available) mm: use una etiqueta más ancha (tamaño 60x30)."
    case .copies(let n): return "\(n) copias no es posible: de 1 a 9999."
    case .sheetLayout(let columns, let rows):
      return
        "Una hoja de \(columns) × \(rows) etiquetas no cabe en el papel: use de 1 a 10 columnas y de 1 a 30 filas, con etiquetas de al menos 20 × 15 mm."
    }
  }

  static func describe(barcode error: BarcodeError) -> String {
    switch error {
    case .ean13Length(let t): return "El código «\(t)» no tiene 13 dígitos."
    case .ean13CheckDigit(let t, let expected):
      return "El código «\(t)» tiene mal el dígito verificador (debería terminar en \(expected))."
    case .code128Empty: return "El producto no tiene SKU para el código de barras."
    case .code128Character(let t, let c):
      return "El SKU «\(t)» tiene «\(c)», que no cabe en un Code 128; cambie el SKU."
    }
  }
}

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

// MARK: - Notices after a command (the session's print jobs)
extension Messages {
  static func printUncertain(_ id: Int64, _ printer: String, _ why: String) -> String {
    "  Aviso: no sé si el trabajo \(id) salió por «\(printer)»: \(why). Si no salió: «reintentar impresión \(id)» (un ticket sale marcado COPIA)."
  }
  static func printWaiting(_ id: Int64, _ printer: String) -> String {
    "  Aviso: el trabajo \(id) todavía no sale por «\(printer)»: quedó en la cola y sale cuando la impresora responda («cola de impresión»)."
  }
}

extension PrintError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(print: self) }
}

extension LabelError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(label: self) }
}

extension LabelPrintError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .noProducts: Messages.whichLabels
    case .badCount(let product): Messages.badLabelCount(product)
    }
  }
}

extension BarcodeError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(barcode: self) }
}

// MARK: - Printers and jobs described
extension Messages {
  /// The shop's name on a printed report when it has none.
  static let unnamedShop = "tienda"
  static let onScreen = "pantalla"
  static func printerColumns(_ n: Int) -> String { "\(n) columnas" }
  static let confirmsWithStatus = "confirma con su estado"
  static let defaultPrinter = "predeterminada"
  static let copySuffix = " (copia)"
}

// MARK: - Table headers
/// Column headers of the printing tables (printers, the print queue). The
/// keys beside them are the CSV and JSON names, in PrintingTables.swift.
enum PrintingHeadings {
  static let name = "Nombre"
  static let transport = "Transporte"
  static let target = "Destino"
  static let role = "Rol"
  static let language = "Lenguaje"
  static let width = "Ancho"
  static let codePage = "Página"
  static let cut = "Corte"
  static let drawer = "Cajón"
  static let isDefault = "Predeterminada"
  static let statusCheck = "Estado"
  static let number = "N°"
  static let printer = "Impresora"
  static let kind = "Qué"
  static let document = "Documento"
  static let state = "Estado"
  static let attempts = "Intentos"
  static let created = "Creado"
  static let lastError = "Último error"
}
