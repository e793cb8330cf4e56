import TiendaCore

/// How `estado de cuenta` and `deudores` look. Headers in
/// `AccountHeadings`; the keys are the CSV and JSON names.
enum AccountTables {
  typealias H = AccountHeadings

  static func statement(_ s: AccountStatement, currency: Currency) -> Table {
    var table = Table(
      columns: [
        Column(H.at, key: "fecha"), Column(H.kind, key: "movimiento", priority: .high),
        Column(H.amount, key: "monto", alignRight: true, priority: .high),
        Column(H.balance, key: "saldo", alignRight: true, priority: .high),
        Column(H.detail, key: "detalle", wraps: true),
      ],
      rows: s.moves.map {
        [
          .instant($0.at), .text(AccountWording.kindWord($0.kind)), .money($0.amount),
          .money($0.balanceAfter), .text(AccountWording.detail($0)),
        ]
      }, emptyMessage: AccountWording.noMoves)
    table.footer = AccountWording.statementHeader(s, currency)
    return table
  }

  static func debtors(_ debtors: [Debtor]) -> Table {
    Table(
      columns: [
        Column(H.customer, key: "nombre", priority: .high), Column(H.rut, key: "rut"),
        Column(H.balance, key: "saldo", alignRight: true, priority: .high),
        Column(H.limit, key: "limite", alignRight: true),
        Column(H.oldest, key: "desde"), Column(H.overLimit, key: "sobre_limite"),
      ],
      rows: debtors.map {
        [
          .text($0.holder.name), $0.holder.rut.map(Cell.text) ?? .null,
          .money($0.holder.balance), .money($0.holder.limit),
          $0.oldestUnpaid.map(Cell.date) ?? .null, .bool($0.holder.overLimit),
        ]
      }, emptyMessage: AccountWording.noDebtors)
  }
}
