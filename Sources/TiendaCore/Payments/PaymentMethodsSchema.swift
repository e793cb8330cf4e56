import TiendaStore

extension Schema {
  /// Migration 13: payment methods as data (DESIGN §8.11).
  ///
  /// - `payment_methods`: the built-ins and the shop's own. `type` is for
  ///   reports; `reference_required` refuses a payment without `ref`;
  ///   `available` is 0 for built-ins whose rules have not landed yet
  ///   (fiado, tarjeta-regalo, puntos): they cannot be paid with nor
  ///   activated until a later migration makes them available.
  /// - `payments` loses its fixed list of methods: rebuilt with every row,
  ///   its indexes and its triggers (immutability, no-replace, open
  ///   session), DESIGN §8.17. `method` keeps the name the payment was made
  ///   with, so history keeps it. The triggers are created in their old
  ///   order (SQLite fires the newest first: a replaced row is named before
  ///   a closed session, as before).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let paymentMethods = Migration(
    version: 13,
    sql: """
      CREATE TABLE payment_methods(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('tarjeta', 'transferencia', 'billetera', 'vale',
          'cheque', 'efectivo', 'otro')),
        reference_required INTEGER NOT NULL DEFAULT 0 CHECK (reference_required IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO payment_methods(id, name, name_folded, type, active, builtin, available,
          created_at)
        VALUES (1, 'efectivo', 'efectivo', 'efectivo', 1, 1, 1, unixepoch()),
          (2, 'débito', 'debito', 'tarjeta', 1, 1, 1, unixepoch()),
          (3, 'crédito', 'credito', 'tarjeta', 1, 1, 1, unixepoch()),
          (4, 'transferencia', 'transferencia', 'transferencia', 1, 1, 1, unixepoch()),
          (5, 'fiado', 'fiado', 'otro', 0, 1, 0, unixepoch()),
          (6, 'tarjeta-regalo', 'tarjeta-regalo', 'vale', 0, 1, 0, unixepoch()),
          (7, 'puntos', 'puntos', 'otro', 0, 1, 0, unixepoch());

      CREATE TABLE payments_rebuilt(
        id INTEGER PRIMARY KEY,
        sale_id INTEGER REFERENCES sales(id),
        refund_id INTEGER REFERENCES refunds(id),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
        method TEXT NOT NULL CHECK (method <> ''),
        amount INTEGER NOT NULL,
        tendered INTEGER NOT NULL,
        change INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        reference TEXT,
        at INTEGER NOT NULL,
        CHECK ((sale_id IS NULL) <> (refund_id IS NULL))
      ) STRICT;
      INSERT INTO payments_rebuilt(id, sale_id, refund_id, register_id, session_id, method,
          amount, tendered, change, rounding, reference, at)
        SELECT id, sale_id, refund_id, register_id, session_id, method, amount, tendered,
          change, rounding, reference, at
        FROM payments ORDER BY id;
      DROP TABLE payments;
      ALTER TABLE payments_rebuilt RENAME TO payments;
      CREATE INDEX payments_sale ON payments(sale_id);
      CREATE INDEX payments_session ON payments(session_id, method);
      CREATE INDEX payments_method ON payments(method);
      CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
        BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede modificar'); END;
      CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
        BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede borrar'); END;
      CREATE TRIGGER payments_session_open BEFORE INSERT ON payments
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER payments_no_replace BEFORE INSERT ON payments
        WHEN EXISTS (SELECT 1 FROM payments WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede reemplazar'); END;
      """)
}
