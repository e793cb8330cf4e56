import TiendaStore

extension Schema {
  /// Migration 21: suppliers and purchases (issue 18, DESIGN §8.4, §8.13).
  ///
  /// - `suppliers`: catalog rows with a random global id (§8.15); never
  ///   deleted, deactivated.
  /// - `purchase_drafts`, `purchase_draft_lines`: a purchase being received
  ///   (`recibir compra`), one per terminal, owned like a ticket (§8.4).
  /// - `purchases`, `purchase_lines`, `purchase_taxes`: a confirmed purchase,
  ///   a ledger (no update, delete or replace). `unit_cost` is what one unit
  ///   cost (net on a factura; gross with `precios con iva`).
  /// - `purchase_payments`: payments against a purchase (ledger);
  ///   `session_id` is set when paid in cash from the register (§8.10).
  /// - `purchase_voids`: the compensating row of a voided purchase (ledger).
  /// - The right `compras` for supervisors and dueños (§8.5).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let purchases = Migration(
    version: 21,
    sql: """
      CREATE TABLE IF NOT EXISTS suppliers(
        id INTEGER PRIMARY KEY,
        global_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        rut TEXT,
        phone TEXT,
        contact TEXT,
        email TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE IF NOT EXISTS purchase_drafts(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
        invoice TEXT,
        invoice_date TEXT,
        due_date TEXT,
        gross_prices INTEGER NOT NULL DEFAULT 0 CHECK (gross_prices IN (0, 1)),
        owner_pid INTEGER,
        owner_started INTEGER,
        owner_boot TEXT,
        owner_user TEXT,
        opened_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX IF NOT EXISTS purchase_drafts_per_terminal
        ON purchase_drafts(register_id, owner_pid, owner_started, owner_boot);
      CREATE TABLE IF NOT EXISTS purchase_draft_lines(
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES purchase_drafts(id),
        product_id INTEGER NOT NULL REFERENCES products(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS purchase_draft_lines_draft ON purchase_draft_lines(draft_id, id);

      CREATE TABLE IF NOT EXISTS purchases(
        id INTEGER PRIMARY KEY,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
        invoice TEXT,
        invoice_date TEXT NOT NULL,
        due_date TEXT,
        gross_prices INTEGER NOT NULL CHECK (gross_prices IN (0, 1)),
        net INTEGER NOT NULL,
        taxes INTEGER NOT NULL,
        total INTEGER NOT NULL,
        user_name TEXT,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS purchases_supplier ON purchases(supplier_id);
      CREATE INDEX IF NOT EXISTS purchases_at ON purchases(at);
      CREATE TABLE IF NOT EXISTS purchase_lines(
        purchase_id INTEGER NOT NULL REFERENCES purchases(id),
        position INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        quantity INTEGER NOT NULL,
        unit_cost INTEGER NOT NULL,
        net INTEGER NOT NULL,
        taxes INTEGER NOT NULL,
        stock_before INTEGER NOT NULL,
        cost_before INTEGER,
        cost_after INTEGER NOT NULL,
        PRIMARY KEY (purchase_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS purchase_taxes(
        purchase_id INTEGER NOT NULL REFERENCES purchases(id),
        code TEXT NOT NULL,
        amount INTEGER NOT NULL,
        PRIMARY KEY (purchase_id, code)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS purchase_payments(
        id INTEGER PRIMARY KEY,
        purchase_id INTEGER NOT NULL REFERENCES purchases(id),
        method TEXT NOT NULL CHECK (method <> ''),
        amount INTEGER NOT NULL CHECK (amount > 0),
        reference TEXT,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER REFERENCES cash_sessions(id),
        user_name TEXT,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS purchase_payments_purchase ON purchase_payments(purchase_id);
      CREATE INDEX IF NOT EXISTS purchase_payments_session ON purchase_payments(session_id)
        WHERE session_id IS NOT NULL;
      CREATE TABLE IF NOT EXISTS purchase_voids(
        purchase_id INTEGER PRIMARY KEY REFERENCES purchases(id),
        reason TEXT NOT NULL,
        user_name TEXT,
        at INTEGER NOT NULL
      ) STRICT;

      CREATE TRIGGER IF NOT EXISTS purchases_no_update BEFORE UPDATE ON purchases
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS purchases_no_delete BEFORE DELETE ON purchases
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS purchases_no_replace BEFORE INSERT ON purchases
        WHEN EXISTS (SELECT 1 FROM purchases WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede reemplazar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_lines_no_update BEFORE UPDATE ON purchase_lines
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_lines_no_delete BEFORE DELETE ON purchase_lines
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_lines_no_replace BEFORE INSERT ON purchase_lines
        WHEN EXISTS (SELECT 1 FROM purchase_lines WHERE purchase_id = NEW.purchase_id
          AND position = NEW.position)
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede reemplazar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_taxes_no_update BEFORE UPDATE ON purchase_taxes
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_taxes_no_delete BEFORE DELETE ON purchase_taxes
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_taxes_no_replace BEFORE INSERT ON purchase_taxes
        WHEN EXISTS (SELECT 1 FROM purchase_taxes WHERE purchase_id = NEW.purchase_id
          AND code = NEW.code)
        BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede reemplazar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_payments_no_update BEFORE UPDATE ON purchase_payments
        BEGIN SELECT RAISE(ABORT, 'un pago a proveedor no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_payments_no_delete BEFORE DELETE ON purchase_payments
        BEGIN SELECT RAISE(ABORT, 'un pago a proveedor no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_payments_no_replace BEFORE INSERT ON purchase_payments
        WHEN EXISTS (SELECT 1 FROM purchase_payments WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'un pago a proveedor no se puede reemplazar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_payments_session_open BEFORE INSERT ON purchase_payments
        WHEN NEW.session_id IS NOT NULL
          AND (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_voids_no_update BEFORE UPDATE ON purchase_voids
        BEGIN SELECT RAISE(ABORT, 'una anulación de compra no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_voids_no_delete BEFORE DELETE ON purchase_voids
        BEGIN SELECT RAISE(ABORT, 'una anulación de compra no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS purchase_voids_no_replace BEFORE INSERT ON purchase_voids
        WHEN EXISTS (SELECT 1 FROM purchase_voids WHERE purchase_id = NEW.purchase_id)
        BEGIN SELECT RAISE(ABORT, 'una anulación de compra no se puede reemplazar'); END;

      UPDATE roles SET rights = rights || ',compras'
      WHERE code_folded IN ('supervisor', 'dueno')
        AND ',' || rights || ',' NOT LIKE '%,compras,%';
      """)
}
