/// Refusals of the promotions area (worded in `PromotionsWording`).
public enum PromotionError: Error, Equatable {
  case notFound(String)
  /// The text starts the names of several promotions.
  case ambiguous(String, [String])
  case duplicate(String)
  case emptyName
  case alreadyActive(String)
  case alreadyInactive(String)
  case badGroup(n: Int64, pay: Int64)
  case badHours(from: Int, to: Int)
  case badDates
  /// `mínimo N unidades` outside 1…99.999 (a line's most, DESIGN §8.2).
  case badMinimumUnits(Int64)
  case percentZero
  case amountZero
  case noExpiringProducts(days: Int64)
}
