import TiendaStore

/// Gift cards as a payment method: the balance check when a payment is
/// added, the redemption inside the sale's transaction, the refund to the
/// card on a void or return (DESIGN §8.12).
extension GiftCards {
  /// What each card named by `requests` may still pay (folded code →
  /// amount): its balance less what this ticket already took from it.
  /// Reads nothing when no request is by gift card. Refuses an unknown or
  /// voided card.
  /// The requests come back with each card's code as it was issued.
  /// `cards`: the cards read (their balances are current in this transaction).
  func available(for requests: [PaymentRequest], already: [PaymentRecord]) throws -> (
    requests: [PaymentRequest], balances: [String: Money], cards: [GiftCard]
  ) {
    let codes = requests.filter { $0.method == .giftCard }.map {
      GiftCardCode.folded($0.reference ?? "")
    }
    guard !codes.isEmpty else { return (requests, [:], []) }
    let cards = try GiftCardRow.named(codes, in: db)
    var balances: [String: Money] = [:]
    let named = try requests.map { request in
      guard request.method == .giftCard else { return request }
      let typed = request.reference ?? ""
      let folded = GiftCardCode.folded(typed)
      guard let card = cards.first(where: { GiftCardCode.folded($0.code) == folded }) else {
        throw GiftCardError.unknownCode(typed)
      }
      if card.voided { throw GiftCardError.voided(card.code) }
      balances[folded] = card.balance - taken(from: folded, in: already)
      var named = request
      named.reference = card.code
      return named
    }
    return (named, balances, cards)
  }

  /// Redemption moves for the sale's gift card payments, checked again
  /// against the balances inside the sale's transaction: another terminal
  /// may have spent the card since the payment was added (a ticket's
  /// earlier payment). `known`: cards already read in this transaction
  /// (not read again).
  func redeem(
    _ payments: [PaymentRecord], sale: Int64, session: Int64, at: Int64, known: [GiftCard] = []
  ) throws {
    let spent = payments.filter { $0.method == .giftCard }
    guard !spent.isEmpty else { return }
    let folded = Set(spent.map { GiftCardCode.folded($0.reference ?? "") })
    let knownCodes = Set(known.map { GiftCardCode.folded($0.code) })
    let missing = folded.subtracting(knownCodes)
    let cards =
      known + (missing.isEmpty ? [] : try GiftCardRow.named(Array(missing), in: db))
    var rows: [NewGiftCardMoveRow] = []
    for code in folded.sorted() {
      guard let card = cards.first(where: { GiftCardCode.folded($0.code) == code }) else {
        throw GiftCardError.unknownCode(code)
      }
      if card.voided { throw GiftCardError.voided(card.code) }
      let wanted = taken(from: code, in: spent)
      guard wanted <= card.balance else {
        throw GiftCardError.spentMeanwhile(
          code: card.code, balance: card.balance, wanted: wanted)
      }
    }
    for payment in spent {
      let code = GiftCardCode.folded(payment.reference ?? "")
      guard let card = cards.first(where: { GiftCardCode.folded($0.code) == code }) else {
        continue
      }
      var row = move(card: card.id, .redemption, .zero - payment.amount, session: session, at: at)
      row.saleID = sale
      rows.append(row)
    }
    try NewGiftCardMoveRow.insertAll(rows, into: db)
  }

  /// Refund moves: each gift card payment of a void or return goes back
  /// to its card (a voided card too: its rest stays voided only once
  /// `anular tarjeta-regalo` runs again).
  func credit(_ payments: [PaymentRecord], refund: Int64, session: Int64, at: Int64) throws {
    let back = payments.filter { $0.method == .giftCard && $0.amount > .zero }
    guard !back.isEmpty else { return }
    let cards = try GiftCardRow.named(
      back.map { GiftCardCode.folded($0.reference ?? "") }, in: db)
    var rows: [NewGiftCardMoveRow] = []
    for payment in back {
      let code = GiftCardCode.folded(payment.reference ?? "")
      guard let card = cards.first(where: { GiftCardCode.folded($0.code) == code }) else {
        throw GiftCardError.unknownCode(payment.reference ?? "")
      }
      var row = move(card: card.id, .refund, payment.amount, session: session, at: at)
      row.refundID = refund
      rows.append(row)
    }
    try NewGiftCardMoveRow.insertAll(rows, into: db)
  }

  /// What each card that paid sale `id` may still take back on a refund
  /// (folded code → amount): what it paid less what earlier refunds gave
  /// back. A voided card takes nothing back (that part goes in cash).
  func refundable(sale id: Int64, payments: [PaymentRecord]) throws -> [String: Money] {
    let credited = try GiftCardSessionRow.creditedFromSale(id, in: db)
    let codes = Set(
      payments.filter { $0.method == .giftCard }.map { GiftCardCode.folded($0.reference ?? "") })
    let voided = Set(
      try GiftCardRow.named(Array(codes), in: db).filter(\.voided).map {
        GiftCardCode.folded($0.code)
      })
    var result: [String: Money] = [:]
    for code in codes where !voided.contains(code) {
      result[code] = taken(from: code, in: payments) - (credited[code] ?? .zero)
    }
    return result
  }

  func taken(from folded: String, in payments: [PaymentRecord]) -> Money {
    payments.filter { $0.method == .giftCard && GiftCardCode.folded($0.reference ?? "") == folded }
      .reduce(.zero) { $0 + $1.amount }
  }
}
