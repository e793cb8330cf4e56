import TiendaStore

extension Schema {
  /// Migration 16: scales and prices (issue 21).
  ///
  /// - `products.plu`: the number a label-printing scale prints in its
  ///   codes, kept without leading zeros (`01234` → `1234`); unique.
  /// - `products.open_price`: the price is asked at each sale (`precio
  ///   abierto`); `products.service`: a service (`servicio`);
  ///   `products.tracks_stock`: 0 for open-price products and services
  ///   created without stock (no stock check, no movement).
  /// - `price_changes`: bulk price changes dated to a later day (`ajustar
  ///   precios … desde mañana`), applied when the shop opens on or after
  ///   that day (`applied_at`).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let scalesAndPrices = Migration(
    version: 16,
    sql: """
      ALTER TABLE products ADD COLUMN plu TEXT;
      ALTER TABLE products ADD COLUMN open_price INTEGER NOT NULL DEFAULT 0
        CHECK (open_price IN (0, 1));
      ALTER TABLE products ADD COLUMN service INTEGER NOT NULL DEFAULT 0
        CHECK (service IN (0, 1));
      ALTER TABLE products ADD COLUMN tracks_stock INTEGER NOT NULL DEFAULT 1
        CHECK (tracks_stock IN (0, 1));
      CREATE UNIQUE INDEX products_plu ON products(plu) WHERE plu IS NOT NULL;

      CREATE TABLE price_changes(
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id),
        price INTEGER NOT NULL CHECK (price >= 0),
        effective_on TEXT NOT NULL,
        command TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        applied_at INTEGER
      ) STRICT;
      CREATE INDEX price_changes_pending ON price_changes(effective_on) WHERE applied_at IS NULL;
      """)
}
