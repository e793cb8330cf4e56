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

/// One sale sealed by the journal row that recorded it (`venta.registrar`),
/// with its seal as recorded and as its rows give it now.
struct SealedSaleRow: FetchableRow {
  let register: String
  let number: Int64
  /// Nil when the sale is gone.
  let saleID: Int64?
  let recorded: String?
  let current: String?

  init(row: Row) throws {
    register = try row["register_name"]
    number = try row["number"]
    saleID = try row["sale_id"]
    recorded = try row["seal"]
    current = try row["current_seal"]
  }

  /// Every sealed sale, driven from the journal and streamed, each sale
  /// found by its unique (register, number) index.
  static func forEach(_ db: Database, _ body: (SealedSaleRow) throws -> Void) throws {
    try db.forEach(
      """
      SELECT coalesce(r.name, 'caja ' || j.register_part) AS register_name,
        j.number_part AS number, j.seal, s.id AS sale_id,
        CASE WHEN s.id IS NULL THEN NULL
             ELSE sha256_hex(\(SaleSeal.canonicalSQL(id: "s.id"))) END AS current_seal
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
    ) { try body(SealedSaleRow(row: $0)) }
  }
}

/// The seals' other queries.
enum SaleSealQueries {
  /// The seal of one sale as its rows give it now.
  static func seal(_ db: Database, saleID: Int64) throws -> String {
    let seal: String?? = try db.fetchValue(
      "SELECT sha256_hex(\(SaleSeal.canonicalSQL(id: "?1"))) AS seal", [.integer(saleID)])
    return (seal ?? nil) ?? ""
  }

  /// The journal row `bitácora.sellar`: the last sale it covers and the
  /// chained seal of those sales.
  static func earlierSalesRecord(_ db: Database) throws -> (upTo: Int64, seal: String?)? {
    try db.queryFirst(
      """
      SELECT json_extract(after, '$.hasta_venta') AS up_to, json_extract(after, '$.sello') AS seal
      FROM journal WHERE action = 'bitácora.sellar' ORDER BY id LIMIT 1
      """
    ).map { row in
      let upTo: Int64? = try row["up_to"]
      return (upTo: upTo ?? 0, seal: try row["seal"])
    }
  }

  /// The seal of each sale up to `upTo`, in id order, streamed.
  static func forEachSeal(_ db: Database, upTo: Int64, _ body: (String?) -> Void) throws {
    try db.forEach(
      "SELECT sha256_hex(\(SaleSeal.canonicalSQL(id: "s.id"))) AS seal FROM sales s WHERE s.id <= ? ORDER BY s.id",
      [.integer(upTo)]
    ) { body(try $0["seal"]) }
  }

  static func salesCount(_ db: Database, after id: Int64) throws -> Int64 {
    try db.fetchValue("SELECT count(*) AS n FROM sales WHERE id > ?", [.integer(id)]) ?? 0
  }

  /// Sales after `id` that no journal row sealed (at most 20).
  static func unsealedSales(_ db: Database, after id: Int64) throws
    -> [(register: String, number: Int64)]
  {
    try db.query(
      """
      SELECT r.name AS register_name, s.number FROM sales s
        JOIN registers r ON r.id = s.register_id
      WHERE s.id > ? AND NOT EXISTS (
        SELECT 1 FROM journal j WHERE j.action = 'venta.registrar'
          AND j.entity_id = s.register_id || '-' || s.number
          AND json_extract(j.after, '$.sello') IS NOT NULL)
      ORDER BY s.id LIMIT 20
      """, [.integer(id)]
    ).map { (register: try $0["register_name"], number: try $0["number"]) }
  }
}
