import TiendaCore

/// Spanish wording of payment methods (DESIGN §8.11): what the commands say
/// and their refusals (`PaymentMethodError`).
extension Messages {
  static func paymentMethodCreated(_ m: PaymentMethodInfo) -> String {
    "Medio de pago «\(m.name)» creado (tipo \(m.type.rawValue)"
      + (m.referenceRequired ? ", referencia obligatoria)." : ").")
      + " Úselo con: pagar \(m.name)" + (m.referenceRequired ? " ref <número>" : "")
  }

  static func paymentMethodEdited(_ m: PaymentMethodInfo) -> String {
    "Medio de pago «\(m.name)»: tipo \(m.type.rawValue), referencia "
      + (m.referenceRequired ? "obligatoria" : "opcional")
      + (m.active ? ", activo." : ", inactivo.")
  }

  static func paymentMethodDeactivated(_ m: PaymentMethodInfo) -> String {
    let history =
      switch m.payments {
      case 0: "no tiene pagos"
      case 1: "su pago guarda su nombre"
      default: "sus \(m.payments) pagos guardan su nombre"
      }
    return "Medio de pago «\(m.name)» desactivado; \(history)."
      + " Para volver a usarlo: editar medio de pago \(m.name) activo sí"
  }

  static func noSalesWithReference(_ reference: String) -> String {
    "No hay ventas pagadas con la referencia «\(reference)»."
  }

  /// "a, b o c".
  static func orList(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " o " + words.last!
  }

  static let referenceRequiredWord = "obligatoria"
  static let referenceOptionalWord = "opcional"
}

/// Headings of `listar medios de pago`.
enum PaymentMethodsHeadings {
  static let name = "Medio de pago"
  static let type = "Tipo"
  static let reference = "Referencia"
  static let active = "Activo"
  static let builtin = "Incluido"
  static let payments = "Pagos"
}

extension PaymentMethodError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .reservedWord(let name):
      return
        "«\(name)» no puede ser nombre de un medio de pago: es una palabra del lenguaje de tienda"
        + " (o tiene espacios). Elija otra, p. ej. una sola palabra como «amipass»."
    case .startsWithLetter(let name):
      return "«\(name)» no sirve como nombre de un medio de pago: debe empezar con una letra."
    case .cashIsFixed:
      return
        "El efectivo no se puede desactivar, cambiar de tipo ni pedir referencia: es el dinero de la caja."
    case .cashTypeReserved(let name):
      return
        "«\(name)» no puede ser de tipo efectivo: ese tipo es el efectivo de la caja, el único que da vuelto y se cuenta en el cajón. Use otro tipo, p. ej.: crear medio de pago \(name) tipo otro"
    case .builtinFixed(let name):
      return
        "«\(name)» viene incluido y su tipo no cambia (los informes lo agrupan por tipo). Se puede desactivar o exigir referencia: editar medio de pago \(name) referencia obligatoria. Para otro tipo, cree uno propio: crear medio de pago <nombre> tipo …"
    case .unknown(let name, let payable, let suggestion):
      var text =
        "«\(name)» no es un medio de pago; use \(Messages.orList(payable))."
      if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
      if fold(name) == "sena" {
        // Issue 20: a seña is applied on delivery; at the close, the cash
        // ones are already in the expected cash, the others in their method.
        text =
          "«\(name)» no es un medio de pago: las señas ya están en el efectivo esperado (las en efectivo) o en su medio; la de un pedido se aplica sola al entregarlo."
      }
      return text
    case .inactive(let name):
      return
        "El medio de pago «\(name)» está desactivado; actívelo con: editar medio de pago \(name) activo sí"
    case .referenceMissing(let name):
      return
        "«\(name)» pide el número de referencia: pagar \(name) ref <número>. No se guardó nada."
    case .notAvailableYet(let name):
      return
        "«\(name)» todavía no se puede usar en esta versión de tienda: queda desactivado."
    case .alreadyInactive(let name):
      return "El medio de pago «\(name)» ya estaba desactivado."
    }
  }
}
