import TiendaStore

extension Schema {
  /// Migration 20: customer accounts, «fiado» (issue 16 B, DESIGN §8.5,
  /// §8.9 to §8.12).
  ///
  /// - `account_moves`: the account's ledger. Its balance (what the
  ///   customer owes) is the sum of `amount`: a sale on credit and a loan
  ///   add, an abono and a return credited to the account subtract, an
  ///   adjustment (`ajustar cuenta`, with a reason) goes either way. Each
  ///   move has its register, session, time, user and approver, and the sale
  ///   or refund it belongs to. An abono carries its own payment (method,
  ///   amount, tendered, change, rounding, reference): it is not a sale. A
  ///   loan is cash out of the drawer (`method` efectivo).
  ///   Ledger: no update, no delete, no replace; a move of a closed session
  ///   is refused, like a payment.
  /// - `account_balances`: the cached balance per customer, kept by a
  ///   trigger in the same statement as each move (`verificar base`
  ///   compares it with the ledger's sum).
  /// - `fiado` becomes payable (available and active).
  /// - New rights for supervisors and dueños: `fiar-sobre-límite` (a sale
  ///   on credit past the limit) and `prestar` (cash lent to a customer).
  ///
  /// Every object is created `IF NOT EXISTS`, like migration 19: a file
  /// taken back to an earlier version re-runs it harmlessly.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let accounts = Migration(
    version: 20,
    sql: """
      CREATE TABLE IF NOT EXISTS account_moves(
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        kind TEXT NOT NULL CHECK (kind IN ('venta', 'abono', 'préstamo', 'devolución',
          'ajuste')),
        amount INTEGER NOT NULL CHECK (amount <> 0),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER REFERENCES cash_sessions(id),
        at INTEGER NOT NULL,
        user_name TEXT,
        approved_by TEXT,
        sale_id INTEGER REFERENCES sales(id),
        refund_id INTEGER REFERENCES refunds(id),
        method TEXT,
        paid INTEGER NOT NULL DEFAULT 0,
        tendered INTEGER NOT NULL DEFAULT 0,
        change INTEGER NOT NULL DEFAULT 0,
        rounding INTEGER NOT NULL DEFAULT 0,
        reference TEXT,
        reason TEXT NOT NULL DEFAULT '',
        CHECK (CASE kind
          WHEN 'venta' THEN amount > 0 AND sale_id IS NOT NULL AND refund_id IS NULL
            AND session_id IS NOT NULL
          WHEN 'abono' THEN amount < 0 AND method IS NOT NULL AND sale_id IS NULL
            AND refund_id IS NULL AND session_id IS NOT NULL
          WHEN 'préstamo' THEN amount > 0 AND method = 'efectivo' AND sale_id IS NULL
            AND refund_id IS NULL AND session_id IS NOT NULL AND reason <> ''
          WHEN 'devolución' THEN amount < 0 AND refund_id IS NOT NULL
            AND session_id IS NOT NULL
          ELSE sale_id IS NULL AND refund_id IS NULL AND reason <> '' END)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS account_moves_customer ON account_moves(customer_id, id);
      CREATE INDEX IF NOT EXISTS account_moves_session ON account_moves(session_id, kind)
        WHERE session_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS account_moves_sale ON account_moves(sale_id) WHERE sale_id IS NOT NULL;
      CREATE TABLE IF NOT EXISTS account_balances(
        customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
        balance INTEGER NOT NULL,
        moves INTEGER NOT NULL
      ) STRICT;
      CREATE TRIGGER IF NOT EXISTS account_moves_no_update BEFORE UPDATE ON account_moves
        BEGIN SELECT RAISE(ABORT, 'un movimiento de cuenta no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS account_moves_no_delete BEFORE DELETE ON account_moves
        BEGIN SELECT RAISE(ABORT, 'un movimiento de cuenta no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS account_moves_session_open BEFORE INSERT ON account_moves
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER IF NOT EXISTS account_moves_no_replace BEFORE INSERT ON account_moves
        WHEN EXISTS (SELECT 1 FROM account_moves WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'un movimiento de cuenta no se puede reemplazar'); END;
      CREATE TRIGGER IF NOT EXISTS account_moves_balance AFTER INSERT ON account_moves
        BEGIN
          INSERT INTO account_balances(customer_id, balance, moves)
            VALUES (NEW.customer_id, NEW.amount, 1)
            ON CONFLICT(customer_id) DO UPDATE
              SET balance = balance + excluded.balance, moves = moves + 1;
        END;
      UPDATE payment_methods SET available = 1, active = 1 WHERE name = 'fiado';
      UPDATE roles SET rights = rights || ',fiar-sobre-límite'
      WHERE code_folded IN ('supervisor', 'dueno')
        AND ',' || rights || ',' NOT LIKE '%,fiar-sobre-límite,%';
      UPDATE roles SET rights = rights || ',prestar'
      WHERE code_folded IN ('supervisor', 'dueno')
        AND ',' || rights || ',' NOT LIKE '%,prestar,%';
      """)
}
