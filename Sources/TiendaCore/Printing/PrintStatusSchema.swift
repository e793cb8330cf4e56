import TiendaStore

extension Schema {
  /// Migration 9: printer truth (DESIGN §8.20). Printers get `status_check`
  /// (`estado sí|no`: ask the printer's status after each job), and jobs a
  /// new end state, `enviado` (delivered to a printer or transport that
  /// cannot confirm). `print_jobs` is working state (no triggers, nothing
  /// refers to it): it is rebuilt to widen its CHECK list.
  static let printingStatus = Migration(
    version: 10,
    sql: """
      ALTER TABLE printers ADD COLUMN status_check INTEGER NOT NULL DEFAULT 1
        CHECK (status_check IN (0, 1));

      CREATE TABLE print_jobs_new(
        id INTEGER PRIMARY KEY,
        printer_id INTEGER NOT NULL REFERENCES printers(id),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        kind TEXT NOT NULL,
        document TEXT NOT NULL DEFAULT '',
        copy INTEGER NOT NULL DEFAULT 0 CHECK (copy IN (0, 1)),
        drawer INTEGER NOT NULL DEFAULT 0 CHECK (drawer IN (0, 1)),
        payload BLOB,
        state TEXT NOT NULL DEFAULT 'pendiente' CHECK (state IN ('pendiente', 'enviando',
          'impreso', 'enviado', 'fallido', 'incierto', 'cancelado')),
        attempts INTEGER NOT NULL DEFAULT 0,
        bytes_sent INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER,
        claimed_at INTEGER
      ) STRICT;
      INSERT INTO print_jobs_new(id, printer_id, register_id, kind, document, copy, drawer,
          payload, state, attempts, bytes_sent, last_error, created_at, started_at,
          finished_at, claimed_at)
        SELECT id, printer_id, register_id, kind, document, copy, drawer, payload, state,
          attempts, bytes_sent, last_error, created_at, started_at, finished_at, claimed_at
        FROM print_jobs;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_new RENAME TO print_jobs;
      CREATE INDEX print_jobs_waiting ON print_jobs(state, id)
        WHERE state IN ('pendiente', 'fallido', 'enviando');
      """)
}
