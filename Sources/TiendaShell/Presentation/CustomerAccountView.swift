import TiendaCore

/// The hook of the customer's account (issue 16, part B: fiado): what
/// `cliente <cliente>` on a ticket and `ver cliente` show about the
/// customer's balance and the limit left. Part A (customers) shows
/// nothing here; the fiado part fills these in.
enum CustomerAccountView {
  /// Lines under «Cliente: …» on a ticket (balance, limit left).
  static func ticketLines(_ customer: CustomerInfo, shop: Shop) -> [String] { [] }

  /// Extra fields of `ver cliente` (balance), after the customer's own.
  static func recordFields(_ customer: CustomerInfo, shop: Shop) -> [(String, String, Cell)] {
    []
  }
}
