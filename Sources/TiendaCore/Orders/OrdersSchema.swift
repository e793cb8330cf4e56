import TiendaStore

extension Schema {
  /// Migration 26: orders (pedidos, issue 20 A).
  ///
  /// - `orders`: one order: its number, customer (a registered one, or a
  ///   name as typed), when it is due (`due_at`, an instant), pickup or
  ///   delivery and its address, note, state, the prices frozen when it was
  ///   saved (`subtotal`, `discount`, `total`), the deposit held
  ///   (`deposit`, a cache of `order_deposits` that `verificar base`
  ///   compares) and, once delivered, its sale.
  /// - `order_lines`: the lines as saved; the unit price is the one at
  ///   order time (options included). Replaced as a whole when the order
  ///   is edited (the journal keeps before and after).
  /// - `order_states`: every change of state, who and when. Ledger.
  /// - `order_deposits`: señas received, returned, kept on a cancel, and
  ///   applied to the sale on delivery. Ledger.
  /// - `order_drafts`: an order being created or edited is this
  ///   terminal's open ticket (DESIGN §8.4) plus this row; deleting the
  ///   ticket deletes it. One draft per order at a time.
  /// - «seña» (internal, not in `payment_methods`: it cannot be typed,
  ///   listed or counted): the applied deposit as a payment of the sale,
  ///   never cash; `payments_method_payable` lets it through.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let orders = Migration(
    version: 26,
    sql: """
      CREATE TABLE IF NOT EXISTS orders(
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        customer_id INTEGER REFERENCES customers(id),
        customer_name TEXT NOT NULL DEFAULT '',
        customer_phone TEXT NOT NULL DEFAULT '',
        due_at INTEGER,
        delivery TEXT NOT NULL DEFAULT 'retiro' CHECK (delivery IN ('retiro', 'despacho')),
        address TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'nuevo' CHECK (state IN ('nuevo', 'en preparación',
          'listo', 'entregado', 'anulado')),
        subtotal INTEGER NOT NULL,
        discount INTEGER NOT NULL DEFAULT 0,
        discount_percent INTEGER,
        discount_amount INTEGER,
        total INTEGER NOT NULL,
        deposit INTEGER NOT NULL DEFAULT 0 CHECK (deposit >= 0),
        sale_id INTEGER REFERENCES sales(id),
        created_at INTEGER NOT NULL,
        created_by TEXT,
        updated_at INTEGER NOT NULL,
        CHECK ((state = 'entregado') = (sale_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX IF NOT EXISTS orders_open_due ON orders(due_at)
        WHERE state IN ('nuevo', 'en preparación', 'listo');
      CREATE TABLE IF NOT EXISTS order_lines(
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        name TEXT NOT NULL,
        category_id INTEGER,
        unit TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price INTEGER NOT NULL,
        options TEXT NOT NULL DEFAULT '',
        option_names TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        discount_percent INTEGER,
        discount_amount INTEGER,
        total INTEGER NOT NULL,
        UNIQUE (order_id, position)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS order_lines_product ON order_lines(product_id);
      CREATE TABLE IF NOT EXISTS order_states(
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        from_state TEXT,
        to_state TEXT NOT NULL,
        at INTEGER NOT NULL,
        user_name TEXT,
        approved_by TEXT,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX IF NOT EXISTS order_states_order ON order_states(order_id, id);
      CREATE TRIGGER IF NOT EXISTS order_states_no_update BEFORE UPDATE ON order_states
        BEGIN SELECT RAISE(ABORT, 'un cambio de estado de pedido no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS order_states_no_delete BEFORE DELETE ON order_states
        BEGIN SELECT RAISE(ABORT, 'un cambio de estado de pedido no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS order_states_no_replace BEFORE INSERT ON order_states
        WHEN EXISTS (SELECT 1 FROM order_states WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'un cambio de estado de pedido no se puede reemplazar'); END;
      CREATE TABLE IF NOT EXISTS order_deposits(
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        kind TEXT NOT NULL CHECK (kind IN ('seña', 'devolución', 'retenida', 'aplicada')),
        method TEXT NOT NULL,
        reference TEXT,
        amount INTEGER NOT NULL CHECK (amount > 0),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER REFERENCES cash_sessions(id),
        sale_id INTEGER REFERENCES sales(id),
        at INTEGER NOT NULL,
        user_name TEXT,
        CHECK (kind NOT IN ('seña', 'devolución') OR session_id IS NOT NULL),
        CHECK (kind <> 'aplicada' OR sale_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS order_deposits_order ON order_deposits(order_id, id);
      CREATE INDEX IF NOT EXISTS order_deposits_session ON order_deposits(session_id, kind)
        WHERE session_id IS NOT NULL;
      CREATE TRIGGER IF NOT EXISTS order_deposits_no_update BEFORE UPDATE ON order_deposits
        BEGIN SELECT RAISE(ABORT, 'una seña no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS order_deposits_no_delete BEFORE DELETE ON order_deposits
        BEGIN SELECT RAISE(ABORT, 'una seña no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS order_deposits_no_replace BEFORE INSERT ON order_deposits
        WHEN EXISTS (SELECT 1 FROM order_deposits WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'una seña no se puede reemplazar'); END;
      CREATE TRIGGER IF NOT EXISTS order_deposits_session_open BEFORE INSERT ON order_deposits
        WHEN NEW.session_id IS NOT NULL
          AND (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TABLE IF NOT EXISTS order_drafts(
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
        order_id INTEGER UNIQUE REFERENCES orders(id),
        customer_id INTEGER REFERENCES customers(id),
        customer_name TEXT NOT NULL DEFAULT '',
        customer_phone TEXT NOT NULL DEFAULT '',
        due_at INTEGER,
        delivery TEXT NOT NULL DEFAULT 'retiro' CHECK (delivery IN ('retiro', 'despacho')),
        address TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        deposit_method TEXT,
        deposit_amount INTEGER CHECK (deposit_amount > 0),
        deposit_reference TEXT
      ) STRICT;
      DROP TRIGGER IF EXISTS payments_method_payable;
      CREATE TRIGGER payments_method_payable BEFORE INSERT ON payments
        WHEN NEW.sale_id IS NOT NULL AND NEW.method <> 'seña' AND NOT EXISTS (
          SELECT 1 FROM payment_methods WHERE name = NEW.method AND active = 1 AND available = 1)
        BEGIN SELECT RAISE(ABORT, 'medio de pago desactivado'); END;
      """)

  /// Migration 30 (issue 20 review): `order_lines.fixed_amount`, the line's
  /// amount as the order was taken when it is not quantity × price: an
  /// `importe` line, or a line a promotion lowered (its saving kept), so
  /// saving an edit and delivering charge what the order said (§8.7).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let orderLineAmounts = Migration(
    version: 30,
    sql: """
      ALTER TABLE order_lines ADD COLUMN fixed_amount INTEGER;
      """)
}
