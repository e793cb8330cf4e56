import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Spanish wording of what printers and transports answer (shown in
/// `cola de impresión` and by `probar impresora`/`reimprimir`): never the
/// system's English text («Connection refused»).
extension PrintText {
  /// A system error (errno) in words a shopkeeper can act on.
  static func systemError(_ code: Int32) -> String {
    switch code {
    case ECONNREFUSED: return "rechazó la conexión (¿está encendida? ¿es el puerto correcto?)"
    case ETIMEDOUT: return "no respondió a tiempo (¿está encendida y en la red?)"
    case EHOSTUNREACH, ENETUNREACH, EHOSTDOWN, ENETDOWN:
      return "no hay camino hasta ella en la red (¿está encendida? ¿es la dirección correcta?)"
    case ECONNRESET, EPIPE, ECONNABORTED: return "la impresora cortó la conexión"
    case EACCES, EPERM: return "sin permiso"
    case ENOENT: return "no existe"
    case ENODEV, ENXIO: return "el dispositivo no está conectado"
    case EBUSY: return "el dispositivo está ocupado"
    case EIO: return "error de entrada y salida (¿se desconectó el cable?)"
    case ENOSPC: return "el disco está lleno"
    case EMFILE, ENFILE: return "hay demasiados archivos abiertos"
    case EADDRNOTAVAIL: return "la dirección no es de esta red"
    default: return "error del sistema número \(code)"
    }
  }

  static let noStatus =
    "la impresora recibió los datos pero no contestó su estado en 2 s: no sé si imprimió (si esta impresora no informa su estado: «configurar impresora … estado no»)"
  static func closedBeforeStatus(_ code: Int32) -> String {
    "la impresora cortó la conexión antes de confirmar: no sé si imprimió"
      + (code == 0 || code == ECONNRESET || code == EPIPE ? "" : " (\(systemError(code)))")
  }
  static let paperOut =
    "la impresora dice que no tiene papel: cambie el rollo; puede que el trabajo salga solo al cerrar la tapa, si no, «reintentar impresión»"
  static let offline =
    "la impresora dice que está fuera de línea (¿tapa abierta, sin papel o con error?): puede que el trabajo salga solo cuando se recupere, si no, «reintentar impresión»"
  static let cancelledJob = "el trabajo se canceló"

  /// What `lp` wrote on failure, in Spanish when it is a known message.
  static func lpSaid(_ text: String) -> String {
    let said = text.trimmingCharacters(in: " \n")
    let lower = said.lowercased()
    if said.isEmpty { return "" }
    if lower.contains("does not exist") {
      return "la cola no existe (vea las colas con «lpstat -p»)"
    }
    if lower.contains("not accepting") { return "la cola no acepta trabajos (cupsaccept <cola>)" }
    if lower.contains("unable to connect") || lower.contains("scheduler is not running") {
      return "CUPS no está funcionando (¿se inició cupsd?)"
    }
    if lower.contains("forbidden") || lower.contains("not authorized") {
      return "CUPS no permite imprimir a este usuario"
    }
    return "lp dijo «\(said)»"
  }
}
