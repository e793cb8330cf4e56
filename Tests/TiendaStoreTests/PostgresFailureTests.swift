import Testing

@testable import TiendaStore

/// libpq's connection messages (PostgreSQL 15, one line as
/// `PostgresConnection` leaves them) classified by `PostgresFailure`. The
/// cases a test can provoke run end to end in Tests/pty (test_285,
/// test_286); these are the ones that need a server configured otherwise
/// (pg_hba, SSL, max_connections, a server starting).
@Suite struct PostgresFailureTests {
  static let tcp = "connection to server at \"10.0.0.5\", port 5433 failed: "
  static let socket = "connection to server on socket \"/run/pg/.s.PGSQL.5432\" failed: "

  @Test func kindsFromLibpqMessages() {
    let cases: [(String, PostgresFailure.Kind)] = [
      (
        Self.socket + "No such file or directory Is the server running locally and accepting"
          + " connections on that socket?", .serverNotRunning
      ),
      (
        Self.tcp + "Connection refused Is the server running on that host and accepting TCP/IP"
          + " connections?", .serverNotRunning
      ),
      (
        "could not translate host name \"central.local\" to address: Name or service not known",
        .unknownHost
      ),
      (Self.tcp + "timeout expired", .timeout),
      (
        Self.tcp + "No route to host Is the server running on that host and accepting TCP/IP"
          + " connections?", .networkUnreachable
      ),
      (Self.tcp + "fe_sendauth: no password supplied", .passwordMissing),
      (
        Self.tcp + "FATAL: password authentication failed for user \"feria\"",
        .authenticationFailed
      ),
      (
        Self.tcp + "FATAL: no pg_hba.conf entry for host \"10.0.0.9\", user \"feria\", database"
          + " \"tienda\", SSL off", .sslRequiredByServer
      ),
      (
        Self.tcp + "FATAL: no pg_hba.conf entry for host \"10.0.0.9\", user \"feria\", database"
          + " \"tienda\", SSL encryption", .notAllowed
      ),
      (Self.tcp + "server does not support SSL, but SSL was required", .sslUnsupportedByServer),
      (Self.socket + "FATAL: database \"tienda\" does not exist", .databaseMissing),
      (Self.socket + "FATAL: role \"feria\" does not exist", .roleMissing),
      (
        Self.tcp + "FATAL: permission denied for database \"tienda\" DETAIL: User does not have"
          + " CONNECT privilege.", .noConnectPrivilege
      ),
      (Self.tcp + "FATAL: sorry, too many clients already", .tooManyConnections),
      (Self.tcp + "FATAL: the database system is starting up", .serverStarting),
      (Self.tcp + "received invalid response to SSL negotiation: H", .notPostgres),
      (
        Self.socket + "Permission denied Is the server running locally and accepting"
          + " connections on that socket?", .socketPermission
      ),
      ("invalid connection option \"prot\"", .badOption("prot")),
      ("invalid integer value \"x\" for connection option \"port\"", .badOption("port")),
      ("invalid sslmode value: \"banana\"", .badOption("sslmode")),
      ("definition of service \"nada\" not found", .badOption("service")),
      (Self.tcp + "SSL SYSCALL error: EOF detected", .other),
    ]
    for (message, kind) in cases {
      #expect(
        PostgresFailure.connection(message, configured: PostgresTarget()).kind == kind, "\(message)"
      )
    }
  }

  /// The place comes from the message when the conninfo did not say it.
  @Test func targetFromTheMessage() {
    let socket = PostgresFailure.connection(
      Self.socket + "FATAL: database \"tienda\" does not exist",
      configured: PostgresTarget(user: "feria"))
    #expect(
      socket.target
        == PostgresTarget(host: "/run/pg", port: "5432", database: "tienda", user: "feria"))
    #expect(socket.target.isSocket)
    let tcp = PostgresFailure.connection(
      Self.tcp + "FATAL: password authentication failed for user \"caja\"",
      configured: PostgresTarget(host: "central", database: "tienda"))
    #expect(tcp.target.host == "10.0.0.5")
    #expect(tcp.target.port == "5433")
    #expect(tcp.target.user == "caja")
    #expect(!tcp.target.isSocket)
  }

  /// A server with Spanish lc_messages (its FATALs as in PostgreSQL's es.po).
  @Test func spanishServerMessages() {
    let database = PostgresFailure.connection(
      Self.socket + "FATAL: no existe la base de datos «tienda»", configured: PostgresTarget())
    #expect(database.kind == .databaseMissing)
    #expect(database.target.database == "tienda")
    let role = PostgresFailure.connection(
      Self.tcp + "FATAL: no existe el rol «feria»", configured: PostgresTarget())
    #expect(role.kind == .roleMissing)
    #expect(role.target.user == "feria")
    let password = PostgresFailure.connection(
      Self.tcp + "FATAL: la autentificación password falló para el usuario «caja»",
      configured: PostgresTarget())
    #expect(password.kind == .authenticationFailed)
    #expect(password.target.user == "caja")
    let spanish: [(String, PostgresFailure.Kind)] = [
      ("FATAL: lo siento, ya tenemos demasiados clientes", .tooManyConnections),
      ("FATAL: el sistema de base de datos está iniciándose", .serverStarting),
      ("FATAL: permiso denegado a la base de datos «tienda»", .noConnectPrivilege),
      (
        "FATAL: no hay una línea en pg_hba.conf para «10.0.0.9», usuario «feria», base de"
          + " datos «tienda», SSL off", .sslRequiredByServer
      ),
      (
        "FATAL: no hay una línea en pg_hba.conf para «10.0.0.9», usuario «feria», base de"
          + " datos «tienda», cifrado SSL", .notAllowed
      ),
    ]
    for (message, kind) in spanish {
      #expect(PostgresFailure.kind(of: Self.tcp + message) == kind, "\(message)")
    }
  }

  @Test func statementProblemsBySQLState() {
    #expect(PostgresStatementProblem(sqlState: "42501") == .permissionDenied)
    #expect(PostgresStatementProblem(sqlState: "42P01") == .schemaMissing)
    #expect(PostgresStatementProblem(sqlState: "53100") == .resources)
    #expect(PostgresStatementProblem(sqlState: "25006") == .readOnly)
    #expect(PostgresStatementProblem(sqlState: "40P01") == .concurrency)
    #expect(PostgresStatementProblem(sqlState: "57014") == .canceled)
    #expect(PostgresStatementProblem(sqlState: "23505") == .rejectedData)
    #expect(PostgresStatementProblem(sqlState: "08006") == .connection)
    #expect(PostgresStatementProblem(sqlState: "XX000") == .other)
  }
}
