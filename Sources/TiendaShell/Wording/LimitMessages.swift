import TiendaCore

/// Wording for the limits of DESIGN §8.2 and for input the shell refuses
/// before it reaches a command (control characters, devices, huge files).
extension Messages {
  static func amountOverLimit(_ text: String, maximum: String) -> String {
    "El monto «\(text)» es demasiado grande: el máximo de un monto es \(maximum)."
  }

  static func quantityOverLimit(_ text: String) -> String {
    "La cantidad «\(text)» es demasiado grande: el máximo es 1.000.000.000 (el stock de un producto)."
  }

  static func percentOverLimit(_ text: String) -> String {
    "El porcentaje «\(text)» no es posible: debe ser de 0 % hasta 100 %."
  }

  static func countItemTooLarge(_ text: String, _ currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    return
      "«\(text)» es demasiado: el total de esos billetes o monedas supera el máximo de un monto (\(money(Money(Limits.amount))))."
  }

  static func describe(limit error: LimitError, currency: Currency) -> String {
    func money(_ m: Money) -> String { TextFormat.money(m, currency) }
    switch error {
    case .lineQuantity(let product, let maximum, let unit):
      let written =
        TextFormat.quantity(maximum) + (unit == .unit ? " unidades" : " " + unit.rawValue)
      return
        "La cantidad de «\(product)» en una línea no puede pasar de \(written). Revise la cantidad (¿quedó un código de barras en su lugar?)."
    case .codeOrQuantity(let code):
      return
        "«\(code)» no es el código de barras de ningún producto, y como cantidad pasa del máximo de una línea (99.999). Escanee el código solo, o escriba la cantidad y el producto."
    case .lineAmount(let product):
      return
        "El importe de la línea de «\(product)» (cantidad × precio) pasa del máximo de un monto (\(money(Money(Limits.amount)))); no se agregó. Revise la cantidad y el precio."
    case .ticketTotal:
      return
        "El total del ticket pasaría del máximo de un monto (\(money(Money(Limits.amount)))); no se agregó. Cobre este ticket y siga en otro."
    case .ticketLines(let maximum):
      return
        "Un ticket tiene como máximo \(maximum) líneas; no se agregó. Cobre este ticket y siga en otro."
    case .stock(let product):
      return
        "El stock de «\(product)» quedaría fuera del rango que tienda maneja (hasta 1.000.000.000); no se cambió nada."
    case .repricedTicket(let product):
      return
        "Con ese precio, un ticket abierto o sostenido que lleva «\(product)» pasaría del máximo de un monto (\(money(Money(Limits.amount)))); no se cambió el producto. Cobre, quite la línea o cancele ese ticket primero."
    case .overflow:
      return
        "La cuenta se sale del rango de montos que tienda maneja (hasta \(money(Money(Limits.amount))) por monto); no se guardó nada."
    }
  }
}

extension Messages {
  static func lineTooLong(bytes: Int) -> String {
    "La línea es demasiado larga (\(Money.grouped(UInt64(bytes))) bytes; el máximo es \(Money.grouped(UInt64(Lexer.maximumLineBytes)))). Ningún comando necesita tanto: revise que sea el archivo correcto."
  }

  static func tokenTooLong(_ maximum: Int) -> String {
    "Una palabra o un texto entre comillas puede tener hasta \(Money.grouped(UInt64(maximum))) caracteres; este es más largo."
  }

  static func controlInLine(_ code: String) -> String {
    "La línea tiene un carácter de control (\(code)); no se aceptan en comandos, nombres ni textos. Escríbala de nuevo sin él."
  }

  static func describe(text error: TextError) -> String {
    switch error {
    case .controlInName(let thing, let scalar):
      let code = Unicode.Scalar(scalar).map(ControlCharacters.code) ?? "?"
      return
        "El nombre de \(the(thing)) tiene un carácter de control (\(code)); no se aceptan en nombres. Escríbalo sin él."
    }
  }
}

extension Messages {
  static func kindWord(_ kind: Files.FileKind) -> String {
    switch kind {
    case .folder: return "una carpeta"
    case .device: return "un dispositivo"
    case .fifo: return "una tubería (FIFO)"
    case .socket: return "un socket"
    case .other: return "un archivo especial"
    }
  }

  static func notRegularFile(_ path: String, kind: Files.FileKind) -> String {
    "«\(path)» es \(kindWord(kind)), no un archivo común: no lo leo (podría no terminar nunca). Indique un archivo de texto o CSV."
  }

  static func notWritableKind(_ path: String, kind: Files.FileKind) -> String {
    "«\(path)» es \(kindWord(kind)): no escribo la salida ahí. Indique un archivo."
  }

  static func fifoWithoutReader(_ path: String) -> String {
    "«\(path)» es una tubería (FIFO) y nadie la está leyendo: no escribí nada."
  }

  static func fileTooLarge(_ path: String, bytes: Int, maximum: Int) -> String {
    "«\(path)» es demasiado grande (\(megabytes(bytes)) MB; el máximo es \(megabytes(maximum)) MB): no lo leo. Revise que sea el archivo correcto."
  }

  static func megabytes(_ bytes: Int) -> String {
    Money.grouped(UInt64((bytes + (1 << 20) - 1) >> 20))
  }
}
