import TiendaStore

/// Cash going out of the drawer (a `retiro`, a cash refund, a gift card paid
/// back in cash) may not exceed what the drawer should hold: one check for
/// all of them.
extension CashRegister {
  /// What the drawer of `session` should hold now. When `amount` (cash to
  /// hand out) is more than that, throws `refused(amount, available)`.
  func expectedCash(
    in session: CashSession, handingOut amount: Money,
    otherwise refused: (_ requested: Money, _ available: Money) -> any Error
  ) throws -> Money {
    let available = try cashReport(for: session, registerName: actor.registerName).expectedCash
    if amount > .zero && amount > available { throw refused(amount, available) }
    return available
  }
}
