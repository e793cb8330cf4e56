/// A ticket's manual discounts as a role's caps measure them (DESIGN.md
/// §8.6): each line's own discount over the line, and the line and ticket
/// manual discounts together over the subtotal. Coupons (and, later,
/// promotions and price lists) are rules made by someone with the right:
/// they do not count.
public struct ManualDiscounts: Sendable, Equatable {
  /// Each line's manual discount over what the line costs before discounts.
  public let lines: [Percent]
  /// Line and ticket manual discounts together over the subtotal.
  public let ticket: Percent

  public init(_ ticket: Ticket) {
    let totals = ticket.totals
    lines = totals.lines.map { ManualDiscounts.percent($0.lineDiscount, of: $0.gross) }
    self.ticket = ManualDiscounts.percent(
      totals.lineDiscounts + totals.ticketDiscount, of: totals.subtotal)
  }

  /// `part` over `whole`, rounded up to the thousandth of a percent, so
  /// that `percent > cap` says exactly whether the discount passes a cap.
  static func percent(_ part: Money, of whole: Money) -> Percent {
    guard whole > .zero, part > .zero else { return Percent(thousandths: 0) }
    let scaled = part.minorUnits.multipliedReportingOverflow(by: 100_000)
    guard !scaled.overflow else { return Percent(thousandths: 100_000) }
    let (q, r) = scaled.partialValue.quotientAndRemainder(dividingBy: whole.minorUnits)
    return Percent(thousandths: r == 0 ? q : q + 1)
  }
}

/// A discount over a role's cap: what it is, the cap, and which cap.
public struct CapExcess: Sendable, Equatable {
  public let percent: Percent
  public let cap: Percent
  public let scope: Users.DiscountScope
}

extension Role {
  /// The first cap the ticket passes once changed from `before` to `after`
  /// (line `line`'s, then the ticket's), nil when within both. A cap only
  /// bites where the change raised the discount: taking a discount back
  /// is always allowed.
  public func excess(before: ManualDiscounts, after: ManualDiscounts, line: Int?) -> CapExcess? {
    if let line, after.lines.indices.contains(line - 1) {
      let new = after.lines[line - 1]
      let old = before.lines.indices.contains(line - 1) ? before.lines[line - 1] : new
      if new > maxLineDiscount && new > old {
        return CapExcess(percent: new, cap: maxLineDiscount, scope: .line)
      }
    }
    if after.ticket > maxTicketDiscount && after.ticket > before.ticket {
      return CapExcess(percent: after.ticket, cap: maxTicketDiscount, scope: .ticket)
    }
    return nil
  }
}

extension Ticket {
  /// The ticket with `rule` set as its (or line `line`'s) manual discount,
  /// in memory only, as `Shop.setDiscount` will store it.
  public func settingDiscount(_ rule: DiscountRule, line: Int?) -> Ticket {
    var copy = self
    if let line {
      guard copy.lines.indices.contains(line - 1) else { return copy }
      if let p = rule.percent {
        copy.lines[line - 1].discountPercent = p.thousandths == 0 ? nil : p
      }
      if let a = rule.amount { copy.lines[line - 1].discountAmount = a == .zero ? nil : a }
    } else {
      if let p = rule.percent { copy.discount.percent = p.thousandths == 0 ? nil : p }
      if let a = rule.amount { copy.discount.amount = a == .zero ? nil : a }
    }
    return copy
  }
}

extension Users {
  /// Checks a manual discount against the current role's caps (single-user
  /// mode and a role with no excess pass). Throws `discountOverCap` for a
  /// line, `AccessError.ticketDiscountOverCap` for the whole ticket.
  public func authorizeDiscount(_ rule: DiscountRule, line: Int?, in ticket: Ticket) throws {
    try authorize(.discount)
    guard usersExist, let role = try currentRole() else { return }
    let before = ManualDiscounts(ticket)
    let after = ManualDiscounts(ticket.settingDiscount(rule, line: line))
    if let excess = role.excess(before: before, after: after, line: line) {
      throw excess.error(user: actor.userName ?? "")
    }
  }

  /// A supervisor approves a discount above the current user's caps: their
  /// own role must have the right and its caps must cover it. Returns the
  /// approver's name for the journal.
  public func approveDiscount(
    _ rule: DiscountRule, line: Int?, in ticket: Ticket, by name: String, pin: String
  ) throws -> String {
    let approver = try authenticate(name, pin: pin)
    guard approver.role.rights.contains(.discount) else {
      throw CoreError.approverLacksRight(.discount, approver: approver.name)
    }
    let before = ManualDiscounts(ticket)
    let after = ManualDiscounts(ticket.settingDiscount(rule, line: line))
    if let excess = approver.role.excess(before: before, after: after, line: line) {
      throw excess.error(user: approver.name)
    }
    return approver.name
  }
}

extension CapExcess {
  func error(user: String) -> Error {
    switch scope {
    case .line: return CoreError.discountOverCap(percent, cap: cap, user: user)
    case .ticket: return AccessError.ticketDiscountOverCap(percent, cap: cap, user: user)
    }
  }
}
