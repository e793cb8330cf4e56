import TiendaStore

/// How bytes reach a printer.
public enum PrinterTransport: String, Sendable, CaseIterable {
  case tcp
  case file = "archivo"
  case cups
  case screen = "pantalla"
}

/// What a printer is for: each role has one default printer.
public enum PrinterRole: String, Sendable, CaseIterable {
  case tickets
  case labels = "etiquetas"
  case sheets = "hojas"
  case kitchen = "comanda"
}

/// The language a printer speaks.
public enum PrinterLanguage: String, Sendable, CaseIterable {
  case escpos
  case zpl
  case pdf
  case text = "texto"
}

/// A configured printer (`configurar impresora`).
public struct Printer: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let transport: PrinterTransport
  /// `host:port`, a path, or a CUPS queue.
  public let target: String
  public let role: PrinterRole
  public let language: PrinterLanguage
  /// Columns: 32 (58 mm), 42 or 48 (80 mm).
  public let width: Int
  /// ESC t n: 2 = PC850.
  public let codePage: Int
  public let cut: Bool
  public let drawer: Bool
  public let isDefault: Bool
  /// `estado sí`: after each job tienda asks the printer's status (TCP and
  /// device printers; DLE EOT 1) and only an answer makes it `impreso`.
  public let statusCheck: Bool

  /// Whether jobs on this printer can be confirmed by its status: DLE EOT
  /// is ESC/POS, so ZPL, PDF and plain-text printers end `enviado`.
  public var confirms: Bool {
    statusCheck && language == .escpos
      && (transport == .tcp || (transport == .file && target.hasPrefix("/dev/")))
  }

  var json: JSONValue {
    .object([
      ("nombre", .string(name)), ("transporte", .string(transport.rawValue)),
      ("destino", .string(target)), ("rol", .string(role.rawValue)),
      ("lenguaje", .string(language.rawValue)), ("ancho", .int(Int64(width))),
      ("pagina_codigos", .int(Int64(codePage))), ("corte", .bool(cut)),
      ("cajon", .bool(drawer)), ("predeterminada", .bool(isDefault)),
      ("estado", .bool(statusCheck)),
    ])
  }
}

/// `configurar impresora`: nil keeps the current value (or the default for
/// a new printer).
public struct PrinterDraft: Sendable {
  public var name: String
  public var transport: PrinterTransport?
  public var target: String?
  public var role: PrinterRole?
  public var language: PrinterLanguage?
  public var width: Int?
  public var codePage: Int?
  public var cut: Bool?
  public var drawer: Bool?
  public var makeDefault: Bool?
  public var statusCheck: Bool?

  public init(name: String) { self.name = name }
}

extension Printers {
  static let printerColumns = """
    SELECT id, name, transport, target, role, language, width, codepage, cut, drawer, is_default,
      status_check
    FROM printers
    """

  func printer(from row: Row) -> Printer {
    Printer(
      id: row.int(0), name: row.string(1),
      transport: PrinterTransport(rawValue: row.string(2)) ?? .screen, target: row.string(3),
      role: PrinterRole(rawValue: row.string(4)) ?? .tickets,
      language: PrinterLanguage(rawValue: row.string(5)) ?? .escpos, width: Int(row.int(6)),
      codePage: Int(row.int(7)), cut: row.bool(8), drawer: row.bool(9), isDefault: row.bool(10),
      statusCheck: row.bool(11))
  }

  /// Active printers, by role and name.
  public func list() throws -> [Printer] {
    try db.query(Printers.printerColumns + " WHERE active = 1 ORDER BY role, name COLLATE es")
      .map(printer(from:))
  }

  public func findPrinter(_ name: String) throws -> Printer {
    let all = try list()
    let found = try NameMatcher.resolve(
      name, among: all.map { NamedCandidate(id: $0.id, name: $0.name) }, thing: .printer)
    return all.first { $0.id == found.id }!
  }

  /// Every printer, deleted ones too (jobs keep pointing at them).
  public func allPrinters() throws -> [Printer] {
    try db.query(Printers.printerColumns).map(printer(from:))
  }

  /// The default printer of a role, if one is configured.
  public func defaultPrinter(_ role: PrinterRole) throws -> Printer? {
    try db.queryFirst(
      Printers.printerColumns + " WHERE active = 1 AND is_default = 1 AND role = ?",
      [.text(role.rawValue)]
    ).map(printer(from:))
  }

  func printer(id: Int64) throws -> Printer {
    guard let row = try db.queryFirst(Printers.printerColumns + " WHERE id = ?", [.integer(id)])
    else {
      throw CoreError.notFound(.printer, query: String(id), suggestion: nil)
    }
    return printer(from: row)
  }

  /// Creates or changes a printer. The first printer of a role becomes its
  /// default; `predeterminada sí` moves the default to this one.
  @discardableResult
  public func configurePrinter(_ draft: PrinterDraft) throws -> Printer {
    let name = try NameRules.clean(draft.name, thing: .printer)
    if let width = draft.width, ![32, 42, 48].contains(width) {
      throw PrintError.badWidth(width)
    }
    if let page = draft.codePage, !(0...255).contains(page) { throw PrintError.badCodePage(page) }
    return try mutate { journal in
      let existing = try db.queryFirst(
        Printers.printerColumns + " WHERE name_folded = ? AND active = 1", [.text(fold(name))]
      ).map(printer(from:))
      guard let transport = draft.transport ?? existing?.transport else {
        throw PrintError.transportNeeded(name)
      }
      let target = draft.target ?? existing?.target ?? ""
      if transport != .screen && target.isEmpty { throw PrintError.transportNeeded(name) }
      let role = draft.role ?? existing?.role ?? .tickets
      let language =
        draft.language ?? existing?.language ?? (role == .labels ? .zpl : .escpos)
      let width = draft.width ?? existing?.width ?? 42
      let hasDefault = try defaultPrinter(role).map { $0.id != existing?.id } ?? false
      let makeDefault = draft.makeDefault ?? (existing?.isDefault ?? !hasDefault)
      if let existing,
        existing
          == Printer(
            id: existing.id, name: name, transport: transport,
            target: transport == .screen ? "" : target, role: role, language: language,
            width: width, codePage: draft.codePage ?? existing.codePage,
            cut: draft.cut ?? existing.cut, drawer: draft.drawer ?? existing.drawer,
            isDefault: makeDefault, statusCheck: draft.statusCheck ?? existing.statusCheck)
      {
        return existing  // nothing changes: no write, no journal row
      }
      if makeDefault {
        try db.run(
          "UPDATE printers SET is_default = 0 WHERE role = ? AND is_default = 1",
          [.text(role.rawValue)])
      }
      let values: [SQLValue] = [
        .text(name), .text(fold(name)), .text(transport.rawValue),
        .text(transport == .screen ? "" : target), .text(role.rawValue),
        .text(language.rawValue), .integer(Int64(width)),
        .integer(Int64(draft.codePage ?? existing?.codePage ?? 2)),
        .integer((draft.cut ?? existing?.cut ?? true) ? 1 : 0),
        .integer((draft.drawer ?? existing?.drawer ?? false) ? 1 : 0),
        .integer(makeDefault ? 1 : 0),
        .integer((draft.statusCheck ?? existing?.statusCheck ?? true) ? 1 : 0),
      ]
      let id: Int64
      if let existing {
        id = existing.id
        try db.run(
          """
          UPDATE printers SET name = ?, name_folded = ?, transport = ?, target = ?, role = ?,
            language = ?, width = ?, codepage = ?, cut = ?, drawer = ?, is_default = ?,
            status_check = ?
          WHERE id = ?
          """, values + [.integer(id)])
      } else {
        try db.run(
          """
          INSERT INTO printers(name, name_folded, transport, target, role, language, width,
            codepage, cut, drawer, is_default, status_check, created_at)
          VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
          """, values + [.integer(clock.now())])
        id = db.lastInsertRowID
      }
      let saved = try printer(id: id)
      if saved != existing {
        journal.record(
          existing == nil ? "impresora.crear" : "impresora.editar", entity: "impresoras",
          id: saved.name, before: existing?.json, after: saved.json)
      }
      return saved
    }
  }

  /// `borrar impresora`: deactivated; its jobs stay in the history. Waiting
  /// jobs are cancelled.
  @discardableResult
  public func deletePrinter(_ name: String) throws -> Printer {
    try mutate { journal in
      let old = try findPrinter(name)
      try db.run(
        "UPDATE printers SET active = 0, is_default = 0, name_folded = name_folded || '#' || id WHERE id = ?",
        [.integer(old.id)])
      try db.run(
        "UPDATE print_jobs SET state = 'cancelado' WHERE printer_id = ? AND state IN ('pendiente', 'fallido')",
        [.integer(old.id)])
      journal.record("impresora.borrar", entity: "impresoras", id: old.name, before: old.json)
      return old
    }
  }
}
