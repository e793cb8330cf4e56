import TiendaStore

/// A cash report to print: the X of now, or a Z (the last one when no
/// number is given).
public enum ReportToPrint: Sendable, Equatable {
  case x
  case z(number: Int64?)
}

/// A cash report read for printing.
public enum PrintedReport: Sendable {
  case x(CashReport)
  case z(ZReport)
}

/// Print jobs: queued in the write's transaction, sent by the spool.
public struct PrintQueue: ShopArea {
  let shop: Shop

  /// Adds a job in the caller's transaction.
  @discardableResult
  func enqueueJob(
    _ kind: PrintJobKind, document: PrintedDocument? = nil, printer: Printer, copy: Bool = false,
    drawer: Bool = false, payload: [UInt8]? = nil
  ) throws -> Int64 {
    let id = try NewPrintJobRow(
      printerID: printer.id, registerID: actor.registerID, kind: kind, document: document,
      copy: copy, drawer: drawer, payload: payload, createdAt: clock.now()
    ).insert(into: db)
    shop.jobsQueuedHere.insert(id)
    return id
  }

  /// The automatic ticket of a document just recorded (a sale, a void…), in
  /// the caller's transaction, when a tickets printer exists and automatic
  /// printing is on.
  func enqueueAutomatic(_ kind: PrintJobKind, document: PrintedDocument, drawer: Bool = false)
    throws
  {
    guard settings.autoPrint, let printer = try shop.printers.defaultPrinter(.tickets) else {
      return
    }
    try enqueueJob(
      kind, document: document, printer: printer, drawer: drawer && printer.drawer)
  }

  /// The printer a command names, or the default of `role`.
  func printer(named name: String?, role: PrinterRole) throws -> Printer {
    let printer = try name.map(shop.printers.findPrinter) ?? shop.printers.defaultPrinter(role)
    guard let printer else { throw PrintError.noPrinter(role) }
    return printer
  }

  /// A print asked for by a command, once its printer is known: the job
  /// and its journal row.
  func queue(
    _ kind: PrintJobKind, document: PrintedDocument? = nil, on printer: Printer,
    copy: Bool = false, drawer: Bool = false, payload: [UInt8]? = nil, action: String,
    detail: JSONValue?, journal: JournalRecorder
  ) throws -> PrintJob {
    let id = try enqueueJob(
      kind, document: document, printer: printer, copy: copy, drawer: drawer, payload: payload)
    journal.record(action, entity: "impresión", id: String(id), after: detail)
    return try printJob(id)
  }

  /// `imprimir ticket` / `reimprimir ticket`: a sale's ticket, marked COPIA
  /// when asked or when it already went out on paper.
  public func printSaleTicket(_ reference: String, on printer: String?, forceCopy: Bool)
    throws -> PrintJob
  {
    try mutate { journal in
      let document = PrintedDocument.sale(try shop.sales.saleID(reference))
      let copy = try forceCopy || wasPrinted(document)
      return try queue(
        .ticket, document: document, on: self.printer(named: printer, role: .tickets),
        copy: copy, action: copy ? "impresión.copia" : "impresión.ticket",
        detail: .object([("venta", .string(reference))]), journal: journal)
    }
  }

  /// `probar impresora`: a test page rendered for the printer named (or
  /// the tickets default).
  public func printTestPage(on printer: String?, render: (Printer) throws -> [UInt8]) throws
    -> PrintJob
  {
    try mutate { journal in
      let printer = try self.printer(named: printer, role: .tickets)
      return try queue(
        .testPage, on: printer, payload: try render(printer), action: "impresión.prueba",
        detail: .object([("impresora", .string(printer.name))]), journal: journal)
    }
  }

  /// `imprimir informe x|z [n]`: the report rendered for the printer named
  /// (or the tickets default); `render` gives its title and bytes.
  public func printReport(
    _ which: ReportToPrint, on printer: String?,
    render: (Printer, PrintedReport) throws -> (title: String, bytes: [UInt8])
  ) throws -> PrintJob {
    try mutate { journal in
      let printer = try self.printer(named: printer, role: .tickets)
      let report: PrintedReport
      switch which {
      case .x: report = .x(try shop.register.xReport())
      case .z(let number?): report = .z(try shop.register.zReport(number: number))
      case .z(nil): report = .z(try lastZReport())
      }
      let (title, bytes) = try render(printer, report)
      return try queue(
        which == .x ? .xReport : .zReport, on: printer, payload: bytes,
        action: "impresión.informe", detail: .object([("informe", .string(title))]),
        journal: journal)
    }
  }

  public func printJob(_ id: Int64) throws -> PrintJob {
    guard let row = try PrintJobRow.find(db, id: id) else { throw PrintError.jobNotFound(id) }
    return row.job
  }

  /// `cola de impresión`: the latest jobs, newest first.
  public func printJobs(limit: Int = 50) throws -> [PrintJob] {
    try PrintJobRow.latest(db, limit: limit).map(\.job)
  }

  /// Jobs waiting to be sent now: pending, and failed ones younger than the
  /// retry window, oldest first. `sending` jobs whose sender vanished (a
  /// killed process) become uncertain.
  public func jobsToSend() throws -> [PrintJob] {
    let now = clock.now()
    try db.write { try PrintJobStore.markInterrupted(db, now: now, startedBefore: now - 120) }
    return try PrintJobRow.waiting(
      db, failedSince: now - Int64(settings.retryHours) * 3600, claimedSince: now - 120
    ).map(\.job)
  }

  /// Claims a job for this sender (two terminals never send the same job),
  /// stores its rendered bytes and counts the attempt. False when another
  /// sender has it. Spool bookkeeping: not a shop change, so no journal row.
  public func prepareSending(_ id: Int64, payload: [UInt8]) throws -> Bool {
    let now = clock.now()
    return try db.write {
      try PrintJobStore.claim(db, id: id, payload: payload, now: now, claimedSince: now - 120)
    }
  }

  /// The printer answered: bytes are about to leave. If the program dies
  /// from here on, the job is uncertain (it may have printed).
  public func markSending(_ id: Int64) throws {
    try db.write { try PrintJobStore.markSending(db, id: id, now: clock.now()) }
  }

  public func finishSending(_ id: Int64, _ outcome: SendOutcome) throws {
    let (state, error, sent) = outcome.ending
    try db.write {
      try PrintJobStore.finish(
        db, id: id, state: state, error: error, bytesSent: sent, now: clock.now())
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
      let n: Int
      if let id {
        let job = try printJob(id)
        guard [.failed, .uncertain, .cancelled].contains(job.state) else {
          throw PrintError.jobNotWaiting(id, state: job.state)
        }
        ids = [id]
        n = try PrintJobStore.requeue(db, id: id)
      } else {
        ids = try PrintJobStore.failedIDs(db)
        n = try PrintJobStore.requeueFailed(db)
      }
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
      let n: Int
      if let id {
        let job = try printJob(id)
        guard [.pending, .failed].contains(job.state) else {
          throw PrintError.jobNotWaiting(id, state: job.state)
        }
        n = try PrintJobStore.cancel(db, id: id)
      } else {
        n = try PrintJobStore.cancelWaiting(db)
      }
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
  public func wasPrinted(_ document: PrintedDocument) throws -> Bool {
    try PrintJobStore.wasPrinted(db, document: document.stored)
  }

  /// The newest Z report of this register (`imprimir informe z`).
  public func lastZReport() throws -> ZReport {
    guard let last = try shop.register.lastZ(registerID: actor.registerID) else {
      throw CashError.noSuchZReport(register: actor.registerName, number: 1, last: nil)
    }
    return try shop.register.zReport(number: last.number)
  }

  /// Whether any job waits to be sent (checked after each command).
  public var hasWaitingJobs: Bool { (try? PrintJobStore.hasPending(db)) ?? false }

  /// Failed jobs still inside the retry window.
  public var hasRetryableJobs: Bool {
    let since = clock.now() - Int64(settings.retryHours) * 3600
    return (try? PrintJobStore.hasFailed(db, since: since)) ?? false
  }

  /// How many of `ids` still wait or are being sent (the exit wait of a
  /// one-shot command).
  public func unfinishedJobs(_ ids: Set<Int64>) -> Int {
    guard !ids.isEmpty else { return 0 }
    return Int((try? PrintJobStore.unfinished(db, ids: ids)) ?? 0)
  }

  /// Whether jobs queued now wait for a commit (inside `--atómico` or
  /// `simular`): they cannot be sent yet.
  public var waitsForCommit: Bool { db.isInTransaction }
}
