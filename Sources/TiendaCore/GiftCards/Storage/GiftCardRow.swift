import TiendaStore

/// A new row of `gift_cards` (written once).
struct NewGiftCardRow: PersistableRow {
  static let table = "gift_cards"

  let code: String
  let amount: Money
  let registerID: Int64
  let issuedAt: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "code": code, "code_folded": GiftCardCode.folded(code), "amount": amount.minorUnits,
      "register_id": registerID, "issued_at": issuedAt,
    ]
  }
}

/// A card with its balance, read from its moves.
struct GiftCardRow: FetchableRow {
  let card: GiftCard

  init(row: Row) throws {
    card = GiftCard(
      id: try row["id"], code: try row["code"], amount: Money(try row.int("amount")),
      issuedAt: try row["issued_at"], balance: Money(try row.int("balance")),
      voided: try row["voided"], issueMethod: PaymentMethod(rawValue: try row["issue_method"]))
  }

  private static let select = """
    SELECT c.id, c.code, c.amount, c.issued_at,
      (SELECT coalesce(sum(m.amount), 0) FROM gift_card_moves m WHERE m.card_id = c.id)
        AS balance,
      EXISTS (SELECT 1 FROM gift_card_moves m WHERE m.card_id = c.id AND m.kind = 'anulación')
        AS voided,
      (SELECT m.method FROM gift_card_moves m WHERE m.card_id = c.id AND m.kind = 'emisión')
        AS issue_method
    FROM gift_cards c
    """

  /// The cards whose folded codes are `folded` (one statement).
  static func named(_ folded: [String], in db: Database) throws -> [GiftCard] {
    let rows: [GiftCardRow] = try db.fetchAll(
      select + " WHERE c.code_folded IN (\(Database.placeholders(max(1, folded.count))))",
      folded.map { .text($0) })
    return rows.map(\.card)
  }

  /// Card `id`.
  static func byID(_ id: Int64, in db: Database) throws -> GiftCard? {
    let row: GiftCardRow? = try db.fetchOne(select + " WHERE c.id = ?", [.integer(id)])
    return row?.card
  }

  /// Every card, oldest first.
  static func all(in db: Database) throws -> [GiftCard] {
    let rows: [GiftCardRow] = try db.fetchAll(select + " ORDER BY c.id")
    return rows.map(\.card)
  }

  /// Whether a card already has this folded code.
  static func exists(folded: String, in db: Database) throws -> Bool {
    try db.fetchValue("SELECT 1 FROM gift_cards WHERE code_folded = ?", [.text(folded)]) ?? false
  }
}
