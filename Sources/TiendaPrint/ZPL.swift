/// ZPL II for thermal label printers (Zebra and compatibles) at 203 dpi: one
/// format per product, printed `copies` times with `^PQ`; text in UTF-8
/// (`^CI28`) with the scalable font 0; EAN-13 (`^BE`) or Code 128 (`^BC`).
///
/// ```swift
/// let zpl = ZPLLabelRenderer(size: .standard)
/// let bytes = try zpl.render(label, copies: 3)  // send raw: lp -o raw
/// ```
public struct ZPLLabelRenderer: Sendable {
  public var size: LabelSize

  /// Module widths in dots (1 dot = 0.125 mm) the bars may use.
  static let moduleRange = 1...4

  public init(size: LabelSize = .standard) {
    self.size = size
  }

  /// One label format, printed `copies` times.
  public func render(_ label: LabelData, copies: Int = 1) throws(LabelError) -> [UInt8] {
    Array(try format(label, copies: copies).utf8)
  }

  /// One format per label, each printed `copies` times (for a category or a list).
  public func render(_ labels: [LabelData], copies: Int = 1) throws(LabelError) -> [UInt8] {
    var text = ""
    for label in labels { text += try format(label, copies: copies) }
    return Array(text.utf8)
  }

  /// The ZPL text of one label, one command per line (printers ignore the
  /// line breaks between commands).
  public func format(_ label: LabelData, copies: Int = 1) throws(LabelError) -> String {
    guard (1...9999).contains(copies) else { throw .copies(copies) }
    let barcode: LabelBarcode
    let pattern: BarPattern
    do {
      barcode = try LabelBarcode(for: label)
      pattern = try barcode.pattern()
    } catch {
      throw .barcode(error)
    }

    let w = size.widthDots
    let h = size.heightDots
    let margin = 2 * LabelSize.dotsPerMillimeter
    let usable = w - 2 * margin
    let top = max(6, h * 4 / 100)
    let nameHeight = max(16, h * 11 / 100)
    let line2Y = top + nameHeight + 2
    let priceY = line2Y + nameHeight + 4
    var priceHeight = max(24, h * 21 / 100)
    let unitHeight = max(16, nameHeight * 9 / 10)

    // Bars: the widest module that fits with its quiet zones, centred.
    let modulesWithQuiet = pattern.moduleCount + pattern.quietZone.left + pattern.quietZone.right
    let module = min(Self.moduleRange.upperBound, w / modulesWithQuiet)
    guard module >= Self.moduleRange.lowerBound else {
      throw .barcodeTooWide(
        barcode.text,
        neededMillimeters: (modulesWithQuiet + LabelSize.dotsPerMillimeter - 1)
          / LabelSize.dotsPerMillimeter,
        availableMillimeters: size.widthMillimeters)
    }
    let barcodeY = priceY + priceHeight + 6
    let interpretation = 10 * module
    let barHeight = max(16, h - barcodeY - interpretation - top / 2)
    let barX = max(pattern.quietZone.left * module, (w - pattern.moduleCount * module) / 2)

    var lines: [String] = [
      "^XA", "^CI28", "^PW\(w)", "^LL\(h)", "^LH0,0",
    ]
    let nameLines = TextFitting.lines(
      Self.flatten(label.name), maxLines: 2, ellipsis: "...",
      fits: { Self.estimatedWidth($0, height: nameHeight) <= usable })
    for (i, text) in nameLines.enumerated() {
      let y = i == 0 ? top : line2Y
      lines.append(
        "^FO\(margin),\(y)^A0N,\(nameHeight),\(nameHeight)\(Self.field(text))")
    }

    let price = Self.flatten(label.price)
    let unit = label.unitPrice.map(Self.flatten) ?? ""
    let unitWidth = unit.isEmpty ? 0 : Self.estimatedWidth(unit, height: unitHeight) + margin
    while priceHeight > 16 && Self.estimatedWidth(price, height: priceHeight) + unitWidth > usable {
      priceHeight -= 2
    }
    lines.append("^FO\(margin),\(priceY)^A0N,\(priceHeight),\(priceHeight)\(Self.field(price))")
    if !unit.isEmpty {
      let unitY = priceY + max(0, priceHeight - unitHeight)
      lines.append(
        "^FO\(margin),\(unitY)^A0N,\(unitHeight),\(unitHeight)^FB\(usable),1,0,R"
          + Self.field(unit))
    }

    lines.append("^BY\(module)")
    switch barcode {
    case .ean13(let digits):
      // ^BE takes 12 digits and prints the check digit it computes itself.
      lines.append("^FO\(barX),\(barcodeY)^BEN,\(barHeight),Y,N^FD\(digits.prefix(12))^FS")
    case .code128(let text):
      let data = Self.code128FieldData(text)
      lines.append("^FO\(barX),\(barcodeY)^BCN,\(barHeight),Y,N,N,N\(data)")
    }
    lines.append("^PQ\(copies)")
    lines.append("^XZ")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Font 0 is condensed: 0.6 × height per character is a safe upper bound.
  static func estimatedWidth(_ text: String, height: Int) -> Int {
    text.count * height * 6 / 10
  }

  /// Control characters (line breaks, tabs) become spaces.
  static func flatten(_ text: String) -> String {
    String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }

  /// `^FD…^FS` with `^`, `~` and `_` written as `^FH` hex escapes (`_5E`),
  /// so a product name can never end the field or start a command.
  static func field(_ text: String) -> String {
    guard text.contains(where: { "^~_".contains($0) }) else { return "^FD\(text)^FS" }
    var out = ""
    for c in text {
      switch c {
      case "^": out += "_5E"
      case "~": out += "_7E"
      case "_": out += "_5F"
      default: out.append(c)
      }
    }
    return "^FH_^FD\(out)^FS"
  }

  /// The field data of `^BC` in mode N, spelling out this library's own
  /// encoding with ZPL's invocation codes: `>:` start B, `>;` start C,
  /// `>5` code C, `>6` code B; `>` is written `><` and `~` `>=`.
  static func code128FieldData(_ text: String) -> String {
    // `text` was validated by `LabelBarcode(for:)`.
    let steps = (try? Code128.steps(text)) ?? []
    var data = ""
    var needsHex = false
    for step in steps {
      switch step {
      case .startB: data += ">:"
      case .startC: data += ">;"
      case .toC: data += ">5"
      case .toB: data += ">6"
      case .pair(let n): data += n < 10 ? "0\(n)" : "\(n)"
      case .char(let c):
        switch c {
        case ">": data += "><"
        case "~": data += ">="
        case "^":
          data += "_5E"
          needsHex = true
        case "_":
          data += "_5F"
          needsHex = true
        default: data.append(c)
        }
      }
    }
    return (needsHex ? "^FH_" : "") + "^FD\(data)^FS"
  }
}
