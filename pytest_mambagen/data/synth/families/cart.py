"""Cart with quantities, line totals, shipping and a total."""

from __future__ import annotations

from ..core import (
    Act,
    Case,
    Comp,
    by_label,
    by_testid,
    by_text,
    click,
    expect_disabled,
    expect_hidden,
    expect_text,
    expect_visible,
    js_lit,
    role,
)
from ..generator import Built, Ctx, family
from ..widgets import js, output
from .common import _price_num, fmt, ind, pick_items, screen_name


@family("cart")
def cart(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = pick_items(ctx, 2, 4)
    qtys = [rng.randint(1, 3) for _ in items]
    cur = ctx.domain.currency
    comp = Comp(screen_name(ctx, "cart", "shopping cart", f"{ctx.domain.prefixes[0]} basket", "order summary", "checkout cart"),
                ctx.style)
    use_props = rng.random() < 0.3
    lines = [{"id": it["id"], "name": it["name"], "price": it["cents"] / 100, "qty": q} for it, q in zip(items, qtys, strict=True)]
    q_ = ctx.style.quote
    rows = "\n".join("  " + js_lit({"id": ln["id"], "name": ln["name"], "price": _price_num(round(ln["price"] * 100)),
                                    "qty": ln["qty"]}, q_) + "," for ln in lines)
    comp.consts.append(f"const INITIAL_LINES = [\n{rows}\n];")
    comp.helpers.append(f"function formatMoney(value) {{\n  return {js(ctx, cur)} + value.toFixed(2);\n}}")
    if use_props:
        comp.props.append(("lines", "INITIAL_LINES"))
        comp.state_var("cart", "«p:lines»")
    else:
        comp.state_var("cart", "INITIAL_LINES")
    free_over = rng.choice([None, None, 50, 100])
    ship = rng.choice([499, 599, 800]) if free_over else 0
    comp.handler("changeQty", "id, delta",
                 "«set:cart»(\n  «cart».map((line) => (line.id === id ? { ...line, qty: line.qty + delta } : line))\n);")
    comp.handler("removeLine", "id", "«set:cart»(«cart».filter((line) => line.id !== id));")
    comp.derived.append("const subtotal = «cart».reduce((sum, line) => sum + line.price * line.qty, 0);")
    if free_over:
        comp.derived.append(f"const shipping = subtotal === 0 || subtotal >= {free_over} ? 0 : {_price_num(ship)!r};")
        comp.derived.append("const total = subtotal + shipping;")
    else:
        comp.derived.append("const total = subtotal;")
    dec_label = rng.choice(["Decrease quantity of", "Remove one", "Fewer"])
    inc_label = rng.choice(["Increase quantity of", "Add one more", "More"])
    rm_label = rng.choice(["Remove", "Delete"])
    qty_tid = " data-testid={`qty-${line.id}`}" if ctx.style.testids else ""
    row = (f"<li key={{line.id}}>\n  <span>{{line.name}}</span>\n"
           f"  <button type=\"button\" aria-label={{`{dec_label} ${{line.name}}`}} disabled={{line.qty <= 1}} onClick={{() => «h:changeQty»(line.id, -1)}}>\n    −\n  </button>\n"
           f"  <span aria-label={{`Quantity of ${{line.name}}`}}{qty_tid}>{{line.qty}}</span>\n"
           f"  <button type=\"button\" aria-label={{`{inc_label} ${{line.name}}`}} onClick={{() => «h:changeQty»(line.id, 1)}}>\n    +\n  </button>\n"
           f"  <span>{{formatMoney(line.price * line.qty)}}</span>\n"
           f"  <button type=\"button\" aria-label={{`{rm_label} ${{line.name}}`}} onClick={{() => «h:removeLine»(line.id)}}>\n    {rm_label}\n  </button>\n</li>")
    empty = rng.choice(["Your cart is empty", "Your basket is empty", "No items in your cart"])
    ctx.texts.append(empty)
    tj, tloc = output(ctx, "total", "the total", "Total: {formatMoney(total)}", role_name="status", label="Order total")
    parts = [f"<h2>{rng.choice(['Your cart', 'Basket', 'Order summary'])}</h2>",
             f"{{«cart».length === 0 ? (\n  <p>{empty}</p>\n) : (\n  <ul>\n    {{«cart».map((line) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n)}}"]
    if free_over:
        sj, _ = output(ctx, "shipping", "the shipping line", "Shipping: {shipping === 0 ? " + js(ctx, "Free") + " : formatMoney(shipping)}",
                       force="testid" if ctx.style.testids else "label", label="Shipping")
        parts.append(sj)
    parts.append(tj)
    comp.jsx = "<section>\n" + ind("\n".join(parts), 2) + "\n</section>"
    for ln in lines:
        ctx.names.extend([f"{dec_label} {ln['name']}", f"{inc_label} {ln['name']}", f"{rm_label} {ln['name']}", f"Quantity of {ln['name']}"])
        ctx.texts.append(ln["name"])

    def total_of(ls):
        sub = sum(round(ln["price"] * 100) * ln["qty"] for ln in ls)
        if free_over:
            return sub + (0 if sub == 0 or sub >= free_over * 100 else ship)
        return sub

    def ttext(ls):
        return "Total: " + fmt(ctx, total_of(ls))

    def describe(ls):
        return "The cart contains: " + "; ".join(f"{ln['qty']} x {ln['name']} ({fmt(ctx, round(ln['price'] * 100))} each)" for ln in ls) + "."

    target = rng.choice(lines)
    ship_note = f" Shipping is {fmt(ctx, ship)}, free from {cur}{free_over}." if free_over else ""
    props = {"lines": [dict(ln) for ln in lines]} if use_props else None
    inc = role("button", f"{inc_label} {target['name']}", desc=f"the + button next to {target['name']}")
    dec = role("button", f"{dec_label} {target['name']}", desc=f"the − button next to {target['name']}")
    rm = role("button", f"{rm_label} {target['name']}", desc=f"{rm_label} for {target['name']}")
    qloc = by_testid(f"qty-{target['id']}", desc=f"the quantity of {target['name']}") if ctx.style.testids else \
        by_label(f"Quantity of {target['name']}", desc=f"the quantity of {target['name']}")
    cases = []
    if ctx.kind == "positive":
        k = rng.randint(1, 3)
        after = [dict(ln, qty=ln["qty"] + (k if ln is target else 0)) for ln in lines]
        steps = [Act("click", inc, say=f"Click + next to {target['name']}" + (f" {k} times" if k > 1 else ""))] + \
                [Act("click", inc, say="__skip__") for _ in range(k - 1)]
        checks = [expect_text(qloc, str(target["qty"] + k), say=f"the quantity of {target['name']} is {target['qty'] + k}"),
                  expect_text(tloc, ttext(after), say=f'the total shows "{ttext(after)}"')]
        cases.append(Case(f"adding {target['name']} updates the total", f"Increase the quantity of {target['name']}", steps, checks,
                          props=props, pre=describe(lines) + ship_note))
        muts = [("total ignores quantity", "line.price * line.qty, 0)", "line.price, 0)"),
                ("increment adds two", "line.qty + delta", "line.qty + delta * 2")]
    elif rng.random() < 0.45:
        after = [ln for ln in lines if ln is not target]
        if after:
            checks = [expect_hidden(by_text(target["name"], desc=target["name"], exact=True), say=f'"{target["name"]}" is no longer listed'),
                      expect_text(tloc, ttext(after), say=f'the total shows "{ttext(after)}"')]
        else:
            checks = [expect_visible(by_text(empty, desc=empty), say=f'the message "{empty}" is shown')]
        cases.append(Case(f"removing {target['name']}", f"Remove {target['name']} from the cart", [click(rm)], checks,
                          props=props, pre=describe(lines) + ship_note))
        muts = [("remove deletes the wrong line", "line.id !== id", "line.id === id")]
    else:
        lines2 = [dict(ln, qty=1) if ln is target else ln for ln in lines]
        if use_props:
            props = {"lines": [dict(ln) for ln in lines2]}
            steps, pre = [], describe(lines2)
        else:
            pre = describe(lines)
            n = target["qty"] - 1
            steps = ([Act("click", dec, say=f"Click − next to {target['name']} until the quantity is 1")] +
                     [Act("click", dec, say="__skip__") for _ in range(n - 1)]) if n > 0 else []
        checks = [expect_text(qloc, "1", say=f"the quantity of {target['name']} is 1"),
                  expect_disabled(dec, say=f"the − button for {target['name']} is disabled"),
                  expect_text(tloc, ttext(lines2), say=f'the total shows "{ttext(lines2)}"')]
        cases.append(Case("quantity cannot go below one", f"The quantity of {target['name']} cannot go below 1", steps, checks,
                          props=props, pre=pre + ship_note))
        muts = [("decrease not disabled at one", "disabled={line.qty <= 1}", "disabled={line.qty < 1}")]
    return Built(comp, cases, f"{ctx.domain.title}: cart with quantities and total", rng.choice(["Cart", "Shopping cart", "Basket"]), muts)
