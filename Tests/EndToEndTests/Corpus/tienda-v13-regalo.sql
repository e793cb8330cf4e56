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
INSERT INTO registers VALUES(1,'Caja 1','caja 1',1,1796475219);
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
INSERT INTO taxes VALUES(1,'iva','iva',19000,'Impuesto al valor agregado',1796475219,NULL);
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
INSERT INTO products VALUES(1,'BEB01','beb01',NULL,'Bebida','bebida',NULL,'un',1497,NULL,1,94000,NULL,0,NULL,1,'',0,1,1796130000,1796216400);
CREATE TABLE product_taxes(
  product_id INTEGER NOT NULL REFERENCES products(id),
  tax_id INTEGER NOT NULL REFERENCES taxes(id),
  PRIMARY KEY (product_id, tax_id)
) STRICT, WITHOUT ROWID;
INSERT INTO product_taxes VALUES(1,1);
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
INSERT INTO stock_movements VALUES(1,1,'inicial',100000,100000,'',NULL,1,1796130000);
INSERT INTO stock_movements VALUES(2,1,'venta',-1000,99000,'venta 1',NULL,1,1796130000);
INSERT INTO stock_movements VALUES(3,1,'venta',-2000,97000,'venta 2',NULL,1,1796130000);
INSERT INTO stock_movements VALUES(4,1,'venta',-1000,96000,'venta 3',NULL,1,1796130000);
INSERT INTO stock_movements VALUES(5,1,'venta',-2000,94000,'venta 4',NULL,1,1796130000);
INSERT INTO stock_movements VALUES(6,1,'devolución',1000,95000,'devolución venta 2',NULL,1,1796130000);
INSERT INTO stock_movements VALUES(7,1,'anulación',1000,96000,'anulación venta 1',NULL,1,1796130000);
INSERT INTO stock_movements VALUES(8,1,'venta',-1000,95000,'venta 5',NULL,1,1796216400);
INSERT INTO stock_movements VALUES(9,1,'venta',-1000,94000,'venta 6',NULL,1,1796216400);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','products_search','products_search',0,'CREATE VIRTUAL TABLE products_search USING fts5(
  name, sku, barcode, description,
  content = ''products'', content_rowid = ''id'',
  tokenize = "unicode61 remove_diacritics 2")');
CREATE TABLE IF NOT EXISTS 'products_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO products_search_data VALUES(1,X'0101010000');
INSERT INTO products_search_data VALUES(10,X'000000000101010001010101');
INSERT INTO products_search_data VALUES(137438953473,X'000000180630626562303101060101020403696461010202040c');
CREATE TABLE IF NOT EXISTS 'products_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO products_search_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'products_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO products_search_docsize VALUES(1,X'01010000');
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
INSERT INTO cash_sessions VALUES(1,1,1796130000,NULL,10000,0,1796130000,NULL);
INSERT INTO cash_sessions VALUES(2,1,1796216400,NULL,5000,0,NULL,NULL);
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
INSERT INTO sales VALUES(1,1,1,1,1796130000,NULL,1497,0,0,NULL,NULL,0,1497,1258,3,500,NULL,'',0,NULL);
INSERT INTO sales VALUES(2,1,2,1,1796130000,NULL,2994,0,0,NULL,NULL,0,2994,2516,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(3,1,3,1,1796130000,NULL,1497,0,0,NULL,NULL,0,1497,1258,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(4,1,4,1,1796130000,NULL,2994,0,0,NULL,NULL,0,2994,2516,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(5,1,5,2,1796216400,NULL,1497,0,0,NULL,NULL,0,1497,1258,0,0,NULL,'',0,NULL);
INSERT INTO sales VALUES(6,1,6,2,1796216400,NULL,1497,0,0,NULL,NULL,0,1497,1258,3,0,NULL,'',0,NULL);
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
INSERT INTO sale_lines VALUES(1,1,1,1,'BEB01','Bebida','un',1000,1497,1,1497,0,0,0,1497,1258,'',0);
INSERT INTO sale_lines VALUES(2,2,1,1,'BEB01','Bebida','un',2000,1497,1,2994,0,0,0,2994,2516,'',0);
INSERT INTO sale_lines VALUES(3,3,1,1,'BEB01','Bebida','un',1000,1497,1,1497,0,0,0,1497,1258,'',0);
INSERT INTO sale_lines VALUES(4,4,1,1,'BEB01','Bebida','un',2000,1497,1,2994,0,0,0,2994,2516,'',0);
INSERT INTO sale_lines VALUES(5,5,1,1,'BEB01','Bebida','un',1000,1497,1,1497,0,0,0,1497,1258,'',0);
INSERT INTO sale_lines VALUES(6,6,1,1,'BEB01','Bebida','un',1000,1497,1,1497,0,0,0,1497,1258,'',0);
CREATE TABLE sale_line_taxes(
  line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (line_id, code)
) STRICT, WITHOUT ROWID;
INSERT INTO sale_line_taxes VALUES(1,'iva',19000,239);
INSERT INTO sale_line_taxes VALUES(2,'iva',19000,478);
INSERT INTO sale_line_taxes VALUES(3,'iva',19000,239);
INSERT INTO sale_line_taxes VALUES(4,'iva',19000,478);
INSERT INTO sale_line_taxes VALUES(5,'iva',19000,239);
INSERT INTO sale_line_taxes VALUES(6,'iva',19000,239);
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
INSERT INTO refunds VALUES(1,1,1,1,2,'devolución',1796130000,NULL,NULL,'',1497,1258,0);
INSERT INTO refunds VALUES(2,1,2,1,1,'anulación',1796130000,NULL,NULL,'prueba',1497,1258,3);
CREATE TABLE refund_lines(
  id INTEGER PRIMARY KEY,
  refund_id INTEGER NOT NULL REFERENCES refunds(id),
  sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  total INTEGER NOT NULL,
  net INTEGER NOT NULL
) STRICT;
INSERT INTO refund_lines VALUES(1,1,2,1000,1497,1258);
INSERT INTO refund_lines VALUES(2,2,1,1000,1497,1258);
CREATE TABLE refund_line_taxes(
  refund_line_id INTEGER NOT NULL REFERENCES refund_lines(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (refund_line_id, code)
) STRICT, WITHOUT ROWID;
INSERT INTO refund_line_taxes VALUES(1,'iva',19000,239);
INSERT INTO refund_line_taxes VALUES(2,'iva',19000,239);
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
INSERT INTO z_reports VALUES(1,1,1,1,'Caja 1',1796130000,NULL,0,1796130000,NULL,NULL,10000,4,1,4,8982,7548,0,0,0,0,1,1497,1,1497,2516,0,2500,1500,0,0,0,0,0,11000,9010,-1990,0,'');
CREATE TABLE z_report_methods(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  method TEXT NOT NULL,
  payments INTEGER NOT NULL,
  expected INTEGER NOT NULL,
  counted INTEGER,
  difference INTEGER,
  PRIMARY KEY (z_report_id, method)
) STRICT, WITHOUT ROWID;
INSERT INTO z_report_methods VALUES(1,'amipass',2,3491,3491,0);
INSERT INTO z_report_methods VALUES(1,'crédito',0,0,NULL,NULL);
INSERT INTO z_report_methods VALUES(1,'débito',1,1497,1497,0);
INSERT INTO z_report_methods VALUES(1,'efectivo',2,11000,9010,-1990);
INSERT INTO z_report_methods VALUES(1,'transferencia',0,0,NULL,NULL);
CREATE TABLE z_report_taxes(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  sales INTEGER NOT NULL,
  refunds INTEGER NOT NULL,
  PRIMARY KEY (z_report_id, code, rate)
) STRICT, WITHOUT ROWID;
INSERT INTO z_report_taxes VALUES(1,'iva',19000,1434,478);
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
INSERT INTO z_report_heads VALUES(1,9,'1c7ba22fc948a25831ea141ebb0f28deb85b8df9ce37eab32c1b2a63a33b0bba');
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
INSERT INTO journal VALUES(1,1796130000,NULL,NULL,1,'crear producto Bebida precio 1497 stock 100','producto.crear','products','BEB01',NULL,'{"sku":"BEB01","barras":null,"nombre":"Bebida","categoria":null,"unidad":"un","precio":1497,"costo":null,"precio_con_impuestos":true,"impuestos":["iva"],"stock":100,"minimo":null,"vender_sin_stock":false,"vence":null,"en_pos":true,"descripcion":"","activo":true}','108d33f08966bb213f8840633e503ff9f8048d7222a14b1751f4f4bb1231e64a');
INSERT INTO journal VALUES(2,1796130000,NULL,NULL,1,'crear medio de pago amipass tipo billetera referencia obligatoria','medio_pago.crear','payment_methods','8',NULL,'{"nombre":"amipass","tipo":"billetera","referencia_obligatoria":true,"activo":true}','c7ba56b89137832150cf471bfc836df87b3338d564bc92e257b5a461ad885d6e');
INSERT INTO journal VALUES(3,1796130000,NULL,NULL,1,'abrir caja 10000','caja.abrir','sesión','1',NULL,'{"caja":"Caja 1","fondo":10000,"automática":false}','ed0bc2e425ea97586d78d67f80004d9743defb7fe7547d57bbcb9a9ac5a804ef');
INSERT INTO journal VALUES(4,1796130000,NULL,NULL,1,'vender 1 bebida pagar efectivo 2000','venta.registrar','venta','1-1',NULL,'{"numero":1,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":1,"precio":1497,"importe":null}],"total":1497,"descuentos":0,"cupon":null,"pagos":[{"medio":"efectivo","monto":1497,"entregado":2000,"vuelto":500,"redondeo":3,"referencia":null}],"bajo_cero":false,"sello":"9e635d722a56a0a198e0bf5a475520ccedd4f0832e7d8139130c857605ffd19c"}','915796965027a10520c9e8e53712d6cde501136e78fadfa5783ca2ad4bffeef4');
INSERT INTO journal VALUES(5,1796130000,NULL,NULL,1,'vender 2 bebida pagar débito','venta.registrar','venta','1-2',NULL,'{"numero":2,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":2,"precio":1497,"importe":null}],"total":2994,"descuentos":0,"cupon":null,"pagos":[{"medio":"débito","monto":2994,"entregado":2994,"vuelto":0,"redondeo":0,"referencia":null}],"bajo_cero":false,"sello":"ea3e32f26f9c88145a8434ab228e45988cdb7cdaaf1310406d53dee70494f5f0"}','7009bb1aba5a37b5e836c2b18eefd427beb46aec66d6d5da7d5e7ea4e116b451');
INSERT INTO journal VALUES(6,1796130000,NULL,NULL,1,'vender 1 bebida pagar amipass ref 883311','venta.registrar','venta','1-3',NULL,'{"numero":3,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":1,"precio":1497,"importe":null}],"total":1497,"descuentos":0,"cupon":null,"pagos":[{"medio":"amipass","monto":1497,"entregado":1497,"vuelto":0,"redondeo":0,"referencia":"883311"}],"bajo_cero":false,"sello":"06b97ad4f9c2a46f4aa895afb77293bd72a544ed9ad946877aaf5a3abb3ff0f9"}','39951af3b3076523c2cb267461150047bbf9cd7e1a10c9268f06f51584512611');
INSERT INTO journal VALUES(7,1796130000,NULL,NULL,1,'vender 2 bebida pagar efectivo 1000, amipass ref 77','venta.registrar','venta','1-4',NULL,'{"numero":4,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":2,"precio":1497,"importe":null}],"total":2994,"descuentos":0,"cupon":null,"pagos":[{"medio":"efectivo","monto":1000,"entregado":1000,"vuelto":0,"redondeo":0,"referencia":null},{"medio":"amipass","monto":1994,"entregado":1994,"vuelto":0,"redondeo":0,"referencia":"77"}],"bajo_cero":false,"sello":"d12e65ba4781d90c43a890142114c039f00d04f845167aa6d0ccccabcae80d0c"}','c91fd32367c5c586c3e001d668a6bf4eef0197e5b1dc3547bc7ac7a25beb5290');
INSERT INTO journal VALUES(8,1796130000,NULL,NULL,1,'devolver venta 2 1 bebida reembolso original','venta.devolver','venta','1-2',NULL,'{"numero":1,"venta":2,"motivo":"","lineas":[{"nombre":"Bebida","cantidad":1,"monto":1497}],"total":1497,"pagos":[{"medio":"débito","monto":1497,"entregado":1497,"vuelto":0,"redondeo":0,"referencia":null}]}','0a3439a2bd9dbf834d015cc1831128c9737526bc1b9a5b2f63329fd1f3c1f5cd');
INSERT INTO journal VALUES(9,1796130000,NULL,NULL,1,'anular venta 1 motivo "prueba"','venta.anular','venta','1-1',NULL,'{"numero":2,"venta":1,"motivo":"prueba","lineas":[{"nombre":"Bebida","cantidad":1,"monto":1497}],"total":1497,"pagos":[{"medio":"efectivo","monto":1497,"entregado":1500,"vuelto":0,"redondeo":3,"referencia":null}]}','1c7ba22fc948a25831ea141ebb0f28deb85b8df9ce37eab32c1b2a63a33b0bba');
INSERT INTO journal VALUES(10,1796130000,NULL,NULL,1,'cerrar caja 9010 débito 1497 amipass 3491','caja.cerrar','sesión','1',NULL,'{"caja":"Caja 1","informe_z":1,"esperado":11000,"contado":9010,"diferencia":-1990,"dejado":0,"nota":""}','9c4c440e96110573e6f2b8b9802a2034d95a2228bdb44fb3f566742148215e4f');
INSERT INTO journal VALUES(11,1796216400,NULL,NULL,1,'abrir caja 5000','caja.abrir','sesión','2',NULL,'{"caja":"Caja 1","fondo":5000,"automática":false}','6564b87b8db0f7e009dfee72eeeed9cafe0b4d88fa384e627820414753048605');
INSERT INTO journal VALUES(12,1796216400,NULL,NULL,1,'vender 1 bebida pagar crédito','venta.registrar','venta','1-5',NULL,'{"numero":5,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":1,"precio":1497,"importe":null}],"total":1497,"descuentos":0,"cupon":null,"pagos":[{"medio":"crédito","monto":1497,"entregado":1497,"vuelto":0,"redondeo":0,"referencia":null}],"bajo_cero":false,"sello":"90b9691faa197ec8a73fdee28525a1832b5f42e9f5205f497d81a43a75bd5b0b"}','3af093d1b3b76a16c26e219202ac059e17b255055b4a01451fda904e860f32db');
INSERT INTO journal VALUES(13,1796216400,NULL,NULL,1,'vender 1 bebida pagar efectivo','venta.registrar','venta','1-6',NULL,'{"numero":6,"caja":"Caja 1","lineas":[{"sku":"BEB01","nombre":"Bebida","cantidad":1,"precio":1497,"importe":null}],"total":1497,"descuentos":0,"cupon":null,"pagos":[{"medio":"efectivo","monto":1497,"entregado":1500,"vuelto":0,"redondeo":3,"referencia":null}],"bajo_cero":false,"sello":"f579df39ad19c4832c0ca3ae099594d59f5b30508217eaa4c1c1493a797464e8"}','2485fed985194c6ed9470eb66cc1aefae20b905e577b91e5eeb2d73786cafae5');
CREATE TABLE payment_methods(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('tarjeta', 'transferencia', 'billetera', 'vale',
    'cheque', 'efectivo', 'otro')),
  reference_required INTEGER NOT NULL DEFAULT 0 CHECK (reference_required IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
INSERT INTO payment_methods VALUES(1,'efectivo','efectivo','efectivo',0,1,1,1,1796475219);
INSERT INTO payment_methods VALUES(2,'débito','debito','tarjeta',0,1,1,1,1796475219);
INSERT INTO payment_methods VALUES(3,'crédito','credito','tarjeta',0,1,1,1,1796475219);
INSERT INTO payment_methods VALUES(4,'transferencia','transferencia','transferencia',0,1,1,1,1796475219);
INSERT INTO payment_methods VALUES(5,'fiado','fiado','otro',0,0,1,0,1796475219);
INSERT INTO payment_methods VALUES(6,'tarjeta-regalo','tarjeta-regalo','vale',0,0,1,0,1796475219);
INSERT INTO payment_methods VALUES(7,'puntos','puntos','otro',0,0,1,0,1796475219);
INSERT INTO payment_methods VALUES(8,'amipass','amipass','billetera',1,1,0,1,1796130000);
CREATE TABLE IF NOT EXISTS "payments"(
  id INTEGER PRIMARY KEY,
  sale_id INTEGER REFERENCES sales(id),
  refund_id INTEGER REFERENCES refunds(id),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
  method TEXT NOT NULL CHECK (method <> ''),
  amount INTEGER NOT NULL,
  tendered INTEGER NOT NULL,
  change INTEGER NOT NULL,
  rounding INTEGER NOT NULL,
  reference TEXT,
  at INTEGER NOT NULL,
  CHECK ((sale_id IS NULL) <> (refund_id IS NULL))
) STRICT;
INSERT INTO payments VALUES(1,1,NULL,1,1,'efectivo',1497,2000,500,3,NULL,1796130000);
INSERT INTO payments VALUES(2,2,NULL,1,1,'débito',2994,2994,0,0,NULL,1796130000);
INSERT INTO payments VALUES(3,3,NULL,1,1,'amipass',1497,1497,0,0,'883311',1796130000);
INSERT INTO payments VALUES(4,4,NULL,1,1,'efectivo',1000,1000,0,0,NULL,1796130000);
INSERT INTO payments VALUES(5,4,NULL,1,1,'amipass',1994,1994,0,0,'77',1796130000);
INSERT INTO payments VALUES(6,NULL,1,1,1,'débito',1497,1497,0,0,NULL,1796130000);
INSERT INTO payments VALUES(7,NULL,2,1,1,'efectivo',1497,1500,0,3,NULL,1796130000);
INSERT INTO payments VALUES(8,5,NULL,1,2,'crédito',1497,1497,0,0,NULL,1796216400);
INSERT INTO payments VALUES(9,6,NULL,1,2,'efectivo',1497,1500,0,3,NULL,1796216400);
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
CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
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
CREATE INDEX payments_sale ON payments(sale_id);
CREATE INDEX payments_session ON payments(session_id, method);
CREATE INDEX payments_method ON payments(method);
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
  BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede modificar'); END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
  BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede borrar'); END;
CREATE TRIGGER payments_session_open BEFORE INSERT ON payments
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER payments_no_replace BEFORE INSERT ON payments
  WHEN EXISTS (SELECT 1 FROM payments WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un pago registrado no se puede reemplazar'); END;
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA user_version = 13;
PRAGMA application_id = 1953064302;
