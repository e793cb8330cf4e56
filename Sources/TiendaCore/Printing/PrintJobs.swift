import TiendaStore

/// A refusal about printers and print jobs.
public enum PrintError: Error, Equatable {
  case badWidth(Int)
  case badCodePage(Int)
  /// A new printer needs `tcp`, `archivo`, `cups` or `pantalla`.
  case transportNeeded(String)
  case noPrinter(PrinterRole)
  case jobNotFound(Int64)
  case jobNotWaiting(Int64, state: PrintJobState)
  case nothingToPrint
  case wrongLanguage(printer: String, language: PrinterLanguage, needed: String)
}

/// Where a job stands (DESIGN §8.20). `impreso` only when the printer
/// answered its status after the job; `incierto` when it did not (or the
/// send was cut off): it may need a reprint. `enviado` when the printer or
/// transport cannot confirm (`estado no`, CUPS, a plain file).
public enum PrintJobState: String, Sendable, CaseIterable {
  case pending = "pendiente"
  case sending = "enviando"
  case printed = "impreso"
  case sent = "enviado"
  case failed = "fallido"
  case uncertain = "incierto"
  case cancelled = "cancelado"
}

/// One job of the spool.
public struct PrintJob: Sendable, Equatable {
  public let id: Int64
  public let printerID: Int64
  public let printerName: String
  public let kind: String
  /// What to render: `venta:12`, `devolución:3`, `z:4`…; empty when the
  /// payload was stored with the job (labels, test page, drawer pulse).
  public let document: String
  public let copy: Bool
  public let drawer: Bool
  public let payload: [UInt8]?
  public let state: PrintJobState
  public let attempts: Int64
  public let bytesSent: Int64
  public let lastError: String
  public let createdAt: Int64
}

/// How a send ended.
public enum SendOutcome: Sendable, Equatable {
  /// The printer answered its status after the job: it has it and is ready.
  case printed
  /// Every byte left; this printer or transport cannot say more.
  case sent
  /// Nothing reached the printer: safe to retry.
  case failed(String)
  /// Some bytes left: the printer may have printed part of it.
  case uncertain(String, bytesSent: Int64)

  /// Printed or delivered: the printer's next jobs may follow.
  public var succeeded: Bool { self == .printed || self == .sent }

  /// What a job in `state` means as an outcome (nil while it waits).
  public init?(_ job: PrintJob) {
    switch job.state {
    case .printed: self = .printed
    case .sent: self = .sent
    case .failed, .cancelled: self = .failed(job.lastError)
    case .uncertain: self = .uncertain(job.lastError, bytesSent: job.bytesSent)
    case .pending, .sending: return nil
    }
  }
}

extension PrintQueue {
  static let jobColumns = """
    SELECT j.id, j.printer_id, p.name, j.kind, j.document, j.copy, j.drawer, j.payload, j.state,
      j.attempts, j.bytes_sent, j.last_error, j.created_at
    FROM print_jobs j JOIN printers p ON p.id = j.printer_id
    """

  func job(from row: Row) -> PrintJob {
    PrintJob(
      id: row.int(0), printerID: row.int(1), printerName: row.string(2), kind: row.string(3),
      document: row.string(4), copy: row.bool(5), drawer: row.bool(6), payload: row.optionalBlob(7),
      state: PrintJobState(rawValue: row.string(8)) ?? .pending, attempts: row.int(9),
      bytesSent: row.int(10), lastError: row.string(11), createdAt: row.int(12))
  }

  /// Adds a job in the caller's transaction.
  @discardableResult
  func enqueueJob(
    kind: String, document: String = "", printer: Printer, copy: Bool = false,
    drawer: Bool = false, payload: [UInt8]? = nil
  ) throws -> Int64 {
    try db.run(
      """
      INSERT INTO print_jobs(printer_id, register_id, kind, document, copy, drawer, payload,
        created_at) VALUES (?,?,?,?,?,?,?,?)
      """,
      [
        .integer(printer.id), .integer(actor.registerID), .text(kind), .text(document),
        .integer(copy ? 1 : 0), .integer(drawer ? 1 : 0), payload.map { .blob($0) } ?? .null,
        .integer(clock.now()),
      ])
    let id = db.lastInsertRowID
    shop.jobsQueuedHere.insert(id)
    return id
  }

  /// The automatic ticket of a document just recorded (a sale, a void…), in
  /// the caller's transaction, when a tickets printer exists and automatic
  /// printing is on.
  func enqueueAutomatic(kind: String, document: String, drawer: Bool = false) throws {
    guard settings.autoPrint, let printer = try shop.printers.defaultPrinter(.tickets) else {
      return
    }
    try enqueueJob(
      kind: kind, document: document, printer: printer, drawer: drawer && printer.drawer)
  }

  /// A print asked for by a command (`imprimir ticket 15`, labels, test
  /// page, drawer pulse): one transaction with its journal row.
  @discardableResult
  public func queuePrint(
    kind: String, document: String = "", printer name: String?, role: PrinterRole,
    copy: Bool = false, drawer: Bool = false, payload: [UInt8]? = nil, action: String,
    detail: JSONValue? = nil
  ) throws -> PrintJob {
    try mutate { journal in
      let printer = try name.map(shop.printers.findPrinter) ?? shop.printers.defaultPrinter(role)
      guard let printer else { throw PrintError.noPrinter(role) }
      let id = try enqueueJob(
        kind: kind, document: document, printer: printer, copy: copy, drawer: drawer,
        payload: payload)
      journal.record(action, entity: "impresión", id: String(id), after: detail)
      return try printJob(id)
    }
  }

  public func printJob(_ id: Int64) throws -> PrintJob {
    guard let row = try db.queryFirst(PrintQueue.jobColumns + " WHERE j.id = ?", [.integer(id)])
    else {
      throw PrintError.jobNotFound(id)
    }
    return job(from: row)
  }

  /// `cola de impresión`: the latest jobs, newest first.
  public func printJobs(limit: Int = 50) throws -> [PrintJob] {
    try db.query(PrintQueue.jobColumns + " ORDER BY j.id DESC LIMIT ?", [.integer(Int64(limit))])
      .map(job(from:))
  }

  /// Jobs waiting to be sent now: pending, and failed ones younger than the
  /// retry window, oldest first. `sending` jobs whose sender vanished (a
  /// killed process) become uncertain.
  public func jobsToSend() throws -> [PrintJob] {
    let now = clock.now()
    try db.write {
      try db.run(
        """
        UPDATE print_jobs SET state = 'incierto', finished_at = ?,
          last_error = 'el envío se interrumpió (el programa terminó a mitad)'
        WHERE state = 'enviando' AND started_at < ?
        """, [.integer(now), .integer(now - 120)])
    }
    return try db.query(
      PrintQueue.jobColumns
        + " WHERE (j.state = 'pendiente' OR (j.state = 'fallido' AND j.created_at >= ?))"
        + " AND (j.claimed_at IS NULL OR j.claimed_at < ?) ORDER BY j.id",
      [.integer(now - Int64(settings.retryHours) * 3600), .integer(now - 120)]
    ).map(job(from:))
  }

  /// Claims a job for this sender (two terminals never send the same job),
  /// stores its rendered bytes and counts the attempt. False when another
  /// sender has it. Spool bookkeeping: not a shop change, so no journal row.
  public func prepareSending(_ id: Int64, payload: [UInt8]) throws -> Bool {
    let now = clock.now()
    return try db.write {
      try db.run(
        """
        UPDATE print_jobs SET payload = ?, attempts = attempts + 1, started_at = ?, claimed_at = ?
        WHERE id = ? AND state IN ('pendiente', 'fallido')
          AND (claimed_at IS NULL OR claimed_at < ?)
        """, [.blob(payload), .integer(now), .integer(now), .integer(id), .integer(now - 120)])
      return db.changes == 1
    }
  }

  /// The printer answered: bytes are about to leave. If the program dies
  /// from here on, the job is uncertain (it may have printed).
  public func markSending(_ id: Int64) throws {
    try db.write {
      try db.run(
        "UPDATE print_jobs SET state = 'enviando', started_at = ? WHERE id = ? AND state <> 'cancelado'",
        [.integer(clock.now()), .integer(id)])
    }
  }

  public func finishSending(_ id: Int64, _ outcome: SendOutcome) throws {
    let (state, error, sent): (PrintJobState, String, Int64?) =
      switch outcome {
      case .printed: (.printed, "", nil)
      case .sent: (.sent, "", nil)
      case .failed(let message): (.failed, message, 0)
      case .uncertain(let message, let bytes): (.uncertain, message, bytes)
      }
    try db.write {
      try db.run(
        """
        UPDATE print_jobs SET state = ?, last_error = ?, finished_at = ?, claimed_at = NULL,
          bytes_sent = coalesce(?, length(payload)) WHERE id = ? AND state <> 'cancelado'
        """,
        [
          .text(state.rawValue), .text(error), .integer(clock.now()),
          sent.map { .integer($0) } ?? .null, .integer(id),
        ])
    }
  }

  /// `reintentar impresión [N]`: failed jobs (and N even when uncertain or
  /// too old) go back to pending. An uncertain document may have printed:
  /// it is rendered again marked COPIA (jobs with stored bytes, such as
  /// labels or a test page, go out as they were).
  @discardableResult
  public func retryJobs(_ id: Int64?) throws -> Int {
    try mutate { journal in
      let ids: [Int64]
      if let id {
        let job = try printJob(id)
        guard [.failed, .uncertain, .cancelled].contains(job.state) else {
          throw PrintError.jobNotWaiting(id, state: job.state)
        }
        ids = [id]
        try db.run(
          """
          UPDATE print_jobs SET state = 'pendiente',
            copy = CASE WHEN state = 'incierto' AND document <> '' THEN 1 ELSE copy END,
            payload = CASE WHEN state = 'incierto' AND document <> '' THEN NULL ELSE payload END
          WHERE id = ?
          """, [.integer(id)])
      } else {
        ids = try db.query("SELECT id FROM print_jobs WHERE state = 'fallido'").map { $0.int(0) }
        try db.run("UPDATE print_jobs SET state = 'pendiente' WHERE state = 'fallido'")
      }
      let n = db.changes
      shop.jobsQueuedHere.formUnion(ids)
      if n > 0 {
        journal.record(
          "impresión.reintentar", entity: "impresión", id: id.map(String.init),
          after: .object([("trabajos", .int(Int64(n)))]))
      }
      return n
    }
  }

  /// `cancelar impresión N|todo`: waiting jobs are not sent.
  @discardableResult
  public func cancelJobs(_ id: Int64?) throws -> Int {
    try mutate { journal in
      if let id {
        let job = try printJob(id)
        guard [.pending, .failed].contains(job.state) else {
          throw PrintError.jobNotWaiting(id, state: job.state)
        }
        try db.run("UPDATE print_jobs SET state = 'cancelado' WHERE id = ?", [.integer(id)])
      } else {
        try db.run(
          "UPDATE print_jobs SET state = 'cancelado' WHERE state IN ('pendiente', 'fallido')")
      }
      let n = db.changes
      if n > 0 {
        journal.record(
          "impresión.cancelar", entity: "impresión", id: id.map(String.init),
          after: .object([("trabajos", .int(Int64(n)))]))
      }
      return n
    }
  }
}

extension PrintQueue {
  /// Whether a document already went out on paper, or may have (a reprint
  /// says COPIA).
  public func wasPrinted(_ document: String) throws -> Bool {
    try db.queryFirst(
      "SELECT 1 FROM print_jobs WHERE document = ? AND state IN ('impreso', 'enviado', 'incierto', 'enviando')",
      [.text(document)]) != nil
  }

  /// The newest Z report of this register (`imprimir informe z`).
  public func lastZReport() throws -> ZReport {
    guard let last = try shop.register.lastZ(registerID: actor.registerID) else {
      throw CashError.noSuchZReport(register: actor.registerName, number: 1, last: nil)
    }
    return try shop.register.zReport(number: last.number)
  }

  /// Whether any job waits to be sent (checked after each command).
  public var hasWaitingJobs: Bool {
    (try? db.queryFirst("SELECT 1 FROM print_jobs WHERE state = 'pendiente' LIMIT 1")) != nil
  }
}

extension PrintQueue {
  /// Failed jobs still inside the retry window.
  public var hasRetryableJobs: Bool {
    let since = clock.now() - Int64(settings.retryHours) * 3600
    return
      (try? db.queryFirst(
        "SELECT 1 FROM print_jobs WHERE state = 'fallido' AND created_at >= ? LIMIT 1",
        [.integer(since)])) != nil
  }
}

extension PrintQueue {
  /// How many of `ids` still wait or are being sent (the exit wait of a
  /// one-shot command).
  public func unfinishedJobs(_ ids: Set<Int64>) -> Int {
    guard !ids.isEmpty else { return 0 }
    let list = ids.sorted().map(String.init).joined(separator: ",")
    return Int(
      (try? db.scalarInt(
        "SELECT count(*) FROM print_jobs WHERE id IN (\(list)) AND state IN ('pendiente', 'enviando')"
      )) ?? 0)
  }
}
