import TiendaCore

/// How suppliers, purchases and debts look. Headers in `PurchaseHeadings`;
/// the keys are the CSV and JSON names.
enum PurchaseTables {
  typealias H = PurchaseHeadings

  static func suppliers(_ list: [Supplier]) -> Table {
    Table(
      columns: [
        Column(H.supplier, key: "nombre", priority: .high), Column(H.rut, key: "rut"),
        Column(H.phone, key: "telefono", priority: .low),
        Column(H.contact, key: "contacto", priority: .low),
        Column(H.email, key: "correo", priority: .low),
        Column(H.purchases, key: "compras", alignRight: true),
        Column(H.owed, key: "debe", alignRight: true, priority: .high),
      ],
      rows: list.map {
        [
          .text($0.name), $0.rut.map { .text($0.formatted) } ?? .null,
          $0.phone.map(Cell.text) ?? .null, $0.contact.map(Cell.text) ?? .null,
          $0.email.map(Cell.text) ?? .null, .int(Int64($0.purchases)), .money($0.owed),
        ]
      }, emptyMessage: H.noSuppliers)
  }

  static func supplier(_ s: Supplier) -> Record {
    Record([
      (H.supplier, "nombre", .text(s.name)),
      (H.rut, "rut", s.rut.map { .text($0.formatted) } ?? .null),
      (H.phone, "telefono", s.phone.map(Cell.text) ?? .null),
      (H.contact, "contacto", s.contact.map(Cell.text) ?? .null),
      (H.email, "correo", s.email.map(Cell.text) ?? .null), (H.active, "activo", .bool(s.active)),
      (H.purchases, "compras", .int(Int64(s.purchases))), (H.owed, "debe", .money(s.owed)),
    ])
  }

  static func state(_ p: Purchase) -> String {
    if p.voided != nil { return H.stateVoided }
    if p.paid >= p.total { return H.statePaid }
    return p.paid > .zero ? H.statePartly : H.statePending
  }

  static func purchases(_ list: [Purchase]) -> Table {
    Table(
      columns: [
        Column(H.number, key: "numero", alignRight: true), Column(H.date, key: "fecha"),
        Column(H.supplier, key: "proveedor", priority: .high),
        Column(H.invoice, key: "factura", priority: .low),
        Column(H.due, key: "vence", priority: .low),
        Column(H.total, key: "total", alignRight: true, priority: .high),
        Column(H.balance, key: "saldo", alignRight: true),
        Column(H.state, key: "estado"),
      ],
      rows: list.map {
        [
          .int($0.id), $0.invoiceDate.map(Cell.date) ?? .null, .text($0.supplier),
          $0.invoice.map(Cell.text) ?? .null, $0.dueDate.map(Cell.date) ?? .null,
          .money($0.total), .money($0.balance), .text(state($0)),
        ]
      }, emptyMessage: H.noPurchases)
  }

  static func debts(_ list: [SupplierDebt], _ currency: Currency) -> Table {
    var table = Table(
      columns: [
        // An unpaid expense has no supplier: its description goes here and
        // «documento» says «gasto N» (arreglos18).
        Column(H.supplierOrExpense, key: "proveedor_o_gasto", priority: .high),
        Column(H.document, key: "documento"), Column(H.invoice, key: "factura", priority: .low),
        Column(H.due, key: "vence"), Column(H.overdue, key: "vencida"),
        Column(H.total, key: "total", alignRight: true, priority: .low),
        Column(H.paid, key: "pagado", alignRight: true, priority: .low),
        Column(H.balance, key: "saldo", alignRight: true, priority: .high),
      ],
      rows: list.map {
        [
          .text($0.supplier), .text(H.debtDocument($0.document, $0.number)),
          $0.invoice.map(Cell.text) ?? .null, $0.dueDate.map(Cell.date) ?? .null,
          .bool($0.overdue), .money($0.total), .money($0.paid), .money($0.balance),
        ]
      }, emptyMessage: H.noDebts)
    if !list.isEmpty {
      let owed = list.reduce(Money.zero) { $0 + $1.balance }
      table.footer = ["\(H.totalOwed): \(owed.formatted(currency))"]
    }
    return table
  }
}

/// A purchase as text lines: header, lines, totals, payments, margins.
struct PurchaseView {
  typealias H = PurchaseHeadings
  let currency: Currency

  init(_ currency: Currency) { self.currency = currency }

  func money(_ m: Money) -> String { m.formatted(currency) }

  func lines(_ p: Purchase, recorded: Bool) -> [String] {
    var out: [String] = []
    var head = recorded ? "Compra \(p.id) a «\(p.supplier)»" : "Compra a «\(p.supplier)» (abierta)"
    if let invoice = p.invoice { head += ", factura \(invoice)" }
    if let date = p.invoiceDate { head += ", \(date.description)" }
    if let due = p.dueDate { head += ", vence \(due.description)" }
    out.append(head)
    if p.grossPrices { out.append(H.grossPrices) }
    for (i, line) in p.lines.enumerated() {
      var text =
        "  \(i + 1). \(TextFormat.quantity(line.quantity)) \(line.unit == .unit ? "" : line.unit.rawValue + " ")\(line.name) a \(money(line.unitCost)) = \(money(line.net + (p.grossPrices ? line.taxes : .zero)))"
      if recorded, let after = line.costAfter {
        text += "  costo \(line.costBefore.map(money) ?? "—") → \(money(after))"
      }
      out.append(text)
    }
    out.append("  \(H.net): \(money(p.net))")
    for tax in p.taxes { out.append("  \(tax.code.uppercased()): \(money(tax.amount))") }
    out.append("  \(H.total): \(money(p.total))")
    if recorded {
      if !p.payments.isEmpty {
        out.append("  " + H.paymentsTitle)
        for pay in p.payments {
          out.append(
            "    \(pay.method) \(money(pay.amount))" + (pay.reference.map { " ref \($0)" } ?? "")
              + (pay.fromRegister ? " (de la caja)" : ""))
        }
      }
      if let v = p.voided {
        out.append("  \(H.voidReason): \(v.reason)")
      } else {
        out.append("  \(H.balance): \(money(p.balance))")
      }
    }
    return out
  }

  func result(_ r: PurchaseResult) -> [String] {
    var out = lines(r.purchase, recorded: true)
    if !r.lowMargins.isEmpty, let minimum = r.minimumMargin {
      out.append(H.lowMarginTitle(minimum))
      for w in r.lowMargins {
        out.append(
          "  \(w.name): precio \(money(w.price)), costo \(money(w.cost)), margen \(w.margin.map(oneDecimal) ?? "—")"
        )
      }
    }
    return out
  }

  /// A margin with one decimal, as `ver producto` shows it (16,3%).
  func oneDecimal(_ m: Percent) -> String {
    Percent(thousandths: Rounding.divideHalfUp(m.thousandths, 100) * 100).formatted
  }
}
