import TiendaStore

/// Payment methods as data (DESIGN §8.11): the built-ins and the shop's own.
public struct PaymentMethods: ShopArea {
  let shop: Shop

  /// `listar medios de pago`: built-ins first, then the shop's, each with
  /// its count of payments.
  public func list() throws -> [PaymentMethodInfo] {
    try db.read { try PaymentMethodRow.all(in: db).map(\.info) }
  }

  /// `crear medio de pago amipass tipo billetera referencia obligatoria`.
  @discardableResult
  public func create(_ draft: PaymentMethodDraft) throws -> PaymentMethodInfo {
    let name = try NameRules.clean(draft.name, thing: .paymentMethod)
    let folded = fold(name)
    return try mutate { journal in
      if let existing = try PaymentMethodRow.find(folded: folded, in: db) {
        throw CoreError.alreadyExists(.paymentMethod, name: existing.name)
      }
      if draft.reservedWords.contains(folded) || name.contains(" ") {
        throw PaymentMethodError.reservedWord(name)
      }
      if draft.type == .cash { throw PaymentMethodError.cashTypeReserved(name) }
      // `pagar 7eleven` would read an amount: a name starts with a letter.
      guard name.first?.isLetter == true else { throw PaymentMethodError.startsWithLetter(name) }
      var row = PaymentMethodRow(
        name: name, type: draft.type, referenceRequired: draft.referenceRequired,
        createdAt: clock.now())
      row.id = try row.insert(into: db)
      journal.record(
        "medio_pago.crear", entity: "payment_methods", id: String(row.id),
        after: Self.journalValue(row.info))
      return row.info
    }
  }

  /// `editar medio de pago <nombre> …`; `desactivar medio de pago` is
  /// `active: false`. A method with payments is never deleted: deactivated,
  /// its history keeps its name.
  @discardableResult
  public func edit(_ query: String, _ changes: PaymentMethodChanges) throws -> PaymentMethodInfo {
    try mutate { journal in
      let row = try find(query)
      let before = row.info
      let type = changes.type ?? before.type
      let required = changes.referenceRequired ?? before.referenceRequired
      let active = changes.active ?? before.active
      if before.isCash && (type != .cash || !active || required) {
        throw PaymentMethodError.cashIsFixed
      }
      if !before.isCash && type == .cash && before.type != .cash {
        throw PaymentMethodError.cashTypeReserved(before.name)
      }
      if !before.available {
        throw PaymentMethodError.notAvailableYet(before.name)
      }
      // A built-in keeps its type (reports group by it); débito, crédito and
      // transferencia may be deactivated or require a reference.
      if before.builtin && type != before.type {
        throw PaymentMethodError.builtinFixed(before.name)
      }
      if changes.active == false && !before.active && changes.type == nil
        && changes.referenceRequired == nil
      {
        throw PaymentMethodError.alreadyInactive(before.name)
      }
      guard type != before.type || required != before.referenceRequired || active != before.active
      else { throw CoreError.nothingToChange }
      try PaymentMethodRow.update(
        id: row.id, type: type, referenceRequired: required, active: active, in: db)
      let after = PaymentMethodInfo(
        id: before.id, name: before.name, type: type, referenceRequired: required,
        active: active, builtin: before.builtin, available: before.available,
        payments: before.payments)
      journal.record(
        active == before.active
          ? "medio_pago.editar" : (active ? "medio_pago.activar" : "medio_pago.desactivar"),
        entity: "payment_methods", id: String(row.id), before: Self.journalValue(before),
        after: Self.journalValue(after))
      return after
    }
  }

  /// The method named exactly `query` (accents and case aside).
  private func find(_ query: String) throws -> PaymentMethodRow {
    let folded = fold(query).trimmingCharacters(in: " ")
    if let row = try PaymentMethodRow.find(folded: folded, in: db) { return row }
    let names = try PaymentMethodRow.all(in: db).map(\.name)
    let suggestion = names.first { fold($0).hasPrefix(folded) || folded.hasPrefix(fold($0)) }
    throw CoreError.notFound(.paymentMethod, query: query, suggestion: suggestion)
  }

  static func journalValue(_ info: PaymentMethodInfo) -> JSONValue {
    .object([
      ("nombre", .string(info.name)), ("tipo", .string(info.type.rawValue)),
      ("referencia_obligatoria", .bool(info.referenceRequired)), ("activo", .bool(info.active)),
    ])
  }

  /// The requests with each method resolved to its stored name (DESIGN
  /// §8.11), inside the caller's transaction. A payment by the payable
  /// built-ins only reads nothing (the one-line sale keeps its statements);
  /// any other name costs one read. Refuses an unknown or inactive method
  /// and a payment without `ref` by a method that requires it.
  ///
  /// `checkBuiltIns` also reads débito, crédito and transferencia (a shop
  /// may deactivate them or require a reference): ticket mode does, so the
  /// cashier hears it at `pagar`; a one-line sale leaves them to the
  /// file's triggers (migration 14) and words their refusal with
  /// `refusal(for:in:)`.
  static func resolve(
    _ requests: [PaymentRequest], checkBuiltIns: Bool = false, in db: Database
  ) throws -> [PaymentRequest] {
    let looked = { (method: PaymentMethod) in
      checkBuiltIns ? method != .cash : !method.isBuiltIn
    }
    let others = requests.map(\.method).filter(looked)
    guard !others.isEmpty else { return requests }
    var rows: [String: PaymentMethodRow] = [:]
    for row in try PaymentMethodRow.named(others.map { fold($0.rawValue) }, in: db) {
      rows[fold(row.name)] = row
    }
    return try requests.map { request in
      guard looked(request.method) else { return request }
      let typed = request.method.rawValue
      guard let row = rows[fold(typed)] else {
        let payable = try PaymentMethodRow.payableNames(in: db)
        let folded = fold(typed)
        let suggestion = payable.first { fold($0).hasPrefix(folded) || folded.hasPrefix(fold($0)) }
        throw PaymentMethodError.unknown(typed, payable: payable, suggestion: suggestion)
      }
      guard row.available else { throw PaymentMethodError.notAvailableYet(row.name) }
      guard row.active else { throw PaymentMethodError.inactive(row.name) }
      if row.referenceRequired && (request.reference ?? "").isEmpty {
        throw PaymentMethodError.referenceMissing(row.name)
      }
      var resolved = request
      resolved.method = PaymentMethod(rawValue: row.name)
      return resolved
    }
  }

  /// The worded refusal behind a payment the file's triggers refused
  /// (a deactivated built-in, a missing reference), or nil when `error` is
  /// something else.
  static func refusal(for error: Error, requests: [PaymentRequest], in db: Database) -> Error? {
    guard let store = error as? StoreError, store.kind == .constraint,
      store.message.contains("medio de pago")
    else { return nil }
    do {
      _ = try resolve(requests, checkBuiltIns: true, in: db)
    } catch {
      return error
    }
    return nil
  }

  /// `cerrar caja … amipass 12000`: the counted amounts by each method's
  /// stored name (built-ins as they are; efectivo is counted apart). An
  /// unknown name is refused, and so is one this version does not offer
  /// (fiado, puntos); a deactivated method may still be counted.
  static func resolveCounted(_ counted: [PaymentMethod: Money], in db: Database) throws
    -> [PaymentMethod: Money]
  {
    var result = counted.filter { $0.key.isBuiltIn && $0.key != .cash }
    let others = counted.filter { !$0.key.isBuiltIn }
    guard !others.isEmpty else { return result }
    var rows: [String: PaymentMethodRow] = [:]
    for row in try PaymentMethodRow.named(others.keys.map { fold($0.rawValue) }, in: db) {
      rows[fold(row.name)] = row
    }
    for (method, amount) in others {
      guard let row = rows[fold(method.rawValue)] else {
        let payable = try PaymentMethodRow.payableNames(in: db)
        let folded = fold(method.rawValue)
        let suggestion = payable.first { fold($0).hasPrefix(folded) || folded.hasPrefix(fold($0)) }
        throw PaymentMethodError.unknown(method.rawValue, payable: payable, suggestion: suggestion)
      }
      guard row.available else { throw CashError.methodNotCountable(row.name) }
      let name = PaymentMethod(rawValue: row.name)
      if name == .cash { continue }
      result[name] = (result[name] ?? .zero) + amount
    }
    return result
  }
}
