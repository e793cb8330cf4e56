import TiendaCore

/// The customer accounts part of the X and Z (issue 16, DESIGN §8.9):
/// «Fiado vendido», «Fiado devuelto», «Abonos recibidos» (by method) and
/// «Préstamos». Not sales, not revenue; the cash that moved is in the cash
/// flows above. Shown only when accounts moved.
enum AccountCashView {
  typealias L = AccountReportLabels

  static func fields(_ s: AccountSessionSummary) -> [(String, String, Cell)] {
    guard !s.isEmpty else { return [] }
    func key(_ method: PaymentMethod) -> String {
      foldedWords(method.rawValue).joined(separator: "_")
    }
    var f: [(String, String, Cell)] = [
      (L.sold(s.sold.count), "fiado_vendido", .money(s.sold.amount)),
      (L.refunded(s.refunded.count), "fiado_devuelto", .money(s.refunded.amount)),
    ]
    let received = s.payments.reduce(Money.zero) { $0 + $1.amount }
    f.append(
      (L.received(s.payments.reduce(0) { $0 + $1.count }), "abonos_recibidos", .money(received)))
    for p in s.payments {
      f.append(
        (L.receivedBy(p.method.rawValue, p.count), "abonos_" + key(p.method), .money(p.amount)))
    }
    f.append((L.loans(s.loans.count), "prestamos_a_clientes", .money(s.loans.amount)))
    return f
  }
}
