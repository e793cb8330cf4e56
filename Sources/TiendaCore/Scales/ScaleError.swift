/// Refusals of scales, scale codes, open prices and weighed items
/// (issue 21). Worded in `TiendaShell/Wording/ScalesWording.swift`.
public enum ScaleError: Error, Equatable {
  case badPrefix(String)
  /// Not a GS1 in-store prefix (02, 04, 20–29): a country's barcodes.
  case notInStorePrefix(String)
  /// The pattern starts with digits other than the prefix.
  case patternPrefix(pattern: String, prefix: String)
  /// Not 12 digits with the prefix (or 13 ending in the check digit), or
  /// letters other than P, V, D, X.
  case badPattern(String, prefix: String)
  case priceCheckNeedsDigits(Int)
  case badDecimals(Int)
  case noSuchScale(String, existing: [String])
  /// The code's EAN-13 check digit is wrong.
  case badCheckDigit(String)
  /// The inner price check digit is wrong.
  case badPriceCheckDigit(String)
  case notThisLayout(String)
  /// The code's price has more decimals than the currency.
  case priceTooPrecise(String)
  /// A scale code whose PLU no product has.
  case unknownPLU(code: String, plu: String)
  case badPLU(String)
  case duplicatePLU(String, product: String)
  /// A weighed product sold without its weight where nobody can be asked.
  case weightRequired(product: String, request: SaleItemRequest)
  /// An open-price product sold without its price where nobody can be asked.
  case priceRequired(product: String, request: SaleItemRequest)
  /// An open-price product sold at $0 or less (`vender varios a 0`).
  case openPriceNotPositive(product: String)
  /// A PLU given to a product sold by the unit (`crear producto … plu`).
  case pluOnUnitProduct(product: String)
  /// A scale code after a quantity, a price or an amount (`vender 2 20…`).
  case scaleCodeWithQuantity(String)
  /// A weight code for a product sold by the unit.
  case weightForUnitProduct(code: String, product: String)
}
