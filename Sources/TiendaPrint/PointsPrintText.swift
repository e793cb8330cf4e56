import TiendaCore

/// The points lines of a sale ticket (issue 19 B): what the sale earned
/// and spent and the customer's balance right after it.
enum PointsPrintText {
  static func count(_ n: Int64) -> String {
    (n < 0 ? "-" : "") + Money.grouped(n.magnitude)
  }

  static let redeemed = "Puntos canjeados"
  static let earned = "Puntos ganados"
  static let balance = "Saldo de puntos"
}

extension TicketDocuments {
  func points(_ doc: inout PrintDocument, _ sale: SaleRecord) {
    guard let p = sale.points else { return }
    if p.redeemed > 0 { row(&doc, PointsPrintText.redeemed, PointsPrintText.count(p.redeemed)) }
    if p.earned > 0 { row(&doc, PointsPrintText.earned, PointsPrintText.count(p.earned)) }
    row(&doc, PointsPrintText.balance, PointsPrintText.count(p.balance))
  }
}
