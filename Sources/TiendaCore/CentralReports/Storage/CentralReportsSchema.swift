import TiendaStore

/// The central reports' views (PostgreSQL, schema `tienda`), made by
/// `central preparar` after the synced tables exist (CREATE OR REPLACE:
/// safe to run again). Each view gives the events the local rollups sum
/// (`ReportsSchema`), with the branch's name as `branch` and the local day
/// in the branch's zone (`tienda.sucursales.zona`).
///
/// They read the tables the push materialises (`CentralSchema`): ledger
/// rows are keyed by (sucursal, epoca, local id), so a row and the rows
/// written in the same transaction (a sale and its lines, taxes, costs; a
/// refund and its lines) join on all three. A refund may be in a later
/// epoch than its sale (made after a restore or a copy): `central_refund_links`
/// gives the sale line's epoch — the refund's own when the line is there,
/// otherwise the line with that id in another epoch of the branch — so a
/// refund is never counted twice nor lost. A product's category is the
/// branch's own (its `products` and `categories`), as in the local report.
enum CentralReportsSchema {
  static let views = """
    CREATE OR REPLACE VIEW tienda.central_refund_links AS
      SELECT rl.sucursal, rl.epoca, rl.id AS refund_line_id,
        coalesce(
          (SELECT l.epoca FROM tienda.sale_lines l WHERE l.sucursal = rl.sucursal
             AND l.epoca = rl.epoca AND l.id = rl.sale_line_id),
          (SELECT max(l.epoca) FROM tienda.sale_lines l WHERE l.sucursal = rl.sucursal
             AND l.id = rl.sale_line_id)) AS sale_epoca
      FROM tienda.refund_lines rl;
    CREATE OR REPLACE VIEW tienda.central_ticket_events AS
      SELECT b.nombre AS branch, (to_timestamp(s.at) AT TIME ZONE b.zona)::date AS day,
        extract(hour FROM to_timestamp(s.at) AT TIME ZONE b.zona)::int AS hour,
        coalesce(g.name, '') AS register, coalesce(s.user_name, '') AS user_name,
        1 AS tickets, s.subtotal AS gross, s.line_discounts, s.ticket_discount AS ticket_discounts,
        s.coupon_discount AS coupon_discounts, s.total, s.net, 0 AS voids, 0 AS void_total,
        0 AS void_net, 0 AS returns, 0 AS return_total, 0 AS return_net
      FROM tienda.sales s JOIN tienda.sucursales b ON b.id = s.sucursal
        LEFT JOIN tienda.registers g ON g.sucursal = s.sucursal AND g.id = s.register_id
      UNION ALL
      SELECT b.nombre AS branch, (to_timestamp(r.at) AT TIME ZONE b.zona)::date,
        extract(hour FROM to_timestamp(r.at) AT TIME ZONE b.zona)::int,
        coalesce(g.name, ''), coalesce(r.user_name, ''), 0, 0, 0, 0, 0, 0, 0,
        (r.kind = 'anulación')::int, CASE WHEN r.kind = 'anulación' THEN r.total ELSE 0 END,
        CASE WHEN r.kind = 'anulación' THEN r.net ELSE 0 END, (r.kind = 'devolución')::int,
        CASE WHEN r.kind = 'devolución' THEN r.total ELSE 0 END,
        CASE WHEN r.kind = 'devolución' THEN r.net ELSE 0 END
      FROM tienda.refunds r JOIN tienda.sucursales b ON b.id = r.sucursal
        LEFT JOIN tienda.registers g ON g.sucursal = r.sucursal AND g.id = r.register_id;
    CREATE OR REPLACE VIEW tienda.central_product_events AS
      SELECT b.nombre AS branch, (to_timestamp(s.at) AT TIME ZONE b.zona)::date AS day, l.sku, l.name,
        coalesce(cat.name, '') AS category, l.quantity AS units, l.amount AS gross,
        l.line_discount + l.ticket_discount + l.coupon_discount AS discounts, l.total, l.net,
        coalesce(c.cost, 0) AS cost, (c.cost IS NULL OR c.estimated = 1)::int AS uncertain_lines,
        (c.cost IS NULL)::int AS missing_cost_lines,
        0 AS returned_units, 0 AS returned_total, 0 AS returned_net, 0 AS returned_cost
      FROM tienda.sale_lines l
        JOIN tienda.sales s ON s.sucursal = l.sucursal AND s.epoca = l.epoca AND s.id = l.sale_id
        JOIN tienda.sucursales b ON b.id = s.sucursal
        LEFT JOIN tienda.sale_line_costs c
          ON c.sucursal = l.sucursal AND c.epoca = l.epoca AND c.line_id = l.id
        LEFT JOIN tienda.products p ON p.sucursal = l.sucursal AND p.id = l.product_id
        LEFT JOIN tienda.categories cat ON cat.sucursal = p.sucursal AND cat.id = p.category_id
      UNION ALL
      SELECT b.nombre AS branch, (to_timestamp(r.at) AT TIME ZONE b.zona)::date, l.sku, l.name,
        coalesce(cat.name, ''), 0, 0, 0, 0, 0, 0, 0, 0, rl.quantity, rl.total, rl.net,
        CASE WHEN c.cost IS NULL OR l.quantity <= 0 THEN 0
          ELSE (c.cost * rl.quantity + l.quantity / 2) / l.quantity END
      FROM tienda.refund_lines rl
        JOIN tienda.refunds r ON r.sucursal = rl.sucursal AND r.epoca = rl.epoca AND r.id = rl.refund_id
        JOIN tienda.sucursales b ON b.id = r.sucursal
        JOIN tienda.central_refund_links k
          ON k.sucursal = rl.sucursal AND k.epoca = rl.epoca AND k.refund_line_id = rl.id
        JOIN tienda.sale_lines l
          ON l.sucursal = rl.sucursal AND l.epoca = k.sale_epoca AND l.id = rl.sale_line_id
        LEFT JOIN tienda.sale_line_costs c
          ON c.sucursal = l.sucursal AND c.epoca = l.epoca AND c.line_id = l.id
        LEFT JOIN tienda.products p ON p.sucursal = l.sucursal AND p.id = l.product_id
        LEFT JOIN tienda.categories cat ON cat.sucursal = p.sucursal AND cat.id = p.category_id;
    CREATE OR REPLACE VIEW tienda.central_tax_events AS
      SELECT b.nombre AS branch, (to_timestamp(s.at) AT TIME ZONE b.zona)::date AS day, t.code,
        t.amount AS sold, 0 AS returned
      FROM tienda.sale_line_taxes t
        JOIN tienda.sale_lines l ON l.sucursal = t.sucursal AND l.epoca = t.epoca AND l.id = t.line_id
        JOIN tienda.sales s ON s.sucursal = l.sucursal AND s.epoca = l.epoca AND s.id = l.sale_id
        JOIN tienda.sucursales b ON b.id = s.sucursal
      UNION ALL
      SELECT b.nombre AS branch, (to_timestamp(r.at) AT TIME ZONE b.zona)::date, t.code, 0, t.amount
      FROM tienda.refund_line_taxes t
        JOIN tienda.refund_lines rl
          ON rl.sucursal = t.sucursal AND rl.epoca = t.epoca AND rl.id = t.refund_line_id
        JOIN tienda.refunds r ON r.sucursal = rl.sucursal AND r.epoca = rl.epoca AND r.id = rl.refund_id
        JOIN tienda.sucursales b ON b.id = r.sucursal;
    CREATE OR REPLACE VIEW tienda.central_payment_events AS
      SELECT b.nombre AS branch, (to_timestamp(p.at) AT TIME ZONE b.zona)::date AS day, p.method,
        (p.sale_id IS NOT NULL)::int AS payments,
        CASE WHEN p.sale_id IS NOT NULL THEN p.amount ELSE 0 END AS received,
        (p.refund_id IS NOT NULL)::int AS refunds,
        CASE WHEN p.refund_id IS NOT NULL THEN p.amount ELSE 0 END AS refunded
      FROM tienda.payments p JOIN tienda.sucursales b ON b.id = p.sucursal;
    CREATE OR REPLACE VIEW tienda.central_sale_refunds AS
      SELECT b.nombre AS branch, r.kind, r.total, (to_timestamp(r.at) AT TIME ZONE b.zona)::date AS day,
        (to_timestamp(s.at) AT TIME ZONE b.zona)::date AS sale_day
      FROM tienda.refunds r
        JOIN tienda.sales s ON s.sucursal = r.sucursal AND s.id = r.sale_id
          AND s.epoca = coalesce(
            (SELECT x.epoca FROM tienda.sales x WHERE x.sucursal = r.sucursal
               AND x.epoca = r.epoca AND x.id = r.sale_id),
            (SELECT max(x.epoca) FROM tienda.sales x WHERE x.sucursal = r.sucursal
               AND x.id = r.sale_id))
        JOIN tienda.sucursales b ON b.id = r.sucursal;
    CREATE OR REPLACE VIEW tienda.central_stock AS
      SELECT b.nombre AS branch, p.sku, p.name, coalesce(c.name, '') AS category, p.unit, p.stock,
        p.cost, p.price,
        CASE WHEN p.price_includes_taxes = 1
          THEN (p.price * 100000 + (100000 + coalesce(r.rate, 0)) / 2) / (100000 + coalesce(r.rate, 0))
          ELSE p.price END AS net_price
      FROM tienda.products p JOIN tienda.sucursales b ON b.id = p.sucursal
        LEFT JOIN tienda.categories c ON c.sucursal = p.sucursal AND c.id = p.category_id
        LEFT JOIN (SELECT pt.sucursal, pt.product_id, sum(t.rate) AS rate
                   FROM tienda.product_taxes pt
                   JOIN tienda.taxes t ON t.sucursal = pt.sucursal AND t.id = pt.tax_id
                   GROUP BY pt.sucursal, pt.product_id) r
          ON r.sucursal = p.sucursal AND r.product_id = p.id
      WHERE p.active = 1 AND p.is_kit = 0;
    """
}
