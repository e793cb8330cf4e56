#!/usr/bin/env python3
"""RUT cases checked by an independent implementation (issue 16).

Usage: rut_cases.py SEED COUNT  → JSON on stdout: a list of
  {"text": as typed, "valid": bool, "canonical": "12345678-5" or null,
   "formatted": "12.345.678-5" or null}

Validity, the canonical form and the printed form come from python-stdnum
(`stdnum.cl.rut`), not from tienda's code. Cases: bodies from 1.000.000 to
99.999.999 with many under 10 million, check digits K and 0 on purpose,
with and without dots, `k` and `K`, and wrong check digits. Valid bodies
are all different (an active RUT is unique).
"""
import json
import random
import sys

from stdnum.cl import rut


def dotted(body):
    s = str(body)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ".".join(groups)


def check_digit(body):
    # Only to steer the generator towards K and 0; validity is stdnum's.
    return rut.calc_check_digit(str(body))


def main():
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    used = set()
    cases = []
    while len(cases) < count:
        small = rng.random() < 0.4
        body = rng.randint(1_000_000, 9_999_999) if small else rng.randint(10_000_000, 99_999_999)
        if body in used or body == 66_666_666:
            continue
        want = rng.random()
        right = check_digit(body)
        if want < 0.15 and right != "K":
            continue  # about a sixth of the cases end in K
        if 0.15 <= want < 0.25 and right != "0":
            continue
        used.add(body)
        if rng.random() < 0.3:
            digits = "0123456789K"
            dv = rng.choice([d for d in digits if d != right])
        else:
            dv = right
        if dv == "K" and rng.random() < 0.5:
            dv = "k"
        text = (dotted(body) if rng.random() < 0.5 else str(body)) + "-" + dv
        valid = rut.is_valid(text)
        cases.append({
            "text": text,
            "valid": valid,
            "canonical": (rut.compact(text)[:-1] + "-" + rut.compact(text)[-1]) if valid else None,
            "formatted": rut.format(text) if valid else None,
        })
    json.dump(cases, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
