import TiendaStore

extension Schema {
  /// Migration 14: cash flows as data (DESIGN §8.10) and payment methods
  /// enforced by the file (§8.11).
  ///
  /// - `z_report_lines`: the figures of a Z kept by section and kind, so a
  ///   new kind of cash flow (gift cards, abonos, señas…) is stored without
  ///   a new column. Cash flows store their signed effect on the drawer.
  ///   Ledger: no update, delete or replace.
  /// - A sale's payment must name an active, available method, and carry a
  ///   reference when its method requires one. The built-ins are checked
  ///   here, by the file, so a one-line sale paid with them still reads
  ///   nothing more; refunds go back by the original method even when it
  ///   was deactivated since (§8.12).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let cashFlows = Migration(
    version: 14,
    sql: """
      CREATE TABLE z_report_lines(
        z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
        section TEXT NOT NULL,
        kind TEXT NOT NULL,
        position INTEGER NOT NULL,
        count INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        PRIMARY KEY (z_report_id, section, kind)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER z_report_lines_no_update BEFORE UPDATE ON z_report_lines
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
      CREATE TRIGGER z_report_lines_no_delete BEFORE DELETE ON z_report_lines
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
      CREATE TRIGGER z_report_lines_no_replace BEFORE INSERT ON z_report_lines
        WHEN EXISTS (SELECT 1 FROM z_report_lines WHERE z_report_id = NEW.z_report_id
          AND section = NEW.section AND kind = NEW.kind)
        BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede reemplazar'); END;

      CREATE TRIGGER payments_method_payable BEFORE INSERT ON payments
        WHEN NEW.sale_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payment_methods
          WHERE name = NEW.method AND active = 1 AND available = 1)
        BEGIN SELECT RAISE(ABORT, 'medio de pago desactivado'); END;
      CREATE TRIGGER payments_method_reference BEFORE INSERT ON payments
        WHEN NEW.sale_id IS NOT NULL AND coalesce(NEW.reference, '') = '' AND EXISTS (
          SELECT 1 FROM payment_methods WHERE name = NEW.method AND reference_required = 1)
        BEGIN SELECT RAISE(ABORT, 'medio de pago sin referencia'); END;
      """)
}
