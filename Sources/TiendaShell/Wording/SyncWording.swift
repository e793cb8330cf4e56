import TiendaCore
import TiendaStore

/// Spanish wording of branches and the central server (issue 23).
enum SyncMessages {
  static let branchField = "sucursal"

  static func centralConfigured(_ conninfo: String) -> String {
    "Central configurada: \(conninfo). La contraseña no se guarda: tienda la toma de PGPASSWORD"
      + " o de ~/.pgpass. Luego: central preparar"
  }

  static let centralUnchanged = "La central ya estaba configurada así; no cambió nada."

  static func centralPrepared(before: Int, after: Int) -> String {
    if before == 0 { return "Esquema de la central creado (versión \(after))." }
    if before == after {
      return "El esquema de la central ya estaba en la versión \(after); se revisaron sus tablas."
    }
    return "Esquema de la central actualizado de la versión \(before) a la \(after)."
  }
}

extension PostgresError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .libraryMissing:
      return
        "No se encontró libpq (libpq.so.5), la biblioteca para hablar con PostgreSQL. Instale el"
        + " paquete «libpq5» (sudo apt-get install libpq5) y vuelva a intentar."
    case .connectionFailed(let message):
      return
        "No se pudo conectar con la central: \(message). Revise «configurar central», que el"
        + " servidor esté encendido y la contraseña en PGPASSWORD o ~/.pgpass."
    case .statementFailed(let message, let state):
      return "La central rechazó la operación (\(state)): \(message). No se cambió nada aquí."
    case .connectionLost(let message):
      let detail = message.isEmpty ? "" : ": " + message
      return
        "Se cortó la conexión con la central\(detail). No se cambió nada aquí; vuelva a"
        + " intentar cuando la central responda."
    }
  }
}

extension SyncError: WordedError {
  func wording(currency: Currency) -> String {
    switch self {
    case .centralNotConfigured:
      return
        "No hay central configurada. Configúrela con: configurar central \"host=… dbname=… user=…\""
    case .passwordInConninfo:
      return
        "La conexión no puede llevar la contraseña: quedaría guardada en el archivo de la tienda."
        + " Quítela y póngala en PGPASSWORD o en ~/.pgpass (chmod 600)."
    case .badConninfo(let text):
      return
        "«\(text)» no es una conexión de PostgreSQL. Escríbala como"
        + " \"host=central.local dbname=tienda user=feria\"."
    case .badBranchName:
      return "El nombre de la sucursal no puede quedar vacío ni pasar de 80 caracteres."
    case .postgres(let error):
      return error.wording(currency: currency)
    case .centralSchemaNewer(let found, let known):
      return
        "El esquema de la central está en la versión \(found) y esta tienda conoce hasta la"
        + " \(known). Actualice tienda antes de usar esta central."
    case .centralNotPrepared:
      return "La central no tiene el esquema de tienda. Créelo con: central preparar"
    case .notInThisMode:
      return
        "En la demostración, en modo práctica y con --simular no se habla con la central:"
        + " nada de esto debe llegar a ella."
    }
  }
}
