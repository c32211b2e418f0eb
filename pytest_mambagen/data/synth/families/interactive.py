"""Interactive screens: cart, counter, tabs, accordion, dialog, toggles, todo list, wizard."""

from __future__ import annotations

from ..core import (
    Act,
    Case,
    Comp,
    by_label,
    by_testid,
    by_text,
    click,
    expect_attr,
    expect_count,
    expect_disabled,
    expect_hidden,
    expect_text,
    expect_visible,
    role,
)
from ..generator import Built, Ctx, family
from ..widgets import button, js, output
from .common import cap, fmt, ind, items_const, pick_items, plural, screen_name, singular

# ---------------------------------------------------------------- cart

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
    from ..core import js_lit
    from .common import _price_num

    rows = "\n".join("  " + js_lit({"id": ln["id"], "name": ln["name"], "price": _price_num(round(ln["price"] * 100)), "qty": ln["qty"]}, q_) + ","
                     for ln in lines)
    comp.consts.append(f"const INITIAL_LINES = [\n{rows}\n];")
    comp.helpers.append(f"function formatMoney(value) {{\n  return {js(ctx, cur)} + value.toFixed(2);\n}}")
    if use_props:
        comp.props.append(("lines", "INITIAL_LINES"))
        comp.state_var("cart", "«p:lines»")
    else:
        comp.state_var("cart", "INITIAL_LINES")
    free_over = rng.choice([None, None, 50, 100])
    ship = rng.choice([499, 599, 800]) if free_over else 0
    comp.handler("changeQty", "id, delta", "«set:cart»(\n  «cart».map((line) => (line.id === id ? { ...line, qty: line.qty + delta } : line))\n);")
    comp.handler("removeLine", "id", "«set:cart»(«cart».filter((line) => line.id !== id));")
    comp.derived.append("const subtotal = cart.reduce((sum, line) => sum + line.price * line.qty, 0);".replace("cart.", "«cart»."))
    if free_over:
        comp.derived.append(f"const shipping = subtotal === 0 || subtotal >= {free_over} ? 0 : {ship / 100};")
        comp.derived.append("const total = subtotal + shipping;")
    else:
        comp.derived.append("const total = subtotal;")
    dec_label = rng.choice(["Decrease quantity of", "Remove one", "Fewer"])
    inc_label = rng.choice(["Increase quantity of", "Add one more", "More"])
    rm_label = rng.choice(["Remove", "Delete"])
    qty_tid = ' data-testid={`qty-${line.id}`}' if ctx.style.testids else ""
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
        sj, _sloc = output(ctx, "shipping", "the shipping line", "Shipping: {shipping === 0 ? " + js(ctx, "Free") + " : formatMoney(shipping)}",
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
            sh = 0 if sub == 0 or sub >= free_over * 100 else ship
            return sub + sh
        return sub

    def ttext(ls):
        return "Total: " + fmt(ctx, total_of(ls))

    target = rng.choice(lines)
    pre = "The cart contains: " + "; ".join(f"{ln['qty']} x {ln['name']} ({fmt(ctx, round(ln['price'] * 100))} each)" for ln in lines) + "."
    if free_over:
        pre += f" Shipping is {fmt(ctx, ship)}, free from {cur}{free_over}."
    props = {"lines": [dict(ln) for ln in lines]} if use_props else None
    cases = []
    muts = []
    inc = role("button", f"{inc_label} {target['name']}", desc=f"the + button next to {target['name']}")
    dec = role("button", f"{dec_label} {target['name']}", desc=f"the − button next to {target['name']}")
    rm = role("button", f"{rm_label} {target['name']}", desc=f"{rm_label} for {target['name']}")
    qloc = by_testid(f"qty-{target['id']}", desc=f"the quantity of {target['name']}") if ctx.style.testids else \
        by_label(f"Quantity of {target['name']}", desc=f"the quantity of {target['name']}")
    if ctx.kind == "positive":
        k = rng.randint(1, 3)
        after = [dict(ln, qty=ln["qty"] + (k if ln is target else 0)) for ln in lines]
        steps = [Act("click", inc, say=f"Click + next to {target['name']}" + (f" {k} times" if k > 1 else ""))] + \
                [Act("click", inc, say="__skip__") for _ in range(k - 1)]
        checks = [expect_text(qloc, str(target["qty"] + k), say=f"the quantity of {target['name']} is {target['qty'] + k}"),
                  expect_text(tloc, ttext(after), say=f'the total shows "{ttext(after)}"')]
        cases.append(Case(f"adding {target['name']} updates the total", f"Increase the quantity of {target['name']}", steps, checks,
                          props=props, pre=pre))
        muts.append(("total ignores quantity", "line.price * line.qty, 0)", "line.price, 0)"))
        muts.append(("increment adds two", "line.qty + delta", "line.qty + delta * 2"))
    else:
        choice = rng.random()
        if choice < 0.45:
            after = [ln for ln in lines if ln is not target]
            checks = [expect_hidden(by_text(target["name"], desc=target["name"], exact=True), say=f'"{target["name"]}" is no longer listed'),
                      expect_text(tloc, ttext(after), say=f'the total shows "{ttext(after)}"')] if after else \
                     [expect_visible(by_text(empty, desc=empty), say=f'the message "{empty}" is shown')]
            if not after:
                pass
            cases.append(Case(f"removing {target['name']}", f"Remove {target['name']} from the cart", [click(rm)], checks, props=props, pre=pre))
            muts.append(("remove deletes the wrong line", "line.id !== id", "line.id === id"))
        else:
            t1 = dict(target, qty=1)
            lines2 = [t1 if ln is target else ln for ln in lines]
            props2 = {"lines": [dict(ln) for ln in lines2]} if use_props else None
            if not use_props and target["qty"] != 1:
                # bring it down to 1 first
                steps = [Act("click", dec, say=f"Click − next to {target['name']} until the quantity is 1")] + \
                        [Act("click", dec, say="__skip__") for _ in range(target["qty"] - 2)]
            else:
                steps = []
            pre2 = pre if use_props is False else "The cart contains: " + "; ".join(
                f"{ln['qty']} x {ln['name']} ({fmt(ctx, round(ln['price'] * 100))} each)" for ln in lines2) + "."
            checks = [expect_text(qloc, "1", say=f"the quantity of {target['name']} is 1"),
                      expect_disabled(dec, say=f"the − button for {target['name']} is disabled"),
                      expect_text(tloc, ttext(lines2), say=f'the total shows "{ttext(lines2)}"')]
            cases.append(Case("quantity cannot go below one", f"The quantity of {target['name']} cannot go below 1", steps, checks,
                              props=props2, pre=pre2))
            muts.append(("decrease not disabled at one", "disabled={line.qty <= 1}", "disabled={line.qty < 1}"))
    return Built(comp, cases, f"{ctx.domain.title}: cart with quantities and total", rng.choice(["Cart", "Shopping cart", "Basket"]), muts)


# ---------------------------------------------------------------- counter

@family("counter")
def counter(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    what = rng.choice(["Guests", "Tickets", "Nights", "Seats", "Quantity", "Rooms", "Bags", "Copies"])
    lo = rng.choice([0, 1, 1])
    hi = rng.choice([4, 5, 6, 8, 10])
    start = rng.randint(lo, min(hi - 1, lo + 2))
    comp = Comp(screen_name(ctx, f"{what} picker", f"{what} stepper", f"{d.prefixes[1]} {what} counter"), ctx.style)
    comp.consts.append(f"const MIN = {lo};\nconst MAX = {hi};")
    comp.state_var("count", str(start))
    dec_t, inc_t = rng.choice([("−", "+"), ("-", "+"), ("Less", "More")])
    aria = dec_t in ("−", "-")
    dj, dloc = button(ctx, dec_t, "() => «set:count»(«count» - 1)", extra="disabled={«count» <= MIN}",
                      aria=f"Decrease {what.lower()}" if aria else None)
    ij, iloc = button(ctx, inc_t, "() => «set:count»(«count» + 1)", extra="disabled={«count» >= MAX}",
                      aria=f"Increase {what.lower()}" if aria else None)
    oj, oloc = output(ctx, "count", f"the {what.lower()} count", "{«count»}", tag="output", label=what, role_name="status")
    note = rng.random() < 0.5
    parts = [f"<h3>{what}</h3>" if not oj.startswith("<output aria-label") else f"<h3>Choose {what.lower()}</h3>", dj, oj, ij]
    if note:
        nj, nloc = output(ctx, "limit", "the limit note", f"Maximum {hi} {what.lower()}", force="testid", cond="«count» === MAX")
        parts.append(nj)
        ctx.texts.append(f"Maximum {hi} {what.lower()}")
    comp.jsx = '<div className="stepper">\n' + ind("\n".join(parts), 2) + "\n</div>"
    pre = f"{what} starts at {start}; the allowed range is {lo} to {hi}."
    cases = []
    if ctx.kind == "positive":
        k = rng.randint(1, hi - start)
        steps = [Act("click", iloc, say=f"Click {'+' if aria else inc_t} {k} time{'s' if k > 1 else ''}")] + [Act("click", iloc, say="__skip__")] * (k - 1)
        checks = [expect_text(oloc, str(start + k), say=f"{what} shows {start + k}")]
        if start + k == hi:
            checks.append(expect_disabled(iloc, say=f"the {'+' if aria else inc_t} button is disabled"))
        cases.append(Case(f"increase {what} to {start + k}", f"Increase {what.lower()} to {start + k}", steps, checks, pre=pre))
        muts = [("increment by two", "«set:count»(«count» + 1)", "«set:count»(«count» + 2)")]
        if start + k == hi:
            muts.append(("max not enforced", "disabled={«count» >= MAX}", "disabled={«count» > MAX}"))
    else:
        if rng.random() < 0.5:
            steps = [Act("click", dloc, say=f"Click {'−' if aria else dec_t} {start - lo} time{'s' if start - lo != 1 else ''}")] + \
                    [Act("click", dloc, say="__skip__")] * (start - lo - 1) if start > lo else []
            checks = [expect_text(oloc, str(lo), say=f"{what} shows {lo}"), expect_disabled(dloc, say=f"the {'−' if aria else dec_t} button is disabled")]
            cases.append(Case(f"{what} cannot go below {lo}", f"{what} cannot go below {lo}", steps, checks, pre=pre))
            muts = [("min not enforced", "disabled={«count» <= MIN}", "disabled={«count» < MIN}")]
        else:
            steps = [Act("click", iloc, say=f"Click {'+' if aria else inc_t} until it stops ({hi - start} times)")] + [Act("click", iloc, say="__skip__")] * (hi - start - 1)
            checks = [expect_text(oloc, str(hi), say=f"{what} shows {hi}"), expect_disabled(iloc, say=f"the {'+' if aria else inc_t} button is disabled")]
            if note:
                checks.append(expect_text(nloc, f"Maximum {hi} {what.lower()}", say=f'"Maximum {hi} {what.lower()}" is shown'))
            cases.append(Case(f"{what} cannot go above {hi}", f"{what} cannot go above {hi}", steps, checks, pre=pre))
            muts = [("max not enforced", "disabled={«count» >= MAX}", "disabled={«count» > MAX}")]
    return Built(comp, cases, f"{d.title}: {what.lower()} stepper", f"{what} picker", muts)


# ---------------------------------------------------------------- tabs

@family("tabs")
def tabs(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    tabs_ = list(d.tabs)
    rng.shuffle(tabs_)
    tabs_ = tabs_[:rng.randint(3, 4)]
    comp = Comp(screen_name(ctx, f"{d.prefixes[0]} details", f"{d.prefixes[2]} profile", f"{singular(ctx)} tabs"), ctx.style)
    q = ctx.style.quote
    from ..core import js_lit

    comp.consts.append("const TABS = [\n" + "\n".join("  " + js_lit({"id": t.lower().replace(" ", "-"), "label": t, "body": b}, q) + ","
                                                     for t, b in tabs_) + "\n];")
    comp.state_var("active", "TABS[0].id")
    tab = ("<button\n  key={tab.id}\n  type=\"button\"\n  role=\"tab\"\n  id={`tab-${tab.id}`}\n  aria-selected={«active» === tab.id}\n"
           "  aria-controls={`panel-${tab.id}`}\n  onClick={() => «set:active»(tab.id)}\n>\n  {tab.label}\n</button>")
    comp.derived.append("const current = TABS.find((tab) => tab.id === «active»);")
    label = rng.choice([f"{cap(singular(ctx))} sections", "Sections", "Details"])
    comp.jsx = (f"<div>\n  <div role=\"tablist\" aria-label=\"{label}\">\n    {{TABS.map((tab) => (\n{ind(tab, 6)}\n    ))}}\n  </div>\n"
                "  <div role=\"tabpanel\" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>\n    <p>{current.body}</p>\n  </div>\n</div>")
    for t, b in tabs_:
        ctx.names.append(t)
        ctx.texts.append(b)
    i = rng.randrange(1, len(tabs_))
    t, b = tabs_[i]
    tloc = role("tab", t, desc=t, noun="tab")
    panel = role("tabpanel", desc="the panel")
    if ctx.kind == "positive":
        checks = [expect_attr(tloc, "aria-selected", "true", say=f"the {t} tab is selected"),
                  expect_text(panel, b, say=f'the panel shows "{b}"')]
        cases = [Case(f"{t} tab shows its content", f"Open the {t} tab", [click(tloc)], checks)]
        muts = [("panel shows the first tab", "TABS.find((tab) => tab.id === «active»)", "TABS.find((tab) => tab.id !== «active»)"),
                ("selection not exposed", "aria-selected={«active» === tab.id}", "aria-selected={false}")]
    else:
        first_t, first_b = tabs_[0]
        checks = [expect_attr(role("tab", first_t, desc=first_t, noun="tab"), "aria-selected", "true", say=f"the {first_t} tab is selected"),
                  expect_attr(tloc, "aria-selected", "false", say=f"the {t} tab is not selected"),
                  expect_text(panel, first_b, say=f'the panel shows "{first_b}"')]
        if rng.random() < 0.5:
            steps = [click(tloc), click(role("tab", first_t, desc=first_t, noun="tab"))]
            title = f"Going back to {first_t} shows its content again"
        else:
            steps = []
            title = f"{first_t} is the tab selected when the screen opens"
        cases = [Case(f"{first_t} selected by default" if not steps else f"back to {first_t}", title, steps, checks)]
        muts = [("initial tab wrong", "useState(TABS[0].id)" if not ctx.style.is_class else "active: TABS[0].id", "") ]
        muts = [("initial tab wrong", "TABS[0].id", "TABS[1].id")] if not steps else \
               [("panel stuck on the last tab", "TABS.find((tab) => tab.id === «active»)", f"TABS.find((tab) => tab.id === {js(ctx, t.lower().replace(' ', '-'))})")]
    return Built(comp, cases, f"{d.title}: tabbed details", f"{cap(singular(ctx))} details", muts)


# ---------------------------------------------------------------- accordion

@family("accordion")
def accordion(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    qa = [(f"What does the {t} section show?", b) for t, b in d.tabs]
    extra = [("How do I contact support?", "Email help@example.com or call us on weekdays."),
             ("Can I change my details later?", "Yes, from your profile at any time."),
             ("Is my data safe?", "We never share your data with third parties.")]
    qa = qa + extra
    rng.shuffle(qa)
    qa = qa[:rng.randint(3, 4)]
    single = rng.random() < 0.5
    comp = Comp(screen_name(ctx, "FAQ", f"{d.prefixes[0]} help", "help center", f"{d.prefixes[1]} questions"), ctx.style)
    from ..core import js_lit

    comp.consts.append("const QUESTIONS = [\n" + "\n".join("  " + js_lit({"id": i + 1, "question": a, "answer": b}, ctx.style.quote) + ","
                                                          for i, (a, b) in enumerate(qa)) + "\n];")
    if single:
        comp.state_var("openId", "null")
        toggle = "«set:openId»(«openId» === item.id ? null : item.id)"
        is_open = "«openId» === item.id"
    else:
        comp.state_var("open", "[]")
        comp.handler("toggle", "id", "«set:open»(«open».includes(id) ? «open».filter((x) => x !== id) : [...«open», id]);")
        toggle = "«h:toggle»(item.id)"
        is_open = "«open».includes(item.id)"
    comp.jsx = (f"<div className=\"faq\">\n  <h2>{rng.choice(['Frequently asked questions', 'FAQ', 'Help'])}</h2>\n  {{QUESTIONS.map((item) => (\n"
                f"    <div key={{item.id}}>\n      <h3>\n        <button type=\"button\" aria-expanded={{{is_open}}} onClick={{() => {toggle}}}>\n"
                f"          {{item.question}}\n        </button>\n      </h3>\n      {{{is_open} && <p>{{item.answer}}</p>}}\n    </div>\n  ))}}\n</div>")
    for a, b in qa:
        ctx.names.append(a)
        ctx.texts.append(b)
    a, b = rng.choice(qa)
    bl = role("button", a, desc=a, noun="question")
    ans = by_text(b, desc=f'the answer "{b}"')
    if ctx.kind == "positive":
        checks = [expect_visible(ans, say=f'the answer "{b}" is shown'), expect_attr(bl, "aria-expanded", "true", say="the question is marked as expanded")]
        cases = [Case("question expands", f"Open the question \"{a}\"", [click(bl)], checks)]
        muts = [("expanded state not exposed", f"aria-expanded={{{is_open}}}", "aria-expanded={false}")]
    else:
        checks = [expect_hidden(ans, say="the answer is hidden again"), expect_attr(bl, "aria-expanded", "false", say="the question is marked as collapsed")]
        cases = [Case("question collapses on second click", f"Clicking \"{a}\" twice hides the answer", [click(bl), click(bl)], checks)]
        muts = [("answer never collapses", toggle, "«set:openId»(item.id)" if single else "«set:open»([...«open», item.id])")]
    return Built(comp, cases, f"{d.title}: frequently asked questions", "FAQ", muts)


# ---------------------------------------------------------------- confirm-delete dialog

@family("confirm_dialog")
def confirm_dialog(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = pick_items(ctx, 3, 5)
    pl = plural(ctx)
    comp = Comp(screen_name(ctx, f"manage {pl}", f"{pl} admin", f"{ctx.domain.prefixes[0]} manager"), ctx.style)
    comp.consts.append(items_const(ctx, "START", items, fields=("id", "name")))
    comp.state_var("items", "START")
    comp.state_var("pending", "null")
    comp.state_var("notice", ctx.style.quote * 2)
    verb = rng.choice(["Delete", "Remove"])
    done = rng.choice(["{name} deleted", "{name} was removed", "Deleted {name}"])
    done_js = "`" + done.replace("{name}", "${«pending».name}") + "`"
    comp.handler("confirmDelete", "", f"«set:items»(«items».filter((item) => item.id !== «pending».id));\n«set:notice»({done_js});\n«set:pending»(null);")
    row = (f"<li key={{item.id}}>\n  {{item.name}}\n  <button type=\"button\" aria-label={{`{verb} ${{item.name}}`}} onClick={{() => «set:pending»(item)}}>\n"
           f"    {verb}\n  </button>\n</li>")
    body = rng.choice(["This cannot be undone.", "You can't undo this action.", "This action is permanent."])
    cancel = rng.choice(["Cancel", "Keep it", "No, keep it"])
    yes = rng.choice([verb, f"Yes, {verb.lower()}", "Confirm"])
    dlg = (f"{{«pending» && (\n  <div role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"confirm-title\">\n"
           f"    <h2 id=\"confirm-title\">{verb} {{«pending».name}}?</h2>\n    <p>{body}</p>\n"
           f"    <button type=\"button\" onClick={{() => «set:pending»(null)}}>\n      {cancel}\n    </button>\n"
           f"    <button type=\"button\" onClick={{«h:confirmDelete»}}>\n      {yes}\n    </button>\n  </div>\n)}}")
    nj, nloc = output(ctx, "notice", "the notice", "{«notice»}", role_name="status", cond="«notice»")
    comp.jsx = (f"<section>\n  <h2>{cap(pl)}</h2>\n  <ul>\n    {{«items».map((item) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n"
                f"{ind(dlg, 2)}\n{ind(nj, 2)}\n</section>")
    for it in items:
        ctx.names.append(f"{verb} {it['name']}")
        ctx.texts.append(it["name"])
    ctx.names.extend([cancel, yes])
    target = rng.choice(items)
    dialog = role("dialog", desc="the confirmation dialog")
    open_btn = role("button", f"{verb} {target['name']}", desc=f"{verb} next to {target['name']}")
    lis = role("listitem", desc="entries")
    cases = []
    if ctx.kind == "positive":
        yes_loc = role("button", yes, desc=yes, noun="button", parent=dialog)
        msg = done.replace("{name}", target["name"])
        checks = [expect_hidden(dialog, say="the dialog closes"), expect_count(lis, len(items) - 1, say=f"{len(items) - 1} {pl} remain"),
                  expect_text(nloc, msg, say=f'the message "{msg}" is shown')]
        steps = [Act("click", open_btn, say=f"Click {verb} next to \"{target['name']}\""), Act("click", yes_loc, say=f'In the dialog, click "{yes}"')]
        cases.append(Case(f"confirming deletes {target['name']}", f"{verb} {target['name']} after confirming", steps, checks))
        if rng.random() < 0.4:
            cases[0].checks.insert(0, Act("expect_text", role("heading", desc="the dialog title", parent=dialog), f"{verb} {target['name']}?",
                                          say=f'the dialog asked "{verb} {target["name"]}?"'))
            cases[0].checks.insert(0, cases[0].checks.pop(0)) if False else None
            # check the title before confirming
            head = cases[0].checks.pop(0)
            cases[0].steps.insert(1, head)
        muts = [("confirm deletes everything else", "«items».filter((item) => item.id !== «pending».id)", "«items».filter((item) => item.id === «pending».id)"),
                ("dialog stays open", "«set:pending»(null);\n", "")]
    else:
        cl = role("button", cancel, desc=cancel, noun="button", parent=dialog)
        checks = [expect_hidden(dialog, say="the dialog closes"), expect_count(lis, len(items), say=f"all {len(items)} {pl} are still listed"),
                  expect_visible(by_text(target["name"], desc=target["name"], exact=True), say=f'"{target["name"]}" is still listed')]
        steps = [Act("click", open_btn, say=f"Click {verb} next to \"{target['name']}\""),
                 expect_visible(dialog, say=f"a confirmation dialog opens with \"{body}\""),
                 Act("click", cl, say=f'Click "{cancel}" in the dialog')]
        steps[1] = Act("expect_contains", dialog, body, say=f'a confirmation dialog says "{body}"')
        cases.append(Case("cancel keeps the item", f"Cancel keeps {target['name']}", steps, checks))
        muts = [("cancel deletes anyway", "onClick={() => «set:pending»(null)}", "onClick={«h:confirmDelete»}")]
    # checks embedded among steps must render as checks in the manual: move them
    return Built(comp, cases, f"{ctx.domain.title}: delete {pl} with confirmation", f"Manage {pl}", muts)
