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
  /// `categorías …` of a comanda printer (issue 20); empty: every line.
  public var categories: [String]?

  public init(name: String) { self.name = name }
}

/// Configured printers.
public struct Printers: ShopArea {
  let shop: Shop

  /// Active printers, by role and name.
  public func list() throws -> [Printer] { try PrinterRow.active(db) }

  public func findPrinter(_ name: String) throws -> Printer {
    let all = try list()
    let found = try NameMatcher.resolve(
      name, among: all.map { NamedCandidate(id: $0.id, name: $0.name) }, thing: .printer)
    guard let printer = all.first(where: { $0.id == found.id }) else {
      throw CoreError.notFound(.printer, query: name, suggestion: nil)
    }
    return printer
  }

  /// Every printer, deleted ones too (jobs keep pointing at them).
  public func allPrinters() throws -> [Printer] { try PrinterRow.all(db) }

  /// The default printer of a role, if one is configured.
  public func defaultPrinter(_ role: PrinterRole) throws -> Printer? {
    try PrinterRow.defaultPrinter(db, role: role)
  }

  /// A printer by id, deleted ones too (the printer of a job).
  public func printer(id: Int64) throws -> Printer {
    guard let printer = try PrinterRow.find(db, id: id) else {
      throw CoreError.notFound(.printer, query: String(id), suggestion: nil)
    }
    return printer
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
      let existing = try PrinterRow.active(db, folded: fold(name))
      guard let transport = draft.transport ?? existing?.transport else {
        throw PrintError.transportNeeded(name)
      }
      let target = draft.target ?? existing?.target ?? ""
      if transport != .screen && target.isEmpty { throw PrintError.transportNeeded(name) }
      let role = draft.role ?? existing?.role ?? .tickets
      let hasDefault = try defaultPrinter(role).map { $0.id != existing?.id } ?? false
      let wanted = Printer(
        id: existing?.id ?? 0, name: name, transport: transport,
        target: transport == .screen ? "" : target, role: role,
        language: draft.language ?? existing?.language ?? (role == .labels ? .zpl : .escpos),
        width: draft.width ?? existing?.width ?? 42,
        codePage: draft.codePage ?? existing?.codePage ?? 2,
        cut: draft.cut ?? existing?.cut ?? true, drawer: draft.drawer ?? existing?.drawer ?? false,
        isDefault: draft.makeDefault ?? (existing?.isDefault ?? !hasDefault),
        statusCheck: draft.statusCheck ?? existing?.statusCheck ?? true)
      if let existing, existing == wanted {
        // Nothing changes (no write, no journal row) but maybe its categories.
        if let names = draft.categories {
          try shop.kitchen.setPrinterCategories(existing, names: names, journal: journal)
        }
        return existing
      }
      if wanted.isDefault { try PrinterRow.clearDefault(db, role: role) }
      let id: Int64
      if let existing {
        id = existing.id
        try PrinterRow.update(db, wanted)
      } else {
        id = try PrinterRow.insert(db, wanted, createdAt: clock.now())
      }
      let saved = try printer(id: id)
      if saved != existing {
        journal.record(
          existing == nil ? "impresora.crear" : "impresora.editar", entity: "impresoras",
          id: saved.name, before: existing?.json, after: saved.json)
      }
      if let names = draft.categories {
        try shop.kitchen.setPrinterCategories(saved, names: names, journal: journal)
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
      try PrinterRow.deactivate(db, id: old.id)
      try PrintJobStore.cancelWaiting(db, printerID: old.id)
      journal.record("impresora.borrar", entity: "impresoras", id: old.name, before: old.json)
      return old
    }
  }
}
