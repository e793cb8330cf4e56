/// Refusals of logins and discount caps (DESIGN.md §8.5, §8.6). The shell
/// words them (`RightsMessages`).
public enum AccessError: Error, Equatable {
  /// No PIN was given (an empty answer, an empty `pin`): not a failed
  /// attempt, so it never counts toward a lockout.
  case missingPin(user: String)
  /// The manual discounts of the whole ticket (its lines' and its own,
  /// measured on the subtotal) would pass the role's ticket cap.
  case ticketDiscountOverCap(Percent, cap: Percent, user: String)
}
