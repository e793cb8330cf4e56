import Foundation

/// Reads the barcodes of a PDF the way a person with a scanner would see
/// them: `pdftoppm` (poppler-utils) renders every page, `zbarimg`
/// (zbar-tools) decodes the images.
public enum BarcodeScanner {
  /// Both tools are installed.
  public static var isAvailable: Bool { ExternalTool.isInstalled("pdftoppm", "zbarimg") }

  public static let missingMessage =
    "faltan pdftoppm (poppler-utils) o zbarimg (zbar-tools): instálelos o corra Scripts/test.sh"

  /// Every code found on every page, as `zbarimg --raw` prints it (one per
  /// line; a code repeated on the same page is reported once).
  ///
  /// With `TIENDA_TEST_KEEP_PDF=<folder>` each PDF is also copied there, to
  /// look at after a failure.
  public static func decode(pdf: Data, dpi: Int = 300) throws -> [String] {
    let dir = TempDir()
    let input = dir.file("hoja.pdf")
    try pdf.write(to: URL(fileURLWithPath: input))
    if let keep = ProcessInfo.processInfo.environment["TIENDA_TEST_KEEP_PDF"], !keep.isEmpty {
      try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
      try? pdf.write(to: URL(fileURLWithPath: keep + "/hoja-" + UUID().uuidString + ".pdf"))
    }
    try ExternalTool.check("pdftoppm", ["-r", "\(dpi)", "-png", input, dir.file("pagina")])
    let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasPrefix("pagina") && $0.hasSuffix(".png") }
      .sorted()
      .map(dir.file)
    guard !pages.isEmpty else {
      throw ExternalTool.Failure(description: "pdftoppm no produjo imágenes")
    }
    // zbarimg exits with 4 when an image has no barcode at all.
    let result = try ExternalTool.run("zbarimg", ["--raw", "-q"] + pages, timeout: 120)
    guard result.status == 0 || result.status == 4 else {
      throw ExternalTool.Failure(
        description: "zbarimg terminó con \(result.status): \(result.stderr)")
    }
    return result.text.split(separator: "\n").map(String.init)
  }
}
