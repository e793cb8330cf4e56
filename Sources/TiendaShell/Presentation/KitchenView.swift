import TiendaCore
import TiendaPrint

/// How the kitchen slip and the order voucher show without a printer: the
/// same ESC/POS bytes a 42-column printer would get, decoded (`pantalla`).
enum KitchenView {
  static let previewWidth = 42

  static func preview(_ document: PrintDocument) -> String {
    let bytes = EscPos.render(document, width: previewWidth, codePage: 2, cut: true)
    return EscPosPreview.text(bytes, width: previewWidth)
  }

  static func slip(_ slip: KitchenSlip, shop: Shop) -> [String] {
    var documents = TicketDocuments(settings: shop.settings, width: previewWidth)
    documents.practice = shop.practice
    return [Messages.kitchenPreviewHeader] + lines(preview(documents.kitchenSlip(slip)))
  }

  static func voucher(_ voucher: OrderVoucher, shop: Shop) -> [String] {
    var documents = TicketDocuments(settings: shop.settings, width: previewWidth)
    documents.practice = shop.practice
    return [Messages.voucherPreviewHeader] + lines(preview(documents.orderVoucher(voucher)))
  }

  static func lines(_ text: String) -> [String] {
    var out = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if out.last == "" { out.removeLast() }
    return out
  }
}
