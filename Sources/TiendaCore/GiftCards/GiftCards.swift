import TiendaStore

/// Gift cards (issue 15, DESIGN §8.9, §8.12): sold outside sales (no
/// number, no taxes, no revenue), spent as a payment method, given back on
/// a void or return, voided with its rest paid back. The balance is the sum
/// of the card's moves.
public struct GiftCards: ShopArea {
  let shop: Shop

  /// `emitir tarjeta-regalo 20000 [código REGALO1] pagar efectivo [50000]`:
  /// the card, its issue move with its payment, the journal row and the
  /// voucher's print job, in one transaction. An open ticket is untouched.
  @discardableResult
  public func issue(_ request: GiftCardIssueRequest) throws -> IssuedGiftCard {
    guard request.amount > .zero else { throw GiftCardError.amountNotPositive }
    guard request.amount.minorUnits <= Limits.amount else { throw LimitError.overflow }
    guard request.payments.count == 1 else { throw GiftCardError.onePaymentOnly }
    guard request.payments[0].method != .giftCard else { throw GiftCardError.paidWithGiftCard }
    return try mutate { journal in
      let code = try newCode(request.code)
      // The card's own method must be active (a shop that deactivated gift
      // cards sells none), and the payment's method is checked like in a
      // ticket: débito deactivated or needing a reference is refused.
      // One lookup for both.
      let requests = try PaymentMethods.resolve(
        [PaymentRequest(method: .giftCard, reference: code)] + request.payments,
        checkBuiltIns: true, in: db
      ).dropFirst().map { $0 }
      guard requests[0].method != .giftCard else { throw GiftCardError.paidWithGiftCard }
      let records = try Settlement.settle(
        total: request.amount, already: [], requests: requests,
        roundCash: shop.checkout.roundsCash)
      guard let payment = records.first, records.count == 1, payment.amount == request.amount
      else {
        throw GiftCardError.issueNotCovered(
          amount: request.amount, paid: records.reduce(.zero) { $0 + $1.amount })
      }
      let (session, opened) = try shop.register.sessionForSale(journal)
      let now = clock.now()
      let cardID = try NewGiftCardRow(
        code: code, amount: request.amount, registerID: actor.registerID, issuedAt: now
      ).insert(into: db)
      let moveID = try NewGiftCardMoveRow.insertAll(
        [
          move(card: cardID, .issue, request.amount, session: session.id, at: now)
            .with(payment: payment)
        ], into: db)
      journal.record(
        "tarjeta_regalo.emitir", entity: "tarjeta_regalo", id: code,
        after: .object([
          ("codigo", .string(code)), ("monto", .int(request.amount.minorUnits)),
          ("caja", .string(actor.registerName)), ("pago", payment.json),
        ]))
      try shop.printQueue.enqueueAutomatic(
        .giftCard, document: .giftCard(moveID), drawer: payment.method == .cash)
      let card = GiftCard(
        id: cardID, code: code, amount: request.amount, issuedAt: now, balance: request.amount,
        voided: false, issueMethod: payment.method)
      return IssuedGiftCard(card: card, payment: payment, openedSession: opened)
    }
  }

  /// `saldo tarjeta-regalo CÓDIGO`: the card, its balance and its moves.
  public func statement(_ code: String) throws -> GiftCardStatement {
    try db.read {
      let card = try find(code)
      return GiftCardStatement(card: card, moves: try GiftCardMoveRow.ofCard(card.id, in: db))
    }
  }

  /// `listar tarjetas-regalo`: every card, oldest first.
  public func list() throws -> [GiftCard] {
    try db.read { try GiftCardRow.all(in: db) }
  }

  /// `anular tarjeta-regalo CÓDIGO motivo "…" [sin reembolso]`: a void
  /// move of the whole rest, paid back by the method the card was sold
  /// with (cash out of the drawer, rounded like any cash) unless `sin
  /// reembolso`. Refused for a card with no balance or already voided.
  @discardableResult
  public func void(_ request: GiftCardVoidRequest) throws -> VoidedGiftCard {
    try mutate { journal in
      let card = try find(request.code)
      if card.voided { throw GiftCardError.alreadyVoided(card.code) }
      guard card.balance > .zero else { throw GiftCardError.nothingToVoid(card.code) }
      var payment: PaymentRecord?
      if request.payBack {
        if card.issueMethod == .cash {
          let handed =
            shop.checkout.roundsCash ? Pricing.cashRounded(card.balance) : card.balance
          payment = PaymentRecord(
            method: .cash, amount: card.balance, tendered: handed, change: .zero,
            rounding: handed - card.balance, reference: nil)
        } else {
          payment = PaymentRecord(
            method: card.issueMethod, amount: card.balance, tendered: card.balance,
            change: .zero, rounding: .zero, reference: nil)
        }
      }
      let (session, opened) = try shop.register.sessionForSale(journal)
      if let payment, payment.method == .cash {
        _ = try shop.register.expectedCash(in: session, handingOut: payment.tendered) {
          SaleError.giftCardPayBackExceedsCash(code: card.code, requested: $0, available: $1)
        }
      }
      var row = move(
        card: card.id, .void, .zero - card.balance, session: session.id, at: clock.now())
      row.payment = payment
      row.reason = request.reason
      let moveID = try NewGiftCardMoveRow.insertAll([row], into: db)
      // A slip for the customer's signature; cash opens the drawer.
      try shop.printQueue.enqueueAutomatic(
        .giftCard, document: .giftCard(moveID), drawer: payment?.method == .cash)
      journal.record(
        "tarjeta_regalo.anular", entity: "tarjeta_regalo", id: card.code,
        after: .object([
          ("codigo", .string(card.code)), ("anulado", .int(card.balance.minorUnits)),
          ("motivo", .string(request.reason)), ("reembolso", payment?.json ?? .null),
        ]))
      return VoidedGiftCard(
        code: card.code, voided: card.balance, payment: payment, openedSession: opened)
    }
  }

  /// What cards did in session `id`: sold by method (with the money
  /// kept), redeemed, refunded to cards, voided and how each rest went back.
  public func sessionSummary(_ id: Int64) throws -> GiftCardSessionSummary {
    var summary = GiftCardSessionSummary()
    for row in try GiftCardSessionRow.ofSession(id, in: db) {
      switch row.kind {
      case .issue:
        summary.issued.append(
          .init(
            method: row.method ?? .cash, count: row.count, amount: row.amount, kept: row.kept))
      case .redemption:
        summary.redeemedCount += row.count
        summary.redeemed = summary.redeemed - row.amount
      case .refund:
        summary.refundedCount += row.count
        summary.refunded = summary.refunded + row.amount
      case .void:
        summary.voidedCount += row.count
        summary.voided = summary.voided - row.amount
        // The rest voided: paid back by a method, or written off.
        summary.paidBack.append(
          .init(method: row.method, count: row.count, amount: .zero - row.amount, handed: row.kept))
      }
    }
    return summary
  }

  /// The voucher of issue move `id`, to print.
  public func voucher(_ moveID: Int64) throws -> GiftCardVoucher {
    guard let (cardID, move) = try GiftCardMoveRow.find(moveID, in: db),
      let card = try GiftCardRow.byID(cardID, in: db)
    else { throw PrintError.nothingToPrint }
    return GiftCardVoucher(
      kind: move.kind, code: card.code,
      amount: move.kind == .void ? .zero - move.amount : card.amount, at: move.at,
      registerName: move.registerName, reason: move.reason,
      userName: move.userName,
      payment: move.method.map {
        PaymentRecord(
          method: $0, amount: move.paid, tendered: move.tendered, change: move.change,
          rounding: move.rounding, reference: move.reference)
      })
  }

  /// The card named by `code` (case and accents aside).
  func find(_ code: String) throws -> GiftCard {
    let folded = GiftCardCode.folded(code.trimmingCharacters(in: " \t"))
    guard let card = try GiftCardRow.named([folded], in: db).first else {
      throw GiftCardError.unknownCode(code)
    }
    return card
  }

  /// The code for a new card: the one given (checked and free) or a
  /// generated one no card has.
  func newCode(_ given: String?) throws -> String {
    if let given {
      guard let code = GiftCardCode.cleaned(given) else { throw GiftCardError.badCode(given) }
      if try GiftCardRow.exists(folded: GiftCardCode.folded(code), in: db) {
        throw GiftCardError.codeTaken(code)
      }
      return code
    }
    while true {
      let code = GiftCardCode.generate()
      if try !GiftCardRow.exists(folded: GiftCardCode.folded(code), in: db) { return code }
    }
  }

  func move(
    card: Int64, _ kind: GiftCardMoveKind, _ amount: Money, session: Int64, at: Int64
  ) -> NewGiftCardMoveRow {
    NewGiftCardMoveRow(
      cardID: card, kind: kind, amount: amount, registerID: actor.registerID,
      sessionID: session, at: at, userName: actor.userName, approvedBy: actor.approvedBy)
  }
}

/// What a gift card voucher prints.
public struct GiftCardVoucher: Sendable, Equatable {
  /// `.issue`: the card sold; `.void`: its rest voided.
  public let kind: GiftCardMoveKind
  public let code: String
  /// The card's face amount, or the rest voided.
  public let amount: Money
  public let at: Int64
  public let registerName: String
  public let reason: String
  public let userName: String?
  public let payment: PaymentRecord?
}

extension NewGiftCardMoveRow {
  func with(payment: PaymentRecord) -> NewGiftCardMoveRow {
    var row = self
    row.payment = payment
    return row
  }
}
