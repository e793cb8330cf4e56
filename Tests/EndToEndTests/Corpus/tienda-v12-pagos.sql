PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO settings VALUES('caja.predeterminada','1');
INSERT INTO settings VALUES('catálogo.impuestos','iva');
INSERT INTO settings VALUES('impresión.automática','sí');
INSERT INTO settings VALUES('impresión.reintentar_horas','12');
INSERT INTO settings VALUES('ticket.pie','Gracias por su compra');
INSERT INTO settings VALUES('usuarios.bloqueo_minutos','15');
INSERT INTO settings VALUES('usuarios.intentos','5');
INSERT INTO settings VALUES('venta.abrir_caja_sola','sí');
INSERT INTO settings VALUES('venta.máximo_sostenidas','20');
INSERT INTO settings VALUES('venta.redondeo_efectivo','sí');
CREATE TABLE registers(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
INSERT INTO registers VALUES(1,'Caja 1','caja 1',1,1796472127);
CREATE TABLE categories(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  parent_id INTEGER REFERENCES categories(id),
  in_pos INTEGER NOT NULL DEFAULT 1 CHECK (in_pos IN (0, 1)),
  description TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE taxes(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  code_folded TEXT NOT NULL UNIQUE,
  rate INTEGER NOT NULL CHECK (rate >= 0 AND rate <= 100000),
  description TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
, base_tax_id INTEGER REFERENCES taxes(id)) STRICT;
INSERT INTO taxes VALUES(1,'iva','iva',19000,'Impuesto al valor agregado',1796472127,NULL);
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
INSERT INTO products VALUES(1,'EMP01','emp01',NULL,'Empanada de pino','empanada de pino',NULL,'un',2495,NULL,1,93000,NULL,0,NULL,1,'',0,1,1795179600,1795266000);
INSERT INTO products VALUES(2,'BEB01','beb01',NULL,'Bebida','bebida',NULL,'un',1497,NULL,1,98000,NULL,0,NULL,1,'',0,1,1795179600,1795266000);
CREATE TABLE product_taxes(
  product_id INTEGER NOT NULL REFERENCES products(id),
  tax_id INTEGER NOT NULL REFERENCES taxes(id),
  PRIMARY KEY (product_id, tax_id)
) STRICT, WITHOUT ROWID;
INSERT INTO product_taxes VALUES(1,1);
INSERT INTO product_taxes VALUES(2,1);
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
INSERT INTO stock_movements VALUES(1,1,'inicial',100000,100000,'',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(2,2,'inicial',100000,100000,'',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(3,1,'venta',-3000,97000,'venta 1',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(4,2,'venta',-1000,99000,'venta 2',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(5,1,'venta',-2000,95000,'venta 3',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(6,2,'venta',-1000,98000,'venta 4',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(7,1,'venta',-2000,93000,'venta 5',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(8,1,'devolución',1000,94000,'devolución venta 1',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(9,2,'anulación',1000,99000,'anulación venta 2',NULL,1,1795179600);
INSERT INTO stock_movements VALUES(10,2,'venta',-1000,98000,'venta 6',NULL,1,1795266000);
INSERT INTO stock_movements VALUES(11,1,'venta',-1000,93000,'venta 7',NULL,1,1795266000);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','products_search','products_search',0,'CREATE VIRTUAL TABLE products_search USING fts5(
  name, sku, barcode, description,
  content = ''products'', content_rowid = ''id'',
  tokenize = "unicode61 remove_diacritics 2")');
CREATE TABLE IF NOT EXISTS 'products_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO products_search_data VALUES(1,X'0204020000');
INSERT INTO products_search_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO products_search_data VALUES(137438953473,X'0000002a033064650102030105656d70303101060101020405616e616461010202010470696e6f01020404070c0a');
INSERT INTO products_search_data VALUES(274877906945,X'000000180630626562303102060101020403696461020202040c');
CREATE TABLE IF NOT EXISTS 'products_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO products_search_idx VALUES(1,X'',2);
INSERT INTO products_search_idx VALUES(2,X'',2);
CREATE TABLE IF NOT EXISTS 'products_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO products_search_docsize VALUES(1,X'03010000');
INSERT INTO products_search_docsize VALUES(2,X'01010000');
CREATE TABLE IF NOT EXISTS 'products_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO products_search_config VALUES('version',4);
CREATE TABLE roles(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  code_folded TEXT NOT NULL UNIQUE,
  rights TEXT NOT NULL,
  max_line_discount INTEGER NOT NULL CHECK (max_line_discount BETWEEN 0 AND 100000),
  max_ticket_discount INTEGER NOT NULL CHECK (max_ticket_discount BETWEEN 0 AND 100000),
  max_refund INTEGER CHECK (max_refund >= 0)
) STRICT;
INSERT INTO roles VALUES(1,'cajero','cajero','vender,descontar',10000,10000,0);
INSERT INTO roles VALUES(2,'supervisor','supervisor','vender,descontar,anular,devolver,retirar,abrir-cajón,vender-sin-stock,cerrar-caja,cambiar-precio,ver-informes',50000,50000,NULL);
INSERT INTO roles VALUES(3,'dueño','dueno','vender,descontar,anular,devolver,retirar,abrir-cajón,vender-sin-stock,editar-catálogo,cerrar-caja,administrar,cambiar-precio,ver-informes',100000,100000,NULL);
CREATE TABLE users(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  role_id INTEGER NOT NULL REFERENCES roles(id),
  pin TEXT NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
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
INSERT INTO cash_sessions VALUES(1,1,1795179600,NULL,20000,0,1795204800,NULL);
INSERT INTO cash_sessions VALUES(2,1,1795266000,NULL,20000,0,NULL,NULL);
CREATE TABLE coupons(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  code_folded TEXT NOT NULL UNIQUE,
  percent INTEGER CHECK (percent > 0 AND percent <= 100000),
  amount INTEGER CHECK (amount > 0),
  minimum INTEGER NOT NULL DEFAULT 0 CHECK (minimum >= 0),
  valid_from TEXT,
  valid_until TEXT,
  max_uses INTEGER CHECK (max_uses > 0),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  CHECK ((percent IS NULL) <> (amount IS NULL))
) STRICT;
CREATE TABLE tickets(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  state TEXT NOT NULL CHECK (state IN ('abierto', 'sostenido', 'cotización')),
  number INTEGER,
  name TEXT NOT NULL DEFAULT '',
  valid_until TEXT,
  opened_at INTEGER NOT NULL,
  user_name TEXT,
  discount_percent INTEGER CHECK (discount_percent > 0 AND discount_percent <= 100000),
  discount_amount INTEGER CHECK (discount_amount > 0),
  coupon_id INTEGER REFERENCES coupons(id),
  boleta TEXT,
  note TEXT NOT NULL DEFAULT '',
  gift INTEGER NOT NULL DEFAULT 0 CHECK (gift IN (0, 1)),
  quote_id INTEGER REFERENCES tickets(id),
  approvals TEXT NOT NULL DEFAULT ''
, owner_pid INTEGER, owner_started INTEGER, owner_boot TEXT, owner_user TEXT) STRICT;
CREATE TABLE ticket_lines(
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price INTEGER,
  fixed_amount INTEGER,
  discount_percent INTEGER CHECK (discount_percent > 0 AND discount_percent <= 100000),
  discount_amount INTEGER CHECK (discount_amount > 0),
  note TEXT NOT NULL DEFAULT '',
  gift INTEGER NOT NULL DEFAULT 0 CHECK (gift IN (0, 1))
, held_price INTEGER) STRICT;
CREATE TABLE ticket_payments(
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  amount INTEGER NOT NULL,
  tendered INTEGER NOT NULL,
  change INTEGER NOT NULL,
  rounding INTEGER NOT NULL,
  reference TEXT
) STRICT;
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
  coupon_id INTEGER REFERENCES coupons(id),
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
INSERT INTO sales VALUES(1,1,1,1,1795179600,NULL,7485,0,0,NULL,NULL,0,7485,6290,-5,2520,NULL,'',0,NULL);
INSERT INTO sales VALUES(2,1,2,1,1795179600,NULL,1497,0,0,NULL,NULL,0,1497,1258,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(3,1,3,1,1795179600,NULL,4990,0,0,NULL,NULL,0,4990,4193,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(4,1,4,1,1795179600,NULL,1497,0,0,NULL,NULL,0,1497,1258,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(5,1,5,1,1795179600,NULL,4990,0,0,NULL,NULL,0,4990,4193,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(6,1,6,2,1795266000,NULL,1497,0,0,NULL,NULL,0,1497,1258,3,3500,NULL,'',0,NULL);
INSERT INTO sales VALUES(7,1,7,2,1795266000,NULL,2495,0,0,NULL,NULL,0,2495,2097,0,0,NULL,'',0,NULL);
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
INSERT INTO sale_lines VALUES(1,1,1,1,'EMP01','Empanada de pino','un',3000,2495,1,7485,0,0,0,7485,6290,'',0);
INSERT INTO sale_lines VALUES(2,2,1,2,'BEB01','Bebida','un',1000,1497,1,1497,0,0,0,1497,1258,'',0);
INSERT INTO sale_lines VALUES(3,3,1,1,'EMP01','Empanada de pino','un',2000,2495,1,4990,0,0,0,4990,4193,'',0);
INSERT INTO sale_lines VALUES(4,4,1,2,'BEB01','Bebida','un',1000,1497,1,1497,0,0,0,1497,1258,'',0);
INSERT INTO sale_lines VALUES(5,5,1,1,'EMP01','Empanada de pino','un',2000,2495,1,4990,0,0,0,4990,4193,'',0);
INSERT INTO sale_lines VALUES(6,6,1,2,'BEB01','Bebida','un',1000,1497,1,1497,0,0,0,1497,1258,'',0);
INSERT INTO sale_lines VALUES(7,7,1,1,'EMP01','Empanada de pino','un',1000,2495,1,2495,0,0,0,2495,2097,'',0);
CREATE TABLE sale_line_taxes(
  line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (line_id, code)
) STRICT, WITHOUT ROWID;
INSERT INTO sale_line_taxes VALUES(1,'iva',19000,1195);
INSERT INTO sale_line_taxes VALUES(2,'iva',19000,239);
INSERT INTO sale_line_taxes VALUES(3,'iva',19000,797);
INSERT INTO sale_line_taxes VALUES(4,'iva',19000,239);
INSERT INTO sale_line_taxes VALUES(5,'iva',19000,797);
INSERT INTO sale_line_taxes VALUES(6,'iva',19000,239);
INSERT INTO sale_line_taxes VALUES(7,'iva',19000,398);
CREATE TABLE refunds(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  number INTEGER NOT NULL,
  session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
  sale_id INTEGER NOT NULL REFERENCES sales(id),
  kind TEXT NOT NULL CHECK (kind IN ('anulación', 'devolución')),
  at INTEGER NOT NULL,
  user_name TEXT,
  approved_by TEXT,
  reason TEXT NOT NULL DEFAULT '',
  total INTEGER NOT NULL,
  net INTEGER NOT NULL,
  rounding INTEGER NOT NULL,
  UNIQUE (register_id, number)
) STRICT;
INSERT INTO refunds VALUES(1,1,1,1,1,'devolución',1795179600,NULL,NULL,'',2495,2097,-5);
INSERT INTO refunds VALUES(2,1,2,1,2,'anulación',1795179600,NULL,NULL,'error',1497,1258,0);
CREATE TABLE refund_lines(
  id INTEGER PRIMARY KEY,
  refund_id INTEGER NOT NULL REFERENCES refunds(id),
  sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  total INTEGER NOT NULL,
  net INTEGER NOT NULL
) STRICT;
INSERT INTO refund_lines VALUES(1,1,1,1000,2495,2097);
INSERT INTO refund_lines VALUES(2,2,2,1000,1497,1258);
CREATE TABLE refund_line_taxes(
  refund_line_id INTEGER NOT NULL REFERENCES refund_lines(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (refund_line_id, code)
) STRICT, WITHOUT ROWID;
INSERT INTO refund_line_taxes VALUES(1,'iva',19000,398);
INSERT INTO refund_line_taxes VALUES(2,'iva',19000,239);
CREATE TABLE payments(
  id INTEGER PRIMARY KEY,
  sale_id INTEGER REFERENCES sales(id),
  refund_id INTEGER REFERENCES refunds(id),
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
INSERT INTO payments VALUES(1,1,NULL,1,1,'efectivo',7485,10000,2520,-5,NULL,1795179600);
INSERT INTO payments VALUES(2,2,NULL,1,1,'débito',1497,1497,0,0,'555',1795179600);
INSERT INTO payments VALUES(3,3,NULL,1,1,'crédito',4990,4990,0,0,NULL,1795179600);
INSERT INTO payments VALUES(4,4,NULL,1,1,'transferencia',1497,1497,0,0,'T-9',1795179600);
INSERT INTO payments VALUES(5,5,NULL,1,1,'efectivo',2000,2000,0,0,NULL,1795179600);
INSERT INTO payments VALUES(6,5,NULL,1,1,'débito',2990,2990,0,0,NULL,1795179600);
INSERT INTO payments VALUES(7,NULL,1,1,1,'efectivo',2495,2490,0,-5,NULL,1795179600);
INSERT INTO payments VALUES(8,NULL,2,1,1,'débito',1497,1497,0,0,'555',1795179600);
INSERT INTO payments VALUES(9,6,NULL,1,2,'efectivo',1497,5000,3500,3,NULL,1795266000);
INSERT INTO payments VALUES(10,7,NULL,1,2,'débito',2495,2495,0,0,NULL,1795266000);
CREATE TABLE cash_movements(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER REFERENCES cash_sessions(id),
  kind TEXT NOT NULL CHECK (kind IN ('ingreso', 'retiro', 'cajón')),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  reason TEXT NOT NULL DEFAULT '',
  at INTEGER NOT NULL,
  user_name TEXT,
  approved_by TEXT,
  CHECK ((kind = 'cajón' AND amount = 0) OR (kind <> 'cajón' AND amount > 0))
) STRICT;
CREATE TABLE z_reports(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  number INTEGER NOT NULL CHECK (number > 0),
  session_id INTEGER NOT NULL UNIQUE REFERENCES cash_sessions(id),
  register_name TEXT NOT NULL,
  opened_at INTEGER NOT NULL,
  opened_by TEXT,
  auto_opened INTEGER NOT NULL,
  closed_at INTEGER NOT NULL,
  closed_by TEXT,
  approved_by TEXT,
  opening_float INTEGER NOT NULL,
  sales_count INTEGER NOT NULL,
  first_sale INTEGER,
  last_sale INTEGER,
  sales_total INTEGER NOT NULL,
  sales_net INTEGER NOT NULL,
  line_discounts INTEGER NOT NULL,
  ticket_discounts INTEGER NOT NULL,
  coupon_count INTEGER NOT NULL,
  coupon_discounts INTEGER NOT NULL,
  voids_count INTEGER NOT NULL,
  voids_total INTEGER NOT NULL,
  returns_count INTEGER NOT NULL,
  returns_total INTEGER NOT NULL,
  refunds_net INTEGER NOT NULL,
  rounding INTEGER NOT NULL,
  cash_sales INTEGER NOT NULL,
  cash_refunds INTEGER NOT NULL,
  deposits_count INTEGER NOT NULL,
  deposits INTEGER NOT NULL,
  withdrawals_count INTEGER NOT NULL,
  withdrawals INTEGER NOT NULL,
  drawer_opens INTEGER NOT NULL,
  expected_cash INTEGER NOT NULL,
  counted_cash INTEGER NOT NULL CHECK (counted_cash >= 0),
  cash_difference INTEGER NOT NULL,
  left_float INTEGER NOT NULL CHECK (left_float >= 0 AND left_float <= counted_cash),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (register_id, number)
) STRICT;
INSERT INTO z_reports VALUES(1,1,1,1,'Caja 1',1795179600,NULL,0,1795204800,NULL,NULL,20000,5,1,5,20459,17192,0,0,0,0,1,1497,1,2495,3355,0,9480,2490,0,0,0,0,0,26990,26990,0,20000,'');
CREATE TABLE z_report_methods(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  method TEXT NOT NULL,
  payments INTEGER NOT NULL,
  expected INTEGER NOT NULL,
  counted INTEGER,
  difference INTEGER,
  PRIMARY KEY (z_report_id, method)
) STRICT, WITHOUT ROWID;
INSERT INTO z_report_methods VALUES(1,'crédito',1,4990,4990,0);
INSERT INTO z_report_methods VALUES(1,'débito',2,2990,2990,0);
INSERT INTO z_report_methods VALUES(1,'efectivo',2,26990,26990,0);
INSERT INTO z_report_methods VALUES(1,'transferencia',1,1497,1497,0);
CREATE TABLE z_report_taxes(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  sales INTEGER NOT NULL,
  refunds INTEGER NOT NULL,
  PRIMARY KEY (z_report_id, code, rate)
) STRICT, WITHOUT ROWID;
INSERT INTO z_report_taxes VALUES(1,'iva',19000,3267,637);
CREATE TABLE z_report_denominations(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  value INTEGER NOT NULL CHECK (value > 0),
  count INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (z_report_id, value)
) STRICT, WITHOUT ROWID;
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
, status_check INTEGER NOT NULL DEFAULT 1
  CHECK (status_check IN (0, 1))) STRICT;
CREATE TABLE sale_line_gifts(
  line_id INTEGER PRIMARY KEY REFERENCES sale_lines(id)
) STRICT;
CREATE TABLE IF NOT EXISTS "print_jobs"(
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
CREATE TABLE z_report_heads(
  z_report_id INTEGER PRIMARY KEY REFERENCES z_reports(id),
  journal_id INTEGER,
  hash TEXT
) STRICT;
INSERT INTO z_report_heads VALUES(1,10,'4e5750b00e798149ca5635e953a513844aaae144e97a1f0f8b213eef3f4659e0');
CREATE TABLE IF NOT EXISTS "journal"(
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
  after TEXT,
  hash TEXT NOT NULL
) STRICT;
INSERT INTO journal VALUES(1,1795179600,NULL,NULL,1,'crear producto "Empanada de pino" precio 2495 stock 100','producto.crear','products','EMP01',NULL,'{"sku":"EMP01","barras":null,"nombre":"Empanada de pino","categoria":null,"unidad":"un","precio":2495,"costo":null,"precio_con_impuestos":true,"impuestos":["iva"],"stock":100,"minimo":null,"vender_sin_stock":false,"vence":null,"en_pos":true,"descripcion":"","activo":true}','4e0634bf3cd75dc03bdb7742d17963e48fe23733db7d3e818997d20313bff7e0');
INSERT INTO journal VALUES(2,1795179600,NULL,NULL,1,'crear producto Bebida precio 1497 stock 100','producto.crear','products','BEB01',NULL,'{"sku":"BEB01","barras":null,"nombre":"Bebida","categoria":null,"unidad":"un","precio":1497,"costo":null,"precio_con_impuestos":true,"impuestos":["iva"],"stock":100,"minimo":null,"vender_sin_stock":false,"vence":null,"en_pos":true,"descripcion":"","activo":true}','b48916de831cabd275403b3fd15843b25270b77c9c21b34c37687c79dd78946b');
INSERT INTO journal VALUES(3,1795179600,NULL,NULL,1,'abrir caja 20000','caja.abrir','sesión','1',NULL,'{"caja":"Caja 1","fondo":20000,"automática":false}','eb08d9eec0cc171c2294886937675bc567c3412af570e4cba7b0f2911b5661ec');
INSERT INTO journal VALUES(4,1795179600,NULL,NULL,1,'vender 3 empanada pino pagar efectivo 10000','venta.registrar','venta','1-1',NULL,'{"numero":1,"caja":"Caja 1","lineas":[{"sku":"EMP01","nombre":"Empanada de pino","cantidad":3,"precio":2495,"importe":null}],"total":7485,"descuentos":0,"cupon":null,"pagos":[{"medio":"efectivo","monto":7485,"entregado":10000,"vuelto":2520,"redondeo":-5,"referencia":null}],"bajo_cero":false,"sello":"5d5aca5ebc64f23ccc3a9c457e6d1964dacad2b66cbe9f47a7e57c7fab99d104"}','621e2cbdd0b610c071e93e6630f715d7fa2becf5a47731f1c38c44ae056f2a09');
INSERT INTO journal VALUES(5,1795179600,NULL,NULL,1,'vender 1 bebida pagar débito ref 555','venta.registrar','venta','1-2',NULL,'{"numero":2,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":1,"precio":1497,"importe":null}],"total":1497,"descuentos":0,"cupon":null,"pagos":[{"medio":"débito","monto":1497,"entregado":1497,"vuelto":0,"redondeo":0,"referencia":"555"}],"bajo_cero":false,"sello":"8b555cca2a00549664a028a8d9f0a83623740410ca64dd918a13f8f520f184a7"}','d2d9005d04814255a14a12faea157fdd2c945dcf40061ca7ffa6e57a9e92adda');
INSERT INTO journal VALUES(6,1795179600,NULL,NULL,1,'vender 2 empanada pino pagar crédito','venta.registrar','venta','1-3',NULL,'{"numero":3,"caja":"Caja 1","lineas":[{"sku":"EMP01","nombre":"Empanada de pino","cantidad":2,"precio":2495,"importe":null}],"total":4990,"descuentos":0,"cupon":null,"pagos":[{"medio":"crédito","monto":4990,"entregado":4990,"vuelto":0,"redondeo":0,"referencia":null}],"bajo_cero":false,"sello":"2d0b23a3aac104d6a1510ca309a4ce329115224725bb578e1393a1174ade2ac6"}','d219c2c10a84d5d7145c846615423d0175532ac65d03547fc1829acbc2284791');
INSERT INTO journal VALUES(7,1795179600,NULL,NULL,1,'vender 1 bebida pagar transferencia ref T-9','venta.registrar','venta','1-4',NULL,'{"numero":4,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":1,"precio":1497,"importe":null}],"total":1497,"descuentos":0,"cupon":null,"pagos":[{"medio":"transferencia","monto":1497,"entregado":1497,"vuelto":0,"redondeo":0,"referencia":"T-9"}],"bajo_cero":false,"sello":"70758c99b72d12d5a13ae04b615724e7b698b6f42b227634190addc17559ac66"}','6156898f2f5f54d7687338f5fe568fa4181884b6de36795aa2ba620f005e27a0');
INSERT INTO journal VALUES(8,1795179600,NULL,NULL,1,'vender 2 empanada pino pagar efectivo 2000, débito','venta.registrar','venta','1-5',NULL,'{"numero":5,"caja":"Caja 1","lineas":[{"sku":"EMP01","nombre":"Empanada de pino","cantidad":2,"precio":2495,"importe":null}],"total":4990,"descuentos":0,"cupon":null,"pagos":[{"medio":"efectivo","monto":2000,"entregado":2000,"vuelto":0,"redondeo":0,"referencia":null},{"medio":"débito","monto":2990,"entregado":2990,"vuelto":0,"redondeo":0,"referencia":null}],"bajo_cero":false,"sello":"430e652c22273268ebbb4372d21d509565d393c2a1e713c23a67462e7c53877c"}','e9c38b3aeebedac4b44e071ed96bae8c65d039738cb02c0d40fab2b8d5edc198');
INSERT INTO journal VALUES(9,1795179600,NULL,NULL,1,'devolver venta 1 1 empanada pino','venta.devolver','venta','1-1',NULL,'{"numero":1,"venta":1,"motivo":"","lineas":[{"nombre":"Empanada de pino","cantidad":1,"monto":2495}],"total":2495,"pagos":[{"medio":"efectivo","monto":2495,"entregado":2490,"vuelto":0,"redondeo":-5,"referencia":null}]}','609e37978b3a022bb31b3a9e812476ffe3993bd4c41a7615cbe0af75a7918439');
INSERT INTO journal VALUES(10,1795179600,NULL,NULL,1,'anular venta 2 motivo "error"','venta.anular','venta','1-2',NULL,'{"numero":2,"venta":2,"motivo":"error","lineas":[{"nombre":"Bebida","cantidad":1,"monto":1497}],"total":1497,"pagos":[{"medio":"débito","monto":1497,"entregado":1497,"vuelto":0,"redondeo":0,"referencia":"555"}]}','4e5750b00e798149ca5635e953a513844aaae144e97a1f0f8b213eef3f4659e0');
INSERT INTO journal VALUES(11,1795204800,NULL,NULL,1,'cerrar caja 26990 débito 2990 crédito 4990 transferencia 1497 dejar 20000','caja.cerrar','sesión','1',NULL,'{"caja":"Caja 1","informe_z":1,"esperado":26990,"contado":26990,"diferencia":0,"dejado":20000,"nota":""}','c5a19a7474a87564ebf4b981046e6c1bdaa37bcd8c956edd7c4c284103854f49');
INSERT INTO journal VALUES(12,1795266000,NULL,NULL,1,'abrir caja 20000','caja.abrir','sesión','2',NULL,'{"caja":"Caja 1","fondo":20000,"automática":false}','4bdd22896279ceadf6b83de542aec03759c03cc259cd68e68daf81989afd0839');
INSERT INTO journal VALUES(13,1795266000,NULL,NULL,1,'vender 1 bebida pagar efectivo 5000','venta.registrar','venta','1-6',NULL,'{"numero":6,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":1,"precio":1497,"importe":null}],"total":1497,"descuentos":0,"cupon":null,"pagos":[{"medio":"efectivo","monto":1497,"entregado":5000,"vuelto":3500,"redondeo":3,"referencia":null}],"bajo_cero":false,"sello":"e8c9adf1181f6c61ece3b5ef0d48e4c825a4a3d6e75c9440f565e8c34d905fdf"}','beccfb04c9e5cb97a37eadfc15dd9d39602fcea38ced60a3c550a797622b0091');
INSERT INTO journal VALUES(14,1795266000,NULL,NULL,1,'vender 1 empanada pino pagar débito','venta.registrar','venta','1-7',NULL,'{"numero":7,"caja":"Caja 1","lineas":[{"sku":"EMP01","nombre":"Empanada de pino","cantidad":1,"precio":2495,"importe":null}],"total":2495,"descuentos":0,"cupon":null,"pagos":[{"medio":"débito","monto":2495,"entregado":2495,"vuelto":0,"redondeo":0,"referencia":null}],"bajo_cero":false,"sello":"19262c2d492c04c5637b4a9dd0f5bf5c3f9b59b1800ccc63e1604f6f36a71977"}','519f832c1105109d7323a387180db0c5e5290ff3fb65791ad9b0c5a7adc782ac');
CREATE UNIQUE INDEX categories_active_name ON categories(name_folded) WHERE active = 1;
CREATE INDEX categories_parent ON categories(parent_id);
CREATE UNIQUE INDEX products_active_name ON products(name_folded) WHERE active = 1;
CREATE INDEX products_category ON products(category_id);
CREATE INDEX products_expires ON products(expires) WHERE expires IS NOT NULL;
CREATE INDEX stock_movements_product ON stock_movements(product_id, id);
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
  BEGIN SELECT RAISE(ABORT, 'los movimientos de stock no se pueden modificar ni borrar'); END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
  BEGIN SELECT RAISE(ABORT, 'los movimientos de stock no se pueden modificar ni borrar'); END;
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
CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions(register_id)
  WHERE closed_at IS NULL;
CREATE UNIQUE INDEX tickets_numbers ON tickets(state, number) WHERE number IS NOT NULL;
CREATE INDEX ticket_lines_ticket ON ticket_lines(ticket_id, position);
CREATE INDEX sales_at ON sales(at);
CREATE INDEX sales_session ON sales(session_id);
CREATE INDEX sale_lines_product ON sale_lines(product_id);
CREATE INDEX refunds_sale ON refunds(sale_id);
CREATE INDEX refunds_session ON refunds(session_id);
CREATE UNIQUE INDEX refunds_one_void ON refunds(sale_id) WHERE kind = 'anulación';
CREATE INDEX refund_lines_line ON refund_lines(sale_line_id);
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
CREATE TRIGGER refunds_no_update BEFORE UPDATE ON refunds
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede modificar'); END;
CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede borrar'); END;
CREATE INDEX cash_movements_session ON cash_movements(session_id, kind);
CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
  BEGIN SELECT RAISE(ABORT, 'un movimiento de caja no se puede modificar'); END;
CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
  BEGIN SELECT RAISE(ABORT, 'un movimiento de caja no se puede borrar'); END;
CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
CREATE TRIGGER z_report_methods_no_update BEFORE UPDATE ON z_report_methods
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
CREATE TRIGGER z_report_methods_no_delete BEFORE DELETE ON z_report_methods
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
CREATE TRIGGER z_report_taxes_no_update BEFORE UPDATE ON z_report_taxes
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
CREATE TRIGGER z_report_taxes_no_delete BEFORE DELETE ON z_report_taxes
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
CREATE TRIGGER z_report_denominations_no_update BEFORE UPDATE ON z_report_denominations
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
CREATE TRIGGER z_report_denominations_no_delete BEFORE DELETE ON z_report_denominations
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
CREATE TRIGGER cash_sessions_closed_final BEFORE UPDATE ON cash_sessions
  WHEN OLD.closed_at IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'una caja cerrada no se puede modificar'); END;
CREATE TRIGGER cash_sessions_no_delete BEFORE DELETE ON cash_sessions
  BEGIN SELECT RAISE(ABORT, 'una sesión de caja no se puede borrar'); END;
CREATE TRIGGER sales_session_open BEFORE INSERT ON sales
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER refunds_session_open BEFORE INSERT ON refunds
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER payments_session_open BEFORE INSERT ON payments
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER cash_movements_session_open BEFORE INSERT ON cash_movements
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE UNIQUE INDEX printers_one_default ON printers(role)
  WHERE is_default = 1 AND active = 1;
CREATE UNIQUE INDEX tickets_open_per_terminal
  ON tickets(register_id, owner_pid, owner_started, owner_boot) WHERE state = 'abierto';
CREATE TRIGGER sale_line_gifts_no_update BEFORE UPDATE ON sale_line_gifts
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE TRIGGER sale_line_gifts_no_delete BEFORE DELETE ON sale_line_gifts
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
CREATE TRIGGER sale_line_gifts_no_replace BEFORE INSERT ON sale_line_gifts
  WHEN EXISTS (SELECT 1 FROM sale_line_gifts WHERE line_id = NEW.line_id)
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE INDEX print_jobs_waiting ON print_jobs(state, id)
  WHERE state IN ('pendiente', 'fallido', 'enviando');
CREATE TRIGGER z_report_heads_no_update BEFORE UPDATE ON z_report_heads
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
CREATE TRIGGER z_report_heads_no_delete BEFORE DELETE ON z_report_heads
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
CREATE TRIGGER sale_line_taxes_no_update BEFORE UPDATE ON sale_line_taxes
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE TRIGGER sale_line_taxes_no_delete BEFORE DELETE ON sale_line_taxes
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
CREATE TRIGGER refund_lines_no_update BEFORE UPDATE ON refund_lines
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede modificar'); END;
CREATE TRIGGER refund_lines_no_delete BEFORE DELETE ON refund_lines
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede borrar'); END;
CREATE TRIGGER refund_line_taxes_no_update BEFORE UPDATE ON refund_line_taxes
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede modificar'); END;
CREATE TRIGGER refund_line_taxes_no_delete BEFORE DELETE ON refund_line_taxes
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede borrar'); END;
CREATE TRIGGER stock_movements_no_replace BEFORE INSERT ON stock_movements
  WHEN EXISTS (SELECT 1 FROM stock_movements WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un movimiento de stock no se puede reemplazar'); END;
CREATE TRIGGER sales_no_replace BEFORE INSERT ON sales
  WHEN EXISTS (SELECT 1 FROM sales WHERE id = NEW.id OR (register_id = NEW.register_id AND number = NEW.number))
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede reemplazar'); END;
CREATE TRIGGER sale_lines_no_replace BEFORE INSERT ON sale_lines
  WHEN EXISTS (SELECT 1 FROM sale_lines WHERE id = NEW.id OR (sale_id = NEW.sale_id AND position = NEW.position))
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede reemplazar'); END;
CREATE TRIGGER sale_line_taxes_no_replace BEFORE INSERT ON sale_line_taxes
  WHEN EXISTS (SELECT 1 FROM sale_line_taxes WHERE line_id = NEW.line_id AND code = NEW.code)
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede reemplazar'); END;
CREATE TRIGGER payments_no_replace BEFORE INSERT ON payments
  WHEN EXISTS (SELECT 1 FROM payments WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede reemplazar'); END;
CREATE TRIGGER refunds_no_replace BEFORE INSERT ON refunds
  WHEN EXISTS (SELECT 1 FROM refunds WHERE id = NEW.id OR (register_id = NEW.register_id AND number = NEW.number) OR (NEW.kind = 'anulación' AND kind = 'anulación' AND sale_id = NEW.sale_id))
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede reemplazar'); END;
CREATE TRIGGER refund_lines_no_replace BEFORE INSERT ON refund_lines
  WHEN EXISTS (SELECT 1 FROM refund_lines WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede reemplazar'); END;
CREATE TRIGGER refund_line_taxes_no_replace BEFORE INSERT ON refund_line_taxes
  WHEN EXISTS (SELECT 1 FROM refund_line_taxes WHERE refund_line_id = NEW.refund_line_id AND code = NEW.code)
  BEGIN SELECT RAISE(ABORT, 'una devolución registrada no se puede reemplazar'); END;
CREATE TRIGGER cash_movements_no_replace BEFORE INSERT ON cash_movements
  WHEN EXISTS (SELECT 1 FROM cash_movements WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un movimiento de caja no se puede reemplazar'); END;
CREATE TRIGGER z_reports_no_replace BEFORE INSERT ON z_reports
  WHEN EXISTS (SELECT 1 FROM z_reports WHERE id = NEW.id OR session_id = NEW.session_id OR (register_id = NEW.register_id AND number = NEW.number))
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede reemplazar'); END;
CREATE TRIGGER z_report_methods_no_replace BEFORE INSERT ON z_report_methods
  WHEN EXISTS (SELECT 1 FROM z_report_methods WHERE z_report_id = NEW.z_report_id AND method = NEW.method)
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede reemplazar'); END;
CREATE TRIGGER z_report_taxes_no_replace BEFORE INSERT ON z_report_taxes
  WHEN EXISTS (SELECT 1 FROM z_report_taxes WHERE z_report_id = NEW.z_report_id AND code = NEW.code AND rate = NEW.rate)
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede reemplazar'); END;
CREATE TRIGGER z_report_denominations_no_replace BEFORE INSERT ON z_report_denominations
  WHEN EXISTS (SELECT 1 FROM z_report_denominations WHERE z_report_id = NEW.z_report_id AND value = NEW.value)
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede reemplazar'); END;
CREATE TRIGGER z_report_heads_no_replace BEFORE INSERT ON z_report_heads
  WHEN EXISTS (SELECT 1 FROM z_report_heads WHERE z_report_id = NEW.z_report_id)
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede reemplazar'); END;
CREATE TRIGGER cash_sessions_no_replace BEFORE INSERT ON cash_sessions
  WHEN EXISTS (SELECT 1 FROM cash_sessions WHERE id = NEW.id OR (NEW.closed_at IS NULL AND closed_at IS NULL AND register_id = NEW.register_id))
  BEGIN SELECT RAISE(ABORT, 'una sesión de caja no se puede reemplazar'); END;
CREATE INDEX journal_at ON journal(at);
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
  BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
  BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede modificar ni borrar'); END;
CREATE TRIGGER journal_no_replace BEFORE INSERT ON journal
  WHEN EXISTS (SELECT 1 FROM journal WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'la bitácora no se puede reemplazar'); END;
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA user_version = 12;
PRAGMA application_id = 1953064302;
