/// One figure of a Z section kept by kind (`z_report_lines`).
public struct ZLine: Sendable, Equatable {
  public let kind: String
  public let count: Int
  public let amount: Money

  public init(kind: String, count: Int, amount: Money) {
    self.kind = kind
    self.count = count
    self.amount = amount
  }
}

/// A session's gift card figures as the Z keeps them: one line per kind
/// (`vendidas:<medio>`, `cobradas:<medio>`, `canjeadas`, `reintegradas`,
/// `anuladas`, `devueltas:<medio>` and `entregadas:<medio>`, an empty
/// medio being `sin reembolso`: `devueltas` is the rests voided, paid back
/// or written off, `entregadas` the money handed), read back the same.
extension GiftCardSessionSummary {
  public var zLines: [ZLine] {
    var lines: [ZLine] = []
    for sold in issued {
      lines.append(
        ZLine(kind: "vendidas:" + sold.method.rawValue, count: sold.count, amount: sold.amount))
      lines.append(
        ZLine(kind: "cobradas:" + sold.method.rawValue, count: sold.count, amount: sold.kept))
    }
    if redeemedCount > 0 {
      lines.append(ZLine(kind: "canjeadas", count: redeemedCount, amount: redeemed))
    }
    if refundedCount > 0 {
      lines.append(ZLine(kind: "reintegradas", count: refundedCount, amount: refunded))
    }
    if voidedCount > 0 { lines.append(ZLine(kind: "anuladas", count: voidedCount, amount: voided)) }
    for back in paidBack {
      let method = back.method?.rawValue ?? ""
      lines.append(ZLine(kind: "devueltas:" + method, count: back.count, amount: back.amount))
      lines.append(ZLine(kind: "entregadas:" + method, count: back.count, amount: back.handed))
    }
    return lines
  }

  public init(zLines: [ZLine]) {
    self.init()
    func split(_ kind: String) -> (String, String)? {
      guard let colon = kind.firstIndex(of: ":") else { return nil }
      return (String(kind[..<colon]), String(kind[kind.index(after: colon)...]))
    }
    for line in zLines {
      switch line.kind {
      case "canjeadas": (redeemedCount, redeemed) = (line.count, line.amount)
      case "reintegradas": (refundedCount, refunded) = (line.count, line.amount)
      case "anuladas": (voidedCount, voided) = (line.count, line.amount)
      default:
        guard let (part, method) = split(line.kind) else { continue }
        switch part {
        case "vendidas":
          let kept = zLines.first { $0.kind == "cobradas:" + method }?.amount ?? line.amount
          issued.append(
            Issued(
              method: PaymentMethod(rawValue: method), count: line.count, amount: line.amount,
              kept: kept))
        case "devueltas":
          let handed = zLines.first { $0.kind == "entregadas:" + method }?.amount ?? line.amount
          paidBack.append(
            PaidBack(
              method: method.isEmpty ? nil : PaymentMethod(rawValue: method), count: line.count,
              amount: line.amount, handed: handed))
        default: continue
        }
      }
    }
    // A Z closed before issue 15's fix kept 0 for the rests written off:
    // they are what the voids came to less what was paid back.
    if let i = paidBack.firstIndex(where: { $0.method == nil && $0.amount == .zero }) {
      let paid = paidBack.reduce(Money.zero) { $0 + $1.amount }
      let old = paidBack[i]
      paidBack[i] = PaidBack(
        method: nil, count: old.count, amount: voided - paid, handed: old.handed)
    }
  }
}
