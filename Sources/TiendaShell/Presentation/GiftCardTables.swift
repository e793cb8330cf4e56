import TiendaCore

/// How `listar tarjetas-regalo` and `saldo tarjeta-regalo` look. Headers in
/// `GiftCardHeadings`; the keys are the CSV and JSON names.
enum GiftCardTables {
  typealias H = GiftCardHeadings

  static func cards(_ cards: [GiftCard]) -> Table {
    Table(
      columns: [
        Column(H.code, key: "codigo", priority: .high), Column(H.issued, key: "emitida"),
        Column(H.amount, key: "monto", alignRight: true),
        Column(H.balance, key: "saldo", alignRight: true, priority: .high),
        Column(H.state, key: "estado"),
      ],
      rows: cards.map {
        [
          .text($0.code), .instant($0.issuedAt), .money($0.amount), .money($0.balance),
          .text(GiftCardMessages.stateWord($0.state)),
        ]
      }, emptyMessage: GiftCardMessages.noCards)
  }

  static func moves(_ statement: GiftCardStatement, currency: Currency) -> Table {
    var table = Table(
      columns: [
        Column(H.at, key: "fecha"), Column(H.kind, key: "movimiento", priority: .high),
        Column(H.moveAmount, key: "monto", alignRight: true, priority: .high),
        Column(H.balanceAfter, key: "saldo", alignRight: true, priority: .high),
        Column(H.detail, key: "detalle", wraps: true),
      ],
      rows: statement.moves.map {
        [
          .instant($0.at), .text(GiftCardMessages.kindWord($0.kind)), .money($0.amount),
          .money($0.balanceAfter),
          .text(GiftCardMessages.moveDetail($0, currency)),
        ]
      })
    table.footer = [GiftCardMessages.statementHeader(statement.card, currency)]
    return table
  }
}
