/// A refusal about kitchen slips and the order voucher (issue 20).
public enum KitchenError: Error, Equatable {
  /// `categorías` on a printer whose role is not `comanda`.
  case categoriesNeedKitchenRole(printer: String)
  /// `configurar comanda categorías` without any category.
  case noCategories
  /// The same category named twice.
  case repeatedCategory(String)
  /// A conditions text longer than the limit.
  case conditionsTooLong(maximum: Int)
  /// `imprimir comanda N` of a cancelled order: nothing to prepare.
  case orderCancelled(number: Int64)
}

/// The settings of kitchen slips and the order voucher, as stored.
enum KitchenSettings {
  /// Category ids, comma-separated (`3,5`): sales with products of these
  /// categories print a comanda. Absent: off.
  static let categoriesKey = "comanda.categorías"
  /// The shop's conditions printed at the foot of the order voucher.
  static let conditionsKey = "pedidos.condiciones"
  static let maximumConditions = 600

  static func categories(_ stored: String?) -> [Int64] {
    guard let stored else { return [] }
    return stored.split(separator: ",").compactMap { Int64($0) }
  }
}
