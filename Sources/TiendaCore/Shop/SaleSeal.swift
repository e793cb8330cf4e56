import TiendaStore

/// A sale's seal: the SHA-256 of its row, lines, line taxes and payments,
/// stored in the journal row that recorded the sale (`"sello"` in its
/// `after`), which the journal's hash chain protects. `verificar base`
/// recomputes each seal, so a sale rewritten behind tienda's back shows.
///
/// Version 1 covers the columns listed below and must never change (seals
/// already written depend on it, and so does migration 10); columns added
/// to these tables later are not covered until a version 2 is written.
enum SaleSeal {
  /// The SQL text whose `sha256_hex` is the seal of the sale whose id is
  /// the expression `id` (`?1` for one sale, `s.id` inside a query).
  static func canonicalSQL(id: String) -> String {
    """
    'v1' || char(10) ||
    (SELECT json_array(id, register_id, number, session_id, at, user_name, subtotal,
       line_discounts, ticket_discount, ticket_discount_percent, coupon_id, coupon_discount,
       total, net, rounding, change, boleta, note, gift, quote_id)
     FROM sales WHERE id = \(id)) || char(10) ||
    (SELECT coalesce(group_concat(x, char(10)), '') FROM (
       SELECT json_array(id, position, product_id, sku, name, unit, quantity, unit_price,
         price_includes_taxes, amount, line_discount, ticket_discount, coupon_discount,
         total, net, note, open_price) AS x
       FROM sale_lines WHERE sale_id = \(id) ORDER BY id)) || char(10) ||
    (SELECT coalesce(group_concat(x, char(10)), '') FROM (
       SELECT json_array(t.line_id, t.code, t.rate, t.amount) AS x
       FROM sale_line_taxes t JOIN sale_lines l ON l.id = t.line_id
       WHERE l.sale_id = \(id) ORDER BY t.line_id, t.code)) || char(10) ||
    (SELECT coalesce(group_concat(x, char(10)), '') FROM (
       SELECT json_array(id, method, amount, tendered, change, rounding, reference, at) AS x
       FROM payments WHERE sale_id = \(id) ORDER BY id))
    """
  }

  /// The seal of every sale recorded before migration 10, chained in id
  /// order (`h = sha256_hex(h + "\n" + seal)`, from an empty `h`) into one
  /// hash kept in the journal row `bitácora.sellar`. A recursive query, so
  /// it streams: a year of sales needs no more memory than one.
  static func earlierSalesSQL(upTo: String) -> String {
    """
    WITH RECURSIVE c(id, h) AS (
      SELECT 0, ''
      UNION ALL
      SELECT s.id, sha256_hex(c.h || char(10) || sha256_hex(\(canonicalSQL(id: "s.id"))))
      FROM c JOIN sales s ON s.id = (SELECT min(id) FROM sales WHERE id > c.id)
      WHERE s.id <= \(upTo)
    )
    SELECT h FROM c WHERE id = \(upTo)
    """
  }
}

/// A sale that no longer matches its seal, or has none.
public struct SaleSealProblem: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// Its rows differ from what was sealed when it was recorded.
    case changed
    /// No journal row recorded it (it was added behind tienda's back).
    case unsealed
    /// The journal recorded it, but it is gone.
    case missing
  }
  public let register: String
  public let number: Int64
  public let kind: Kind
}

/// Sales recorded before the seals existed (migration 10), checked as one.
public struct EarlierSalesSeal: Sendable, Equatable {
  public let upToSaleID: Int64
  public let intact: Bool
}

extension Integrity {
  /// The seal of one sale, computed inside the transaction that records it.
  func saleSeal(_ saleID: Int64) throws -> String {
    try db.queryFirst("SELECT sha256_hex(\(SaleSeal.canonicalSQL(id: "?1")))", [.integer(saleID)])?
      .optionalString(0) ?? ""
  }

  /// The journal row that sealed the sales made before migration 10, if any.
  func earlierSalesSeal() throws -> EarlierSalesSeal? {
    guard
      let row = try db.queryFirst(
        """
        SELECT json_extract(after, '$.hasta_venta'), json_extract(after, '$.sello')
        FROM journal WHERE action = 'bitácora.sellar' ORDER BY id LIMIT 1
        """)
    else { return nil }
    let upTo = row.optionalInt(0) ?? 0
    var chained = ""
    try db.forEach(
      "SELECT sha256_hex(\(SaleSeal.canonicalSQL(id: "s.id"))) FROM sales s WHERE s.id <= ? ORDER BY s.id",
      [.integer(upTo)]
    ) { chained = JournalChain.sha256Hex(chained + "\n" + ($0.optionalString(0) ?? "")) }
    return EarlierSalesSeal(upToSaleID: upTo, intact: chained == row.optionalString(1))
  }

  /// Sales after `sealedUpTo` whose seal is missing or does not match, and
  /// sealed sales that are gone (at most 20 of each).
  ///
  /// Driven from the journal and streamed, each sale found by its unique
  /// (register, number) index: no transient index, little memory at year
  /// scale. Sales without a journal row are looked for only when the counts
  /// say there are some.
  func saleSealProblems(after sealedUpTo: Int64) throws -> [SaleSealProblem] {
    var problems: [SaleSealProblem] = []
    var sealedFound: Int64 = 0
    try db.forEach(
      """
      SELECT coalesce(r.name, 'caja ' || j.register_part), j.number_part, j.seal, s.id,
        CASE WHEN s.id IS NULL THEN NULL
             ELSE sha256_hex(\(SaleSeal.canonicalSQL(id: "s.id"))) END
      FROM (
        SELECT CAST(substr(entity_id, 1, instr(entity_id, '-') - 1) AS INTEGER) AS register_part,
               CAST(substr(entity_id, instr(entity_id, '-') + 1) AS INTEGER) AS number_part,
               json_extract(after, '$.sello') AS seal
        FROM journal WHERE action = 'venta.registrar'
      ) j
      LEFT JOIN sales s ON s.register_id = j.register_part AND s.number = j.number_part
      LEFT JOIN registers r ON r.id = j.register_part
      WHERE j.seal IS NOT NULL
      """
    ) { row in
      guard let saleID = row.optionalInt(3) else {
        if problems.count < 20 {
          problems.append(
            SaleSealProblem(register: row.string(0), number: row.int(1), kind: .missing))
        }
        return
      }
      if saleID > sealedUpTo { sealedFound += 1 }
      if row.optionalString(2) != row.optionalString(4), problems.count < 20 {
        problems.append(
          SaleSealProblem(register: row.string(0), number: row.int(1), kind: .changed))
      }
    }
    let sales = try db.scalarInt("SELECT count(*) FROM sales WHERE id > ?", [.integer(sealedUpTo)])
    guard sales > sealedFound else { return problems }
    problems += try db.query(
      """
      SELECT r.name, s.number FROM sales s JOIN registers r ON r.id = s.register_id
      WHERE s.id > ? AND NOT EXISTS (
        SELECT 1 FROM journal j WHERE j.action = 'venta.registrar'
          AND j.entity_id = s.register_id || '-' || s.number
          AND json_extract(j.after, '$.sello') IS NOT NULL)
      ORDER BY s.id LIMIT 20
      """, [.integer(sealedUpTo)]
    ).map { SaleSealProblem(register: $0.string(0), number: $0.int(1), kind: .unsealed) }
    return problems
  }
}
