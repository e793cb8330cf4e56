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

/// Discount coupons.
public struct Coupons: ShopArea {
  let shop: Shop

  func coupon(id: Int64) throws -> Coupon {
    guard let coupon = try CouponRow.find(id: id, in: db) else {
      throw SaleError.couponNotFound(String(id), suggestion: nil)
    }
    return coupon
  }

  /// A coupon by its code (case and accents ignored).
  public func findCoupon(_ code: String) throws -> Coupon {
    if let coupon = try CouponRow.find(folded: fold(code), in: db) { return coupon }
    let codes = try CouponRow.activeCodes(in: db)
    throw SaleError.couponNotFound(code, suggestion: closestMatch(to: code, among: codes))
  }

  /// Every coupon, active first, by code.
  public func list() throws -> [Coupon] {
    try CouponRow.all(in: db)
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
      if try CouponRow.exists(folded: fold(code), in: db) { throw SaleError.couponExists(code) }
      let created = try coupon(
        id: try CouponRow.insert(draft, code: code, at: clock.now(), in: db))
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
      try CouponRow.deactivate(id: old.id, in: db)
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
