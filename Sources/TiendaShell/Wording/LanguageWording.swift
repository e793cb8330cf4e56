import TiendaCore

/// Wording of the command language: the lexer and the parser, literals
/// (amounts, quantities, dates, RUT…), keywords (DESIGN §8.3), the limits of
/// DESIGN §8.2, and input the shell refuses before it reaches a command.
extension Messages {
  // MARK: Lexer and parser
  static let unterminatedQuote = "Falta cerrar las comillas."
  static func unknownCommand(_ typed: String, suggestion: String?) -> String {
    var text = "No conozco el comando «\(typed)»."
    if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
    return text
  }
  static func incompleteCommand(_ verb: String) -> String { "Falta completar «\(verb)»." }
  static let missingFormat = "Falta el formato después de «como»: tabla, csv, json o gráfico."
  static func unknownFormat(_ text: String) -> String {
    "No conozco el formato «\(text)». Use tabla, csv, json o gráfico."
  }
  static let missingRedirectFile = "Falta el nombre del archivo después de «>»."
  static func repeatedOption(_ keyword: String) -> String {
    "La opción «\(keyword)» aparece dos veces."
  }
  static func missingValue(_ keyword: String, _ placeholder: String) -> String {
    "Falta el valor de «\(keyword)» (\(placeholder))."
  }
  static let unexpectedComma = "Sobra una coma aquí."
  static func unexpectedWord(_ word: String, command: String, suggestion: String?) -> String {
    var text = "No entiendo «\(word)» en «\(command)»."
    if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
    return text
  }
  static func missingArgument(_ placeholder: String, command: String?) -> String {
    if let command { return "Falta \(placeholder) en «\(command)»." }
    return "Falta \(placeholder)."
  }
  static func colonBeforeLines(example: String?) -> String {
    "El nombre termina en «: »; escriba las líneas después"
      + (example.map { ", por ejemplo: \($0)" } ?? ".")
  }
  static func badChoice(_ text: String, options: [String], suggestion: String?) -> String {
    var message =
      "«\(text)» no es una opción válida; use " + options.map { "«\($0)»" }.joined(separator: ", ")
      + "."
    if let suggestion { message += " ¿Quiso decir «\(suggestion)»?" }
    return message
  }
  static let quotedCommand =
    "Los comandos se escriben sin comillas; las comillas son para los nombres (crear categoría \"Pan amasado\")."
  static let repeatedFormat = "«como» aparece dos veces; indique un solo formato."
  static let repeatedRedirect = "«>» aparece dos veces; indique un solo archivo."
  static func badPeriodSuggestion(_ text: String, suggestion: String) -> String {
    "«\(text)» no es un período. ¿Quiso decir «\(suggestion)»?"
  }

  // MARK: Literals
  static func rutWhereMoney(_ text: String) -> String {
    "«\(text)» parece un RUT, no un monto."
  }
  static func negativeMoney(_ text: String) -> String {
    "El monto «\(text)» no puede ser negativo."
  }
  static func moneyNoDecimals(_ text: String, _ code: String) -> String {
    "«\(text)»: los montos en \(code) no llevan decimales. Escriba, por ejemplo, 2500 o 2.500."
  }
  static func moneyBadGrouping(_ text: String) -> String {
    "«\(text)» no es un monto válido: el punto separa miles de a tres cifras (2.500, 12.990)."
  }
  static func badMoney(_ text: String, currency: Currency) -> String {
    let grouped = "2\(currency.thousands)500"
    let example =
      currency.decimals == 0
      ? "2500, \(grouped) o \(currency.symbol)\(grouped)"
      : "2500, \(grouped) o \(grouped)\(currency.decimalMark)50"
    return "«\(text)» no es un monto válido. Ejemplos: \(example)."
  }
  static func badQuantity(_ text: String) -> String {
    "«\(text)» no es una cantidad válida. Ejemplos: 2, 0,5, 1,25 kg, 500 g."
  }
  static func negativeQuantity(_ text: String) -> String {
    "La cantidad «\(text)» no puede ser negativa."
  }
  static func ambiguousQuantity(_ text: String, decimal: String, thousands: String) -> String {
    "«\(text)» es ambiguo: ¿\(decimal) o \(thousands)? Escriba \(decimal) (con coma) o \(thousands)."
  }
  static func tooManyDecimals(_ text: String) -> String {
    "«\(text)» tiene más de 3 decimales; las cantidades llegan a milésimas (0,125)."
  }
  static func badPercent(_ text: String) -> String {
    "«\(text)» no es un porcentaje válido. Ejemplos: 10%, 20,5%."
  }
  static func badRut(_ text: String) -> String {
    "«\(text)» no es un RUT. Ejemplos: 12.345.678-5, 12345678-5."
  }
  static func badRutCheckDigit(_ text: String) -> String {
    let digits = text.split(separator: "-").first.map { $0.filter(\.isASCIIDigit) } ?? ""
    let expected = Int(digits).map { String(Rut.checkDigit(for: $0)) } ?? "?"
    return
      "El dígito verificador de «\(text)» no corresponde; para ese número debería ser \(expected)."
  }
  static func badDate(_ text: String) -> String {
    "«\(text)» no es una fecha. Use hoy, ayer, mañana, 25-12-2026 o 2026-12-25."
  }
  static func impossibleDate(_ text: String) -> String { "La fecha «\(text)» no existe." }
  static func badInteger(_ text: String) -> String { "«\(text)» no es un número entero." }
  static func badYesNo(_ text: String) -> String { "«\(text)»: responda «sí» o «no»." }
  static func missingDate(_ after: String) -> String { "Falta la fecha después de «\(after)»." }
  static func periodBackwards(from: String, to: String) -> String {
    "El período termina (\(to)) antes de empezar (\(from))."
  }
  static func badPeriod(_ text: String) -> String {
    "«\(text)» no es un período. Use hoy, ayer, semana, mes, año, un mes (marzo, marzo 2026), una fecha o «desde 01-11-2026 hasta 15-11-2026»."
  }
}

// MARK: - Keywords and lexing additions
extension Messages {
  /// `sku precio 100`: a keyword came where the value of `keyword` goes.
  static func keywordInsteadOfValue(
    _ keyword: String, _ placeholder: String, found: String, command: String, quotable: Bool
  ) -> String {
    let text =
      "Falta el valor de «\(keyword)» (\(placeholder)): «\(found)» es otra palabra clave de «\(command)»."
    guard quotable else { return text }
    return text + " Si «\(found)» es el valor, escríbalo entre comillas: \(keyword) \"\(found)\"."
  }

  /// `rut 123456785`: a RUT is written with its dash.
  static func rutNeedsDash(_ text: String) -> String {
    let body = String(text.dropLast())
    return
      "«\(text)» no es un RUT: falta el guion antes del dígito verificador (\(body)-\(text.last!))."
  }

  /// `descuento -5%` where only a percentage without sign goes.
  static func signedPercentNotHere(_ text: String) -> String {
    "«\(text)» lleva signo: aquí va un porcentaje sin signo, como 5%."
  }

  /// `25:70`: not a time of day.
  static func badTime(_ text: String) -> String {
    "«\(text)» no es una hora válida. Use HH:MM, por ejemplo 08:30 o 19:45."
  }
}

// MARK: - Limits
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

extension LimitError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(limit: self, currency: currency) }
}

// MARK: - Lines and names the shell refuses
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

extension TextError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(text: self) }
}
