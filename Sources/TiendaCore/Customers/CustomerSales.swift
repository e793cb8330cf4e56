/// A customer's sales (`ventas cliente juan [período]`).
public struct CustomerSales: Sendable {
  public let customer: CustomerInfo
  public let sales: [SaleListing]
  public let methods: [SalesMethodTotal]
}

extension SalesHistory {
  /// The sales of a customer (named by name, RUT or phone; deactivated
  /// ones too), in `period` or at any date, with what they were paid with.
  public func list(customer query: String, in period: Period?) throws -> CustomerSales {
    try db.read {
      let customer = try shop.customers.resolve(query, includeInactive: true)
      let bounds = period.map(LocalTime.bounds)
      return CustomerSales(
        customer: customer,
        sales: try SaleListingRow.ofCustomer(
          customer.id, between: bounds?.0, bounds?.1, in: db),
        methods: try MethodTotalRow.ofCustomer(
          customer.id, between: bounds?.0, bounds?.1, in: db))
    }
  }
}
