import TiendaStore

extension Schema {
  /// Migration 7: printers and the print spool. A job row is written in the
  /// same transaction as the sale or command that made it; the bytes are
  /// rendered and sent after commit.
  static let printing = Migration(
    version: 7,
    sql: """
      CREATE TABLE printers(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        transport TEXT NOT NULL CHECK (transport IN ('tcp', 'archivo', 'cups', 'pantalla')),
        target TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('tickets', 'etiquetas', 'hojas', 'comanda')),
        language TEXT NOT NULL CHECK (language IN ('escpos', 'zpl', 'pdf', 'texto')),
        width INTEGER NOT NULL DEFAULT 42 CHECK (width IN (32, 42, 48)),
        codepage INTEGER NOT NULL DEFAULT 2 CHECK (codepage BETWEEN 0 AND 255),
        cut INTEGER NOT NULL DEFAULT 1 CHECK (cut IN (0, 1)),
        drawer INTEGER NOT NULL DEFAULT 0 CHECK (drawer IN (0, 1)),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX printers_one_default ON printers(role)
        WHERE is_default = 1 AND active = 1;

      CREATE TABLE print_jobs(
        id INTEGER PRIMARY KEY,
        printer_id INTEGER NOT NULL REFERENCES printers(id),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        kind TEXT NOT NULL,
        document TEXT NOT NULL DEFAULT '',
        copy INTEGER NOT NULL DEFAULT 0 CHECK (copy IN (0, 1)),
        drawer INTEGER NOT NULL DEFAULT 0 CHECK (drawer IN (0, 1)),
        payload BLOB,
        state TEXT NOT NULL DEFAULT 'pendiente' CHECK (state IN ('pendiente', 'enviando',
          'impreso', 'fallido', 'incierto', 'cancelado')),
        attempts INTEGER NOT NULL DEFAULT 0,
        bytes_sent INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER,
        claimed_at INTEGER
      ) STRICT;
      CREATE INDEX print_jobs_waiting ON print_jobs(state, id)
        WHERE state IN ('pendiente', 'fallido', 'enviando');

      INSERT INTO settings(key, value) VALUES
        ('impresión.automática', 'sí'),
        ('impresión.reintentar_horas', '12'),
        ('ticket.pie', 'Gracias por su compra');
      """)
}
