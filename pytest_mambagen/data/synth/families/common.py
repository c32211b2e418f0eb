"""Helpers shared by list-like families: item data, money, names."""

from __future__ import annotations

from ..core import js_lit, money, pascal


def pick_items(ctx, k_min: int, k_max: int) -> list[dict]:
    items = list(ctx.domain.items)
    ctx.rng.shuffle(items)
    k = ctx.rng.randint(k_min, min(k_max, len(items)))
    out = []
    for i, (name, cents, cat) in enumerate(items[:k], 1):
        out.append({"id": i, "name": name, "cents": cents, "category": cat})
    return out


def items_const(ctx, var: str, items: list[dict], fields=("id", "name", "price", "category")) -> str:
    q = ctx.style.quote
    rows = []
    for it in items:
        d = {}
        for f in fields:
            if f == "price":
                d["price"] = _price_num(it["cents"])
            else:
                d[f] = it[f]
        rows.append("  " + js_lit(d, q) + ",")
    return f"const {var} = [\n" + "\n".join(rows) + "\n];"


class _Num(float):
    def __repr__(self) -> str:  # 24 -> 24, 18.5 -> 18.5, 18.99 -> 18.99
        s = f"{float(self):.2f}".rstrip("0").rstrip(".")
        return s


def _price_num(cents: int):
    return _Num(cents / 100)


def fmt(ctx, cents: int) -> str:
    return money(cents, ctx.domain.currency)


def fmt_fn(ctx) -> str:
    q = ctx.style.quote
    cur = ctx.domain.currency
    return f"function formatPrice(amount) {{\n  return {q}{cur}{q} + amount.toFixed(2);\n}}"


def screen_name(ctx, *options: str) -> str:
    return pascal(ctx.rng.choice(list(options)))


def plural(ctx) -> str:
    return ctx.domain.entity[1]


def singular(ctx) -> str:
    return ctx.domain.entity[0]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def typo(msg: str) -> str:
    ws = msg.split(" ")
    i = max(range(len(ws)), key=lambda k: (len(ws[k]), -k))
    w = ws[i]
    if len(w) < 3:
        return msg + "!"
    ws[i] = w[:len(w) // 2] + w[len(w) // 2 + 1:]
    return " ".join(ws)


def ind(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line.strip() else "" for line in text.split("\n"))
