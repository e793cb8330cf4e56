/// The arithmetic of a purchase (DESIGN §8.13), without SQL: line amounts,
/// taxes and the weighted average cost.
enum PurchaseMath {
  /// A line to price: its product (with taxes) and what was typed.
  struct Input {
    let product: Product
    let quantity: Quantity
    let unitCost: Money
  }

  /// quantity × unit cost, rounded half up to the minor unit; beyond one
  /// amount's limit (§8.2) it is refused.
  static func lineAmount(_ quantity: Quantity, _ unitCost: Money, product: String) throws -> Money {
    let (product128) = Int128(quantity.thousandths) * Int128(unitCost.minorUnits)
    let rounded = (product128 * 2 + 1000) / 2000
    guard rounded <= Int128(Limits.amount) else { throw LimitError.lineAmount(product: product) }
    return Money(Int64(rounded))
  }

  /// The lines priced: net and taxes of each, the taxes by code and the
  /// totals. On a factura (net prices) each tax is its rate on the net of
  /// the lines that carry it, rounded half up once per purchase, and
  /// spread over those lines by largest remainder. With `precios con iva`
  /// each line's amount is gross and split as a boleta (`TaxMath.split`).
  static func price(_ inputs: [Input], gross: Bool) throws -> (
    lines: [PurchaseLine], taxes: [(code: String, amount: Money)], net: Money, total: Money
  ) {
    var lines: [PurchaseLine] = []
    for input in inputs {
      let amount = try lineAmount(input.quantity, input.unitCost, product: input.product.name)
      var line = PurchaseLine(
        productID: input.product.id, sku: input.product.sku, name: input.product.name,
        unit: input.product.unit, quantity: input.quantity, unitCost: input.unitCost)
      line.net = amount
      lines.append(line)
    }
    var byCode: [String: Money] = [:]
    var order: [String] = []
    if gross {
      for (i, input) in inputs.enumerated() {
        let (net, parts) = TaxMath.split(lines[i].net, taxes: input.product.taxes)
        lines[i].taxes = try parts.reduce(Money.zero) { try $0.adding($1) }
        lines[i].net = net
        for (tax, part) in zip(input.product.taxes, parts) {
          if byCode[tax.code] == nil { order.append(tax.code) }
          byCode[tax.code] = try (byCode[tax.code] ?? .zero).adding(part)
        }
      }
    } else {
      var rates: [String: Percent] = [:]
      for input in inputs {
        for tax in input.product.taxes where rates[tax.code] == nil {
          rates[tax.code] = tax.rate
          order.append(tax.code)
        }
      }
      for code in order {
        let carrying = inputs.indices.filter {
          inputs[$0].product.taxes.contains { $0.code == code }
        }
        let base = try carrying.reduce(Money.zero) { try $0.adding(lines[$1].net) }
        let rate = rates[code]!.thousandths
        let amount = Int64((Int128(base.minorUnits) * Int128(rate) * 2 + 100_000) / 200_000)
        byCode[code] = Money(amount)
        let shares = Rounding.allocate(amount, weights: carrying.map { lines[$0].net.minorUnits })
        for (i, share) in zip(carrying, shares) { lines[i].taxes = lines[i].taxes + Money(share) }
      }
    }
    let net = try lines.reduce(Money.zero) { try $0.adding($1.net) }
    let taxes = order.map { (code: $0, amount: byCode[$0] ?? .zero) }
    let total = try taxes.reduce(net) { try $0.adding($1.amount) }
    guard total.minorUnits <= Limits.amount else { throw LimitError.overflow }
    return (lines, taxes, net, total)
  }

  /// The weighted average cost after buying `quantity` at `unitCost` with
  /// `stock` on hand at `cost`: (stock × cost + quantity × unit cost) /
  /// (stock + quantity), rounded half up to the minor unit (the peso). With
  /// no stock on hand (zero or below) or no cost known, the new cost is the
  /// purchase's unit cost: units owed to customers carry no cost to average.
  static func averageCost(stock: Quantity, cost: Money?, quantity: Quantity, unitCost: Money)
    -> Money
  {
    guard let cost, stock.thousandths > 0, quantity.thousandths > 0 else { return unitCost }
    let value =
      Int128(stock.thousandths) * Int128(cost.minorUnits) + Int128(quantity.thousandths)
      * Int128(unitCost.minorUnits)
    let units = Int128(stock.thousandths) + Int128(quantity.thousandths)
    return Money(Int64((value * 2 + units) / (units * 2)))
  }
}
