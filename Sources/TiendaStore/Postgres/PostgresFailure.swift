/// Where a connection was going: what the user wrote in the conninfo, or
/// what libpq's own message names (the socket path, the address it tried).
public struct PostgresTarget: Sendable, Equatable {
  /// A host name, an address, or a socket folder (starts with `/`).
  public var host: String?
  public var port: String?
  public var database: String?
  public var user: String?

  public init(
    host: String? = nil, port: String? = nil, database: String? = nil, user: String? = nil
  ) {
    self.host = host
    self.port = port
    self.database = database
    self.user = user
  }

  /// Whether the host is a local socket folder (no host means one too).
  public var isSocket: Bool { host.map { $0.hasPrefix("/") || $0.hasPrefix("@") } ?? true }
}

/// Why libpq could not connect, read from its message (libpq gives no
/// code for a failed connection, only text; the server's own errors carry
/// an SQLSTATE we never see at connection time). English only: tienda does
/// not call `setlocale`, so libpq speaks in the C locale.
public struct PostgresFailure: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// No server on that socket, or the TCP port refused (nothing listens).
    case serverNotRunning
    /// The host name does not resolve.
    case unknownHost
    /// No answer within `connect_timeout`, or the network timed out.
    case timeout
    /// No route, network down.
    case networkUnreachable
    /// The server asks for a password and there is none (PGPASSWORD, ~/.pgpass).
    case passwordMissing
    /// The password (or other method) was refused.
    case authenticationFailed
    /// pg_hba.conf has no line for this host, user and database.
    case notAllowed
    /// The server accepts this client only over SSL.
    case sslRequiredByServer
    /// `sslmode=require` (or stricter) and the server has no SSL.
    case sslUnsupportedByServer
    /// The database named does not exist.
    case databaseMissing
    /// The user (role) named does not exist.
    case roleMissing
    /// The user may not connect to that database (CONNECT privilege).
    case noConnectPrivilege
    /// Too many connections on the server.
    case tooManyConnections
    /// The server is starting, shutting down or recovering.
    case serverStarting
    /// Something answered that is not PostgreSQL.
    case notPostgres
    /// The socket file exists but this user may not open it.
    case socketPermission
    /// A conninfo keyword libpq does not know, or a value it refuses.
    case badOption(String)
    /// Anything else.
    case other
  }

  public let kind: Kind
  public let target: PostgresTarget
  /// libpq's own text (English), shown only when asked for (TIENDA_DETALLE).
  public let detail: String

  public init(kind: Kind, target: PostgresTarget, detail: String) {
    self.kind = kind
    self.target = target
    self.detail = detail
  }

  /// Classifies libpq's connection message; `configured` is what the
  /// conninfo said (libpq's message fills in what it names itself).
  public static func connection(_ message: String, configured: PostgresTarget) -> PostgresFailure {
    var target = configured
    // «connection to server on socket "/dir/.s.PGSQL.5432" failed: …»
    if let path = quoted(after: "on socket ", in: message) {
      if let dot = find("/.s.PGSQL.", in: path, last: true) {
        target.host = String(path[..<dot.lowerBound])
        target.port = String(path[dot.upperBound...])
      }
    } else if let host = quoted(after: "to server at ", in: message) {
      // «connection to server at "127.0.0.1", port 5999 failed: …»
      if target.host == nil || !(target.host ?? "").contains(",") { target.host = host }
      if let port = number(after: "\", port ", in: message) { target.port = port }
    } else if let host = quoted(after: "could not translate host name ", in: message) {
      target.host = host
    }
    if let database = quoted(after: "database ", in: message),
      find("does not exist", in: message) != nil
    {
      target.database = database
    }
    if let role = quoted(after: "role ", in: message) { target.user = role }
    if let role = quoted(after: "for user ", in: message) { target.user = role }
    // A server whose lc_messages is Spanish (a cluster made under es_CL)
    // sends its FATALs in Spanish, with «» around names.
    if let database = angled(after: "no existe la base de datos ", in: message) {
      target.database = database
    }
    if let role = angled(after: "no existe el rol ", in: message) { target.user = role }
    if let role = angled(after: "para el usuario ", in: message) { target.user = role }
    return PostgresFailure(kind: kind(of: message), target: target, detail: message)
  }

  static func kind(of m: String) -> Kind {
    let lower = m.lowercased()
    func has(_ text: String) -> Bool { find(text.lowercased(), in: lower) != nil }
    if let option = quoted(after: "invalid connection option ", in: m) { return .badOption(option) }
    // «invalid sslmode value: "x"», «invalid gssencmode value: …»
    for option in ["sslmode", "gssencmode", "target_session_attrs", "channel_binding"]
    where has("invalid \(option) value") {
      return .badOption(option)
    }
    if has("definition of service") { return .badOption("service") }
    if has("could not parse network address") { return .badOption("hostaddr") }
    if has("invalid integer value") || has("invalid port number") || has("invalid sslmode value")
      || has("invalid value for parameter") || has("invalid URI") || has("URI query parameter")
      || has("missing \"=\" after") || has("unterminated quoted string")
      || has("invalid gssencmode value") || has("invalid target_session_attrs value")
      || has("invalid channel_binding value") || has("invalid percent-encoded token")
    {
      return .badOption(quoted(after: "for connection option ", in: m) ?? "")
    }
    // The server's own FATALs when its lc_messages is Spanish.
    if has("no existe la base de datos") { return .databaseMissing }
    if has("no existe el rol") { return .roleMissing }
    if has("autentificación") && has("falló") { return .authenticationFailed }
    if has("demasiados clientes") { return .tooManyConnections }
    if has("permiso denegado a la base de datos") { return .noConnectPrivilege }
    if has("no hay una línea en pg_hba.conf") {
      return has("SSL off") || has("sin cifrado") ? .sslRequiredByServer : .notAllowed
    }
    if has("aún no está aceptando conexiones") { return .serverStarting }
    if has("iniciándose") || has("apagándose") || has("modo de recuperación") {
      return .serverStarting
    }
    if has("could not translate host name") { return .unknownHost }
    if has("timeout expired") || has("Connection timed out") { return .timeout }
    if has("No route to host") || has("Network is unreachable") { return .networkUnreachable }
    if has("no password supplied") || has("password is required") { return .passwordMissing }
    if has("authentication failed") { return .authenticationFailed }
    if has("does not support SSL, but SSL was required") { return .sslUnsupportedByServer }
    if has("no pg_hba.conf entry") {
      return has("SSL off") || has("no encryption") ? .sslRequiredByServer : .notAllowed
    }
    if has("SSL connection is required") { return .sslRequiredByServer }
    if has("database \"") && has("does not exist") { return .databaseMissing }
    if has("role \"") && has("does not exist") { return .roleMissing }
    if has("permission denied for database") || has("not permitted to log in") {
      return .noConnectPrivilege
    }
    if has("too many clients") || has("remaining connection slots") {
      return .tooManyConnections
    }
    if has("starting up") || has("shutting down") || has("in recovery mode")
      || has("not yet accepting connections") || has("not accepting connections")
    {
      return .serverStarting
    }
    if has("invalid response to SSL negotiation") || has("expected authentication request")
      || has("received invalid response") || has("unexpected message from server")
    {
      return .notPostgres
    }
    if has("Permission denied") { return .socketPermission }
    if has("No such file or directory") || has("Connection refused") {
      return .serverNotRunning
    }
    return .other
  }

  /// The text between the double quotes that follow `prefix`.
  static func quoted(after prefix: String, in message: String) -> String? {
    guard let start = find(prefix + "\"", in: message) else { return nil }
    let rest = message[start.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
  }

  /// Where `needle` is in `text` (the first or the last time); the
  /// standard library's string search lives in a module this target leaves out.
  static func find(_ needle: String, in text: String, last: Bool = false) -> Range<String.Index>? {
    guard !needle.isEmpty else { return nil }
    var found: Range<String.Index>?
    var start = text.startIndex
    while start < text.endIndex {
      if text[start...].hasPrefix(needle) {
        let end = text.index(start, offsetBy: needle.count)
        found = start..<end
        if !last { return found }
      }
      start = text.index(after: start)
    }
    return found
  }

  /// The text between «» that follows `prefix` (Spanish server messages).
  static func angled(after prefix: String, in message: String) -> String? {
    guard let start = find(prefix + "«", in: message) else { return nil }
    let rest = message[start.upperBound...]
    guard let end = rest.firstIndex(of: "»") else { return nil }
    return String(rest[..<end])
  }

  static func number(after prefix: String, in message: String) -> String? {
    guard let start = find(prefix, in: message) else { return nil }
    let digits = message[start.upperBound...].prefix(while: \.isNumber)
    return digits.isEmpty ? nil : String(digits)
  }
}

/// What a statement error means, by its SQLSTATE (the server's words are
/// in the server's language; the code is stable).
public enum PostgresStatementProblem: Sendable, Equatable {
  case permissionDenied
  case schemaMissing
  case resources
  case serverStopping
  case readOnly
  case concurrency
  case canceled
  case rejectedData
  case connection
  case other

  public init(sqlState state: String) {
    switch state {
    case "42501": self = .permissionDenied
    case "42P01", "42703", "3F000", "42883", "42704": self = .schemaMissing
    case "57P01", "57P02", "57P03": self = .serverStopping
    case "25006": self = .readOnly
    case "40001", "40P01", "55P03": self = .concurrency
    case "57014": self = .canceled
    default:
      switch state.prefix(2) {
      case "53": self = .resources
      case "23", "22": self = .rejectedData
      case "08": self = .connection
      default: self = .other
      }
    }
  }
}
