import TiendaCore

/// Spanish wording of scales and scale codes, open prices, services and
/// weighed items (issue 21): what the commands say and the refusals
/// (`ScaleError`).
extension Messages {
  static func scaleValueName(_ value: ScaleLayout.Value) -> String {
    value == .weight ? "peso" : "precio"
  }

  static func scaleSaved(_ layout: ScaleLayout, replaced: Bool) -> String {
    let what =
      layout.value == .weight
      ? "el peso en kilos con \(layout.decimals) decimales"
      : "el precio con \(layout.decimals) decimales"
    return
      "Balanza \(replaced ? "cambiada" : "configurada"): los códigos que empiezan con \(layout.prefix)"
      + " (\(layout.shownPattern)) traen el PLU y \(what). Para quitarla: borrar balanza \(layout.prefix)"
  }

  static func scaleRemoved(_ layout: ScaleLayout) -> String {
    "Balanza \(layout.prefix) borrada: sus códigos ya no se leen como códigos de balanza."
  }

  static let noScales =
    "No hay balanzas. Configure una con: configurar balanza prefijo 20 formato PPPPPVVVVV peso"

  static let scaleValueBoth = "Indique «peso» o «precio», no ambos."

  /// At a terminal: the weight of a weighed product sold without it.
  static func weightPrompt(_ product: String) -> String {
    "Peso de \(product) (por ejemplo 0,350 o 350 g; vacío cancela): "
  }

  /// At a terminal: the price of an open-price product.
  static func openPricePrompt(_ product: String) -> String {
    "Precio de \(product) (vacío cancela): "
  }

  static let askedItemCancelled = "Cancelado: no se agregó nada."

  /// At a terminal: an open price of $0 or less, asked again.
  static func openPriceNotPositive(_ product: String) -> String {
    "El precio de \(product) debe ser mayor que $0; escríbalo de nuevo o deje vacío para cancelar."
  }
}

/// Headings of `listar balanzas`.
enum ScalesHeadings {
  static let prefix = "Prefijo"
  static let pattern = "Formato"
  static let value = "Valor"
  static let decimals = "Decimales"
}

extension ScaleError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .badPrefix(let prefix):
      return
        "El prefijo «\(prefix)» no sirve: son 1 a 3 dígitos con que empiezan los códigos de la balanza (por ejemplo 20)."
    case .notInStorePrefix(let prefix):
      return
        "El prefijo \(prefix) no es de uso interno: los códigos que empiezan así son de productos de verdad (780 es el de Chile) y se leerían como de balanza. Use un prefijo de uso interno GS1: 02, 04 o 20 a 29 (2 solo abarca del 20 al 29)."
    case .patternPrefix(let pattern, let prefix):
      return
        "El formato «\(pattern)» empieza con otros dígitos que el prefijo \(prefix); escríbalo sin el prefijo (PPPPPVVVVV) o con él (\(prefix)PPPPPVVVVV)."
    case .badPattern(let pattern, let prefix):
      return
        "El formato «\(pattern)» no sirve: con el prefijo \(prefix) debe sumar 12 dígitos (el 13.º es el verificador) y usar P (PLU), V (valor), D (verificador del precio) o X (se ignora); por ejemplo PPPPPVVVVV."
    case .priceCheckNeedsDigits(let n):
      return
        "El verificador del precio (D) va con 4 o 5 dígitos de valor (V); el formato tiene \(n)."
    case .badDecimals(let n):
      return "Los decimales van de 0 a 3 (se pidió \(n))."
    case .noSuchScale(let prefix, let existing):
      return existing.isEmpty
        ? "No hay balanza con prefijo \(prefix): no hay balanzas configuradas (vea «listar balanzas»)."
        : "No hay balanza con prefijo \(prefix); las balanzas son "
          + Messages.orList(existing).replacingOccurrences(of: " o ", with: " y ")
          + " (vea «listar balanzas»)."
    case .badCheckDigit(let code):
      return
        "El código de balanza «\(code)» tiene mal el dígito verificador: léalo de nuevo o escriba el peso a mano (vender 0,350 kg queso)."
    case .badPriceCheckDigit(let code):
      return
        "El código de balanza «\(code)» tiene mal el dígito verificador del precio: léalo de nuevo o escriba el importe a mano (vender importe 1500 queso)."
    case .notThisLayout(let code):
      return "«\(code)» no es un código de esa balanza."
    case .priceTooPrecise(let code):
      return
        "El precio del código «\(code)» tiene más decimales que la moneda de la tienda; revise los decimales de la balanza (configurar balanza … decimales)."
    case .unknownPLU(let code, let plu):
      return
        "Ningún producto tiene el PLU \(plu) (del código de balanza «\(code)»). Asígnelo con: editar producto <producto> plu \(plu)"
    case .badPLU(let text):
      return "El PLU «\(text)» no sirve: son 1 a 6 dígitos (por ejemplo plu 01234)."
    case .duplicatePLU(let plu, let product):
      return
        "El PLU \(plu) ya es de «\(product)»; use otro o quíteselo: editar producto … plu ninguno"
    case .weightRequired(let product, _):
      return
        "Falta el peso de «\(product)», que se vende por kilo o litro: escríbalo en la línea (vender 0,350 kg \(product.lowercased()) o vender \(product.lowercased()) 350 g)."
    case .priceRequired(let product, _):
      return
        "«\(product)» tiene precio abierto: escriba el precio en la línea (vender \(product.lowercased()) a 1500)."
    case .openPriceNotPositive(let product):
      return
        "«\(product)» tiene precio abierto y el precio debe ser mayor que $0: escríbalo en la línea (vender \(product.lowercased()) a 1500)."
    case .pluOnUnitProduct(let product):
      return
        "El PLU es para productos por kilo o litro (los códigos de balanza traen un peso) y «\(product)» se vendería por unidad; quite el PLU (plu ninguno) o véndalo por kilo (unidad kg)."
    case .scaleCodeWithQuantity(let code):
      return
        "«\(code)» es un código de balanza y trae su propia cantidad (o su precio); escríbalo solo: vender \(code)"
    case .weightForUnitProduct(let code, let product):
      return
        "El código de balanza «\(code)» es de «\(product)», que se vende por unidad; los códigos de balanza son para productos por kilo o litro (editar producto … unidad kg)."
    }
  }
}

/// Labels `ver producto` adds for issue 21: PLU, service, open price, no stock.
enum ScalesLabels {
  static let plu = "PLU"
  static let kind = "Tipo"
  static let service = "servicio"
  static let openPrice = "Precio abierto"
  static let tracksStock = "Lleva stock"
  static let openPriceShort = "abierto"

  /// The leading fields of `ver producto` for these products (none for others).
  static func fields(_ p: Product) -> [(String, String, Cell)] {
    var fields: [(String, String, Cell)] = []
    if p.service { fields.append((kind, "tipo", .text(service))) }
    if let code = p.plu { fields.append((plu, "plu", .text(code))) }
    // The price is asked at each sale (`precio` is then empty).
    if p.openPrice { fields.append((openPrice, "precio_abierto", .bool(true))) }
    return fields
  }
}

extension Messages {
  static func weightAnswerBad(_ text: String) -> String {
    "«\(text)» no es un peso: escriba 0,350 o 350 g."
  }
}
