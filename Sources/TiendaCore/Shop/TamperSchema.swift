import TiendaStore

/// A ledger table and the triggers that keep it immutable. `verificar base`
/// checks that each one is still there.
public struct ImmutableTable: Sendable {
  public let name: String
  public let triggers: [String]

  init(_ name: String, triggers: [String]? = nil) {
    self.name = name
    self.triggers =
      triggers ?? [name + "_no_update", name + "_no_delete", name + "_no_replace"]
  }
}

extension Schema {
  /// Every immutable table of the shop file, declared once. A migration
  /// that adds a ledger table adds it here; one that rebuilds a table
  /// recreates these triggers.
  public static let immutableTables: [ImmutableTable] = [
    // The journal's outbox trigger (migration 31) turns every write into an
    // event for the central (issue 23): without it nothing more is sent.
    ImmutableTable(
      "journal",
      triggers: [
        "journal_no_update", "journal_no_delete", "journal_no_replace", "journal_outbox_insert",
      ]),
    ImmutableTable("stock_movements"),
    ImmutableTable("sales"),
    ImmutableTable("sale_lines"),
    ImmutableTable("sale_line_taxes"),
    ImmutableTable("sale_line_gifts"),
    ImmutableTable("payments"),
    ImmutableTable("refunds"),
    ImmutableTable("refund_lines"),
    ImmutableTable("refund_line_taxes"),
    ImmutableTable("sale_line_costs"),
    ImmutableTable("cash_movements"),
    ImmutableTable("z_reports"),
    ImmutableTable("z_report_methods"),
    ImmutableTable("z_report_taxes"),
    ImmutableTable("z_report_denominations"),
    ImmutableTable("z_report_heads"),
    ImmutableTable("z_report_lines"),
    ImmutableTable("purchases"),
    ImmutableTable("purchase_lines"),
    ImmutableTable("purchase_taxes"),
    ImmutableTable("purchase_payments"),
    ImmutableTable("purchase_voids"),
    ImmutableTable("gift_cards"),
    ImmutableTable("sale_customers"),

    ImmutableTable("expenses"),
    ImmutableTable(
      "expense_payments",
      triggers: [
        "expense_payments_no_update", "expense_payments_no_delete", "expense_payments_no_replace",
        "expense_payments_not_over", "expense_payments_session_open",
      ]),
    ImmutableTable("expense_voids"),
    ImmutableTable("sale_line_options"),
    ImmutableTable("sale_line_sellers"),
    ImmutableTable("sale_line_promotions"),
    ImmutableTable(
      "gift_card_moves",
      triggers: [
        "gift_card_moves_no_update", "gift_card_moves_no_delete", "gift_card_moves_no_replace",
        "gift_card_moves_session_open",
      ]),
    ImmutableTable(
      "account_moves",
      triggers: [
        "account_moves_no_update", "account_moves_no_delete", "account_moves_no_replace",
        "account_moves_session_open", "account_moves_balance",
      ]),
    ImmutableTable(
      "point_moves",
      triggers: [
        "point_moves_no_update", "point_moves_no_delete", "point_moves_no_replace",
        "point_moves_session_open",
      ]),
    ImmutableTable("order_states"),
    ImmutableTable(
      "order_deposits",
      triggers: [
        "order_deposits_no_update", "order_deposits_no_delete", "order_deposits_no_replace",
        "order_deposits_session_open",
      ]),
    // A session may be closed once; after that it is final.
    ImmutableTable(
      "cash_sessions",
      triggers: [
        "cash_sessions_closed_final", "cash_sessions_no_delete", "cash_sessions_no_replace",
      ]
    ),
  ]

  /// Migration 12: tamper evidence (DESIGN §8.19).
  ///
  /// - Every immutable table refuses `INSERT OR REPLACE`: REPLACE deletes
  ///   the conflicting row without firing delete triggers, so a
  ///   `BEFORE INSERT … WHEN EXISTS` trigger checks each unique key first.
  ///   Tables that had no triggers (line taxes, refund lines) get all three.
  /// - The journal gets its hash chain: it is rebuilt with a `hash` column
  ///   (and its triggers), and the chain is computed over the rows it
  ///   already has, in id order (`JournalChain`).
  /// - Sales made before this migration are sealed together: one journal
  ///   row `bitácora.sellar` holds the hash of their seals (`SaleSeal`);
  ///   later sales carry their own seal in the journal row that records them.
  /// - `z_report_heads`: the chain's head when each Z was made.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let tamperEvidence = Migration(
    version: 12,
    sql: """
      CREATE TABLE z_report_heads(
        z_report_id INTEGER PRIMARY KEY REFERENCES z_reports(id),
        journal_id INTEGER,
        hash TEXT
      ) STRICT;
      CREATE TRIGGER z_report_heads_no_update BEFORE UPDATE ON z_report_heads
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
      CREATE TRIGGER z_report_heads_no_delete BEFORE DELETE ON z_report_heads
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;

      CREATE TRIGGER sale_line_taxes_no_update BEFORE UPDATE ON sale_line_taxes
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
      CREATE TRIGGER sale_line_taxes_no_delete BEFORE DELETE ON sale_line_taxes
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
      CREATE TRIGGER refund_lines_no_update BEFORE UPDATE ON refund_lines
        BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede modificar'); END;
      CREATE TRIGGER refund_lines_no_delete BEFORE DELETE ON refund_lines
        BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede borrar'); END;
      CREATE TRIGGER refund_line_taxes_no_update BEFORE UPDATE ON refund_line_taxes
        BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede modificar'); END;
      CREATE TRIGGER refund_line_taxes_no_delete BEFORE DELETE ON refund_line_taxes
        BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede borrar'); END;

      \(noReplace("stock_movements", "id = NEW.id", "un movimiento de stock"))
      \(noReplace(
        "sales", "id = NEW.id OR (register_id = NEW.register_id AND number = NEW.number)",
        "una venta registrada"))
      \(noReplace(
        "sale_lines", "id = NEW.id OR (sale_id = NEW.sale_id AND position = NEW.position)",
        "una venta registrada"))
      \(noReplace(
        "sale_line_taxes", "line_id = NEW.line_id AND code = NEW.code", "una venta registrada"))
      \(noReplace("payments", "id = NEW.id", "un pago registrado"))
      \(noReplace(
        "refunds",
        "id = NEW.id OR (register_id = NEW.register_id AND number = NEW.number)"
          + " OR (NEW.kind = 'anulación' AND kind = 'anulación' AND sale_id = NEW.sale_id)",
        "una devolución registrada"))
      \(noReplace("refund_lines", "id = NEW.id", "una devolución registrada"))
      \(noReplace(
        "refund_line_taxes", "refund_line_id = NEW.refund_line_id AND code = NEW.code",
        "una devolución registrada"))
      \(noReplace("cash_movements", "id = NEW.id", "un movimiento de caja"))
      \(noReplace(
        "z_reports",
        "id = NEW.id OR session_id = NEW.session_id"
          + " OR (register_id = NEW.register_id AND number = NEW.number)",
        "un informe Z"))
      \(noReplace(
        "z_report_methods", "z_report_id = NEW.z_report_id AND method = NEW.method",
        "un informe Z"))
      \(noReplace(
        "z_report_taxes",
        "z_report_id = NEW.z_report_id AND code = NEW.code AND rate = NEW.rate", "un informe Z"))
      \(noReplace(
        "z_report_denominations", "z_report_id = NEW.z_report_id AND value = NEW.value",
        "un informe Z"))
      \(noReplace("z_report_heads", "z_report_id = NEW.z_report_id", "un informe Z"))
      \(noReplace(
        "cash_sessions",
        "id = NEW.id OR (NEW.closed_at IS NULL AND closed_at IS NULL"
          + " AND register_id = NEW.register_id)",
        "una sesión de caja"))

      INSERT INTO journal(at, register_id, command, action, entity, after)
        SELECT unixepoch(), (SELECT CAST(value AS INTEGER) FROM settings
                             WHERE key = 'caja.predeterminada'),
          'actualización del archivo (versión 12)', 'bitácora.sellar', 'ventas',
          json_object('ventas', n, 'hasta_venta', last,
            'sello', (\(SaleSeal.earlierSalesSQL(upTo: "(SELECT max(id) FROM sales)"))))
        FROM (SELECT count(*) AS n, max(id) AS last FROM sales) WHERE n > 0;

      CREATE TABLE journal_chained(
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
        after TEXT,
        hash TEXT NOT NULL
      ) STRICT;
      -- The chain carries whole rows, so it streams into the new table
      -- (each step finds the next row through the rowid).
      INSERT INTO journal_chained(id, at, user_name, approved_by, register_id, command, action,
          entity, entity_id, before, after, hash)
        WITH RECURSIVE chain(id, at, user_name, approved_by, register_id, command, action,
            entity, entity_id, before, after, hash) AS (
          SELECT j.id, j.at, j.user_name, j.approved_by, j.register_id, j.command, j.action,
            j.entity, j.entity_id, j.before, j.after,
            sha256_hex('\(JournalChain.genesis)' || char(10) || \(canonical("j")))
          FROM journal j WHERE j.id = (SELECT min(id) FROM journal)
          UNION ALL
          SELECT j.id, j.at, j.user_name, j.approved_by, j.register_id, j.command, j.action,
            j.entity, j.entity_id, j.before, j.after,
            sha256_hex(chain.hash || char(10) || \(canonical("j")))
          FROM chain JOIN journal j ON j.id = (SELECT min(id) FROM journal WHERE id > chain.id)
        )
        SELECT * FROM chain;
      DROP TABLE journal;
      ALTER TABLE journal_chained RENAME TO journal;
      CREATE INDEX journal_at ON journal(at);
      CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
        BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;
      CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
        BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;
      \(noReplace("journal", "id = NEW.id", "la bitácora"))
      """)

  /// `BEFORE INSERT … WHEN EXISTS`: refuses a row that would replace one.
  private static func noReplace(_ table: String, _ conflict: String, _ what: String) -> String {
    """
    CREATE TRIGGER \(table)_no_replace BEFORE INSERT ON \(table)
      WHEN EXISTS (SELECT 1 FROM \(table) WHERE \(conflict))
      BEGIN SELECT RAISE(ABORT, '\(what) no se puede reemplazar'); END;
    """
  }

  /// `JournalChain.canonical` in SQL, for the rows of alias `j`.
  private static func canonical(_ j: String) -> String {
    func text(_ column: String) -> String {
      "CASE WHEN \(j).\(column) IS NULL THEN 'N' ELSE 'T' || length(CAST(\(j).\(column) AS BLOB))"
        + " || ':' || \(j).\(column) END"
    }
    return [
      "\(j).id", "\(j).at", text("user_name"), text("approved_by"), "\(j).register_id",
      text("command"), text("action"), text("entity"), text("entity_id"), text("before"),
      text("after"),
    ].joined(separator: " || '|' || ")
  }
}
