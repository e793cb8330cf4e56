import Foundation
import Testing
import TiendaTestSupport

@testable import TiendaPrint

/// End to end through a real CUPS (queues made by `Scripts/lib/cups.sh`).
/// Without the queues these tests are skipped, except under `CI=true`,
/// where they run and fail.
@Suite(.serialized) struct CupsTests {
  static let rawReady = CupsQueues.raw != nil || ExternalTool.isCI
  static let pdfReady =
    (CupsQueues.pdf != nil && BarcodeScanner.isAvailable) || ExternalTool.isCI

  /// ESC/POS-like bytes through `lp -o raw` arrive unchanged: every byte
  /// value, including ESC @, PC850 accents, NUL and a cut.
  @Test(.enabled(if: rawReady, Comment(rawValue: CupsQueues.missingMessage)))
  func rawQueueDeliversBytesUnchanged() throws {
    var job: [UInt8] = [0x1B, 0x40, 0x1B, 0x74, 0x02]  // ESC @, ESC t 2 (PC850)
    job += Array("Pi".utf8) + [0xA4, 0xA2] + Array("n $1.490\n".utf8)  // ñ ó in PC850
    job += (0...255).map { UInt8($0) }
    job += [0x1D, 0x56, 0x42, 0x03]  // feed and cut
    let written = try CupsQueues.printRaw(Data(job))
    #expect([UInt8](written) == job)

    // A second, shorter job replaces the first: nothing is appended.
    let zpl = try ZPLLabelRenderer().render(
      LabelData(name: "Ñandú", price: "$9.990", barcode: nil, code: "NAN1"), copies: 2)
    #expect([UInt8](try CupsQueues.printRaw(Data(zpl))) == zpl)
  }

  /// The label sheet through CUPS's normal PDF filters (not raw) to the
  /// cups-pdf printer: the PDF it produces still scans, every code.
  @Test(.enabled(if: pdfReady, Comment(rawValue: CupsQueues.missingMessage)))
  func pdfSheetThroughCupsStillScans() throws {
    let labels = SampleLabels.labels(26)
    let sheet = try PDFLabelSheet(layout: .a4).render(labels)
    let printed = try CupsQueues.printPDF(Data(sheet))
    #expect(printed.starts(with: Array("%PDF-".utf8)))
    #expect(printed != Data(sheet), "cups-pdf debería producir su propio PDF")
    try expectScans(printed, SampleLabels.expectedCodes(labels))
  }
}
