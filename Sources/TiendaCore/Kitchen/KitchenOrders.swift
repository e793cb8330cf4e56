extension Kitchen {
  // Wired to the Orders area once it lands (branch `pedidos`).
  func orderID(number: Int64) throws -> Int64 { throw PrintError.nothingToPrint }
  func orderSlip(id: Int64) throws -> KitchenSlip { throw PrintError.nothingToPrint }
  func orderVoucher(id: Int64) throws -> OrderVoucher { throw PrintError.nothingToPrint }
}
