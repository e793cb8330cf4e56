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
INSERT INTO settings VALUES('sincronización.identidad','65024:16474315@vm');
INSERT INTO settings VALUES('sucursal.id','14a254b22356d6f8cfd77caa46d905df');
INSERT INTO settings VALUES('sucursal.nombre','');
INSERT INTO settings VALUES('ticket.pie','Gracias por su compra');
INSERT INTO settings VALUES('tienda.nombre','Feria Antigua');
INSERT INTO settings VALUES('tienda.zona','America/Santiago');
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
INSERT INTO registers VALUES(1,'Caja 1','caja 1',1,1796505851);
CREATE TABLE categories(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  parent_id INTEGER REFERENCES categories(id),
  in_pos INTEGER NOT NULL DEFAULT 1 CHECK (in_pos IN (0, 1)),
  description TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
, global_id TEXT) STRICT;
CREATE TABLE taxes(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  code_folded TEXT NOT NULL UNIQUE,
  rate INTEGER NOT NULL CHECK (rate >= 0 AND rate <= 100000),
  description TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
, base_tax_id INTEGER REFERENCES taxes(id)) STRICT;
INSERT INTO taxes VALUES(1,'iva','iva',19000,'Impuesto al valor agregado',1796505851,NULL);
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
, plu TEXT, open_price INTEGER NOT NULL DEFAULT 0
  CHECK (open_price IN (0, 1)), service INTEGER NOT NULL DEFAULT 0
  CHECK (service IN (0, 1)), tracks_stock INTEGER NOT NULL DEFAULT 1
  CHECK (tracks_stock IN (0, 1)), global_id TEXT) STRICT;
INSERT INTO products VALUES(1,'PAN01','pan01',NULL,'pan','pan',NULL,'un',1000,NULL,1,98000,NULL,0,NULL,1,'',0,1,1795438800,1795438800,NULL,0,0,1,'9b96df944debbaafbafacd2210b2cfb6');
INSERT INTO products VALUES(2,'EMP01','emp01',NULL,'empanada','empanada',NULL,'un',2500,NULL,1,49000,NULL,0,NULL,1,'',0,1,1795438800,1795438800,NULL,0,0,1,'0a6ba45439e04b129a963956e47aca57');
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
INSERT INTO stock_movements VALUES(1,1,'inicial',100000,100000,'',NULL,1,1795438800);
INSERT INTO stock_movements VALUES(2,2,'inicial',50000,50000,'',NULL,1,1795438800);
INSERT INTO stock_movements VALUES(3,1,'venta',-2000,98000,'venta 1',NULL,1,1795438800);
INSERT INTO stock_movements VALUES(4,2,'venta',-1000,49000,'venta 1',NULL,1,1795438800);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','products_search','products_search',0,'CREATE VIRTUAL TABLE products_search USING fts5(
  name, sku, barcode, description,
  content = ''products'', content_rowid = ''id'',
  tokenize = "unicode61 remove_diacritics 2")');
CREATE TABLE IF NOT EXISTS 'products_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO products_search_data VALUES(1,X'0202020000');
INSERT INTO products_search_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO products_search_data VALUES(137438953473,X'00000015043070616e0102020402303101060101020408');
INSERT INTO products_search_data VALUES(274877906945,X'0000001a0630656d70303102060101020405616e616461020202040c');
CREATE TABLE IF NOT EXISTS 'products_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO products_search_idx VALUES(1,X'',2);
INSERT INTO products_search_idx VALUES(2,X'',2);
CREATE TABLE IF NOT EXISTS 'products_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO products_search_docsize VALUES(1,X'01010000');
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
INSERT INTO roles VALUES(2,'supervisor','supervisor','vender,descontar,anular,devolver,retirar,abrir-cajón,vender-sin-stock,cerrar-caja,cambiar-precio,ver-informes,fiar-sobre-límite,prestar,compras,sin-promociones',50000,50000,NULL);
INSERT INTO roles VALUES(3,'dueño','dueno','vender,descontar,anular,devolver,retirar,abrir-cajón,vender-sin-stock,editar-catálogo,cerrar-caja,administrar,cambiar-precio,ver-informes,fiar-sobre-límite,prestar,compras,sin-promociones',100000,100000,NULL);
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
INSERT INTO cash_sessions VALUES(1,1,1795438800,NULL,0,1,NULL,NULL);
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
, owner_pid INTEGER, owner_started INTEGER, owner_boot TEXT, owner_user TEXT, seller_id INTEGER, promotions_off INTEGER NOT NULL DEFAULT 0) STRICT;
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
, held_price INTEGER, options TEXT NOT NULL DEFAULT '', seller_id INTEGER) STRICT;
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
INSERT INTO sales VALUES(1,1,1,1,1795438800,NULL,4500,0,0,NULL,NULL,0,4500,3782,0,0,NULL,'',0,NULL);
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
INSERT INTO sale_lines VALUES(1,1,1,1,'PAN01','pan','un',2000,1000,1,2000,0,0,0,2000,1681,'',0);
INSERT INTO sale_lines VALUES(2,1,2,2,'EMP01','empanada','un',1000,2500,1,2500,0,0,0,2500,2101,'',0);
CREATE TABLE sale_line_taxes(
  line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (line_id, code)
) STRICT, WITHOUT ROWID;
INSERT INTO sale_line_taxes VALUES(1,'iva',19000,319);
INSERT INTO sale_line_taxes VALUES(2,'iva',19000,399);
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
CREATE TABLE refund_lines(
  id INTEGER PRIMARY KEY,
  refund_id INTEGER NOT NULL REFERENCES refunds(id),
  sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  total INTEGER NOT NULL,
  net INTEGER NOT NULL
) STRICT;
CREATE TABLE refund_line_taxes(
  refund_line_id INTEGER NOT NULL REFERENCES refund_lines(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (refund_line_id, code)
) STRICT, WITHOUT ROWID;
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
CREATE TABLE z_report_methods(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  method TEXT NOT NULL,
  payments INTEGER NOT NULL,
  expected INTEGER NOT NULL,
  counted INTEGER,
  difference INTEGER,
  PRIMARY KEY (z_report_id, method)
) STRICT, WITHOUT ROWID;
CREATE TABLE z_report_taxes(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  code TEXT NOT NULL,
  rate INTEGER NOT NULL,
  sales INTEGER NOT NULL,
  refunds INTEGER NOT NULL,
  PRIMARY KEY (z_report_id, code, rate)
) STRICT, WITHOUT ROWID;
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
INSERT INTO journal VALUES(1,1795438800,NULL,NULL,1,'configurar tienda nombre "Feria Antigua"','tienda.configurar','settings',NULL,'{"nombre":null}','{"nombre":"Feria Antigua"}','ae6e1216bb04520aede75b9a0ee15ab6c169b9bf80abc3147152d93324ff3fc3');
INSERT INTO journal VALUES(2,1795438800,NULL,NULL,1,'crear producto pan precio 1000 stock 100','producto.crear','products','PAN01',NULL,'{"sku":"PAN01","barras":null,"nombre":"pan","categoria":null,"unidad":"un","precio":1000,"costo":null,"precio_con_impuestos":true,"impuestos":["iva"],"stock":100,"minimo":null,"vender_sin_stock":false,"vence":null,"en_pos":true,"descripcion":"","activo":true,"plu":null,"precio_abierto":false,"servicio":false,"lleva_stock":true}','8b52d50be630d1650731883affc28146dc9acaee2084528c5b8f41d26372a843');
INSERT INTO journal VALUES(3,1795438800,NULL,NULL,1,'crear producto empanada precio 2500 stock 50','producto.crear','products','EMP01',NULL,'{"sku":"EMP01","barras":null,"nombre":"empanada","categoria":null,"unidad":"un","precio":2500,"costo":null,"precio_con_impuestos":true,"impuestos":["iva"],"stock":50,"minimo":null,"vender_sin_stock":false,"vence":null,"en_pos":true,"descripcion":"","activo":true,"plu":null,"precio_abierto":false,"servicio":false,"lleva_stock":true}','a647c492e0ee40cbf36999208fbf7dafb33196d797ba41275f5973b855218991');
INSERT INTO journal VALUES(4,1795438800,NULL,NULL,1,'crear cliente Juana','cliente.crear','customers','221373b96db25c4ac972d5fc3b8f4f5a',NULL,'{"nombre":"Juana","rut":null,"telefono":"","correo":"","direccion":"","tipo":"persona","grupo":null,"limite":null,"lista":null,"nota":"","activo":true}','08f13d29ddfc64c97f4c756204904bcc43894cd811dc23bcf1310537c0d6a1a0');
INSERT INTO journal VALUES(5,1795438800,NULL,NULL,1,'vender 2 pan, 1 empanada pagar efectivo','caja.abrir','sesión','1',NULL,'{"caja":"Caja 1","fondo":0,"automática":true}','2b788ea2f1b8429c00fc17a8f8ed258b963e23cad64dd8e6eb76128e25f62049');
INSERT INTO journal VALUES(6,1795438800,NULL,NULL,1,'vender 2 pan, 1 empanada pagar efectivo','venta.registrar','venta','1-1',NULL,'{"numero":1,"caja":"Caja 1","lineas":[{"sku":"PAN01","nombre":"pan","cantidad":2,"precio":1000,"importe":null},{"sku":"EMP01","nombre":"empanada","cantidad":1,"precio":2500,"importe":null}],"total":4500,"descuentos":0,"cupon":null,"pagos":[{"medio":"efectivo","monto":4500,"entregado":4500,"vuelto":0,"redondeo":0,"referencia":null}],"bajo_cero":false,"sello":"d6fc4c075f7a66248c4509a7d8548eef2bf0e1fa7f4475cd77e111f543d74862"}','d6d5715dc8597f2ad26cfb4f6f2369557c5e52b32f8e033057389af65d4c9766');
INSERT INTO journal VALUES(7,1795438800,NULL,NULL,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000','pedido.abrir','pedido',NULL,NULL,'{"cliente":"Juana","para":"2026-11-25T02:59:00Z"}','743a04f8a6a820a8acb0c0bd141f81f9d77c0e5b2b227edec9679d35adfd22d5');
INSERT INTO journal VALUES(8,1795438800,NULL,NULL,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000','ticket.agregar','ticket',NULL,NULL,'{"lineas":[{"sku":"EMP01","nombre":"empanada","cantidad":3,"precio":2500,"importe":null},{"sku":"PAN01","nombre":"pan","cantidad":2,"precio":1000,"importe":null}]}','c5460db87ea4fe14f53e4309c4339069dcbe37ce15812f9382ee52960a37e713');
INSERT INTO journal VALUES(9,1795438800,NULL,NULL,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000','pedido.seña_pendiente','pedido',NULL,NULL,'{"medio":"efectivo","monto":2000}','b7ae6d0e411862e704fa694fbd3fdfd3b1e8256608ce1fd66bdf20abb4396761');
INSERT INTO journal VALUES(10,1795438800,NULL,NULL,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000','pedido.crear','pedido','1','null','{"numero":1,"cliente":"Juana","estado":"nuevo","para":"2026-11-25T02:59:00Z","entrega":"retiro","direccion":"","total":9500,"seña":2000,"lineas":[{"producto":"empanada","cantidad":3000,"precio":2500},{"producto":"pan","cantidad":2000,"precio":1000}]}','838ce61a7ce95a289417f15dd42b6983b5b7d70f195948645db18497e74822e4');
INSERT INTO journal VALUES(11,1795438800,NULL,NULL,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000','pedido.tomar','pedido','1',NULL,NULL,'4f6578eec4caa594a6f0314296f5c759b18ba3fa4b23fafc00af5055b2bab74c');
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
INSERT INTO payment_methods VALUES(1,'efectivo','efectivo','efectivo',0,1,1,1,1796505851);
INSERT INTO payment_methods VALUES(2,'débito','debito','tarjeta',0,1,1,1,1796505851);
INSERT INTO payment_methods VALUES(3,'crédito','credito','tarjeta',0,1,1,1,1796505851);
INSERT INTO payment_methods VALUES(4,'transferencia','transferencia','transferencia',0,1,1,1,1796505851);
INSERT INTO payment_methods VALUES(5,'fiado','fiado','otro',0,1,1,1,1796505851);
INSERT INTO payment_methods VALUES(6,'tarjeta-regalo','tarjeta-regalo','vale',0,1,1,1,1796505851);
INSERT INTO payment_methods VALUES(7,'puntos','puntos','otro',0,1,1,1,1796505851);
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
INSERT INTO payments VALUES(1,1,NULL,1,1,'efectivo',4500,4500,0,0,NULL,1795438800);
CREATE TABLE z_report_lines(
  z_report_id INTEGER NOT NULL REFERENCES z_reports(id),
  section TEXT NOT NULL,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  count INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (z_report_id, section, kind)
) STRICT, WITHOUT ROWID;
CREATE TABLE gift_cards(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL CHECK (code <> ''),
  code_folded TEXT NOT NULL UNIQUE,
  amount INTEGER NOT NULL CHECK (amount > 0),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  issued_at INTEGER NOT NULL
) STRICT;
CREATE TABLE gift_card_moves(
  id INTEGER PRIMARY KEY,
  card_id INTEGER NOT NULL REFERENCES gift_cards(id),
  kind TEXT NOT NULL CHECK (kind IN ('emisión', 'canje', 'reintegro', 'anulación')),
  amount INTEGER NOT NULL,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
  at INTEGER NOT NULL,
  user_name TEXT,
  approved_by TEXT,
  sale_id INTEGER REFERENCES sales(id),
  refund_id INTEGER REFERENCES refunds(id),
  method TEXT,
  paid INTEGER NOT NULL DEFAULT 0,
  tendered INTEGER NOT NULL DEFAULT 0,
  change INTEGER NOT NULL DEFAULT 0,
  rounding INTEGER NOT NULL DEFAULT 0,
  reference TEXT,
  reason TEXT NOT NULL DEFAULT '',
  CHECK (CASE kind
    WHEN 'emisión' THEN amount > 0 AND method IS NOT NULL AND sale_id IS NULL
      AND refund_id IS NULL
    WHEN 'canje' THEN amount < 0 AND sale_id IS NOT NULL AND refund_id IS NULL
    WHEN 'reintegro' THEN amount > 0 AND refund_id IS NOT NULL
    ELSE amount < 0 AND sale_id IS NULL AND refund_id IS NULL END)
) STRICT;
CREATE TABLE price_changes(
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  price INTEGER NOT NULL CHECK (price >= 0),
  effective_on TEXT NOT NULL,
  command TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  applied_at INTEGER
) STRICT;
CREATE TABLE sale_line_costs(
  line_id INTEGER PRIMARY KEY REFERENCES sale_lines(id),
  unit_cost INTEGER,
  cost INTEGER,
  estimated INTEGER NOT NULL CHECK (estimated IN (0, 1))
) STRICT;
INSERT INTO sale_line_costs VALUES(1,NULL,NULL,0);
INSERT INTO sale_line_costs VALUES(2,NULL,NULL,0);
CREATE TABLE report_sales(day TEXT NOT NULL, register_id INTEGER NOT NULL, user_name TEXT NOT NULL, tickets INTEGER NOT NULL, gross INTEGER NOT NULL, line_discounts INTEGER NOT NULL, ticket_discounts INTEGER NOT NULL, coupon_discounts INTEGER NOT NULL, total INTEGER NOT NULL, net INTEGER NOT NULL, voids INTEGER NOT NULL, void_total INTEGER NOT NULL, void_net INTEGER NOT NULL, returns INTEGER NOT NULL, return_total INTEGER NOT NULL, return_net INTEGER NOT NULL, PRIMARY KEY (day, register_id, user_name)) STRICT, WITHOUT ROWID;
INSERT INTO report_sales VALUES('2026-11-23',1,'',1,4500,0,0,0,4500,3782,0,0,0,0,0,0);
CREATE TABLE report_hours(day TEXT NOT NULL, hour INTEGER NOT NULL, tickets INTEGER NOT NULL, gross INTEGER NOT NULL, line_discounts INTEGER NOT NULL, ticket_discounts INTEGER NOT NULL, coupon_discounts INTEGER NOT NULL, total INTEGER NOT NULL, net INTEGER NOT NULL, voids INTEGER NOT NULL, void_total INTEGER NOT NULL, void_net INTEGER NOT NULL, returns INTEGER NOT NULL, return_total INTEGER NOT NULL, return_net INTEGER NOT NULL, PRIMARY KEY (day, hour)) STRICT, WITHOUT ROWID;
INSERT INTO report_hours VALUES('2026-11-23',10,1,4500,0,0,0,4500,3782,0,0,0,0,0,0);
CREATE TABLE report_products(day TEXT NOT NULL, product_id INTEGER NOT NULL, units INTEGER NOT NULL, gross INTEGER NOT NULL, discounts INTEGER NOT NULL, total INTEGER NOT NULL, net INTEGER NOT NULL, cost INTEGER NOT NULL, uncertain_lines INTEGER NOT NULL, returned_units INTEGER NOT NULL, returned_total INTEGER NOT NULL, returned_net INTEGER NOT NULL, returned_cost INTEGER NOT NULL, PRIMARY KEY (day, product_id)) STRICT, WITHOUT ROWID;
INSERT INTO report_products VALUES('2026-11-23',1,2000,2000,0,2000,1681,0,1,0,0,0,0);
INSERT INTO report_products VALUES('2026-11-23',2,1000,2500,0,2500,2101,0,1,0,0,0,0);
CREATE TABLE report_products_month(month TEXT NOT NULL, product_id INTEGER NOT NULL, units INTEGER NOT NULL, gross INTEGER NOT NULL, discounts INTEGER NOT NULL, total INTEGER NOT NULL, net INTEGER NOT NULL, cost INTEGER NOT NULL, uncertain_lines INTEGER NOT NULL, returned_units INTEGER NOT NULL, returned_total INTEGER NOT NULL, returned_net INTEGER NOT NULL, returned_cost INTEGER NOT NULL, PRIMARY KEY (month, product_id)) STRICT, WITHOUT ROWID;
INSERT INTO report_products_month VALUES('2026-11',1,2000,2000,0,2000,1681,0,1,0,0,0,0);
INSERT INTO report_products_month VALUES('2026-11',2,1000,2500,0,2500,2101,0,1,0,0,0,0);
CREATE TABLE report_taxes(
  day TEXT NOT NULL,
  code TEXT NOT NULL,
  sold INTEGER NOT NULL,
  returned INTEGER NOT NULL,
  PRIMARY KEY (day, code)
) STRICT, WITHOUT ROWID;
INSERT INTO report_taxes VALUES('2026-11-23','iva',718,0);
CREATE TABLE report_payments(
  day TEXT NOT NULL,
  method TEXT NOT NULL,
  payments INTEGER NOT NULL,
  received INTEGER NOT NULL,
  refunds INTEGER NOT NULL,
  refunded INTEGER NOT NULL,
  PRIMARY KEY (day, method)
) STRICT, WITHOUT ROWID;
INSERT INTO report_payments VALUES('2026-11-23','efectivo',1,4500,0,0);
CREATE TABLE price_lists(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  percent_off INTEGER NOT NULL DEFAULT 0 CHECK (percent_off BETWEEN 0 AND 100000),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
, global_id TEXT) STRICT;
CREATE TABLE price_list_prices(
  list_id INTEGER NOT NULL REFERENCES price_lists(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  price INTEGER NOT NULL CHECK (price >= 0 AND price <= 1000000000000),
  PRIMARY KEY (list_id, product_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE customer_groups(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  credit_limit INTEGER NOT NULL DEFAULT 0
    CHECK (credit_limit >= 0 AND credit_limit <= 1000000000000),
  price_list_id INTEGER REFERENCES price_lists(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE customers(
  id INTEGER PRIMARY KEY,
  global_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  rut TEXT,
  phone TEXT NOT NULL DEFAULT '',
  phone_digits TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  group_id INTEGER REFERENCES customer_groups(id),
  credit_limit INTEGER CHECK (credit_limit >= 0 AND credit_limit <= 1000000000000),
  price_list_id INTEGER REFERENCES price_lists(id),
  note TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'persona' CHECK (kind IN ('persona', 'empresa')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
INSERT INTO customers VALUES(1,'221373b96db25c4ac972d5fc3b8f4f5a','Juana','juana',NULL,'','','','',NULL,NULL,NULL,'','persona',1,1795438800);
CREATE TABLE sale_customers(
  sale_id INTEGER PRIMARY KEY REFERENCES sales(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  name TEXT NOT NULL,
  rut TEXT
) STRICT;
CREATE TABLE ticket_customers(
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL REFERENCES customers(id)
) STRICT;
CREATE TABLE account_moves(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  kind TEXT NOT NULL CHECK (kind IN ('venta', 'abono', 'préstamo', 'devolución',
    'ajuste')),
  amount INTEGER NOT NULL CHECK (amount <> 0),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER REFERENCES cash_sessions(id),
  at INTEGER NOT NULL,
  user_name TEXT,
  approved_by TEXT,
  sale_id INTEGER REFERENCES sales(id),
  refund_id INTEGER REFERENCES refunds(id),
  method TEXT,
  paid INTEGER NOT NULL DEFAULT 0,
  tendered INTEGER NOT NULL DEFAULT 0,
  change INTEGER NOT NULL DEFAULT 0,
  rounding INTEGER NOT NULL DEFAULT 0,
  reference TEXT,
  reason TEXT NOT NULL DEFAULT '',
  CHECK (CASE kind
    WHEN 'venta' THEN amount > 0 AND sale_id IS NOT NULL AND refund_id IS NULL
      AND session_id IS NOT NULL
    WHEN 'abono' THEN amount < 0 AND method IS NOT NULL AND sale_id IS NULL
      AND refund_id IS NULL AND session_id IS NOT NULL
    WHEN 'préstamo' THEN amount > 0 AND method = 'efectivo' AND sale_id IS NULL
      AND refund_id IS NULL AND session_id IS NOT NULL AND reason <> ''
    WHEN 'devolución' THEN amount < 0 AND refund_id IS NOT NULL
      AND session_id IS NOT NULL
    ELSE sale_id IS NULL AND refund_id IS NULL AND reason <> '' END)
) STRICT;
CREATE TABLE account_balances(
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
  balance INTEGER NOT NULL,
  moves INTEGER NOT NULL
) STRICT;
CREATE TABLE suppliers(
  id INTEGER PRIMARY KEY,
  global_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  rut TEXT,
  phone TEXT,
  contact TEXT,
  email TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE purchase_drafts(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
  invoice TEXT,
  invoice_date TEXT,
  due_date TEXT,
  gross_prices INTEGER NOT NULL DEFAULT 0 CHECK (gross_prices IN (0, 1)),
  owner_pid INTEGER,
  owner_started INTEGER,
  owner_boot TEXT,
  owner_user TEXT,
  opened_at INTEGER NOT NULL
) STRICT;
CREATE TABLE purchase_draft_lines(
  id INTEGER PRIMARY KEY,
  draft_id INTEGER NOT NULL REFERENCES purchase_drafts(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0)
) STRICT;
CREATE TABLE purchases(
  id INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
  invoice TEXT,
  invoice_date TEXT NOT NULL,
  due_date TEXT,
  gross_prices INTEGER NOT NULL CHECK (gross_prices IN (0, 1)),
  net INTEGER NOT NULL,
  taxes INTEGER NOT NULL,
  total INTEGER NOT NULL,
  user_name TEXT,
  at INTEGER NOT NULL
) STRICT;
CREATE TABLE purchase_lines(
  purchase_id INTEGER NOT NULL REFERENCES purchases(id),
  position INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL,
  unit_cost INTEGER NOT NULL,
  net INTEGER NOT NULL,
  taxes INTEGER NOT NULL,
  stock_before INTEGER NOT NULL,
  cost_before INTEGER,
  cost_after INTEGER NOT NULL,
  PRIMARY KEY (purchase_id, position)
) STRICT, WITHOUT ROWID;
CREATE TABLE purchase_taxes(
  purchase_id INTEGER NOT NULL REFERENCES purchases(id),
  code TEXT NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (purchase_id, code)
) STRICT, WITHOUT ROWID;
CREATE TABLE purchase_payments(
  id INTEGER PRIMARY KEY,
  purchase_id INTEGER NOT NULL REFERENCES purchases(id),
  method TEXT NOT NULL CHECK (method <> ''),
  amount INTEGER NOT NULL CHECK (amount > 0),
  reference TEXT,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER REFERENCES cash_sessions(id),
  user_name TEXT,
  at INTEGER NOT NULL
) STRICT;
CREATE TABLE purchase_voids(
  purchase_id INTEGER PRIMARY KEY REFERENCES purchases(id),
  reason TEXT NOT NULL,
  user_name TEXT,
  at INTEGER NOT NULL
) STRICT;
CREATE TABLE expense_categories(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  name_folded TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE expense_recurrences(
  id INTEGER PRIMARY KEY,
  description TEXT NOT NULL CHECK (description <> ''),
  amount INTEGER NOT NULL CHECK (amount > 0 AND amount <= 1000000000000),
  category_id INTEGER NOT NULL REFERENCES expense_categories(id),
  frequency TEXT NOT NULL CHECK (frequency IN ('semana', 'mes', 'año')),
  day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
  month INTEGER CHECK (month BETWEEN 1 AND 12),
  next_due TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  user_name TEXT,
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE expenses(
  id INTEGER PRIMARY KEY,
  description TEXT NOT NULL CHECK (description <> ''),
  amount INTEGER NOT NULL CHECK (amount > 0 AND amount <= 1000000000000),
  category_id INTEGER NOT NULL REFERENCES expense_categories(id),
  day TEXT NOT NULL,
  due_day TEXT,
  recurrence_id INTEGER REFERENCES expense_recurrences(id),
  period TEXT,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  user_name TEXT,
  at INTEGER NOT NULL,
  CHECK ((recurrence_id IS NULL) = (period IS NULL))
) STRICT;
CREATE TABLE expense_payments(
  id INTEGER PRIMARY KEY,
  expense_id INTEGER NOT NULL REFERENCES expenses(id),
  method TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER REFERENCES cash_sessions(id),
  at INTEGER NOT NULL,
  user_name TEXT,
  CHECK ((method = 'efectivo') = (session_id IS NOT NULL))
) STRICT;
CREATE TABLE expense_voids(
  expense_id INTEGER PRIMARY KEY REFERENCES expenses(id),
  reason TEXT NOT NULL CHECK (reason <> ''),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  user_name TEXT,
  at INTEGER NOT NULL
) STRICT;
CREATE TABLE option_groups(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  maximum INTEGER CHECK (maximum IS NULL OR maximum > 0),
  required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE options(
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES option_groups(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  price INTEGER NOT NULL CHECK (price >= 0 AND price <= 1000000000000),
  UNIQUE (group_id, name_folded)
) STRICT;
CREATE TABLE product_option_groups(
  product_id INTEGER NOT NULL REFERENCES products(id),
  group_id INTEGER NOT NULL REFERENCES option_groups(id),
  PRIMARY KEY (product_id, group_id)
) STRICT;
CREATE TABLE sale_line_options(
  sale_id INTEGER NOT NULL REFERENCES sales(id),
  position INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  group_name TEXT NOT NULL,
  name TEXT NOT NULL,
  price INTEGER NOT NULL,
  PRIMARY KEY (sale_id, position, seq)
) STRICT;
CREATE TABLE sellers(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  commission INTEGER CHECK (commission IS NULL OR commission BETWEEN 0 AND 100000),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE product_commissions(
  product_id INTEGER PRIMARY KEY REFERENCES products(id),
  commission INTEGER NOT NULL CHECK (commission BETWEEN 0 AND 100000)
) STRICT;
CREATE TABLE sale_line_sellers(
  id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES sales(id),
  position INTEGER NOT NULL,
  seller_id INTEGER NOT NULL REFERENCES sellers(id),
  seller_name TEXT NOT NULL,
  commission INTEGER NOT NULL CHECK (commission BETWEEN 0 AND 100000),
  at INTEGER NOT NULL,
  user_name TEXT,
  approved_by TEXT
) STRICT;
CREATE TABLE variant_attributes(
  parent_id INTEGER NOT NULL REFERENCES products(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (parent_id, position)
) STRICT;
CREATE TABLE product_variants(
  product_id INTEGER PRIMARY KEY REFERENCES products(id),
  parent_id INTEGER NOT NULL REFERENCES products(id),
  vals TEXT NOT NULL
) STRICT;
CREATE TABLE promotions(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL UNIQUE,
  scope TEXT NOT NULL CHECK (scope IN ('todo', 'producto', 'categoría')),
  product_id INTEGER REFERENCES products(id),
  category_id INTEGER REFERENCES categories(id),
  reward TEXT NOT NULL CHECK (reward IN ('porcentaje', 'monto', 'lleva', 'pack', 'unidad')),
  n INTEGER NOT NULL DEFAULT 0 CHECK (n >= 0 AND n <= 1000),
  m INTEGER NOT NULL DEFAULT 0 CHECK (m >= 0 AND m <= 1000),
  percent INTEGER CHECK (percent IS NULL OR (percent > 0 AND percent <= 100000)),
  amount INTEGER CHECK (amount IS NULL OR (amount >= 0 AND amount <= 1000000000000)),
  minimum INTEGER CHECK (minimum IS NULL OR (minimum >= 0 AND minimum <= 1000000000000)),
  minimum_units INTEGER,
  days TEXT NOT NULL DEFAULT '',
  hour_from INTEGER CHECK (hour_from IS NULL OR (hour_from >= 0 AND hour_from <= 24)),
  hour_to INTEGER CHECK (hour_to IS NULL OR (hour_to >= 0 AND hour_to <= 24)),
  valid_from TEXT,
  valid_until TEXT,
  group_id INTEGER REFERENCES customer_groups(id),
  origin TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE sale_line_promotions(
  sale_id INTEGER NOT NULL REFERENCES sales(id),
  position INTEGER NOT NULL,
  promotion_id INTEGER NOT NULL REFERENCES promotions(id),
  name TEXT NOT NULL,
  units INTEGER NOT NULL,
  saving INTEGER NOT NULL CHECK (saving >= 0),
  PRIMARY KEY (sale_id, position, promotion_id)
) STRICT;
CREATE TABLE point_moves(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  kind TEXT NOT NULL CHECK (kind IN ('acumulación', 'canje', 'reintegro', 'reverso',
    'ajuste')),
  points INTEGER NOT NULL CHECK (points <> 0),
  amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
  expires_at INTEGER,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER REFERENCES cash_sessions(id),
  at INTEGER NOT NULL,
  user_name TEXT,
  approved_by TEXT,
  sale_id INTEGER REFERENCES sales(id),
  refund_id INTEGER REFERENCES refunds(id),
  reason TEXT NOT NULL DEFAULT '',
  CHECK (CASE kind
    WHEN 'acumulación' THEN points > 0 AND sale_id IS NOT NULL AND refund_id IS NULL
    WHEN 'canje' THEN points < 0 AND amount > 0 AND sale_id IS NOT NULL
      AND refund_id IS NULL AND session_id IS NOT NULL
    WHEN 'reintegro' THEN points > 0 AND amount > 0 AND refund_id IS NOT NULL
      AND session_id IS NOT NULL
    WHEN 'reverso' THEN points < 0 AND refund_id IS NOT NULL
    ELSE sale_id IS NULL AND refund_id IS NULL AND reason <> '' END)
) STRICT;
CREATE TABLE orders(
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  customer_id INTEGER REFERENCES customers(id),
  customer_name TEXT NOT NULL DEFAULT '',
  customer_phone TEXT NOT NULL DEFAULT '',
  due_at INTEGER,
  delivery TEXT NOT NULL DEFAULT 'retiro' CHECK (delivery IN ('retiro', 'despacho')),
  address TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'nuevo' CHECK (state IN ('nuevo', 'en preparación',
    'listo', 'entregado', 'anulado')),
  subtotal INTEGER NOT NULL,
  discount INTEGER NOT NULL DEFAULT 0,
  discount_percent INTEGER,
  discount_amount INTEGER,
  total INTEGER NOT NULL,
  deposit INTEGER NOT NULL DEFAULT 0 CHECK (deposit >= 0),
  sale_id INTEGER REFERENCES sales(id),
  created_at INTEGER NOT NULL,
  created_by TEXT,
  updated_at INTEGER NOT NULL,
  CHECK ((state = 'entregado') = (sale_id IS NOT NULL))
) STRICT;
INSERT INTO orders VALUES(1,1,1,1,'Juana','',1795575540,'retiro','','','nuevo',9500,0,NULL,NULL,9500,2000,NULL,1795438800,NULL,1795438800);
CREATE TABLE order_lines(
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  name TEXT NOT NULL,
  category_id INTEGER,
  unit TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price INTEGER NOT NULL,
  options TEXT NOT NULL DEFAULT '',
  option_names TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  discount_percent INTEGER,
  discount_amount INTEGER,
  total INTEGER NOT NULL, fixed_amount INTEGER,
  UNIQUE (order_id, position)
) STRICT;
INSERT INTO order_lines VALUES(1,1,1,2,'empanada',NULL,'un',3000,2500,'','','',NULL,NULL,7500,NULL);
INSERT INTO order_lines VALUES(2,1,2,1,'pan',NULL,'un',2000,1000,'','','',NULL,NULL,2000,NULL);
CREATE TABLE order_states(
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  from_state TEXT,
  to_state TEXT NOT NULL,
  at INTEGER NOT NULL,
  user_name TEXT,
  approved_by TEXT,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  reason TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO order_states VALUES(1,1,NULL,'nuevo',1795438800,NULL,NULL,1,'');
CREATE TABLE order_deposits(
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  kind TEXT NOT NULL CHECK (kind IN ('seña', 'devolución', 'retenida', 'aplicada')),
  method TEXT NOT NULL,
  reference TEXT,
  amount INTEGER NOT NULL CHECK (amount > 0),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  session_id INTEGER REFERENCES cash_sessions(id),
  sale_id INTEGER REFERENCES sales(id),
  at INTEGER NOT NULL,
  user_name TEXT,
  CHECK (kind NOT IN ('seña', 'devolución') OR session_id IS NOT NULL),
  CHECK (kind <> 'aplicada' OR sale_id IS NOT NULL)
) STRICT;
INSERT INTO order_deposits VALUES(1,1,'seña','efectivo',NULL,2000,1,1,NULL,1795438800,NULL);
CREATE TABLE order_drafts(
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  order_id INTEGER UNIQUE REFERENCES orders(id),
  customer_id INTEGER REFERENCES customers(id),
  customer_name TEXT NOT NULL DEFAULT '',
  customer_phone TEXT NOT NULL DEFAULT '',
  due_at INTEGER,
  delivery TEXT NOT NULL DEFAULT 'retiro' CHECK (delivery IN ('retiro', 'despacho')),
  address TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  deposit_method TEXT,
  deposit_amount INTEGER CHECK (deposit_amount > 0),
  deposit_reference TEXT
) STRICT;
CREATE TABLE printer_categories(
  printer_id INTEGER NOT NULL REFERENCES printers(id),
  category_id INTEGER NOT NULL REFERENCES categories(id),
  PRIMARY KEY (printer_id, category_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE outbox_rows(
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  key1 ANY,
  key2 ANY,
  key3 ANY
) STRICT;
INSERT INTO outbox_rows VALUES(1,'registers',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(2,'taxes',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(3,'journal',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(4,'products',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(5,'products',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(6,'product_taxes',1,1,NULL);
INSERT INTO outbox_rows VALUES(7,'products',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(8,'stock_movements',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(9,'journal',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(10,'products',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(11,'products',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(12,'product_taxes',2,1,NULL);
INSERT INTO outbox_rows VALUES(13,'products',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(14,'stock_movements',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(15,'journal',3,NULL,NULL);
INSERT INTO outbox_rows VALUES(16,'customers',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(17,'journal',4,NULL,NULL);
INSERT INTO outbox_rows VALUES(18,'cash_sessions',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(19,'sales',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(20,'sale_lines',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(21,'sale_line_costs',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(22,'sale_lines',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(23,'sale_line_costs',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(24,'sale_line_taxes',1,'iva',NULL);
INSERT INTO outbox_rows VALUES(25,'sale_line_taxes',2,'iva',NULL);
INSERT INTO outbox_rows VALUES(26,'payments',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(27,'products',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(28,'products',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(29,'stock_movements',3,NULL,NULL);
INSERT INTO outbox_rows VALUES(30,'stock_movements',4,NULL,NULL);
INSERT INTO outbox_rows VALUES(31,'journal',5,NULL,NULL);
INSERT INTO outbox_rows VALUES(32,'journal',6,NULL,NULL);
INSERT INTO outbox_rows VALUES(33,'journal',7,NULL,NULL);
INSERT INTO outbox_rows VALUES(34,'journal',8,NULL,NULL);
INSERT INTO outbox_rows VALUES(35,'journal',9,NULL,NULL);
INSERT INTO outbox_rows VALUES(36,'orders',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(37,'order_states',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(38,'order_lines',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(39,'order_lines',2,NULL,NULL);
INSERT INTO outbox_rows VALUES(40,'order_deposits',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(41,'orders',1,NULL,NULL);
INSERT INTO outbox_rows VALUES(42,'journal',10,NULL,NULL);
INSERT INTO outbox_rows VALUES(43,'journal',11,NULL,NULL);
CREATE TABLE outbox_events(
  seq INTEGER PRIMARY KEY,
  last_row INTEGER NOT NULL,
  journal_id INTEGER NOT NULL,
  register_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
INSERT INTO outbox_events VALUES(1,2,0,1,'historia',1796505851);
INSERT INTO outbox_events VALUES(2,3,1,1,'configurar tienda nombre "Feria Antigua"',1795438800);
INSERT INTO outbox_events VALUES(3,9,2,1,'crear producto pan precio 1000 stock 100',1795438800);
INSERT INTO outbox_events VALUES(4,15,3,1,'crear producto empanada precio 2500 stock 50',1795438800);
INSERT INTO outbox_events VALUES(5,17,4,1,'crear cliente Juana',1795438800);
INSERT INTO outbox_events VALUES(6,31,5,1,'vender 2 pan, 1 empanada pagar efectivo',1795438800);
INSERT INTO outbox_events VALUES(7,32,6,1,'vender 2 pan, 1 empanada pagar efectivo',1795438800);
INSERT INTO outbox_events VALUES(8,33,7,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000',1795438800);
INSERT INTO outbox_events VALUES(9,34,8,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000',1795438800);
INSERT INTO outbox_events VALUES(10,35,9,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000',1795438800);
INSERT INTO outbox_events VALUES(11,42,10,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000',1795438800);
INSERT INTO outbox_events VALUES(12,43,11,1,'pedido juana: 3 empanada, 2 pan para mañana seña efectivo 2000',1795438800);
CREATE TABLE outbox_epochs(
  from_seq INTEGER PRIMARY KEY,
  epoch TEXT NOT NULL,
  reason TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
INSERT INTO outbox_epochs VALUES(1,'acedec97b7125d99f2dc12ad8678a58f','migración',1796505851);
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
CREATE TRIGGER z_report_lines_no_update BEFORE UPDATE ON z_report_lines
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede modificar'); END;
CREATE TRIGGER z_report_lines_no_delete BEFORE DELETE ON z_report_lines
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede borrar'); END;
CREATE TRIGGER z_report_lines_no_replace BEFORE INSERT ON z_report_lines
  WHEN EXISTS (SELECT 1 FROM z_report_lines WHERE z_report_id = NEW.z_report_id
    AND section = NEW.section AND kind = NEW.kind)
  BEGIN SELECT RAISE(ABORT, 'un informe Z no se puede reemplazar'); END;
CREATE TRIGGER payments_method_reference BEFORE INSERT ON payments
  WHEN NEW.sale_id IS NOT NULL AND coalesce(NEW.reference, '') = '' AND EXISTS (
    SELECT 1 FROM payment_methods WHERE name = NEW.method AND reference_required = 1)
  BEGIN SELECT RAISE(ABORT, 'medio de pago sin referencia'); END;
CREATE INDEX gift_card_moves_card ON gift_card_moves(card_id, id);
CREATE INDEX gift_card_moves_session ON gift_card_moves(session_id, kind);
CREATE INDEX gift_card_moves_sale ON gift_card_moves(sale_id) WHERE sale_id IS NOT NULL;
CREATE INDEX gift_card_moves_refund ON gift_card_moves(refund_id)
  WHERE refund_id IS NOT NULL;
CREATE TRIGGER gift_cards_no_update BEFORE UPDATE ON gift_cards
  BEGIN SELECT RAISE(ABORT, 'una tarjeta de regalo emitida no se puede modificar'); END;
CREATE TRIGGER gift_cards_no_delete BEFORE DELETE ON gift_cards
  BEGIN SELECT RAISE(ABORT, 'una tarjeta de regalo emitida no se puede borrar'); END;
CREATE TRIGGER gift_cards_no_replace BEFORE INSERT ON gift_cards
  WHEN EXISTS (SELECT 1 FROM gift_cards WHERE id = NEW.id
    OR code_folded = NEW.code_folded)
  BEGIN SELECT RAISE(ABORT, 'una tarjeta de regalo emitida no se puede reemplazar'); END;
CREATE TRIGGER gift_card_moves_no_update BEFORE UPDATE ON gift_card_moves
  BEGIN SELECT RAISE(ABORT, 'un movimiento de tarjeta de regalo no se puede modificar'); END;
CREATE TRIGGER gift_card_moves_no_delete BEFORE DELETE ON gift_card_moves
  BEGIN SELECT RAISE(ABORT, 'un movimiento de tarjeta de regalo no se puede borrar'); END;
CREATE TRIGGER gift_card_moves_session_open BEFORE INSERT ON gift_card_moves
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER gift_card_moves_no_replace BEFORE INSERT ON gift_card_moves
  WHEN EXISTS (SELECT 1 FROM gift_card_moves WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un movimiento de tarjeta de regalo no se puede reemplazar'); END;
CREATE UNIQUE INDEX products_plu ON products(plu) WHERE plu IS NOT NULL;
CREATE INDEX price_changes_pending ON price_changes(effective_on) WHERE applied_at IS NULL;
CREATE VIEW product_unit_costs AS
  SELECT p.id AS product_id,
    CASE p.is_kit WHEN 0 THEN p.cost ELSE (
      SELECT CASE WHEN count(*) > 0 AND count(*) = count(c.cost)
          AND total(c.cost * kc.quantity) < 9.0e15
        THEN CAST((total(c.cost * kc.quantity) + 500) / 1000 AS INTEGER) END
      FROM kit_components kc JOIN products c ON c.id = kc.component_id
      WHERE kc.kit_id = p.id) END AS unit_cost
  FROM products p;
CREATE TRIGGER sale_line_costs_no_update BEFORE UPDATE ON sale_line_costs
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
CREATE TRIGGER sale_line_costs_no_delete BEFORE DELETE ON sale_line_costs
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
CREATE TRIGGER sale_line_costs_no_replace BEFORE INSERT ON sale_line_costs
  WHEN EXISTS (SELECT 1 FROM sale_line_costs WHERE line_id = NEW.line_id)
  BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede reemplazar'); END;
CREATE INDEX refunds_at ON refunds(at);
CREATE VIEW report_ticket_events AS
  SELECT date(at, 'unixepoch', 'localtime') AS day, CAST(strftime('%H', at, 'unixepoch', 'localtime') AS INTEGER) AS hour, register_id,
    coalesce(user_name, '') AS user_name, 1 AS tickets, subtotal AS gross,
    line_discounts, ticket_discount AS ticket_discounts,
    coupon_discount AS coupon_discounts, total, net, 0 AS voids, 0 AS void_total,
    0 AS void_net, 0 AS returns, 0 AS return_total, 0 AS return_net
  FROM sales
  UNION ALL
  SELECT date(at, 'unixepoch', 'localtime'), CAST(strftime('%H', at, 'unixepoch', 'localtime') AS INTEGER), register_id, coalesce(user_name, ''), 0, 0, 0, 0, 0,
    0, 0, kind = 'anulación', iif(kind = 'anulación', total, 0),
    iif(kind = 'anulación', net, 0), kind = 'devolución',
    iif(kind = 'devolución', total, 0), iif(kind = 'devolución', net, 0)
  FROM refunds;
CREATE VIEW report_sales_ledger AS
  SELECT day, register_id, user_name, sum(tickets) AS tickets, sum(gross) AS gross, sum(line_discounts) AS line_discounts, sum(ticket_discounts) AS ticket_discounts, sum(coupon_discounts) AS coupon_discounts, sum(total) AS total, sum(net) AS net, sum(voids) AS voids, sum(void_total) AS void_total, sum(void_net) AS void_net, sum(returns) AS returns, sum(return_total) AS return_total, sum(return_net) AS return_net
  FROM report_ticket_events GROUP BY day, register_id, user_name;
CREATE VIEW report_hours_ledger AS
  SELECT day, hour, sum(tickets) AS tickets, sum(gross) AS gross, sum(line_discounts) AS line_discounts, sum(ticket_discounts) AS ticket_discounts, sum(coupon_discounts) AS coupon_discounts, sum(total) AS total, sum(net) AS net, sum(voids) AS voids, sum(void_total) AS void_total, sum(void_net) AS void_net, sum(returns) AS returns, sum(return_total) AS return_total, sum(return_net) AS return_net FROM report_ticket_events GROUP BY day, hour;
CREATE VIEW report_product_events AS
  SELECT date(s.at, 'unixepoch', 'localtime') AS day, l.product_id, l.quantity AS units, l.amount AS gross,
    l.line_discount + l.ticket_discount + l.coupon_discount AS discounts, l.total,
    l.net, coalesce(c.cost, 0) AS cost, c.cost IS NULL OR c.estimated AS uncertain_lines,
    0 AS returned_units, 0 AS returned_total, 0 AS returned_net, 0 AS returned_cost
  FROM sale_lines l JOIN sales s ON s.id = l.sale_id
    JOIN sale_line_costs c ON c.line_id = l.id
  UNION ALL
  SELECT date(r.at, 'unixepoch', 'localtime'), l.product_id, 0, 0, 0, 0, 0, 0, 0, rl.quantity, rl.total,
    rl.net, CASE WHEN c.cost IS NULL OR l.quantity <= 0 THEN 0 WHEN c.cost <= 9000000000000000 / rl.quantity THEN (c.cost * rl.quantity + l.quantity / 2) / l.quantity ELSE CAST(c.cost * 1.0 * rl.quantity / l.quantity AS INTEGER) END
  FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
    JOIN sale_lines l ON l.id = rl.sale_line_id
    JOIN sale_line_costs c ON c.line_id = l.id;
CREATE VIEW report_products_ledger AS
  SELECT day, product_id, sum(units) AS units, sum(gross) AS gross, sum(discounts) AS discounts, sum(total) AS total, sum(net) AS net, sum(cost) AS cost, sum(uncertain_lines) AS uncertain_lines, sum(returned_units) AS returned_units, sum(returned_total) AS returned_total, sum(returned_net) AS returned_net, sum(returned_cost) AS returned_cost
  FROM report_product_events GROUP BY day, product_id;
CREATE VIEW report_products_month_ledger AS
  SELECT substr(day, 1, 7) AS month, product_id, sum(units) AS units, sum(gross) AS gross, sum(discounts) AS discounts, sum(total) AS total, sum(net) AS net, sum(cost) AS cost, sum(uncertain_lines) AS uncertain_lines, sum(returned_units) AS returned_units, sum(returned_total) AS returned_total, sum(returned_net) AS returned_net, sum(returned_cost) AS returned_cost
  FROM report_product_events GROUP BY month, product_id;
CREATE VIEW report_taxes_ledger AS
  SELECT day, code, sum(sold) AS sold, sum(returned) AS returned
  FROM (
    SELECT date(s.at, 'unixepoch', 'localtime') AS day, t.code, t.amount AS sold, 0 AS returned
    FROM sale_line_taxes t JOIN sale_lines l ON l.id = t.line_id
      JOIN sales s ON s.id = l.sale_id
    UNION ALL
    SELECT date(r.at, 'unixepoch', 'localtime'), t.code, 0, t.amount
    FROM refund_line_taxes t JOIN refund_lines rl ON rl.id = t.refund_line_id
      JOIN refunds r ON r.id = rl.refund_id)
  GROUP BY day, code;
CREATE VIEW report_payments_ledger AS
  SELECT date(at, 'unixepoch', 'localtime') AS day, method, sum(sale_id IS NOT NULL) AS payments,
    sum(iif(sale_id IS NOT NULL, amount, 0)) AS received,
    sum(refund_id IS NOT NULL) AS refunds,
    sum(iif(refund_id IS NOT NULL, amount, 0)) AS refunded
  FROM payments GROUP BY day, method;
CREATE TRIGGER sales_report AFTER INSERT ON sales BEGIN
  INSERT INTO report_sales(day, register_id, user_name, tickets, gross, line_discounts, ticket_discounts, coupon_discounts, total, net, voids, void_total, void_net, returns, return_total, return_net) VALUES (date(NEW.at, 'unixepoch', 'localtime'), NEW.register_id, coalesce(NEW.user_name, ''), 1, NEW.subtotal, NEW.line_discounts, NEW.ticket_discount, NEW.coupon_discount, NEW.total, NEW.net, 0, 0, 0, 0, 0, 0) ON CONFLICT DO UPDATE SET tickets = tickets + excluded.tickets, gross = gross + excluded.gross, line_discounts = line_discounts + excluded.line_discounts, ticket_discounts = ticket_discounts + excluded.ticket_discounts, coupon_discounts = coupon_discounts + excluded.coupon_discounts, total = total + excluded.total, net = net + excluded.net, voids = voids + excluded.voids, void_total = void_total + excluded.void_total, void_net = void_net + excluded.void_net, returns = returns + excluded.returns, return_total = return_total + excluded.return_total, return_net = return_net + excluded.return_net;
  INSERT INTO report_hours(day, hour, tickets, gross, line_discounts, ticket_discounts, coupon_discounts, total, net, voids, void_total, void_net, returns, return_total, return_net) VALUES (date(NEW.at, 'unixepoch', 'localtime'), CAST(strftime('%H', NEW.at, 'unixepoch', 'localtime') AS INTEGER), 1, NEW.subtotal, NEW.line_discounts, NEW.ticket_discount, NEW.coupon_discount, NEW.total, NEW.net, 0, 0, 0, 0, 0, 0) ON CONFLICT DO UPDATE SET tickets = tickets + excluded.tickets, gross = gross + excluded.gross, line_discounts = line_discounts + excluded.line_discounts, ticket_discounts = ticket_discounts + excluded.ticket_discounts, coupon_discounts = coupon_discounts + excluded.coupon_discounts, total = total + excluded.total, net = net + excluded.net, voids = voids + excluded.voids, void_total = void_total + excluded.void_total, void_net = void_net + excluded.void_net, returns = returns + excluded.returns, return_total = return_total + excluded.return_total, return_net = return_net + excluded.return_net;
END;
CREATE TRIGGER sale_lines_report AFTER INSERT ON sale_lines BEGIN
  INSERT INTO sale_line_costs(line_id, unit_cost, cost, estimated)
    SELECT NEW.id, unit_cost, CASE WHEN unit_cost IS NULL OR NEW.quantity <= 0 THEN NULL WHEN unit_cost <= 9000000000000000 / NEW.quantity THEN (unit_cost * NEW.quantity + 500) / 1000 END, 0
    FROM product_unit_costs WHERE product_id = NEW.product_id;
  INSERT INTO report_products(day, product_id, units, gross, discounts, total, net, cost, uncertain_lines, returned_units, returned_total, returned_net, returned_cost) SELECT date(s.at, 'unixepoch', 'localtime'), NEW.product_id, NEW.quantity, NEW.amount, NEW.line_discount + NEW.ticket_discount + NEW.coupon_discount, NEW.total, NEW.net, coalesce(c.cost, 0), c.cost IS NULL, 0, 0, 0, 0 FROM sales s JOIN sale_line_costs c ON c.line_id = NEW.id WHERE s.id = NEW.sale_id ON CONFLICT DO UPDATE SET units = units + excluded.units, gross = gross + excluded.gross, discounts = discounts + excluded.discounts, total = total + excluded.total, net = net + excluded.net, cost = cost + excluded.cost, uncertain_lines = uncertain_lines + excluded.uncertain_lines, returned_units = returned_units + excluded.returned_units, returned_total = returned_total + excluded.returned_total, returned_net = returned_net + excluded.returned_net, returned_cost = returned_cost + excluded.returned_cost;
  INSERT INTO report_products_month(month, product_id, units, gross, discounts, total, net, cost, uncertain_lines, returned_units, returned_total, returned_net, returned_cost) SELECT substr(date(s.at, 'unixepoch', 'localtime'), 1, 7), NEW.product_id, NEW.quantity, NEW.amount, NEW.line_discount + NEW.ticket_discount + NEW.coupon_discount, NEW.total, NEW.net, coalesce(c.cost, 0), c.cost IS NULL, 0, 0, 0, 0 FROM sales s JOIN sale_line_costs c ON c.line_id = NEW.id WHERE s.id = NEW.sale_id ON CONFLICT DO UPDATE SET units = units + excluded.units, gross = gross + excluded.gross, discounts = discounts + excluded.discounts, total = total + excluded.total, net = net + excluded.net, cost = cost + excluded.cost, uncertain_lines = uncertain_lines + excluded.uncertain_lines, returned_units = returned_units + excluded.returned_units, returned_total = returned_total + excluded.returned_total, returned_net = returned_net + excluded.returned_net, returned_cost = returned_cost + excluded.returned_cost;
END;
CREATE TRIGGER payments_report AFTER INSERT ON payments BEGIN
  INSERT INTO report_payments(day, method, payments, received, refunds, refunded)
    VALUES (date(NEW.at, 'unixepoch', 'localtime'), NEW.method, NEW.sale_id IS NOT NULL,
      iif(NEW.sale_id IS NOT NULL, NEW.amount, 0), NEW.refund_id IS NOT NULL,
      iif(NEW.refund_id IS NOT NULL, NEW.amount, 0))
    ON CONFLICT DO UPDATE SET payments = payments + excluded.payments,
      received = received + excluded.received, refunds = refunds + excluded.refunds,
      refunded = refunded + excluded.refunded;
END;
CREATE TRIGGER refunds_report AFTER INSERT ON refunds BEGIN
  INSERT INTO report_sales(day, register_id, user_name, tickets, gross, line_discounts, ticket_discounts, coupon_discounts, total, net, voids, void_total, void_net, returns, return_total, return_net) VALUES (date(NEW.at, 'unixepoch', 'localtime'), NEW.register_id, coalesce(NEW.user_name, ''), 0, 0, 0, 0, 0, 0, 0, NEW.kind = 'anulación', iif(NEW.kind = 'anulación', NEW.total, 0), iif(NEW.kind = 'anulación', NEW.net, 0), NEW.kind = 'devolución', iif(NEW.kind = 'devolución', NEW.total, 0), iif(NEW.kind = 'devolución', NEW.net, 0)) ON CONFLICT DO UPDATE SET tickets = tickets + excluded.tickets, gross = gross + excluded.gross, line_discounts = line_discounts + excluded.line_discounts, ticket_discounts = ticket_discounts + excluded.ticket_discounts, coupon_discounts = coupon_discounts + excluded.coupon_discounts, total = total + excluded.total, net = net + excluded.net, voids = voids + excluded.voids, void_total = void_total + excluded.void_total, void_net = void_net + excluded.void_net, returns = returns + excluded.returns, return_total = return_total + excluded.return_total, return_net = return_net + excluded.return_net;
  INSERT INTO report_hours(day, hour, tickets, gross, line_discounts, ticket_discounts, coupon_discounts, total, net, voids, void_total, void_net, returns, return_total, return_net) VALUES (date(NEW.at, 'unixepoch', 'localtime'), CAST(strftime('%H', NEW.at, 'unixepoch', 'localtime') AS INTEGER), 0, 0, 0, 0, 0, 0, 0, NEW.kind = 'anulación', iif(NEW.kind = 'anulación', NEW.total, 0), iif(NEW.kind = 'anulación', NEW.net, 0), NEW.kind = 'devolución', iif(NEW.kind = 'devolución', NEW.total, 0), iif(NEW.kind = 'devolución', NEW.net, 0)) ON CONFLICT DO UPDATE SET tickets = tickets + excluded.tickets, gross = gross + excluded.gross, line_discounts = line_discounts + excluded.line_discounts, ticket_discounts = ticket_discounts + excluded.ticket_discounts, coupon_discounts = coupon_discounts + excluded.coupon_discounts, total = total + excluded.total, net = net + excluded.net, voids = voids + excluded.voids, void_total = void_total + excluded.void_total, void_net = void_net + excluded.void_net, returns = returns + excluded.returns, return_total = return_total + excluded.return_total, return_net = return_net + excluded.return_net;
END;
CREATE TRIGGER refund_lines_report AFTER INSERT ON refund_lines BEGIN
  INSERT INTO report_products(day, product_id, units, gross, discounts, total, net, cost, uncertain_lines, returned_units, returned_total, returned_net, returned_cost) SELECT date(r.at, 'unixepoch', 'localtime'), l.product_id, 0, 0, 0, 0, 0, 0, 0, NEW.quantity, NEW.total, NEW.net, CASE WHEN c.cost IS NULL OR l.quantity <= 0 THEN 0 WHEN c.cost <= 9000000000000000 / NEW.quantity THEN (c.cost * NEW.quantity + l.quantity / 2) / l.quantity ELSE CAST(c.cost * 1.0 * NEW.quantity / l.quantity AS INTEGER) END FROM refunds r, sale_lines l JOIN sale_line_costs c ON c.line_id = l.id WHERE r.id = NEW.refund_id AND l.id = NEW.sale_line_id ON CONFLICT DO UPDATE SET units = units + excluded.units, gross = gross + excluded.gross, discounts = discounts + excluded.discounts, total = total + excluded.total, net = net + excluded.net, cost = cost + excluded.cost, uncertain_lines = uncertain_lines + excluded.uncertain_lines, returned_units = returned_units + excluded.returned_units, returned_total = returned_total + excluded.returned_total, returned_net = returned_net + excluded.returned_net, returned_cost = returned_cost + excluded.returned_cost;
  INSERT INTO report_products_month(month, product_id, units, gross, discounts, total, net, cost, uncertain_lines, returned_units, returned_total, returned_net, returned_cost) SELECT substr(date(r.at, 'unixepoch', 'localtime'), 1, 7), l.product_id, 0, 0, 0, 0, 0, 0, 0, NEW.quantity, NEW.total, NEW.net, CASE WHEN c.cost IS NULL OR l.quantity <= 0 THEN 0 WHEN c.cost <= 9000000000000000 / NEW.quantity THEN (c.cost * NEW.quantity + l.quantity / 2) / l.quantity ELSE CAST(c.cost * 1.0 * NEW.quantity / l.quantity AS INTEGER) END FROM refunds r, sale_lines l JOIN sale_line_costs c ON c.line_id = l.id WHERE r.id = NEW.refund_id AND l.id = NEW.sale_line_id ON CONFLICT DO UPDATE SET units = units + excluded.units, gross = gross + excluded.gross, discounts = discounts + excluded.discounts, total = total + excluded.total, net = net + excluded.net, cost = cost + excluded.cost, uncertain_lines = uncertain_lines + excluded.uncertain_lines, returned_units = returned_units + excluded.returned_units, returned_total = returned_total + excluded.returned_total, returned_net = returned_net + excluded.returned_net, returned_cost = returned_cost + excluded.returned_cost;
END;
CREATE TRIGGER sale_line_taxes_report AFTER INSERT ON sale_line_taxes BEGIN
  INSERT INTO report_taxes(day, code, sold, returned)
    SELECT date(s.at, 'unixepoch', 'localtime'), NEW.code, NEW.amount, 0
    FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.id = NEW.line_id
    ON CONFLICT DO UPDATE SET sold = sold + excluded.sold;
END;
CREATE TRIGGER refund_line_taxes_report AFTER INSERT ON refund_line_taxes BEGIN
  INSERT INTO report_taxes(day, code, sold, returned)
    SELECT date(r.at, 'unixepoch', 'localtime'), NEW.code, 0, NEW.amount
    FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
    WHERE rl.id = NEW.refund_line_id
    ON CONFLICT DO UPDATE SET returned = returned + excluded.returned;
END;
CREATE INDEX sale_line_costs_missing ON sale_line_costs(line_id) WHERE cost IS NULL;
CREATE UNIQUE INDEX customers_active_rut ON customers(rut)
  WHERE active = 1 AND rut IS NOT NULL AND rut <> '66666666-6';
CREATE INDEX customers_name ON customers(name_folded);
CREATE INDEX customers_phone ON customers(phone_digits);
CREATE INDEX customers_group ON customers(group_id);
CREATE INDEX sale_customers_customer ON sale_customers(customer_id, sale_id);
CREATE TRIGGER sale_customers_no_update BEFORE UPDATE ON sale_customers
  BEGIN SELECT RAISE(ABORT, 'el cliente de una venta no se puede modificar'); END;
CREATE TRIGGER sale_customers_no_delete BEFORE DELETE ON sale_customers
  BEGIN SELECT RAISE(ABORT, 'el cliente de una venta no se puede borrar'); END;
CREATE TRIGGER sale_customers_no_replace BEFORE INSERT ON sale_customers
  WHEN EXISTS (SELECT 1 FROM sale_customers WHERE sale_id = NEW.sale_id)
  BEGIN SELECT RAISE(ABORT, 'el cliente de una venta no se puede reemplazar'); END;
CREATE INDEX account_moves_customer ON account_moves(customer_id, id);
CREATE INDEX account_moves_session ON account_moves(session_id, kind)
  WHERE session_id IS NOT NULL;
CREATE INDEX account_moves_sale ON account_moves(sale_id) WHERE sale_id IS NOT NULL;
CREATE TRIGGER account_moves_no_update BEFORE UPDATE ON account_moves
  BEGIN SELECT RAISE(ABORT, 'un movimiento de cuenta no se puede modificar'); END;
CREATE TRIGGER account_moves_no_delete BEFORE DELETE ON account_moves
  BEGIN SELECT RAISE(ABORT, 'un movimiento de cuenta no se puede borrar'); END;
CREATE TRIGGER account_moves_session_open BEFORE INSERT ON account_moves
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER account_moves_no_replace BEFORE INSERT ON account_moves
  WHEN EXISTS (SELECT 1 FROM account_moves WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un movimiento de cuenta no se puede reemplazar'); END;
CREATE TRIGGER account_moves_balance AFTER INSERT ON account_moves
  BEGIN
    INSERT INTO account_balances(customer_id, balance, moves)
      VALUES (NEW.customer_id, NEW.amount, 1)
      ON CONFLICT(customer_id) DO UPDATE
        SET balance = balance + excluded.balance, moves = moves + 1;
  END;
CREATE UNIQUE INDEX purchase_drafts_per_terminal
  ON purchase_drafts(register_id, owner_pid, owner_started, owner_boot);
CREATE INDEX purchase_draft_lines_draft ON purchase_draft_lines(draft_id, id);
CREATE INDEX purchases_supplier ON purchases(supplier_id);
CREATE INDEX purchases_at ON purchases(at);
CREATE INDEX purchase_payments_purchase ON purchase_payments(purchase_id);
CREATE INDEX purchase_payments_session ON purchase_payments(session_id)
  WHERE session_id IS NOT NULL;
CREATE TRIGGER purchases_no_update BEFORE UPDATE ON purchases
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede modificar'); END;
CREATE TRIGGER purchases_no_delete BEFORE DELETE ON purchases
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede borrar'); END;
CREATE TRIGGER purchases_no_replace BEFORE INSERT ON purchases
  WHEN EXISTS (SELECT 1 FROM purchases WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede reemplazar'); END;
CREATE TRIGGER purchase_lines_no_update BEFORE UPDATE ON purchase_lines
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede modificar'); END;
CREATE TRIGGER purchase_lines_no_delete BEFORE DELETE ON purchase_lines
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede borrar'); END;
CREATE TRIGGER purchase_lines_no_replace BEFORE INSERT ON purchase_lines
  WHEN EXISTS (SELECT 1 FROM purchase_lines WHERE purchase_id = NEW.purchase_id
    AND position = NEW.position)
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede reemplazar'); END;
CREATE TRIGGER purchase_taxes_no_update BEFORE UPDATE ON purchase_taxes
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede modificar'); END;
CREATE TRIGGER purchase_taxes_no_delete BEFORE DELETE ON purchase_taxes
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede borrar'); END;
CREATE TRIGGER purchase_taxes_no_replace BEFORE INSERT ON purchase_taxes
  WHEN EXISTS (SELECT 1 FROM purchase_taxes WHERE purchase_id = NEW.purchase_id
    AND code = NEW.code)
  BEGIN SELECT RAISE(ABORT, 'una compra registrada no se puede reemplazar'); END;
CREATE TRIGGER purchase_payments_no_update BEFORE UPDATE ON purchase_payments
  BEGIN SELECT RAISE(ABORT, 'un pago a proveedor no se puede modificar'); END;
CREATE TRIGGER purchase_payments_no_delete BEFORE DELETE ON purchase_payments
  BEGIN SELECT RAISE(ABORT, 'un pago a proveedor no se puede borrar'); END;
CREATE TRIGGER purchase_payments_no_replace BEFORE INSERT ON purchase_payments
  WHEN EXISTS (SELECT 1 FROM purchase_payments WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un pago a proveedor no se puede reemplazar'); END;
CREATE TRIGGER purchase_payments_session_open BEFORE INSERT ON purchase_payments
  WHEN NEW.session_id IS NOT NULL
    AND (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER purchase_voids_no_update BEFORE UPDATE ON purchase_voids
  BEGIN SELECT RAISE(ABORT, 'una anulación de compra no se puede modificar'); END;
CREATE TRIGGER purchase_voids_no_delete BEFORE DELETE ON purchase_voids
  BEGIN SELECT RAISE(ABORT, 'una anulación de compra no se puede borrar'); END;
CREATE TRIGGER purchase_voids_no_replace BEFORE INSERT ON purchase_voids
  WHEN EXISTS (SELECT 1 FROM purchase_voids WHERE purchase_id = NEW.purchase_id)
  BEGIN SELECT RAISE(ABORT, 'una anulación de compra no se puede reemplazar'); END;
CREATE UNIQUE INDEX expenses_recurrence_period ON expenses(recurrence_id, period)
  WHERE recurrence_id IS NOT NULL;
CREATE INDEX expenses_day ON expenses(day);
CREATE INDEX expense_payments_expense ON expense_payments(expense_id);
CREATE INDEX expense_payments_session ON expense_payments(session_id)
  WHERE session_id IS NOT NULL;
CREATE TRIGGER expenses_no_update BEFORE UPDATE ON expenses
  BEGIN SELECT RAISE(ABORT, 'un gasto no se puede modificar'); END;
CREATE TRIGGER expenses_no_delete BEFORE DELETE ON expenses
  BEGIN SELECT RAISE(ABORT, 'un gasto no se puede borrar'); END;
CREATE TRIGGER expenses_no_replace BEFORE INSERT ON expenses
  WHEN EXISTS (SELECT 1 FROM expenses WHERE id = NEW.id OR (NEW.recurrence_id IS NOT NULL
    AND recurrence_id = NEW.recurrence_id AND period = NEW.period))
  BEGIN SELECT RAISE(ABORT, 'un gasto no se puede reemplazar'); END;
CREATE TRIGGER expense_payments_no_update BEFORE UPDATE ON expense_payments
  BEGIN SELECT RAISE(ABORT, 'un pago de gasto no se puede modificar'); END;
CREATE TRIGGER expense_payments_no_delete BEFORE DELETE ON expense_payments
  BEGIN SELECT RAISE(ABORT, 'un pago de gasto no se puede borrar'); END;
CREATE TRIGGER expense_payments_no_replace BEFORE INSERT ON expense_payments
  WHEN EXISTS (SELECT 1 FROM expense_payments WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un pago de gasto no se puede reemplazar'); END;
CREATE TRIGGER expense_payments_not_over BEFORE INSERT ON expense_payments
  WHEN NEW.amount + (SELECT coalesce(sum(amount), 0) FROM expense_payments
    WHERE expense_id = NEW.expense_id) > (SELECT amount FROM expenses WHERE id = NEW.expense_id)
    OR EXISTS (SELECT 1 FROM expense_voids WHERE expense_id = NEW.expense_id)
  BEGIN SELECT RAISE(ABORT, 'el pago supera lo que falta del gasto, o está anulado'); END;
CREATE TRIGGER expense_payments_session_open BEFORE INSERT ON expense_payments
  WHEN NEW.session_id IS NOT NULL
    AND (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER expense_voids_no_update BEFORE UPDATE ON expense_voids
  BEGIN SELECT RAISE(ABORT, 'una anulación de gasto no se puede modificar'); END;
CREATE TRIGGER expense_voids_no_delete BEFORE DELETE ON expense_voids
  BEGIN SELECT RAISE(ABORT, 'una anulación de gasto no se puede borrar'); END;
CREATE TRIGGER expense_voids_no_replace BEFORE INSERT ON expense_voids
  WHEN EXISTS (SELECT 1 FROM expense_voids WHERE expense_id = NEW.expense_id)
  BEGIN SELECT RAISE(ABORT, 'una anulación de gasto no se puede reemplazar'); END;
CREATE TRIGGER sale_line_options_no_update BEFORE UPDATE ON sale_line_options
  BEGIN SELECT RAISE(ABORT, 'las opciones de una venta no se pueden modificar'); END;
CREATE TRIGGER sale_line_options_no_delete BEFORE DELETE ON sale_line_options
  BEGIN SELECT RAISE(ABORT, 'las opciones de una venta no se pueden borrar'); END;
CREATE TRIGGER sale_line_options_no_replace BEFORE INSERT ON sale_line_options
  WHEN EXISTS (SELECT 1 FROM sale_line_options WHERE sale_id = NEW.sale_id
    AND position = NEW.position AND seq = NEW.seq)
  BEGIN SELECT RAISE(ABORT, 'las opciones de una venta no se pueden reemplazar'); END;
CREATE INDEX sale_line_sellers_line ON sale_line_sellers(sale_id, position);
CREATE TRIGGER sale_line_sellers_no_update BEFORE UPDATE ON sale_line_sellers
  BEGIN SELECT RAISE(ABORT, 'el vendedor de una venta no se modifica: se cambia'); END;
CREATE TRIGGER sale_line_sellers_no_delete BEFORE DELETE ON sale_line_sellers
  BEGIN SELECT RAISE(ABORT, 'el vendedor de una venta no se puede borrar'); END;
CREATE TRIGGER sale_line_sellers_no_replace BEFORE INSERT ON sale_line_sellers
  WHEN EXISTS (SELECT 1 FROM sale_line_sellers WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'el vendedor de una venta no se puede reemplazar'); END;
CREATE INDEX product_variants_parent ON product_variants(parent_id);
CREATE INDEX sale_line_promotions_promotion
  ON sale_line_promotions(promotion_id);
CREATE TRIGGER sale_line_promotions_no_update
  BEFORE UPDATE ON sale_line_promotions
  BEGIN SELECT RAISE(ABORT, 'las promociones de una venta no se pueden modificar'); END;
CREATE TRIGGER sale_line_promotions_no_delete
  BEFORE DELETE ON sale_line_promotions
  BEGIN SELECT RAISE(ABORT, 'las promociones de una venta no se pueden borrar'); END;
CREATE TRIGGER sale_line_promotions_no_replace
  BEFORE INSERT ON sale_line_promotions
  WHEN EXISTS (SELECT 1 FROM sale_line_promotions WHERE sale_id = NEW.sale_id
    AND position = NEW.position AND promotion_id = NEW.promotion_id)
  BEGIN SELECT RAISE(ABORT, 'las promociones de una venta no se pueden modificar'); END;
CREATE INDEX point_moves_customer ON point_moves(customer_id, id);
CREATE INDEX point_moves_sale ON point_moves(sale_id)
  WHERE sale_id IS NOT NULL;
CREATE INDEX point_moves_session ON point_moves(session_id, kind)
  WHERE session_id IS NOT NULL;
CREATE TRIGGER point_moves_no_update BEFORE UPDATE ON point_moves
  BEGIN SELECT RAISE(ABORT, 'un movimiento de puntos no se puede modificar'); END;
CREATE TRIGGER point_moves_no_delete BEFORE DELETE ON point_moves
  BEGIN SELECT RAISE(ABORT, 'un movimiento de puntos no se puede borrar'); END;
CREATE TRIGGER point_moves_session_open BEFORE INSERT ON point_moves
  WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER point_moves_no_replace BEFORE INSERT ON point_moves
  WHEN EXISTS (SELECT 1 FROM point_moves WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un movimiento de puntos no se puede reemplazar'); END;
CREATE INDEX orders_open_due ON orders(due_at)
  WHERE state IN ('nuevo', 'en preparación', 'listo');
CREATE INDEX order_lines_product ON order_lines(product_id);
CREATE INDEX order_states_order ON order_states(order_id, id);
CREATE TRIGGER order_states_no_update BEFORE UPDATE ON order_states
  BEGIN SELECT RAISE(ABORT, 'un cambio de estado de pedido no se puede modificar'); END;
CREATE TRIGGER order_states_no_delete BEFORE DELETE ON order_states
  BEGIN SELECT RAISE(ABORT, 'un cambio de estado de pedido no se puede borrar'); END;
CREATE TRIGGER order_states_no_replace BEFORE INSERT ON order_states
  WHEN EXISTS (SELECT 1 FROM order_states WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'un cambio de estado de pedido no se puede reemplazar'); END;
CREATE INDEX order_deposits_order ON order_deposits(order_id, id);
CREATE INDEX order_deposits_session ON order_deposits(session_id, kind)
  WHERE session_id IS NOT NULL;
CREATE TRIGGER order_deposits_no_update BEFORE UPDATE ON order_deposits
  BEGIN SELECT RAISE(ABORT, 'una seña no se puede modificar'); END;
CREATE TRIGGER order_deposits_no_delete BEFORE DELETE ON order_deposits
  BEGIN SELECT RAISE(ABORT, 'una seña no se puede borrar'); END;
CREATE TRIGGER order_deposits_no_replace BEFORE INSERT ON order_deposits
  WHEN EXISTS (SELECT 1 FROM order_deposits WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'una seña no se puede reemplazar'); END;
CREATE TRIGGER order_deposits_session_open BEFORE INSERT ON order_deposits
  WHEN NEW.session_id IS NOT NULL
    AND (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
CREATE TRIGGER payments_method_payable BEFORE INSERT ON payments
  WHEN NEW.sale_id IS NOT NULL AND NEW.method <> 'seña' AND NOT EXISTS (
    SELECT 1 FROM payment_methods WHERE name = NEW.method AND active = 1 AND available = 1)
  BEGIN SELECT RAISE(ABORT, 'medio de pago desactivado'); END;
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
CREATE TRIGGER journal_outbox_insert AFTER INSERT ON journal
  BEGIN
    INSERT INTO outbox_rows(table_name, key1) VALUES ('journal', NEW.id);
    INSERT INTO outbox_events(last_row, journal_id, register_id, kind, at)
      SELECT max(id), NEW.id, NEW.register_id, NEW.command, NEW.at FROM outbox_rows;
  END;
CREATE TRIGGER stock_movements_outbox_insert AFTER INSERT ON stock_movements
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('stock_movements', NEW."id"); END;
CREATE TRIGGER sales_outbox_insert AFTER INSERT ON sales
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('sales', NEW."id"); END;
CREATE TRIGGER sale_lines_outbox_insert AFTER INSERT ON sale_lines
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('sale_lines', NEW."id"); END;
CREATE TRIGGER sale_line_taxes_outbox_insert AFTER INSERT ON sale_line_taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('sale_line_taxes', NEW."line_id", NEW."code"); END;
CREATE TRIGGER sale_line_gifts_outbox_insert AFTER INSERT ON sale_line_gifts
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('sale_line_gifts', NEW."line_id"); END;
CREATE TRIGGER payments_outbox_insert AFTER INSERT ON payments
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('payments', NEW."id"); END;
CREATE TRIGGER refunds_outbox_insert AFTER INSERT ON refunds
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('refunds', NEW."id"); END;
CREATE TRIGGER refund_lines_outbox_insert AFTER INSERT ON refund_lines
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('refund_lines', NEW."id"); END;
CREATE TRIGGER refund_line_taxes_outbox_insert AFTER INSERT ON refund_line_taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('refund_line_taxes', NEW."refund_line_id", NEW."code"); END;
CREATE TRIGGER sale_line_costs_outbox_insert AFTER INSERT ON sale_line_costs
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('sale_line_costs', NEW."line_id"); END;
CREATE TRIGGER cash_movements_outbox_insert AFTER INSERT ON cash_movements
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('cash_movements', NEW."id"); END;
CREATE TRIGGER z_reports_outbox_insert AFTER INSERT ON z_reports
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('z_reports', NEW."id"); END;
CREATE TRIGGER z_report_methods_outbox_insert AFTER INSERT ON z_report_methods
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('z_report_methods', NEW."z_report_id", NEW."method"); END;
CREATE TRIGGER z_report_taxes_outbox_insert AFTER INSERT ON z_report_taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2, key3) VALUES ('z_report_taxes', NEW."z_report_id", NEW."code", NEW."rate"); END;
CREATE TRIGGER z_report_denominations_outbox_insert AFTER INSERT ON z_report_denominations
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('z_report_denominations', NEW."z_report_id", NEW."value"); END;
CREATE TRIGGER z_report_heads_outbox_insert AFTER INSERT ON z_report_heads
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('z_report_heads', NEW."z_report_id"); END;
CREATE TRIGGER z_report_lines_outbox_insert AFTER INSERT ON z_report_lines
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2, key3) VALUES ('z_report_lines', NEW."z_report_id", NEW."section", NEW."kind"); END;
CREATE TRIGGER purchases_outbox_insert AFTER INSERT ON purchases
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('purchases', NEW."id"); END;
CREATE TRIGGER purchase_lines_outbox_insert AFTER INSERT ON purchase_lines
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('purchase_lines', NEW."purchase_id", NEW."position"); END;
CREATE TRIGGER purchase_taxes_outbox_insert AFTER INSERT ON purchase_taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('purchase_taxes', NEW."purchase_id", NEW."code"); END;
CREATE TRIGGER purchase_payments_outbox_insert AFTER INSERT ON purchase_payments
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('purchase_payments', NEW."id"); END;
CREATE TRIGGER purchase_voids_outbox_insert AFTER INSERT ON purchase_voids
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('purchase_voids', NEW."purchase_id"); END;
CREATE TRIGGER gift_cards_outbox_insert AFTER INSERT ON gift_cards
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('gift_cards', NEW."id"); END;
CREATE TRIGGER sale_customers_outbox_insert AFTER INSERT ON sale_customers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('sale_customers', NEW."sale_id"); END;
CREATE TRIGGER expenses_outbox_insert AFTER INSERT ON expenses
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('expenses', NEW."id"); END;
CREATE TRIGGER expense_payments_outbox_insert AFTER INSERT ON expense_payments
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('expense_payments', NEW."id"); END;
CREATE TRIGGER expense_voids_outbox_insert AFTER INSERT ON expense_voids
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('expense_voids', NEW."expense_id"); END;
CREATE TRIGGER sale_line_options_outbox_insert AFTER INSERT ON sale_line_options
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2, key3) VALUES ('sale_line_options', NEW."sale_id", NEW."position", NEW."seq"); END;
CREATE TRIGGER sale_line_sellers_outbox_insert AFTER INSERT ON sale_line_sellers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('sale_line_sellers', NEW."id"); END;
CREATE TRIGGER sale_line_promotions_outbox_insert AFTER INSERT ON sale_line_promotions
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2, key3) VALUES ('sale_line_promotions', NEW."sale_id", NEW."position", NEW."promotion_id"); END;
CREATE TRIGGER gift_card_moves_outbox_insert AFTER INSERT ON gift_card_moves
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('gift_card_moves', NEW."id"); END;
CREATE TRIGGER account_moves_outbox_insert AFTER INSERT ON account_moves
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('account_moves', NEW."id"); END;
CREATE TRIGGER point_moves_outbox_insert AFTER INSERT ON point_moves
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('point_moves', NEW."id"); END;
CREATE TRIGGER order_states_outbox_insert AFTER INSERT ON order_states
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('order_states', NEW."id"); END;
CREATE TRIGGER order_deposits_outbox_insert AFTER INSERT ON order_deposits
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('order_deposits', NEW."id"); END;
CREATE TRIGGER cash_sessions_outbox_insert AFTER INSERT ON cash_sessions
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('cash_sessions', NEW."id"); END;
CREATE TRIGGER cash_sessions_outbox_update AFTER UPDATE ON cash_sessions
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('cash_sessions', NEW."id"); END;
CREATE TRIGGER customers_outbox_insert AFTER INSERT ON customers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('customers', NEW."id"); END;
CREATE TRIGGER customers_outbox_update AFTER UPDATE ON customers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('customers', NEW."id"); END;
CREATE TRIGGER account_balances_outbox_insert AFTER INSERT ON account_balances
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('account_balances', NEW."customer_id"); END;
CREATE TRIGGER account_balances_outbox_update AFTER UPDATE ON account_balances
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('account_balances', NEW."customer_id"); END;
CREATE TRIGGER registers_outbox_insert AFTER INSERT ON registers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('registers', NEW."id"); END;
CREATE TRIGGER registers_outbox_update AFTER UPDATE ON registers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('registers', NEW."id"); END;
CREATE TRIGGER suppliers_outbox_insert AFTER INSERT ON suppliers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('suppliers', NEW."id"); END;
CREATE TRIGGER suppliers_outbox_update AFTER UPDATE ON suppliers
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('suppliers', NEW."id"); END;
CREATE TRIGGER orders_outbox_insert AFTER INSERT ON orders
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('orders', NEW."id"); END;
CREATE TRIGGER orders_outbox_update AFTER UPDATE ON orders
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('orders', NEW."id"); END;
CREATE TRIGGER order_lines_outbox_insert AFTER INSERT ON order_lines
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('order_lines', NEW."id"); END;
CREATE TRIGGER order_lines_outbox_update AFTER UPDATE ON order_lines
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('order_lines', NEW."id"); END;
CREATE TRIGGER promotions_outbox_insert AFTER INSERT ON promotions
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('promotions', NEW."id"); END;
CREATE TRIGGER promotions_outbox_update AFTER UPDATE ON promotions
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('promotions', NEW."id"); END;
CREATE TRIGGER products_outbox_insert AFTER INSERT ON products
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('products', NEW."id"); END;
CREATE TRIGGER products_outbox_update AFTER UPDATE ON products
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('products', NEW."id"); END;
CREATE TRIGGER categories_outbox_insert AFTER INSERT ON categories
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('categories', NEW."id"); END;
CREATE TRIGGER categories_outbox_update AFTER UPDATE ON categories
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('categories', NEW."id"); END;
CREATE TRIGGER taxes_outbox_insert AFTER INSERT ON taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('taxes', NEW."id"); END;
CREATE TRIGGER taxes_outbox_update AFTER UPDATE ON taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1) VALUES ('taxes', NEW."id"); END;
CREATE TRIGGER product_taxes_outbox_insert AFTER INSERT ON product_taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('product_taxes', NEW."product_id", NEW."tax_id"); END;
CREATE TRIGGER product_taxes_outbox_update AFTER UPDATE ON product_taxes
  BEGIN INSERT INTO outbox_rows(table_name, key1, key2) VALUES ('product_taxes', NEW."product_id", NEW."tax_id"); END;
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA user_version = 30;
PRAGMA application_id = 1953064302;
