import TiendaCore

/// The «Tarjetas de regalo» part of the X and Z (DESIGN §8.9): cards sold
/// (by method), redeemed, refunded to cards and voided (by how each rest
/// went back, or written off). Amounts of the cards, so the parts add up
/// to the whole; the cash that moved (rounded) is in the cash flows above
/// and its rounding in «Redondeo». Shown only when cards moved.
enum GiftCardCashView {
  typealias L = GiftCardReportLabels

  static func fields(_ s: GiftCardSessionSummary) -> [(String, String, Cell)] {
    guard !s.isEmpty else { return [] }
    func key(_ method: PaymentMethod?) -> String {
      method.map { foldedWords($0.rawValue).joined(separator: "_") } ?? "sin_reembolso"
    }
    var f: [(String, String, Cell)] = [
      (L.sold(s.issuedCount), "tarjetas_regalo_vendidas", .money(s.issuedAmount))
    ]
    for sold in s.issued {
      f.append(
        (
          L.soldBy(sold.method.rawValue, sold.count),
          "tarjetas_regalo_vendidas_" + key(sold.method), .money(sold.amount)
        ))
    }
    f.append((L.redeemed(s.redeemedCount), "tarjetas_regalo_canjeadas", .money(s.redeemed)))
    f.append((L.refunded(s.refundedCount), "tarjetas_regalo_reintegradas", .money(s.refunded)))
    f.append((L.voided(s.voidedCount), "tarjetas_regalo_anuladas", .money(s.voided)))
    for back in s.paidBack {
      let label =
        back.method.map { L.paidBackBy($0.rawValue, back.count) } ?? L.notPaidBack(back.count)
      f.append((label, "tarjetas_regalo_anuladas_" + key(back.method), .money(back.amount)))
    }
    return f
  }
}
