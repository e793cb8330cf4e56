#!/usr/bin/env python3
"""Independent model of promotions on a ticket (issue 19, DESIGN §8.7, §8.8).

Usage: promotions.py SHOP_FILE SPEC_JSON_FILE

The spec says what the test created and sold, in the model's own terms:
  products:   {SKU: {"price": p, "taxes": {code: thousandths}, "category": name|null,
                     "weighed": bool}}
  parents:    {category: parent category}
  promotions: [{"name", "kind": percent|amount|buypay|pack|nth, "n", "m", "percent",
                "amount", "scope": "all" | "product:SKU" | "category:NAME",
                "days": [1..7], "hours": [from, to] | null, "minimum": amount | null}]
              in creation order
  sales:      [{"number", "weekday", "hour", "items": [[SKU, thousandths]],
                "line_discount": thousandths | null (on line 1), "discount": thousandths
                | null, "coupon": thousandths | null}]

Written from the rules, not from the engine: each unit takes at most one
promotion; the promotion that saves most on the units still free goes
first (ties: the one created first); «lleva N paga M» frees the N − M
cheapest units of each group of N (units dearest first); a pack of N costs
its price (the group's saving spread over its units by largest remainder of
their prices); the N-th unit has its percent off (rounded half up per unit);
a percent is rounded half up once per line; a fixed amount is given once,
spread over the lines by largest remainder. Then the line discount, the
ticket discount and the coupon (each spread by largest remainder), then
taxes on the ticket's total per tax set. Compares each sale's total, each
line's total and net, the taxes per code and the saving stored per line in
sale_line_promotions. Prints "ok N" or the differences, exit 1.
"""
import json
import sqlite3
import sys
from fractions import Fraction
from math import floor


def half_up(x):
    return floor(Fraction(x) + Fraction(1, 2))


def spread(total, weights):
    s = sum(weights)
    if s == 0:
        return [0] * len(weights)
    exact = [Fraction(total * w, s) for w in weights]
    parts = [floor(e) for e in exact]
    left = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def split(total, rates):
    """(net, {code: tax}) of a total with `rates` included (ties: code order)."""
    if not rates or total == 0:
        return total, {c: 0 for c in rates}
    net = half_up(Fraction(total * 100000, 100000 + sum(rates.values())))
    codes = sorted(rates)
    return net, dict(zip(codes, spread(total - net, [rates[c] for c in codes])))


def category_chain(spec, name):
    chain = []
    while name:
        chain.append(name)
        name = spec["parents"].get(name)
    return chain


def covers(spec, promo, sku):
    scope = promo["scope"]
    if scope == "all":
        return True
    kind, _, what = scope.partition(":")
    if kind == "product":
        return what == sku
    return what in category_chain(spec, spec["products"][sku]["category"])


def open_now(promo, sale, subtotal):
    if promo["days"] and sale["weekday"] not in promo["days"]:
        return False
    if promo["hours"]:
        a, b = promo["hours"]
        if not (a <= sale["hour"] < b if a < b else (sale["hour"] >= a or sale["hour"] < b)):
            return False
    if promo["minimum"] is not None and subtotal < promo["minimum"]:
        return False
    return True


def try_promo(spec, promo, lines, free, whole):
    """{line: (saving, units)} the promotion would give on what is free."""
    got = {}
    idx = [i for i, l in enumerate(lines) if covers(spec, promo, l["sku"])]
    kind = promo["kind"]
    if kind in ("percent", "amount"):
        bases = []
        for i in idx:
            l = lines[i]
            if whole[i]:
                bases.append((i, l["amount"], l["qty"]))
            elif free[i] > 0:
                bases.append((i, free[i] * l["price"], free[i] * 1000))
        if kind == "percent":
            for i, base, used in bases:
                s = half_up(Fraction(base * promo["percent"], 100000))
                if s > 0:
                    got[i] = (s, used)
        else:
            total = min(promo["amount"], sum(b for _, b, _ in bases))
            for (i, _, used), s in zip(bases, spread(total, [b for _, b, _ in bases])):
                if s > 0:
                    got[i] = (s, used)
        return got
    units = []
    for i in idx:
        if not whole[i]:
            units += [(lines[i]["price"], i)] * free[i]
    units.sort(key=lambda u: (-u[0], u[1]))
    n = promo["n"]
    for g in range(len(units) // n):
        group = units[g * n:(g + 1) * n]
        prices = [p for p, _ in group]
        if kind == "buypay":
            parts = [0] * promo["m"] + prices[promo["m"]:]
        elif kind == "pack":
            if sum(prices) <= promo["amount"]:
                continue
            parts = spread(sum(prices) - promo["amount"], prices)
        else:
            parts = [0] * (n - 1) + [half_up(Fraction(prices[-1] * promo["percent"], 100000))]
        if sum(parts) == 0:
            continue
        for (p, i), s in zip(group, parts):
            old = got.get(i, (0, 0))
            got[i] = (old[0] + s, old[1] + 1000)
    return got


def price_sale(spec, sale):
    lines = []
    for sku, qty in sale["items"]:
        item = spec["products"][sku]
        amount = half_up(Fraction(qty * item["price"], 1000))
        weighed = item.get("weighed", False)
        lines.append({"sku": sku, "qty": qty, "price": item["price"], "amount": amount,
                      "taxes": item["taxes"]})
    # Tickets merge the same product into one line, as tienda does.
    merged = []
    for l in lines:
        same = [m for m in merged if m["sku"] == l["sku"]]
        if same:
            same[0]["qty"] += l["qty"]
            same[0]["amount"] = half_up(Fraction(same[0]["qty"] * same[0]["price"], 1000))
        else:
            merged.append(dict(l))
    lines = merged
    subtotal = sum(l["amount"] for l in lines)  # every price here includes its taxes
    free = [0 if spec["products"][l["sku"]].get("weighed") else l["qty"] // 1000 for l in lines]
    whole = [bool(spec["products"][l["sku"]].get("weighed")) for l in lines]
    promos = [p for p in spec["promotions"] if open_now(p, sale, subtotal)]
    saving = [0] * len(lines)
    by_promo = {}
    while promos:
        best = None
        for k, p in enumerate(promos):
            got = try_promo(spec, p, lines, free, whole)
            total = sum(s for s, _ in got.values())
            if total > 0 and (best is None or total > best[1]):
                best = (k, total, got)
        if best is None:
            break
        k, _, got = best
        for i, (s, used) in got.items():
            saving[i] += s
            by_promo.setdefault(i, 0)
            by_promo[i] += s
            if whole[i]:
                whole[i] = False
            else:
                free[i] -= used // 1000
        promos.pop(k)
    after = [l["amount"] - s for l, s in zip(lines, saving)]
    if sale.get("line_discount") and lines:
        after[0] -= half_up(Fraction(after[0] * sale["line_discount"], 100000))
    if sale.get("discount"):
        d = half_up(Fraction(sum(after) * sale["discount"], 100000))
        after = [a - s for a, s in zip(after, spread(d, after))]
    if sale.get("coupon"):
        d = half_up(Fraction(sum(after) * sale["coupon"], 100000))
        after = [a - s for a, s in zip(after, spread(d, after))]
    sets = {}
    for i, l in enumerate(lines):
        sets.setdefault(tuple(sorted(l["taxes"].items())), []).append(i)
    nets = [0] * len(lines)
    by_code = {}
    for key, members in sets.items():
        rates = dict(key)
        total = sum(after[i] for i in members)
        net, taxes = split(total, rates)
        for code, amount in taxes.items():
            by_code[code] = by_code.get(code, 0) + amount
        for i, n in zip(members, spread(net, [after[i] for i in members])):
            nets[i] = n
    return lines, after, nets, saving, by_code


def main():
    db = sqlite3.connect(sys.argv[1])
    with open(sys.argv[2]) as f:
        spec = json.load(f)
    problems = []
    for sale in spec["sales"]:
        lines, totals, nets, saving, by_code = price_sale(spec, sale)
        row = db.execute("SELECT id, total FROM sales WHERE number = ?",
                         (sale["number"],)).fetchone()
        if row is None:
            problems.append(f"venta {sale['number']}: no está")
            continue
        sale_id, stored_total = row
        if stored_total != sum(totals):
            problems.append(f"venta {sale['number']}: total {stored_total} != {sum(totals)}")
        stored = db.execute(
            "SELECT position, sku, total, net FROM sale_lines WHERE sale_id = ? ORDER BY position",
            (sale_id,)).fetchall()
        if [s[1] for s in stored] != [l["sku"] for l in lines]:
            problems.append(f"venta {sale['number']}: líneas {stored}")
            continue
        stored_codes = dict(db.execute(
            "SELECT t.code, sum(t.amount) FROM sale_line_taxes t JOIN sale_lines l "
            "ON l.id = t.line_id WHERE l.sale_id = ? GROUP BY t.code", (sale_id,)).fetchall())
        if stored_codes != {c: a for c, a in by_code.items()}:
            problems.append(f"venta {sale['number']}: impuestos {stored_codes} != {by_code}")
        for (pos, sku, total, net), want_total, want_net, want_saving in zip(
                stored, totals, nets, saving):
            if (total, net) != (want_total, want_net):
                problems.append(
                    f"venta {sale['number']} línea {pos}: total/neto {total}/{net} != "
                    f"{want_total}/{want_net}")
            got = db.execute(
                "SELECT coalesce(sum(saving), 0) FROM sale_line_promotions "
                "WHERE sale_id = ? AND position = ?", (sale_id, pos)).fetchone()[0]
            if got != want_saving:
                problems.append(
                    f"venta {sale['number']} línea {pos}: promoción {got} != {want_saving}")
            taxes = db.execute(
                "SELECT coalesce(sum(t.amount), 0) FROM sale_line_taxes t JOIN sale_lines l "
                "ON l.id = t.line_id WHERE l.sale_id = ? AND l.position = ?",
                (sale_id, pos)).fetchone()[0]
            if net + taxes != total:
                problems.append(f"venta {sale['number']} línea {pos}: neto + impuestos != total")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"ok {len(spec['sales'])}")


main()
