import TiendaStore

extension Schema {
  /// Migration 23: option groups (issue 22, DESIGN §8.7).
  ///
  /// - `option_groups`: a named group (`agregados`) with a maximum of
  ///   choices (or none) and whether a choice is required.
  /// - `options`: the options of a group, each with its price (≥ 0), in the
  ///   order they were written.
  /// - `product_option_groups`: which groups a product offers.
  /// - `ticket_lines.options`: the options chosen on an open ticket's line,
  ///   as option ids (`3,5`); empty when none.
  /// - `sale_line_options`: the options of a recorded sale line, with their
  ///   group, name and price as they were; a ledger (immutable), written in
  ///   the sale's transaction only when a line has options.
  ///
  /// Then the sellers' part (`sellersSQL`).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let options = Migration(
    version: 23,
    sql: """
      CREATE TABLE IF NOT EXISTS option_groups(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        maximum INTEGER CHECK (maximum IS NULL OR maximum > 0),
        required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS options(
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES option_groups(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL,
        price INTEGER NOT NULL CHECK (price >= 0 AND price <= 1000000000000),
        UNIQUE (group_id, name_folded)
      ) STRICT;
      CREATE TABLE IF NOT EXISTS product_option_groups(
        product_id INTEGER NOT NULL REFERENCES products(id),
        group_id INTEGER NOT NULL REFERENCES option_groups(id),
        PRIMARY KEY (product_id, group_id)
      ) STRICT;
      ALTER TABLE ticket_lines ADD COLUMN options TEXT NOT NULL DEFAULT '';
      CREATE TABLE IF NOT EXISTS sale_line_options(
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        position INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        group_name TEXT NOT NULL,
        name TEXT NOT NULL,
        price INTEGER NOT NULL,
        PRIMARY KEY (sale_id, position, seq)
      ) STRICT;
      CREATE TRIGGER IF NOT EXISTS sale_line_options_no_update BEFORE UPDATE ON sale_line_options
        BEGIN SELECT RAISE(ABORT, 'las opciones de una venta no se pueden modificar'); END;
      CREATE TRIGGER IF NOT EXISTS sale_line_options_no_delete BEFORE DELETE ON sale_line_options
        BEGIN SELECT RAISE(ABORT, 'las opciones de una venta no se pueden borrar'); END;
      CREATE TRIGGER IF NOT EXISTS sale_line_options_no_replace BEFORE INSERT ON sale_line_options
        WHEN EXISTS (SELECT 1 FROM sale_line_options WHERE sale_id = NEW.sale_id
          AND position = NEW.position AND seq = NEW.seq)
        BEGIN SELECT RAISE(ABORT, 'las opciones de una venta no se pueden reemplazar'); END;
      """ + sellersSQL + variantsSQL)
}
