import TiendaStore

extension Schema {
  /// Migration 24: promotions (issue 19, DESIGN §8.7).
  ///
  /// - `promotions`: a rule: scope (`todo`, `producto`, `categoría`),
  ///   reward (`porcentaje`, `monto`, `lleva`, `pack`, `unidad`) with its
  ///   figures, and conditions (mínimo, días as `1,2` ISO weekdays, hour
  ///   range, dates, customer group); `origin` is `liquidación` for the
  ///   ones `liquidar` made.
  /// - `sale_line_promotions`: what each promotion saved on each line of a
  ///   sale (with taxes, as the customer saw it) and the units it touched; a
  ///   ledger, written in the sale's transaction only when one applied.
  /// - `tickets.promotions_off`: `sin promociones` on an open ticket.
  /// - The right `sin-promociones` for supervisors and dueños.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let promotions = Migration(
    version: 24,
    sql: """
      CREATE TABLE IF NOT EXISTS promotions(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        scope TEXT NOT NULL CHECK (scope IN ('todo', 'producto', 'categoría')),
        product_id INTEGER REFERENCES products(id),
        category_id INTEGER REFERENCES categories(id),
        reward TEXT NOT NULL CHECK (reward IN ('porcentaje', 'monto', 'lleva', 'pack', 'unidad')),
        n INTEGER NOT NULL DEFAULT 0 CHECK (n >= 0 AND n <= 1000),
        m INTEGER NOT NULL DEFAULT 0 CHECK (m >= 0 AND m <= 1000),
        percent INTEGER CHECK (percent IS NULL OR (percent > 0 AND percent <= 100000)),
        amount INTEGER CHECK (amount IS NULL OR (amount >= 0 AND amount <= 1000000000000)),
        minimum INTEGER CHECK (minimum IS NULL OR (minimum >= 0 AND minimum <= 1000000000000)),
        minimum_units INTEGER,
        days TEXT NOT NULL DEFAULT '',
        hour_from INTEGER CHECK (hour_from IS NULL OR (hour_from >= 0 AND hour_from <= 24)),
        hour_to INTEGER CHECK (hour_to IS NULL OR (hour_to >= 0 AND hour_to <= 24)),
        valid_from TEXT,
        valid_until TEXT,
        group_id INTEGER REFERENCES customer_groups(id),
        origin TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS sale_line_promotions(
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        position INTEGER NOT NULL,
        promotion_id INTEGER NOT NULL REFERENCES promotions(id),
        name TEXT NOT NULL,
        units INTEGER NOT NULL,
        saving INTEGER NOT NULL CHECK (saving >= 0),
        PRIMARY KEY (sale_id, position, promotion_id)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS sale_line_promotions_promotion
        ON sale_line_promotions(promotion_id);
      CREATE TRIGGER IF NOT EXISTS sale_line_promotions_no_update
        BEFORE UPDATE ON sale_line_promotions
        BEGIN SELECT RAISE(ABORT, 'las promociones de una venta no se pueden modificar'); END;
      CREATE TRIGGER IF NOT EXISTS sale_line_promotions_no_delete
        BEFORE DELETE ON sale_line_promotions
        BEGIN SELECT RAISE(ABORT, 'las promociones de una venta no se pueden borrar'); END;
      CREATE TRIGGER IF NOT EXISTS sale_line_promotions_no_replace
        BEFORE INSERT ON sale_line_promotions
        WHEN EXISTS (SELECT 1 FROM sale_line_promotions WHERE sale_id = NEW.sale_id
          AND position = NEW.position AND promotion_id = NEW.promotion_id)
        BEGIN SELECT RAISE(ABORT, 'las promociones de una venta no se pueden modificar'); END;
      ALTER TABLE tickets ADD COLUMN promotions_off INTEGER NOT NULL DEFAULT 0;
      UPDATE roles SET rights = rights || ',sin-promociones'
      WHERE code_folded IN ('supervisor', 'dueno')
        AND ',' || rights || ',' NOT LIKE '%,sin-promociones,%';
      """)
}
