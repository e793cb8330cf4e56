import TiendaStore

/// A customer with its account: the limit (its own, else its group's; none:
/// zero, no credit) and the cached balance.
struct AccountHolderRow: FetchableRow {
  let holder: AccountHolder

  init(row: Row) throws {
    holder = AccountHolder(
      id: try row["id"], name: try row["name"], rut: Self.shown(try row["rut"]),
      limit: Money(try row.int("credit_limit")), balance: Money(try row.int("balance")))
  }

  /// The RUT as every listing shows it (`12.345.678-5`), from its
  /// canonical form (`12345678-5`).
  static func shown(_ canonical: String?) -> String? {
    canonical.map { Rut(canonical: $0)?.formatted ?? $0 }
  }

  private static let select = """
    SELECT c.id, c.name, c.rut, coalesce(c.credit_limit, g.credit_limit, 0) AS credit_limit,
      coalesce(b.balance, 0) AS balance
    FROM customers c LEFT JOIN customer_groups g ON g.id = c.group_id
      LEFT JOIN account_balances b ON b.customer_id = c.id
    """

  static func byID(_ id: Int64, in db: Database) throws -> AccountHolder? {
    let row: AccountHolderRow? = try db.fetchOne(select + " WHERE c.id = ?", [.integer(id)])
    return row?.holder
  }

  /// Customers who owe something (cached balance above zero), largest first.
  static func owing(in db: Database) throws -> [AccountHolder] {
    let rows: [AccountHolderRow] = try db.fetchAll(
      select + " WHERE b.balance > 0 ORDER BY b.balance DESC, c.name")
    return rows.map(\.holder)
  }
}
