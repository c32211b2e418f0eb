"""More screens: promo code, delivery options, rating, tags, checklist progress, favourites,
actions menu, date range, character counter, preferences, add-in-a-dialog and dismissible alerts.

Size (~820 lines): one function per screen family, each building its screen and the scenarios it
supports; the families register themselves (``registry.py``): a list of independent pieces.
"""

from __future__ import annotations

import datetime as dt

from ..core import (
    Act,
    Case,
    Comp,
    by_label,
    by_testid,
    by_text,
    check,
    click,
    expect_attr,
    expect_checked,
    expect_count,
    expect_disabled,
    expect_enabled,
    expect_hidden,
    expect_text,
    expect_value,
    expect_visible,
    fill,
    js_lit,
    role,
    select,
)
from ..lexicon import cap, low
from ..registry import Built, Ctx, Sc, family
from ..widgets import button, js, output, select_field, text_field, textarea
from .common import ind, items_const, quoted_list, typo

# ---------------------------------------------------------------- promo code


@family("coupon")
def coupon(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    sub = lex.price(1500, 60000)
    codes = lex.unique(lex.promo, rng.randint(1, 3))
    code, pct = codes[0]
    comp = Comp(ctx.screen_name("OrderSummary", "Checkout", "Promo", "Basket"), ctx.style)
    sname = rng.choice(["SUBTOTAL_CENTS", "ORDER_CENTS", "BASKET_CENTS"])
    comp.consts.append(f"const {sname} = {sub};")
    comp.consts.append(f"const CODES = {js_lit({c: p for c, p in codes}, ctx.style.quote)};")
    fmt_name = rng.choice(["money", "formatCents", "asMoney"])
    comp.helpers.append(ctx.money_js(fmt_name))
    q = ctx.style.quote
    comp.state_var("code", q * 2)
    comp.state_var("percent", "0")
    comp.state_var("error", q * 2)
    bad_msg = rng.choice([f"{d.brand} does not recognise that code", f"This code is not valid for {ctx.ent.many}", f"Code not valid for {ctx.ent.many}",
                          f"Sorry, that {d.brand} code has expired or does not exist", f"Unknown {d.brand} promo code"])
    ok_fmt = rng.choice(["{code} applied: {pct}% off", "Promo {code} applied", "You saved {pct}% with {code}", "{pct}% off with {code}"])
    ok_js = "`" + ok_fmt.replace("{code}", "${key}").replace("{pct}", "${CODES[key]}") + "`"
    comp.state_var("notice", q * 2)
    case_ins = rng.random() < 0.6
    norm = ".trim().toUpperCase()" if case_ins else ".trim()"
    comp.handler("apply", "", f"const key = «code»{norm};\nif (!CODES[key]) {{\n  «set:percent»(0);\n  «set:notice»({q * 2});\n  «set:error»({js(ctx, bad_msg)});\n  return;\n}}\n"
                              f"«set:percent»(CODES[key]);\n«set:error»({q * 2});\n«set:notice»({ok_js});")
    comp.derived.append(f"const discount = Math.round(({sname} * «percent») / 100);")
    comp.derived.append(f"const total = {sname} - discount;")
    label = rng.choice([f"{d.brand} promo code", f"Discount code for {ctx.ent.many}", f"Voucher for {ctx.ent.many}", f"{ctx.ent.One} promo code"])
    fj, floc = text_field(ctx, label, "promo", state="code")
    apply_t = rng.choice([f"Apply to {ctx.ent.one}", f"Apply {low(label)}", f"Redeem with {d.brand}", f"Use code on {ctx.ent.one}"])
    bj, bloc = button(ctx, apply_t, "«h:apply»")
    ej, eloc = output(ctx, "promo error", "the error", "{«error»}", role_name="alert", cond="«error»")
    nj, nloc = output(ctx, "promo notice", "the confirmation", "{«notice»}", role_name="status", cond="«notice»")
    tid = ctx.style.testids
    tot_label = rng.choice([f"Total to pay for the {ctx.ent.one}", f"{d.brand} total", f"Amount due to {d.brand}"])
    total_loc = by_testid(ctx.tid("total"), desc="the total") if tid else by_label(tot_label, desc="the total")
    total_attr = f'data-testid="{ctx.tid("total")}"' if tid else f'aria-label="{tot_label}"'
    ctx.names.append(tot_label)
    summary = (f"<dl>\n  <dt>Subtotal</dt>\n  <dd>{{{fmt_name}({sname})}}</dd>\n  <dt>Discount</dt>\n  <dd>-{{{fmt_name}(discount)}}</dd>\n"
               f"  <dt>Total</dt>\n  <dd {total_attr}>{{{fmt_name}(total)}}</dd>\n</dl>")
    if rng.random() < 0.5:
        summary = comp.part(comp.name + "Totals", summary)
    comp.jsx = "<section>\n" + ind("\n".join([f"<h2>{rng.choice([f'{d.brand} order summary', 'Checkout', 'Your order'])}</h2>", summary, fj, bj, ej, nj]), 2) + "\n</section>"
    ctx.texts.extend([bad_msg, "Subtotal", "Discount", "Total"])
    note = f"Valid code for this release: {code} ({pct}% off)."
    pre = f"The order subtotal is {ctx.money(sub)}."

    def apply_ok(r, c=code, p=pct):
        typed = c.lower() if case_ins and r.random() < 0.5 else c
        disc = (sub * p + 50) // 100
        msg = ok_fmt.replace("{code}", c).replace("{pct}", str(p))
        checks = [expect_text(nloc, msg, say=f'the message "{msg}" is shown'),
                  expect_text(total_loc, ctx.money(sub - disc), say=f"the total is {ctx.money(sub - disc)}")]
        title = f"Apply the promo code {typed}"
        muts = [("discount applied twice", f"const total = {sname} - discount;", f"const total = {sname} - discount * 2;")]
        if typed != c:
            muts.append(("code is case-sensitive", norm + ";", ".trim();"))
        return [Case(title, title, [fill(floc, typed), click(bloc)], checks, pre=pre, note=note if c == code else "")], muts

    def invalid(r):
        bad = r.choice([f"{lex.abbrev(lex.brand())}{r.randint(10, 99)}", f"{lex.brand().upper()}{r.randint(1, 9)}", code[:-1], code + "X"])
        if any(bad.upper() == c.upper() if case_ins else bad == c for c, _ in codes):
            return None
        checks = [expect_text(eloc, bad_msg, say=f'the error "{bad_msg}" is shown'),
                  expect_text(total_loc, ctx.money(sub), say=f"the total stays {ctx.money(sub)}")]
        title = f"The unknown code {bad} is rejected"
        return [Case(title, title, [fill(floc, bad), click(bloc)], checks, pre=pre)], [("error text misspelt", js(ctx, bad_msg), js(ctx, typo(bad_msg)))]

    def no_code(r):
        checks = [expect_text(total_loc, ctx.money(sub), say=f"the total is {ctx.money(sub)}"), expect_hidden(nloc, say="no promo message is shown")]
        title = f"Without a code the total is {ctx.money(sub)}"
        return [Case(title, title, [], checks, pre=pre)], [("discount without a code", f"Math.round(({sname} * «percent») / 100)",
                                                            f"Math.round(({sname} * («percent» || 10)) / 100)")]

    out = [Sc("positive", apply_ok), Sc("negative", invalid), Sc("positive", no_code)]
    for c2, p2 in codes[1:]:
        out.append(Sc("positive", lambda r, c=c2, p=p2: apply_ok(r, c, p)))
    return Built(comp, out, f"{d.title}: promo code on the order summary", rng.choice(["Order summary", f"{d.brand} checkout"]), [note])


# ---------------------------------------------------------------- delivery options

@family("shipping_options")
def shipping_options(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    base = lex.price(1500, 40000)
    n_opts = rng.randint(2, 4)
    names = lex.unique(lambda: rng.choice([f"{lex.brand()} {rng.choice(['Express', 'Standard', 'Economy', 'Priority', 'Same day'])}",
                                           f"{rng.choice(['Pick up at', 'Collect from', 'Drop at'])} {lex.brand()} {rng.choice(['store', 'locker', 'depot', 'desk'])}",
                                           f"{cap(lex.topic())} courier to {lex.city()}"]), n_opts)
    names = [n for n in names if not any(n != o and n.lower() in o.lower() for o in names)]
    if len(names) < 2:
        raise ValueError("option names overlap")
    prices = sorted({0} | {lex.price(200, 3000) for _ in range(len(names) - 1)})
    while len(prices) < len(names):
        prices.append(prices[-1] + 150)
    opts = list(zip(names, prices[:len(names)], strict=True))
    comp = Comp(ctx.screen_name("Delivery", "Shipping", "DeliveryOptions", "Fulfilment"), ctx.style)
    comp.consts.append("const OPTIONS = [\n" + "\n".join("  " + js_lit({"id": f"opt-{i + 1}", "label": n, "price": c}, ctx.style.quote) + ","
                                                        for i, (n, c) in enumerate(opts)) + "\n];")
    iname = rng.choice(["ITEMS_CENTS", "GOODS_CENTS", "BASKET_CENTS"])
    comp.consts.append(f"const {iname} = {base};")
    free_word = rng.choice(["Free", "No charge", "Included"])
    fmt_name = rng.choice(["money", "formatCents"])
    comp.helpers.append(ctx.money_js("formatAmount"))
    comp.helpers.append(f"function {fmt_name}(cents) {{\n  return cents === 0 ? {js(ctx, free_word)} : formatAmount(cents);\n}}")
    comp.state_var("method", "OPTIONS[0].id")
    comp.derived.append("const chosen = OPTIONS.find((o) => o.id === «method»);")
    radio = ("<label key={o.id}>\n  <input\n    type=\"radio\"\n    name=\"shipping\"\n    value={o.id}\n    aria-label={o.label}\n"
             f"    checked={{«method» === o.id}}\n    onChange={{() => «set:method»(o.id)}}\n  />\n  {{o.label}} ({{{fmt_name}(o.price)}})\n</label>")
    if rng.random() < 0.5:
        radio = comp.part(comp.name + "Option", radio, ("o",))
    legend = rng.choice([f"Delivery for your {ctx.ent.one}", "Shipping method", f"How should {d.brand} deliver?"])
    tot_word = rng.choice(["Total", "Order total", "You pay"])
    tj, tloc = output(ctx, "order total", "the order total", f"{tot_word}: {{formatAmount({iname} + chosen.price)}}", role_name="status",
                      label=f"{d.brand} order total")
    comp.jsx = (f"<form>\n  <fieldset>\n    <legend>{legend}</legend>\n    {{OPTIONS.map((o) => (\n{ind(radio, 6)}\n    ))}}\n  </fieldset>\n"
                f"  <p>Items: {{formatAmount({iname})}}</p>\n{ind(tj, 2)}\n</form>")

    def lab(n, c):
        return f"{n} ({free_word if c == 0 else ctx.money(c)})"

    ctx.names.extend(n for n, _ in opts)
    pre = f"Items cost {ctx.money(base)}. Options: " + ", ".join(lab(x, y) for x, y in opts) + "."
    n0, c0 = opts[0]
    r0 = role("radio", n0, desc=lab(n0, c0), noun="option", exact=True)
    out = []
    for i0 in range(1, len(opts)):
        def choose(r, i=i0):
            n, c = opts[i]
            rl = role("radio", n, desc=lab(n, c), noun="option", exact=True)
            checks = [expect_checked(rl, say=f"{n} is selected"), expect_text(tloc, f"{tot_word}: {ctx.money(base + c)}")]
            title = f"Choosing {n} updates the total"
            return [Case(title, title, [click(rl)], checks, pre=pre)], [("total ignores shipping", f"{iname} + chosen.price", iname)]

        out.append(Sc("positive", choose))

    def default(r):
        checks = [expect_checked(r0, say=f"{n0} is selected by default"), expect_text(tloc, f"{tot_word}: {ctx.money(base + c0)}")]
        title = f"{n0} is selected by default"
        return [Case(title, title, [], checks, pre=pre)], [("wrong default", "OPTIONS[0].id", "OPTIONS[1].id")]

    def back(r):
        n, c = opts[r.randrange(1, len(opts))]
        rl = role("radio", n, desc=lab(n, c), noun="option", exact=True)
        title = f"Switching back to {n0} restores the total"
        return [Case(title, title, [click(rl), click(r0)], [expect_checked(r0), expect_text(tloc, f"{tot_word}: {ctx.money(base + c0)}")], pre=pre)], \
            [("total stuck on the first choice", "const chosen = OPTIONS.find((o) => o.id === «method»);", "const chosen = OPTIONS[1];")]

    out += [Sc("negative", default), Sc("negative", back)]
    return Built(comp, out, f"{d.title}: delivery options and total", rng.choice(["Delivery options", f"{d.brand} checkout - delivery"]))


# ---------------------------------------------------------------- rating

@family("rating")
def rating(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    comp = Comp(ctx.screen_name("Rating", "Review", "Feedback", "Survey"), ctx.style)
    comp.state_var("stars", "0")
    comp.state_var("sent", "false")
    subject = rng.choice([lex.item(), f"your {ctx.ent.one}", f"{d.brand} {lex.topic()}"])
    legend = rng.choice([f"Rate {subject}", f"How was {subject}?", f"Your rating of {subject}"])
    unit = rng.choice(["star", "point", "heart"])
    top = rng.choice([5, 5, 4, 10])
    about = rng.choice([d.brand, ctx.ent.one, lex.item()])
    radio = ("<label key={n}>\n  <input type=\"radio\" name=\"rating\" checked={«stars» === n} onChange={() => «set:stars»(n)} />\n"
             f"  {{n}} {{n === 1 ? {js(ctx, unit)} : {js(ctx, unit + 's')}}} for {about}\n</label>")
    send_t = rng.choice([f"Send rating to {d.brand}", f"Submit {ctx.ent.one} rating", f"Rate {ctx.ent.one}", f"Send feedback on {about}"])
    bj, bloc = button(ctx, send_t, "() => «set:sent»(true)", extra="disabled={«stars» === 0}")
    thanks = rng.choice([f"Thanks for rating {about} {{n}} {{u}}!", f"You rated {about} {{n}} {{u}}. Thank you!",
                         f"Thank you! Your {d.brand} rating: {{n}} {{u}}", f"{d.brand} got your {{n}} {{u}}"])
    tj = thanks.replace("{n}", "{«stars»}").replace("{u}", "{«stars» === 1 ? " + js(ctx, unit) + " : " + js(ctx, unit + "s") + "}")
    oj, oloc = output(ctx, "thanks", "the thank-you message", tj, role_name="status", cond="«sent»")
    comp.jsx = (f"<div>\n  <fieldset>\n    <legend>{legend}</legend>\n    {{{js_lit(list(range(1, top + 1)))}.map((n) => (\n{ind(radio, 6)}\n    ))}}\n  </fieldset>\n"
                f"{ind(bj, 2)}\n{ind(oj, 2)}\n</div>")

    def name(k):
        return f"{k} {unit}{'s' if k > 1 else ''} for {about}"

    for k in range(1, top + 1):
        ctx.names.append(name(k))

    def radio_loc(k):
        return role("radio", name(k), desc=name(k), noun="option", exact=True)

    out = []
    for _ in range(2):
        def rate(r):
            k = r.randint(1, top)
            msg = thanks.replace("{n}", str(k)).replace("{u}", unit if k == 1 else unit + "s")
            title = f"Send a rating of {name(k)}"
            mut = ("rating off by one", "onChange={() => «set:stars»(n)}", "onChange={() => «set:stars»(n - 1 || 1)}") if k > 1 else \
                ("singular not handled", f"«stars» === 1 ? {js(ctx, unit)}", f"«stars» === 0 ? {js(ctx, unit)}")
            return [Case(title, title, [click(radio_loc(k)), click(bloc)], [expect_text(oloc, msg, say=f'the message "{msg}" is shown')])], [mut]

        out.append(Sc("positive", rate))

    def disabled(r):
        title = f"{send_t} is disabled until a rating is chosen"
        return [Case(title, title, [], [expect_disabled(bloc), expect_hidden(oloc, say="no thank-you message is shown")])], [
            ("send always enabled", "disabled={«stars» === 0}", "disabled={false}")]

    def enables(r):
        k = r.randint(1, top)
        title = f"Choosing {name(k)} enables {send_t}"
        return [Case(title, title, [click(radio_loc(k))], [expect_checked(radio_loc(k)), expect_enabled(bloc)])], [
            ("send never enabled", "disabled={«stars» === 0}", "disabled={«stars» >= 0}")]

    out += [Sc("negative", disabled), Sc("positive", enables)]
    return Built(comp, out, f"{d.title}: rating widget for {subject}", rng.choice(["Rating", "Feedback", f"{d.brand} survey"]))


# ---------------------------------------------------------------- tags

@family("tag_input")
def tag_input(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    pool = lex.unique(lambda: rng.choice([lex.category(), f"{cap(lex.topic())} follow-up {rng.randint(2, 9)}", f"{lex.qualifier()} {ctx.ent.one} review",
                                          f"{lex.brand()} {rng.choice(['VIP', 'Q3', 'Pilot', 'Beta'])}"]), 8)
    pool = [t for t in pool if not any(t != o and t.lower() in o.lower() for o in pool)]
    if len(pool) < 5:
        raise ValueError("tags overlap")
    start = pool[:2]
    fresh = pool[2:]
    limit = rng.choice([3, 4, 5])
    comp = Comp(ctx.screen_name("Tags", "Labels", "Keywords", "TagEditor"), ctx.style)
    comp.consts.append(f"const MAX_TAGS = {limit};")
    comp.state_var("tags", js_lit(start, ctx.style.quote))
    comp.state_var("draft", ctx.style.quote * 2)
    comp.state_var("error", ctx.style.quote * 2)
    dup = rng.choice([f"That tag is already on this {ctx.ent.one}", f"Duplicate {ctx.ent.one} tag", f"{d.brand} already has that tag", f"This {ctx.ent.one} already has that tag"])
    full = rng.choice([f"You can add up to {limit} tags to a {ctx.ent.one}", f"Maximum {limit} tags per {ctx.ent.one}", f"A {ctx.ent.one} can have {limit} tags at most"])
    q = ctx.style.quote
    comp.handler("add", "e", f"e.preventDefault();\nconst tag = «draft».trim();\nif (!tag) return;\n"
                             f"if («tags».some((t) => t.toLowerCase() === tag.toLowerCase())) {{\n  «set:error»({js(ctx, dup)});\n  return;\n}}\n"
                             f"if («tags».length >= MAX_TAGS) {{\n  «set:error»({js(ctx, full)});\n  return;\n}}\n"
                             f"«set:tags»([...«tags», tag]);\n«set:draft»({q * 2});\n«set:error»({q * 2});")
    comp.handler("remove", "tag", "«set:tags»(«tags».filter((t) => t !== tag));")
    fj, floc = text_field(ctx, rng.choice([f"Add a {ctx.ent.one} tag", f"New {ctx.ent.one} tag", f"Tag for {d.brand}"]), "tag", state="draft", role_ok=False)
    add_t = rng.choice([f"Add to {ctx.ent.one}", f"Add {d.brand} tag", f"Save {ctx.ent.one} tag"])
    bj, bloc = button(ctx, add_t, type_="submit")
    ej, eloc = output(ctx, "tag error", "the error", "{«error»}", role_name="alert", cond="«error»")
    rm = rng.choice(["Remove", "Delete tag", "Drop"])
    chip = f"<li key={{tag}}>\n  {{tag}}\n  <button type=\"button\" aria-label={{`{rm} ${{tag}}`}} onClick={{() => «h:remove»(tag)}}>\n    ×\n  </button>\n</li>"
    if rng.random() < 0.5:
        chip = comp.part(comp.name + "Chip", chip, ("tag",))
    lab = rng.choice([f"{ctx.ent.One} tags", f"Tags on this {ctx.ent.one}", f"{d.brand} labels"])
    comp.jsx = (f"<div>\n  <form onSubmit={{«h:add»}}>\n{ind(fj, 4)}\n{ind(bj, 4)}\n  </form>\n{ind(ej, 2)}\n"
                f"  <ul aria-label=\"{lab}\">\n    {{«tags».map((tag) => (\n{ind(chip, 6)}\n    ))}}\n  </ul>\n</div>")
    ctx.texts.extend([dup, full, *pool])
    for t in pool:
        ctx.names.append(f"{rm} {t}")
    chips = role("listitem", desc="tags", parent=role("list", lab, desc=lab))
    pre = "Current tags: " + ", ".join(start) + f". At most {limit} tags are allowed."

    def add(r):
        new = r.choice(fresh)
        checks = [expect_count(chips, len(start) + 1, say=f"{len(start) + 1} tags are shown"),
                  expect_visible(role("button", f"{rm} {new}", desc=f"{rm} {new}", exact=True), say=f'"{new}" appears with a remove button'),
                  expect_value(floc, "", say="the field is cleared")]
        title = f"Add the tag \"{new}\""
        return [Case(title, title, [fill(floc, new), click(bloc)], checks, pre=pre)], [("field not cleared", f"«set:draft»({q * 2});\n«set:error»", "«set:error»")]

    def duplicate(r):
        t = start[0].lower() if r.random() < 0.5 else start[0]
        checks = [expect_text(eloc, dup, say=f'the error "{dup}" is shown'), expect_count(chips, len(start), say=f"still {len(start)} tags")]
        title = f"Adding \"{t}\" twice is rejected"
        muts = [("duplicates allowed", "if («tags».some(", "if (false && «tags».some(")]
        if t != start[0]:
            muts = [("duplicate check is case-sensitive", "t.toLowerCase() === tag.toLowerCase()", "t === tag")]
        return [Case(title, title, [fill(floc, t), click(bloc)], checks, pre=pre)], muts

    def limit_sc(r):
        extra = fresh[: limit - len(start) + 1]
        if len(extra) < limit - len(start) + 1:
            return None
        steps = []
        for x in extra:
            steps += [fill(floc, x), click(bloc)]
        checks = [expect_text(eloc, full, say=f'the error "{full}" is shown'), expect_count(chips, limit, say=f"{limit} tags are shown")]
        title = f"A {ctx.ent.one} in {d.brand} takes no more than {limit} tags"
        return [Case(title, title, steps, checks, pre=pre)], [("limit off by one", "«tags».length >= MAX_TAGS", "«tags».length > MAX_TAGS")]

    def remove(r):
        t = r.choice(start)
        title = f"Remove the tag \"{t}\""
        return [Case(title, title, [click(role("button", f"{rm} {t}", desc=f"the × on {t}", exact=True))],
                     [expect_count(chips, len(start) - 1), expect_hidden(role("button", f"{rm} {t}", desc=f"{rm} {t}", exact=True))], pre=pre)], \
            [("remove keeps the tag", "«tags».filter((t) => t !== tag)", "«tags».filter((t) => t !== tag || true)")]

    return Built(comp, [Sc("positive", add), Sc("negative", duplicate), Sc("negative", limit_sc), Sc("positive", remove)],
                 f"{d.title}: {ctx.ent.one} tags", rng.choice(["Tags", "Tag editor", f"{ctx.ent.One} labels"]))


# ---------------------------------------------------------------- checklist progress

@family("checklist_progress")
def checklist_progress(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    steps_ = lex.unique(lambda: rng.choice([f"Upload {lex.topic()} documents for {d.brand}", f"Confirm {lex.qualifier().lower()} email with {lex.first()}",
                                            f"Add {lex.topic()} details to the {ctx.ent.one}", f"Review {d.brand} {lex.topic()} policy",
                                            f"Invite {lex.person()}", f"Set up {lex.topic()} in {d.brand}"]), rng.randint(3, 5))
    steps_ = [s for s in steps_ if not any(s != o and s.lower() in o.lower() for o in steps_)]
    if len(steps_) < 3:
        raise ValueError("steps overlap")
    comp = Comp(ctx.screen_name("Checklist", "Onboarding", "GettingStarted", "Setup"), ctx.style)
    comp.consts.append("const STEPS = " + js_lit(steps_, ctx.style.quote) + ";")
    comp.state_var("done", "[]")
    comp.handler("toggle", "step", "«set:done»(«done».includes(step) ? «done».filter((s) => s !== step) : [...«done», step]);")
    fin = rng.choice([f"{d.brand} is ready to use", f"{ctx.ent.One} checklist complete", f"Your {ctx.ent.one} setup is complete", f"All {d.brand} steps done"])
    row = "<li key={step}>\n  <label>\n    <input type=\"checkbox\" checked={«done».includes(step)} onChange={() => «h:toggle»(step)} />\n    {step}\n  </label>\n</li>"
    if rng.random() < 0.5:
        row = comp.part(comp.name + "Step", row, ("step",))
    prog = rng.choice([f"{{«done».length}} of {{STEPS.length}} {ctx.ent.one} steps completed", f"{{«done».length}}/{{STEPS.length}} steps done in {d.brand}",
                       f"{d.brand} progress: {{«done».length}} of {{STEPS.length}}"])
    pj, ploc = output(ctx, "progress", "the progress text", prog, role_name="status", label=f"{ctx.ent.One} setup progress")
    ctid = ctx.tid("complete")
    fj = f'{{«done».length === STEPS.length && <p data-testid="{ctid}">{fin}</p>}}'
    comp.jsx = (f"<section>\n  <ul>\n    {{STEPS.map((step) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n{ind(pj, 2)}\n"
                f"  <progress value={{«done».length}} max={{STEPS.length}} />\n  {fj}\n</section>")
    ctx.names.extend(steps_)
    ctx.texts.append(fin)
    n = len(steps_)

    def ptext(k):
        return prog.replace("{«done».length}", str(k)).replace("{STEPS.length}", str(n))

    def some(r):
        k = r.randint(1, n - 1)
        picked = r.sample(steps_, k)
        acts = [check(role("checkbox", s, desc=s, noun="checkbox", exact=True)) for s in picked]
        title = f"Ticking {k} of {n} {d.brand} steps updates the progress"
        return [Case(title, title, acts, [expect_text(ploc, ptext(k))])], [("progress counts one less", "{«done».length}", "{Math.max(0, «done».length - 1)}")]

    def all_(r):
        acts = [check(role("checkbox", s, desc=s, noun="checkbox", exact=True)) for s in steps_]
        checks = [expect_text(ploc, ptext(n)), expect_text(by_testid(ctid, desc="the completion message"), fin, say=f'"{fin}" is shown')]
        title = f"Ticking every step shows \"{fin}\""
        return [Case(title, title, acts, checks)], [("completion never shown", "«done».length === STEPS.length &&", "«done».length > STEPS.length &&"),
                                                    ("completion text misspelt", fin, typo(fin))]

    def untick(r):
        s = r.choice(steps_)
        cb = role("checkbox", s, desc=s, noun="checkbox", exact=True)
        title = f"Ticking and unticking \"{s}\" leaves the progress at 0"
        return [Case(title, title, [check(cb), Act("uncheck", cb)], [Act("expect_unchecked", cb, say=f'"{s}" is unticked'), expect_text(ploc, ptext(0))])], \
            [("untick ignored", "«done».includes(step) ? «done».filter((s) => s !== step) : [...«done», step]", "[...«done», step]")]

    return Built(comp, [Sc("positive", some), Sc("positive", all_), Sc("negative", untick)], f"{d.title}: onboarding checklist",
                 rng.choice(["Checklist", "Getting started", f"{d.brand} setup"]))


# ---------------------------------------------------------------- favourites

@family("favorites")
def favorites(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = ctx.items(3, 5)
    ent = ctx.ent
    comp = Comp(ctx.screen_name("Favourites", "Saved", "Wishlist", "Shortlist"), ctx.style)
    comp.consts.append(items_const(ctx, "ENTRIES", items, fields=("id", "name")))
    comp.state_var("favs", "[]")
    comp.handler("toggle", "id", "«set:favs»(«favs».includes(id) ? «favs».filter((x) => x !== id) : [...«favs», id]);")
    verb, done_word = rng.choice([("Favourite", "Favourites"), ("Save", "Saved"), ("Star", "Starred"), ("Shortlist", "Shortlisted")])
    row = (f"<li key={{item.id}}>\n  <span>{{item.name}}</span>\n  <button type=\"button\" aria-pressed={{«favs».includes(item.id)}} aria-label={{`{verb} ${{item.name}}`}} onClick={{() => «h:toggle»(item.id)}}>\n"
           "    {«favs».includes(item.id) ? '★' : '☆'}\n  </button>\n</li>").replace("'", ctx.style.quote)
    if rng.random() < 0.55:
        row = comp.part(comp.name + "Item", row, ("item",))
    ctext = rng.choice([f"{done_word} {ent.many}: {{«favs».length}}", f"{done_word} in {ctx.domain.brand}: {{«favs».length}}",
                        f"{{«favs».length}} {low(done_word)} {ent.many}"])
    cj, cloc = output(ctx, "favorite count", "the counter", ctext, role_name="status", label=None)
    comp.jsx = f"<div>\n  <ul>\n    {{ENTRIES.map((item) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n{ind(cj, 2)}\n</div>"
    for it in items:
        ctx.names.append(f"{verb} {it['name']}")
        ctx.texts.append(it["name"])

    def ct(n):
        return ctext.replace("{«favs».length}", str(n))

    def btn(it):
        return role("button", f"{verb} {it['name']}", desc=f"the {verb.lower()} button of {it['name']}", exact=True)

    def two(r):
        a, b = r.sample(items, 2)
        checks = [expect_attr(btn(a), "aria-pressed", "true", say=f"{a['name']} is marked"), expect_attr(btn(b), "aria-pressed", "true", say=f"{b['name']} is marked"),
                  expect_text(cloc, ct(2))]
        title = f"{verb} {a['name']} and {b['name']}"
        return [Case(title, title, [click(btn(a)), click(btn(b))], checks)], [("pressed state not exposed", "aria-pressed={«favs».includes(item.id)}", "aria-pressed={false}")]

    def unmark(r):
        a = r.choice(items)
        title = f"Clicking {verb} on {a['name']} twice unmarks it"
        return [Case(title, title, [click(btn(a)), click(btn(a))], [expect_attr(btn(a), "aria-pressed", "false", say=f"{a['name']} is no longer marked"),
                                                                   expect_text(cloc, ct(0))])], \
            [("cannot unmark", "«favs».includes(id) ? «favs».filter((x) => x !== id) : [...«favs», id]", "[...«favs», id]")]

    def one(r):
        a = r.choice(items)
        title = f"{verb} only {a['name']}"
        return [Case(title, title, [click(btn(a))], [expect_text(cloc, ct(1)), expect_attr(btn(a), "aria-pressed", "true")])], [
            ("counter counts every item", "{«favs».length}", "{ENTRIES.length}")]

    return Built(comp, [Sc("positive", two), Sc("negative", unmark), Sc("positive", one)],
                 f"{ctx.domain.title}: favourite {ent.many}", f"{done_word} {ent.many}")


# ---------------------------------------------------------------- actions menu

@family("dropdown_menu")
def dropdown_menu(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    ent = ctx.ent
    from ..words import ACTION_VERB

    objects = [ent.one, ctx.lex.topic(), f"{ent.one} {rng.choice(['report', 'summary', 'history', 'owner'])}"]
    actions = ctx.lex.unique(lambda: f"{rng.choice(ACTION_VERB)} {rng.choice(objects)}", rng.randint(3, 5))
    actions = [a for a in actions if not any(a != o and a.lower() in o.lower() for o in actions)]
    if len(actions) < 3:
        raise ValueError("menu items overlap")
    comp = Comp(ctx.screen_name("Actions", "Toolbar", "Menu", "MoreMenu"), ctx.style)
    comp.consts.append("const ACTIONS = " + js_lit(actions, ctx.style.quote) + ";")
    comp.state_var("open", "false")
    comp.state_var("last", ctx.style.quote * 2)
    comp.handler("choose", "action", "«set:last»(action);\n«set:open»(false);")
    menu_t = rng.choice([f"{ent.One} actions", f"More {ent.one} actions", f"{d.brand} options", f"Actions for {ent.many}"])
    done = rng.choice(["{a} selected", "You chose {a}", "Last action: {a}", f"{d.brand} will {{a}}"])
    dj = done.replace("{a}", "{«last»}")
    item = "<li key={action} role=\"menuitem\" tabIndex={-1} onClick={() => «h:choose»(action)}>\n  {action}\n</li>"
    oj, oloc = output(ctx, "last action", "the status line", dj, role_name="status", cond="«last»")
    menu = "<ul role=\"menu\">\n  {ACTIONS.map((action) => (\n" + ind(item, 4) + "\n  ))}\n</ul>"
    if rng.random() < 0.5:
        menu = comp.part(comp.name + "List", menu)
    comp.jsx = (f"<div>\n  <button type=\"button\" aria-haspopup=\"menu\" aria-expanded={{«open»}} onClick={{() => «set:open»(!«open»)}}>\n    {menu_t}\n  </button>\n"
                f"  {{«open» && (\n{ind(menu, 4)}\n  )}}\n{ind(oj, 2)}\n</div>")
    ctx.names.append(menu_t)
    ctx.names.extend(actions)
    mb = role("button", menu_t, desc=menu_t, noun="button", exact=True)
    menu_loc = role("menu", desc="the menu")
    out = []
    for a0 in actions[:3]:
        def choose(r, a=a0):
            mi = role("menuitem", a, desc=a, noun="menu item", exact=True)
            msg = done.replace("{a}", a)
            title = f"Choose {a} from the {menu_t} menu"
            return [Case(title, title, [click(mb), click(mi)], [expect_text(oloc, msg, say=f'"{msg}" is shown'), expect_hidden(menu_loc, say="the menu closes")])], \
                [("menu stays open", "«set:last»(action);\n«set:open»(false);", "«set:last»(action);")]

        out.append(Sc("positive", choose))

    def lists(r):
        checks = [expect_visible(menu_loc, say="the menu opens"), expect_count(role("menuitem", desc="menu items"), len(actions), say=f"it lists {len(actions)} actions"),
                  expect_attr(mb, "aria-expanded", "true", say=f"{menu_t} is marked as expanded")]
        title = f"Opening {menu_t} lists all {len(actions)} actions"
        return [Case(title, title, [click(mb)], checks)], [("expanded state not exposed", "aria-expanded={«open»}", "aria-expanded={false}")]

    def toggle(r):
        title = f"Clicking {menu_t} twice closes the menu"
        return [Case(title, title, [click(mb), click(mb)], [expect_hidden(menu_loc, say="the menu is closed again")])], [
            ("menu never closes", "«set:open»(!«open»)", "«set:open»(true)")]

    out += [Sc("negative", lists), Sc("negative", toggle)]
    return Built(comp, out, f"{d.title}: {ent.one} actions menu", rng.choice(["Actions menu", f"{ent.One} toolbar"]))


# ---------------------------------------------------------------- date range

@family("date_range")
def date_range(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    rate = lex.price(2000, 60000)
    a_lab, b_lab = rng.choice([(f"Check-in at {d.brand}", f"Check-out from {d.brand}"), (f"{ctx.ent.One} start", f"{ctx.ent.One} end"),
                               (f"{ctx.ent.One} from", f"{ctx.ent.One} until"), (f"{lex.qualifier()} pick-up date", f"{lex.qualifier()} return date"),
                               (f"Arrival in {lex.city()}", f"Departure from {lex.city()}")])
    unit = rng.choice(["night", "day"])
    comp = Comp(ctx.screen_name("Dates", "DateRange", "Availability", "Booking"), ctx.style)
    comp.consts.append(f"const RATE_CENTS = {rate};")
    comp.consts.append("const DAY_MS = 24 * 60 * 60 * 1000;")
    fmt_name = rng.choice(["money", "formatCents"])
    comp.helpers.append(ctx.money_js(fmt_name))
    q = ctx.style.quote
    comp.state_var("start", q * 2)
    comp.state_var("end", q * 2)
    comp.derived.append("const days = «start» && «end» ? Math.round((new Date(«end») - new Date(«start»)) / DAY_MS) : 0;")
    err = rng.choice([f"{b_lab} must be after {low(a_lab)}", f"The {ctx.ent.one} must end after it starts", f"Choose a {b_lab.lower()} later than {low(a_lab)}"])
    ctx.texts.append(err)
    aj, aloc = text_field(ctx, a_lab, "start", type_="date", state="start", mode="for" if ctx.style.label != "wrap" else "wrap")
    bj, bloc = text_field(ctx, b_lab, "end", type_="date", state="end", mode="for" if ctx.style.label != "wrap" else "wrap")
    ej, eloc = output(ctx, "date error", "the error", err, role_name="alert", cond="«start» && «end» && days <= 0")
    stid = ctx.tid("summary")
    sj = (f"{{days > 0 && (\n  <p data-testid=\"{stid}\">\n    {{days}} {{days === 1 ? {js(ctx, unit)} : {js(ctx, unit + 's')}}}: {{{fmt_name}(days * RATE_CENTS)}}\n  </p>\n)}}")
    comp.jsx = "<div>\n" + ind("\n".join([aj, bj, ej, sj]), 2) + "\n</div>"
    sloc = by_testid(stid, desc="the summary")
    base = lex.date()
    b0 = dt.date.fromisoformat(base)
    pre = f"The rate is {ctx.money(rate)} per {unit}."

    def priced(r):
        n = r.randint(1, 9)
        e = (b0 + dt.timedelta(days=n)).isoformat()
        txt = f"{n} {unit if n == 1 else unit + 's'}: {ctx.money(n * rate)}"
        title = f"Choosing {n} {unit}{'s' if n > 1 else ''} from {base} shows the price"
        return [Case(title, title, [fill(aloc, base), fill(bloc, e)], [expect_text(sloc, txt, say=f'the summary reads "{txt}"')], pre=pre)], [
            ("one day too many", "Math.round((new Date(«end») - new Date(«start»)) / DAY_MS)", "Math.round((new Date(«end») - new Date(«start»)) / DAY_MS) + 1")]

    def before(r):
        n = r.choice([1, 2, 3, 7])
        e = (b0 - dt.timedelta(days=n)).isoformat()
        title = f"{b_lab} {n} day{'s' if n > 1 else ''} before {low(a_lab)} shows an error"
        return [Case(title, title, [fill(aloc, base), fill(bloc, e)], [expect_text(eloc, err, say=f'the error "{err}" is shown'),
                                                                      expect_hidden(sloc, say="no price is shown")], pre=pre)], [("error text misspelt", err, typo(err))]

    def same_day(r):
        title = f"{b_lab} on the same day as {low(a_lab)} is rejected"
        return [Case(title, title, [fill(aloc, base), fill(bloc, base)], [expect_text(eloc, err, say=f'the error "{err}" is shown')], pre=pre)], [
            ("same day allowed", "days <= 0", "days < 0")]

    return Built(comp, [Sc("positive", priced), Sc("negative", before), Sc("negative", same_day), Sc("positive", priced)],
                 f"{d.title}: date range and price", rng.choice(["Dates", f"{d.brand} booking dates"]))


# ---------------------------------------------------------------- character counter

@family("char_counter")
def char_counter(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    limit = rng.randint(4, 32) * 5
    comp = Comp(ctx.screen_name("Note", "Bio", "ReviewBox", "Comment"), ctx.style)
    lname = rng.choice(["LIMIT", "MAX_LENGTH", "MAX_CHARS"])
    comp.consts.append(f"const {lname} = {limit};")
    comp.state_var("text", ctx.style.quote * 2)
    comp.state_var("posted", "false")
    comp.derived.append(f"const left = {lname} - «text».length;")
    label = rng.choice([f"Note for the {ctx.ent.one}", f"{lex.qualifier()} comment", f"Your review of {lex.item()}", f"{ctx.ent.One} summary"])
    tj, tloc = textarea(ctx, label, "note", state="text")
    ctpl = rng.choice([f"{{left}} characters left for this {ctx.ent.one}", f"{{left}} of {limit} characters remaining", f"{{left}} {d.brand} characters left"])
    cj, cloc = output(ctx, "chars left", "the counter", ctpl, role_name="status", label=None, tag="p")
    post_t = rng.choice([f"Post to {d.brand}", f"Save {ctx.ent.one} note", f"Publish {ctx.ent.one} note", f"Post {low(label)}"])
    bj, bloc = button(ctx, post_t, "() => «set:posted»(true)", extra="disabled={left < 0 || «text».trim() === " + ctx.style.quote * 2 + "}")
    over = rng.choice([f"Too long for a {ctx.ent.one} note", f"Keep it under {limit} characters", f"That's too many characters for {d.brand}", f"{d.brand} notes are limited to {limit} characters"])
    ctx.texts.append(over)
    oj = f'{{left < 0 && <p role="alert">{over}</p>}}'
    posted = rng.choice([f"Posted on the {ctx.ent.one}", f"Saved to {d.brand}", f"Your {ctx.ent.one} note is live"])
    pj, ploc = output(ctx, "posted", "the confirmation", posted, role_name="status", force="testid", cond="«posted»")
    comp.jsx = "<div>\n" + ind("\n".join([tj, cj, oj, bj, pj]), 2) + "\n</div>"

    def ct(n):
        return ctpl.replace("{left}", str(n))

    def short_text(r):
        s = r.choice([f"{lex.item()} was great", f"Please check {lex.topic()} for {lex.first()}", f"Thanks {lex.first()}, all good"])
        return s[:limit]

    def counts(r):
        s = short_text(r)
        title = f"Typing {len(s)} characters into {low(label)} updates the counter"
        return [Case(title, title, [fill(tloc, s)], [expect_text(cloc, ct(limit - len(s))), expect_enabled(bloc)])], [
            ("counter off by one", f"const left = {lname} - «text».length;", f"const left = {lname} - «text».length - 1;")]

    def too_long(r):
        base = f"{lex.item()} and {lex.item()} and {lex.item()} " * 8
        s = base[: limit + r.randint(1, 5)]
        checks = [expect_text(cloc, ct(limit - len(s))), expect_visible(role("alert", desc="the warning"), say=f'the warning "{over}" is shown'),
                  expect_disabled(bloc)]
        title = f"{cap(label)} over {limit} characters cannot be posted"
        return [Case(title, title, [fill(tloc, s)], checks)], [("limit not enforced", "disabled={left < 0 ||", "disabled={left < -100 ||")]

    def post(r):
        s = short_text(r)
        title = f"Posting a short note shows \"{posted}\""
        return [Case(title, title, [fill(tloc, s), click(bloc)], [expect_text(ploc, posted, say=f'"{posted}" is shown')])], [
            ("post does nothing", "() => «set:posted»(true)", "() => «set:posted»(false)")]

    def empty(r):
        title = f"{post_t} is disabled while the note is empty"
        return [Case(title, title, [], [expect_disabled(bloc), expect_text(cloc, ct(limit))])], [
            ("empty note allowed", "«text».trim() === " + ctx.style.quote * 2 + "}", "false}")]

    return Built(comp, [Sc("positive", counts), Sc("negative", too_long), Sc("positive", post), Sc("negative", empty)],
                 f"{d.title}: note with a character limit", label)


# ---------------------------------------------------------------- preferences: select + checkboxes

@family("preferences_form")
def preferences_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    comp = Comp(ctx.screen_name("Preferences", "Options", "ProfileOptions", "Defaults"), ctx.style)
    choices = lex.unique(lambda: rng.choice([f"{lex.city()} branch", f"{lex.brand()} {rng.choice(['plan', 'team', 'desk', 'office'])}",
                                             f"{cap(lex.topic())} first at {lex.brand()}"]), 4)
    choices = [c for c in choices if not any(c != o and c.lower() in o.lower() for o in choices)]
    extras = lex.unique(lex.toggle_label, 3)
    extras = [e for e in extras if not any(e != o and e.lower() in o.lower() for o in extras + choices)]
    if len(choices) < 3 or len(extras) < 2:
        raise ValueError("options overlap")
    q = ctx.style.quote
    comp.state_var("choice", js(ctx, choices[0]))
    comp.state_var("picked", "[]")
    comp.state_var("summary", q * 2)
    comp.handler("toggle", "name", "«set:picked»(«picked».includes(name) ? «picked».filter((x) => x !== name) : [...«picked», name]);")
    none_t = rng.choice([f"no {ctx.ent.one} extras", "nothing else", f"no {d.brand} extras"])
    head = rng.choice(["Saved", f"{d.brand} will use", "Preferences saved"])
    comp.handler("save", "e", f"e.preventDefault();\nconst extras = «picked».length ? «picked».join({js(ctx, ', ')}) : {js(ctx, none_t)};\n"
                              f"«set:summary»(`{head}: ${{«choice»}} with ${{extras}}`);")
    sel_label = rng.choice([f"Preferred {lex.topic()}", f"Default {ctx.ent.one} location", f"{d.brand} home"])
    sj, sloc = select_field(ctx, sel_label, "choice", [(x, x) for x in choices], state="choice")
    comp.consts.append("const EXTRAS = " + js_lit(extras, q) + ";")
    boxes = "{EXTRAS.map((name) => (\n  <label key={name}>\n    <input type=\"checkbox\" checked={«picked».includes(name)} onChange={() => «h:toggle»(name)} />\n    {name}\n  </label>\n))}"
    bj, bloc = button(ctx, rng.choice([f"Save {d.brand} preferences", f"Save {ctx.ent.one} defaults", f"Update {ctx.ent.one} preferences"]), type_="submit")
    oj, oloc = output(ctx, "summary", "the summary", "{«summary»}", role_name="status", cond="«summary»")
    legend = rng.choice(["Extras", f"{ctx.ent.One} extras", "Also send me"])
    comp.jsx = f"<form onSubmit={{«h:save»}}>\n{ind(sj, 2)}\n  <fieldset>\n    <legend>{legend}</legend>\n{ind(boxes, 4)}\n  </fieldset>\n{ind(bj, 2)}\n{ind(oj, 2)}\n</form>"
    ctx.names.extend(extras + choices)

    def with_extras(r):
        c = r.choice(choices[1:])
        chosen = [o for o in extras if r.random() < 0.6] or [extras[0]]
        order = list(chosen)
        r.shuffle(order)
        steps = [select(sloc, c)] + [check(role("checkbox", o, desc=o, noun="checkbox", exact=True)) for o in order] + [click(bloc)]
        msg = f"{head}: {c} with {', '.join(order)}"
        title = f"Save {c} with {len(order)} extra option{'s' if len(order) > 1 else ''}"
        return [Case(title, title, steps, [expect_text(oloc, msg, say=f'the summary reads "{msg}"')])], [
            ("choice ignored", "${«choice»}", f"${{{js(ctx, choices[0])}}}")]

    def without(r):
        c = r.choice(choices[1:])
        msg = f"{head}: {c} with {none_t}"
        title = f"Saving {c} with no extra ticked says so"
        return [Case(title, title, [select(sloc, c), click(bloc)], [expect_text(oloc, msg, say=f'the summary reads "{msg}"')])], [
            ("empty extras wording wrong", js(ctx, none_t), js(ctx, typo(none_t)))]

    def default(r):
        msg = f"{head}: {choices[0]} with {none_t}"
        title = f"Saving without changes keeps {choices[0]}"
        return [Case(title, title, [click(bloc)], [expect_text(oloc, msg, say=f'the summary reads "{msg}"')])], [
            ("wrong default", f"«set:summary»(`{head}: ${{«choice»}}", f"«set:summary»(`{head}: ${{{js(ctx, choices[1])}}}")]

    return Built(comp, [Sc("positive", with_extras), Sc("negative", without), Sc("positive", default)],
                 f"{d.title}: preferences with a select and checkboxes", rng.choice(["Preferences", f"{d.brand} options"]))


# ---------------------------------------------------------------- add in a dialog

@family("modal_form")
def modal_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    items = ctx.items(2, 3)
    ent = ctx.ent
    comp = Comp(ctx.screen_name("Board", "ListEditor", "QuickAdd", "Register"), ctx.style)
    comp.consts.append(items_const(ctx, "SEED", items, fields=("id", "name")))
    q = ctx.style.quote
    comp.state_var("items", "SEED")
    comp.state_var("open", "false")
    comp.state_var("name", q * 2)
    comp.state_var("error", q * 2)
    req = rng.choice([f"{ent.One} name is required", f"Please enter a {ent.one} name", f"Give the {ent.one} a name first",
                      f"{d.brand} needs a name for the {ent.one}"])
    comp.handler("save", "", f"if (!«name».trim()) {{\n  «set:error»({js(ctx, req)});\n  return;\n}}\n"
                             f"«set:items»([...«items», {{ id: «items».length + 1, name: «name».trim() }}]);\n«set:name»({q * 2});\n«set:error»({q * 2});\n«set:open»(false);")
    open_t = rng.choice([f"New {ctx.lex.qualifier().lower()} {ent.one}", f"Add {ent.one} to {d.brand}", f"Add a {d.brand} {ent.one}"])
    oj, oloc = button(ctx, open_t, "() => «set:open»(true)")
    fj, floc = text_field(ctx, rng.choice([f"{ctx.lex.qualifier()} {ent.one} name", f"Name of the {d.brand} {ent.one}", f"{d.brand} {ent.one} title"]), "item-name",
                          state="name", mode="for", role_ok=False)
    save_t = rng.choice([f"Save {ent.one} to {d.brand}", f"Add to {d.brand}", f"Create {d.brand} {ent.one}"])
    sj, _sloc = button(ctx, save_t, "«h:save»")
    cancel_t = rng.choice([f"Cancel new {ent.one}", f"Close {d.brand} without saving", f"Discard {ent.one}"])
    cj, _cloc = button(ctx, cancel_t, "() => «set:open»(false)")
    title = rng.choice([f"{open_t}", f"Create a {ent.one}"])
    dlg = (f"<div role=\"dialog\" aria-modal=\"true\" aria-label=\"{title}\">\n{ind(fj, 2)}\n"
           f"  {{«error» && <p role=\"alert\">{{«error»}}</p>}}\n{ind(sj, 2)}\n{ind(cj, 2)}\n</div>")
    if rng.random() < 0.5:
        dlg = comp.part(comp.name + "Dialog", dlg)
    comp.jsx = f"<section>\n{ind(oj, 2)}\n  <ul>\n    {{«items».map((item) => (\n      <li key={{item.id}}>{{item.name}}</li>\n    ))}}\n  </ul>\n  {{«open» && (\n{ind(dlg, 4)}\n  )}}\n</section>"
    ctx.texts.append(req)
    ctx.texts.extend(it["name"] for it in items)
    dialog = role("dialog", title, desc="the dialog", exact=True)
    lis = role("listitem", desc="entries")
    floc.parent = None
    sl = role("button", save_t, desc=save_t, noun="button", parent=dialog, exact=True)
    cl = role("button", cancel_t, desc=cancel_t, noun="button", parent=dialog, exact=True)
    pre = f"The list holds {', '.join(it['name'] for it in items)}."

    def add(r):
        new = ctx.lex.item()
        ctx.texts.append(new)
        steps = [click(oloc), fill(floc, new), click(sl)]
        checks = [expect_hidden(dialog, say="the dialog closes"), expect_count(lis, len(items) + 1, say=f"{len(items) + 1} {ent.many} are listed"),
                  expect_text(role("listitem", desc="the last entry", refine=".last"), new, say=f'the last entry is "{new}"')]
        t = f"Add \"{new}\" from the dialog"
        return [Case(t, t, steps, checks, pre=pre)], [("dialog stays open", "«set:error»(" + q * 2 + ");\n«set:open»(false);", "«set:error»(" + q * 2 + ");")]

    def empty(r):
        checks = [expect_text(role("alert", desc="the error", parent=dialog), req, say=f'the error "{req}" is shown'),
                  expect_visible(dialog, say="the dialog stays open"), expect_count(lis, len(items), say="nothing is added")]
        t = f"Empty {ent.one} name in the {title} dialog is rejected"
        return [Case(t, t, [click(oloc), click(sl)], checks, pre=pre)], [("error text misspelt", js(ctx, req), js(ctx, typo(req)))]

    def cancel(r):
        new = ctx.lex.item()
        t = f"{cancel_t} closes the dialog without adding {new}"
        return [Case(t, t, [click(oloc), fill(floc, new), click(cl)], [expect_hidden(dialog), expect_count(lis, len(items))], pre=pre)], [
            ("cancel keeps the dialog open", "() => «set:open»(false)", "() => «set:open»(true)")]

    return Built(comp, [Sc("positive", add), Sc("negative", empty), Sc("negative", cancel)], f"{d.title}: add a {ent.one} in a dialog", ent.Many)


# ---------------------------------------------------------------- dismissible alerts

@family("alert_dismiss")
def alert_dismiss(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    ent = ctx.ent

    def note():
        return rng.choice([f"{ent.One} {lex.code()} is overdue", f"{lex.person()} updated {lex.item()}", f"{lex.topic().capitalize()} review due on {lex.date_text(lex.date())}",
                           f"{rng.randint(2, 30)} {ent.many} need your attention", f"Payment of {ctx.money(lex.price())} received from {lex.person()}",
                           f"{d.brand} maintenance on {lex.date_text(lex.date())}"])

    notes = lex.unique(note, rng.randint(3, 4))
    notes = [n for n in notes if not any(n != o and n.lower() in o.lower() for o in notes)]
    if len(notes) < 3:
        raise ValueError("notes overlap")
    comp = Comp(ctx.screen_name("Notifications", "Alerts", "Inbox", "Banner"), ctx.style)
    comp.consts.append("const NOTES = [\n" + "\n".join("  " + js_lit({"id": i + 1, "text": t}, ctx.style.quote) + "," for i, t in enumerate(notes)) + "\n];")
    comp.state_var("notes", "NOTES")
    dis = rng.choice(["Dismiss", "Close", "Hide"])
    row = (f"<div key={{n.id}} role=\"alert\">\n  <span>{{n.text}}</span>\n  <button type=\"button\" aria-label={{`{dis} ${{n.text}}`}} onClick={{() => «set:notes»(«notes».filter((x) => x.id !== n.id))}}>\n    ×\n  </button>\n</div>")
    if rng.random() < 0.5:
        row = comp.part(comp.name + "Item", row, ("n",))
    none = rng.choice([f"No {ent.one} notifications", f"You're all caught up on {ent.many}", f"Nothing new in {d.brand}", f"No {ent.one} alerts right now"])
    comp.jsx = (f"<section>\n  {{«notes».map((n) => (\n{ind(row, 4)}\n  ))}}\n  {{«notes».length === 0 && <p>{none}</p>}}\n</section>")
    for t in notes:
        ctx.names.append(f"{dis} {t}")
        ctx.texts.append(t)
    ctx.texts.append(none)
    alerts = role("alert", desc="notifications")
    pre = "Notifications shown: " + "; ".join(notes) + "."

    def one(r):
        t = r.choice(notes)
        b = role("button", f"{dis} {t}", desc=f"the × on \"{t}\"", exact=True)
        title = f"Dismiss \"{t}\""
        return [Case(title, title, [click(b)], [expect_count(alerts, len(notes) - 1, say=f"{len(notes) - 1} notifications remain"),
                                               expect_hidden(by_text(t, desc=t, exact=True), say=f'"{t}" is gone')], pre=pre)], [
            ("dismiss removes the wrong one", "«notes».filter((x) => x.id !== n.id)", "«notes».filter((x) => x.id === n.id)")]

    def all_(r):
        steps = [Act("click", role("button", f"{dis} {x}", desc=f"the × on \"{x}\"", exact=True), say=f"Dismiss \"{x}\"") for x in notes]
        title = f"{d.brand} shows \"{none}\" once every notification is dismissed"
        return [Case(title, title, steps, [expect_count(alerts, 0, say="no notification is left"), expect_visible(by_text(none, desc=none), say=f'"{none}" is shown')], pre=pre)], \
            [("empty message missing", "«notes».length === 0 &&", "«notes».length < 0 &&")]

    def listed(r):
        title = f"All {len(notes)} {d.brand} notifications are shown"
        return [Case(title, title, [], [expect_count(alerts, len(notes)), Act("expect_contains", alerts, list(notes), say="they read " + quoted_list(notes))], pre=pre)], \
            [("first notification hidden", "«notes».map((n) =>", "«notes».slice(1).map((n) =>")]

    return Built(comp, [Sc("positive", one), Sc("negative", all_), Sc("positive", listed)], f"{d.title}: dismissible notifications",
                 rng.choice(["Notifications", f"{d.brand} alerts"]))
