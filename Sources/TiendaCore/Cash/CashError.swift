/// A refusal about registers, sessions and cash. The shell words each case
/// in Spanish (`Messages.describe(cash:)`); nothing was changed.
public enum CashError: Error, Equatable {
  /// `abrir caja` on a register whose session is already open.
  case sessionAlreadyOpen(register: String, openedAt: Int64, openedBy: String?)
  /// `cerrar caja`, `ingreso`, `retiro` or `arqueo` with no open session
  /// (closing twice lands here).
  case noOpenSession(register: String)
  /// An amount that must be positive (an ingreso or retiro of 0).
  case amountNotPositive(Money)
  /// A float, count or amount below zero (from code; the language already
  /// refuses `-500`).
  case negativeAmount(Money)
  /// A withdrawal larger than the cash the drawer should hold.
  case withdrawalExceedsCash(requested: Money, available: Money)
  /// `dejar` more than what was counted.
  case leaveExceedsCounted(leave: Money, counted: Money)
  /// The register still has an open ticket at closing.
  case openTicket(register: String, lines: Int)
  /// A count by denomination whose total disagrees with the amount given.
  case denominationsDisagree(total: Money, counted: Money)
  /// The same denomination twice, or a denomination or count of zero.
  case badDenomination(Money)
  /// `informe z N` for a number this register does not have.
  case noSuchZReport(register: String, number: Int64, last: Int64?)
  /// An ingreso or retiro without a reason.
  case reasonRequired
  /// `cerrar caja … fiado 7`: a method this version does not offer
  /// (reserved, unavailable) has nothing to count.
  case methodNotCountable(String)
}
