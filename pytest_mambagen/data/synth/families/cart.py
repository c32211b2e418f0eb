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
from ..registry import Built, Ctx, Sc, family
from ..widgets import js, output
from .common import ind, price_num


@family("cart")
def cart(ctx: Ctx) -> Built:
    rng = ctx.rng
    ent = ctx.ent
    items = ctx.items(2, 4)
    qtys = [rng.randint(1, 4) for _ in items]
    comp = Comp(ctx.screen_name("Cart", "Basket", "OrderSummary", "Checkout"), ctx.style)
    use_props = rng.random() < 0.3
    lines = [{"id": it["id"], "name": it["name"], "cents": it["cents"], "qty": q} for it, q in zip(items, qtys, strict=True)]
    q_ = ctx.style.quote
    const = rng.choice(["INITIAL_LINES", "CART_LINES", "START_ITEMS"])
    rows = "\n".join("  " + js_lit({"id": ln["id"], "name": ln["name"], "price": price_num(ln["cents"]), "qty": ln["qty"]}, q_) + ","
                     for ln in lines)
    comp.consts.append(f"const {const} = [\n{rows}\n];")
    fmt_name = rng.choice(["formatMoney", "money", "asPrice"])
    comp.helpers.append(ctx.money_js(fmt_name, cents=False))
    if use_props:
        comp.props.append(("lines", const))
        comp.state_var("cart", "«p:lines»")
    else:
        comp.state_var("cart", const)
    free_over = rng.choice([None, None, 1]) and (sum(ln["cents"] * ln["qty"] for ln in lines) // 100 + rng.randint(5, 200))
    ship = ctx.lex.price(300, 2500) if free_over else 0
    comp.handler("changeQty", "id, delta",
                 "«set:cart»(\n  «cart».map((line) => (line.id === id ? { ...line, qty: line.qty + delta } : line))\n);")
    comp.handler("removeLine", "id", "«set:cart»(«cart».filter((line) => line.id !== id));")
    comp.derived.append("const subtotal = «cart».reduce((sum, line) => sum + line.price * line.qty, 0);")
    if free_over:
        comp.derived.append(f"const shipping = subtotal === 0 || subtotal >= {free_over} ? 0 : {price_num(ship)!r};")
        comp.derived.append("const total = subtotal + shipping;")
    else:
        comp.derived.append("const total = subtotal;")
    dec_label = rng.choice(["Decrease quantity of", "Remove one", "One less"])
    inc_label = rng.choice(["Increase quantity of", "Add one more", "One more"])
    rm_label = rng.choice(["Remove", "Delete", "Take out"])
    qty_label = rng.choice(["Quantity of", "Number of", "Units of"])
    qty_tid = f" data-testid={{`{ctx.tid('qty')}-${{line.id}}`}}" if ctx.style.testids else ""
    qty_show = rng.choice(["{line.qty}", "{line.qty}", "× {line.qty}"])
    row = (f"<li key={{line.id}}>\n  <span>{{line.name}}</span>\n"
           f"  <button type=\"button\" aria-label={{`{dec_label} ${{line.name}}`}} disabled={{line.qty <= 1}} onClick={{() => «h:changeQty»(line.id, -1)}}>\n    −\n  </button>\n"
           f"  <span aria-label={{`{qty_label} ${{line.name}}`}}{qty_tid}>{qty_show}</span>\n"
           f"  <button type=\"button\" aria-label={{`{inc_label} ${{line.name}}`}} onClick={{() => «h:changeQty»(line.id, 1)}}>\n    +\n  </button>\n"
           f"  <span>{{{fmt_name}(line.price * line.qty)}}</span>\n"
           f"  <button type=\"button\" aria-label={{`{rm_label} ${{line.name}}`}} onClick={{() => «h:removeLine»(line.id)}}>\n    {rm_label}\n  </button>\n</li>")
    if rng.random() < 0.55:
        row = comp.part(comp.name + "Line", row, ("line",))
    empty = rng.choice([f"Your {ctx.domain.brand} cart is empty", f"Your {ent.one} basket is empty", f"No {ent.many} in your cart",
                        f"Nothing to check out from {ctx.domain.brand} yet"])
    ctx.texts.append(empty)
    total_word = rng.choice(["Total", "Order total", "To pay", "Total due", f"{ctx.domain.brand} total"])
    tj, tloc = output(ctx, "total", "the total", f"{total_word}: {{{fmt_name}(total)}}", role_name="status", label=f"{ctx.domain.brand} total")
    parts = [f"<h2>{ctx.rng.choice(['Your cart', 'Basket', f'{ctx.domain.brand} order'])}</h2>",
             f"{{«cart».length === 0 ? (\n  <p>{empty}</p>\n) : (\n  <ul>\n    {{«cart».map((line) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n)}}"]
    sloc = None
    free_word = rng.choice([f"Free for {ctx.domain.brand} members", f"Free on {ent.many}", f"Free from {ctx.domain.brand}"])
    if free_over:
        sj, sloc = output(ctx, "shipping", "the shipping line", "Shipping: {shipping === 0 ? " + js(ctx, free_word) + f" : {fmt_name}(shipping)}}",
                          force="testid" if ctx.style.testids else "label", label=f"Shipping for {ent.many}")
        parts.append(sj)
    summary = "\n".join([*parts[2:], tj])
    if rng.random() < 0.4:
        summary = comp.part(comp.name + "Summary", f"<div className=\"summary\">\n{ind(summary, 2)}\n</div>")
    comp.jsx = "<section>\n" + ind("\n".join([*parts[:2], summary]), 2) + "\n</section>"
    for ln in lines:
        ctx.names.extend([f"{dec_label} {ln['name']}", f"{inc_label} {ln['name']}", f"{rm_label} {ln['name']}", f"{qty_label} {ln['name']}"])
        ctx.texts.append(ln["name"])

    def total_of(ls):
        sub = sum(ln["cents"] * ln["qty"] for ln in ls)
        if free_over:
            return sub + (0 if sub == 0 or sub >= free_over * 100 else ship)
        return sub

    def ttext(ls):
        return f"{total_word}: " + ctx.money(total_of(ls))

    def describe(ls):
        return "The cart contains: " + "; ".join(f"{ln['qty']} x {ln['name']} ({ctx.money(ln['cents'])} each)" for ln in ls) + "."

    ship_note = f" Shipping is {ctx.money(ship)}, free from {ctx.money(free_over * 100)}." if free_over else ""
    props = {"lines": [{"id": ln["id"], "name": ln["name"], "price": ln["cents"] / 100, "qty": ln["qty"]} for ln in lines]} if use_props else None

    def locs(target):
        inc = role("button", f"{inc_label} {target['name']}", desc=f"the + button next to {target['name']}")
        dec = role("button", f"{dec_label} {target['name']}", desc=f"the − button next to {target['name']}")
        rm = role("button", f"{rm_label} {target['name']}", desc=f"{rm_label} for {target['name']}")
        qloc = by_testid(f"{ctx.tid('qty')}-{target['id']}", desc=f"the quantity of {target['name']}") if ctx.style.testids else \
            by_label(f"{qty_label} {target['name']}", desc=f"the quantity of {target['name']}")
        return inc, dec, rm, qloc

    def qtext(n):
        return qty_show.replace("{line.qty}", str(n))

    def increase(r):
        target = r.choice(lines)
        inc, _dec, _rm, qloc = locs(target)
        k = r.randint(1, 3)
        after = [dict(ln, qty=ln["qty"] + (k if ln is target else 0)) for ln in lines]
        steps = [Act("click", inc, say=f"Click + next to {target['name']}" + (f" {k} times" if k > 1 else ""))] + \
                [Act("click", inc, say="__skip__") for _ in range(k - 1)]
        checks = [expect_text(qloc, qtext(target["qty"] + k), say=f'the quantity of {target["name"]} shows "{qtext(target["qty"] + k)}"'),
                  expect_text(tloc, ttext(after), say=f'the total shows "{ttext(after)}"')]
        title = f"Adding {k} more {target['name']} updates the total"
        return [Case(title, title, steps, checks, props=props, pre=describe(lines) + ship_note)], [
            ("total ignores quantity", "line.price * line.qty, 0)", "line.price, 0)"), ("increment adds two", "line.qty + delta", "line.qty + delta * 2")]

    def remove(r):
        target = r.choice(lines)
        _inc, _dec, rm, _q = locs(target)
        after = [ln for ln in lines if ln is not target]
        if after:
            checks = [expect_hidden(by_text(target["name"], desc=target["name"], exact=True), say=f'"{target["name"]}" is no longer listed'),
                      expect_text(tloc, ttext(after), say=f'the total shows "{ttext(after)}"')]
        else:
            checks = [expect_visible(by_text(empty, desc=empty), say=f'the message "{empty}" is shown')]
        title = f"Remove {target['name']} from the cart"
        return [Case(title, title, [click(rm)], checks, props=props, pre=describe(lines) + ship_note)], [
            ("remove deletes the wrong line", "line.id !== id", "line.id === id")]

    def at_one(r):
        target = r.choice(lines)
        _inc, dec, _rm, qloc = locs(target)
        lines2 = [dict(ln, qty=1) if ln is target else ln for ln in lines]
        n = target["qty"] - 1
        steps = ([Act("click", dec, say=f"Click − next to {target['name']} until the quantity is 1")] +
                 [Act("click", dec, say="__skip__") for _ in range(n - 1)]) if n > 0 else []
        checks = [expect_text(qloc, qtext(1), say=f'the quantity of {target["name"]} shows "{qtext(1)}"'),
                  expect_disabled(dec, say=f"the − button for {target['name']} is disabled"),
                  expect_text(tloc, ttext(lines2), say=f'the total shows "{ttext(lines2)}"')]
        title = f"The quantity of {target['name']} cannot go below 1"
        return [Case(title, title, steps, checks, props=props, pre=describe(lines) + ship_note)], [
            ("decrease not disabled at one", "disabled={line.qty <= 1}", "disabled={line.qty < 1}")]

    def initial(r):
        title = f"The cart opens with a total of {ctx.money(total_of(lines))}"
        return [Case(title, title, [], [expect_text(tloc, ttext(lines), say=f'the total shows "{ttext(lines)}"')], props=props,
                     pre=describe(lines) + ship_note)], [("total ignores quantity", "line.price * line.qty, 0)", "line.price, 0)")]

    def empty_all(r):
        steps = [Act("click", locs(ln)[2], say=f"Remove every line ({len(lines)} of them)" if i == 0 else "__skip__") for i, ln in enumerate(lines)]
        title = f"{ctx.domain.brand} shows \"{empty}\" after every line is removed"
        return [Case(title, title, steps, [expect_visible(by_text(empty, desc=empty), say=f'the message "{empty}" is shown')], props=props,
                     pre=describe(lines))], [("empty message never shown", "«cart».length === 0 ?", "«cart».length < 0 ?")]

    out = [Sc("positive", increase), Sc("negative", remove), Sc("negative", at_one), Sc("positive", initial), Sc("negative", empty_all)]
    if free_over and sloc is not None:
        sub0 = sum(ln["cents"] * ln["qty"] for ln in lines)

        def free(r):
            target = max(lines, key=lambda ln: ln["cents"])
            inc = locs(target)[0]
            k = next((k for k in range(1, 30) if sub0 + k * target["cents"] >= free_over * 100), None)
            if k is None or k > 12:
                return None
            after = [dict(ln, qty=ln["qty"] + (k if ln is target else 0)) for ln in lines]
            steps = [Act("click", inc, say=f"Click + next to {target['name']} {k} time{'s' if k > 1 else ''}")] + \
                    [Act("click", inc, say="__skip__") for _ in range(k - 1)]
            checks = [expect_text(sloc, f"Shipping: {free_word}", say=f'the shipping line reads "Shipping: {free_word}"'),
                      expect_text(tloc, ttext(after), say=f'the total shows "{ttext(after)}"')]
            title = f"Shipping becomes free from {ctx.money(free_over * 100)}"
            return [Case(title, title, steps, checks, props=props, pre=describe(lines) + ship_note)], [
                ("free shipping threshold ignored", f"subtotal >= {free_over} ? 0", f"subtotal > {free_over * 1000} ? 0")]

        def paid(r):
            checks = [expect_text(sloc, f"Shipping: {ctx.money(ship)}", say=f'the shipping line reads "Shipping: {ctx.money(ship)}"')]
            title = f"Orders under {ctx.money(free_over * 100)} pay {ctx.money(ship)} shipping"
            return [Case(title, title, [], checks, props=props, pre=describe(lines) + ship_note)], [
                ("shipping always free", f"subtotal === 0 || subtotal >= {free_over} ? 0", "true ? 0")]

        out += [Sc("positive", free), Sc("negative", paid)]
    return Built(comp, out, f"{ctx.domain.title}: cart with quantities and total", rng.choice(["Cart", f"{ctx.domain.brand} basket", "Checkout cart"]),
                 [f"Free shipping starts at {ctx.money(free_over * 100)}."] if free_over and rng.random() < 0.5 else [])
