/// Why labels could not be rendered. The shell words it in Spanish.
public enum LabelError: Error, Equatable, Sendable {
  /// The product's barcode or SKU cannot be drawn (wrong EAN-13 check digit, `Ñ` in a SKU…).
  case barcode(BarcodeError)
  /// The barcode needs more width than the label has, even at the narrowest
  /// module that still scans; `neededMillimeters` includes the quiet zones.
  case barcodeTooWide(String, neededMillimeters: Int, availableMillimeters: Int)
  /// Copies must be 1…9999.
  case copies(Int)
  /// A sheet grid that does not fit its paper (`PDFSheetLayout.isValid` is false).
  case sheetLayout(columns: Int, rows: Int)
}
