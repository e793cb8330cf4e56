import TiendaStore

/// What `imprimir comanda` did: jobs queued, or (without any printer that
/// could take them) the slip to show on screen.
public enum KitchenPrintResult: Sendable {
  case queued([PrintJob])
  case preview(KitchenSlip)
}

/// Kitchen slips (comandas, issue 20): where they go (printers with role
/// `comanda`, by category), the setting that makes a sale print one, and
/// the slip read back from the ledger when its job is sent.
public struct Kitchen: ShopArea {
  let shop: Shop

  /// `configurar comanda categorías …`: sales with products of these
  /// categories (or their subcategories) print a comanda with those lines.
  /// Empty (`configurar comanda no`): sales print none. Returns the names.
  @discardableResult
  public func setSaleCategories(_ names: [String]) throws -> [String] {
    let result: [String] = try mutate { journal in
      let before = try saleCategoryNames()
      let chosen = try categories(names)
      let ids = chosen.map(\.id)
      if ids.isEmpty {
        try SettingsStore.remove(db, key: KitchenSettings.categoriesKey)
      } else {
        try SettingsStore.set(
          db, key: KitchenSettings.categoriesKey,
          value: ids.map(String.init).joined(separator: ","))
      }
      let after = chosen.map(\.name)
      if after != before {
        journal.record(
          "comanda.configurar", entity: "settings", id: KitchenSettings.categoriesKey,
          before: .array(before.map(JSONValue.string)), after: .array(after.map(JSONValue.string)))
      }
      return after
    }
    shop.settings.kitchenCategories = try KitchenSettings.categories(
      SettingsStore.value(db, key: KitchenSettings.categoriesKey))
    return result
  }

  /// The categories whose products print a comanda when sold (names of
  /// the active ones).
  public func saleCategoryNames() throws -> [String] {
    let ids = KitchenSettings.categories(
      try SettingsStore.value(db, key: KitchenSettings.categoriesKey))
    return ids.compactMap { try? shop.catalog.category(id: $0) }.map(\.name)
  }

  /// Categories named by the user, each once; empty names none.
  func categories(_ names: [String]) throws -> [Category] {
    var found: [Category] = []
    for name in names {
      let category = try shop.catalog.findCategory(name)
      guard !found.contains(where: { $0.id == category.id }) else {
        throw KitchenError.repeatedCategory(category.name)
      }
      found.append(category)
    }
    return found
  }

  /// `configurar impresora … categorías …`, inside that command's
  /// transaction: the printer takes exactly these categories (none: every
  /// line no other printer takes by category).
  func setPrinterCategories(_ printer: Printer, names: [String], journal: JournalRecorder) throws {
    guard printer.role == .kitchen else {
      throw KitchenError.categoriesNeedKitchenRole(printer: printer.name)
    }
    let before = try printerCategories()[printer.id] ?? []
    let chosen = try categories(names)
    try PrinterCategoryRow.replace(db, printerID: printer.id, categories: chosen.map(\.id))
    let after = try printerCategories()[printer.id] ?? []
    if before != after {
      journal.record(
        "impresora.categorías", entity: "impresoras", id: printer.name,
        before: .array(before.map(JSONValue.string)), after: .array(after.map(JSONValue.string)))
    }
  }

  /// The categories each printer takes, by printer id.
  public func printerCategories() throws -> [Int64: [String]] {
    var out: [Int64: [String]] = [:]
    for row in try PrinterCategoryRow.all(db) { out[row.printerID, default: []].append(row.name) }
    return out
  }

  /// The printers a slip with lines of `categories` goes to, with the
  /// indices of their lines: the comanda printers by category, else the
  /// tickets printer (a shop with one printer), else none.
  func destinations(_ categories: [Int64?], routes: [KitchenRoute]) throws -> [(
    printerID: Int64, lines: [Int]
  )] {
    if !routes.isEmpty { return KitchenRouting.assign(categories, to: routes) }
    guard let tickets = try shop.printers.defaultPrinter(.tickets) else { return [] }
    return [(tickets.id, Array(categories.indices))]
  }

  /// After a sale is recorded, in its transaction: when `configurar
  /// comanda` chose categories and the sale has products of them, one
  /// comanda job per printer that takes some of those lines. Nothing is
  /// read when the setting is off; one statement when it is on.
  func enqueueForSale(_ saleID: Int64, lines: [TicketLine]) throws {
    let chosen = settings.kitchenCategories
    guard !chosen.isEmpty, lines.contains(where: { $0.product.categoryID != nil }) else { return }
    let (routes, expanded) = try KitchenRouteRow.routes(db, chosen: chosen)
    let picked = lines.compactMap(\.product.categoryID).filter(expanded.contains)
    guard !picked.isEmpty else { return }
    for target in try destinations(picked, routes: routes) {
      try shop.printQueue.enqueueKitchen(.sale(saleID), printerID: target.printerID)
    }
  }

  @discardableResult
  /// Queues the comanda of `slip` (an order's) on its printers, in the
  /// caller's transaction; nil when no printer could take it.
  func enqueue(_ slip: KitchenSlip, document: PrintedDocument, journal: JournalRecorder?) throws
    -> [Int64]
  {
    let (routes, _) = try KitchenRouteRow.routes(db, chosen: [])
    let targets = try destinations(slip.lines.map(\.categoryID), routes: routes)
    var ids: [Int64] = []
    for target in targets {
      ids.append(try shop.printQueue.enqueueKitchen(document, printerID: target.printerID))
    }
    if let journal, !ids.isEmpty {
      journal.record(
        "impresión.comanda", entity: "impresión", id: ids.map(String.init).joined(separator: ","),
        after: .object([("documento", .string(document.stored))]))
    }
    return ids
  }

  /// The slip of a comanda job as it goes to `printer`: only the lines
  /// routed to it (all of them on the tickets printer, or when the
  /// routing changed since and none is left for it).
  public func slip(for job: PrintJob, printer: Printer) throws -> KitchenSlip {
    guard let document = job.document else { throw PrintError.nothingToPrint }
    var slip: KitchenSlip
    let filter: [Int64]
    switch document.kind {
    case .sale:
      slip = try saleSlip(document.id)
      filter = settings.kitchenCategories
    case .order:
      slip = try orderSlip(id: document.id)
      filter = []
    default:
      throw PrintError.nothingToPrint
    }
    let (routes, expanded) = try KitchenRouteRow.routes(db, chosen: filter)
    if !filter.isEmpty {
      let picked = slip.lines.filter { $0.categoryID.map(expanded.contains) ?? false }
      if !picked.isEmpty { slip.lines = picked }
    }
    if routes.contains(where: { $0.printerID == printer.id }) {
      let mine =
        KitchenRouting.assign(slip.lines.map(\.categoryID), to: routes)
        .first { $0.printerID == printer.id }?.lines ?? []
      if !mine.isEmpty { slip.lines = mine.map { slip.lines[$0] } }
      if routes.count > 1 { slip.station = printer.name }
    }
    slip.copy = job.copy
    return slip
  }

  /// A recorded sale as a slip: every line, with its product's category.
  func saleSlip(_ saleID: Int64) throws -> KitchenSlip {
    let sale = try shop.sales.sale(id: saleID)
    let categories = try ProductCategoryRow.categories(db, products: sale.lines.map(\.productID))
    var slip = KitchenSlip(
      source: .sale(number: sale.number, register: sale.registerName), at: sale.at,
      lines: sale.lines.map {
        KitchenSlipLine(
          name: $0.name, quantity: $0.quantity, unit: $0.unit, options: $0.options.map(\.name),
          note: $0.note, categoryID: categories[$0.productID])
      })
    slip.customer = sale.customerName
    slip.note = sale.note
    return slip
  }
}

extension PrintQueue {
  /// A comanda job on a printer known by id, in the caller's transaction.
  @discardableResult
  func enqueueKitchen(_ document: PrintedDocument, printerID: Int64) throws -> Int64 {
    let id = try NewPrintJobRow(
      printerID: printerID, registerID: actor.registerID, kind: .kitchen, document: document,
      copy: false, drawer: false, payload: nil, createdAt: clock.now()
    ).insert(into: db)
    shop.jobsQueuedHere.insert(id)
    return id
  }
}
