import TiendaStore

/// Suppliers (issue 18): who the shop buys from. Never deleted: a supplier
/// with purchases is deactivated and its history keeps its name.
public struct Suppliers: ShopArea {
  let shop: Shop

  /// `listar proveedores [todos]`.
  public func list(includeInactive: Bool = false) throws -> [Supplier] {
    try db.read { try SupplierRow.all(includeInactive: includeInactive, in: db).map(\.supplier) }
  }

  /// Active supplier names, for Tab completion.
  public func names() throws -> [String] { try SupplierRow.activeNames(in: db) }

  /// `ver proveedor <proveedor>`.
  public func show(_ query: String) throws -> Supplier {
    try db.read { try find(query, activeOnly: false).supplier }
  }

  /// `crear proveedor "Distribuidora Sur" rut … teléfono … contacto … correo …`.
  @discardableResult
  public func create(_ draft: SupplierDraft) throws -> Supplier {
    var draft = draft
    draft.name = try NameRules.clean(draft.name, thing: .supplier)
    if let email = draft.email { try Self.checkEmail(email) }
    return try mutate { journal in
      if let existing = try SupplierRow.find(folded: fold(draft.name), in: db) {
        throw CoreError.alreadyExists(.supplier, name: existing.name)
      }
      var row = SupplierRow(draft: draft, globalID: Self.newGlobalID(), createdAt: clock.now())
      row.id = try row.insert(into: db)
      journal.record(
        "proveedor.crear", entity: "suppliers", id: row.globalID,
        after: Self.journalValue(row.supplier))
      return row.supplier
    }
  }

  /// `editar proveedor <proveedor> <campo> <valor>`; `desactivar proveedor`
  /// is `activo no`.
  @discardableResult
  public func edit(_ query: String, field: SupplierField, value: String) throws -> Supplier {
    try mutate { journal in
      let row = try find(query, activeOnly: false)
      let before = row.supplier
      let trimmed = value.trimmingCharacters(in: " ")
      let empty = trimmed.isEmpty || ["ninguno", "ninguna", "-"].contains(fold(trimmed))
      switch field {
      case .name:
        let name = try NameRules.clean(value, thing: .supplier)
        if let other = try SupplierRow.find(folded: fold(name), in: db), other.id != row.id {
          throw CoreError.alreadyExists(.supplier, name: other.name)
        }
        guard name != before.name else { throw CoreError.nothingToChange }
        try SupplierRow.update(id: row.id, ["name": name, "name_folded": fold(name)], in: db)
      case .rut:
        var rut: String?
        if !empty {
          guard let parsed = Rut.parse(trimmed) else {
            throw PurchaseError.badFieldValue(field: field.rawValue, value: value)
          }
          rut = parsed.formatted
        }
        try SupplierRow.update(id: row.id, ["rut": rut], in: db)
      case .phone:
        try SupplierRow.update(id: row.id, ["phone": empty ? nil : trimmed], in: db)
      case .contact:
        try SupplierRow.update(id: row.id, ["contact": empty ? nil : trimmed], in: db)
      case .email:
        if !empty { try Self.checkEmail(trimmed) }
        try SupplierRow.update(id: row.id, ["email": empty ? nil : trimmed], in: db)
      case .active:
        let yes = ["si", "s", "1"].contains(fold(trimmed))
        let no = ["no", "n", "0"].contains(fold(trimmed))
        guard yes || no else {
          throw PurchaseError.badFieldValue(field: field.rawValue, value: value)
        }
        if no && !before.active { throw PurchaseError.supplierAlreadyInactive(before.name) }
        guard yes != before.active else { throw CoreError.nothingToChange }
        try SupplierRow.update(id: row.id, ["active": yes], in: db)
      }
      guard let after = try SupplierRow.find(id: row.id, in: db)?.supplier else {
        throw CoreError.notFound(.supplier, query: query, suggestion: nil)
      }
      let action =
        field == .active
        ? (after.active ? "proveedor.activar" : "proveedor.desactivar")
        : "proveedor.editar"
      journal.record(
        action, entity: "suppliers", id: after.globalID, before: Self.journalValue(before),
        after: Self.journalValue(after))
      return after
    }
  }

  /// The supplier `query` names: the exact name (accents and case aside),
  /// else the one whose words start with the typed words, in order.
  func find(_ query: String, activeOnly: Bool = true) throws -> SupplierRow {
    let text = query.trimmingCharacters(in: " ")
    guard !text.isEmpty else { throw CoreError.emptyName(.supplier) }
    if let row = try SupplierRow.find(folded: fold(text), in: db) {
      if activeOnly && !row.active { throw PurchaseError.supplierInactive(row.name) }
      return row
    }
    let all = try SupplierRow.all(includeInactive: true, in: db)
    let typed = foldedWords(text)
    let matches = all.filter { row in
      let words = foldedWords(row.name)
      var i = 0
      for word in words where i < typed.count && word.hasPrefix(typed[i]) { i += 1 }
      return i == typed.count
    }
    // An active supplier wins over a deactivated one named alike.
    let active = matches.filter(\.active)
    if active.count == 1 || (matches.count == 1 && !activeOnly) {
      return active.count == 1 ? active[0] : matches[0]
    }
    if matches.count == 1 { throw PurchaseError.supplierInactive(matches[0].name) }
    if matches.isEmpty {
      let folded = fold(text)
      let suggestion = all.first { fold($0.name).hasPrefix(String(folded.prefix(3))) }?.name
      throw CoreError.notFound(.supplier, query: text, suggestion: suggestion)
    }
    throw CoreError.ambiguous(.supplier, query: text, candidates: matches.prefix(10).map(\.name))
  }

  static func checkEmail(_ email: String) throws {
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(" ")
    else { throw PurchaseError.badEmail(email) }
  }

  /// A random id (DESIGN §8.15): 32 hex digits.
  static func newGlobalID() -> String {
    var generator = SystemRandomNumberGenerator()
    let high = generator.next() as UInt64
    let low = generator.next() as UInt64
    func hex(_ v: UInt64) -> String {
      let s = String(v, radix: 16)
      return String(repeating: "0", count: 16 - s.count) + s
    }
    return hex(high) + hex(low)
  }

  static func journalValue(_ s: Supplier) -> JSONValue {
    .object([
      ("nombre", .string(s.name)), ("rut", s.rut.map { .string($0.formatted) } ?? .null),
      ("telefono", s.phone.map(JSONValue.string) ?? .null),
      ("contacto", s.contact.map(JSONValue.string) ?? .null),
      ("correo", s.email.map(JSONValue.string) ?? .null), ("activo", .bool(s.active)),
    ])
  }
}
