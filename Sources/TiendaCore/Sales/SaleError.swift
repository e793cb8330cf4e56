/// A refusal by the sale rules. The shell words each case in Spanish.
public enum SaleError: Error, Equatable {
  case noOpenTicket
  case emptyTicket
  case zeroQuantity(product: String)
  /// `quitar línea 7` on a ticket of 3 lines.
  case noSuchLine(Int, count: Int)
  case productNotInTicket(String)
  case percentOver100(Percent)
  case discountAboveAmount(discount: Money, amount: Money)
  /// New lines after a ticket-level discount (DESIGN.md §6).
  case linesAfterTicketDiscount
  case priceNeedsProduct(String)
  /// `importe` on a product whose price is 0: the quantity cannot be known.
  case amountOnZeroPrice(String)
  case expired(product: String, on: LocalDate)
  case notEnoughStock(product: String, stock: Quantity, wanted: Quantity, unit: ProductUnit)
  /// A one-line sale whose payment does not cover the total.
  case paymentShort(total: Money, paid: Money)
  case nonCashOverRemaining(method: PaymentMethod, amount: Money, remaining: Money)
  case alreadyPaid
  case badPaymentAmount
  case holdWithPayments(paid: Money)
  case tooManyHeld(maximum: Int)
  case holdNotFound(Int)
  case quoteNotFound(Int)
  case quoteExpired(Int, on: LocalDate)
  case ticketBusy
  case cannotChangeAfterPayment
  case saleNotFound(String)
  case alreadyVoided(number: Int64)
  case voidedSale(number: Int64)
  case productNotInSale(String, number: Int64)
  case returnsMoreThanSold(
    product: String, sold: Quantity, returned: Quantity, unit: ProductUnit,
    line: Int64? = nil, number: Int64 = 0)
  case nothingLeftToReturn(number: Int64)
  /// Every line of the sale was returned already.
  case fullyReturned(number: Int64)
  case couponNotFound(String, suggestion: String?)
  case couponInactive(String)
  case couponNotYet(String, from: LocalDate)
  case couponExpired(String, until: LocalDate)
  case couponBelowMinimum(String, minimum: Money, subtotal: Money)
  case couponUsedUp(String, uses: Int64)
  case couponExists(String)
  case badCoupon(String)
  case couponDates(from: LocalDate, until: LocalDate)
  // Sale rules (issue 12, item 6).
  /// An amount offered on a ticket whose total is $0.
  case zeroTotalTakesNoMoney(Money)
  /// `devolver venta 2 pan` when «Pan» is on several lines at different
  /// prices: the line must be named (`devolver venta 2 línea 3`).
  case productOnSeveralLines(String, lines: [Int64], number: Int64)
  /// `devolver venta 2 línea 7` on a sale of 3 lines.
  case noSuchSaleLine(Int64, count: Int, number: Int64)
  /// `devolver venta 2 pan línea 3` when line 3 is not «Pan».
  case productNotOnLine(String, line: Int64, number: Int64)
  /// `devolver venta 2 línea 3` when all of line 3 was returned.
  case lineAlreadyReturned(Int64, number: Int64)
  /// `ver venta 2-9`: register «Caja 2» has no sale 9.
  case saleNotOnRegister(number: Int64, register: String)
  /// A refund in cash of more than the drawer should hold (`original`: the
  /// sale was paid by some other method, so `reembolso original` helps).
  case refundExceedsCash(requested: Money, available: Money, original: Bool)
  /// `anular tarjeta-regalo`: its rest paid back in cash, more than the
  /// drawer should hold.
  case giftCardPayBackExceedsCash(code: String, requested: Money, available: Money)
}
