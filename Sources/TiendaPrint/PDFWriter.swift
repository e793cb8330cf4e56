/// The PDF 1.4 file structure around page contents: catalog, page tree, the
/// two standard fonts, one uncompressed content stream per page, and a
/// cross-reference table with the byte offset of every object.
///
/// Objects: 1 catalog, 2 pages, 3 Helvetica (`/F1`), 4 Helvetica-Bold
/// (`/F2`), then for page i (0-based) 5 + 2i the page and 6 + 2i its content.
enum PDFWriter {
  static func document(pages: [[UInt8]], pageSize: (width: Double, height: Double)) -> [UInt8] {
    var out: [UInt8] = []
    var offsets: [Int] = []  // offsets[n - 1] is object n
    func write(_ s: String) { out += Array(s.utf8) }
    func begin(_ number: Int) {
      precondition(offsets.count == number - 1, "PDF objects must be written in order")
      offsets.append(out.count)
      write("\(number) 0 obj\n")
    }

    // The second line marks the file as binary (bytes above 127 in strings).
    write("%PDF-1.4\n")
    out += [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]

    let pageNumbers = pages.indices.map { 5 + 2 * $0 }
    begin(1)
    write("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    begin(2)
    let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
    write("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>\nendobj\n")
    for (number, font) in [(3, "Helvetica"), (4, "Helvetica-Bold")] {
      begin(number)
      write(
        "<< /Type /Font /Subtype /Type1 /BaseFont /\(font) /Encoding /WinAnsiEncoding >>\nendobj\n"
      )
    }
    let box =
      "[0 0 \(PDFLabelSheet.number(pageSize.width)) \(PDFLabelSheet.number(pageSize.height))]"
    for (i, content) in pages.enumerated() {
      let page = pageNumbers[i]
      begin(page)
      write(
        "<< /Type /Page /Parent 2 0 R /MediaBox \(box) "
          + "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(page + 1) 0 R >>\n"
          + "endobj\n")
      begin(page + 1)
      write("<< /Length \(content.count) >>\nstream\n")
      out += content
      write("\nendstream\nendobj\n")
    }

    let xref = out.count
    write("xref\n0 \(offsets.count + 1)\n")
    write("0000000000 65535 f \n")
    for offset in offsets {
      let digits = String(offset)
      write(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
    }
    write("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\n")
    write("startxref\n\(xref)\n%%EOF\n")
    return out
  }
}
