import TiendaStore

extension Schema {
  /// Migration 2: taxes, products, kits, the stock ledger and the search index.
  static let catalog = Migration(
    version: 2,
    sql: """
      CREATE TABLE taxes(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        code_folded TEXT NOT NULL UNIQUE,
        rate INTEGER NOT NULL CHECK (rate >= 0 AND rate <= 100000),
        description TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO taxes(code, code_folded, rate, description, created_at)
        VALUES ('iva', 'iva', 19000, 'Impuesto al valor agregado', unixepoch());
      INSERT INTO settings(key, value) VALUES ('catálogo.impuestos', 'iva');

      CREATE TABLE products(
        id INTEGER PRIMARY KEY,
        sku TEXT NOT NULL,
        sku_folded TEXT NOT NULL UNIQUE,
        barcode TEXT UNIQUE,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL,
        category_id INTEGER REFERENCES categories(id),
        unit TEXT NOT NULL DEFAULT 'un' CHECK (unit IN ('un', 'kg', 'lt')),
        price INTEGER NOT NULL CHECK (price >= 0),
        cost INTEGER CHECK (cost >= 0),
        price_includes_taxes INTEGER NOT NULL DEFAULT 1 CHECK (price_includes_taxes IN (0, 1)),
        stock INTEGER NOT NULL DEFAULT 0,
        minimum INTEGER CHECK (minimum >= 0),
        sell_without_stock INTEGER NOT NULL DEFAULT 0 CHECK (sell_without_stock IN (0, 1)),
        expires TEXT,
        in_pos INTEGER NOT NULL DEFAULT 1 CHECK (in_pos IN (0, 1)),
        description TEXT NOT NULL DEFAULT '',
        is_kit INTEGER NOT NULL DEFAULT 0 CHECK (is_kit IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX products_active_name ON products(name_folded) WHERE active = 1;
      CREATE INDEX products_category ON products(category_id);
      CREATE INDEX products_expires ON products(expires) WHERE expires IS NOT NULL;

      CREATE TABLE product_taxes(
        product_id INTEGER NOT NULL REFERENCES products(id),
        tax_id INTEGER NOT NULL REFERENCES taxes(id),
        PRIMARY KEY (product_id, tax_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE kit_components(
        kit_id INTEGER NOT NULL REFERENCES products(id),
        component_id INTEGER NOT NULL REFERENCES products(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        position INTEGER NOT NULL,
        PRIMARY KEY (kit_id, component_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE stock_movements(
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id),
        kind TEXT NOT NULL CHECK (kind IN ('inicial', 'ajuste', 'conteo', 'compra', 'merma',
          'venta', 'devolución', 'anulación')),
        quantity INTEGER NOT NULL,
        stock_after INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        user_name TEXT,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX stock_movements_product ON stock_movements(product_id, id);
      CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'los movimientos de stock no se pueden modificar ni borrar'); END;
      CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'los movimientos de stock no se pueden modificar ni borrar'); END;

      CREATE VIRTUAL TABLE products_search USING fts5(
        name, sku, barcode, description,
        content = 'products', content_rowid = 'id',
        tokenize = "unicode61 remove_diacritics 2");
      CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
        INSERT INTO products_search(rowid, name, sku, barcode, description)
          VALUES (new.id, new.name, new.sku, new.barcode, new.description);
      END;
      CREATE TRIGGER products_search_update AFTER UPDATE OF name, sku, barcode, description
        ON products BEGIN
        INSERT INTO products_search(products_search, rowid, name, sku, barcode, description)
          VALUES ('delete', old.id, old.name, old.sku, old.barcode, old.description);
        INSERT INTO products_search(rowid, name, sku, barcode, description)
          VALUES (new.id, new.name, new.sku, new.barcode, new.description);
      END;
      """)
}

extension Schema {
  /// Migration 4: a tax may be additional to another (`crear impuesto ila
  /// 10% de iva`): products that carry it carry the base tax too.
  static let additionalTaxes = Migration(
    version: 4,
    sql: """
      ALTER TABLE taxes ADD COLUMN base_tax_id INTEGER REFERENCES taxes(id);
      """)
}
