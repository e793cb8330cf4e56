/// One ticket line as the promotions see it.
public struct PromotionLine: Sendable, Equatable {
  public var productID: Int64
  public var categoryID: Int64?
  public var quantity: Quantity
  /// Unit price in the line's basis, after the customer's price list.
  public var unitPrice: Money
  /// Quantity × unit price (the line's amount before discounts).
  public var amount: Money
  /// Weighed lines take part only in `%` and `$` promotions, whole.
  public var weighed: Bool
  /// Manual-price and fixed-amount lines take no promotion.
  public var eligible: Bool

  public init(
    productID: Int64, categoryID: Int64?, quantity: Quantity, unitPrice: Money, amount: Money,
    weighed: Bool, eligible: Bool = true
  ) {
    self.productID = productID
    self.categoryID = categoryID
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.amount = amount
    self.weighed = weighed
    self.eligible = eligible
  }
}

/// The promotions engine (issue 19, DESIGN §8.7): each unit takes at most
/// one promotion; promotions are applied in order of the largest saving on
/// the current ticket (ties: the older promotion); each saving stays on the
/// lines whose units it touched (a pack's saving spread over its units by
/// largest remainder).
public enum PromotionEngine {
  public struct Outcome: Sendable, Equatable {
    /// Saving per line, in the line's basis.
    public var savings: [Money]
    public var applied: [AppliedPromotion]
  }

  /// Whether `rule`'s conditions of time and customer hold.
  public static func isOpen(_ rule: PromotionRule, at moment: PromotionMoment, group: Int64?)
    -> Bool
  {
    let c = rule.conditions
    guard rule.active else { return false }
    if let from = c.from, moment.date < from { return false }
    if let until = c.until, until < moment.date { return false }
    if !c.weekdays.isEmpty && !c.weekdays.contains(moment.date.isoWeekday) { return false }
    if let from = c.hourFrom, let to = c.hourTo {
      let h = moment.hour
      let inside = from < to ? (h >= from && h < to) : (h >= from || h < to)
      if !inside { return false }
    }
    if let wanted = c.groupID, wanted != group { return false }
    return true
  }

  static func inScope(_ rule: PromotionRule, _ line: PromotionLine) -> Bool {
    guard line.eligible else { return false }
    switch rule.scope {
    case .all: return true
    case .product(let id, _): return line.productID == id
    case .category:
      guard let category = line.categoryID else { return false }
      return rule.categoryIDs.contains(category)
    }
  }

  /// Units in scope still free (whole units of unit lines).
  static func units(_ line: PromotionLine) -> Int64 {
    line.weighed ? 0 : line.quantity.thousandths / 1000
  }

  public static func evaluate(
    _ lines: [PromotionLine], context: PromotionContext, subtotal: Money
  ) -> Outcome {
    var free = lines.map { units($0) }
    var wholeFree = lines.map { $0.weighed || !$0.quantity.isWhole }
    var savings = lines.map { _ in Money.zero }
    var applied: [AppliedPromotion] = []
    var pending = context.rules.filter {
      isOpen($0, at: context.moment, group: context.customerGroupID)
        && meetsMinimums($0, lines, subtotal: subtotal)
    }
    while !pending.isEmpty {
      var best: (index: Int, result: AppliedPromotion)?
      for (k, rule) in pending.enumerated() {
        let result = apply(rule, lines, free: free, wholeFree: wholeFree)
        guard result.total > .zero else { continue }
        if best == nil || result.total > best!.result.total { best = (k, result) }
      }
      guard let chosen = best else { break }
      for (i, saving) in chosen.result.savings { savings[i] = savings[i] + saving }
      for (i, used) in chosen.result.units {
        if lines[i].weighed || !lines[i].quantity.isWhole {
          wholeFree[i] = false
        } else {
          free[i] -= used / 1000
        }
      }
      applied.append(chosen.result)
      pending.remove(at: chosen.index)
    }
    return Outcome(savings: savings, applied: applied)
  }

  static func meetsMinimums(_ rule: PromotionRule, _ lines: [PromotionLine], subtotal: Money)
    -> Bool
  {
    if let minimum = rule.conditions.minimumAmount, subtotal < minimum { return false }
    if let minimum = rule.conditions.minimumUnits {
      let scoped = lines.filter { inScope(rule, $0) }.reduce(Int64(0)) {
        $0 + $1.quantity.thousandths
      }
      // A minimum stored before it was bounded never traps: too many is unmet.
      let (wanted, overflow) = minimum.multipliedReportingOverflow(by: 1000)
      if overflow || scoped < wanted { return false }
    }
    return true
  }

  /// What `rule` gives on the units still free.
  static func apply(
    _ rule: PromotionRule, _ lines: [PromotionLine], free: [Int64], wholeFree: [Bool]
  ) -> AppliedPromotion {
    var result = AppliedPromotion(
      promotionID: rule.id, name: rule.name, savings: [:], units: [:])
    let scoped = lines.indices.filter { inScope(rule, lines[$0]) }
    switch rule.reward {
    case .percentOff, .amountOff:
      // Free amount of each line: its free units, or the whole weighed line.
      var bases: [(Int, Money, Int64)] = []
      for i in scoped {
        if wholeFree[i] {
          bases.append((i, lines[i].amount, lines[i].quantity.thousandths))
        } else if free[i] > 0 {
          let base =
            free[i] * 1000 == lines[i].quantity.thousandths
            ? lines[i].amount : Money(free[i] * lines[i].unitPrice.minorUnits)
          bases.append((i, base, free[i] * 1000))
        }
      }
      if case .percentOff(let percent) = rule.reward {
        for (i, base, used) in bases {
          let saving = Pricing.share(base, percent)
          if saving > .zero {
            result.savings[i] = saving
            result.units[i] = used
          }
        }
      } else if case .amountOff(let amount) = rule.reward {
        let total = bases.reduce(Int64(0)) { $0 + $1.1.minorUnits }
        let shares = Rounding.allocate(
          min(amount.minorUnits, total), weights: bases.map(\.1.minorUnits))
        for (k, (i, _, used)) in bases.enumerated() where shares[k] > 0 {
          result.savings[i] = Money(shares[k])
          result.units[i] = used
        }
      }
    case .buyPay(let n, _), .pack(let n, _), .nthUnit(let n, _):
      guard n > 0 else { return result }
      // Every free unit, dearest first (ties: line order).
      var pool: [(line: Int, price: Int64)] = []
      for i in scoped where !wholeFree[i] {
        for _ in 0..<max(0, free[i]) { pool.append((i, lines[i].unitPrice.minorUnits)) }
      }
      pool.sort { $0.price != $1.price ? $0.price > $1.price : $0.line < $1.line }
      let groups = pool.count / Int(n)
      for g in 0..<groups {
        let chunk = Array(pool[(g * Int(n))..<((g + 1) * Int(n))])
        var parts = chunk.map { _ in Int64(0) }
        switch rule.reward {
        case .buyPay(_, let pay):
          for k in Int(max(0, pay))..<chunk.count { parts[k] = chunk[k].price }
        case .pack(_, let price):
          let sum = chunk.reduce(Int64(0)) { $0 + $1.price }
          guard sum > price.minorUnits else { continue }
          parts = Rounding.allocate(sum - price.minorUnits, weights: chunk.map(\.price))
        case .nthUnit(_, let percent):
          parts[chunk.count - 1] =
            Pricing.share(Money(chunk[chunk.count - 1].price), percent)
            .minorUnits
        default: break
        }
        guard parts.reduce(0, +) > 0 else { continue }
        for (k, unit) in chunk.enumerated() {
          result.savings[unit.line] = (result.savings[unit.line] ?? .zero) + Money(parts[k])
          result.units[unit.line, default: 0] += 1000
        }
      }
    }
    return result
  }

  /// Promotions open now that a little more would trigger: units to
  /// complete a group, or amount to reach the minimum.
  public static func nearMisses(
    _ lines: [PromotionLine], context: PromotionContext, subtotal: Money, outcome: Outcome
  ) -> [PromotionNearMiss] {
    var misses: [PromotionNearMiss] = []
    let used = Set(outcome.applied.map(\.promotionID))
    for rule in context.rules
    where isOpen(rule, at: context.moment, group: context.customerGroupID) {
      let scoped = lines.filter { inScope(rule, $0) }
      if let minimum = rule.conditions.minimumAmount, subtotal < minimum,
        !scoped.isEmpty || rule.scope == .all
      {
        misses.append(
          PromotionNearMiss(
            name: rule.name, reward: rule.reward, missing: .amount(minimum - subtotal)))
        continue
      }
      if let minimum = rule.conditions.minimumUnits, !scoped.isEmpty {
        // `mínimo N unidades`: how many more units in scope it needs.
        let have = scoped.reduce(Int64(0)) { $0 + $1.quantity.thousandths }
        let (wanted, overflow) = minimum.multipliedReportingOverflow(by: 1000)
        if !overflow && have < wanted {
          misses.append(
            PromotionNearMiss(
              name: rule.name, reward: rule.reward, missing: .units((wanted - have + 999) / 1000)))
          continue
        }
      }
      let n: Int64
      switch rule.reward {
      case .buyPay(let count, _), .pack(let count, _), .nthUnit(let count, _): n = count
      default: continue
      }
      let count = scoped.reduce(Int64(0)) { $0 + units($1) }
      guard count > 0, n > 1 else { continue }
      let applied = outcome.applied.first { $0.promotionID == rule.id }
      let covered = (applied?.units.values.reduce(0, +) ?? 0) / 1000
      let left = count - covered
      if left > 0 && left < n && (used.contains(rule.id) || covered == 0) {
        misses.append(
          PromotionNearMiss(name: rule.name, reward: rule.reward, missing: .units(n - left)))
      }
    }
    return misses
  }
}
