"""Helpers shared by the families: item data, money, titles."""

from __future__ import annotations

from ..core import js_lit
from ..lexicon import cap, low  # noqa: F401  (re-exported for the families)


class _Num(float):
    def __repr__(self) -> str:  # 24 -> 24, 18.5 -> 18.5, 18.99 -> 18.99
        s = f"{float(self):.2f}".rstrip("0").rstrip(".")
        return s


def price_num(cents: int):
    """A price in major units as JS writes it (24, 18.5, 18.99)."""
    return _Num(cents / 100)


def items_const(ctx, var: str, items: list[dict], fields=("id", "name", "price", "category")) -> str:
    q = ctx.style.quote
    rows = []
    for it in items:
        d = {}
        for f in fields:
            if f == "price":
                d["price"] = price_num(it["cents"])
            elif f == "cents":
                d["cents"] = it["cents"]
            else:
                d[f] = it[f]
        rows.append("  " + js_lit(d, q) + ",")
    return f"const {var} = [\n" + "\n".join(rows) + "\n];"


def const_name(*words: str) -> str:
    """UPPER_SNAKE constant name from words ("lab orders" -> LAB_ORDERS)."""
    import re

    s = "_".join(w for w in re.split(r"[^A-Za-z0-9]+", " ".join(words)) if w).upper()
    return s if s and not s[0].isdigit() else "DATA_" + s


def typo(msg: str) -> str:
    """Drop one letter of the longest word: a misspelt message that no substring match forgives."""
    ws = msg.split(" ")
    i = max(range(len(ws)), key=lambda k: (len(ws[k]), -k))
    w = ws[i]
    if len(w) < 3:
        return msg + "!"
    ws[i] = w[:len(w) // 2] + w[len(w) // 2 + 1:]
    return " ".join(ws)


def ind(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line.strip() else "" for line in text.split("\n"))


def plural_s(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def quoted_list(names) -> str:
    return ", ".join(f'"{n}"' for n in names)
