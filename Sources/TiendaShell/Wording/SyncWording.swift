import TiendaCore
import TiendaStore

/// Spanish wording of branches and the central server (issue 23).
enum SyncMessages {
  static let branchField = "sucursal"
  static let pushWord = "enviar"

  static func pushed(_ r: PushReport) -> String {
    if r.events == 0 && r.alreadyThere == 0 { return "Nada que enviar: la central ya tiene todo." }
    var text =
      r.events == 0
      ? "Nada nuevo que enviar:"
      : (r.rows == 1 ? "Enviada 1 fila" : "Enviadas \(r.rows) filas") + " a la central ("
        + String(r.events) + (r.events == 1 ? " evento" : " eventos") + ")."
    if r.alreadyThere > 0 {
      text +=
        " \(r.alreadyThere) " + (r.alreadyThere == 1 ? "evento ya estaba" : "eventos ya estaban")
        + " en la central y no se repitieron (los envió otra caja con este archivo, un envío"
        + " cortado o este archivo antes de restaurarlo)."
    }
    return text
  }

  static func pushConflicts(_ r: PushReport) -> String {
    let list = r.conflicts.prefix(10).map(String.init).joined(separator: ", ")
    return pushed(r)
      + " Pero \(r.conflicts.count) "
      + (r.conflicts.count == 1 ? "evento llegó" : "eventos llegaron")
      + " con el mismo número y OTRO contenido que el que ya tiene la central (secuencia \(list)):"
      + " no se aplicaron y quedaron en tienda.conflictos. Suele ser un archivo copiado o restaurado"
      + " a mano; revíselos en la central antes de seguir."
  }

  static let branchLabel = "Sucursal"
  static let branchIDLabel = "Identificador"
  static let epochLabel = "Época"
  static let centralLabel = "Central"
  static let reachableLabel = "La central responde"
  static let lastPushLabel = "Último envío"
  static let acknowledgedLabel = "Último evento recibido por la central"
  static let pendingEventsLabel = "Eventos pendientes"
  static let pendingRowsLabel = "Filas pendientes por tabla"
  static let nothingPending = "ninguna"

  static func unnamedBranch(_ name: String) -> String {
    "La sucursal no tiene nombre propio: la central la verá como «\(name)». Póngale uno con:"
      + " configurar tienda sucursal \"Feria Matta\""
  }
  static let notConfigured = "no configurada"
  static let notProbed = "no se consultó"
  static let reachable = "sí"
  static let reachableNotPrepared = "sí, pero sin el esquema (central preparar)"
  static let reachableWithProblem = "sí, pero rechaza la consulta (ver abajo)"
  static let unreachable = "no"

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
      // Without the conninfo at hand: what libpq's message names.
      return CentralFailureMessages.connection(
        PostgresFailure.connection(message, configured: PostgresTarget()))
    case .statementFailed(let message, let state):
      return CentralFailureMessages.statement(state: state, detail: message)
    case .connectionLost(let message):
      return
        "Se cortó la conexión con la central. No se cambió nada aquí; vuelva a intentar cuando la"
        + " central responda." + CentralFailureMessages.detail(message)
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
    case .unknownConninfoKeyword(let key, let suggestion):
      let hint = suggestion.map { " ¿Quiso decir «\($0)»?" } ?? ""
      return
        "«\(key)» no es una opción de conexión de PostgreSQL.\(hint) Las más usadas: host, port,"
        + " dbname, user, sslmode, connect_timeout. No se cambió nada."
    case .badConninfoValue(let key, let value):
      return
        "«\(value)» no sirve como \(key): debe ser un número entre 0 y 65535"
        + " (PostgreSQL suele usar el puerto 5432). No se cambió nada."
    case .badConninfoChoice(let key, let value, let choices):
      return
        "«\(value)» no sirve como \(key): use "
        + choices.map { "«\($0)»" }.joined(separator: ", ") + ". No se cambió nada."
    case .cannotConnect(let failure):
      return CentralFailureMessages.connection(failure)
    case .badBranchName:
      return "El nombre de la sucursal no puede quedar vacío ni pasar de 80 caracteres."
    case .badBranchID(let id):
      return SyncTamperMessages.badBranchID(id)
    case .eventWithoutEpoch(let seq):
      return SyncTamperMessages.eventWithoutEpoch(seq)
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
