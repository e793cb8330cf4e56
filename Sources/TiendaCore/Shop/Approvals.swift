/// Why a command needs someone's approval (DESIGN §8.5, §8.6).
public enum ApprovalReason {
  /// The user's role lacks the right; `roles` are the roles that have it.
  case missingRight(Right, user: String, roles: [String])
  /// A manual discount above the user's caps: the refusal, worded by the shell.
  case overCap(Error)
  /// A refusal a user with the right may override (selling below zero
  /// stock), as the shell worded it.
  case override(Right, why: String)
}

/// Who approves, as given at the terminal.
public struct ApproverCredentials: Sendable {
  public let name: String
  public let pin: String

  public init(name: String, pin: String) {
    self.name = name
    self.pin = pin
  }
}

/// How approvals reach the core: the shell implements it with its terminal
/// dialog. The core decides when an approval is needed and checks the
/// approver (PIN, right, caps); the dialog only asks.
public protocol Approvals: AnyObject {
  /// Whether anyone can be asked at all (a person at a terminal).
  var canAsk: Bool { get }
  /// Says why, then asks who approves and their PIN; nil when nobody can
  /// be asked or nobody answers.
  func askApprover(_ reason: ApprovalReason) -> ApproverCredentials?
  /// Asks the user, who holds the right, to confirm an override.
  func confirmOverride(_ reason: ApprovalReason) -> Bool
}

extension Users {
  /// The one permission check with approval: passes when the user (or
  /// single-user mode) has `right`; otherwise `approvals` may bring a
  /// supervisor whose PIN and role are checked. Returns the context the
  /// command writes with from now on (with the approver, if one was
  /// needed); without an approval the refusal stands.
  public func authorize(_ right: Right, approvals: Approvals) throws -> WriteContext {
    do {
      try authorize(right)
      return shop.context
    } catch CoreError.missingRight(let missing, let user) {
      let approvers = ((try? roles()) ?? []).filter { $0.rights.contains(missing) }.map(\.code)
      guard
        let who = approvals.askApprover(.missingRight(missing, user: user, roles: approvers))
      else {
        throw CoreError.missingRight(missing, user: user)
      }
      return shop.context.approved(by: try approve(missing, by: who.name, pin: who.pin))
    }
  }

  /// Manual discounts above the role's caps (DESIGN.md §8.6): a supervisor
  /// may approve on the spot (their caps must cover it); otherwise the
  /// refusal stands. Returns the context to write with.
  public func authorizeDiscount(
    _ rule: DiscountRule, line: Int?, in ticket: Ticket, approvals: Approvals
  ) throws -> WriteContext {
    do {
      try authorizeDiscount(rule, line: line, in: ticket)
      return shop.context
    } catch let error where Self.isOverCap(error) {
      guard let who = approvals.askApprover(.overCap(error)) else { throw error }
      return shop.context.approved(
        by: try approveDiscount(rule, line: line, in: ticket, by: who.name, pin: who.pin))
    }
  }

  static func isOverCap(_ error: Error) -> Bool {
    if case CoreError.discountOverCap = error { return true }
    if case AccessError.ticketDiscountOverCap = error { return true }
    return false
  }

  /// A refusal someone may override (selling below zero stock): a user
  /// with `right` confirms, else a supervisor approves. Returns the context
  /// to write with, nil when nobody can be asked or it was declined.
  public func approveOverride(_ right: Right, why: String, approvals: Approvals) throws
    -> WriteContext?
  {
    guard approvals.canAsk else { return nil }
    if (try? authorize(right)) != nil {
      return approvals.confirmOverride(.override(right, why: why)) ? shop.context : nil
    }
    guard let who = approvals.askApprover(.override(right, why: why)) else { return nil }
    return shop.context.approved(by: try approve(right, by: who.name, pin: who.pin))
  }
}
