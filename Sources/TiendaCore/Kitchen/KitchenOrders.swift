/// Orders (the Orders area's read model, `OrderInfo`) as a kitchen slip and
/// as the customer's voucher.
extension Kitchen {
  /// The id of order `number` (jobs keep the id: `pedido:<id>`).
  func orderID(number: Int64) throws -> Int64 {
    guard let row = try OrderRow.find(number: number, in: db) else {
      throw OrderError.notFound(number)
    }
    return row.id
  }

  func order(id: Int64, detail: Bool) throws -> OrderInfo {
    guard let row = try OrderRow.find(id: id, in: db) else { throw PrintError.nothingToPrint }
    return try shop.orders.info(row, detail: detail)
  }

  /// An order as a slip: every line with its category, the customer, when
  /// and how it leaves, the order's note.
  func orderSlip(id: Int64) throws -> KitchenSlip {
    let order = try order(id: id, detail: false)
    var slip = KitchenSlip(
      source: .order(number: order.number), at: order.createdAt,
      lines: order.lines.map {
        KitchenSlipLine(
          name: $0.name, quantity: $0.quantity, unit: $0.unit, options: $0.options,
          note: $0.note, categoryID: $0.categoryID)
      })
    slip.customer = order.customerName.isEmpty ? nil : order.customerName
    slip.due = order.dueAt
    slip.delivery = delivery(order)
    slip.note = order.note
    return slip
  }

  func delivery(_ order: OrderInfo) -> KitchenDelivery {
    switch order.delivery {
    case .pickup: .pickup
    case .dispatch: .delivery(address: order.address)
    }
  }

  /// An order as its voucher (without the conditions: `OrderVouchers`
  /// adds them). Señas by method as received, less what was given back;
  /// the balance is the order's.
  func orderVoucher(id: Int64) throws -> OrderVoucher {
    let order = try order(id: id, detail: true)
    var byMethod: [(method: String, amount: Money)] = []
    for deposit in order.deposits {
      let sign: Int64
      switch deposit.kind {
      case .received: sign = 1
      case .returned: sign = -1
      case .kept, .applied: continue
      }
      let amount = Money(deposit.amount.minorUnits * sign)
      if let i = byMethod.firstIndex(where: { $0.method == deposit.method.rawValue }) {
        byMethod[i].amount = byMethod[i].amount + amount
      } else {
        byMethod.append((deposit.method.rawValue, amount))
      }
    }
    return OrderVoucher(
      number: order.number, at: order.createdAt, userName: order.createdBy,
      customer: order.customerName.isEmpty ? nil : order.customerName, due: order.dueAt,
      delivery: delivery(order),
      lines: order.lines.map {
        OrderVoucherLine(
          name: $0.name, quantity: $0.quantity, unit: $0.unit, unitPrice: $0.unitPrice,
          amount: $0.total, options: $0.options, note: $0.note)
      }, discount: order.discount, total: order.total,
      deposits: byMethod.filter { $0.amount != .zero }.map {
        OrderVoucherDeposit(method: $0.method, amount: $0.amount)
      }, balance: order.balance, note: order.note, state: order.state.rawValue,
      cancelled: order.state == .cancelled)
  }
}
