import TiendaCore
import TiendaStore

/// An error the shell words in Spanish. Every error type a command can
/// raise conforms, and its wording is one `switch` over all its cases with
/// no `default:`, so a new case without wording does not compile.
/// `Messages.describe` asks the error for its wording: no run-time list of
/// types to keep up to date.
protocol WordedError: Error {
  /// The Spanish text; amounts in `currency`, the shop's.
  func wording(currency: Currency) -> String
}

extension Messages {
  /// The Spanish text of any error a command can raise. Amounts in it
  /// are written in `currency`, the shop's (there is no global currency).
  public static func describe(_ error: Error, currency: Currency) -> String {
    guard let worded = error as? any WordedError else {
      return
        "Error interno inesperado (\(type(of: error))); no se guardó nada. Por favor repórtelo."
    }
    return worded.wording(currency: currency)
  }

  /// An error before any shop is open (a file, an option): no shop, so no
  /// currency; such errors carry no amounts. A new shop starts in CLP.
  public static func describe(beforeOpening error: Error) -> String {
    describe(error, currency: .clp)
  }

  static func describe(store error: StoreError) -> String {
    switch error.kind {
    case .busy, .locked:
      return
        "El archivo de la tienda está ocupado por otro proceso; intente de nuevo en un momento."
    case .readOnly:
      return "El archivo de la tienda es de solo lectura: no se guardó nada. Revise los permisos."
    case .diskFull:
      return "El disco está lleno: no se guardó nada. Libere espacio e intente de nuevo."
    case .corrupt:
      return "El archivo de la tienda está dañado. No siga usándolo; restaure un respaldo."
    case .notADatabase, .notTiendaFile:
      return "Ese archivo no es una base de tienda; no lo modifiqué."
    case .newerVersion(let found, let supported):
      return
        "Este archivo lo escribió una versión más nueva de tienda (esquema \(found); esta versión conoce hasta \(supported)). Actualice tienda; no modifiqué el archivo."
    case .constraint:
      // Our own triggers (SQLITE_CONSTRAINT_TRIGGER) raise Spanish messages.
      if error.code == 1811 { return "No se hizo: \(error.message)." }
      return "El cambio contradice los datos guardados y no se hizo."
    case .cannotOpen:
      if let code = error.systemErrno {
        return "No pude abrir ni crear «\(error.message)»: \(systemReason(code))."
      }
      return "No pude abrir «\(error.message)»: revise que sea un archivo y que tenga permiso."
    case .interrupted:
      return "Interrumpido: no se guardó nada."
    case .ioError:
      return "Error de lectura o escritura en el disco: no se guardó nada."
    case .other:
      return "Error de la base de datos (código \(error.code)): no se guardó nada."
    }
  }
}

extension StoreError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(store: self) }
}

/// A user-facing error of the language: a Spanish message and, where known,
/// the column span of the offending token.
public struct ShellError: Error, Equatable {
  public var message: String
  public var column: Int?
  public var length: Int
  /// An extra line: usage or a hint.
  public var hint: String?

  public init(_ message: String, column: Int? = nil, length: Int = 1, hint: String? = nil) {
    self.message = message
    self.column = column
    self.length = max(1, length)
    self.hint = hint
  }

  public init(_ message: String, at token: Token, hint: String? = nil) {
    self.init(message, column: token.column, length: token.length, hint: hint)
  }
}

extension ShellError: WordedError {
  func wording(currency: Currency) -> String { message }
}

/// Spanish wording of the domain's refusals (`CoreError`).
extension Messages {
  /// "la categoría", "el producto"…
  static func the(_ thing: CoreError.Thing) -> String {
    switch thing {
    case .category: return "la categoría"
    case .register: return "la caja"
    case .shop: return "la tienda"
    case .product: return "el producto"
    case .tax: return "el impuesto"
    case .user: return "el usuario"
    case .printer: return "la impresora"
    case .paymentMethod: return "el medio de pago"
    case .customer: return "el cliente"
    case .customerGroup: return "el grupo de clientes"
    case .priceList: return "la lista de precios"

    case .supplier: return "el proveedor"
    case .optionGroup: return "el grupo de opciones"
    case .seller: return "el vendedor"
    }
  }

  /// "una categoría", "un producto"…
  static func one(_ thing: CoreError.Thing) -> String {
    switch thing {
    case .category: return "una categoría"
    case .register: return "una caja"
    case .shop: return "una tienda"
    case .product: return "un producto"
    case .tax: return "un impuesto"
    case .user: return "un usuario"
    case .printer: return "una impresora"
    case .paymentMethod: return "un medio de pago"
    case .customer: return "un cliente"
    case .customerGroup: return "un grupo de clientes"
    case .priceList: return "una lista de precios"

    case .supplier: return "un proveedor"
    case .optionGroup: return "un grupo de opciones"
    case .seller: return "un vendedor"
    }
  }

  /// "de la categoría", "del producto" (never «de el»).
  static func ofThe(_ thing: CoreError.Thing) -> String {
    let article = the(thing)
    return article.hasPrefix("el ") ? "del " + article.dropFirst(3) : "de " + article
  }

  static func noun(_ thing: CoreError.Thing) -> String {
    if thing == .paymentMethod { return "medio de pago" }
    if thing == .customerGroup { return "grupo" }
    if thing == .priceList { return "lista de precios" }
    return String(the(thing).split(separator: " ").last!)
  }

  static func unitWord(_ unit: ProductUnit) -> String {
    switch unit {
    case .unit: return "unidades"
    case .kilogram: return "kilos"
    case .litre: return "litros"
    }
  }

  static func describe(core error: CoreError) -> String {
    switch error {
    case .emptyName(let t):
      return t == .shop
        ? "El nombre de la tienda no puede quedar vacío." : "Falta el nombre \(ofThe(t))."
    case .alreadyExists(let t, let name):
      return "Ya existe \(the(t)) «\(name)»."
    case .notFound(let t, let query, let suggestion):
      var text = "No encontré \(the(t)) «\(query)»."
      if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
      if t == .product && suggestion == nil { text += " Búsquelo con: buscar \(query)" }
      if t == .category && suggestion == nil { text += " Créela con: crear categoría \(query)" }
      return text
    case .ambiguous(let t, let query, let candidates):
      return "«\(query)» puede ser más de \(one(t)): "
        + candidates.map { "«\($0)»" }.joined(separator: ", ")
        + ". Escriba más del nombre" + (t == .product ? " o el SKU." : ".")
    case .categoryHasChildren(let name, let children):
      return "No puedo borrar «\(name)»: tiene subcategorías ("
        + children.map { "«\($0)»" }.joined(separator: ", ")
        + "). Bórrelas o cámbieles el padre primero."
    case .categoryHasProducts(let name, let count):
      return "No puedo borrar «\(name)»: tiene \(count) "
        + (count == 1 ? "producto activo" : "productos activos")
        + ". Cámbielos de categoría (editar producto … categoría …) o bórrelos primero."
    case .kitField(let kit, let field):
      return "«\(kit)» es un kit: no tiene \(field) propio; eso se define en sus componentes."
    case .exemptWithTaxes:
      return "«exento» significa sin impuestos: no se puede combinar con otros impuestos."
    case .categoryCycle(let name, let parent):
      return "«\(parent)» no puede ser padre de «\(name)»: quedaría dentro de sí misma."
    case .unknownZone(let zone, let suggestion):
      var text = "No conozco la zona horaria «\(zone)»."
      if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
      return text + " Ejemplo: America/Santiago."
    case .unknownCurrency(let code):
      return "No conozco la moneda «\(code)». Use una de: "
        + Currency.known.map(\.code).joined(separator: ", ") + "."
    case .nothingToChange:
      return "No indicó nada que cambiar."
    case .nameTooLong(let t, let maximum):
      return "El nombre \(ofThe(t)) es demasiado largo: use hasta \(maximum) caracteres."
    case .nameWithoutLetters(let t, let name):
      return "«\(name)» no sirve como nombre de \(noun(t)): debe tener letras o números."
    case .reservedName(let t, let name):
      return
        "«\(name)» no puede ser nombre de \(noun(t)): es una palabra reservada (significa «sin padre»)."
    case .duplicateCountRow(let name, let first):
      return "«\(name)» ya se contó en la línea \(first): deje una sola fila por producto."
    case .badSetting(let name):
      return "El valor de «\(name)» está fuera de rango (de 1 a 999)."
    case .noOpenSession(let register):
      return
        "\(register) no tiene la caja abierta y esta tienda pide abrirla antes de vender: escriba «abrir caja» con el fondo (por ejemplo «abrir caja 20000»)."
    case .missingJournalEntry:
      return "Error interno: el cambio no quedó en la bitácora y se deshizo. Por favor repórtelo."
    case .invalidBarcode(let code, let expected):
      if let expected {
        return
          "El código de barras «\(code)» tiene mal el dígito verificador; ¿será «\(expected)»? Revise el número impreso."
      }
      return
        "«\(code)» no sirve como código de barras: use números (EAN-13, EAN-8, UPC-A) o letras, números y guiones."
    case .duplicateBarcode(let code, let product):
      return
        "El código de barras \(code) ya es de «\(product)»; cada código identifica un solo producto."
    case .duplicateSKU(let sku, let product):
      return "El SKU «\(sku)» ya es de «\(product)»; elija otro o deje que tienda genere uno."
    case .badSKU(let sku):
      return
        "«\(sku)» no sirve como SKU: use hasta 20 letras, números, «-», «_» o «.» sin espacios (p. ej. EMP01)."
    case .badPrice(let money):
      return "El monto \(money.minorUnits) no puede ser negativo."
    case .badQuantityForProduct(let product, let unit, let detail):
      switch detail {
      case .fraction:
        return "«\(product)» se vende por unidad: la cantidad no puede tener decimales."
      case .wrongUnit:
        return
          "«\(product)» se cuenta en \(unitWord(unit)) (\(unit.rawValue)); escriba la cantidad en esa unidad."
      case .tooPrecise:
        return "«\(product)» se cuenta con hasta 3 decimales (gramos o mililitros enteros)."
      }
    case .unknownTax(let code, let suggestion):
      var text = "No conozco el impuesto «\(code)»."
      if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
      return text + " Vea los que hay con: listar impuestos."
    case .badTaxRate(let code):
      return
        "«\(code)»: el código de un impuesto es una palabra sin espacios (p. ej. ila-cerveza) y la tasa va de 0% a 100%."
    case .kitNeedsComponents:
      return
        "Un kit necesita componentes con cantidad: crear kit \"Combo once\" precio 3500 con 1 pan amasado, 1 té"
    case .kitComponentQuantity(let name):
      return
        "La cantidad de «\(name)» en el kit debe ser mayor que 0: crear kit \"Combo once\" precio 3500 con 1 pan amasado, 1 té"
    case .kitInsideKit(let name):
      return "«\(name)» ya es un kit; un kit no puede contener otro kit."
    case .kitHasNoStock(let name):
      return "«\(name)» es un kit: no tiene stock propio; ajuste el stock de sus componentes."
    case .stockWouldBeNegative(let product, let stock, let unit):
      return
        "El stock de «\(product)» quedaría en \(TextFormat.quantity(stock)) \(unit.rawValue). Si se puede vender sin stock, actívelo con: editar producto \"\(product)\" vender-sin-stock sí"
    case .productInactive(let name, let sku):
      return "«\(name)» está borrado. Para volver a usarlo: reactivar producto \(sku)"
    case .productActive(let name):
      return "«\(name)» no está borrado."
    case .notForSale(_, let name, let sku, let category):
      return notForSale(name, sku: sku, category: category)
    case .missingValue(let column):
      return "Falta «\(column)»: los productos nuevos necesitan nombre y precio."
    case .unknownRole(let role, let suggestion):
      var text = "No conozco el rol «\(role)»."
      if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
      return text + " Los roles son cajero, supervisor y dueño."
    case .ownerKeepsEverything:
      return "El rol dueño tiene todos los derechos; no se le pueden quitar."
    case .badPercentCap(let p):
      return "El tope \(TextFormat.percent(p)) no sirve: use un porcentaje entre 0% y 100%."
    case .badPin:
      return "El PIN debe tener de 4 a 8 dígitos (sólo números)."
    case .pinsDiffer:
      return "Los dos PIN no coinciden; no se guardó nada. Intente de nuevo."
    case .firstUserMustBeOwner:
      return
        "El primer usuario debe ser dueño (rol dueño): desde ese momento se pide entrar con PIN."
    case .wrongPin(let user, let left):
      return "PIN incorrecto para «\(user)». "
        + (left == 1 ? "Queda 1 intento" : "Quedan \(left) intentos")
        + " antes de bloquear al usuario."
    case .userLocked(let user, let minutes):
      return
        "«\(user)» está bloqueado por demasiados PIN incorrectos; intente en \(minutes) min o pida a un dueño que le cambie el PIN."
    case .userInactive(let user):
      return "«\(user)» está desactivado."
    case .lastOwner(let user):
      return
        "«\(user)» es el único dueño activo: cree otro dueño antes de cambiarlo o desactivarlo."
    case .notLoggedIn:
      return
        "Nadie ha entrado: use «entrar <usuario>» (en scripts: --usuario con TIENDA_PIN o TIENDA_PIN_ARCHIVO)."
    case .missingRight(let right, let user):
      return
        "«\(user)» no tiene el derecho «\(right.rawValue)»; debe autorizarlo alguien que lo tenga (en scripts, use --usuario con ese derecho)."
    case .approverLacksRight(let right, let approver):
      return "«\(approver)» tampoco tiene el derecho «\(right.rawValue)»; no se hizo nada."
    case .discountOverCap(let percent, let cap, let user):
      return
        "Un descuento de \(TextFormat.percent(percent)) supera el tope de «\(user)» (\(TextFormat.percent(cap))); se necesita la autorización de un supervisor."
    case .importRow(let line, let column, let problem):
      let place = "Línea \(line)" + (column.map { ", columna «\($0)»" } ?? "")
      return place + ": " + describe(core: problem) + " No se importó nada."
    }
  }
}

extension CoreError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(core: self) }
}
