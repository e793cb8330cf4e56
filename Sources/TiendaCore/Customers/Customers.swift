import TiendaStore

/// Customers (issue 16): persons or companies with a RUT, a group, a credit
/// limit and a price list. Catalog rows: edited in place, every change
/// journaled; a customer with sales is deactivated, never deleted.
public struct Customers: ShopArea {
  let shop: Shop

  /// `crear cliente "Juan Pérez" rut 12.345.678-5 …`.
  @discardableResult
  public func create(_ draft: CustomerDraft) throws -> CustomerInfo {
    let name = try NameRules.clean(draft.name, thing: .customer)
    return try mutate { journal in
      let row = CustomerRow(
        globalID: Customers.newGlobalID(), name: name, rut: draft.rut,
        phone: try Customers.cleanPhone(draft.phone), email: try Customers.cleanEmail(draft.email),
        address: try Customers.cleanText(draft.address),
        groupID: try draft.group.map { try shop.customerGroups.find($0).id },
        creditLimit: draft.creditLimit,
        priceListID: try draft.priceList.map { try shop.priceLists.find($0).id },
        note: try Customers.cleanText(draft.note),
        kind: draft.kind ?? (draft.rut?.isCompany == true ? .company : .person), active: true,
        createdAt: clock.now())
      if let rut = draft.rut { try checkRutFree(rut, except: nil) }
      try checkNamesake(row, except: nil)
      let id = try row.insert(into: db)
      guard let info = try CustomerInfoRow.find(id: id, in: db) else {
        throw CoreError.notFound(.customer, query: name, suggestion: nil)
      }
      journal.record(
        "cliente.crear", entity: "customers", id: info.globalID, after: Self.journalValue(info))
      return info
    }
  }

  /// `editar cliente <cliente> …`, `desactivar cliente`, `activar cliente`:
  /// returns the customer before and after. `found`: the customer already
  /// read in this transaction (an import), not looked up again by name.
  @discardableResult
  public func edit(_ query: String, _ changes: CustomerChanges, found: CustomerInfo? = nil)
    throws -> (before: CustomerInfo, after: CustomerInfo)
  {
    try mutate { journal in
      // The customer first: `editar cliente juan color rojo` reads as a
      // customer «juan color rojo» with nothing to change, and says so.
      let before = try found ?? resolve(query, includeInactive: true)
      guard !changes.isEmpty else { throw CoreError.nothingToChange }
      if changes.active == false && !before.active && changes.name == nil {
        throw CustomerError.alreadyInactive(before.name)
      }
      if changes.active == true && before.active {
        throw CustomerError.alreadyActive(before.name)
      }
      let original = CustomerRow(
        globalID: before.globalID, name: before.name, rut: before.rut, phone: before.phone,
        email: before.email, address: before.address, groupID: before.groupID,
        creditLimit: before.ownCreditLimit, priceListID: before.ownPriceListID, note: before.note,
        kind: before.kind, active: before.active, createdAt: before.createdAt)
      var row = original
      if let name = changes.name { row.name = try NameRules.clean(name, thing: .customer) }
      switch changes.rut {
      case .keep: break
      case .clear: row.rut = nil
      case .set(let rut): row.rut = rut
      }
      if let phone = changes.phone { row.phone = try Customers.cleanPhone(phone) }
      if let email = changes.email { row.email = try Customers.cleanEmail(email) }
      if let address = changes.address { row.address = try Customers.cleanText(address) }
      if let note = changes.note { row.note = try Customers.cleanText(note) }
      if let kind = changes.kind { row.kind = kind }
      if let active = changes.active { row.active = active }
      switch changes.group {
      case .keep: break
      case .clear: row.groupID = nil
      case .set(let group): row.groupID = try shop.customerGroups.find(group).id
      }
      switch changes.creditLimit {
      case .keep: break
      case .clear: row.creditLimit = nil
      case .set(let limit): row.creditLimit = limit
      }
      switch changes.priceList {
      case .keep: break
      case .clear: row.priceListID = nil
      case .set(let list): row.priceListID = try shop.priceLists.find(list).id
      }
      // A RUT changed, or a customer coming back, must not clash.
      if let rut = row.rut, row.active, rut != before.rut || !before.active {
        try checkRutFree(rut, except: before.id)
      }
      if row.active,
        fold(row.name) != fold(before.name) || row.rut != before.rut
          || row.phone != before.phone || !before.active
      {
        try checkNamesake(row, except: before.id)
      }
      // Nothing to write: no UPDATE (an import of unchanged rows journals nothing).
      guard row != original else { throw CoreError.nothingToChange }
      try CustomerRow.update(id: before.id, row, in: db)
      guard let after = try CustomerInfoRow.find(id: before.id, in: db) else {
        throw CoreError.notFound(.customer, query: query, suggestion: nil)
      }
      guard after != before else { throw CoreError.nothingToChange }
      let action =
        after.active == before.active
        ? "cliente.editar" : (after.active ? "cliente.activar" : "cliente.desactivar")
      journal.record(
        action, entity: "customers", id: before.globalID, before: Self.journalValue(before),
        after: Self.journalValue(after))
      return (before, after)
    }
  }

  /// The customer named by `query`: a RUT (`12.345.678-5`), a phone
  /// (digits, at least 6) or a name (as products are named: every typed
  /// word starts a word of the name). «¿Quiso decir…?» when nothing matches.
  public func resolve(_ query: String, includeInactive: Bool = false) throws -> CustomerInfo {
    let text = query.trimmingCharacters(in: " \t")
    if Rut.looksLikeRut(text) {
      guard let rut = Rut.parse(text) else {
        throw CoreError.notFound(.customer, query: text, suggestion: nil)
      }
      let found = try CustomerInfoRow.withRut(rut, in: db).filter { includeInactive || $0.active }
      guard let first = found.first else { throw CustomerError.noCustomerWithRut(rut) }
      if rut.isFinalConsumer, found.count > 1 {
        throw CoreError.ambiguous(.customer, query: text, candidates: found.map(\.name))
      }
      return first
    }
    let digits = CustomerRow.digits(text)
    if digits.count >= 6,
      text.allSatisfy({ $0.isASCII && ($0.isNumber || " +-().".contains($0)) })
    {
      let found = try CustomerInfoRow.withPhone(digits, in: db)
      if found.count == 1 { return found[0] }
      if found.count > 1 {
        throw CustomerError.phoneShared(text, customers: found.map(Self.label))
      }
      throw CustomerError.noCustomerWithPhone(text)
    }
    // One read: the customers with everything a ticket needs.
    let all = try CustomerInfoRow.all(activeOnly: !includeInactive, group: nil, in: db)
    let byID = Dictionary(all.map { ($0.id, $0) }) { a, _ in a }
    let candidates = all.map { NamedCandidate(id: $0.id, name: $0.name) }
    // Namesakes: an exact name shared by several customers is ambiguous
    // (NameMatcher takes the first exact match, right for unique names).
    let folded = fold(text)
    let exact = candidates.filter { fold($0.name) == folded }
    let matches = exact.count > 1 ? exact : NameMatcher.matches(text, candidates)
    if matches.count == 1, let found = byID[matches[0].id] { return found }
    if matches.isEmpty {
      throw CoreError.notFound(
        .customer, query: text, suggestion: Self.suggestion(for: text, among: all.map(\.name)))
    }
    // Two customers may share a name: the RUT (or phone) tells them apart.
    let infos = matches.prefix(12).compactMap { byID[$0.id] }
    throw CoreError.ambiguous(.customer, query: text, candidates: infos.map(Self.label))
  }

  /// «¿Quiso decir…?»: the name closest to the whole text, else the first
  /// name each of whose typed words is close to one of its words
  /// (`pedor` → «Pedro Pérez»).
  static func suggestion(for text: String, among names: [String]) -> String? {
    if let whole = closestMatch(to: text, among: names) { return whole }
    let typed = foldedWords(text).map(String.init)
    guard !typed.isEmpty else { return nil }
    return names.first { name in
      let words = foldedWords(name).map(String.init)
      return typed.allSatisfy { word in
        words.contains { $0.hasPrefix(word) } || closestMatch(to: word, among: words) != nil
      }
    }
  }

  /// «Juan Pérez (12.345.678-5)»: a name with what tells it apart.
  static func label(_ c: CustomerInfo) -> String {
    if let rut = c.rut { return c.name + " (" + rut.formatted + ")" }
    if !c.phone.isEmpty { return c.name + " (" + c.phone + ")" }
    return c.name
  }

  /// Customer `id`, active or not.
  public func customer(id: Int64) throws -> CustomerInfo {
    guard let info = try CustomerInfoRow.find(id: id, in: db) else {
      throw CoreError.notFound(.customer, query: String(id), suggestion: nil)
    }
    return info
  }

  /// `ver cliente <cliente>` (deactivated ones too).
  public func show(_ query: String) throws -> CustomerInfo {
    try db.read { try resolve(query, includeInactive: true) }
  }

  /// `listar clientes [grupo X] [todos]`.
  public func list(group: String? = nil, includeInactive: Bool = false) throws -> [CustomerInfo] {
    try db.read {
      let groupID = try group.map { try shop.customerGroups.find($0).id }
      return try CustomerInfoRow.all(activeOnly: !includeInactive, group: groupID, in: db)
    }
  }

  /// `buscar cliente <texto>`: name, RUT, phone, e-mail or note containing it.
  public func search(_ text: String) throws -> [CustomerInfo] {
    let folded = fold(text).trimmingCharacters(in: " ")
    guard !folded.isEmpty else { return [] }
    return try db.read {
      try CustomerInfoRow.search(folded, digits: CustomerRow.digits(text), in: db)
    }
  }

  /// Names of the active customers (Tab completion).
  public func names() -> [String] {
    (try? CustomerNameRow.names(in: db)) ?? []
  }

  /// The fiado limit of a customer: its own, else its group's; zero means
  /// no credit.
  public func creditLimit(of customerID: Int64) throws -> Money {
    try customer(id: customerID).creditLimit
  }

  /// Refuses a RUT that another active customer has (the final consumer
  /// is never checked).
  /// Two active customers may share a name only when each has a RUT or a
  /// phone to tell them apart (`resolve` lists them with it).
  func checkNamesake(_ row: CustomerRow, except id: Int64?) throws {
    let folded = fold(row.name)
    let namesakes = try CustomerInfoRow.activeNamed(folded: folded, in: db).filter {
      $0.id != id
    }
    guard !namesakes.isEmpty else { return }
    let bare =
      (row.rut == nil && row.phone.isEmpty)
      || namesakes.contains { $0.rut == nil && $0.phone.isEmpty }
    if bare { throw CustomerError.namesakeWithoutRutOrPhone(namesakes[0].name) }
  }

  func checkRutFree(_ rut: Rut, except id: Int64?) throws {
    guard !rut.isFinalConsumer else { return }
    if let other = try CustomerInfoRow.withRut(rut, in: db).first(where: {
      $0.active && $0.id != id
    }) {
      throw CustomerError.rutInUse(rut: rut, customer: other.name)
    }
  }

  static func journalValue(_ c: CustomerInfo) -> JSONValue {
    .object([
      ("nombre", .string(c.name)), ("rut", c.rut.map { .string($0.canonical) } ?? .null),
      ("telefono", .string(c.phone)), ("correo", .string(c.email)),
      ("direccion", .string(c.address)), ("tipo", .string(c.kind.rawValue)),
      ("grupo", c.groupName.map(JSONValue.string) ?? .null),
      ("limite", c.ownCreditLimit.map { .int($0.minorUnits) } ?? .null),
      ("lista", c.ownPriceListName.map(JSONValue.string) ?? .null),
      ("nota", .string(c.note)), ("activo", .bool(c.active)),
    ])
  }

  /// A random id for sync (§8.15): 32 hex digits.
  static func newGlobalID() -> String {
    var generator = SystemRandomNumberGenerator()
    let a = generator.next() as UInt64
    let b = generator.next() as UInt64
    return hex(a) + hex(b)
  }

  private static func hex(_ n: UInt64) -> String {
    let s = String(n, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }

  /// A free text field (address, note): no control characters, trimmed.
  static func cleanText(_ text: String) throws -> String {
    if let control = ControlCharacters.first(in: text, allowing: []) {
      throw TextError.controlInName(.customer, scalar: control.value)
    }
    guard text.count <= 500 else { throw CoreError.nameTooLong(.customer, maximum: 500) }
    return text.trimmingCharacters(in: " ")
  }

  static func cleanPhone(_ phone: String) throws -> String {
    let text = try cleanText(phone)
    guard !text.isEmpty else { return "" }
    let digits = CustomerRow.digits(text)
    guard digits.count >= 6, digits.count <= 15,
      text.allSatisfy({ $0.isASCII && ($0.isNumber || " +-().".contains($0)) })
    else { throw CustomerError.badPhone(text) }
    return text
  }

  static func cleanEmail(_ email: String) throws -> String {
    let text = try cleanText(email)
    guard !text.isEmpty else { return "" }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
      !text.contains(" ")
    else { throw CustomerError.badEmail(text) }
    return text
  }
}
