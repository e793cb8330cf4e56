import TiendaStore

/// The shop file's schema: an append-only list of migrations.
public enum Schema {
  /// `PRAGMA application_id` of tienda files ("tien").
  public static let applicationID: Int32 = 0x7469_656E

  public static let migrations: [Migration] = [
    Migration(
      version: 1,
      sql: """
        CREATE TABLE settings(
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE registers(
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          name_folded TEXT NOT NULL UNIQUE,
          active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
          created_at INTEGER NOT NULL
        ) STRICT;
        INSERT INTO registers(id, name, name_folded, created_at)
          VALUES (1, 'Caja 1', 'caja 1', unixepoch());
        INSERT INTO settings(key, value) VALUES ('caja.predeterminada', '1');

        CREATE TABLE journal(
          id INTEGER PRIMARY KEY,
          at INTEGER NOT NULL,
          user_name TEXT,
          approved_by TEXT,
          register_id INTEGER NOT NULL REFERENCES registers(id),
          command TEXT NOT NULL,
          action TEXT NOT NULL,
          entity TEXT,
          entity_id TEXT,
          before TEXT,
          after TEXT
        ) STRICT;
        CREATE INDEX journal_at ON journal(at);
        CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
          BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;
        CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
          BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;

        CREATE TABLE categories(
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          name_folded TEXT NOT NULL,
          parent_id INTEGER REFERENCES categories(id),
          in_pos INTEGER NOT NULL DEFAULT 1 CHECK (in_pos IN (0, 1)),
          description TEXT NOT NULL DEFAULT '',
          active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
          created_at INTEGER NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX categories_active_name ON categories(name_folded) WHERE active = 1;
        CREATE INDEX categories_parent ON categories(parent_id);
        """),
    Schema.catalog,
    Schema.users,
    Schema.additionalTaxes,
    Schema.sales,
    Schema.cash,
    Schema.printing,
    Schema.ticketOwners,
    Schema.saleRules,
    Schema.printingStatus,
    Schema.reportRights,
    Schema.tamperEvidence,
    Schema.paymentMethods,
    Schema.cashFlows,
    Schema.giftCards,
    Schema.scalesAndPrices,
    Schema.reports,
    Schema.reportMissingCosts,
    Schema.customers,
    Schema.accounts,

    Schema.purchases,
    Schema.expenses,
    Schema.options,
    Schema.promotions,

    Schema.points,

    Schema.orders,
    Schema.kitchenRoutes,

    Schema.sync,
    Schema.centralCatalog,

    Schema.orderLineAmounts,
    Schema.outboxCapture,
  ]
}
