import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// The print spool: renders waiting jobs and sends them, after the command
/// that made them has committed. Screen jobs are shown at once; the others
/// go out on a background thread with its own connection to the shop file,
/// so the prompt never waits on a printer.
public enum PrintSpool {
  /// The bytes of a job: stored with it (labels, test page, drawer), or
  /// rendered from the ledger (`venta:12`, `reembolso:3`, `ticket:7`).
  public static func render(_ job: PrintJob, printer: Printer, shop: Shop) throws -> [UInt8] {
    if let payload = job.payload { return payload }
    if job.kind == .drawer { return EscPos.drawerOnly() }
    var documents = TicketDocuments(settings: shop.settings, width: printer.width)
    documents.practice = shop.practice
    guard let source = job.document else { throw PrintError.nothingToPrint }
    let document: PrintDocument
    switch (source.kind, job.kind) {
    case (_, .kitchen):
      document = documents.kitchenSlip(try shop.kitchen.slip(for: job, printer: printer))
    case (.order, _):
      document = documents.orderVoucher(
        try shop.orderVouchers.voucher(orderID: source.id), copy: job.copy)
    case (.sale, .gift): document = documents.sale(try shop.sales.sale(id: source.id), gift: true)
    case (.sale, _): document = documents.sale(try shop.sales.sale(id: source.id), copy: job.copy)
    case (.refund, _):
      document = documents.refund(try shop.sales.refund(id: source.id), copy: job.copy)
    case (.giftCard, _):
      document = documents.giftCard(try shop.giftCards.voucher(source.id), copy: job.copy)
    case (.account, _):
      document = documents.accountReceipt(try shop.accounts.receipt(source.id), copy: job.copy)
    case (.ticket, _):
      guard let ticket = try shop.sales.ticket(id: source.id) else {
        throw PrintError.nothingToPrint
      }
      document = documents.held(ticket)
    }
    return bytes(document, for: printer, drawer: job.drawer)
  }

  /// A document in the printer's language.
  public static func bytes(_ document: PrintDocument, for printer: Printer, drawer: Bool = false)
    -> [UInt8]
  {
    switch printer.language {
    case .text: return Array(PlainText.render(document, width: printer.width).utf8)
    default:
      return EscPos.render(
        document, width: printer.width, codePage: printer.codePage, cut: printer.cut,
        drawer: drawer)
    }
  }

  /// What a screen printer shows for `bytes`.
  public static func preview(_ bytes: [UInt8], printer: Printer) -> String {
    switch printer.language {
    case .escpos: return EscPosPreview.text(bytes, width: printer.width)
    default: return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Every waiting job as it would come out, without sending or marking
  /// anything (`--simular`). Binary formats (PDF) are described, not shown.
  public static func previews(shop: Shop, skipping shown: Set<Int64> = []) -> [(
    job: Int64, text: String
  )] {
    guard let jobs = try? shop.printQueue.jobsToSend(), let all = try? shop.printers.allPrinters()
    else { return [] }
    return jobs.compactMap { job in
      guard !shown.contains(job.id), let printer = all.first(where: { $0.id == job.printerID }),
        let bytes = try? render(job, printer: printer, shop: shop)
      else { return nil }
      let body =
        printer.language == .pdf
        ? PrintText.binaryJob(bytes.count) + "\n" : preview(bytes, printer: printer)
      return (job.id, PrintText.previewHeader(printer.name) + "\n" + body)
    }
  }

  /// Sends the waiting jobs, oldest first. A printer that fails (or leaves
  /// a job uncertain) is left alone for the rest of this round (its jobs
  /// keep their order). Jobs of screen printers are shown through `screen`
  /// (or skipped when nil). `printerID` and `through` limit the round to one
  /// printer's jobs up to one job (`probar impresora`, `reimprimir`).
  @discardableResult
  public static func sendWaiting(
    shop: Shop, screen: ((String) -> Void)?, onlyScreen: Bool = false,
    printerID: Int64? = nil, through last: Int64? = nil
  ) -> [(Int64, SendOutcome)] {
    var results: [(Int64, SendOutcome)] = []
    var broken: Set<Int64> = []
    guard let jobs = try? shop.printQueue.jobsToSend() else { return results }
    let printers = Dictionary(
      ((try? shop.printers.allPrinters()) ?? []).map { ($0.id, $0) },
      uniquingKeysWith: { a, _ in a })
    for job in jobs where !broken.contains(job.printerID) {
      if let printerID, job.printerID != printerID { continue }
      if let last, job.id > last { break }
      guard let printer = printers[job.printerID] else { continue }
      let isScreen = printer.transport == .screen
      if isScreen && screen == nil { continue }
      if !isScreen && onlyScreen { continue }
      let outcome: SendOutcome
      do {
        let payload = try render(job, printer: printer, shop: shop)
        guard try shop.printQueue.prepareSending(job.id, payload: payload) else { continue }
        if isScreen {
          screen?(preview(payload, printer: printer))
          outcome = .printed
        } else {
          outcome = Transport.send(payload, to: printer) {
            try? shop.printQueue.markSending(job.id)
          }
        }
      } catch {
        outcome = .failed(PrintText.cannotRender)
      }
      try? shop.printQueue.finishSending(job.id, outcome)
      if !outcome.succeeded { broken.insert(job.printerID) }
      results.append((job.id, outcome))
    }
    return results
  }

  /// Sends job `id` now, in this thread, after the jobs of its printer
  /// queued before it, and says how it ended. When another sender (the
  /// background spool, another terminal) has it, waits for that one, at
  /// most `milliseconds`. Nil when it is still under way then.
  public static func sendNow(_ id: Int64, shop: Shop, upTo milliseconds: Int = 15_000)
    -> SendOutcome?
  {
    guard let job = try? shop.printQueue.printJob(id) else { return nil }
    let round = sendWaiting(shop: shop, screen: nil, printerID: job.printerID, through: id)
    if let mine = round.first(where: { $0.0 == id }) { return mine.1 }
    // An older job of the same printer failed first: this one waits behind it.
    if let blocker = round.last, !blocker.1.succeeded { return blocker.1 }
    let deadline = PrinterStatus.now() + Int64(milliseconds)
    while PrinterStatus.now() < deadline {
      guard let now = try? shop.printQueue.printJob(id) else { return nil }
      if let outcome = SendOutcome(now) {
        return now.state == .cancelled ? .failed(PrintText.cancelledJob) : outcome
      }
      usleep(50_000)
    }
    return nil
  }
}

/// Plain text for `lenguaje texto` printers.
public enum PlainText {
  public static func render(_ document: PrintDocument, width: Int) -> String {
    var out = ""
    for item in document.items {
      switch item {
      case .text(let text, let align, _, _):
        for line in text.count <= width ? [text] : Layout.wrap(text, width: width) {
          out += Layout.aligned(line, align, width: width) + "\n"
        }
      case .large(let text, let align):
        for line in Layout.wrap(text, width: width) {
          out += Layout.aligned(line, align, width: width) + "\n"
        }
      case .rule: out += String(repeating: "-", count: width) + "\n"
      case .blank: out += "\n"
      case .ean13(let digits): out += Layout.aligned(digits, .center, width: width) + "\n"
      case .code128(let data): out += Layout.aligned(data, .center, width: width) + "\n"
      }
    }
    return out + "\n\n"
  }
}

/// Sends jobs on a background thread, one at a time, with its own shop
/// connection. `kick()` after a command that queued jobs; `wait(upTo:)`
/// before the program ends.
public final class BackgroundSpool: @unchecked Sendable {
  let path: String
  let clock: ShopClock
  var lock = pthread_mutex_t()
  var running = false
  var again = false

  /// Papers say PRÁCTICA (the spool of a practice copy or the demo shop).
  let practice: Bool

  public init(path: String, clock: ShopClock, practice: Bool = false) {
    self.path = path
    self.clock = clock
    self.practice = practice
    pthread_mutex_init(&lock, nil)
  }

  /// Starts a round of sending (or asks the running one for another).
  public func kick() {
    pthread_mutex_lock(&lock)
    again = true
    let start = !running
    running = true
    pthread_mutex_unlock(&lock)
    guard start else { return }
    var thread = pthread_t()
    let context = Unmanaged.passRetained(self).toOpaque()
    let created = pthread_create(
      &thread, nil,
      { raw in
        let spool = Unmanaged<BackgroundSpool>.fromOpaque(raw!).takeRetainedValue()
        spool.loop()
        return nil
      }, context)
    if created == 0 {
      pthread_detach(thread)
    } else {
      Unmanaged<BackgroundSpool>.fromOpaque(context).release()
      pthread_mutex_lock(&lock)
      running = false
      pthread_mutex_unlock(&lock)
    }
  }

  /// Sends rounds while asked; the thread's own connection closes when
  /// `shop` goes at the end.
  func loop() {
    let shop = try? Shop.open(path: path, clock: clock, createFolders: false)
    shop?.practice = practice
    while true {
      pthread_mutex_lock(&lock)
      if !again || shop == nil {
        running = false
        pthread_mutex_unlock(&lock)
        break
      }
      again = false
      pthread_mutex_unlock(&lock)
      if let shop { PrintSpool.sendWaiting(shop: shop, screen: nil) }
    }
  }

  /// Waits until the thread is idle or `milliseconds` pass; true when idle.
  @discardableResult
  public func wait(upTo milliseconds: Int) -> Bool {
    var waited = 0
    while waited < milliseconds {
      pthread_mutex_lock(&lock)
      let busy = running
      pthread_mutex_unlock(&lock)
      if !busy { return true }
      usleep(10_000)
      waited += 10
    }
    return false
  }

  /// The exit wait of a one-shot command (DESIGN §8.20): only for the jobs
  /// it queued (`ids`), at most `milliseconds`. A command that printed
  /// nothing does not wait at all: older jobs of a printer that does not
  /// answer stay in the queue for the next process.
  @discardableResult
  public func wait(for ids: Set<Int64>, shop: Shop, upTo milliseconds: Int) -> Bool {
    guard !ids.isEmpty else { return true }
    var waited = 0
    while waited < milliseconds {
      if shop.printQueue.unfinishedJobs(ids) == 0 { return true }
      pthread_mutex_lock(&lock)
      let busy = running
      pthread_mutex_unlock(&lock)
      if !busy { return shop.printQueue.unfinishedJobs(ids) == 0 }
      usleep(10_000)
      waited += 10
    }
    return false
  }
}
