import TiendaCore
import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// Every message a user reads, in Spanish (es-CL), in one place.
///
/// Command summaries and help live in the registry entries; everything else
/// the shell says is here.
public enum Messages {
  // MARK: Shell
  public static let welcome = "Bienvenido a tienda. Escriba «ayuda» para ver los comandos."
  public static let seeHelp = "Escriba «ayuda» para ver los comandos."
  public static let goodbye = "Hasta luego."
  public static let interrupted = "Interrumpido."
  public static func usage(_ text: String) -> String { "Uso: " + text }
  public static func options(of verb: String, _ words: [String]) -> String {
    "Con «\(verb)» puede usar: " + words.map { "«\($0)»" }.joined(separator: ", ") + "."
  }

  // MARK: Lexer and parser
  static let unterminatedQuote = "Falta cerrar las comillas."
  static func unknownCommand(_ typed: String, suggestion: String?) -> String {
    var text = "No conozco el comando «\(typed)»."
    if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
    return text
  }
  static func incompleteCommand(_ verb: String) -> String { "Falta completar «\(verb)»." }
  static let missingFormat = "Falta el formato después de «como»: tabla, csv o json."
  static func unknownFormat(_ text: String) -> String {
    "No conozco el formato «\(text)». Use tabla, csv o json."
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
  static func badChoice(_ text: String, options: [String], suggestion: String?) -> String {
    var message =
      "«\(text)» no es una opción válida; use " + options.map { "«\($0)»" }.joined(separator: ", ")
      + "."
    if let suggestion { message += " ¿Quiso decir «\(suggestion)»?" }
    return message
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
    "«\(text)» no es un período. Use hoy, ayer, semana, mes, año, una fecha o «desde 01-11-2026 hasta 15-11-2026»."
  }

  /// The reason behind a C library error, in Spanish.
  public static func systemReason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "el archivo o la carpeta no existe"
    case EACCES, EPERM: return "no tiene permiso"
    case EISDIR: return "es una carpeta, no un archivo"
    case ENOTDIR: return "una parte de la ruta no es una carpeta"
    case ENOSPC: return "el disco está lleno"
    case EROFS: return "el disco es de solo lectura"
    case EEXIST: return "ya existe"
    case ENAMETOOLONG: return "el nombre es demasiado largo"
    case EMFILE, ENFILE: return "hay demasiados archivos abiertos"
    case EIO: return "error de lectura o escritura en el disco"
    default: return "error del sistema \(code)"
    }
  }

  // MARK: Files and options
  static func cannotWriteFile(_ path: String, _ reason: String) -> String {
    "No pude escribir «\(path)»: \(reason)."
  }
  public static func cannotReadFile(_ path: String, _ reason: String) -> String {
    "No pude leer «\(path)»: \(reason)."
  }

  // MARK: Results
  static func shopConfigured(_ fields: [String]) -> String {
    "Configuración guardada: " + fields.joined(separator: ", ") + "."
  }
  static func categoryCreated(_ name: String) -> String { "Categoría «\(name)» creada." }
  static func categoryEdited(_ name: String) -> String { "Categoría «\(name)» actualizada." }
  static func categoryUnchanged(_ name: String) -> String {
    "Categoría «\(name)»: no hubo cambios (ya tenía esos valores)."
  }
  static let shopUnchanged = "No hubo cambios: la configuración ya tenía esos valores."
  static func categoryDeleted(_ name: String) -> String {
    "Categoría «\(name)» borrada (queda en el historial)."
  }
  static let noCategories = "No hay categorías. Cree una con: crear categoría bebidas"
  static let noJournal = "No hay registros en la bitácora para ese período."
  static func savedTo(_ path: String) -> String { "Guardado en «\(path)»." }
  static let databaseHealthy = "La base está sana."
  static let databaseDamaged =
    "La base tiene problemas: haga una copia del archivo antes de seguir."
  static let ownerName = "dueño"
  static let nobody = "(nadie: use «entrar <usuario>»)"

  /// The Spanish text of any error a command can raise. Amounts in it
  /// are written in `currency`, the shop's (there is no global currency).
  public static func describe(_ error: Error, currency: Currency) -> String {
    switch error {
    case let e as ShellError: return e.message
    case let e as CoreError: return describe(core: e)
    case let e as CashError: return describe(cash: e, currency: currency)
    case let e as SaleError: return describe(sale: e, currency: currency)
    case let e as TicketOwnerError: return describe(owner: e, currency: currency)
    case let e as PrintError: return describe(print: e)
    case let e as StoreError: return describe(store: e)
    case let e as BackupError: return describe(backup: e)
    case let e as AccessError: return RightsMessages.describe(e)
    case let e as CurrencyError: return CurrencyMessages.describe(e)
    case let e as LimitError: return describe(limit: e, currency: currency)
    case let e as TextError: return describe(text: e)
    default:
      return
        "Error interno inesperado (\(type(of: error))); no se guardó nada. Por favor repórtelo."
    }
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

extension Messages {
  public static func createdShop(_ path: String) -> String {
    "Se creó una tienda nueva en «\(path)»."
  }
}

extension Messages {
  static func defaultZoneHint(_ zone: String) -> String {
    "Zona por omisión; fíjela con: configurar tienda zona \(zone)"
  }
}

extension Messages {
  public static let noLineEditor =
    "Aviso: no encontré libedit (apt-get install libedit2); sigo sin edición de línea ni historial."
}

// MARK: - Command line, runner and terminal
extension Messages {
  public static let errorPrefix = "Error: "
  public static let yes = "sí"
  public static let no = "no"
  public static func stdinLocation(line: Int, column: Int?) -> String {
    "línea \(line)" + (column.map { ", columna \($0)" } ?? "")
  }
  public static func failures(_ n: Int) -> String {
    "\(n) " + (n == 1 ? "comando falló" : "comandos fallaron") + "."
  }
  public static func usageError(_ message: String) -> String {
    "tienda: " + message + "\nEscriba «tienda --help» para ver las opciones."
  }
  public static func missingFlagValue(_ flag: String) -> String { "falta el valor de «\(flag)»." }
  public static func unknownFlag(_ flag: String, suggestion: String?) -> String {
    var message = "opción desconocida «\(flag)»."
    if let suggestion { message += " ¿Quiso decir «\(suggestion)»?" }
    return message
  }
  public static let commandAndScript = "use «-c» o un archivo de comandos, no ambos."
  public static let badFixedClock = "TIENDA_AHORA debe tener la forma 2026-11-23T13:00:00Z."
  public static func totalCandidates(_ n: Int) -> String { "… (\(n) en total)" }
  public static let moreCandidates = "… y más: escriba más letras para acotar."
  public static let notUTF8 =
    "La línea tiene bytes que no son texto UTF-8; guarde el archivo como UTF-8 e intente de nuevo."
  static let redirectIntoShopFile =
    "No puedo escribir la salida sobre el archivo de la tienda (ni su historial): elija otro nombre."
  static func foreignKeyProblems(_ n: Int) -> String {
    n == 0 ? "ok" : n == 1 ? "1 problema" : "\(n) problemas"
  }
  static let quotedCommand =
    "Los comandos se escriben sin comillas; las comillas son para los nombres (crear categoría \"Pan amasado\")."
  static let repeatedFormat = "«como» aparece dos veces; indique un solo formato."
  static let repeatedRedirect = "«>» aparece dos veces; indique un solo archivo."
  static func badPeriodSuggestion(_ text: String, suggestion: String) -> String {
    "«\(text)» no es un período. ¿Quiso decir «\(suggestion)»?"
  }
}

// MARK: - Catalog language
extension Messages {
  static func badAdjustment(_ text: String) -> String {
    "«\(text)» no es un ajuste: use +10 (suma), -3 (resta) o =25 (lo contado)."
  }
  static func componentNeedsQuantity(_ text: String) -> String {
    "Cada componente empieza con su cantidad: «1 pan amasado, 2 té» (encontré «\(text)»)."
  }
  static let componentNeedsProduct = "Falta el producto después de la cantidad."
}

// MARK: - Catalog results
extension Messages {
  static func taxCreated(_ code: String, _ rate: String) -> String {
    "Impuesto «\(code)» creado: \(rate) sobre el neto."
  }
  static func taxEdited(_ code: String, _ rate: String) -> String {
    "Impuesto «\(code)» actualizado: \(rate). Rige para las ventas desde ahora."
  }
  static func unchanged(_ name: String) -> String {
    "«\(name)»: no hubo cambios (ya tenía esos valores)."
  }
  static let priceRequired = "Falta el precio: agregue «precio 2500»."
  static func stockNotEditable(_ sku: String) -> String {
    "El stock no se edita: cada cambio es un movimiento. Use «ajustar stock \(sku) =25» (lo contado) o «+10» / «-3»."
  }
  static let componentsNotEditable =
    "Los componentes de un kit no se editan: borre el kit y créelo de nuevo con «crear kit … con …»."
  static func productCreated(_ name: String, sku: String, price: String) -> String {
    "Producto «\(name)» creado con SKU \(sku), precio \(price)."
  }
  static func kitCreated(_ name: String, sku: String, parts: Int) -> String {
    "Kit «\(name)» creado con SKU \(sku) y \(parts) "
      + (parts == 1 ? "componente." : "componentes.")
  }
  static func productEdited(_ name: String) -> String { "Producto «\(name)» actualizado." }
  static func productDeleted(_ name: String, sku: String) -> String {
    "Producto «\(name)» borrado; su historia queda. Para recuperarlo: reactivar producto \(sku)"
  }
  static func productReactivated(_ name: String) -> String { "Producto «\(name)» reactivado." }
  static let noProducts =
    "No hay productos. Cree uno con: crear producto \"Empanada de pino\" precio 2500"
  static func firstResults(_ n: Int) -> String {
    "Se muestran los \(n) que mejor coinciden; escriba más palabras para acotar."
  }
  static func noProductsInCategory(_ name: String) -> String {
    "No hay productos en «\(name)» ni en sus subcategorías."
  }
  static let noDeletedProducts = "No hay productos borrados."
  static func nothingFound(_ text: String) -> String { "No encontré productos con «\(text)»." }
  static let exempt = "exento"
  static let active = "activo"
  static let deleted = "borrado"
  static let kitComponentsTitle = "Componentes de cada kit:"
  static func kitComponentDeleted(_ name: String, sku: String) -> String {
    "Atención: el componente «\(name)» está borrado; el kit no se puede armar (reactivar producto \(sku))."
  }
  static let lastMovementsTitle = "Últimos movimientos:"
  static func stockNow(_ name: String, _ amount: String, change: String?) -> String {
    "Stock de «\(name)»: \(amount)" + (change.map { " (\($0))." } ?? ".")
  }
  static func noMovements(_ name: String) -> String {
    "«\(name)» no tiene movimientos en ese período."
  }
  static let noLowStock = "Ningún producto está bajo su mínimo."
  static func nothingExpiring(_ days: Int) -> String {
    days == 1
      ? "Ningún producto vence en el próximo día."
      : "Ningún producto vence en los próximos \(days) días."
  }
  static let negative = "negativo"
  static let low = "bajo"
}

extension Messages {
  static func stockCheck(_ mismatched: [String]) -> String {
    mismatched.isEmpty
      ? "ok"
      : "no cuadra en " + mismatched.prefix(5).joined(separator: ", ")
        + (mismatched.count > 5 ? " y \(mismatched.count - 5) más" : "")
  }
}

// MARK: - Import and export
extension Messages {
  static func csvProblem(_ path: String, _ error: CSVError) -> String {
    switch error {
    case .empty: return "«\(path)» está vacío: falta la fila de encabezados."
    case .unterminatedQuote(let line):
      return "Línea \(line): unas comillas abren un campo y nunca se cierran. No se importó nada."
    case .textAfterQuote(let line):
      return
        "Línea \(line): hay texto después de cerrar las comillas de un campo. No se importó nada."
    }
  }
  static func unknownCSVColumn(_ name: String, suggestion: String?) -> String {
    var text = "Línea 1: no conozco la columna «\(name)»."
    if let suggestion { text += " ¿Quiso decir «\(suggestion)»?" }
    return text + " No se importó nada."
  }
  static let csvNeedsName =
    "El archivo necesita una columna «nombre» (o «sku» para actualizar productos). No se importó nada."
  static func csvValue(line: Int, column: String, _ message: String) -> String {
    "Línea \(line), columna «\(column)»: \(message) No se importó nada."
  }
  static func repeatedSKU(_ sku: String, line: Int) -> String {
    "el SKU «\(sku)» ya aparece en la línea \(line); cada SKU va una sola vez."
  }
  static func badUnit(_ text: String) -> String { "«\(text)» no es una unidad: use un, kg o lt." }
  static func imported(_ s: ImportSummary) -> String {
    var text =
      "Importados: \(s.created) nuevo\(s.created == 1 ? "" : "s"), \(s.updated) actualizado\(s.updated == 1 ? "" : "s")"
    if s.unchanged > 0 { text += ", \(s.unchanged) sin cambios" }
    if !s.categoriesCreated.isEmpty {
      text += "; categorías creadas: " + s.categoriesCreated.joined(separator: ", ")
    }
    return text + "."
  }
  static func exported(_ n: Int, kits: Int, path: String) -> String {
    (n == 1 ? "Exportado 1 producto" : "Exportados \(n) productos") + " a «\(path)»"
      + (kits == 1
        ? " (el kit no se exporta: se crea con «crear kit»)."
        : kits > 1 ? " (los \(kits) kits no se exportan: se crean con «crear kit»)." : ".")
  }
}

// MARK: - Users and sessions
extension Messages {
  public static func approvalNeeded(user: String, right: Right, roles: [String]) -> String {
    "«\(user)» no tiene el derecho «\(right.rawValue)». Puede autorizarlo ahora alguien con rol "
      + roles.joined(separator: " o ") + " (o Enter para cancelar)."
  }
  public static let approverPrompt = "Autoriza (usuario): "
  public static func pinPrompt(for user: String) -> String { "PIN de \(user): " }
  public static let pinAgain = "Repita el PIN: "
  public static let currentPinPrompt = "PIN actual: "
  public static let pinCancelled = "Cancelado: no se cambió nada."
  static let newPinRequired =
    "Falta el PIN nuevo: agregue «pin 1234» (TIENDA_PIN es el PIN actual)."
  static let noUsersYet =
    "Esta tienda no tiene usuarios: todo corre como dueño, sin PIN. Cree el primero con: crear usuario pepe rol dueño"
  public static let newPinPrompt = "PIN nuevo (4 a 8 dígitos): "
  public static let pinRequired =
    "Falta el PIN: escríbalo en una terminal, o use «pin 1234»; en scripts, la variable TIENDA_PIN o TIENDA_PIN_ARCHIVO (un archivo 0600)."
  public static let userPrompt = "Usuario: "
  public static let loginNeeded = "Esta tienda tiene usuarios: entre con su nombre y PIN."
  public static func welcomeUser(_ name: String, role: String) -> String {
    "Hola, \(name) (\(role))."
  }
  public static func userCreated(_ name: String, role: String, first: Bool) -> String {
    "Usuario «\(name)» creado con rol \(role)."
      + (first ? " Desde ahora se entra con usuario y PIN." : "")
  }
  static func userEdited(_ name: String) -> String { "Usuario «\(name)» actualizado." }
  static func pinChanged(_ name: String) -> String { "PIN de «\(name)» cambiado." }
  static func userDeactivated(_ name: String) -> String {
    "Usuario «\(name)» desactivado; su nombre queda en la historia."
  }
  static func loggedOut(_ name: String) -> String { "Sesión de «\(name)» cerrada." }
  public static func locked(_ name: String) -> String {
    "Caja bloqueada por \(name). Escriba su PIN para seguir (o Enter para que entre un supervisor)."
  }
  public static let unlockNeedsSupervisor =
    "Sólo el mismo usuario, un supervisor o un dueño pueden desbloquear."
  static let lockNeedsTerminal = "«bloquear» sólo sirve en la consola interactiva."
  static let lockNeedsUser = "No hay sesión que bloquear: nadie ha entrado."
  static func roleEdited(_ code: String) -> String { "Rol «\(code)» actualizado." }
  static func unknownRight(_ text: String, suggestion: String?) -> String {
    var message = "No conozco el derecho «\(text)»."
    if let suggestion { message += " ¿Quiso decir «\(suggestion)»?" }
    return message + " Derechos: " + Right.allCases.map(\.rawValue).joined(separator: ", ") + "."
  }
  static let noLimit = "sin límite"
  static let noUsers =
    "No hay usuarios: todo corre como dueño, sin PIN. Cree el primero con: crear usuario pepe rol dueño"
}

extension Messages {
  // MARK: Stock count
  static func countColumns(_ path: String) -> String {
    "«\(path)» necesita una columna con el producto (sku, barras o nombre) y otra con lo contado (contado o cantidad)."
  }
  static func countRowMissing(_ line: Int, _ column: String) -> String {
    "Línea \(line): falta el producto en la columna «\(column)». No se importó nada."
  }
  static func countRowBad(_ line: Int, _ column: String, _ why: String) -> String {
    "Línea \(line), columna «\(column)»: \(why) No se importó nada."
  }
  static func countEmpty(_ path: String) -> String { "«\(path)» no tiene filas de conteo." }
  static func countFooter(_ n: Int, _ total: String) -> String {
    "\(n) producto\(n == 1 ? "" : "s") contado\(n == 1 ? "" : "s") · diferencia valorizada al costo \(total)"
  }
  static func shoppingFooter(_ n: Int, _ total: String) -> String {
    "\(n) producto\(n == 1 ? "" : "s") por reponer · costo estimado \(total)"
  }
  static func ledgerCheck(_ problems: [LedgerProblem]) -> String {
    guard !problems.isEmpty else { return "ok" }
    return problems.prefix(3).map { problem in
      switch problem {
      case .saleDoesNotAddUp(let register, let number):
        return "la venta \(number) de \(register) no suma su total"
      case .saleNumberGap(let register, let count, let highest):
        return
          "\(register) tiene \(count) \(count == 1 ? "venta numerada" : "ventas numeradas") hasta \(highest)"
      case .sessionWithoutZ(let register, let session):
        return "la sesión \(session) de \(register) se cerró sin informe Z"
      }
    }.joined(separator: "; ") + (problems.count > 3 ? " y \(problems.count - 3) más" : "")
  }
}
