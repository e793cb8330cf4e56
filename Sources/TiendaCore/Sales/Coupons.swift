import TiendaStore

/// A discount code: a percentage or a fixed amount, with conditions.
public struct Coupon: Sendable, Equatable {
  public let id: Int64
  public let code: String
  public let percent: Percent?
  public let amount: Money?
  public let minimum: Money
  public let validFrom: LocalDate?
  public let validUntil: LocalDate?
  public let maxUses: Int64?
  public let active: Bool
  /// Paid sales that used it.
  public let uses: Int64

  public var rule: DiscountRule { DiscountRule(percent: percent, amount: amount) }

  var json: JSONValue {
    .object([
      ("codigo", .string(code)),
      ("porcentaje", percent.map { .decimal(thousandths: $0.thousandths) } ?? .null),
      ("monto", amount.map { .int($0.minorUnits) } ?? .null), ("minimo", .int(minimum.minorUnits)),
      ("desde", validFrom.map { .string($0.iso) } ?? .null),
      ("hasta", validUntil.map { .string($0.iso) } ?? .null),
      ("usos_maximos", maxUses.map { .int($0) } ?? .null), ("activo", .bool(active)),
    ])
  }
}

/// What `crear cupón` provides.
public struct CouponDraft: Sendable {
  public var code: String
  public var percent: Percent?
  public var amount: Money?
  public var minimum: Money = .zero
  public var validFrom: LocalDate?
  public var validUntil: LocalDate?
  public var maxUses: Int64?

  public init(code: String, percent: Percent? = nil, amount: Money? = nil) {
    self.code = code
    self.percent = percent
    self.amount = amount
  }
}

extension Coupons {
  static let couponColumns = """
    SELECT c.id, c.code, c.percent, c.amount, c.minimum, c.valid_from, c.valid_until,
      c.max_uses, c.active, (SELECT count(*) FROM sales s WHERE s.coupon_id = c.id)
    FROM coupons c
    """

  func coupon(from row: Row) -> Coupon {
    Coupon(
      id: row.int(0), code: row.string(1),
      percent: row.optionalInt(2).map { Percent(thousandths: $0) },
      amount: row.optionalInt(3).map(Money.init), minimum: Money(row.int(4)),
      validFrom: row.optionalString(5).flatMap(LocalDate.init(iso:)),
      validUntil: row.optionalString(6).flatMap(LocalDate.init(iso:)), maxUses: row.optionalInt(7),
      active: row.bool(8), uses: row.int(9))
  }

  func coupon(id: Int64) throws -> Coupon {
    guard let row = try db.queryFirst(Coupons.couponColumns + " WHERE c.id = ?", [.integer(id)])
    else { throw SaleError.couponNotFound(String(id), suggestion: nil) }
    return coupon(from: row)
  }

  /// A coupon by its code (case and accents ignored).
  public func findCoupon(_ code: String) throws -> Coupon {
    if let row = try db.queryFirst(
      Coupons.couponColumns + " WHERE c.code_folded = ?", [.text(fold(code))])
    {
      return coupon(from: row)
    }
    let codes = try db.query("SELECT code FROM coupons WHERE active = 1").map { $0.string(0) }
    throw SaleError.couponNotFound(code, suggestion: closestMatch(to: code, among: codes))
  }

  /// Every coupon, active first, by code.
  public func list() throws -> [Coupon] {
    try db.query(Coupons.couponColumns + " ORDER BY c.active DESC, c.code_folded").map(
      coupon(from:))
  }

  /// `crear cupón VERANO10 10% [mínimo 10000] [desde …] [hasta …] [usos 100]`.
  @discardableResult
  public func createCoupon(_ draft: CouponDraft) throws -> Coupon {
    let code = draft.code.trimmingCharacters(in: " ")
    guard !code.isEmpty, code.count <= 30, !code.contains(" ") else {
      throw SaleError.badCoupon(code)
    }
    if let p = draft.percent, p.thousandths <= 0 || p.thousandths > 100_000 {
      throw SaleError.percentOver100(p)
    }
    if let from = draft.validFrom, let until = draft.validUntil, until < from {
      throw SaleError.couponDates(from: from, until: until)
    }
    return try mutate { journal in
      if try db.queryFirst("SELECT 1 FROM coupons WHERE code_folded = ?", [.text(fold(code))])
        != nil
      {
        throw SaleError.couponExists(code)
      }
      try db.run(
        """
        INSERT INTO coupons(code, code_folded, percent, amount, minimum, valid_from, valid_until,
          max_uses, created_at) VALUES (?,?,?,?,?,?,?,?,?)
        """,
        [
          .text(code), .text(fold(code)), draft.percent.map { .integer($0.thousandths) } ?? .null,
          draft.amount.map { .integer($0.minorUnits) } ?? .null,
          .integer(draft.minimum.minorUnits), draft.validFrom.map { .text($0.iso) } ?? .null,
          draft.validUntil.map { .text($0.iso) } ?? .null,
          draft.maxUses.map { .integer($0) } ?? .null, .integer(clock.now()),
        ])
      let created = try coupon(id: db.lastInsertRowID)
      journal.record("cupón.crear", entity: "cupones", id: created.code, after: created.json)
      return created
    }
  }

  /// `desactivar cupón`: it stops applying; its history stays.
  @discardableResult
  public func deactivateCoupon(_ code: String) throws -> Coupon {
    try mutate { journal in
      let old = try findCoupon(code)
      guard old.active else { throw SaleError.couponInactive(old.code) }
      try db.run("UPDATE coupons SET active = 0 WHERE id = ?", [.integer(old.id)])
      let new = try coupon(id: old.id)
      journal.record(
        "cupón.desactivar", entity: "cupones", id: old.code, before: old.json, after: new.json)
      return new
    }
  }

  /// Checks every condition of a coupon for a ticket with `subtotal`
  /// (before discounts) today, naming the first that fails.
  public func checkCoupon(_ coupon: Coupon, subtotal: Money) throws {
    guard coupon.active else { throw SaleError.couponInactive(coupon.code) }
    if let from = coupon.validFrom, today < from {
      throw SaleError.couponNotYet(coupon.code, from: from)
    }
    if let until = coupon.validUntil, until < today {
      throw SaleError.couponExpired(coupon.code, until: until)
    }
    if let max = coupon.maxUses, coupon.uses >= max {
      throw SaleError.couponUsedUp(coupon.code, uses: max)
    }
    if subtotal < coupon.minimum {
      throw SaleError.couponBelowMinimum(coupon.code, minimum: coupon.minimum, subtotal: subtotal)
    }
  }
}
