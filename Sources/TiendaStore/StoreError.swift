import CSQLite

/// A failure of the shop file, typed so that the shell can word it in Spanish.
///
/// The description hides bound values: only the result code, SQLite's own
/// message and the SQL text are kept.
public struct StoreError: Error, Equatable, CustomStringConvertible {
  /// What went wrong, in terms a shop owner can act on.
  public enum Kind: Equatable, Sendable {
    case busy
    case locked
    case readOnly
    case diskFull
    case corrupt
    case notADatabase
    case notTiendaFile
    case newerVersion(found: Int, supported: Int)
    case constraint
    case cannotOpen
    case interrupted
    case ioError
    case other
  }

  public let kind: Kind
  public let code: Int32
  public let message: String
  public let sql: String?
  /// The C library's `errno` when the failure came from the file system.
  public let systemErrno: Int32?

  public init(
    kind: Kind, code: Int32 = 0, message: String = "", sql: String? = nil,
    systemErrno: Int32? = nil
  ) {
    self.kind = kind
    self.code = code
    self.message = message
    self.sql = sql
    self.systemErrno = systemErrno
  }

  /// Builds the error for a SQLite result code (extended codes accepted).
  public init(code: Int32, message: String, sql: String? = nil) {
    let kind: Kind
    switch code & 0xFF {
    case SQLITE_BUSY: kind = .busy
    case SQLITE_LOCKED: kind = .locked
    case SQLITE_READONLY: kind = .readOnly
    case SQLITE_FULL: kind = .diskFull
    case SQLITE_CORRUPT: kind = .corrupt
    case SQLITE_NOTADB: kind = .notADatabase
    case SQLITE_CONSTRAINT: kind = .constraint
    case SQLITE_CANTOPEN: kind = .cannotOpen
    case SQLITE_INTERRUPT: kind = .interrupted
    case SQLITE_IOERR: kind = .ioError
    default: kind = .other
    }
    self.init(kind: kind, code: code, message: message, sql: sql)
  }

  public var description: String {
    var text = "StoreError(\(kind), code \(code)): \(message)"
    if let sql { text += " [\(sql)]" }
    return text
  }
}
