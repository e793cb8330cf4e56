import TiendaStore

/// What can go wrong configuring or talking to the central server.
public enum SyncError: Error, Equatable, Sendable {
  /// `sincronizar` and the central commands need `configurar central "…"` first.
  case centralNotConfigured
  /// A conninfo that carries a password (it would be stored in the file).
  case passwordInConninfo
  /// A conninfo libpq would not understand (empty, or not `clave=valor`).
  case badConninfo(String)
  /// A conninfo keyword libpq does not know (with the closest one it does).
  case unknownConninfoKeyword(String, suggestion: String?)
  /// A conninfo value libpq would refuse (a port that is not a number).
  case badConninfoValue(String, String)
  /// A conninfo keyword that takes one of a few words (`sslmode=banana`).
  case badConninfoChoice(String, String, choices: [String])
  /// The central could not be reached or refused the login, classified.
  case cannotConnect(PostgresFailure)
  /// An empty or too long branch name.
  case badBranchName
  /// `sucursal.id` is not the 32 hexadecimal digits tienda made (the file
  /// was edited by hand): pushing would make another branch centrally.
  case badBranchID(String)
  /// An outbox event with no epoch (`outbox_epochs` edited by hand): sent
  /// with an empty one, the central would take it as new and hold its rows twice.
  case eventWithoutEpoch(Int64)
  /// libpq or the server said no.
  case postgres(PostgresError)
  /// The central schema is newer than this tienda knows (a newer version prepared it).
  case centralSchemaNewer(found: Int, known: Int)
  /// The central schema is missing or older: run `central preparar`.
  case centralNotPrepared
  /// Demo, practice mode and `--simular` never talk to the central server.
  case notInThisMode
}
