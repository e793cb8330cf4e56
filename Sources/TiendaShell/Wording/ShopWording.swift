import TiendaCore
import TiendaStore

/// Spanish wording of the shop itself: its settings and currency, creating
/// it (DESIGN §8.1), backups, the demo shop and practice mode.
extension Messages {
  static func shopConfigured(_ fields: [String]) -> String {
    "Configuración guardada: " + fields.joined(separator: ", ") + "."
  }
  static let shopUnchanged = "No hubo cambios: la configuración ya tenía esos valores."
  static func defaultZoneHint(_ zone: String) -> String {
    "Zona por omisión; fíjela con: configurar tienda zona \(zone)"
  }
}

/// Wording of the currency rule: fixed once amounts exist.
enum CurrencyMessages {
  static func describe(_ error: CurrencyError) -> String {
    switch error {
    case .amountsStored(let current, let wanted, let kinds):
      return
        "No se puede cambiar la moneda de \(current) a \(wanted): la tienda ya guarda "
        + RightsMessages.plainList(kinds.map(what))
        + " en \(current), y cambiarla reinterpretaría cada monto (con otros decimales, los dividiría o multiplicaría). La moneda queda fija desde el primer monto; para otra moneda, use un archivo de tienda nuevo (--db)."
    }
  }

  static func what(_ kind: StoredAmount) -> String {
    switch kind {
    case .prices: return "precios o costos de productos"
    case .sales: return "ventas"
    case .refunds: return "anulaciones o devoluciones"
    case .cashSessions: return "movimientos de caja"
    case .zReports: return "informes Z"
    case .coupons: return "cupones con montos"
    case .tickets: return "tickets abiertos o sostenidos"
    case .refundCaps: return "topes de devolución de los roles"
    }
  }
}

extension CurrencyError: WordedError {
  func wording(currency: Currency) -> String { CurrencyMessages.describe(self) }
}

// MARK: - Creating a shop
extension Messages {
  public static func createdShop(_ path: String) -> String {
    "Se creó una tienda nueva en «\(path)»."
  }
  public static func confirmCreateShop(_ path: String) -> String {
    "No existe «\(path)». ¿Crear una tienda nueva en ese archivo? (s/n) "
  }
  public static let shopNotCreated =
    "No se creó nada. Revise el nombre del archivo o use «--db» con el de su tienda."
}

// MARK: - respaldar, restaurar
extension Messages {
  static func backupDone(_ path: String) -> String {
    "Respaldo guardado y verificado en «\(path)»."
  }
  static func confirmRestore(_ path: String, shop: String) -> String {
    "Se reemplazará toda la tienda «\(shop)» con «\(path)» (antes se guarda una copia de la actual). ¿Seguir? (sí/no): "
  }
  static let restoreCancelled = "No se restauró nada."
  static func restoreDone(_ path: String, previous: String) -> String {
    "Tienda restaurada desde «\(path)». La tienda que había quedó en «\(previous)»."
  }

  static func describe(backup error: BackupError) -> String {
    switch error {
    case .insideTransaction:
      return
        "No se puede copiar ni restaurar la tienda con una transacción abierta (--atómico, --simular): hágalo fuera de ella."
    case .alreadyExists(let path):
      return "Ya existe «\(path)»: un respaldo nunca sobrescribe un archivo. Elija otro nombre."
    case .cannotWrite(let path, let code):
      return "No pude escribir «\(path)»: \(systemReason(code)). No quedó ningún respaldo a medias."
    case .copyDamaged(let path):
      return
        "La copia «\(path)» no pasó la revisión de integridad y la borré. Revise el disco e intente de nuevo."
    case .cannotRead(let path, let code):
      return "No pude leer «\(path)»: \(systemReason(code))."
    case .sourceDamaged(let path):
      return "«\(path)» está dañado (no pasa la revisión de integridad); no restauré nada."
    case .sameFile:
      return "Ese archivo es la tienda misma; indique un respaldo."
    case .inUse(let path):
      return
        "Otro programa tiene abierta la tienda «\(path)» (otra caja u otra ventana). Ciérrelo y vuelva a intentar; no restauré nada."
    }
  }
}

extension BackupError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(backup: self) }
}

// MARK: --demo
extension Messages {
  public static let demoWelcome =
    "Tienda de demostración «Feria Don Pepe»: pruebe lo que quiera, nada se guarda (se borra al salir)."
  public static func demoSeeded(_ path: String) -> String {
    "Sembré la tienda de demostración en «\(path)»; queda guardada ahí."
  }
  public static func demoFileNotEmpty(_ path: String) -> String {
    "«\(path)» ya existe y tiene datos: --demo sólo siembra un archivo nuevo (o vacío). Use otro nombre."
  }
  public static func demoSeedFailed(_ details: String) -> String {
    "No pude sembrar la tienda de demostración: " + details
  }
  static func scratchFailed(_ base: String, reason: String) -> String {
    "No pude crear una carpeta temporal en «\(base)»: \(reason)."
  }
  public static let demoTag = "DEMO"
}

// MARK: modo práctica
extension Messages {
  public static let practiceTag = "PRÁCTICA"
  static let practiceStarted =
    "Modo práctica: trabaja sobre una copia de la tienda; todo funciona y los papeles dicen PRÁCTICA. «salir de práctica» la descarta."
  static let practiceEnded =
    "Salió de práctica: se descartó la copia y todo lo hecho en ella. La tienda real quedó como estaba."
  static let alreadyPracticing =
    "Ya está en modo práctica; «salir de práctica» vuelve a la tienda real."
  static let notPracticing = "No está en modo práctica: no hay nada que descartar."
  static let practiceInsideTransaction =
    "«modo práctica» y «salir de práctica» no pueden ir dentro de --atómico, --simular ni «simular»."
}

// MARK: - `ver configuración` labels
/// The labels of `ver configuración`; the keys beside them are the JSON
/// names, in ShopTables.swift.
enum ShopHeadings {
  static let name = "Nombre"
  static let rut = "RUT"
  static let address = "Dirección"
  static let currency = "Moneda"
  static let zone = "Zona horaria"
  static let today = "Hoy"
  static let sellExpired = "Vender vencidos"
  static let autoOpen = "Caja sola"
  static let rounding = "Redondeo"
  static let maxHeld = "Sostenidas máx."
  static let autoPrint = "Ticket solo"
  static let footer = "Pie del ticket"
  static let csvSeparator = "Separador CSV"
  static let register = "Caja"
  static let user = "Usuario"
  static let file = "Archivo"
}

// MARK: - `configurar tienda`: what changed
/// The names `configurar tienda` gives the settings it changed («Configuración
/// guardada: nombre, RUT.»).
enum ShopFieldNames {
  static let name = "nombre"
  static let rut = "RUT"
  static let address = "dirección"
  static let currency = "moneda"
  static let zone = "zona"
  static let sellExpired = "vender vencidos"
  static let autoOpen = "abrir caja sola"
  static let rounding = "redondeo del efectivo"
  static let maxHeld = "máximo de sostenidas"
  static let autoPrint = "imprimir tickets"
  static let footer = "pie del ticket"
  static let retryHours = "horas de reintento"
}
