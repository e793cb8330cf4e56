/// Where labels sit on a sheet, in PDF points (1/72 inch).
///
/// ```swift
/// PDFSheetLayout.standard(for: .a4)        // 3 × 8 labels of 70 × 37 mm
/// PDFSheetLayout(paper: .letter, columns: 2, rows: 5)
/// ```
public struct PDFSheetLayout: Sendable, Equatable {
  public enum Paper: String, Sendable, CaseIterable {
    case a4 = "A4"
    case letter = "Carta"

    /// Width and height in points.
    public var size: (width: Double, height: Double) {
      switch self {
      case .a4: (595, 842)
      case .letter: (612, 792)
      }
    }
  }

  public var paper: Paper
  public var columns: Int
  public var rows: Int
  public var marginTop: Double
  public var marginBottom: Double
  public var marginLeft: Double
  public var marginRight: Double
  /// Space between two labels, across and down.
  public var gapX: Double
  public var gapY: Double

  public init(
    paper: Paper, columns: Int, rows: Int, marginTop: Double = 0, marginBottom: Double = 0,
    marginLeft: Double = 0, marginRight: Double = 0, gapX: Double = 0, gapY: Double = 0
  ) {
    self.paper = paper
    self.columns = columns
    self.rows = rows
    self.marginTop = marginTop
    self.marginBottom = marginBottom
    self.marginLeft = marginLeft
    self.marginRight = marginRight
    self.gapX = gapX
    self.gapY = gapY
  }

  /// A4: 3 × 8 labels of 70 × 37 mm edge to edge (the usual A4 label stock).
  /// Carta: 3 × 10 labels of 2⅝ × 1 in (the usual US address labels).
  public static func standard(for paper: Paper) -> PDFSheetLayout {
    switch paper {
    case .a4:
      PDFSheetLayout(paper: .a4, columns: 3, rows: 8, marginTop: 1.5, marginBottom: 1.5)
    case .letter:
      PDFSheetLayout(
        paper: .letter, columns: 3, rows: 10, marginTop: 36, marginBottom: 36,
        marginLeft: 13.5, marginRight: 13.5, gapX: 9)
    }
  }

  public static let a4 = standard(for: .a4)
  public static let letter = standard(for: .letter)

  public var labelsPerPage: Int { columns * rows }

  /// Size of one label in points.
  public var labelSize: (width: Double, height: Double) {
    let page = paper.size
    let w = (page.width - marginLeft - marginRight - gapX * Double(columns - 1)) / Double(columns)
    let h = (page.height - marginTop - marginBottom - gapY * Double(rows - 1)) / Double(rows)
    return (w, h)
  }

  /// The grid is usable: 1…10 columns, 1…30 rows, labels at least 20 × 15 mm.
  public var isValid: Bool {
    let size = labelSize
    return (1...10).contains(columns) && (1...30).contains(rows)
      && size.width >= 20 * PDFLabelSheet.pointsPerMillimeter
      && size.height >= 15 * PDFLabelSheet.pointsPerMillimeter
  }
}

/// A sheet of product labels as a hand-written PDF 1.4 for laser and inkjet
/// printers: Helvetica in WinAnsiEncoding (no embedded font), the bars as
/// filled rectangles, as many pages as the labels need.
///
/// ```swift
/// let pdf = try PDFLabelSheet(layout: .a4).render(labels, copies: 2)
/// ```
public struct PDFLabelSheet: Sendable {
  public var layout: PDFSheetLayout

  static let pointsPerMillimeter = 72.0 / 25.4
  /// The narrowest bar module drawn: 0.33 mm (EAN-13 at 100 %).
  public static let minimumModule = 0.33 * pointsPerMillimeter
  /// The widest: 0.5 mm, so short codes do not grow across the label.
  public static let maximumModule = 0.5 * pointsPerMillimeter

  public init(layout: PDFSheetLayout = .a4) {
    self.layout = layout
  }

  /// The PDF of `labels`, each repeated `copies` times, in reading order;
  /// `skip` leaves the first positions of the first page empty (a sheet
  /// already partly used).
  public func render(_ labels: [LabelData], copies: Int = 1, skip: Int = 0) throws(LabelError)
    -> [UInt8]
  {
    guard (1...9999).contains(copies) else { throw .copies(copies) }
    guard layout.isValid else { throw .sheetLayout(columns: layout.columns, rows: layout.rows) }
    let perPage = layout.labelsPerPage
    var pages: [[UInt8]] = []
    var content: [UInt8] = []
    var slot = max(0, min(skip, perPage - 1))
    for label in labels {
      let drawing = try draw(label)
      for _ in 0..<copies {
        if slot == perPage {
          pages.append(content)
          content = []
          slot = 0
        }
        let (x, yTop) = origin(ofSlot: slot)
        content += Array("q 1 0 0 1 \(Self.number(x)) \(Self.number(yTop)) cm\n".utf8)
        content += drawing
        content += Array("Q\n".utf8)
        slot += 1
      }
    }
    pages.append(content)
    return PDFWriter.document(pages: pages, pageSize: layout.paper.size)
  }

  /// Top-left corner of a slot in page coordinates (origin bottom-left).
  func origin(ofSlot slot: Int) -> (Double, Double) {
    let size = layout.labelSize
    let column = slot % layout.columns
    let row = slot / layout.columns
    let x = layout.marginLeft + Double(column) * (size.width + layout.gapX)
    let yTop =
      layout.paper.size.height - layout.marginTop - Double(row) * (size.height + layout.gapY)
    return (x, yTop)
  }

  /// One label's drawing operators, relative to its top-left corner (y grows up,
  /// so everything inside sits at negative y).
  func draw(_ label: LabelData) throws(LabelError) -> [UInt8] {
    let barcode: LabelBarcode
    let pattern: BarPattern
    do {
      barcode = try LabelBarcode(for: label)
      pattern = try barcode.pattern()
    } catch {
      throw .barcode(error)
    }
    let (w, h) = layout.labelSize
    let pad = min(8, h * 0.06)
    let nameSize = Self.clamp(h * 0.095, 7, 11)
    let leading = nameSize * 1.15
    let priceSize = Self.clamp(h * 0.17, 10, 22)
    let unitSize = Self.clamp(nameSize * 0.85, 6, 9)
    let digitsSize = Self.clamp(h * 0.075, 6, 8)
    let usable = w - 2 * pad

    var ops: [UInt8] = []
    // Name: up to two lines of Helvetica.
    let nameLines = TextFitting.lines(
      label.name, maxLines: 2, ellipsis: "\u{2026}",
      fits: { WinAnsi.width(WinAnsi.encode($0), size: nameSize, bold: false) <= usable })
    var y = -pad - nameSize * 0.8
    for line in nameLines {
      ops += Self.text(line, font: "F1", size: nameSize, x: pad, y: y)
      y -= leading
    }

    // Price in bold on the left; the unit price small on the right.
    let priceY = -pad - 2 * leading - priceSize * 0.8
    let unitBytes = label.unitPrice.map(WinAnsi.encode) ?? []
    let unitWidth = WinAnsi.width(unitBytes, size: unitSize, bold: false)
    var size = priceSize
    let priceBytes = WinAnsi.encode(label.price)
    while size > 8
      && WinAnsi.width(priceBytes, size: size, bold: true) + unitWidth + pad > usable
    {
      size -= 0.5
    }
    ops += Self.text(label.price, font: "F2", size: size, x: pad, y: priceY)
    if !unitBytes.isEmpty {
      ops += Self.text(
        label.unitPrice!, font: "F1", size: unitSize, x: w - pad - unitWidth, y: priceY)
    }

    // Bars: the widest module up to 0.5 mm that fits with its quiet zones.
    let totalModules = Double(
      pattern.moduleCount + pattern.quietZone.left + pattern.quietZone.right)
    let module = min(Self.maximumModule, usable / totalModules)
    guard module >= Self.minimumModule - 0.0001 else {
      let needed = totalModules * Self.minimumModule + 2 * pad
      throw .barcodeTooWide(
        barcode.text,
        neededMillimeters: Int((needed / Self.pointsPerMillimeter).rounded(.up)),
        availableMillimeters: Int(w / Self.pointsPerMillimeter))
    }
    let barsWidth = Double(pattern.moduleCount) * module
    let barsX = (w - barsWidth) / 2
    let barsTop = priceY - priceSize * 0.35
    let barsBottom = -h + pad + digitsSize * 1.25
    let barsHeight = max(6, barsTop - barsBottom)
    var bars = "0 g\n"
    for bar in pattern.bars {
      let x = barsX + Double(bar.start) * module
      bars +=
        "\(Self.number(x)) \(Self.number(barsBottom)) \(Self.number(Double(bar.width) * module)) "
        + "\(Self.number(barsHeight)) re\n"
    }
    ops += Array((bars + "f\n").utf8)
    let digits = WinAnsi.encode(barcode.text)
    let digitsWidth = WinAnsi.width(digits, size: digitsSize, bold: false)
    ops += Self.text(
      barcode.text, font: "F1", size: digitsSize, x: (w - digitsWidth) / 2,
      y: barsBottom - digitsSize * 1.05)

    return ops
  }

  // MARK: - Helpers

  /// `BT /F1 10 Tf x y Td (…) Tj ET` with the text in WinAnsi bytes.
  static func text(_ s: String, font: String, size: Double, x: Double, y: Double) -> [UInt8] {
    Array("BT /\(font) \(number(size)) Tf \(number(x)) \(number(y)) Td ".utf8)
      + WinAnsi.literal(WinAnsi.encode(s)) + Array(" Tj ET\n".utf8)
  }

  static func clamp(_ v: Double, _ low: Double, _ high: Double) -> Double {
    min(high, max(low, v))
  }

  /// A PDF number with at most two decimals: `12.5`, `-3`, `0.94`.
  static func number(_ v: Double) -> String {
    let hundredths = Int((v * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let a = abs(hundredths)
    let whole = a / 100
    let frac = a % 100
    if frac == 0 { return sign + "\(whole)" }
    if frac % 10 == 0 { return sign + "\(whole).\(frac / 10)" }
    return sign + "\(whole).\(frac < 10 ? "0" : "")\(frac)"
  }
}
