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

/// What a job prints (the `kind` column, shown in `cola de impresión`).
public enum PrintJobKind: String, Sendable, CaseIterable {
  /// A sale's ticket (`venta:N`).
  case ticket
  /// A sale's gift ticket, without prices (`venta:N`).
  case gift = "regalo"
  /// A held ticket (`ticket:N`).
  case held = "sostenido"
  /// A quote (`ticket:N`).
  case quote = "cotización"
  /// A void's or a return's ticket (`reembolso:N`).
  case void = "anulación"
  case saleReturn = "devolución"
  /// A drawer pulse alone.
  case drawer = "cajón"
  case testPage = "prueba"
  case xReport = "informe-x"
  case zReport = "informe-z"
  case labels = "etiquetas"
  /// A gift card voucher (`tarjeta-regalo:N`, its issue move).
  case giftCard = "tarjeta-regalo"
  /// An abono's or a loan's receipt (`cuenta:N`, the account move).
  case account = "cuenta"
  /// A kitchen slip (issue 20): a sale's (`venta:N`) or an order's (`pedido:N`).
  case kitchen = "comanda"
  /// An order's voucher for the customer (`pedido:N`).
  case orderVoucher = "pedido"
}

/// The kind of ledger document a job renders when it is sent.
public enum PrintedDocumentKind: String, Sendable, CaseIterable {
  case sale = "venta"
  case refund = "reembolso"
  case ticket
  case giftCard = "tarjeta-regalo"
  case account = "cuenta"
  case order = "pedido"
}

/// A ledger document rendered when the job is sent, stored as `venta:12`,
/// `reembolso:3`, `ticket:7`.
public struct PrintedDocument: Sendable, Equatable {
  public let kind: PrintedDocumentKind
  public let id: Int64

  public init(_ kind: PrintedDocumentKind, _ id: Int64) {
    self.kind = kind
    self.id = id
  }

  public static func sale(_ id: Int64) -> PrintedDocument { PrintedDocument(.sale, id) }
  public static func refund(_ id: Int64) -> PrintedDocument { PrintedDocument(.refund, id) }
  public static func ticket(_ id: Int64) -> PrintedDocument { PrintedDocument(.ticket, id) }
  public static func giftCard(_ id: Int64) -> PrintedDocument { PrintedDocument(.giftCard, id) }
  public static func account(_ id: Int64) -> PrintedDocument { PrintedDocument(.account, id) }
  public static func order(_ id: Int64) -> PrintedDocument { PrintedDocument(.order, id) }

  /// `venta:12`, as stored in the job's `document` column.
  public var stored: String { kind.rawValue + ":" + String(id) }

  /// Reads the stored text; nil for an empty or unknown one.
  public init?(stored: String) {
    let parts = stored.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let kind = PrintedDocumentKind(rawValue: String(parts[0])),
      let id = Int64(parts[1])
    else { return nil }
    self.init(kind, id)
  }
}

/// One job of the spool.
public struct PrintJob: Sendable, Equatable {
  public let id: Int64
  public let printerID: Int64
  public let printerName: String
  public let kind: PrintJobKind
  /// What to render; nil when the payload was stored with the job (labels,
  /// test page, drawer pulse).
  public let document: PrintedDocument?
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

  /// The state a job ends in, its error text, and the bytes that left
  /// (nil: the whole payload).
  var ending: (state: PrintJobState, error: String, bytesSent: Int64?) {
    switch self {
    case .printed: (.printed, "", nil)
    case .sent: (.sent, "", nil)
    case .failed(let message): (.failed, message, 0)
    case .uncertain(let message, let bytes): (.uncertain, message, bytes)
    }
  }
}
