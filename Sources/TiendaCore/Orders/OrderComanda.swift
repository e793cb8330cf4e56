/// The hook where a prepared order asks for its kitchen slip (comanda).
/// The comanda work (issue 20 B, printing) enqueues the slip here, in the
/// transaction of `preparar pedido N`, through `shop.printQueue`.
extension Orders {
  /// Called once the order moved to «en preparación», inside the same
  /// transaction. HOOK: the comanda helper wires the kitchen slip here.
  func orderPrepared(_ order: OrderInfo) throws {
    try shop.kitchen.enqueueOrderSlip(orderID: order.id)
  }
}
