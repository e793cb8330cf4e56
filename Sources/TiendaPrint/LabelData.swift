/// What one product label shows. Texts arrive formatted by the shell (the
/// printing layer does not format money).
///
/// ```swift
/// LabelData(name: "Tomate", price: "$1.490", unitPrice: "$1.490 / kg",
///           barcode: "7801234567894", code: "TOM01")
/// ```
public struct LabelData: Sendable, Equatable {
  public var name: String
  /// `$1.490`.
  public var price: String
  /// `$1.490 / kg` for weighed products; nil otherwise.
  public var unitPrice: String?
  /// EAN-13 digits when the product has one (printed as EAN-13).
  public var barcode: String?
  /// The SKU: printed as Code 128 when there is no EAN-13.
  public var code: String

  public init(name: String, price: String, unitPrice: String? = nil, barcode: String?, code: String)
  {
    self.name = name
    self.price = price
    self.unitPrice = unitPrice
    self.barcode = barcode
    self.code = code
  }
}
