#!/usr/bin/env python3
"""Independent oracle for taxes on a ticket's total (DESIGN.md §8.8).

Usage: ticket_taxes.py SHOP_FILE CATALOG_JSON

CATALOG_JSON maps each SKU to its price and tax rates as the test created
them: {"CER01": {"price": 1990, "taxes": {"iva": 19000, "ila-cerveza": 20500}}}
(rates in thousandths of a percent; {} = exento).

Reads only what was sold (SKU, quantity, unit price, line discounts) from
the shop file and computes, with exact fractions:
  - each line total: quantity × price rounded half up (when no discount);
  - per sale and tax set: net = round_half_up(total / (1 + Σ rates)),
    the rest shared by rate (largest remainder, ties to the first code in
    alphabetical order);
and compares with what tienda stored (sale_lines.net, sale_line_taxes).
It also checks the spread over lines: each line's net + taxes = its total,
and each line's tax within 1 of its exact proportional share. Refunds:
a line returned in full gives back exactly its recorded taxes; a partial
return of q of Q gives back round_half_up(tax × q_cumulative / Q) minus
earlier returns. Prints "ok N" or the differences, exit 1.
"""
import json
import sqlite3
import sys
from fractions import Fraction
from math import floor


def half_up(x):
    return floor(Fraction(x) + Fraction(1, 2))


def split(total, rates):
    """(net, {code: tax}) of a total with `rates` included."""
    if not rates or total == 0:
        return total, {c: 0 for c in rates}
    net = half_up(Fraction(total * 100000, 100000 + sum(rates.values())))
    rest = total - net
    codes = sorted(rates)
    weight = sum(rates.values())
    exact = {c: Fraction(rest * rates[c], weight) for c in codes}
    parts = {c: floor(exact[c]) for c in codes}
    left = rest - sum(parts.values())
    order = sorted(codes, key=lambda c: (-(exact[c] - parts[c]), codes.index(c)))
    for c in order[:left]:
        parts[c] += 1
    return net, parts


def main():
    db = sqlite3.connect(sys.argv[1])
    catalog = json.loads(sys.argv[2])
    problems = []
    checked = 0
    sales = db.execute("SELECT id, number, total, net FROM sales ORDER BY id").fetchall()
    for sale_id, number, sale_total, sale_net in sales:
        lines = db.execute(
            """SELECT id, sku, quantity, unit_price, line_discount + ticket_discount
                 + coupon_discount, total, net FROM sale_lines WHERE sale_id = ?
               ORDER BY position""", (sale_id,)).fetchall()
        sets = {}
        for line_id, sku, qty, price, discounts, total, net in lines:
            item = catalog[sku]
            if price != item["price"]:
                problems.append(f"venta {number}: precio de {sku} {price} != {item['price']}")
            if discounts == 0:
                expected = half_up(Fraction(qty * price, 1000))
                if expected != total:
                    problems.append(f"venta {number}: total de {sku} {total} != {expected}")
            key = tuple(sorted(item["taxes"].items()))
            sets.setdefault(key, []).append((line_id, total, net))
        got_net = 0
        for key, members in sets.items():
            rates = dict(key)
            set_total = sum(t for _, t, _ in members)
            net, taxes = split(set_total, rates)
            stored_net = sum(n for _, _, n in members)
            got_net += stored_net
            if stored_net != net:
                problems.append(f"venta {number} {list(rates)}: neto {stored_net} != {net}")
            for code, amount in taxes.items():
                ids = ",".join(str(i) for i, _, _ in members)
                stored = db.execute(
                    f"SELECT coalesce(sum(amount), 0) FROM sale_line_taxes "
                    f"WHERE code = ? AND line_id IN ({ids})", (code,)).fetchone()[0]
                if stored != amount:
                    problems.append(f"venta {number} {code}: {stored} != {amount}")
            for line_id, total, lnet in members:
                rows = dict(db.execute(
                    "SELECT code, amount FROM sale_line_taxes WHERE line_id = ?",
                    (line_id,)).fetchall())
                if set(rows) != set(rates):
                    problems.append(f"venta {number} línea {line_id}: impuestos {rows}")
                if lnet + sum(rows.values()) != total:
                    problems.append(f"venta {number} línea {line_id}: no suma su total")
                for code, amount in rows.items():
                    share = Fraction(total * rates[code], 100000 + sum(rates.values()))
                    if abs(amount - share) > 1:
                        problems.append(
                            f"venta {number} línea {line_id} {code}: {amount} lejos de {share}")
        if got_net != sale_net:
            problems.append(f"venta {number}: neto de la venta {sale_net} != {got_net}")
        checked += 1
    # Refunds: per sale line, cumulative.
    for line_id, qty in db.execute(
            "SELECT id, quantity FROM sale_lines WHERE id IN "
            "(SELECT sale_line_id FROM refund_lines)").fetchall():
        taxes = dict(db.execute(
            "SELECT code, amount FROM sale_line_taxes WHERE line_id = ?", (line_id,)).fetchall())
        returned = 0
        given = {c: 0 for c in taxes}
        for rl_id, q, total, net in db.execute(
                "SELECT id, quantity, total, net FROM refund_lines WHERE sale_line_id = ? "
                "ORDER BY id", (line_id,)).fetchall():
            returned += q
            rows = dict(db.execute(
                "SELECT code, amount FROM refund_line_taxes WHERE refund_line_id = ?",
                (rl_id,)).fetchall())
            for code, amount in taxes.items():
                target = amount if returned >= qty else half_up(Fraction(amount * returned, qty))
                want = target - given[code]
                if rows.get(code) != want:
                    problems.append(f"devolución línea {line_id} {code}: {rows.get(code)} != {want}")
                given[code] = target
            if net + sum(rows.values()) != total:
                problems.append(f"devolución línea {line_id}: no suma su total")
        if returned >= qty and given != taxes:
            problems.append(f"línea {line_id} devuelta entera: {given} != {taxes}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"ok {checked}")


main()
