import TiendaStore

/// One row of `promotions`, with its scope's names and, for a category,
/// the category and all its subcategories.
struct PromotionRow: FetchableRow, PersistableRow {
  static let table = "promotions"

  var rule: PromotionRule
  var origin = ""
  var createdAt: Int64 = 0

  init(rule: PromotionRule, origin: String = "", createdAt: Int64) {
    self.rule = rule
    self.origin = origin
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    var c = PromotionConditions()
    c.minimumAmount = (try row["minimum"] as Int64?).map(Money.init)
    c.minimumUnits = try row["minimum_units"]
    let days: String = try row["days"]
    c.weekdays = days.split(separator: ",").compactMap { Int($0) }
    c.hourFrom = (try row["hour_from"] as Int64?).map { Int($0) }
    c.hourTo = (try row["hour_to"] as Int64?).map { Int($0) }
    c.from = (try row["valid_from"] as String?).flatMap(LocalDate.init(iso:))
    c.until = (try row["valid_until"] as String?).flatMap(LocalDate.init(iso:))
    c.groupID = try row["group_id"]
    c.groupName = try row["group_name"]
    let n: Int64 = try row["n"]
    let m: Int64 = try row["m"]
    let percent = (try row["percent"] as Int64?).map { Percent(thousandths: $0) }
    let amount = Money((try row["amount"] as Int64?) ?? 0)
    let reward: PromotionReward
    switch try row["reward"] as String {
    case "porcentaje": reward = .percentOff(percent ?? Percent(thousandths: 0))
    case "monto": reward = .amountOff(amount)
    case "lleva": reward = .buyPay(n: n, pay: m)
    case "pack": reward = .pack(n: n, price: amount)
    default: reward = .nthUnit(n: n, percent: percent ?? Percent(thousandths: 0))
    }
    let scope: PromotionScope
    switch try row["scope"] as String {
    case "producto": scope = .product(id: try row["product_id"], name: try row["product_name"])
    case "categoría":
      scope = .category(id: try row["category_id"], name: try row["category_name"])
    default: scope = .all
    }
    rule = PromotionRule(
      id: try row["id"], name: try row["name"], scope: scope, reward: reward, conditions: c,
      active: try row["active"])
    let ids: String = (try row["category_ids"] as String?) ?? ""
    rule.categoryIDs = ids.split(separator: ",").compactMap { Int64($0) }
    origin = try row["origin"]
    createdAt = try row["created_at"]
    rule.clearance = origin == "liquidación"
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    let c = rule.conditions
    var scope = "todo"
    var productID: Int64?
    var categoryID: Int64?
    switch rule.scope {
    case .all: break
    case .product(let id, _):
      scope = "producto"
      productID = id
    case .category(let id, _):
      scope = "categoría"
      categoryID = id
    }
    var kind = "porcentaje"
    var n: Int64 = 0
    var m: Int64 = 0
    var percent: Int64?
    var amount: Int64?
    switch rule.reward {
    case .percentOff(let p): percent = p.thousandths
    case .amountOff(let a):
      kind = "monto"
      amount = a.minorUnits
    case .buyPay(let count, let pay):
      kind = "lleva"
      n = count
      m = pay
    case .pack(let count, let price):
      kind = "pack"
      n = count
      amount = price.minorUnits
    case .nthUnit(let count, let p):
      kind = "unidad"
      n = count
      percent = p.thousandths
    }
    return [
      "name": rule.name, "name_folded": fold(rule.name), "scope": scope,
      "product_id": productID, "category_id": categoryID, "reward": kind,
      "n": n, "m": m, "percent": percent, "amount": amount,
      "minimum": c.minimumAmount?.minorUnits,
      "minimum_units": c.minimumUnits,
      "days": c.weekdays.map(String.init).joined(separator: ","),
      "hour_from": c.hourFrom.map(Int64.init),
      "hour_to": c.hourTo.map(Int64.init), "valid_from": c.from?.iso,
      "valid_until": c.until?.iso, "group_id": c.groupID,
      "origin": origin, "active": rule.active, "created_at": createdAt,
    ]
  }

  static let select = """
    SELECT p.*, pr.name AS product_name, c.name AS category_name, g.name AS group_name,
      (WITH RECURSIVE sub(id) AS (
         SELECT p.category_id UNION SELECT k.id FROM categories k JOIN sub ON k.parent_id = sub.id)
       SELECT group_concat(id) FROM sub) AS category_ids
    FROM promotions p
    LEFT JOIN products pr ON pr.id = p.product_id
    LEFT JOIN categories c ON c.id = p.category_id
    LEFT JOIN customer_groups g ON g.id = p.group_id
    """

  /// Every promotion (`activas`: only the active ones), by name.
  static func all(activeOnly: Bool, in db: Database) throws -> [PromotionRow] {
    try db.fetchAll(
      select + (activeOnly ? " WHERE p.active = 1" : "") + " ORDER BY p.name COLLATE es")
  }

  /// The active promotions in creation order (the engine's tie order).
  static func active(in db: Database) throws -> [PromotionRule] {
    let rows: [PromotionRow] = try db.fetchAll(select + " WHERE p.active = 1 ORDER BY p.id")
    return rows.map(\.rule)
  }

  static func find(folded: String, in db: Database) throws -> PromotionRow? {
    try db.fetchOne(select + " WHERE p.name_folded = ?", [.text(folded)])
  }

  /// Writes the row's rule over the stored one (`editar promoción`).
  func update(in db: Database) throws {
    try db.update(Self.table, set: columns, where: "id = ?", [.integer(rule.id)])
  }

  static func setActive(_ id: Int64, _ active: Bool, in db: Database) throws {
    try db.update(table, set: ["active": active], where: "id = ?", [.integer(id)])
  }

  static func countActive(in db: Database) throws -> Int64 {
    try db.queryFirst("SELECT count(*) AS n FROM promotions WHERE active = 1")?.int("n") ?? 0
  }
}

/// One row of `sale_line_promotions`.
struct SaleLinePromotionRow: FetchableRow {
  let position: Int64
  let promotionID: Int64
  let name: String
  let units: Int64
  let saving: Int64

  init(row: Row) throws {
    position = try row["position"]
    promotionID = try row["promotion_id"]
    name = try row["name"]
    units = try row["units"]
    saving = try row["saving"]
  }

  /// Every promotion of a sale's lines, in one statement.
  static func insertAll(_ applied: [AppliedPromotion], sale: Int64, into db: Database) throws {
    var rows: [[SQLValue]] = []
    for promotion in applied {
      for (line, saving) in promotion.savings.sorted(by: { $0.key < $1.key }) where saving > .zero {
        rows.append([
          .integer(sale), .integer(Int64(line + 1)), .integer(promotion.promotionID),
          .text(promotion.name), .integer(promotion.units[line] ?? 0),
          .integer(saving.minorUnits),
        ])
      }
    }
    guard !rows.isEmpty else { return }
    try db.insertRows(
      into: "sale_line_promotions",
      columns: ["sale_id", "position", "promotion_id", "name", "units", "saving"], rows)
  }

  static func ofSale(_ sale: Int64, in db: Database) throws -> [SaleLinePromotionRow] {
    try db.fetchAll(
      """
      SELECT position, promotion_id, name, units, saving FROM sale_line_promotions
      WHERE sale_id = ? ORDER BY position, promotion_id
      """, [.integer(sale)])
  }
}
