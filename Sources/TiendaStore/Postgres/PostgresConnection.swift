/// What can go wrong talking to the central PostgreSQL server.
public enum PostgresError: Error, Equatable, Sendable {
  /// `libpq.so.5` is not installed (package `libpq5`).
  case libraryMissing
  /// The server could not be reached or refused the login; libpq's text.
  case connectionFailed(String)
  /// A statement failed; libpq's text and the SQLSTATE code.
  case statementFailed(String, sqlState: String)
  /// The connection broke in the middle (server down, network gone).
  case connectionLost(String)
}

/// The rows a statement returned, read by column name (text format).
public struct PostgresResult: Sendable {
  public let columns: [String]
  public let rows: [[String?]]
  /// Rows changed by an INSERT/UPDATE/DELETE (`PQcmdTuples`).
  public let affected: Int

  public var count: Int { rows.count }

  /// The value of `column` in row `row`; nil when NULL or when there is no such column.
  public func value(_ row: Int, _ column: String) -> String? {
    guard let index = columns.firstIndex(of: column), row < rows.count else { return nil }
    return rows[row][index]
  }

  /// `value` read as an integer (nil when NULL or not a number).
  public func integer(_ row: Int, _ column: String) -> Int64? {
    value(row, column).flatMap { Int64($0) }
  }
}

/// One connection to PostgreSQL through libpq loaded at run time. Used from
/// one thread (libpq connections are not shared); closed on deinit.
public final class PostgresConnection: @unchecked Sendable {
  private let api: LibPQ
  private let connection: OpaquePointer

  /// Connects with a libpq conninfo (`host=… dbname=… user=…`). The
  /// password comes from PGPASSWORD or ~/.pgpass, as libpq reads them.
  public init(conninfo: String) throws(PostgresError) {
    guard let api = LibPQ.shared else { throw .libraryMissing }
    self.api = api
    // client_encoding UTF8 whatever the server's default.
    let info = conninfo + " client_encoding=UTF8"
    guard let connection = api.connectDB(info) else {
      throw .connectionFailed("sin memoria")
    }
    guard api.status(connection) == 0 else {
      let message = Self.text(api.errorMessage(connection))
      api.finish(connection)
      throw .connectionFailed(message)
    }
    self.connection = connection
    // libpq prints NOTICEs («already exists, skipping») on stderr: only warnings.
    _ = try? execute("SET client_min_messages = warning")
  }

  deinit { api.finish(connection) }

  /// Whether libpq can be loaded on this machine (loads it).
  public static var libraryAvailable: Bool { LibPQ.shared != nil }

  /// Runs one statement with `$1…$n` parameters sent as text (NULL for nil).
  @discardableResult
  public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError)
    -> PostgresResult
  {
    // Without parameters, PQexec: it takes several statements (a script).
    let result =
      parameters.isEmpty
      ? api.exec(connection, sql)
      : withParameters(parameters) { values in
        api.execParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
      }
    guard let result else { throw lost() }
    defer { api.clear(result) }
    let status = api.resultStatus(result)
    guard status == LibPQ.commandOK || status == LibPQ.tuplesOK else {
      throw failure(result)
    }
    let fields = Int(api.nfields(result))
    let count = Int(api.ntuples(result))
    var columns: [String] = []
    columns.reserveCapacity(fields)
    for f in 0..<fields { columns.append(Self.text(api.fname(result, Int32(f)))) }
    var rows: [[String?]] = []
    rows.reserveCapacity(count)
    for r in 0..<count {
      var row: [String?] = []
      row.reserveCapacity(fields)
      for f in 0..<fields {
        if api.getisnull(result, Int32(r), Int32(f)) != 0 {
          row.append(nil)
        } else {
          row.append(Self.text(api.getvalue(result, Int32(r), Int32(f))))
        }
      }
      rows.append(row)
    }
    let affected = Int(Self.text(api.cmdTuples(result))) ?? 0
    return PostgresResult(columns: columns, rows: rows, affected: affected)
  }

  /// Runs `body` inside BEGIN … COMMIT; any error rolls back and is rethrown.
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN")
    do {
      let value = try body()
      try execute("COMMIT")
      return value
    } catch {
      _ = try? execute("ROLLBACK")
      throw error
    }
  }

  /// `COPY … FROM STDIN` with `data` in COPY's text format (one line per
  /// row, columns separated by tabs, `\N` for NULL, `\\`, `\t`, `\n`, `\r`
  /// escaped). Returns the rows copied. Much cheaper per row than INSERT
  /// parameters on both sides (issue 23, the push).
  @discardableResult
  public func copy(_ sql: String, _ data: UnsafeRawBufferPointer) throws(PostgresError) -> Int {
    guard let start = api.exec(connection, sql) else { throw lost() }
    guard api.resultStatus(start) == LibPQ.copyIn else {
      let error = failure(start)
      api.clear(start)
      drain()
      throw error
    }
    api.clear(start)
    var offset = 0
    while offset < data.count, let base = data.baseAddress {
      let size = min(1 << 20, data.count - offset)
      let sent = api.putCopyData(
        connection, (base + offset).assumingMemoryBound(to: CChar.self), Int32(size))
      guard sent == 1 else {
        let error = lost()
        drain()
        throw error
      }
      offset += size
    }
    guard api.putCopyEnd(connection, nil) == 1 else {
      let error = lost()
      drain()
      throw error
    }
    // The COPY's own result, then NULL.
    var error: PostgresError?
    var copied = 0
    while let result = api.getResult(connection) {
      if error == nil {
        if api.resultStatus(result) == LibPQ.commandOK {
          copied = Int(Self.text(api.cmdTuples(result))) ?? 0
        } else {
          error = failure(result)
        }
      }
      api.clear(result)
    }
    if let error { throw error }
    return copied
  }

  /// Reads and frees what is left of a command's results.
  private func drain() {
    while let result = api.getResult(connection) { api.clear(result) }
  }

  /// A failed result's error: the statement's, or a lost connection when
  /// there is no SQLSTATE.
  private func failure(_ result: OpaquePointer) -> PostgresError {
    let message = Self.text(api.resultErrorMessage(result))
    let state = Self.text(api.resultErrorField(result, LibPQ.diagSQLState))
    if state.isEmpty { return lost() }
    return .statementFailed(message, sqlState: state)
  }

  private func lost() -> PostgresError {
    .connectionLost(Self.text(api.errorMessage(connection)))
  }

  private func withParameters<R>(
    _ parameters: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R
  ) -> R {
    if parameters.isEmpty { return body(nil) }
    // One buffer holds every value, NUL-terminated, so there is one allocation.
    var offsets: [Int?] = []
    offsets.reserveCapacity(parameters.count)
    var bytes: [CChar] = []
    for parameter in parameters {
      guard let parameter else {
        offsets.append(nil)
        continue
      }
      offsets.append(bytes.count)
      bytes.append(contentsOf: parameter.utf8CString)
    }
    return bytes.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress
      let pointers: [UnsafePointer<CChar>?] = offsets.map { offset in
        guard let offset, let base else { return nil }
        return base + offset
      }
      return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }
  }

  private static func text(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    // libpq's messages span lines ("…failed: …\n\tIs the server…"): one line.
    var message = ""
    var space = false
    for character in String(cString: pointer) {
      if character == "\n" || character == "\t" || character == " " {
        space = !message.isEmpty
      } else {
        if space { message.append(" ") }
        space = false
        message.append(character)
      }
    }
    return message
  }
}
