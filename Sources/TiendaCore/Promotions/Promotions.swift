import TiendaStore

/// Promotions (issue 19): rules made by someone with `editar-catálogo`,
/// applied by themselves to every ticket (`PromotionEngine`).
public struct Promotions: ShopArea {
  let shop: Shop

  /// `crear promoción …`.
  @discardableResult
  public func create(_ draft: PromotionDraft, origin: String = "") throws -> PromotionRule {
    try mutate { journal in try insert(draft, origin: origin, journal: journal) }
  }

  func insert(_ draft: PromotionDraft, origin: String, journal: JournalRecorder) throws
    -> PromotionRule
  {
    let name = draft.name.trimmingCharacters(in: " \t")
    guard !fold(name).isEmpty else { throw PromotionError.emptyName }
    guard try PromotionRow.find(folded: fold(name), in: db) == nil else {
      throw PromotionError.duplicate(name)
    }
    let rule = try resolve(draft, name: name)
    let id = try PromotionRow(rule: rule, origin: origin, createdAt: clock.now()).insert(into: db)
    try markExist()
    journal.record(
      "promoción.crear", entity: "promotions", id: String(id),
      after: .object([("nombre", .string(name))]))
    guard let row = try PromotionRow.find(folded: fold(name), in: db) else {
      throw PromotionError.notFound(name)
    }
    return row.rule
  }

  /// The draft checked, its product, category and group found: a rule
  /// named `name` (not stored).
  func resolve(_ draft: PromotionDraft, name: String) throws -> PromotionRule {
    try check(draft)
    var conditions = draft.conditions
    if let group = draft.group {
      let info = try shop.customerGroups.find(group)
      conditions.groupID = info.id
    }
    let scope: PromotionScope
    switch draft.scope {
    case .all: scope = .all
    case .product(let query):
      let product = try shop.catalog.findProduct(query)
      scope = .product(id: product.id, name: product.name)
    case .category(let query):
      let category = try shop.catalog.findCategory(query)
      scope = .category(id: category.id, name: category.name)
    }
    return PromotionRule(
      id: 0, name: name, scope: scope, reward: draft.reward, conditions: conditions)
  }

  /// `editar promoción <nombre> <promoción> en … [condiciones]`: the
  /// promotion named by `draft.name` gets this reward, scope and
  /// conditions (all of them, as in `crear promoción`), keeping its name,
  /// its state and its history: sales already made keep what it saved.
  @discardableResult
  public func replace(_ draft: PromotionDraft) throws -> PromotionRule {
    try mutate { journal in
      let old = try find(draft.name)
      guard var row = try PromotionRow.find(folded: fold(old.name), in: db) else {
        throw PromotionError.notFound(draft.name)
      }
      var rule = try resolve(draft, name: old.name)
      rule.id = old.id
      rule.active = old.active
      row.rule = rule
      try row.update(in: db)
      journal.record(
        "promoción.editar", entity: "promotions", id: String(old.id),
        after: .object([("nombre", .string(old.name))]))
      return try find(old.name)
    }
  }

  func check(_ draft: PromotionDraft) throws {
    switch draft.reward {
    case .buyPay(let n, let pay):
      guard n >= 2, pay >= 1, pay < n, n <= 1000 else {
        throw PromotionError.badGroup(n: n, pay: pay)
      }
    case .pack(let n, let price):
      guard n >= 1, n <= 1000 else { throw PromotionError.badGroup(n: n, pay: 0) }
      guard price > .zero else { throw PromotionError.amountZero }
    case .nthUnit(let n, let percent):
      guard n >= 2, n <= 1000 else { throw PromotionError.badGroup(n: n, pay: n - 1) }
      guard percent.thousandths > 0 else { throw PromotionError.percentZero }
    case .percentOff(let percent):
      guard percent.thousandths > 0 else { throw PromotionError.percentZero }
    case .amountOff(let amount):
      guard amount > .zero else { throw PromotionError.amountZero }
    }
    let c = draft.conditions
    if let from = c.hourFrom, let to = c.hourTo {
      guard (0...24).contains(from), (0...24).contains(to), from != to else {
        throw PromotionError.badHours(from: from, to: to)
      }
    }
    if let from = c.from, let until = c.until, until < from { throw PromotionError.badDates }
    if let units = c.minimumUnits, !(1...Limits.lineUnits / 1000).contains(units) {
      throw PromotionError.badMinimumUnits(units)
    }
  }

  /// The `promociones.hay` setting: tickets read promotions only once one exists.
  func markExist() throws {
    if !settings.promotionsExist {
      try SettingsStore.set(db, key: "promociones.hay", value: "1")
      shop.settings.promotionsExist = true
    }
  }

  /// At the interactive prompt, before each typed command, one read of
  /// the settings table: the first promotion (`promociones.hay`) and the
  /// points rule (`configurar puntos`) set in another terminal count here
  /// from this command on. A long-running session read them only at
  /// start-up and silently missed the promotion the owner had just made,
  /// or earned no points. Nothing changes when the read fails.
  public func noticeSettingsChangedElsewhere() {
    guard let values = try? db.read({ try SettingsStore.values(db) }) else { return }
    if !settings.promotionsExist && values["promociones.hay"] == "1" {
      shop.settings.promotionsExist = true
    }
    let points = values[PointsRule.key].flatMap(PointsRule.init(stored:))
    if points != settings.points { shop.settings.points = points }
  }

  /// `listar promociones [activas]`.
  public func list(activeOnly: Bool = false) throws -> [PromotionRule] {
    try db.read { try PromotionRow.all(activeOnly: activeOnly, in: db).map(\.rule) }
  }

  /// `ver promoción <nombre>`: exactly, or the only one the text starts.
  public func find(_ query: String) throws -> PromotionRule {
    let folded = fold(query).trimmingCharacters(in: " ")
    if let row = try PromotionRow.find(folded: folded, in: db) { return row.rule }
    let starting = try PromotionRow.all(activeOnly: false, in: db).filter {
      fold($0.rule.name).hasPrefix(folded)
    }
    guard !folded.isEmpty, !starting.isEmpty else { throw PromotionError.notFound(query) }
    guard starting.count == 1 else {
      throw PromotionError.ambiguous(query, starting.map(\.rule.name))
    }
    return starting[0].rule
  }

  /// `activar promoción` / `desactivar promoción`.
  @discardableResult
  public func setActive(_ query: String, _ active: Bool) throws -> PromotionRule {
    try mutate { journal in
      var rule = try find(query)
      guard rule.active != active else {
        throw active
          ? PromotionError.alreadyActive(rule.name) : PromotionError.alreadyInactive(rule.name)
      }
      try PromotionRow.setActive(rule.id, active, in: db)
      if active { try markExist() }
      rule.active = active
      journal.record(
        active ? "promoción.activar" : "promoción.desactivar", entity: "promotions",
        id: String(rule.id), after: .object([("nombre", .string(rule.name))]))
      return rule
    }
  }

  /// Names for Tab completion.
  public func names() -> [String] {
    ((try? PromotionRow.all(activeOnly: false, in: db)) ?? []).map(\.rule.name)
  }

  /// What the engine needs for a ticket priced now: the active promotions
  /// (read only when one exists: a shop without promotions pays nothing),
  /// the shop's local time and the customer's group.
  func attach(_ ticket: inout Ticket) throws {
    guard settings.promotionsExist else { return }
    let now = LocalTime.components(clock.now())
    ticket.promotionContext = PromotionContext(
      rules: try PromotionRow.active(in: db),
      moment: PromotionMoment(date: now.date, hour: now.hour, minute: now.minute),
      customerGroupID: ticket.customer?.groupID)
  }

  /// `promociones` in a ticket: what applies and what is close.
  public func onTicket() throws -> (ticket: Ticket, misses: [PromotionNearMiss]) {
    try db.read {
      guard let ticket = try shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
      return (ticket, ticket.nearMisses)
    }
  }

  /// `sin promociones` on the open ticket (a supervisor's right, journaled).
  public func turnOff() throws -> Ticket {
    try mutate { journal in
      guard var ticket = try shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
      let before = ticket.totals.promotionDiscounts
      ticket.promotionsOff = true
      try shop.tickets.saveTicket(ticket)
      journal.record(
        "ticket.sin_promociones", entity: "ticket", id: nil,
        before: .object([("ahorro", .int(before.minorUnits))]))
      guard let open = try shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
      return open
    }
  }
}
