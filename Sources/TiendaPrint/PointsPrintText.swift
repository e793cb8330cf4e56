import TiendaCore

/// The points lines of a sale ticket (issue 19 B): what the sale earned
/// and spent and the customer's balance right after it.
enum PointsPrintText {
  static func count(_ n: Int64) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
      out.append(ch)
    }
    return (n < 0 ? "-" : "") + out
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
