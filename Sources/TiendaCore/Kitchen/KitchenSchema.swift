import TiendaStore

extension Schema {
  /// Migration 27 (issue 20): the categories each `comanda` printer takes
  /// (`configurar impresora cocina rol comanda categorías empanadas, tortas`).
  /// A comanda printer without rows here takes every line. Configuration,
  /// not a ledger: rows are replaced when the printer is configured again.
  /// `IF NOT EXISTS`: tests that rebuild an older file by dropping the
  /// newer tables (and setting `user_version`) may leave this one.
  static let kitchenRoutes = Migration(
    version: 27,
    sql: """
      CREATE TABLE IF NOT EXISTS printer_categories(
        printer_id INTEGER NOT NULL REFERENCES printers(id),
        category_id INTEGER NOT NULL REFERENCES categories(id),
        PRIMARY KEY (printer_id, category_id)
      ) STRICT, WITHOUT ROWID;
      """)
}
