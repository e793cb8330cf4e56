import TiendaStore

extension Schema {
  /// Migration 5: register sessions, the open ticket (working state), sales,
  /// their lines, taxes and payments, voids and returns (ledger), coupons.
  ///
  /// Ledger tables refuse UPDATE and DELETE: a void or a return is a new row
  /// pointing at the sale. Amounts are integer minor units; quantities are
  /// thousandths; percentages thousandths of a percent.
  static let sales = Migration(
    version: 5,
    sql: """
      CREATE TABLE cash_sessions(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        opened_at INTEGER NOT NULL,
        opened_by TEXT,
        opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
        auto_opened INTEGER NOT NULL DEFAULT 0 CHECK (auto_opened IN (0, 1)),
        closed_at INTEGER,
        closed_by TEXT
      ) STRICT;
      CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions(register_id)
        WHERE closed_at IS NULL;

      CREATE TABLE coupons(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        code_folded TEXT NOT NULL UNIQUE,
        percent INTEGER CHECK (percent > 0 AND percent <= 100000),
        amount INTEGER CHECK (amount > 0),
        minimum INTEGER NOT NULL DEFAULT 0 CHECK (minimum >= 0),
        valid_from TEXT,
        valid_until TEXT,
        max_uses INTEGER CHECK (max_uses > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        CHECK ((percent IS NULL) <> (amount IS NULL))
      ) STRICT;

      -- Working state: the open ticket of each register, held tickets and quotes.
      CREATE TABLE tickets(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        state TEXT NOT NULL CHECK (state IN ('abierto', 'sostenido', 'cotización')),
        number INTEGER,
        name TEXT NOT NULL DEFAULT '',
        valid_until TEXT,
        opened_at INTEGER NOT NULL,
        user_name TEXT,
        discount_percent INTEGER CHECK (discount_percent > 0 AND discount_percent <= 100000),
        discount_amount INTEGER CHECK (discount_amount > 0),
        coupon_id INTEGER REFERENCES coupons(id),
        boleta TEXT,
        note TEXT NOT NULL DEFAULT '',
        gift INTEGER NOT NULL DEFAULT 0 CHECK (gift IN (0, 1)),
        quote_id INTEGER REFERENCES tickets(id),
        approvals TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE UNIQUE INDEX tickets_one_open ON tickets(register_id) WHERE state = 'abierto';
      CREATE UNIQUE INDEX tickets_numbers ON tickets(state, number) WHERE number IS NOT NULL;

      CREATE TABLE ticket_lines(
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price INTEGER,
        fixed_amount INTEGER,
        discount_percent INTEGER CHECK (discount_percent > 0 AND discount_percent <= 100000),
        discount_amount INTEGER CHECK (discount_amount > 0),
        note TEXT NOT NULL DEFAULT '',
        gift INTEGER NOT NULL DEFAULT 0 CHECK (gift IN (0, 1))
      ) STRICT;
      CREATE INDEX ticket_lines_ticket ON ticket_lines(ticket_id, position);

      CREATE TABLE ticket_payments(
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        method TEXT NOT NULL,
        amount INTEGER NOT NULL,
        tendered INTEGER NOT NULL,
        change INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        reference TEXT
      ) STRICT;

      -- Ledger.
      CREATE TABLE sales(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        number INTEGER NOT NULL,
        session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
        at INTEGER NOT NULL,
        user_name TEXT,
        subtotal INTEGER NOT NULL,
        line_discounts INTEGER NOT NULL,
        ticket_discount INTEGER NOT NULL,
        ticket_discount_percent INTEGER,
        coupon_id INTEGER REFERENCES coupons(id),
        coupon_discount INTEGER NOT NULL,
        total INTEGER NOT NULL,
        net INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        change INTEGER NOT NULL,
        boleta TEXT,
        note TEXT NOT NULL DEFAULT '',
        gift INTEGER NOT NULL DEFAULT 0,
        quote_id INTEGER,
        UNIQUE (register_id, number)
      ) STRICT;
      CREATE INDEX sales_at ON sales(at);
      CREATE INDEX sales_session ON sales(session_id);

      CREATE TABLE sale_lines(
        id INTEGER PRIMARY KEY,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        position INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        sku TEXT NOT NULL,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        unit_price INTEGER NOT NULL,
        price_includes_taxes INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        line_discount INTEGER NOT NULL,
        ticket_discount INTEGER NOT NULL,
        coupon_discount INTEGER NOT NULL,
        total INTEGER NOT NULL,
        net INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        open_price INTEGER NOT NULL DEFAULT 0,
        UNIQUE (sale_id, position)
      ) STRICT;
      CREATE INDEX sale_lines_product ON sale_lines(product_id);

      CREATE TABLE sale_line_taxes(
        line_id INTEGER NOT NULL REFERENCES sale_lines(id),
        code TEXT NOT NULL,
        rate INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        PRIMARY KEY (line_id, code)
      ) STRICT, WITHOUT ROWID;

      -- A void (anulación) or a return (devolución): numbered per register.
      CREATE TABLE refunds(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        number INTEGER NOT NULL,
        session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        kind TEXT NOT NULL CHECK (kind IN ('anulación', 'devolución')),
        at INTEGER NOT NULL,
        user_name TEXT,
        approved_by TEXT,
        reason TEXT NOT NULL DEFAULT '',
        total INTEGER NOT NULL,
        net INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        UNIQUE (register_id, number)
      ) STRICT;
      CREATE INDEX refunds_sale ON refunds(sale_id);
      CREATE INDEX refunds_session ON refunds(session_id);
      CREATE UNIQUE INDEX refunds_one_void ON refunds(sale_id) WHERE kind = 'anulación';

      CREATE TABLE refund_lines(
        id INTEGER PRIMARY KEY,
        refund_id INTEGER NOT NULL REFERENCES refunds(id),
        sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        total INTEGER NOT NULL,
        net INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX refund_lines_line ON refund_lines(sale_line_id);

      CREATE TABLE refund_line_taxes(
        refund_line_id INTEGER NOT NULL REFERENCES refund_lines(id),
        code TEXT NOT NULL,
        rate INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        PRIMARY KEY (refund_line_id, code)
      ) STRICT, WITHOUT ROWID;

      -- Money in (sale_id) or out (refund_id). amount: what it settles of the
      -- sale's total (or refunds); tendered: cash handed over (or handed back);
      -- change: given back; rounding: cash rounding (tendered - change - amount).
      -- Cash kept in the drawer = tendered - change (negative for a refund).
      CREATE TABLE payments(
        id INTEGER PRIMARY KEY,
        sale_id INTEGER REFERENCES sales(id),
        refund_id INTEGER REFERENCES refunds(id),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
        method TEXT NOT NULL CHECK (method IN ('efectivo', 'débito', 'crédito',
          'transferencia')),
        amount INTEGER NOT NULL,
        tendered INTEGER NOT NULL,
        change INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        reference TEXT,
        at INTEGER NOT NULL,
        CHECK ((sale_id IS NULL) <> (refund_id IS NULL))
      ) STRICT;
      CREATE INDEX payments_sale ON payments(sale_id);
      CREATE INDEX payments_session ON payments(session_id, method);

      CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
      CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
      CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
      CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
      CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
        BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede modificar'); END;
      CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
        BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede borrar'); END;
      CREATE TRIGGER refunds_no_update BEFORE UPDATE ON refunds
        BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede modificar'); END;
      CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
        BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede borrar'); END;

      UPDATE roles SET rights = rights || ',cambiar-precio'
        WHERE code_folded IN ('supervisor', 'dueno');

      INSERT INTO settings(key, value) VALUES
        ('venta.abrir_caja_sola', 'sí'),
        ('venta.redondeo_efectivo', 'sí'),
        ('venta.máximo_sostenidas', '20');
      """)
}
