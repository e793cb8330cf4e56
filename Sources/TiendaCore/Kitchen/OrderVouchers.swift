import TiendaStore

/// What `imprimir pedido` did: a job queued, or (without a tickets
/// printer) the voucher to show on screen.
public enum OrderVoucherPrintResult: Sendable {
  case queued(PrintJob)
  case preview(OrderVoucher)
}

/// The order voucher (issue 20): the shop's conditions and printing it on
/// the tickets printer.
public struct OrderVouchers: ShopArea {
  let shop: Shop

  /// `configurar pedidos condiciones "…"`: printed at the foot of every
  /// order voucher; an empty text removes them. Returns the text kept.
  @discardableResult
  public func setConditions(_ text: String) throws -> String {
    let clean = text.trimmingCharacters(in: " \t")
    guard clean.count <= KitchenSettings.maximumConditions else {
      throw KitchenError.conditionsTooLong(maximum: KitchenSettings.maximumConditions)
    }
    return try mutate { journal in
      let before = try conditions()
      guard before != clean else { return clean }
      if clean.isEmpty {
        try SettingsStore.remove(db, key: KitchenSettings.conditionsKey)
      } else {
        try SettingsStore.set(db, key: KitchenSettings.conditionsKey, value: clean)
      }
      journal.record(
        "pedidos.condiciones", entity: "settings", id: KitchenSettings.conditionsKey,
        before: .string(before), after: .string(clean))
      return clean
    }
  }

  /// The shop's conditions for orders ("" when none).
  public func conditions() throws -> String {
    try SettingsStore.value(db, key: KitchenSettings.conditionsKey) ?? ""
  }

  /// An order's voucher, read from the ledger, with the conditions.
  public func voucher(orderID: Int64) throws -> OrderVoucher {
    var voucher = try shop.kitchen.orderVoucher(id: orderID)
    voucher.conditions = try conditions()
    return voucher
  }

  /// `imprimir pedido N [en <impresora>]`: the voucher on the tickets
  /// printer (or the one named), marked COPIA when it already went out;
  /// without any tickets printer, the voucher to show on screen.
  public func printVoucher(_ number: Int64, on printer: String?) throws -> OrderVoucherPrintResult {
    let id = try shop.kitchen.orderID(number: number)
    if printer == nil, try shop.printers.defaultPrinter(.tickets) == nil {
      return .preview(try voucher(orderID: id))
    }
    return try mutate { journal in
      let document = PrintedDocument.order(id)
      let target = try shop.printQueue.printer(named: printer, role: .tickets)
      let copy = try VoucherJobRow.wasPrinted(db, document: document)
      let job = try shop.printQueue.queue(
        .orderVoucher, document: document, on: target, copy: copy,
        action: copy ? "impresión.copia" : "impresión.pedido",
        detail: .object([("pedido", .int(number))]), journal: journal)
      return .queued(job)
    }
  }
}

extension Kitchen {
  /// `imprimir comanda N [en <impresora>]`: the order's slip on the comanda
  /// printers by category (or all of it on the printer named; without a
  /// comanda printer, on the tickets printer); without any printer, the
  /// slip to show on screen. `render` gives the bytes of the whole slip
  /// for the printer named (stored with its job, which names no document:
  /// the routing never applies to it, not even on a retry).
  public func printOrderSlip(
    _ number: Int64, on printer: String?, render: (Printer, KitchenSlip) -> [UInt8]
  ) throws -> KitchenPrintResult {
    let id = try orderID(number: number)
    return try mutate { journal in
      let slip = try orderSlip(id: id)
      if try OrderRow.find(id: id, in: db)?.state == .cancelled {
        throw KitchenError.orderCancelled(number: number)
      }
      let ids: [Int64]
      if let printer {
        let target = try shop.printQueue.printer(named: printer, role: .kitchen)
        ids = [
          // Bytes only, no document: a retry sends this same whole slip
          // (a document would be rendered again, routed by category).
          try shop.printQueue.enqueueJob(.kitchen, printer: target, payload: render(target, slip))
        ]
        journal.record(
          "impresión.comanda", entity: "impresión", id: String(ids[0]),
          after: .object([("pedido", .int(number))]))
      } else {
        ids = try enqueue(slip, document: .order(id), journal: journal)
      }
      guard !ids.isEmpty else { return .preview(slip) }
      return .queued(try ids.map { try shop.printQueue.printJob($0) })
    }
  }

  /// `preparar pedido N` (the Orders area calls this in its transaction):
  /// the order's comanda on its printers. Nothing when no printer could
  /// take it (the order still moves on).
  func enqueueOrderSlip(orderID: Int64, journal: JournalRecorder? = nil) throws {
    try enqueue(try orderSlip(id: orderID), document: .order(orderID), journal: journal)
  }
}
