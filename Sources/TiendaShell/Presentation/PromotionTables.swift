import TiendaCore

/// How promotions look: `listar promociones`, `ver promoción`, and the
/// `promociones` summary of a ticket.
enum PromotionTables {
  typealias H = PromotionsHeadings
  typealias M = PromotionMessages

  static func list(_ rules: [PromotionRule], _ currency: Currency) -> Table {
    Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high),
        Column(H.reward, key: "promocion", priority: .high), Column(H.scope, key: "en"),
        Column(H.conditions, key: "condiciones"), Column(H.active, key: "activa"),
      ],
      rows: rules.map {
        [
          .text($0.name), .text(M.reward($0.reward, currency)), .text(M.scope($0.scope)),
          .text(M.conditions($0.conditions, currency)), .bool($0.active),
        ]
      }, emptyMessage: M.none)
  }

  static func record(_ rule: PromotionRule, _ currency: Currency) -> Record {
    Record([
      (H.name, "nombre", .text(rule.name)),
      (H.reward, "promocion", .text(M.reward(rule.reward, currency))),
      (H.scope, "en", .text(M.scope(rule.scope))),
      (H.conditions, "condiciones", .text(M.conditions(rule.conditions, currency))),
      (H.active, "activa", .bool(rule.active)),
      (H.origin, "liquidacion", .bool(rule.clearance)),
    ])
  }

  static func onTicket(_ ticket: Ticket, _ misses: [PromotionNearMiss], _ currency: Currency)
    -> [String]
  {
    let applied = ticket.totals.promotions
    var out: [String] = []
    if ticket.promotionsOff {
      out.append(M.offOnTicket)
    } else if applied.isEmpty {
      out.append(M.noneOnTicket)
    } else {
      out.append(M.appliedHeading)
      out += applied.map { M.summaryLine($0.name, $0.total, currency) }
    }
    if !misses.isEmpty {
      out.append(M.closeHeading)
      out += misses.map { M.nearMiss($0, currency) }
    }
    return out
  }
}

extension PromotionTables {
  /// `informe promociones`: one row per promotion (§8.14 keys).
  static func report(_ r: PromotionReport, periodText: String) -> Table {
    var table = Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high),
        Column(H.tickets, key: "tickets", alignRight: true),
        Column(H.units, key: "unidades", alignRight: true),
        Column(H.saving, key: "ahorro", alignRight: true, priority: .high),
      ],
      rows: r.rows.map {
        [.text($0.name), .int($0.tickets), .quantity($0.units, signed: false), .money($0.saving)]
      },
      emptyMessage: M.noPromotionsGiven(periodText))
    table.totals = [
      (H.tickets, "tickets", Cell.int(r.tickets)),
      (H.units, "unidades", Cell.quantity(r.units, signed: false)),
      (H.saving, "ahorro", Cell.money(r.saving)),
    ]
    table.chart = (0, 3)
    return table
  }
}
