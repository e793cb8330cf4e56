import TiendaStore

extension Schema {
  /// Migration 29: global ids for the catalog rows the central catalog
  /// masters (issue 23, DESIGN §8.15).
  ///
  /// - `products`, `categories`, `price_lists` get `global_id` (customers
  ///   and suppliers have theirs since migrations 19 and 20): 32 hex digits,
  ///   random, made for every existing row here and for every new row by an
  ///   `AFTER INSERT` trigger (so no insert path can forget it). A row that
  ///   comes from the central catalog keeps the central id.
  /// - Taxes are matched by their code (already unique): no global id.
  ///
  /// `ADD COLUMN` cannot be `UNIQUE`: the uniqueness is a unique index.
  /// The SQL below is frozen: it must produce the same thing forever.
  static let centralCatalog = Migration(
    version: 29,
    sql: """
      ALTER TABLE products ADD COLUMN global_id TEXT;
      ALTER TABLE categories ADD COLUMN global_id TEXT;
      ALTER TABLE price_lists ADD COLUMN global_id TEXT;
      UPDATE products SET global_id = lower(hex(randomblob(16)));
      UPDATE categories SET global_id = lower(hex(randomblob(16)));
      UPDATE price_lists SET global_id = lower(hex(randomblob(16)));
      CREATE UNIQUE INDEX products_global_id ON products(global_id);
      CREATE UNIQUE INDEX categories_global_id ON categories(global_id);
      CREATE UNIQUE INDEX price_lists_global_id ON price_lists(global_id);
      CREATE TRIGGER products_global_id AFTER INSERT ON products WHEN NEW.global_id IS NULL
        BEGIN UPDATE products SET global_id = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
      CREATE TRIGGER categories_global_id AFTER INSERT ON categories WHEN NEW.global_id IS NULL
        BEGIN UPDATE categories SET global_id = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
      CREATE TRIGGER price_lists_global_id AFTER INSERT ON price_lists
        WHEN NEW.global_id IS NULL
        BEGIN UPDATE price_lists SET global_id = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
      """)
}
