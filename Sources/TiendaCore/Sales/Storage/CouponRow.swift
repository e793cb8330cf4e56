import TiendaStore

/// A row of `coupons`, with the paid sales that used it.
struct CouponRow: FetchableRow {
  static let select = """
    SELECT c.id, c.code, c.percent, c.amount, c.minimum, c.valid_from, c.valid_until,
      c.max_uses, c.active, (SELECT count(*) FROM sales s WHERE s.coupon_id = c.id) AS uses
    FROM coupons c
    """

  let coupon: Coupon

  init(row: Row) throws {
    coupon = Coupon(
      id: try row.int("id"), code: try row.string("code"),
      percent: try row.optionalInt("percent").map { Percent(thousandths: $0) },
      amount: try row.optionalInt("amount").map(Money.init),
      minimum: Money(try row.int("minimum")),
      validFrom: try row.optionalString("valid_from").flatMap(LocalDate.init(iso:)),
      validUntil: try row.optionalString("valid_until").flatMap(LocalDate.init(iso:)),
      maxUses: try row.optionalInt("max_uses"), active: try row.bool("active"),
      uses: try row.int("uses"))
  }

  static func find(id: Int64, in db: Database) throws -> Coupon? {
    try db.fetchOne(select + " WHERE c.id = ?", [.integer(id)], as: CouponRow.self)?.coupon
  }

  /// By its folded code.
  static func find(folded code: String, in db: Database) throws -> Coupon? {
    try db.fetchOne(select + " WHERE c.code_folded = ?", [.text(code)], as: CouponRow.self)?
      .coupon
  }

  static func exists(folded code: String, in db: Database) throws -> Bool {
    try db.fetchValue(
      "SELECT 1 FROM coupons WHERE code_folded = ?", [.text(code)], as: Int64.self) != nil
  }

  /// The codes of the active coupons (for a suggestion).
  static func activeCodes(in db: Database) throws -> [String] {
    try db.fetchValues("SELECT code FROM coupons WHERE active = 1")
  }

  /// Every coupon, active first, by code.
  static func all(in db: Database) throws -> [Coupon] {
    try db.fetchAll(select + " ORDER BY c.active DESC, c.code_folded", as: CouponRow.self)
      .map(\.coupon)
  }

  static func insert(_ draft: CouponDraft, code: String, at: Int64, in db: Database) throws
    -> Int64
  {
    try db.insert(
      into: "coupons",
      [
        "code": code, "code_folded": fold(code), "percent": draft.percent?.thousandths,
        "amount": draft.amount?.minorUnits, "minimum": draft.minimum.minorUnits,
        "valid_from": draft.validFrom?.iso, "valid_until": draft.validUntil?.iso,
        "max_uses": draft.maxUses, "created_at": at,
      ])
  }

  static func deactivate(id: Int64, in db: Database) throws {
    try db.update("coupons", set: ["active": false], where: "id = ?", [.integer(id)])
  }
}
