import TiendaStore

extension Schema {
  /// Migration 17: the cost of each sale line and the report rollups (issue 17).
  ///
  /// - `sale_line_costs` (ledger): the product's cost when the line was
  ///   sold, written by a trigger on `sale_lines` inside the sale's own
  ///   transaction (a kit: the sum of its components' cost × quantity).
  ///   `unit_cost` is per unit (per kg or lt for weighed products), `cost`
  ///   is for the line's quantity, rounded half up; both NULL when the
  ///   product has no cost. Lines sold before this migration take the cost
  ///   products have now and are marked `estimated`.
  /// - Rollups, kept by triggers in the sale, void and return transactions
  ///   (never by hand): `report_sales` (local day × register × cashier:
  ///   tickets, gross, discounts, totals, voids and returns), `report_hours`
  ///   (the same per day × hour), `report_products` (day × product: units,
  ///   amounts, cost, what came back) and `report_products_month` (the same
  ///   per month, so a year reads 12 rows per product), `report_taxes`
  ///   (day × tax code) and `report_payments` (day × method). A void or a return counts on the day it happens, in
  ///   the register and for the user that made it (as the Z does).
  /// - `*_ledger` views: the same figures computed from the ledger tables;
  ///   `reconstruir informes` copies them into the rollups and
  ///   `verificar base` compares both.
  /// - Local days and hours are those of the process's zone (`localtime`,
  ///   which tienda sets from `tienda.zona`). A file that already has
  ///   sales gets `informes.reconstruir`: the first opening (in the shop's
  ///   zone) rebuilds the rollups and removes it.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let reports = Migration(
    version: 17,
    sql: """
      CREATE TABLE sale_line_costs(
        line_id INTEGER PRIMARY KEY REFERENCES sale_lines(id),
        unit_cost INTEGER,
        cost INTEGER,
        estimated INTEGER NOT NULL CHECK (estimated IN (0, 1))
      ) STRICT;

      CREATE VIEW product_unit_costs AS
        SELECT p.id AS product_id,
          CASE p.is_kit WHEN 0 THEN p.cost ELSE (
            SELECT CASE WHEN count(*) > 0 AND count(*) = count(c.cost)
                AND total(c.cost * kc.quantity) < 9.0e15
              THEN CAST((total(c.cost * kc.quantity) + 500) / 1000 AS INTEGER) END
            FROM kit_components kc JOIN products c ON c.id = kc.component_id
            WHERE kc.kit_id = p.id) END AS unit_cost
        FROM products p;

      INSERT INTO sale_line_costs(line_id, unit_cost, cost, estimated)
        SELECT l.id, u.unit_cost,
          \(lineCost("u.unit_cost", "l.quantity")), 1
        FROM sale_lines l JOIN product_unit_costs u ON u.product_id = l.product_id
        ORDER BY l.id;

      CREATE TRIGGER sale_line_costs_no_update BEFORE UPDATE ON sale_line_costs
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
      CREATE TRIGGER sale_line_costs_no_delete BEFORE DELETE ON sale_line_costs
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede borrar'); END;
      CREATE TRIGGER sale_line_costs_no_replace BEFORE INSERT ON sale_line_costs
        WHEN EXISTS (SELECT 1 FROM sale_line_costs WHERE line_id = NEW.line_id)
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede reemplazar'); END;

      \(ticketTable("report_sales", keys: "day TEXT NOT NULL, register_id INTEGER NOT NULL, user_name TEXT NOT NULL", primaryKey: "day, register_id, user_name"))
      \(ticketTable("report_hours", keys: "day TEXT NOT NULL, hour INTEGER NOT NULL", primaryKey: "day, hour"))
      \(productTable("report_products", keys: "day TEXT NOT NULL", primaryKey: "day"))
      \(productTable("report_products_month", keys: "month TEXT NOT NULL", primaryKey: "month"))
      CREATE INDEX refunds_at ON refunds(at);

      CREATE TABLE report_taxes(
        day TEXT NOT NULL,
        code TEXT NOT NULL,
        sold INTEGER NOT NULL,
        returned INTEGER NOT NULL,
        PRIMARY KEY (day, code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE report_payments(
        day TEXT NOT NULL,
        method TEXT NOT NULL,
        payments INTEGER NOT NULL,
        received INTEGER NOT NULL,
        refunds INTEGER NOT NULL,
        refunded INTEGER NOT NULL,
        PRIMARY KEY (day, method)
      ) STRICT, WITHOUT ROWID;

      -- Every sale, void and return with its local day and hour: what the
      -- ticket rollups sum.
      CREATE VIEW report_ticket_events AS
        SELECT \(day("at")) AS day, \(hour("at")) AS hour, register_id,
          coalesce(user_name, '') AS user_name, 1 AS tickets, subtotal AS gross,
          line_discounts, ticket_discount AS ticket_discounts,
          coupon_discount AS coupon_discounts, total, net, 0 AS voids, 0 AS void_total,
          0 AS void_net, 0 AS returns, 0 AS return_total, 0 AS return_net
        FROM sales
        UNION ALL
        SELECT \(day("at")), \(hour("at")), register_id, coalesce(user_name, ''), 0, 0, 0, 0, 0,
          0, 0, kind = 'anulación', iif(kind = 'anulación', total, 0),
          iif(kind = 'anulación', net, 0), kind = 'devolución',
          iif(kind = 'devolución', total, 0), iif(kind = 'devolución', net, 0)
        FROM refunds;
      CREATE VIEW report_sales_ledger AS
        SELECT day, register_id, user_name, \(sums(ticketFigures))
        FROM report_ticket_events GROUP BY day, register_id, user_name;
      CREATE VIEW report_hours_ledger AS
        SELECT day, hour, \(sums(ticketFigures)) FROM report_ticket_events GROUP BY day, hour;

      -- Every sale line and returned line with its local day and cost.
      CREATE VIEW report_product_events AS
        SELECT \(day("s.at")) AS day, l.product_id, l.quantity AS units, l.amount AS gross,
          l.line_discount + l.ticket_discount + l.coupon_discount AS discounts, l.total,
          l.net, coalesce(c.cost, 0) AS cost, c.cost IS NULL OR c.estimated AS uncertain_lines,
          0 AS returned_units, 0 AS returned_total, 0 AS returned_net, 0 AS returned_cost
        FROM sale_lines l JOIN sales s ON s.id = l.sale_id
          JOIN sale_line_costs c ON c.line_id = l.id
        UNION ALL
        SELECT \(day("r.at")), l.product_id, 0, 0, 0, 0, 0, 0, 0, rl.quantity, rl.total,
          rl.net, \(returnedCost("c.cost", "rl.quantity", "l.quantity"))
        FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
          JOIN sale_lines l ON l.id = rl.sale_line_id
          JOIN sale_line_costs c ON c.line_id = l.id;
      CREATE VIEW report_products_ledger AS
        SELECT day, product_id, \(sums(productFigures))
        FROM report_product_events GROUP BY day, product_id;
      CREATE VIEW report_products_month_ledger AS
        SELECT substr(day, 1, 7) AS month, product_id, \(sums(productFigures))
        FROM report_product_events GROUP BY month, product_id;

      CREATE VIEW report_taxes_ledger AS
        SELECT day, code, sum(sold) AS sold, sum(returned) AS returned
        FROM (
          SELECT \(day("s.at")) AS day, t.code, t.amount AS sold, 0 AS returned
          FROM sale_line_taxes t JOIN sale_lines l ON l.id = t.line_id
            JOIN sales s ON s.id = l.sale_id
          UNION ALL
          SELECT \(day("r.at")), t.code, 0, t.amount
          FROM refund_line_taxes t JOIN refund_lines rl ON rl.id = t.refund_line_id
            JOIN refunds r ON r.id = rl.refund_id)
        GROUP BY day, code;

      CREATE VIEW report_payments_ledger AS
        SELECT \(day("at")) AS day, method, sum(sale_id IS NOT NULL) AS payments,
          sum(iif(sale_id IS NOT NULL, amount, 0)) AS received,
          sum(refund_id IS NOT NULL) AS refunds,
          sum(iif(refund_id IS NOT NULL, amount, 0)) AS refunded
        FROM payments GROUP BY day, method;

      CREATE TRIGGER sales_report AFTER INSERT ON sales BEGIN
        \(ticketUpsert("report_sales", keys: "day, register_id, user_name",
          values: "\(day("NEW.at")), NEW.register_id, coalesce(NEW.user_name, '')",
          figures: saleFigures))
        \(ticketUpsert("report_hours", keys: "day, hour",
          values: "\(day("NEW.at")), \(hour("NEW.at"))", figures: saleFigures))
      END;

      CREATE TRIGGER sale_lines_report AFTER INSERT ON sale_lines BEGIN
        INSERT INTO sale_line_costs(line_id, unit_cost, cost, estimated)
          SELECT NEW.id, unit_cost, \(lineCost("unit_cost", "NEW.quantity")), 0
          FROM product_unit_costs WHERE product_id = NEW.product_id;
        \(productUpsert("report_products", key: ("day", day("s.at")), product: "NEW.product_id",
          figures: lineFigures, from: saleLineSource))
        \(productUpsert("report_products_month", key: ("month", "substr(\(day("s.at")), 1, 7)"),
          product: "NEW.product_id", figures: lineFigures, from: saleLineSource))
      END;

      CREATE TRIGGER payments_report AFTER INSERT ON payments BEGIN
        INSERT INTO report_payments(day, method, payments, received, refunds, refunded)
          VALUES (\(day("NEW.at")), NEW.method, NEW.sale_id IS NOT NULL,
            iif(NEW.sale_id IS NOT NULL, NEW.amount, 0), NEW.refund_id IS NOT NULL,
            iif(NEW.refund_id IS NOT NULL, NEW.amount, 0))
          ON CONFLICT DO UPDATE SET payments = payments + excluded.payments,
            received = received + excluded.received, refunds = refunds + excluded.refunds,
            refunded = refunded + excluded.refunded;
      END;

      CREATE TRIGGER refunds_report AFTER INSERT ON refunds BEGIN
        \(ticketUpsert("report_sales", keys: "day, register_id, user_name",
          values: "\(day("NEW.at")), NEW.register_id, coalesce(NEW.user_name, '')",
          figures: refundFigures))
        \(ticketUpsert("report_hours", keys: "day, hour",
          values: "\(day("NEW.at")), \(hour("NEW.at"))", figures: refundFigures))
      END;

      CREATE TRIGGER refund_lines_report AFTER INSERT ON refund_lines BEGIN
        \(productUpsert("report_products", key: ("day", day("r.at")), product: "l.product_id",
          figures: returnedLineFigures, from: returnedLineSource))
        \(productUpsert("report_products_month", key: ("month", "substr(\(day("r.at")), 1, 7)"),
          product: "l.product_id", figures: returnedLineFigures, from: returnedLineSource))
      END;

      CREATE TRIGGER sale_line_taxes_report AFTER INSERT ON sale_line_taxes BEGIN
        INSERT INTO report_taxes(day, code, sold, returned)
          SELECT \(day("s.at")), NEW.code, NEW.amount, 0
          FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.id = NEW.line_id
          ON CONFLICT DO UPDATE SET sold = sold + excluded.sold;
      END;

      CREATE TRIGGER refund_line_taxes_report AFTER INSERT ON refund_line_taxes BEGIN
        INSERT INTO report_taxes(day, code, sold, returned)
          SELECT \(day("r.at")), NEW.code, 0, NEW.amount
          FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
          WHERE rl.id = NEW.refund_line_id
          ON CONFLICT DO UPDATE SET returned = returned + excluded.returned;
      END;

      INSERT INTO settings(key, value)
        SELECT 'informes.reconstruir', 'sí' WHERE EXISTS (SELECT 1 FROM sales);
      """)

  /// The local day (`2026-11-23`) of an instant column.
  static func day(_ at: String) -> String { "date(\(at), 'unixepoch', 'localtime')" }

  /// The local hour (0-23) of an instant column.
  static func hour(_ at: String) -> String {
    "CAST(strftime('%H', \(at), 'unixepoch', 'localtime') AS INTEGER)"
  }

  /// A line's cost: unit cost × quantity (thousandths), rounded half up;
  /// NULL when unknown or too large to hold.
  static func lineCost(_ unitCost: String, _ quantity: String) -> String {
    "CASE WHEN \(unitCost) IS NULL OR \(quantity) <= 0 THEN NULL"
      + " WHEN \(unitCost) <= 9000000000000000 / \(quantity)"
      + " THEN (\(unitCost) * \(quantity) + 500) / 1000 END"
  }

  /// The part of a line's cost that came back with `returned` of its
  /// `sold` units, rounded half up (0 when the cost is unknown).
  static func returnedCost(_ cost: String, _ returned: String, _ sold: String) -> String {
    "CASE WHEN \(cost) IS NULL OR \(sold) <= 0 THEN 0"
      + " WHEN \(cost) <= 9000000000000000 / \(returned)"
      + " THEN (\(cost) * \(returned) + \(sold) / 2) / \(sold)"
      + " ELSE CAST(\(cost) * 1.0 * \(returned) / \(sold) AS INTEGER) END"
  }

  /// The figures of the ticket rollups (`report_sales`, `report_hours`).
  static let ticketFigures = [
    "tickets", "gross", "line_discounts", "ticket_discounts", "coupon_discounts", "total", "net",
    "voids", "void_total", "void_net", "returns", "return_total", "return_net",
  ]
  /// The figures of the product rollups (`report_products`, `…_month`).
  static let productFigures = [
    "units", "gross", "discounts", "total", "net", "cost", "uncertain_lines", "returned_units",
    "returned_total", "returned_net", "returned_cost",
  ]
  /// A sale's ticket figures, in `ticketFigures` order.
  static let saleFigures = [
    "1", "NEW.subtotal", "NEW.line_discounts", "NEW.ticket_discount", "NEW.coupon_discount",
    "NEW.total", "NEW.net", "0", "0", "0", "0", "0", "0",
  ]
  /// A void's or a return's ticket figures.
  static let refundFigures = [
    "0", "0", "0", "0", "0", "0", "0", "NEW.kind = 'anulación'",
    "iif(NEW.kind = 'anulación', NEW.total, 0)", "iif(NEW.kind = 'anulación', NEW.net, 0)",
    "NEW.kind = 'devolución'", "iif(NEW.kind = 'devolución', NEW.total, 0)",
    "iif(NEW.kind = 'devolución', NEW.net, 0)",
  ]
  /// A sale line's product figures (its cost row as `c`).
  static let lineFigures = [
    "NEW.quantity", "NEW.amount", "NEW.line_discount + NEW.ticket_discount + NEW.coupon_discount",
    "NEW.total", "NEW.net", "coalesce(c.cost, 0)", "c.cost IS NULL", "0", "0", "0", "0",
  ]
  /// A returned line's product figures (`l` its sale line, `c` its cost).
  static let returnedLineFigures = [
    "0", "0", "0", "0", "0", "0", "0", "NEW.quantity", "NEW.total", "NEW.net",
    returnedCost("c.cost", "NEW.quantity", "l.quantity"),
  ]
  static let saleLineSource =
    "sales s JOIN sale_line_costs c ON c.line_id = NEW.id WHERE s.id = NEW.sale_id"
  static let returnedLineSource =
    "refunds r, sale_lines l JOIN sale_line_costs c ON c.line_id = l.id"
    + " WHERE r.id = NEW.refund_id AND l.id = NEW.sale_line_id"

  static func sums(_ figures: [String]) -> String {
    figures.map { "sum(\($0)) AS \($0)" }.joined(separator: ", ")
  }

  static func ticketTable(_ name: String, keys: String, primaryKey: String) -> String {
    "CREATE TABLE \(name)(\(keys), "
      + ticketFigures.map { "\($0) INTEGER NOT NULL" }.joined(separator: ", ")
      + ", PRIMARY KEY (\(primaryKey))) STRICT, WITHOUT ROWID;"
  }

  static func productTable(_ name: String, keys: String, primaryKey: String) -> String {
    "CREATE TABLE \(name)(\(keys), product_id INTEGER NOT NULL, "
      + productFigures.map { "\($0) INTEGER NOT NULL" }.joined(separator: ", ")
      + ", PRIMARY KEY (\(primaryKey), product_id)) STRICT, WITHOUT ROWID;"
  }

  /// Adds one event's figures to its row (made on first use).
  static func ticketUpsert(_ table: String, keys: String, values: String, figures: [String])
    -> String
  {
    "INSERT INTO \(table)(\(keys), \(ticketFigures.joined(separator: ", ")))"
      + " VALUES (\(values), \(figures.joined(separator: ", ")))"
      + " ON CONFLICT DO UPDATE SET "
      + ticketFigures.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", ") + ";"
  }

  static func productUpsert(
    _ table: String, key: (column: String, value: String), product: String, figures: [String],
    from: String
  ) -> String {
    "INSERT INTO \(table)(\(key.column), product_id, "
      + productFigures.joined(separator: ", ") + ") SELECT \(key.value), \(product), "
      + figures.joined(separator: ", ") + " FROM \(from)"
      + " ON CONFLICT DO UPDATE SET "
      + productFigures.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", ") + ";"
  }

}
