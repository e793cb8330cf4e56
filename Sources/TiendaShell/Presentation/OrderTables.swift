import TiendaCore

/// How `pedidos` and `ver pedido` look. Headers in `OrderHeadings`; the
/// keys are the CSV and JSON names.
enum OrderTables {
  typealias H = OrderHeadings

  static func items(_ order: OrderInfo) -> String {
    order.lines.map { line in
      var text = TextFormat.plainQuantity(line.quantity) + " " + line.name
      if !line.options.isEmpty { text += " (" + line.options.joined(separator: ", ") + ")" }
      return text
    }.joined(separator: ", ")
  }

  static func list(_ orders: [OrderInfo]) -> Table {
    Table(
      columns: [
        Column(H.number, key: "numero", alignRight: true, priority: .high),
        Column(H.due, key: "para", priority: .high), Column(H.customer, key: "cliente"),
        Column(H.state, key: "estado"), Column(H.delivery, key: "entrega", priority: .low),
        Column(H.items, key: "productos", priority: .low),
        Column(H.total, key: "total", alignRight: true),
        Column(H.deposit, key: "seña", alignRight: true),
        Column(H.balance, key: "saldo", alignRight: true),
      ],
      rows: orders.map {
        [
          .int($0.number), $0.dueAt.map(Cell.instant) ?? .null, .text($0.customerName),
          .text($0.state.rawValue),
          .text($0.delivery == .dispatch ? "despacho: " + $0.address : $0.delivery.rawValue),
          .text(items($0)), .money($0.total), .money($0.deposit), .money($0.balance),
        ]
      }, emptyMessage: OrderMessages.noOrders)
  }

  static func detail(_ order: OrderInfo, _ currency: Currency) -> Record {
    let money = { (m: Money) in TextFormat.money(m, currency) }
    var footer: [String] = [H.lines + ":"]
    for line in order.lines {
      var text =
        "  \(line.position). " + TextFormat.plainQuantity(line.quantity) + " " + line.name
      if !line.options.isEmpty { text += " (" + line.options.joined(separator: ", ") + ")" }
      text += " a " + money(line.unitPrice) + " = " + money(line.total)
      if !line.note.isEmpty { text += " · nota: " + line.note }
      footer.append(text)
    }
    if !order.history.isEmpty {
      footer.append(H.history + ":")
      for change in order.history {
        footer.append(
          "  " + LocalTime.formatted(change.at) + " " + change.to.rawValue
            + (change.userName.map { " (" + $0 + ")" } ?? "")
            + (change.reason.isEmpty ? "" : " · motivo: " + change.reason))
      }
    }
    if !order.deposits.isEmpty {
      footer.append(H.deposits + ":")
      for d in order.deposits {
        footer.append(
          "  " + LocalTime.formatted(d.at) + " " + d.kind.rawValue + " " + d.method.rawValue
            + " " + money(d.amount))
      }
    }
    return Record(
      [
        (H.number, "numero", .int(order.number)),
        (H.customer, "cliente", .text(order.customerName)),
        (H.phone, "telefono", .text(order.customerPhone)),
        (H.due, "para", order.dueAt.map(Cell.instant) ?? .null),
        (H.delivery, "entrega", .text(order.delivery.rawValue)),
        (H.address, "direccion", .text(order.address)),
        (H.note, "nota", .text(order.note)), (H.state, "estado", .text(order.state.rawValue)),
        (H.total, "total", .money(order.total)), (H.deposit, "seña", .money(order.deposit)),
        (H.balance, "saldo", .money(order.balance)),
        (H.sale, "venta", order.saleNumber.map { .int($0) } ?? .null),
        (H.created, "tomado", .instant(order.createdAt)),
      ], footer: footer)
  }

  /// The señas part of the X and Z (issue 20, DESIGN §8.9): received,
  /// returned, kept and applied, by method. Not sales; the cash that moved
  /// is in the cash flows above. Shown only when señas moved.
  static func cashFields(_ s: OrderSessionSummary) -> [(String, String, Cell)] {
    guard !s.isEmpty else { return [] }
    let groups: [(String, String, [OrderSessionSummary.Line])] = [
      (OrderMessages.depositsReceived, "señas_recibidas", s.received),
      (OrderMessages.depositsReturned, "señas_devueltas", s.returned),
      (OrderMessages.depositsKept, "señas_retenidas", s.kept),
      (OrderMessages.depositsApplied, "señas_aplicadas", s.applied),
    ]
    var f: [(String, String, Cell)] = []
    for (label, key, lines) in groups where !lines.isEmpty || key == "señas_recibidas" {
      let count = lines.reduce(0) { $0 + $1.count }
      f.append(
        (label + " (\(count))", key, .money(lines.reduce(Money.zero) { $0 + $1.amount })))
      for line in lines where key != "señas_aplicadas" {
        f.append(
          (
            "  " + line.method.rawValue + " (\(line.count))",
            key + "_" + foldedWords(line.method.rawValue).joined(separator: "_"),
            .money(line.amount)
          ))
      }
    }
    return f
  }
}
