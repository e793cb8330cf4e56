import TiendaStore

extension Schema {
  /// Migration 12 (issue 12, sale rules): which lines of a sale go on its
  /// gift ticket (`regalo línea N`), a ledger side table that refuses
  /// changes like `sale_lines`; and the price a held line had when it was
  /// held (working state), so `retomar` can say what changed.
  static let saleRules = Migration(
    version: 9,
    sql: """
      CREATE TABLE sale_line_gifts(
        line_id INTEGER PRIMARY KEY REFERENCES sale_lines(id)
      ) STRICT;
      CREATE TRIGGER sale_line_gifts_no_update BEFORE UPDATE ON sale_line_gifts
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
      CREATE TRIGGER sale_line_gifts_no_delete BEFORE DELETE ON sale_line_gifts
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
      CREATE TRIGGER sale_line_gifts_no_replace BEFORE INSERT ON sale_line_gifts
        WHEN EXISTS (SELECT 1 FROM sale_line_gifts WHERE line_id = NEW.line_id)
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;

      ALTER TABLE ticket_lines ADD COLUMN held_price INTEGER;
      """)
}
