import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Every message a user reads, in Spanish (es-CL).
///
/// Command summaries and help live in the registry entries; everything else
/// the shell says lives in `Wording/`, one file per area (catalog, sales,
/// tickets, cash, users, printing, language, scripts, shop, integrity,
/// output, errors), each extending this namespace. This file: the console
/// itself (greeting, command line, terminal, files).
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
  static func redirectIntoDatabase(_ path: String) -> String {
    "«\(path)» es una base de datos (una tienda o un respaldo): no la reemplazo con esta salida. Elija otro nombre de archivo, p. ej. informe.csv"
  }
  static let redirectIntoShopFile =
    "No puedo escribir la salida sobre el archivo de la tienda (ni su historial): elija otro nombre."
  public static let noLineEditor =
    "Aviso: no encontré libedit (apt-get install libedit2); sigo sin edición de línea ni historial."
}

// MARK: - Files
extension Messages {
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
  static func cannotWriteFile(_ path: String, _ reason: String) -> String {
    "No pude escribir «\(path)»: \(reason)."
  }
  public static func cannotReadFile(_ path: String, _ reason: String) -> String {
    "No pude leer «\(path)»: \(reason)."
  }
  static func savedTo(_ path: String) -> String { "Guardado en «\(path)»." }

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

// MARK: - --caja, TIENDA_CAJA
/// Spanish wording of `--caja` / `TIENDA_CAJA` (usage errors, exit 2).
extension Messages {
  public static let emptyRegisterFlag =
    "«--caja» necesita el nombre de una caja, por ejemplo «--caja \"Caja 1\"» (vea «listar cajas»)."

  /// `--caja` (or `TIENDA_CAJA`) names no register of this shop.
  public static func unknownRegisterFlag(
    _ name: String, fromEnvironment: Bool, reason: String, registers: [String]
  ) -> String {
    let flag = fromEnvironment ? "TIENDA_CAJA=\(name)" : "--caja \(name)"
    var text = "«\(flag)»: " + reason
    if !registers.isEmpty {
      text += " Las cajas de esta tienda: " + registers.joined(separator: ", ") + "."
    }
    return text
  }
}
