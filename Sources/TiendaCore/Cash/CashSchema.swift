import TiendaStore

extension Schema {
  /// Migration 6: cash movements (ingreso, retiro, drawer opened without a
  /// sale) and Z reports with every figure stored at closing.
  ///
  /// All of it is ledger: triggers refuse UPDATE and DELETE, a closed
  /// session cannot be reopened or changed, and nothing new may be written
  /// into a closed session (so a Z report never goes stale).
  static let cash = Migration(
    version: 6,
    sql: """
      CREATE TABLE cash_movements(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER REFERENCES cash_sessions(id),
        kind TEXT NOT NULL CHECK (kind IN ('ingreso', 'retiro', 'cajón')),
        amount INTEGER NOT NULL CHECK (amount >= 0),
        reason TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL,
        user_name TEXT,
        approved_by TEXT,
        CHECK ((kind = 'cajón' AND amount = 0) OR (kind <> 'cajón' AND amount > 0))
      ) STRICT;
      CREATE INDEX cash_movements_session ON cash_movements(session_id, kind);

      CREATE TABLE z_reports(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        number INTEGER NOT NULL CHECK (number > 0),
        session_id INTEGER NOT NULL UNIQUE REFERENCES cash_sessions(id),
        register_name TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        opened_by TEXT,
        auto_opened INTEGER NOT NULL,
        closed_at INTEGER NOT NULL,
        closed_by TEXT,
        approved_by TEXT,
        opening_float INTEGER NOT NULL,
        sales_count INTEGER NOT NULL,
        first_sale INTEGER,
        last_sale INTEGER,
        sales_total INTEGER NOT NULL,
        sales_net INTEGER NOT NULL,
        line_discounts INTEGER NOT NULL,
        ticket_discounts INTEGER NOT NULL,
        coupon_count INTEGER NOT NULL,
        coupon_discounts INTEGER NOT NULL,
        voids_count INTEGER NOT NULL,
        voids_total INTEGER NOT NULL,
        returns_count INTEGER NOT NULL,
        returns_total INTEGER NOT NULL,
        refunds_net INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        cash_sales INTEGER NOT NULL,
        cash_refunds INTEGER NOT NULL,
        deposits_count INTEGER NOT NULL,
        deposits INTEGER NOT NULL,
        withdrawals_count INTEGER NOT NULL,
        withdrawals INTEGER NOT NULL,
        drawer_opens INTEGER NOT NULL,
        expected_cash INTEGER NOT NULL,
        counted_cash INTEGER NOT NULL CHECK (counted_cash >= 0),
        cash_difference INTEGER NOT NULL,
        left_float INTEGER NOT NULL CHECK (left_float >= 0 AND left_float <= counted_cash),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (register_id, number)
      ) STRICT;

      -- Per payment method: payments counted, expected, counted (NULL when
      -- not declared at closing) and the difference.
      CREATE TABLE z_report_methods(
        z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
        method TEXT NOT NULL,
        payments INTEGER NOT NULL,
        expected INTEGER NOT NULL,
        counted INTEGER,
        difference INTEGER,
        PRIMARY KEY (z_report_id, method)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE z_report_taxes(
        z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
        code TEXT NOT NULL,
        rate INTEGER NOT NULL,
        sales INTEGER NOT NULL,
        refunds INTEGER NOT NULL,
        PRIMARY KEY (z_report_id, code, rate)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE z_report_denominations(
        z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
        value INTEGER NOT NULL CHECK (value > 0),
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (z_report_id, value)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
        BEGIN SELECT RAISE(ABORT, 'un movimiento de caja no se puede modificar'); END;
      CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
        BEGIN SELECT RAISE(ABORT, 'un movimiento de caja no se puede borrar'); END;
      CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
      CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
      CREATE TRIGGER z_report_methods_no_update BEFORE UPDATE ON z_report_methods
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
      CREATE TRIGGER z_report_methods_no_delete BEFORE DELETE ON z_report_methods
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
      CREATE TRIGGER z_report_taxes_no_update BEFORE UPDATE ON z_report_taxes
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
      CREATE TRIGGER z_report_taxes_no_delete BEFORE DELETE ON z_report_taxes
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
      CREATE TRIGGER z_report_denominations_no_update BEFORE UPDATE ON z_report_denominations
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
      CREATE TRIGGER z_report_denominations_no_delete BEFORE DELETE ON z_report_denominations
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;

      -- A closed session is final: not reopened, not deleted, and nothing
      -- new is written into it.
      CREATE TRIGGER cash_sessions_closed_final BEFORE UPDATE ON cash_sessions
        WHEN OLD.closed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'una caja cerrada no se puede modificar'); END;
      CREATE TRIGGER cash_sessions_no_delete BEFORE DELETE ON cash_sessions
        BEGIN SELECT RAISE(ABORT, 'una sesión de caja no se puede borrar'); END;
      CREATE TRIGGER sales_session_open BEFORE INSERT ON sales
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER refunds_session_open BEFORE INSERT ON refunds
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER payments_session_open BEFORE INSERT ON payments
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER cash_movements_session_open BEFORE INSERT ON cash_movements
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      """)
}
