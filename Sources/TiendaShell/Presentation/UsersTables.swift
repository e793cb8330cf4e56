import TiendaCore

/// How users and roles look in `listar usuarios`, `listar roles` and
/// `ver rol`. Headers in `UsersHeadings`; the keys are the CSV and JSON names.
enum UsersTables {
  typealias H = UsersHeadings

  /// `listar usuarios`; `now` tells who is locked out.
  static func users(_ users: [User], now: Int64) -> Table {
    Table(
      columns: [
        Column(H.user, key: "nombre"), Column(H.role, key: "rol"),
        Column(H.active, key: "activo"),
        Column(H.locked, key: "bloqueado"),
      ],
      rows: users.map {
        [
          .text($0.name), .text($0.role.code), .bool($0.active),
          .bool(($0.lockedUntil ?? 0) > now),
        ]
      }, emptyMessage: Messages.noUsers)
  }

  /// `listar roles`.
  static func roles(_ roles: [Role]) -> Table {
    Table(
      columns: [
        Column(H.role, key: "rol", priority: .high),
        Column(H.lineDiscount, key: "descuento_linea", alignRight: true),
        Column(H.ticketDiscount, key: "descuento_ticket", alignRight: true),
        Column(H.maxRefund, key: "devolucion_maxima", alignRight: true),
        Column(H.rights, key: "derechos", priority: .high, wraps: true),
      ],
      rows: roles.map(row))
  }

  /// `ver rol`: the same values as a row of `listar roles`.
  static func role(_ r: Role) -> Record {
    let values = row(r)
    return Record([
      (H.role, "rol", values[0]), (H.maxLineDiscount, "descuento_linea", values[1]),
      (H.maxTicketDiscount, "descuento_ticket", values[2]),
      (H.maxRefund, "devolucion_maxima", values[3]), (H.rights, "derechos", values[4]),
    ])
  }

  static func row(_ r: Role) -> [Cell] {
    [
      .text(r.code), .text(TextFormat.percent(r.maxLineDiscount)),
      .text(TextFormat.percent(r.maxTicketDiscount)),
      r.maxRefund.map(Cell.money) ?? .text(Messages.noLimit),
      .text(Right.allCases.filter(r.rights.contains).map(\.rawValue).joined(separator: ", ")),
    ]
  }
}
