import TiendaStore

/// One row of `print_jobs` with its printer's name, read by column name.
struct PrintJobRow: FetchableRow {
  let id: Int64
  let printerID: Int64
  let printerName: String
  let kind: PrintJobKind
  let document: String
  let copy: Bool
  let drawer: Bool
  let payload: [UInt8]?
  let state: PrintJobState
  let attempts: Int64
  let bytesSent: Int64
  let lastError: String
  let createdAt: Int64

  init(row: Row) throws {
    id = try row["id"]
    printerID = try row["printer_id"]
    printerName = try row["printer_name"]
    kind = try row.enumValue("kind")
    document = try row["document"]
    copy = try row["copy"]
    drawer = try row["drawer"]
    payload = try row["payload"]
    state = try row.enumValue("state")
    attempts = try row["attempts"]
    bytesSent = try row["bytes_sent"]
    lastError = try row["last_error"]
    createdAt = try row["created_at"]
  }

  var job: PrintJob {
    PrintJob(
      id: id, printerID: printerID, printerName: printerName, kind: kind,
      document: PrintedDocument(stored: document), copy: copy, drawer: drawer, payload: payload,
      state: state, attempts: attempts, bytesSent: bytesSent, lastError: lastError,
      createdAt: createdAt)
  }

  static let select = """
    SELECT j.id, j.printer_id, p.name AS printer_name, j.kind, j.document, j.copy, j.drawer,
      j.payload, j.state, j.attempts, j.bytes_sent, j.last_error, j.created_at
    FROM print_jobs j JOIN printers p ON p.id = j.printer_id
    """

  static func find(_ db: Database, id: Int64) throws -> PrintJobRow? {
    try db.fetchOne(select + " WHERE j.id = ?", [.integer(id)])
  }

  /// The latest jobs, newest first.
  static func latest(_ db: Database, limit: Int) throws -> [PrintJobRow] {
    try db.fetchAll(select + " ORDER BY j.id DESC LIMIT ?", [.integer(Int64(limit))])
  }

  /// Pending jobs, and failed ones created since `failedSince`, that no
  /// sender claimed since `claimedSince`; oldest first.
  static func waiting(_ db: Database, failedSince: Int64, claimedSince: Int64) throws
    -> [PrintJobRow]
  {
    try db.fetchAll(
      select
        + " WHERE (j.state = 'pendiente' OR (j.state = 'fallido' AND j.created_at >= ?))"
        + " AND (j.claimed_at IS NULL OR j.claimed_at < ?) ORDER BY j.id",
      [.integer(failedSince), .integer(claimedSince)])
  }
}

/// A new row of `print_jobs` (state `pendiente`).
struct NewPrintJobRow: PersistableRow {
  static let table = "print_jobs"
  let printerID: Int64
  let registerID: Int64
  let kind: PrintJobKind
  let document: PrintedDocument?
  let copy: Bool
  let drawer: Bool
  let payload: [UInt8]?
  let createdAt: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "printer_id": printerID, "register_id": registerID, "kind": kind.rawValue,
      "document": document?.stored ?? "", "copy": copy, "drawer": drawer,
      "payload": payload.map { SQLValue.blob($0) } ?? .null, "created_at": createdAt,
    ]
  }
}

/// The spool's bookkeeping on `print_jobs`: claims, sends, retries and
/// cancellations.
enum PrintJobStore {
  /// `sending` jobs started before `startedBefore` become uncertain (their
  /// sender vanished).
  static func markInterrupted(_ db: Database, now: Int64, startedBefore: Int64) throws {
    try db.run(
      """
      UPDATE print_jobs SET state = 'incierto', finished_at = ?,
        last_error = 'el envío se interrumpió (el programa terminó a mitad)'
      WHERE state = 'enviando' AND started_at < ?
      """, [.integer(now), .integer(startedBefore)])
  }

  /// Claims a pending or failed job no sender holds since `claimedSince`,
  /// storing its bytes and counting the attempt; false when it is taken.
  static func claim(
    _ db: Database, id: Int64, payload: [UInt8], now: Int64, claimedSince: Int64
  ) throws -> Bool {
    try db.run(
      """
      UPDATE print_jobs SET payload = ?, attempts = attempts + 1, started_at = ?, claimed_at = ?
      WHERE id = ? AND state IN ('pendiente', 'fallido')
        AND (claimed_at IS NULL OR claimed_at < ?)
      """, [.blob(payload), .integer(now), .integer(now), .integer(id), .integer(claimedSince)])
    return db.changes == 1
  }

  static func markSending(_ db: Database, id: Int64, now: Int64) throws {
    try db.run(
      "UPDATE print_jobs SET state = 'enviando', started_at = ? WHERE id = ? AND state <> 'cancelado'",
      [.integer(now), .integer(id)])
  }

  /// Ends a send; `bytesSent` nil means the whole payload.
  static func finish(
    _ db: Database, id: Int64, state: PrintJobState, error: String, bytesSent: Int64?, now: Int64
  ) throws {
    try db.run(
      """
      UPDATE print_jobs SET state = ?, last_error = ?, finished_at = ?, claimed_at = NULL,
        bytes_sent = coalesce(?, length(payload)) WHERE id = ? AND state <> 'cancelado'
      """,
      [
        .text(state.rawValue), .text(error), .integer(now), bytesSent.map { .integer($0) } ?? .null,
        .integer(id),
      ])
  }

  /// One job back to pending; an uncertain document is rendered again as
  /// a copy. Returns the rows changed.
  @discardableResult
  static func requeue(_ db: Database, id: Int64) throws -> Int {
    try db.run(
      """
      UPDATE print_jobs SET state = 'pendiente',
        copy = CASE WHEN state = 'incierto' AND document <> '' THEN 1 ELSE copy END,
        payload = CASE WHEN state = 'incierto' AND document <> '' THEN NULL ELSE payload END
      WHERE id = ?
      """, [.integer(id)])
    return db.changes
  }

  static func failedIDs(_ db: Database) throws -> [Int64] {
    try db.fetchValues("SELECT id FROM print_jobs WHERE state = 'fallido'")
  }

  /// Every failed job back to pending; returns how many.
  @discardableResult
  static func requeueFailed(_ db: Database) throws -> Int {
    try db.run("UPDATE print_jobs SET state = 'pendiente' WHERE state = 'fallido'")
    return db.changes
  }

  @discardableResult
  static func cancel(_ db: Database, id: Int64) throws -> Int {
    try db.run("UPDATE print_jobs SET state = 'cancelado' WHERE id = ?", [.integer(id)])
    return db.changes
  }

  /// Every waiting (pending or failed) job, or those of one printer.
  @discardableResult
  static func cancelWaiting(_ db: Database, printerID: Int64? = nil) throws -> Int {
    if let printerID {
      try db.run(
        "UPDATE print_jobs SET state = 'cancelado' WHERE printer_id = ? AND state IN ('pendiente', 'fallido')",
        [.integer(printerID)])
    } else {
      try db.run(
        "UPDATE print_jobs SET state = 'cancelado' WHERE state IN ('pendiente', 'fallido')")
    }
    return db.changes
  }

  /// Whether a job of `document` went out, may have, or is waiting to go
  /// out (queued earlier in the same `--atómico` run, or for a printer that
  /// is off): one original per document, later ones are copies.
  static func wasPrinted(_ db: Database, document: String) throws -> Bool {
    try db.queryFirst(
      "SELECT 1 FROM print_jobs WHERE document = ? AND state IN ('impreso', 'enviado', 'incierto', 'enviando', 'pendiente')",
      [.text(document)]) != nil
  }

  static func hasPending(_ db: Database) throws -> Bool {
    try db.queryFirst("SELECT 1 FROM print_jobs WHERE state = 'pendiente' LIMIT 1") != nil
  }

  static func hasFailed(_ db: Database, since: Int64) throws -> Bool {
    try db.queryFirst(
      "SELECT 1 FROM print_jobs WHERE state = 'fallido' AND created_at >= ? LIMIT 1",
      [.integer(since)]) != nil
  }

  /// How many of `ids` are pending or being sent.
  static func unfinished(_ db: Database, ids: Set<Int64>) throws -> Int64 {
    let list = ids.sorted().map(String.init).joined(separator: ",")
    return try db.scalarInt(
      "SELECT count(*) FROM print_jobs WHERE id IN (\(list)) AND state IN ('pendiente', 'enviando')"
    )
  }
}
