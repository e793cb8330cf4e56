#!/usr/bin/env python3
"""Independent generator of label-scale EAN-13 codes (issue 21).

Usage: scale_codes.py SEED GOOD BAD  → JSON on stdout:
  {"setup": [tienda commands], "good": [{"code", "name", "quantity", "amount"}],
   "bad": [code, …]}

`quantity` is the line's quantity in thousandths and `amount` its total in
pesos (CLP): what the sale must record for that code. Written from the
GS1 rules (EAN-13 check digit; price check digit with the 2-, 3, 5+, 5-
weightings for 4 and 5 digits), not from tienda's code.
"""
import json
import random
import sys

W2M = [0, 2, 4, 6, 8, 9, 1, 3, 5, 7]
W3 = [0, 3, 6, 9, 2, 5, 8, 1, 4, 7]
W5P = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9]
W5M = [0, 5, 9, 4, 8, 3, 7, 2, 6, 1]


def ean_check(digits12):
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return (10 - total % 10) % 10


def price_check(value):
    d = [int(c) for c in value]
    if len(d) == 4:
        return (3 * (W2M[d[0]] + W2M[d[1]] + W3[d[2]] + W5M[d[3]])) % 10
    s = W5P[d[0]] + W2M[d[1]] + W5M[d[2]] + W5P[d[3]] + W2M[d[4]]
    return W5M.index((10 - s % 10) % 10)


def half_up(n, d):
    return (2 * n + d) // (2 * d)


# prefix, the 12 digits before the check digit, value kind, decimals
LAYOUTS = [
    ("20", "20PPPPPVVVVV", "peso", 3),
    ("21", "21PPPPPVVVVV", "precio", 0),
    ("22", "22PPPPDVVVVV", "precio", 0),
    ("23", "23XPPPPVVVVV", "peso", 2),
    ("2", "2PPPPPVVVVVD", "precio", 0),
]


def main():
    seed, good_n, bad_n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    setup = []
    for prefix, pattern, kind, decimals in LAYOUTS:
        setup.append(
            f"configurar balanza prefijo {prefix} formato {pattern[len(prefix):]} {kind} decimales {decimals}")
    products = []
    for plu in rng.sample(range(1, 10000), 30):
        price = rng.randrange(500, 25000)
        name = f"Granel {plu}"
        products.append((plu, price, name))
        # The PLU as a scale shows it: zero-padded (leading zeros are not kept).
        setup.append(
            f'crear producto "{name}" unidad kg precio {price} plu {plu:05d} vender-sin-stock sí')
    good = []
    while len(good) < good_n:
        prefix, pattern, kind, decimals = rng.choice(LAYOUTS)
        plu, price, name = rng.choice(products)
        plu_digits = pattern.count("P")
        value_digits = pattern.count("V")
        value = rng.randrange(1, 10 ** value_digits)
        if kind == "precio" and value > 99999:
            continue
        plu_text = str(plu).zfill(plu_digits)
        value_text = str(value).zfill(value_digits)
        code, p, v = "", iter(plu_text), iter(value_text)
        for letter in pattern:
            if letter.isdigit():
                code += letter
            elif letter == "P":
                code += next(p)
            elif letter == "V":
                code += next(v)
            elif letter == "D":
                code += str(price_check(value_text))
            elif letter == "X":
                code += str(rng.randrange(10))
        if prefix == "2" and code[1] in "0123":
            continue  # a longer prefix (20-23) reads it
        code += str(ean_check(code))
        if kind == "peso":
            quantity = value * 10 ** (3 - decimals)
            amount = half_up(quantity * price, 1000)
        else:
            amount = value
            quantity = max(1, half_up(amount * 1000, price))
        good.append({"code": code, "name": name, "quantity": quantity, "amount": amount})
    bad = []
    for entry in rng.sample(good, bad_n):
        code = entry["code"]
        wrong = (int(code[-1]) + rng.randrange(1, 10)) % 10
        bad.append(code[:-1] + str(wrong))
    print(json.dumps({"setup": setup, "good": good, "bad": bad}))


main()
