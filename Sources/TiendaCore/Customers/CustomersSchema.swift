import TiendaStore

extension Schema {
  /// Migration 19: customers, groups and price lists (issue 16, DESIGN §8.7).
  ///
  /// - `price_lists`: a percentage off the catalog price (`percent_off`, in
  ///   thousandths of a percent like every `Percent`: 10 % is 10000) and/or
  ///   fixed prices per product (`price_list_prices`).
  /// - `customer_groups`: a credit limit (0 = no credit) and a price list
  ///   for their customers.
  /// - `customers`: catalog rows (edited, journaled), with a random
  ///   `global_id` made at creation (§8.15). `rut` is canonical
  ///   (`12345678-5`); an active RUT is unique except the final consumer
  ///   66666666-6. `credit_limit` and `price_list_id` NULL mean «the
  ///   group's». `phone_digits` is the phone's digits, to find a customer by
  ///   phone however it was written.
  /// - `sale_customers`: the customer of a sale, with the name and RUT as
  ///   they were at the sale; a ledger (immutable), written in the sale's
  ///   transaction only when a customer is set.
  /// - `ticket_customers`: the customer set on an open (or held) ticket;
  ///   a row only when one is set, gone with its ticket.
  ///
  /// Every statement is `IF NOT EXISTS`: a file taken back to an earlier
  /// version by hand (as tests do) migrates again without tripping on it.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let customers = Migration(
    version: 19,
    sql: """
      CREATE TABLE IF NOT EXISTS price_lists(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        percent_off INTEGER NOT NULL DEFAULT 0 CHECK (percent_off BETWEEN 0 AND 100000),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS price_list_prices(
        list_id INTEGER NOT NULL REFERENCES price_lists(id),
        product_id INTEGER NOT NULL REFERENCES products(id),
        price INTEGER NOT NULL CHECK (price >= 0 AND price <= 1000000000000),
        PRIMARY KEY (list_id, product_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE IF NOT EXISTS customer_groups(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        credit_limit INTEGER NOT NULL DEFAULT 0
          CHECK (credit_limit >= 0 AND credit_limit <= 1000000000000),
        price_list_id INTEGER REFERENCES price_lists(id),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE IF NOT EXISTS customers(
        id INTEGER PRIMARY KEY,
        global_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL,
        rut TEXT,
        phone TEXT NOT NULL DEFAULT '',
        phone_digits TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        group_id INTEGER REFERENCES customer_groups(id),
        credit_limit INTEGER CHECK (credit_limit >= 0 AND credit_limit <= 1000000000000),
        price_list_id INTEGER REFERENCES price_lists(id),
        note TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'persona' CHECK (kind IN ('persona', 'empresa')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX IF NOT EXISTS customers_active_rut ON customers(rut)
        WHERE active = 1 AND rut IS NOT NULL AND rut <> '66666666-6';
      CREATE INDEX IF NOT EXISTS customers_name ON customers(name_folded);
      CREATE INDEX IF NOT EXISTS customers_phone ON customers(phone_digits);
      CREATE INDEX IF NOT EXISTS customers_group ON customers(group_id);

      CREATE TABLE IF NOT EXISTS sale_customers(
        sale_id INTEGER PRIMARY KEY REFERENCES sales(id),
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        name TEXT NOT NULL,
        rut TEXT
      ) STRICT;
      CREATE INDEX IF NOT EXISTS sale_customers_customer ON sale_customers(customer_id, sale_id);
      CREATE TRIGGER IF NOT EXISTS sale_customers_no_update BEFORE UPDATE ON sale_customers
        BEGIN SELECT RAISE(ABORT, 'el cliente de una venta no se puede modificar'); END;
      CREATE TRIGGER IF NOT EXISTS sale_customers_no_delete BEFORE DELETE ON sale_customers
        BEGIN SELECT RAISE(ABORT, 'el cliente de una venta no se puede borrar'); END;
      CREATE TRIGGER IF NOT EXISTS sale_customers_no_replace BEFORE INSERT ON sale_customers
        WHEN EXISTS (SELECT 1 FROM sale_customers WHERE sale_id = NEW.sale_id)
        BEGIN SELECT RAISE(ABORT, 'el cliente de una venta no se puede reemplazar'); END;

      CREATE TABLE IF NOT EXISTS ticket_customers(
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id)
      ) STRICT;
      """)
}
