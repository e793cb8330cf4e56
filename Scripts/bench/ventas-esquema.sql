-- Esquema para el lado sqlite3 de Scripts/bench-sales.sh: las tablas que toca
-- una venta en tienda (migraciones 1, 2 y 5 de Sources/TiendaCore), con las
-- mismas columnas, índices, restricciones y disparadores, para que el
-- programa sqlite3 haga el mismo trabajo por venta que tienda.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;

CREATE TABLE registers(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
INSERT INTO registers(id, name, name_folded, created_at)
  VALUES (1, 'Caja 1', 'caja 1', unixepoch());

CREATE TABLE journal(
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
  after TEXT
) STRICT;
CREATE INDEX journal_at ON journal(at);
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
  BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
  BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;

CREATE TABLE taxes(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  code_folded TEXT NOT NULL UNIQUE,
  rate INTEGER NOT NULL CHECK (rate >= 0 AND rate <= 100000),
  description TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  base_tax_id INTEGER REFERENCES taxes(id)
) STRICT;
INSERT INTO taxes(code, code_folded, rate, description, created_at)
  VALUES ('iva', 'iva', 19000, 'Impuesto al valor agregado', unixepoch());

CREATE TABLE products(
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL,
  sku_folded TEXT NOT NULL UNIQUE,
  barcode TEXT UNIQUE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  category_id INTEGER,
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

CREATE TABLE cash_sessions(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  opened_at INTEGER NOT NULL,
  opened_by TEXT,
  opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
  auto_opened INTEGER NOT NULL DEFAULT 0 CHECK (auto_opened IN (0, 1)),
  closed_at INTEGER,
  closed_by TEXT
) STRICT;
CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions(register_id)
  WHERE closed_at IS NULL;
INSERT INTO cash_sessions(register_id, opened_at, opening_float, auto_opened)
  VALUES (1, unixepoch(), 0, 1);

CREATE TABLE sales(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  number INTEGER NOT NULL,
  session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
  at INTEGER NOT NULL,
  user_name TEXT,
  subtotal INTEGER NOT NULL,
  line_discounts INTEGER NOT NULL,
  ticket_discount INTEGER NOT NULL,
  ticket_discount_percent INTEGER,
  coupon_id INTEGER,
  coupon_discount INTEGER NOT NULL,
  total INTEGER NOT NULL,
  net INTEGER NOT NULL,
  rounding INTEGER NOT NULL,
  change INTEGER NOT NULL,
  boleta TEXT,
  note TEXT NOT NULL DEFAULT '',
  gift INTEGER NOT NULL DEFAULT 0,
  quote_id INTEGER,
  UNIQUE (register_id, number)
) STRICT;
CREATE INDEX sales_at ON sales(at);
CREATE INDEX sales_session ON sales(session_id);

CREATE TABLE sale_lines(
  id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES sales(id),
  position INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price INTEGER NOT NULL,
  price_includes_taxes INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  line_discount INTEGER NOT NULL,
  ticket_discount INTEGER NOT NULL,
  coupon_discount INTEGER NOT NULL,
  total INTEGER NOT NULL,
  net INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  open_price INTEGER NOT NULL DEFAULT 0,
  UNIQUE (sale_id, position)
) STRICT;
CREATE INDEX sale_lines_product ON sale_lines(product_id);

CREATE TABLE sale_line_taxes(
  line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (line_id, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE payments(
  id INTEGER PRIMARY KEY,
  sale_id INTEGER REFERENCES sales(id),
  refund_id INTEGER,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
  method TEXT NOT NULL CHECK (method IN ('efectivo', 'débito', 'crédito',
    'transferencia')),
  amount INTEGER NOT NULL,
  tendered INTEGER NOT NULL,
  change INTEGER NOT NULL,
  rounding INTEGER NOT NULL,
  reference TEXT,
  at INTEGER NOT NULL,
  CHECK ((sale_id IS NULL) <> (refund_id IS NULL))
) STRICT;
CREATE INDEX payments_sale ON payments(sale_id);
CREATE INDEX payments_session ON payments(session_id, method);

CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
  BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede modificar'); END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
  BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede borrar'); END;
