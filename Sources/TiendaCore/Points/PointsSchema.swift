import TiendaStore

extension Schema {
  /// Migration 25: loyalty points (issue 19, part B; DESIGN §8.9, §8.11,
  /// §8.12).
  ///
  /// - `point_moves`: each customer's points ledger. `points` is signed:
  ///   `acumulación` (earned on a sale's paid amount, with the day it
  ///   expires in `expires_at`, NULL = never), `canje` (spent as payment
  ///   method `puntos` on a sale; `amount` is the money it paid),
  ///   `reintegro` (a void or return gave redeemed points back; `amount`
  ///   the money refunded to points), `reverso` (a void or return took back
  ///   the points earned on the returned part), `ajuste` (`ajustar puntos`,
  ///   with a reason). Expired points are not moves: they are computed from
  ///   the earned moves' `expires_at` (oldest points are spent first).
  ///   Ledger: no update, no delete, no replace; a move of a closed session
  ///   is refused, like a payment.
  /// - `puntos` becomes payable (available and active).
  ///
  /// Every object is created `IF NOT EXISTS`, like migration 20.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let points = Migration(
    version: 25,
    sql: """
      CREATE TABLE IF NOT EXISTS point_moves(
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        kind TEXT NOT NULL CHECK (kind IN ('acumulación', 'canje', 'reintegro', 'reverso',
          'ajuste')),
        points INTEGER NOT NULL CHECK (points <> 0),
        amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
        expires_at INTEGER,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER REFERENCES cash_sessions(id),
        at INTEGER NOT NULL,
        user_name TEXT,
        approved_by TEXT,
        sale_id INTEGER REFERENCES sales(id),
        refund_id INTEGER REFERENCES refunds(id),
        reason TEXT NOT NULL DEFAULT '',
        CHECK (CASE kind
          WHEN 'acumulación' THEN points > 0 AND sale_id IS NOT NULL AND refund_id IS NULL
          WHEN 'canje' THEN points < 0 AND amount > 0 AND sale_id IS NOT NULL
            AND refund_id IS NULL AND session_id IS NOT NULL
          WHEN 'reintegro' THEN points > 0 AND amount > 0 AND refund_id IS NOT NULL
            AND session_id IS NOT NULL
          WHEN 'reverso' THEN points < 0 AND refund_id IS NOT NULL
          ELSE sale_id IS NULL AND refund_id IS NULL AND reason <> '' END)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS point_moves_customer ON point_moves(customer_id, id);
      CREATE INDEX IF NOT EXISTS point_moves_sale ON point_moves(sale_id)
        WHERE sale_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS point_moves_session ON point_moves(session_id, kind)
        WHERE session_id IS NOT NULL;
      CREATE TRIGGER IF NOT EXISTS point_moves_no_update BEFORE UPDATE ON point_moves
        BEGIN SELECT RAISE(ABORT, 'un movimiento de puntos no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS point_moves_no_delete BEFORE DELETE ON point_moves
        BEGIN SELECT RAISE(ABORT, 'un movimiento de puntos no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS point_moves_session_open BEFORE INSERT ON point_moves
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER IF NOT EXISTS point_moves_no_replace BEFORE INSERT ON point_moves
        WHEN EXISTS (SELECT 1 FROM point_moves WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'un movimiento de puntos no se puede reemplazar'); END;
      UPDATE payment_methods SET available = 1, active = 1 WHERE name = 'puntos';
      """)
}
