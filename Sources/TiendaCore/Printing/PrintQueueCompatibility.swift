/// The string-typed entry points other areas call today (checkout,
/// refunds, holds, the drawer pulse, labels). They read the same words the
/// `kind` and `document` columns store and forward to the typed ones.
extension PrintQueue {
  static func kind(_ word: String) throws -> PrintJobKind {
    guard let kind = PrintJobKind(rawValue: word) else { throw PrintError.nothingToPrint }
    return kind
  }

  static func document(_ text: String) throws -> PrintedDocument? {
    if text.isEmpty { return nil }
    guard let document = PrintedDocument(stored: text) else { throw PrintError.nothingToPrint }
    return document
  }

  @discardableResult
  func enqueueJob(
    kind: String, document: String = "", printer: Printer, copy: Bool = false,
    drawer: Bool = false, payload: [UInt8]? = nil
  ) throws -> Int64 {
    try enqueueJob(
      PrintQueue.kind(kind), document: PrintQueue.document(document), printer: printer,
      copy: copy, drawer: drawer, payload: payload)
  }

  func enqueueAutomatic(kind: String, document: String, drawer: Bool = false) throws {
    guard let document = try PrintQueue.document(document) else {
      throw PrintError.nothingToPrint
    }
    try enqueueAutomatic(PrintQueue.kind(kind), document: document, drawer: drawer)
  }

  @discardableResult
  public func queuePrint(
    kind: String, document: String = "", printer name: String?, role: PrinterRole,
    copy: Bool = false, drawer: Bool = false, payload: [UInt8]? = nil, action: String,
    detail: JSONValue? = nil
  ) throws -> PrintJob {
    try queuePrint(
      PrintQueue.kind(kind), document: PrintQueue.document(document), printer: name, role: role,
      copy: copy, drawer: drawer, payload: payload, action: action, detail: detail)
  }
}
