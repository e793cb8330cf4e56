import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// Spanish wording of a failed connection to the central server and of a
/// statement it refused (issue 23): what failed, where (host, port,
/// database, user), and what to do. libpq's own text is English; it is
/// shown only with `TIENDA_DETALLE=1`.
enum CentralFailureMessages {
  /// libpq's text after the message, only when asked for.
  static func detail(_ text: String) -> String {
    guard detailWanted, !text.isEmpty else { return "" }
    return " Detalle de libpq: " + text
  }

  static var detailWanted: Bool {
    let flag = getenv("TIENDA_DETALLE").map { String(cString: $0) } ?? ""
    return !flag.isEmpty && flag != "0"
  }

  /// How to see libpq's text (when it is not already shown).
  static var howToSeeDetail: String {
    detailWanted ? "" : " Para ver el detalle de libpq: TIENDA_DETALLE=1 delante del comando."
  }

  /// «el servidor central.local, puerto 5432» / «el socket local de
  /// PostgreSQL en /run/postgresql, puerto 5432».
  static func place(_ t: PostgresTarget) -> String {
    t.isSocket ? "el socket local de PostgreSQL en " + at(t) : "el servidor " + at(t)
  }

  /// «central.local, puerto 5432» / «/run/postgresql, puerto 5432».
  static func at(_ t: PostgresTarget) -> String {
    let port = t.port.map { $0.isEmpty ? "5432" : $0 } ?? "5432"
    guard let host = t.host, !host.isEmpty else { return "la carpeta por omisión, puerto \(port)" }
    return "\(host), puerto \(port)"
  }

  static func database(_ t: PostgresTarget) -> String {
    t.database.map { "«\($0)»" } ?? "por omisión"
  }

  static func user(_ t: PostgresTarget) -> String {
    t.user.map { "«\($0)»" } ?? "de esta cuenta"
  }

  static func connection(_ f: PostgresFailure) -> String {
    let t = f.target
    let fail = "No se pudo conectar con la central: "
    let check = " Revise host y port en: configurar central \"host=… port=… dbname=… user=…\"."
    let text: String
    switch f.kind {
    case .serverNotRunning:
      if t.isSocket {
        text =
          fail + "nada escucha en el socket local \(at(t))."
          + " ¿Está encendido el servidor PostgreSQL? Si está en otra máquina, ponga su nombre en"
          + " host." + check
      } else {
        text =
          fail + "\(place(t)) rechazó la conexión (nada escucha en ese puerto)."
          + " ¿Está encendido el servidor y acepta conexiones por red (listen_addresses)?" + check
      }
    case .unknownHost:
      text =
        fail + "no se encuentra el servidor «\(t.host ?? "")» (ese nombre no existe en la red,"
        + " o no hay conexión a la red)." + check
    case .timeout:
      text =
        fail + "\(place(t)) no respondió a tiempo. Revise la red, que el servidor esté encendido"
        + " y que un cortafuegos no bloquee el puerto." + check
    case .networkUnreachable:
      text =
        fail + "no hay camino de red hasta \(place(t)). Revise la conexión de esta máquina a la"
        + " red o a internet."
    case .passwordMissing:
      text =
        "La central pide contraseña para el usuario \(user(t)) y no hay ninguna. Póngala en"
        + " PGPASSWORD o en ~/.pgpass (con chmod 600); nunca en «configurar central»."
    case .authenticationFailed:
      text =
        "La central (\(at(t))) rechazó la contraseña del usuario \(user(t)). Revise la"
        + " contraseña en PGPASSWORD o en ~/.pgpass, y el usuario (user) en «configurar central»."
    case .notAllowed:
      text =
        "La central no admite al usuario \(user(t)) en la base \(database(t)) desde esta máquina"
        + " (su archivo pg_hba.conf no tiene una línea para ella). Pida al administrador de la"
        + " central que la agregue."
    case .sslRequiredByServer:
      text =
        "La central sólo admite conexiones cifradas (SSL) para el usuario \(user(t)). Agregue"
        + " sslmode=require a la conexión: configurar central \"… sslmode=require\"."
    case .sslUnsupportedByServer:
      text =
        "La conexión pide cifrado (sslmode) pero \(place(t)) no tiene SSL activado. Active SSL en"
        + " el servidor, o quite sslmode de la conexión con «configurar central»."
    case .databaseMissing:
      text =
        "La base \(database(t)) no existe en la central (\(at(t))). Revise dbname en"
        + " «configurar central», o créela en el servidor (CREATE DATABASE) y luego:"
        + " central preparar."
    case .roleMissing:
      text =
        "El usuario \(user(t)) no existe en la central (\(at(t))). Revise user en"
        + " «configurar central», o créelo en el servidor (CREATE ROLE … LOGIN)."
    case .noConnectPrivilege:
      text =
        "El usuario \(user(t)) no tiene permiso para entrar a la base \(database(t)) de la"
        + " central. Pida al administrador que se lo dé (GRANT CONNECT, y LOGIN al usuario)."
    case .tooManyConnections:
      text =
        "La central tiene todas sus conexiones ocupadas (max_connections). Vuelva a intentar en"
        + " un momento."
    case .serverStarting:
      text =
        "La central se está iniciando, apagando o recuperando y aún no acepta conexiones."
        + " Vuelva a intentar en un momento."
    case .notPostgres:
      text =
        fail + "lo que responde en \(place(t)) no es PostgreSQL (suele usar el puerto 5432)."
        + check
    case .socketPermission:
      text =
        fail + "esta cuenta no tiene permiso para abrir \(place(t)). Revise los permisos de esa"
        + " carpeta, o use el nombre del servidor en host."
    case .badOption(let option):
      let what = option.isEmpty ? "un valor" : "la opción «\(option)»"
      text =
        "La conexión configurada tiene \(what), que esta libpq no acepta. Corríjala con:"
        + " configurar central \"host=… port=… dbname=… user=…\"."
    case .other:
      text =
        fail + "\(place(t)), base \(database(t)), usuario \(user(t)). Revise «configurar central»"
        + " y que el servidor esté encendido." + howToSeeDetail
    }
    return text + " No se cambió nada aquí." + detail(f.detail)
  }

  static func statement(state: String, detail text: String) -> String {
    // What went wrong, then that nothing changed here, then what to do.
    let problem: String
    let advice: String
    switch PostgresStatementProblem(sqlState: state) {
    case .permissionDenied:
      problem = "El usuario de la central no tiene permiso para esta operación (código \(state))."
      advice =
        "Use el usuario dueño del esquema tienda, o pida al administrador permisos sobre él"
        + " (GRANT … ON SCHEMA tienda y sus tablas)."
    case .schemaMissing:
      problem = "A la central le falta una tabla, columna o función de tienda (código \(state))."
      advice = "Créelas con: central preparar"
    case .resources:
      problem = "La central se quedó sin recursos (disco, memoria o conexiones; código \(state))."
      advice = "Avise al administrador de la central y vuelva a intentar."
    case .serverStopping:
      problem = "La central se está apagando o reiniciando."
      advice = "Vuelva a intentar en un momento."
    case .readOnly:
      problem = "La central está en modo sólo lectura (¿es una réplica?)."
      advice = "Configure la conexión al servidor principal con «configurar central»."
    case .concurrency:
      problem = "La operación chocó con otra al mismo tiempo en la central."
      advice = "Vuelva a intentar."
    case .canceled:
      problem =
        "La central canceló la operación (tiempo máximo de consulta, statement_timeout, o un"
        + " administrador)."
      advice = "Vuelva a intentar; si se repite, avise al administrador."
    case .rejectedData:
      problem = "La central rechazó un dato (código \(state)): no cumple una regla de su esquema."
      advice = "Puede ser una central preparada por otra versión de tienda: central preparar"
    case .connection:
      problem = "Se cortó la conexión con la central."
      advice = "Vuelva a intentar cuando la central responda."
    case .other:
      problem = "La central rechazó la operación (código \(state))."
      advice = String(howToSeeDetail.drop(while: { $0 == " " }))
    }
    return problem + " No se cambió nada aquí." + (advice.isEmpty ? "" : " " + advice)
      + detail(text)
  }
}
