"""More screens: promo code, shipping options, rating, tags, checklist progress, favourites,
actions menu, date range, character counter, password visibility, master-detail,
preferences (select + checkboxes + radios), add-in-a-dialog and dismissible alerts."""

from __future__ import annotations

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
from ..generator import Built, Ctx, family
from ..widgets import button, js, output, select_field, text_field, textarea
from .common import cap, fmt, ind, items_const, pick_items, plural, screen_name, singular, typo

# ---------------------------------------------------------------- promo code

@family("coupon")
def coupon(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    sub = rng.choice([4000, 5999, 8250, 12000, 15480, 2599])
    code, pct = rng.choice(d.codes)
    comp = Comp(screen_name(ctx, "order summary", "checkout summary", f"{d.prefixes[1]} checkout", "promo code"), ctx.style)
    comp.consts.append(f"const SUBTOTAL_CENTS = {sub};")
    comp.consts.append(f"const CODES = {js_lit({code: pct}, ctx.style.quote)};")
    comp.helpers.append(f"function money(cents) {{\n  return {js(ctx, d.currency)} + (cents / 100).toFixed(2);\n}}")
    q = ctx.style.quote
    comp.state_var("code", q * 2)
    comp.state_var("percent", "0")
    comp.state_var("error", q * 2)
    bad_msg = rng.choice(["Invalid promo code", "This code is not valid", "Code not recognised", "Sorry, that code has expired or does not exist"])
    ok_fmt = rng.choice(["{code} applied: {pct}% off", "Promo {code} applied", "You saved {pct}% with {code}"])
    ok_js = "`" + ok_fmt.replace("{code}", "${key}").replace("{pct}", "${CODES[key]}") + "`"
    comp.state_var("notice", q * 2)
    case_ins = rng.random() < 0.6
    norm = ".trim().toUpperCase()" if case_ins else ".trim()"
    comp.handler("apply", "", f"const key = «code»{norm};\nif (!CODES[key]) {{\n  «set:percent»(0);\n  «set:notice»({q * 2});\n  «set:error»({js(ctx, bad_msg)});\n  return;\n}}\n"
                              f"«set:percent»(CODES[key]);\n«set:error»({q * 2});\n«set:notice»({ok_js});")
    comp.derived.append("const discount = Math.round((SUBTOTAL_CENTS * «percent») / 100);")
    comp.derived.append("const total = SUBTOTAL_CENTS - discount;")
    label = rng.choice(["Promo code", "Discount code", "Coupon", "Voucher code"])
    fj, floc = text_field(ctx, label, "promo", state="code")
    apply_t = rng.choice(["Apply", "Apply code", "Redeem"])
    bj, bloc = button(ctx, apply_t, "«h:apply»")
    ej, eloc = output(ctx, "promo error", "the error", "{«error»}", role_name="alert", cond="«error»")
    nj, nloc = output(ctx, "promo notice", "the confirmation", "{«notice»}", role_name="status", cond="«notice»")
    tid = ctx.style.testids
    total_loc = by_testid("total", desc="the total") if tid else by_label("Total to pay", desc="the total")
    total_attr = 'data-testid="total"' if tid else 'aria-label="Total to pay"'
    ctx.names.append("Total to pay")
    summary = (f"<dl>\n  <dt>Subtotal</dt>\n  <dd>{{money(SUBTOTAL_CENTS)}}</dd>\n  <dt>Discount</dt>\n  <dd>-{{money(discount)}}</dd>\n"
               f"  <dt>Total</dt>\n  <dd {total_attr}>{{money(total)}}</dd>\n</dl>")
    comp.jsx = "<section>\n" + ind("\n".join([f"<h2>{rng.choice(['Order summary', 'Checkout', 'Your order'])}</h2>", summary, fj, bj, ej, nj]), 2) + "\n</section>"
    ctx.texts.extend([bad_msg, "Subtotal", "Discount", "Total"])
    disc = (sub * pct + 50) // 100
    pre = f"The order subtotal is {fmt(ctx, sub)}. Valid code: {code} ({pct}% off)."
    cases = []
    if ctx.kind == "positive":
        typed = code.lower() if case_ins and rng.random() < 0.5 else code
        msg = ok_fmt.replace("{code}", code).replace("{pct}", str(pct))
        checks = [expect_text(nloc, msg, say=f'the message "{msg}" is shown'),
                  expect_text(total_loc, fmt(ctx, sub - disc), say=f"the total is {fmt(ctx, sub - disc)}")]
        cases.append(Case(f"apply {code}", f"Apply the promo code {typed}", [fill(floc, typed), click(bloc)], checks, pre=pre))
        muts = [("discount applied twice", "const total = SUBTOTAL_CENTS - discount;", "const total = SUBTOTAL_CENTS - discount * 2;")]
        if typed != code:
            muts.append(("code is case-sensitive", norm + ";", ".trim();"))
    else:
        bad = rng.choice(["SAVE99", "FREE", "XMAS", "TEST123", code[:-1]])
        checks = [expect_text(eloc, bad_msg, say=f'the error "{bad_msg}" is shown'),
                  expect_text(total_loc, fmt(ctx, sub), say=f"the total stays {fmt(ctx, sub)}")]
        cases.append(Case("invalid code is rejected", "An unknown promo code is rejected", [fill(floc, bad), click(bloc)], checks, pre=pre))
        muts = [("error text misspelt", js(ctx, bad_msg), js(ctx, typo(bad_msg)))]
    return Built(comp, cases, f"{d.title}: promo code on the order summary", rng.choice(["Order summary", "Checkout"]), muts)


# ---------------------------------------------------------------- shipping options

@family("shipping_options")
def shipping_options(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    base = rng.choice([2500, 4999, 7200, 10900])
    opts = rng.choice([[("Standard", 0), ("Express", 999), ("Next day", 1999)],
                       [("Pick up in store", 0), ("Home delivery", 499)],
                       [("Economy", 299), ("Standard", 599), ("Priority", 1299)]])
    comp = Comp(screen_name(ctx, "delivery options", "shipping method", f"{d.prefixes[0]} delivery"), ctx.style)
    comp.consts.append("const OPTIONS = [\n" + "\n".join("  " + js_lit({"id": n.lower().replace(" ", "-"), "label": n, "price": c}, ctx.style.quote) + ","
                                                        for n, c in opts) + "\n];")
    comp.consts.append(f"const ITEMS_CENTS = {base};")
    comp.helpers.append(f"function money(cents) {{\n  return cents === 0 ? {js(ctx, 'Free')} : {js(ctx, d.currency)} + (cents / 100).toFixed(2);\n}}")
    comp.state_var("method", "OPTIONS[0].id")
    comp.derived.append("const chosen = OPTIONS.find((o) => o.id === «method»);")
    radio = ("<label key={o.id}>\n  <input\n    type=\"radio\"\n    name=\"shipping\"\n    value={o.id}\n    aria-label={o.label}\n"
             "    checked={«method» === o.id}\n    onChange={() => «set:method»(o.id)}\n  />\n  {o.label} ({money(o.price)})\n</label>")
    legend = rng.choice(["Delivery", "Shipping method", "How should we deliver?"])
    tj, tloc = output(ctx, "order total", "the order total", "Total: {money(ITEMS_CENTS + chosen.price)}", role_name="status", label="Order total")
    comp.jsx = (f"<form>\n  <fieldset>\n    <legend>{legend}</legend>\n    {{OPTIONS.map((o) => (\n{ind(radio, 6)}\n    ))}}\n  </fieldset>\n"
                f"  <p>Items: {{money(ITEMS_CENTS)}}</p>\n{ind(tj, 2)}\n</form>")

    def lab(n, c):
        return f"{n} ({'Free' if c == 0 else fmt(ctx, c)})"

    ctx.names.extend(n for n, _ in opts)
    n, c = rng.choice(opts[1:])
    rl = role("radio", n, desc=lab(n, c), noun="option")
    pre = f"Items cost {fmt(ctx, base)}. Options: " + ", ".join(lab(x, y) for x, y in opts) + "."
    if ctx.kind == "positive":
        checks = [expect_checked(rl, say=f"{n} is selected"), expect_text(tloc, f"Total: {fmt(ctx, base + c)}")]
        cases = [Case(f"choose {n}", f"Choosing {n} updates the total", [click(rl)], checks, pre=pre)]
        muts = [("total ignores shipping", "ITEMS_CENTS + chosen.price", "ITEMS_CENTS")]
    else:
        n0, c0 = opts[0]
        r0 = role("radio", n0, desc=lab(n0, c0), noun="option")
        checks = [expect_checked(r0, say=f"{n0} is selected by default"), expect_text(tloc, f"Total: {fmt(ctx, base + c0)}")]
        steps = [click(rl), click(r0)] if rng.random() < 0.5 else []
        cases = [Case(f"{n0} is the default", f"{n0} is selected by default" if not steps else f"Switching back to {n0} restores the total",
                      steps, checks, pre=pre)]
        muts = [("wrong default", "useState(OPTIONS[0].id)" if not ctx.style.is_class else "method: OPTIONS[0].id",
                 "useState(OPTIONS[1].id)" if not ctx.style.is_class else "method: OPTIONS[1].id")] if not steps else \
               [("total stuck on the first choice", "const chosen = OPTIONS.find((o) => o.id === «method»);", "const chosen = OPTIONS[1];")]
        if not steps and ctx.style.react_import == "default" and not ctx.style.is_class:
            muts = [("wrong default", "React.useState(OPTIONS[0].id)", "React.useState(OPTIONS[1].id)")]
    return Built(comp, cases, f"{d.title}: delivery options and total", rng.choice(["Delivery options", "Checkout - delivery"]), muts)


# ---------------------------------------------------------------- rating

@family("rating")
def rating(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    comp = Comp(screen_name(ctx, "rate your visit", f"{d.prefixes[0]} review", "feedback rating"), ctx.style)
    comp.state_var("stars", "0")
    comp.state_var("sent", "false")
    legend = rng.choice(["Rate your visit", f"How was your {singular(ctx)}?", "Your rating"])
    unit = rng.choice(["star", "point"])
    radio = ("<label key={n}>\n  <input type=\"radio\" name=\"rating\" checked={«stars» === n} onChange={() => «set:stars»(n)} />\n"
             f"  {{n}} {{n === 1 ? {js(ctx, unit)} : {js(ctx, unit + 's')}}}\n</label>")
    send_t = rng.choice(["Send rating", "Submit", "Send feedback"])
    bj, bloc = button(ctx, send_t, "() => «set:sent»(true)", extra="disabled={«stars» === 0}")
    thanks = rng.choice(["Thanks for rating us {n} {u}!", "You rated {n} {u}. Thank you!", "Thank you! Your rating: {n} {u}"])
    tj = thanks.replace("{n}", "{«stars»}").replace("{u}", "{«stars» === 1 ? " + js(ctx, unit) + " : " + js(ctx, unit + "s") + "}")
    oj, oloc = output(ctx, "thanks", "the thank-you message", tj, role_name="status", cond="«sent»")
    comp.jsx = (f"<div>\n  <fieldset>\n    <legend>{legend}</legend>\n    {{[1, 2, 3, 4, 5].map((n) => (\n{ind(radio, 6)}\n    ))}}\n  </fieldset>\n"
                f"{ind(bj, 2)}\n{ind(oj, 2)}\n</div>")
    for k in range(1, 6):
        ctx.names.append(f"{k} {unit}{'s' if k > 1 else ''}")
    k = rng.randint(1, 5)
    r = role("radio", f"{k} {unit}{'s' if k > 1 else ''}", desc=f"{k} {unit}{'s' if k > 1 else ''}", noun="option", exact=True)
    if ctx.kind == "positive":
        msg = thanks.replace("{n}", str(k)).replace("{u}", unit if k == 1 else unit + "s")
        cases = [Case(f"rate {k}", f"Send a rating of {k}", [click(r), click(bloc)], [expect_text(oloc, msg, say=f'the message "{msg}" is shown')])]
        muts = [("rating off by one", "onChange={() => «set:stars»(n)}", "onChange={() => «set:stars»(n - 1 || 1)}") if k > 1 else
                ("singular not handled", f"«stars» === 1 ? {js(ctx, unit)}", f"«stars» === 0 ? {js(ctx, unit)}")]
    else:
        cases = [Case("send disabled until a rating is chosen", f"{send_t} is disabled until a rating is chosen", [],
                      [expect_disabled(bloc), expect_hidden(oloc, say="no thank-you message is shown")])]
        muts = [("send always enabled", "disabled={«stars» === 0}", "disabled={false}")]
        if rng.random() < 0.5:
            cases[0].checks.append(Act("expect_enabled", bloc, say=f"after choosing {k}, {send_t} is enabled"))
            cases[0].steps = []
            cases[0].checks.insert(2, Act("click", r, say=f"choose {k}"))
            cases[0].steps, cases[0].checks = cases[0].checks[:2], cases[0].checks[2:]
            cases[0].steps = [Act(a.kind, a.loc, a.value, a.say) for a in cases[0].steps]
    return Built(comp, cases, f"{d.title}: rating widget", rng.choice(["Rating", "Feedback"]), muts)


# ---------------------------------------------------------------- tags

@family("tag_input")
def tag_input(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    cats = sorted({it[2] for it in d.items})
    start = rng.sample(cats, min(2, len(cats)))
    limit = rng.choice([3, 4, 5])
    comp = Comp(screen_name(ctx, "tag editor", f"{d.prefixes[0]} labels", "keyword picker"), ctx.style)
    comp.consts.append(f"const MAX_TAGS = {limit};")
    comp.state_var("tags", js_lit(start, ctx.style.quote))
    comp.state_var("draft", ctx.style.quote * 2)
    comp.state_var("error", ctx.style.quote * 2)
    dup = rng.choice(["That tag is already added", "Duplicate tag", "Tag already exists"])
    full = rng.choice([f"You can add up to {limit} tags", f"Maximum {limit} tags", "Too many tags"])
    q = ctx.style.quote
    comp.handler("add", "e", f"e.preventDefault();\nconst tag = «draft».trim();\nif (!tag) return;\n"
                             f"if («tags».some((t) => t.toLowerCase() === tag.toLowerCase())) {{\n  «set:error»({js(ctx, dup)});\n  return;\n}}\n"
                             f"if («tags».length >= MAX_TAGS) {{\n  «set:error»({js(ctx, full)});\n  return;\n}}\n"
                             f"«set:tags»([...«tags», tag]);\n«set:draft»({q * 2});\n«set:error»({q * 2});")
    comp.handler("remove", "tag", "«set:tags»(«tags».filter((t) => t !== tag));")
    fj, floc = text_field(ctx, rng.choice(["Add tag", "New tag", "Tag"]), "tag", state="draft", role_ok=False)
    bj, bloc = button(ctx, "Add", type_="submit")
    ej, eloc = output(ctx, "tag error", "the error", "{«error»}", role_name="alert", cond="«error»")
    chip = "<li key={tag}>\n  {tag}\n  <button type=\"button\" aria-label={`Remove ${tag}`} onClick={() => «h:remove»(tag)}>\n    ×\n  </button>\n</li>"
    lab = rng.choice(["Tags", "Selected tags", "Labels"])
    comp.jsx = (f"<div>\n  <form onSubmit={{«h:add»}}>\n{ind(fj, 4)}\n{ind(bj, 4)}\n  </form>\n{ind(ej, 2)}\n"
                f"  <ul aria-label=\"{lab}\">\n    {{«tags».map((tag) => (\n{ind(chip, 6)}\n    ))}}\n  </ul>\n</div>")
    ctx.texts.extend([dup, full])
    chips = role("listitem", desc="tags", parent=role("list", lab, desc=lab))
    pre = "Current tags: " + ", ".join(start) + f". At most {limit} tags are allowed."
    new = rng.choice(["Urgent", "Sale", "New", "VIP", "Follow-up", "Seasonal"])
    if ctx.kind == "positive":
        checks = [expect_count(chips, len(start) + 1, say=f"{len(start) + 1} tags are shown"), expect_visible(role("button", f"Remove {new}", desc=f"Remove {new}"), say=f'"{new}" appears with a remove button'),
                  expect_value(floc, "", say="the field is cleared")]
        cases = [Case(f"add tag {new}", f"Add the tag \"{new}\"", [fill(floc, new), click(bloc)], checks, pre=pre)]
        muts = [("field not cleared", f"«set:draft»({q * 2});\n«set:error»", "«set:error»")]
    elif rng.random() < 0.6:
        t = start[0].lower() if rng.random() < 0.5 else start[0]
        checks = [expect_text(eloc, dup, say=f'the error "{dup}" is shown'), expect_count(chips, len(start), say=f"still {len(start)} tags")]
        cases = [Case("duplicate tag rejected", f"Adding \"{t}\" twice is rejected", [fill(floc, t), click(bloc)], checks, pre=pre)]
        muts = [("duplicates allowed", "if («tags».some(", "if (false && «tags».some(")]
        if t != start[0]:
            muts = [("duplicate check is case-sensitive", "t.toLowerCase() === tag.toLowerCase()", "t === tag")]
    else:
        extra = ["Urgent", "Sale", "New", "VIP", "Seasonal"][: limit - len(start) + 1]
        steps = []
        for x in extra:
            steps += [fill(floc, x), click(bloc)]
        checks = [expect_text(eloc, full, say=f'the error "{full}" is shown'), expect_count(chips, limit, say=f"{limit} tags are shown")]
        cases = [Case("tag limit enforced", f"No more than {limit} tags can be added", steps, checks, pre=pre)]
        muts = [("limit off by one", "«tags».length >= MAX_TAGS", "«tags».length > MAX_TAGS")]
    return Built(comp, cases, f"{d.title}: tags", rng.choice(["Tags", "Tag editor"]), muts)


# ---------------------------------------------------------------- checklist progress

@family("checklist_progress")
def checklist_progress(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    steps_ = rng.choice([["Upload ID", "Confirm email", "Add payment method", "Set a password"],
                         ["Read the guide", "Fill in the form", "Sign the agreement"],
                         ["Pack documents", "Book transport", "Print tickets", "Check in online", "Charge phone"]])
    rng.shuffle(steps_)
    comp = Comp(screen_name(ctx, "onboarding checklist", f"{d.prefixes[0]} checklist", "getting started"), ctx.style)
    comp.consts.append("const STEPS = " + js_lit(steps_, ctx.style.quote) + ";")
    comp.state_var("done", "[]")
    comp.handler("toggle", "step", "«set:done»(«done».includes(step) ? «done».filter((s) => s !== step) : [...«done», step]);")
    fin = rng.choice(["All done!", "Checklist complete", "You're ready to go"])
    row = "<li key={step}>\n  <label>\n    <input type=\"checkbox\" checked={«done».includes(step)} onChange={() => «h:toggle»(step)} />\n    {step}\n  </label>\n</li>"
    pj, ploc = output(ctx, "progress", "the progress text", "{«done».length} of {STEPS.length} completed", role_name="status", label="Progress")
    fj = f'{{«done».length === STEPS.length && <p data-testid="complete">{fin}</p>}}'
    comp.jsx = (f"<section>\n  <ul>\n    {{STEPS.map((step) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n{ind(pj, 2)}\n"
                f"  <progress value={{«done».length}} max={{STEPS.length}} />\n  {fj}\n</section>")
    ctx.names.extend(steps_)
    ctx.texts.append(fin)
    n = len(steps_)
    if ctx.kind == "positive":
        k = rng.randint(1, n)
        picked = steps_[:k]
        acts = [check(role("checkbox", s, desc=s, noun="checkbox")) for s in picked]
        checks = [expect_text(ploc, f"{k} of {n} completed")]
        if k == n:
            checks.append(expect_text(by_testid("complete", desc="the completion message"), fin, say=f'"{fin}" is shown'))
        cases = [Case(f"tick {k} steps", f"Ticking {k} of {n} steps updates the progress", acts, checks)]
        muts = [("progress counts one less", "{«done».length} of", "{Math.max(0, «done».length - 1)} of")]
    else:
        s = rng.choice(steps_)
        cb = role("checkbox", s, desc=s, noun="checkbox")
        checks = [Act("expect_unchecked", cb, say=f'"{s}" is unticked'), expect_text(ploc, f"0 of {n} completed")]
        cases = [Case("untick restores progress", f"Ticking and unticking \"{s}\" leaves the progress at 0", [check(cb), Act("uncheck", cb)], checks)]
        muts = [("untick ignored", "«done».includes(step) ? «done».filter((s) => s !== step) : [...«done», step]", "[...«done», step]")]
    return Built(comp, cases, f"{d.title}: onboarding checklist", rng.choice(["Checklist", "Getting started"]), muts)


# ---------------------------------------------------------------- favourites

@family("favorites")
def favorites(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = pick_items(ctx, 3, 5)
    pl = plural(ctx)
    comp = Comp(screen_name(ctx, f"{pl} favorites", f"saved {pl}", f"{ctx.domain.prefixes[0]} wishlist"), ctx.style)
    comp.consts.append(items_const(ctx, "ENTRIES", items, fields=("id", "name")))
    comp.state_var("favs", "[]")
    comp.handler("toggle", "id", "«set:favs»(«favs».includes(id) ? «favs».filter((x) => x !== id) : [...«favs», id]);")
    verb = rng.choice(["Favorite", "Save", "Star"])
    row = (f"<li key={{item.id}}>\n  <span>{{item.name}}</span>\n  <button type=\"button\" aria-pressed={{«favs».includes(item.id)}} aria-label={{`{verb} ${{item.name}}`}} onClick={{() => «h:toggle»(item.id)}}>\n"
           "    {«favs».includes(item.id) ? '★' : '☆'}\n  </button>\n</li>").replace("'", ctx.style.quote)
    cj, cloc = output(ctx, "favorite count", "the counter", f"{verb}d: {{«favs».length}}" if verb != "Star" else "Starred: {«favs».length}",
                      role_name="status", label=None)
    label_done = f"{verb}d" if verb != "Star" else "Starred"
    comp.jsx = f"<div>\n  <ul>\n    {{ENTRIES.map((item) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n{ind(cj, 2)}\n</div>"
    for it in items:
        ctx.names.append(f"{verb} {it['name']}")
        ctx.texts.append(it["name"])
    a, b = rng.sample(items, 2)
    ba = role("button", f"{verb} {a['name']}", desc=f"the {verb.lower()} button of {a['name']}")
    bb = role("button", f"{verb} {b['name']}", desc=f"the {verb.lower()} button of {b['name']}")
    if ctx.kind == "positive":
        checks = [expect_attr(ba, "aria-pressed", "true", say=f"{a['name']} is marked"), expect_attr(bb, "aria-pressed", "true", say=f"{b['name']} is marked"),
                  expect_text(cloc, f"{label_done}: 2")]
        cases = [Case("mark two", f"{verb} {a['name']} and {b['name']}", [click(ba), click(bb)], checks)]
        muts = [("pressed state not exposed", "aria-pressed={«favs».includes(item.id)}", "aria-pressed={false}")]
    else:
        checks = [expect_attr(ba, "aria-pressed", "false", say=f"{a['name']} is no longer marked"), expect_text(cloc, f"{label_done}: 0")]
        cases = [Case("second click unmarks", f"Clicking {verb} on {a['name']} twice unmarks it", [click(ba), click(ba)], checks)]
        muts = [("cannot unmark", "«favs».includes(id) ? «favs».filter((x) => x !== id) : [...«favs», id]", "[...«favs», id]")]
    return Built(comp, cases, f"{ctx.domain.title}: favourite {pl}", f"Saved {pl}", muts)


# ---------------------------------------------------------------- actions menu

@family("dropdown_menu")
def dropdown_menu(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    ent = singular(ctx)
    actions = rng.sample(["Edit", "Duplicate", "Archive", "Share", "Export", "Print", "Rename"], rng.randint(3, 4))
    comp = Comp(screen_name(ctx, f"{ent} actions", f"{d.prefixes[0]} toolbar", "actions menu"), ctx.style)
    comp.consts.append("const ACTIONS = " + js_lit(actions, ctx.style.quote) + ";")
    comp.state_var("open", "false")
    comp.state_var("last", ctx.style.quote * 2)
    comp.handler("choose", "action", "«set:last»(action);\n«set:open»(false);")
    menu_t = rng.choice(["Actions", "More", "Options"])
    done = rng.choice(["{a} selected", "You chose {a}", "Last action: {a}"])
    dj = done.replace("{a}", "{«last»}")
    item = "<li key={action} role=\"menuitem\" tabIndex={-1} onClick={() => «h:choose»(action)}>\n  {action}\n</li>"
    oj, oloc = output(ctx, "last action", "the status line", dj, role_name="status", cond="«last»")
    comp.jsx = (f"<div>\n  <button type=\"button\" aria-haspopup=\"menu\" aria-expanded={{«open»}} onClick={{() => «set:open»(!«open»)}}>\n    {menu_t}\n  </button>\n"
                f"  {{«open» && (\n    <ul role=\"menu\">\n      {{ACTIONS.map((action) => (\n{ind(item, 8)}\n      ))}}\n    </ul>\n  )}}\n{ind(oj, 2)}\n</div>")
    ctx.names.append(menu_t)
    ctx.names.extend(actions)
    mb = role("button", menu_t, desc=menu_t, noun="button")
    menu = role("menu", desc="the menu")
    a = rng.choice(actions)
    mi = role("menuitem", a, desc=a, noun="menu item")
    if ctx.kind == "positive":
        msg = done.replace("{a}", a)
        checks = [expect_text(oloc, msg, say=f'"{msg}" is shown'), expect_hidden(menu, say="the menu closes")]
        cases = [Case(f"choose {a}", f"Choose {a} from the {menu_t} menu", [click(mb), click(mi)], checks)]
        muts = [("menu stays open", "«set:last»(action);\n«set:open»(false);", "«set:last»(action);")]
    else:
        checks = [expect_visible(menu, say="the menu opens"), expect_count(role("menuitem", desc="menu items"), len(actions), say=f"it lists {len(actions)} actions"),
                  expect_attr(mb, "aria-expanded", "true", say=f"{menu_t} is marked as expanded")]
        cases = [Case("menu lists the actions", f"Opening {menu_t} lists every action", [click(mb)], checks)]
        muts = [("expanded state not exposed", "aria-expanded={«open»}", "aria-expanded={false}")]
    return Built(comp, cases, f"{d.title}: {ent} actions menu", rng.choice(["Actions menu", "Toolbar"]), muts)


# ---------------------------------------------------------------- date range

@family("date_range")
def date_range(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    rate = rng.choice([4500, 8900, 12000, 15900, 6000])
    a_lab, b_lab = rng.choice([("Check-in", "Check-out"), ("Start date", "End date"), ("From", "To"), ("Pick-up date", "Return date")])
    unit = rng.choice(["night", "day"])
    comp = Comp(screen_name(ctx, f"{d.prefixes[1]} dates", "date range", "booking dates", f"{d.prefixes[0]} availability"), ctx.style)
    comp.consts.append(f"const RATE_CENTS = {rate};")
    comp.consts.append("const DAY_MS = 24 * 60 * 60 * 1000;")
    q = ctx.style.quote
    comp.state_var("start", q * 2)
    comp.state_var("end", q * 2)
    comp.derived.append("const days = «start» && «end» ? Math.round((new Date(«end») - new Date(«start»)) / DAY_MS) : 0;")
    err = rng.choice([f"{b_lab} must be after {a_lab.lower()}", "The end date must be after the start date", "Choose a later end date"])
    ctx.texts.append(err)
    aj, aloc = text_field(ctx, a_lab, "start", type_="date", state="start", mode="for" if ctx.style.label != "wrap" else "wrap")
    bj, bloc = text_field(ctx, b_lab, "end", type_="date", state="end", mode="for" if ctx.style.label != "wrap" else "wrap")
    ej, eloc = output(ctx, "date error", "the error", err, role_name="alert", cond="«start» && «end» && days <= 0")
    sj = (f"{{days > 0 && (\n  <p data-testid=\"summary\">\n    {{days}} {{days === 1 ? {js(ctx, unit)} : {js(ctx, unit + 's')}}}: {d.currency}{{((days * RATE_CENTS) / 100).toFixed(2)}}\n  </p>\n)}}")
    comp.jsx = "<div>\n" + ind("\n".join([aj, bj, ej, sj]), 2) + "\n</div>"
    sloc = by_testid("summary", desc="the summary")
    base = rng.choice(["2025-03-10", "2025-06-01", "2025-09-20", "2025-12-27"])
    import datetime as dt

    b0 = dt.date.fromisoformat(base)
    pre = f"The rate is {fmt(ctx, rate)} per {unit}."
    if ctx.kind == "positive":
        n = rng.randint(1, 6)
        e = (b0 + dt.timedelta(days=n)).isoformat()
        txt = f"{n} {unit if n == 1 else unit + 's'}: {fmt(ctx, n * rate)}"
        cases = [Case(f"{n} {unit}s priced", f"Choosing {n} {unit}{'s' if n > 1 else ''} shows the price", [fill(aloc, base), fill(bloc, e)],
                      [expect_text(sloc, txt, say=f'the summary reads "{txt}"')], pre=pre)]
        muts = [("one day too many", "Math.round((new Date(«end») - new Date(«start»)) / DAY_MS)", "Math.round((new Date(«end») - new Date(«start»)) / DAY_MS) + 1")]
    else:
        n = rng.choice([0, 1, 3])
        e = (b0 - dt.timedelta(days=n)).isoformat()
        cases = [Case("end before start rejected", f"{b_lab} on or before {a_lab.lower()} shows an error", [fill(aloc, base), fill(bloc, e)],
                      [expect_text(eloc, err, say=f'the error "{err}" is shown'), expect_hidden(sloc, say="no price is shown")], pre=pre)]
        muts = [("same day allowed", "days <= 0", "days < 0")] if n == 0 else [("error text misspelt", err, typo(err))]
    return Built(comp, cases, f"{d.title}: date range and price", rng.choice(["Dates", "Booking dates"]), muts)


# ---------------------------------------------------------------- character counter

@family("char_counter")
def char_counter(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    limit = rng.choice([20, 30, 40, 50])
    comp = Comp(screen_name(ctx, "short note", f"{d.prefixes[0]} note", "bio editor", "review box"), ctx.style)
    comp.consts.append(f"const LIMIT = {limit};")
    comp.state_var("text", ctx.style.quote * 2)
    comp.state_var("posted", "false")
    comp.derived.append("const left = LIMIT - «text».length;")
    label = rng.choice(["Note", "Bio", "Your review", "Comment"])
    tj, tloc = textarea(ctx, label, "note", state="text")
    cj, cloc = output(ctx, "chars left", "the counter", "{left} characters left", role_name="status", label=None, tag="p")
    post_t = rng.choice(["Post", "Save", "Publish"])
    bj, bloc = button(ctx, post_t, "() => «set:posted»(true)", extra="disabled={left < 0 || «text».trim() === " + ctx.style.quote * 2 + "}")
    over = rng.choice(["Too long", f"Keep it under {limit} characters", "That's too many characters"])
    ctx.texts.append(over)
    oj = f'{{left < 0 && <p role="alert">{over}</p>}}'
    comp.jsx = "<div>\n" + ind("\n".join([tj, cj, oj, bj]), 2) + "\n</div>"
    if ctx.kind == "positive":
        s = rng.choice(["Great service", "Fast and friendly", "Would book again", "Lovely staff"])[:limit]
        checks = [expect_text(cloc, f"{limit - len(s)} characters left"), expect_enabled(bloc)]
        cases = [Case("counter counts down", f"Typing {len(s)} characters updates the counter", [fill(tloc, s)], checks)]
        muts = [("counter off by one", "const left = LIMIT - «text».length;", "const left = LIMIT - «text».length - 1;")]
    else:
        s = ("This is far too long for the box " * 3)[: limit + rng.randint(1, 5)]
        checks = [expect_text(cloc, f"{limit - len(s)} characters left"), expect_visible(role("alert", desc="the warning"), say=f'the warning "{over}" is shown'),
                  expect_disabled(bloc)]
        cases = [Case("too long text is blocked", f"Text over {limit} characters cannot be posted", [fill(tloc, s)], checks)]
        muts = [("limit not enforced", "disabled={left < 0 ||", "disabled={left < -100 ||")]
    return Built(comp, cases, f"{d.title}: note with a character limit", label, muts)


# ---------------------------------------------------------------- preferences: select + checkboxes + radio

@family("preferences_form")
def preferences_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    comp = Comp(screen_name(ctx, "preferences form", f"{d.prefixes[0]} preferences", "profile options"), ctx.style)
    langs = rng.sample(["English", "Spanish", "French", "German", "Portuguese", "Japanese"], 4)
    opts = rng.sample(list(d.toggles), 3)
    q = ctx.style.quote
    comp.state_var("language", js(ctx, langs[0]))
    comp.state_var("picked", "[]")
    comp.state_var("summary", q * 2)
    comp.handler("toggle", "name", "«set:picked»(«picked».includes(name) ? «picked».filter((x) => x !== name) : [...«picked», name]);")
    none_t = rng.choice(["no extras", "nothing else", "none"])
    comp.handler("save", "e", f"e.preventDefault();\nconst extras = «picked».length ? «picked».join({js(ctx, ', ')}) : {js(ctx, none_t)};\n«set:summary»(`Saved: ${{«language»}} with ${{extras}}`);")
    sj, sloc = select_field(ctx, rng.choice(["Language", "Preferred language"]), "language", [(x, x) for x in langs], state="language")
    comp.consts.append("const EXTRAS = " + js_lit(opts, q) + ";")
    boxes = "{EXTRAS.map((name) => (\n  <label key={name}>\n    <input type=\"checkbox\" checked={«picked».includes(name)} onChange={() => «h:toggle»(name)} />\n    {name}\n  </label>\n))}"
    bj, bloc = button(ctx, rng.choice(["Save preferences", "Save", "Update"]), type_="submit")
    oj, oloc = output(ctx, "summary", "the summary", "{«summary»}", role_name="status", cond="«summary»")
    comp.jsx = f"<form onSubmit={{«h:save»}}>\n{ind(sj, 2)}\n  <fieldset>\n    <legend>Extras</legend>\n{ind(boxes, 4)}\n  </fieldset>\n{ind(bj, 2)}\n{ind(oj, 2)}\n</form>"
    ctx.names.extend(opts)
    lang = rng.choice(langs[1:])
    if ctx.kind == "positive":
        chosen = [o for o in opts if rng.random() < 0.6] or [opts[0]]
        order = list(chosen)
        rng.shuffle(order)
        steps = [select(sloc, lang)] + [check(role("checkbox", o, desc=o, noun="checkbox")) for o in order] + [click(bloc)]
        msg = f"Saved: {lang} with {', '.join(order)}"
        cases = [Case("save language and extras", f"Save {lang} with {len(order)} extra option{'s' if len(order) > 1 else ''}", steps,
                      [expect_text(oloc, msg, say=f'the summary reads "{msg}"')])]
        muts = [("language ignored", "Saved: ${«language»}", f"Saved: ${{{js(ctx, langs[0])}}}")]
    else:
        msg = f"Saved: {lang} with {none_t}"
        steps = [select(sloc, lang), click(bloc)]
        cases = [Case("save without extras", "Saving with no extra ticked says so", steps, [expect_text(oloc, msg, say=f'the summary reads "{msg}"')])]
        muts = [("empty extras wording wrong", js(ctx, none_t), js(ctx, typo(none_t)))]
    return Built(comp, cases, f"{d.title}: preferences with a select and checkboxes", rng.choice(["Preferences", "Profile options"]), muts)


# ---------------------------------------------------------------- add in a dialog

@family("modal_form")
def modal_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    items = pick_items(ctx, 2, 3)
    pl = plural(ctx)
    ent = singular(ctx)
    comp = Comp(screen_name(ctx, f"{pl} board", f"{d.prefixes[0]} list editor", f"quick add {ent}"), ctx.style)
    comp.consts.append(items_const(ctx, "SEED", items, fields=("id", "name")))
    q = ctx.style.quote
    comp.state_var("items", "SEED")
    comp.state_var("open", "false")
    comp.state_var("name", q * 2)
    comp.state_var("error", q * 2)
    req = rng.choice(["Name is required", f"Please enter a {ent} name", "Enter a name"])
    comp.handler("save", "", f"if (!«name».trim()) {{\n  «set:error»({js(ctx, req)});\n  return;\n}}\n"
                             f"«set:items»([...«items», {{ id: «items».length + 1, name: «name».trim() }}]);\n«set:name»({q * 2});\n«set:error»({q * 2});\n«set:open»(false);")
    open_t = rng.choice([f"New {ent}", d.action, f"Add {ent}"])
    oj, oloc = button(ctx, open_t, "() => «set:open»(true)")
    fj, floc = text_field(ctx, rng.choice(["Name", f"{cap(ent)} name"]), "item-name", state="name", mode="for", role_ok=False)
    save_t = rng.choice(["Save", "Add", "Create"])
    sj, _sloc = button(ctx, save_t, "«h:save»")
    cj, _cloc = button(ctx, "Cancel", "() => «set:open»(false)")
    title = f"{open_t}"
    dlg = (f"{{«open» && (\n  <div role=\"dialog\" aria-modal=\"true\" aria-label=\"{title}\">\n{ind(fj, 4)}\n"
           f"    {{«error» && <p role=\"alert\">{{«error»}}</p>}}\n{ind(sj, 4)}\n{ind(cj, 4)}\n  </div>\n)}}")
    comp.jsx = f"<section>\n{ind(oj, 2)}\n  <ul>\n    {{«items».map((item) => (\n      <li key={{item.id}}>{{item.name}}</li>\n    ))}}\n  </ul>\n{ind(dlg, 2)}\n</section>"
    ctx.texts.append(req)
    ctx.texts.extend(it["name"] for it in items)
    dialog = role("dialog", title, desc="the dialog")
    lis = role("listitem", desc="entries")
    new = rng.choice([it[0] for it in d.items if it[0] not in [x["name"] for x in items]])
    floc.parent = None
    sl = role("button", save_t, desc=save_t, noun="button", parent=dialog)
    if ctx.kind == "positive":
        steps = [click(oloc), fill(floc, new), click(sl)]
        checks = [expect_hidden(dialog, say="the dialog closes"), expect_count(lis, len(items) + 1, say=f"{len(items) + 1} {pl} are listed"),
                  expect_text(lis.__class__("role", "listitem", desc="the last entry", refine=".last"), new, say=f'the last entry is "{new}"')]
        cases = [Case(f"add {new}", f"Add \"{new}\" from the dialog", steps, checks)]
        muts = [("dialog stays open", "«set:error»(" + q * 2 + ");\n«set:open»(false);", "«set:error»(" + q * 2 + ");")]
    else:
        steps = [click(oloc), click(sl)]
        checks = [expect_text(role("alert", desc="the error", parent=dialog), req, say=f'the error "{req}" is shown'),
                  expect_visible(dialog, say="the dialog stays open"), expect_count(lis, len(items), say="nothing is added")]
        cases = [Case("empty name rejected", f"Saving the dialog with an empty name shows \"{req}\"", steps, checks)]
        muts = [("error text misspelt", js(ctx, req), js(ctx, typo(req)))]
    return Built(comp, cases, f"{d.title}: add a {ent} in a dialog", cap(pl), muts)


# ---------------------------------------------------------------- dismissible alerts

@family("alert_dismiss")
def alert_dismiss(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    notes = rng.sample([f"Your {singular(ctx)} was updated", "Maintenance tonight from 10 pm", "New features are available",
                        "Your password expires in 5 days", f"2 {plural(ctx)} need your attention", "Payment received"], 3)
    comp = Comp(screen_name(ctx, "notifications", f"{d.prefixes[0]} alerts", "inbox banner"), ctx.style)
    comp.consts.append("const NOTES = [\n" + "\n".join("  " + js_lit({"id": i + 1, "text": t}, ctx.style.quote) + "," for i, t in enumerate(notes)) + "\n];")
    comp.state_var("notes", "NOTES")
    dis = rng.choice(["Dismiss", "Close"])
    row = (f"<div key={{n.id}} role=\"alert\">\n  <span>{{n.text}}</span>\n  <button type=\"button\" aria-label={{`{dis} ${{n.text}}`}} onClick={{() => «set:notes»(«notes».filter((x) => x.id !== n.id))}}>\n    ×\n  </button>\n</div>")
    none = rng.choice(["No notifications", "You're all caught up", "Nothing new"])
    comp.jsx = (f"<section>\n  {{«notes».map((n) => (\n{ind(row, 4)}\n  ))}}\n  {{«notes».length === 0 && <p>{none}</p>}}\n</section>")
    for t in notes:
        ctx.names.append(f"{dis} {t}")
        ctx.texts.append(t)
    ctx.texts.append(none)
    alerts = role("alert", desc="notifications")
    t = rng.choice(notes)
    b = role("button", f"{dis} {t}", desc=f"the × on \"{t}\"")
    if ctx.kind == "positive":
        cases = [Case("dismiss one", f"Dismiss \"{t}\"", [click(b)], [expect_count(alerts, 2, say="2 notifications remain"),
                                                                     expect_hidden(by_text(t, desc=t), say=f'"{t}" is gone')])]
        muts = [("dismiss removes the wrong one", "«notes».filter((x) => x.id !== n.id)", "«notes».filter((x) => x.id === n.id)")]
    else:
        steps = [Act("click", role("button", f"{dis} {x}", desc=f"the × on \"{x}\""), say=f"Dismiss \"{x}\"") for x in notes]
        cases = [Case("all dismissed", "Dismissing every notification shows the empty message", steps,
                      [expect_count(alerts, 0, say="no notification is left"), expect_visible(by_text(none, desc=none), say=f'"{none}" is shown')])]
        muts = [("empty message missing", "«notes».length === 0 &&", "«notes».length < 0 &&")]
    return Built(comp, cases, f"{d.title}: dismissible notifications", rng.choice(["Notifications", "Alerts"]), muts)
