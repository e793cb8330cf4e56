extension Schema {
  /// Migration 23, sellers' part (issue 22): see `Schema.options`.
  ///
  /// - `sellers`: who sells (not a user: a seller may have no login), with
  ///   a commission (thousandths of a percent) or none.
  /// - `product_commissions`: a product's own commission, which overrides
  ///   the seller's.
  /// - `tickets.seller_id`, `ticket_lines.seller_id`: the seller of an open
  ///   ticket and of each line.
  /// - `sale_line_sellers`: the seller of a recorded sale line with the
  ///   commission that applies; a ledger (immutable). Changing the seller
  ///   of a sale adds a row; the newest row of a line is its seller.
  static let sellersSQL = """
    CREATE TABLE IF NOT EXISTS sellers(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL UNIQUE,
      commission INTEGER CHECK (commission IS NULL OR commission BETWEEN 0 AND 100000),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS product_commissions(
      product_id INTEGER PRIMARY KEY REFERENCES products(id),
      commission INTEGER NOT NULL CHECK (commission BETWEEN 0 AND 100000)
    ) STRICT;
    ALTER TABLE tickets ADD COLUMN seller_id INTEGER;
    ALTER TABLE ticket_lines ADD COLUMN seller_id INTEGER;
    CREATE TABLE IF NOT EXISTS sale_line_sellers(
      id INTEGER PRIMARY KEY,
      sale_id INTEGER NOT NULL REFERENCES sales(id),
      position INTEGER NOT NULL,
      seller_id INTEGER NOT NULL REFERENCES sellers(id),
      seller_name TEXT NOT NULL,
      commission INTEGER NOT NULL CHECK (commission BETWEEN 0 AND 100000),
      at INTEGER NOT NULL,
      user_name TEXT,
      approved_by TEXT
    ) STRICT;
    CREATE INDEX IF NOT EXISTS sale_line_sellers_line ON sale_line_sellers(sale_id, position);
    CREATE TRIGGER IF NOT EXISTS sale_line_sellers_no_update BEFORE UPDATE ON sale_line_sellers
      BEGIN SELECT RAISE(ABORT, 'el vendedor de una venta no se modifica: se cambia'); END;
    CREATE TRIGGER IF NOT EXISTS sale_line_sellers_no_delete BEFORE DELETE ON sale_line_sellers
      BEGIN SELECT RAISE(ABORT, 'el vendedor de una venta no se puede borrar'); END;
    CREATE TRIGGER IF NOT EXISTS sale_line_sellers_no_replace BEFORE INSERT ON sale_line_sellers
      WHEN EXISTS (SELECT 1 FROM sale_line_sellers WHERE id = NEW.id)
      BEGIN SELECT RAISE(ABORT, 'el vendedor de una venta no se puede reemplazar'); END;
    """
}
