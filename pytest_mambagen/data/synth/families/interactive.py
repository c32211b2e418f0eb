"""Interactive screens: counter, tabs, accordion, dialog, toggles, todo list, wizard.

Size (~700 lines): one function per screen family, each building its screen and the scenarios it
supports; the families register themselves (``registry.py``): a list of independent pieces.
"""

from __future__ import annotations

from ..core import (
    Act,
    Case,
    Comp,
    by_testid,
    by_text,
    click,
    expect_attr,
    expect_checked,
    expect_count,
    expect_disabled,
    expect_enabled,
    expect_hidden,
    expect_text,
    expect_unchecked,
    expect_value,
    expect_visible,
    fill,
    js_lit,
    press,
    role,
)
from ..lexicon import cap, low
from ..registry import Built, Ctx, Sc, family
from ..widgets import button, checkbox, js, output, text_field
from .common import ind, typo

# ---------------------------------------------------------------- counter


@family("counter")
def counter(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    unit = lex.unit()
    target = lex.item() if rng.random() < 0.5 else f"the {lex.qualifier().lower()} {ctx.ent.one}"
    what = rng.choice([f"{cap(unit)} for {target}", f"{lex.qualifier()} {unit}", f"{cap(unit)} on {d.brand} {ctx.ent.one}"])
    lo = rng.choice([0, 1, 1, 2])
    hi = lo + rng.randint(3, 12)
    start = rng.randint(lo, min(hi - 1, lo + 3))
    comp = Comp(ctx.screen_name("Stepper", "Counter", "Picker", "Quantity"), ctx.style)
    mn, mx = rng.choice([("MIN", "MAX"), (f"MIN_{unit.upper().replace(' ', '_')}", f"MAX_{unit.upper().replace(' ', '_')}"), ("LOWEST", "HIGHEST")])
    comp.consts.append(f"const {mn} = {lo};")
    comp.consts.append(f"const {mx} = {hi};")
    comp.state_var("count", str(start))
    dec_t, inc_t = rng.choice([("−", "+"), ("-", "+"), (f"Fewer {low(what)}", f"More {low(what)}"), ("Remove one", "Add one")])
    aria = dec_t in ("−", "-", "Remove one")
    dec_a = rng.choice([f"Decrease {low(what)}", f"Fewer {low(what)}", f"Remove one from {low(what)}"])
    inc_a = rng.choice([f"Increase {low(what)}", f"More {low(what)}", f"Add one to {low(what)}"])
    dj, dloc = button(ctx, dec_t, "() => «set:count»(«count» - 1)", extra=f"disabled={{«count» <= {mn}}}", aria=dec_a if aria else None)
    ij, iloc = button(ctx, inc_t, "() => «set:count»(«count» + 1)", extra=f"disabled={{«count» >= {mx}}}", aria=inc_a if aria else None)
    shown = rng.choice(["{n}", "{n} " + unit, f"{cap(unit)}: {{n}}"])
    oj, oloc = output(ctx, "count", f"the {low(what)} count", shown.replace("{n}", "{«count»}"), tag="output", label=what, role_name="status")
    note_t = rng.choice([f"You can book at most {hi} {unit}", f"Maximum of {hi} {unit} reached", f"{d.brand} allows up to {hi} {unit}"])
    nj, nloc = output(ctx, "limit", "the limit note", note_t, force="testid", cond=f"«count» === {mx}")
    ctx.texts.append(note_t)
    heading = f"<h3>{what}</h3>" if not oj.startswith("<output aria-label") else f"<h3>Choose {low(what)}</h3>"
    comp.jsx = f'<div className="{rng.choice(["stepper", "counter", "qty-picker"])}">\n' + ind("\n".join([heading, dj, oj, ij, nj]), 2) + "\n</div>"
    pre = f"{what} starts at {start}; the allowed range is {lo} to {hi}."
    inc_say = "+" if aria else inc_t
    dec_say = "−" if aria else dec_t

    def val(n):
        return shown.replace("{n}", str(n))

    def increase(r):
        k = r.randint(1, hi - start)
        steps = [Act("click", iloc, say=f"Click {inc_say} {k} time{'s' if k > 1 else ''}")] + [Act("click", iloc, say="__skip__")] * (k - 1)
        checks = [expect_text(oloc, val(start + k), say=f'{what} shows "{val(start + k)}"')]
        muts = [("increment by two", "«set:count»(«count» + 1)", "«set:count»(«count» + 2)")]
        if start + k == hi:
            checks.append(expect_disabled(iloc, say=f"the {inc_say} button is disabled"))
            muts.append(("max not enforced", f"disabled={{«count» >= {mx}}}", f"disabled={{«count» > {mx}}}"))
        title = f"Increase {low(what)} to {start + k}"
        return [Case(title, title, steps, checks, pre=pre)], muts

    def decrease(r):
        if start - lo < 1:
            return None
        k = r.randint(1, start - lo)
        steps = [Act("click", dloc, say=f"Click {dec_say} {k} time{'s' if k > 1 else ''}")] + [Act("click", dloc, say="__skip__")] * (k - 1)
        checks = [expect_text(oloc, val(start - k), say=f'{what} shows "{val(start - k)}"')]
        title = f"Lower {low(what)} to {start - k}"
        return [Case(title, title, steps, checks, pre=pre)], [("decrement does nothing", "«set:count»(«count» - 1)", "«set:count»(«count»)")]

    def floor(r):
        steps = ([Act("click", dloc, say=f"Click {dec_say} {start - lo} time{'s' if start - lo != 1 else ''}")] +
                 [Act("click", dloc, say="__skip__")] * (start - lo - 1)) if start > lo else []
        checks = [expect_text(oloc, val(lo), say=f'{what} shows "{val(lo)}"'), expect_disabled(dloc, say=f"the {dec_say} button is disabled")]
        title = f"{what} cannot go below {lo}"
        return [Case(title, title, steps, checks, pre=pre)], [("min not enforced", f"disabled={{«count» <= {mn}}}", f"disabled={{«count» < {mn}}}")]

    def ceiling(r):
        steps = [Act("click", iloc, say=f"Click {inc_say} until it stops ({hi - start} times)")] + [Act("click", iloc, say="__skip__")] * (hi - start - 1)
        checks = [expect_text(oloc, val(hi), say=f'{what} shows "{val(hi)}"'), expect_disabled(iloc, say=f"the {inc_say} button is disabled"),
                  expect_text(nloc, note_t, say=f'"{note_t}" is shown')]
        title = f"{what} stops at {hi}"
        return [Case(title, title, steps, checks, pre=pre)], [("max not enforced", f"disabled={{«count» >= {mx}}}", f"disabled={{«count» > {mx}}}"),
                                                             ("limit note misspelt", note_t, typo(note_t))]

    def note_hidden(r):
        checks = [expect_hidden(nloc, say="no limit note is shown"), expect_enabled(iloc, say=f"the {inc_say} button is enabled")]
        title = f"No limit note below {hi} {unit}"
        return [Case(title, title, [], checks, pre=pre)], [("note always shown", f"«count» === {mx}", f"«count» <= {mx}")]

    return Built(comp, [Sc("positive", increase), Sc("positive", decrease), Sc("negative", floor), Sc("negative", ceiling),
                        Sc("positive", note_hidden)], f"{d.title}: {low(what)} stepper", f"{what} picker")


# ---------------------------------------------------------------- tabs

@family("tabs")
def tabs(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    titles = lex.unique(lambda: lex.tab_title(ctx.ent), rng.randint(3, 5))
    titles = [t for t in titles if not any(t != o and t.lower() in o.lower() for o in titles)]
    if len(titles) < 3:
        raise ValueError("tab titles overlap")
    tabs_ = [(t, lex.sentence(ctx.ent)) for t in titles]
    comp = Comp(ctx.screen_name("Details", "Profile", "Tabs", "Overview"), ctx.style)
    q = ctx.style.quote
    const = rng.choice(["TABS", "SECTIONS", "PANELS"])
    ids = [f"{'-'.join(t.lower().replace('(', '').replace(')', '').split())}" for t, _ in tabs_]
    comp.consts.append(f"const {const} = [\n" + "\n".join("  " + js_lit({"id": i, "label": t, "body": b}, q) + ","
                                                       for i, (t, b) in zip(ids, tabs_, strict=True)) + "\n];")
    comp.state_var("active", f"{const}[0].id")
    tab = ("<button\n  key={tab.id}\n  type=\"button\"\n  role=\"tab\"\n  id={`tab-${tab.id}`}\n  aria-selected={«active» === tab.id}\n"
           "  aria-controls={`panel-${tab.id}`}\n  onClick={() => «set:active»(tab.id)}\n>\n  {tab.label}\n</button>")
    comp.derived.append(f"const current = {const}.find((tab) => tab.id === «active»);")
    label = rng.choice([f"{ctx.ent.One} sections", f"{d.brand} {ctx.ent.one} details", f"{ctx.ent.One} tabs"])
    panel_jsx = "<div role=\"tabpanel\" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>\n  <p>{current.body}</p>\n</div>"
    if rng.random() < 0.5:
        panel_jsx = comp.part(comp.name + "Panel", panel_jsx)
    comp.jsx = (f"<div>\n  <div role=\"tablist\" aria-label=\"{label}\">\n    {{{const}.map((tab) => (\n{ind(tab, 6)}\n    ))}}\n  </div>\n"
                f"{ind(panel_jsx, 2)}\n</div>")
    for t, b in tabs_:
        ctx.names.append(t)
        ctx.texts.append(b)
    panel = role("tabpanel", desc="the panel")
    first_t, first_b = tabs_[0]
    out = []
    for i0 in range(1, len(tabs_)):
        def open_tab(r, i=i0):
            t, b = tabs_[i]
            tloc = role("tab", t, desc=t, noun="tab")
            checks = [expect_attr(tloc, "aria-selected", "true", say=f"the {t} tab is selected"),
                      expect_text(panel, b, say=f'the panel shows "{b}"')]
            if r.random() < 0.4:
                checks.append(expect_attr(role("tab", first_t, desc=first_t, noun="tab"), "aria-selected", "false",
                                          say=f"the {first_t} tab is no longer selected"))
            title = r.choice([f"Open the {t} tab", f"{t} tab shows its details"])
            return [Case(title, title, [click(tloc)], checks)], [
                ("panel shows another tab", f"{const}.find((tab) => tab.id === «active»)", f"{const}.find((tab) => tab.id !== «active»)"),
                ("selection not exposed", "aria-selected={«active» === tab.id}", "aria-selected={false}")]

        out.append(Sc("positive", open_tab))

    def default(r):
        checks = [expect_attr(role("tab", first_t, desc=first_t, noun="tab"), "aria-selected", "true", say=f"the {first_t} tab is selected"),
                  expect_text(panel, first_b, say=f'the panel shows "{first_b}"')]
        title = f"{first_t} is selected when the screen opens"
        return [Case(title, title, [], checks)], [("initial tab wrong", f"{const}[0].id", f"{const}[1].id")]

    def back(r):
        t, _b = tabs_[r.randrange(1, len(tabs_))]
        tloc = role("tab", t, desc=t, noun="tab")
        checks = [expect_attr(tloc, "aria-selected", "false", say=f"the {t} tab is not selected"),
                  expect_text(panel, first_b, say=f'the panel shows "{first_b}" again')]
        title = f"Going back from {t} to {first_t}"
        return [Case(title, title, [click(tloc), click(role("tab", first_t, desc=first_t, noun="tab"))], checks)], [
            ("panel stuck on the last tab", f"{const}.find((tab) => tab.id === «active»)", f"{const}.find((tab) => tab.id === {js(ctx, ids[tabs_.index((t, _b))])})")]

    out += [Sc("positive", default), Sc("negative", back)]
    return Built(comp, out, f"{d.title}: {ctx.ent.one} details in tabs", f"{ctx.ent.One} details")


# ---------------------------------------------------------------- accordion

@family("accordion")
def accordion(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    ent = ctx.ent

    def question():
        t = lex.topic()
        return rng.choice([f"How do I change {t} for my {ent.one}?", f"Who can see {t} on a {ent.one}?",
                           f"What happens to {t} when a {ent.one} is closed?", f"Does {d.brand} charge for {t}?",
                           f"Where do I find {t} for {lex.item()}?", f"Can {lex.role()}s update {t}?"])

    qs = lex.unique(question, rng.randint(3, 5))
    qa = [(q_, lex.sentence(ent)) for q_ in qs]
    single = rng.random() < 0.5
    comp = Comp(ctx.screen_name("Faq", "Help", "Questions", "HelpCentre"), ctx.style)
    const = rng.choice(["QUESTIONS", "FAQ_ITEMS", "ENTRIES"])
    comp.consts.append(f"const {const} = [\n" + "\n".join("  " + js_lit({"id": i + 1, "question": a, "answer": b}, ctx.style.quote) + ","
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
    row = (f"<div key={{item.id}} className=\"faq-item\">\n  <h3>\n    <button type=\"button\" aria-expanded={{{is_open}}} onClick={{() => {toggle}}}>\n"
           f"      {{item.question}}\n    </button>\n  </h3>\n  {{{is_open} && <p>{{item.answer}}</p>}}\n</div>")
    row_jsx = comp.part(comp.name + "Item", row, ("item",)) if rng.random() < 0.6 else row
    heading = rng.choice([f"{d.brand} {ent.one} questions", f"Questions about {ent.many}", f"{d.title} help"])
    comp.jsx = (f"<div className=\"faq\">\n  <h2>{heading}</h2>\n  {{{const}.map((item) => (\n{ind(row_jsx, 4)}\n  ))}}\n</div>")
    ctx.texts.append(heading)
    for a, b in qa:
        ctx.names.append(a)
        ctx.texts.append(b)
    out = []
    for i0 in range(len(qa)):
        def expand(r, i=i0):
            a, b = qa[i]
            bl = role("button", a, desc=a, noun="question")
            ans = by_text(b, desc=f'the answer "{b}"')
            checks = [expect_visible(ans, say=f'the answer "{b}" is shown'),
                      expect_attr(bl, "aria-expanded", "true", say="the question is marked as expanded")]
            title = r.choice([f"Open the question \"{a}\"", f"Answer to \"{a}\" is shown"])
            return [Case(title, title, [click(bl)], checks)], [("expanded state not exposed", f"aria-expanded={{{is_open}}}", "aria-expanded={false}")]

        out.append(Sc("positive", expand))

    def collapse(r):
        a, b = r.choice(qa)
        bl = role("button", a, desc=a, noun="question")
        checks = [expect_hidden(by_text(b, desc=f'the answer "{b}"'), say="the answer is hidden again"),
                  expect_attr(bl, "aria-expanded", "false", say="the question is marked as collapsed")]
        title = f"Clicking \"{a}\" twice hides the answer"
        return [Case(title, title, [click(bl), click(bl)], checks)], [
            ("answer never collapses", toggle, "«set:openId»(item.id)" if single else "«set:open»([...«open», item.id])")]

    def one_at_a_time(r):
        (a1, b1), (a2, b2) = r.sample(qa, 2)
        c1 = role("button", a1, desc=a1, noun="question")
        c2 = role("button", a2, desc=a2, noun="question")
        if single:
            checks = [expect_hidden(by_text(b1, desc=f'the answer "{b1}"'), say=f'the answer to "{a1}" closes'),
                      expect_visible(by_text(b2, desc=f'the answer "{b2}"'), say=f'the answer "{b2}" is shown')]
            title = f"Only one {d.brand} answer is open at a time"
            muts = []
        else:
            checks = [expect_visible(by_text(b1, desc=f'the answer "{b1}"'), say=f'the answer "{b1}" stays open'),
                      expect_visible(by_text(b2, desc=f'the answer "{b2}"'), say=f'the answer "{b2}" is shown')]
            title = f"Several answers about {ent.many} can be open together"
            muts = [("opening one closes the others", "«set:open»(«open».includes(id) ? «open».filter((x) => x !== id) : [...«open», id]);",
                     "«set:open»(«open».includes(id) ? [] : [id]);")]
        if single:
            muts = [("answers never close", f"{{{is_open} && <p>", "{true && <p>")]
        return [Case(title, title, [click(c1), click(c2)], checks)], muts

    out += [Sc("negative", collapse), Sc("positive", one_at_a_time)]
    return Built(comp, out, f"{d.title}: frequently asked questions about {ent.many}", rng.choice(["FAQ", f"{d.brand} help"]))


# ---------------------------------------------------------------- confirm-delete dialog

@family("confirm_dialog")
def confirm_dialog(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = ctx.items(3, 5)
    ent = ctx.ent
    comp = Comp(ctx.screen_name("Manager", "Admin", "List", "Archive"), ctx.style)
    const = rng.choice(["START", "INITIAL_ITEMS", "SEED_" + ent.many.upper().replace(" ", "_")])
    from .common import items_const

    comp.consts.append(items_const(ctx, const, items, fields=("id", "name")))
    comp.state_var("items", const)
    comp.state_var("pending", "null")
    comp.state_var("notice", ctx.style.quote * 2)
    verb = rng.choice(["Delete", "Remove", "Archive"])
    done = rng.choice(["{name} deleted", "{name} was removed from " + ctx.domain.brand, f"{verb}d {{name}}", "{name} is gone"])
    done_js = "`" + done.replace("{name}", "${«pending».name}") + "`"
    comp.handler("confirmDelete", "", f"«set:items»(«items».filter((item) => item.id !== «pending».id));\n«set:notice»({done_js});\n«set:pending»(null);")
    row = (f"<li key={{item.id}}>\n  <span>{{item.name}}</span>\n  <button type=\"button\" aria-label={{`{verb} ${{item.name}}`}} onClick={{() => «set:pending»(item)}}>\n"
           f"    {verb}\n  </button>\n</li>")
    if rng.random() < 0.6:
        row = comp.part(comp.name + "Row", row, ("item",))
    body = rng.choice([f"This {ent.one} cannot be restored.", f"The {ent.one} and its history will be removed.", f"You can't undo this in {ctx.domain.brand}.",
                       f"{ctx.domain.brand} keeps no copy after this."])
    cancel = rng.choice([f"Keep {ent.one}", f"No, keep this {ent.one}", f"Cancel {verb.lower()} of {ent.one}"])
    yes = rng.choice([f"Yes, {verb.lower()} {ent.one}", f"{verb} {ent.one}", f"{verb} from {ctx.domain.brand}"])
    dlg = (f"<div role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"confirm-title\">\n"
           f"  <h2 id=\"confirm-title\">{verb} {{«pending».name}}?</h2>\n  <p>{body}</p>\n"
           f"  <button type=\"button\" onClick={{() => «set:pending»(null)}}>\n    {cancel}\n  </button>\n"
           f"  <button type=\"button\" onClick={{«h:confirmDelete»}}>\n    {yes}\n  </button>\n</div>")
    if rng.random() < 0.5:
        dlg = comp.part(comp.name + "Dialog", dlg)
    nj, nloc = output(ctx, "notice", "the notice", "{«notice»}", role_name="status", cond="«notice»")
    heading = rng.choice([ent.Many, f"{ctx.domain.brand} {ent.many}", f"Your {ent.many}"])
    comp.jsx = (f"<section>\n  <h2>{heading}</h2>\n  <ul>\n    {{«items».map((item) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n"
                f"  {{«pending» && (\n{ind(dlg, 4)}\n  )}}\n{ind(nj, 2)}\n</section>")
    for it in items:
        ctx.names.append(f"{verb} {it['name']}")
        ctx.texts.append(it["name"])
    ctx.names.extend([cancel, yes])
    dialog = role("dialog", desc="the confirmation dialog")
    lis = role("listitem", desc="entries")
    pre = f"The list shows: {', '.join(it['name'] for it in items)}."

    def opener(t):
        return role("button", f"{verb} {t['name']}", desc=f"{verb} next to {t['name']}")

    def confirm(r):
        target = r.choice(items)
        yes_loc = role("button", yes, desc=yes, noun="button", parent=dialog, exact=True)
        msg = done.replace("{name}", target["name"])
        steps = [Act("click", opener(target), say=f"Click {verb} next to \"{target['name']}\"")]
        if r.random() < 0.4:
            steps.append(Act("expect_text", role("heading", desc="the dialog title", parent=dialog), f"{verb} {target['name']}?",
                             say=f'the dialog asks "{verb} {target["name"]}?"'))
        steps.append(Act("click", yes_loc, say=f'In the dialog, click "{yes}"'))
        checks = [expect_hidden(dialog, say="the dialog closes"), expect_count(lis, len(items) - 1, say=f"{len(items) - 1} {ent.many} remain"),
                  expect_text(nloc, msg, say=f'the message "{msg}" is shown')]
        title = f"{verb} {target['name']} after confirming"
        return [Case(title, title, steps, checks, pre=pre)], [
            ("confirm deletes everything else", "«items».filter((item) => item.id !== «pending».id)", "«items».filter((item) => item.id === «pending».id)"),
            ("dialog stays open", "«set:pending»(null);\n", "")]

    def cancel_keeps(r):
        target = r.choice(items)
        cl = role("button", cancel, desc=cancel, noun="button", parent=dialog, exact=True)
        steps = [Act("click", opener(target), say=f"Click {verb} next to \"{target['name']}\""),
                 Act("expect_contains", dialog, body, say=f'a confirmation dialog says "{body}"'),
                 Act("click", cl, say=f'Click "{cancel}" in the dialog')]
        checks = [expect_hidden(dialog, say="the dialog closes"), expect_count(lis, len(items), say=f"all {len(items)} {ent.many} are still listed"),
                  expect_visible(by_text(target["name"], desc=target["name"], exact=True), say=f'"{target["name"]}" is still listed')]
        title = f"Cancel keeps {target['name']}"
        return [Case(title, title, steps, checks, pre=pre)], [("cancel deletes anyway", "onClick={() => «set:pending»(null)}", "onClick={«h:confirmDelete»}")]

    def two(r):
        a, b = r.sample(items, 2)
        yes_loc = role("button", yes, desc=yes, noun="button", parent=dialog, exact=True)
        steps = [Act("click", opener(a), say=f"{verb} \"{a['name']}\" and confirm"), Act("click", yes_loc, say="__skip__"),
                 Act("click", opener(b), say=f"{verb} \"{b['name']}\" and confirm"), Act("click", yes_loc, say="__skip__")]
        msg = done.replace("{name}", b["name"])
        checks = [expect_count(lis, len(items) - 2, say=f"{len(items) - 2} {ent.many} remain"),
                  expect_text(nloc, msg, say=f'the message "{msg}" is shown')]
        title = f"{verb} {a['name']} and {b['name']} one after the other"
        return [Case(title, title, steps, checks, pre=pre)], [
            ("notice names the first item", "«set:notice»(" + done_js + ")", "«set:notice»(«notice» || " + done_js + ")")]

    return Built(comp, [Sc("positive", confirm), Sc("negative", cancel_keeps), Sc("positive", two)],
                 f"{ctx.domain.title}: {verb.lower()} {ent.many} with confirmation", f"Manage {ent.many}")


# ---------------------------------------------------------------- settings toggles

@family("settings_toggles")
def settings_toggles(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    toggles = lex.unique(lex.toggle_label, rng.randint(3, 5))
    toggles = [t for t in toggles if not any(t != o and t.lower() in o.lower() for o in toggles)]
    if len(toggles) < 2:
        raise ValueError("toggle labels overlap")
    init = {t: rng.random() < 0.4 for t in toggles}
    from ..core import camel

    keys = {}
    for t in toggles:
        k = camel(t)[:40] or "opt"
        while k in keys.values():
            k += "X"
        keys[t] = k
    comp = Comp(ctx.screen_name("Settings", "Preferences", "Notifications", "AlertSettings"), ctx.style)
    comp.consts.append("const DEFAULTS = " + js_lit({keys[t]: init[t] for t in toggles}, ctx.style.quote) + ";")
    comp.state_var("prefs", "DEFAULTS")
    comp.state_var("saved", "DEFAULTS")
    comp.state_var("message", ctx.style.quote * 2)
    saved_msg = rng.choice([f"{d.brand} settings saved", f"Preferences for {ctx.ent.many} saved", f"Your {ctx.ent.one} settings have been saved",
                            f"Saved at {rng.randint(8, 18)}:{rng.choice(['00', '15', '30', '45'])}", f"{d.title} will use your new settings"])
    ctx.texts.append(saved_msg)
    comp.handler("toggle", "key", "«set:prefs»({ ...«prefs», [key]: !«prefs»[key] });\n«set:message»(" + ctx.style.quote * 2 + ");")
    comp.handler("save", "", f"«set:saved»(«prefs»);\n«set:message»({js(ctx, saved_msg)});")
    comp.derived.append("const dirty = Object.keys(«prefs»).some((key) => «prefs»[key] !== «saved»[key]);")
    as_switch = rng.random() < 0.5
    button_switch = as_switch and rng.random() < 0.5
    rows = []
    locs = {}
    for t in toggles:
        k = keys[t]
        if button_switch:
            rows.append(f'<li>\n  <button type="button" role="switch" aria-checked={{«prefs».{k}}} onClick={{() => «h:toggle»({js(ctx, k)})}}>\n    {t}\n  </button>\n</li>')
            ctx.names.append(t)
            locs[t] = role("switch", t, desc=t, noun="switch")
        else:
            j, loc = checkbox(ctx, t, k, extra="", as_switch=as_switch)
            j = j.replace(f"checked={{«{k}»}} onChange={{(e) => «set:{k}»(e.target.checked)}}", "")
            j = j.replace(f'name="{k}"', "")
            j = j.replace("<input ", f"<input checked={{«prefs».{k}}} onChange={{() => «h:toggle»({js(ctx, k)})}} ", 1)
            rows.append("<li>\n" + ind(j, 2) + "\n</li>")
            locs[t] = loc
    save_t = rng.choice([f"Save {d.brand} settings", f"Save {ctx.ent.one} changes", f"Save {ctx.ent.one} preferences", f"Apply to {ctx.ent.many}"])
    disable_when_clean = rng.random() < 0.6
    bj, bloc = button(ctx, save_t, "«h:save»", extra="disabled={!dirty}" if disable_when_clean else "")
    mj, mloc = output(ctx, "saved message", "the confirmation", "{«message»}", role_name="status", cond="«message»")
    heading = rng.choice([f"{d.brand} notifications", f"{ctx.ent.One} settings", f"{d.title} preferences"])
    ul = f"<ul>\n{ind(chr(10).join(rows), 2)}\n</ul>"
    if rng.random() < 0.4:
        ul = comp.part(comp.name + "List", ul)
    comp.jsx = (f"<form onSubmit={{(e) => e.preventDefault()}}>\n  <h2>{heading}</h2>\n{ind(ul, 2)}\n{ind(bj, 2)}\n{ind(mj, 2)}\n</form>")
    pre = "Initial state: " + ", ".join(f"{x} {'on' if init[x] else 'off'}" for x in toggles) + "."

    def act_for(t, on):
        loc = locs[t]
        return Act("click" if button_switch else ("uncheck" if on else "check"), loc, say=f"Turn {'off' if on else 'on'} {t}")

    def state_check(t, on_now):
        loc = locs[t]
        if button_switch:
            return expect_attr(loc, "aria-checked", "true" if on_now else "false", say=f"{t} is {'on' if on_now else 'off'}")
        return expect_checked(loc, say=f"{t} is on") if on_now else expect_unchecked(loc, say=f"{t} is off")

    out = []
    for t0 in toggles[:3]:
        def change_save(r, t=t0):
            on = init[t]
            checks = [state_check(t, not on), expect_text(mloc, saved_msg, say=f'the message "{saved_msg}" is shown')]
            steps = [act_for(t, on), click(bloc)]
            if disable_when_clean and r.random() < 0.5:
                steps.insert(1, expect_enabled(bloc, say=f"{save_t} becomes enabled"))
            title = f"Turn {'off' if on else 'on'} {t} and save"
            return [Case(title, title, steps, checks, pre=pre)], [
                ("save shows no confirmation", f"«set:message»({js(ctx, saved_msg)})", f"«set:message»({ctx.style.quote * 2})"),
                ("confirmation text misspelt", js(ctx, saved_msg), js(ctx, typo(saved_msg)))]

        out.append(Sc("positive", change_save))
    if disable_when_clean:
        def clean(r):
            title = f"{save_t} is disabled until something changes"
            return [Case(title, title, [], [expect_disabled(bloc, say=f"{save_t} is disabled while nothing has changed")], pre=pre)], \
                [("save always enabled", "disabled={!dirty}", "disabled={false}")]

        def undo(r):
            t = r.choice(toggles)
            on = init[t]
            back = Act(act_for(t, on).kind if button_switch else ("check" if on else "uncheck"), locs[t], say=f"Turn {t} back {'on' if on else 'off'}")
            title = f"Undoing the change to {t} disables {save_t} again"
            return [Case(title, title, [act_for(t, on), back], [expect_disabled(bloc, say=f"{save_t} is disabled again")], pre=pre)], \
                [("dirty ignores the saved state", "«prefs»[key] !== «saved»[key]", "«prefs»[key] !== undefined")]

        out += [Sc("negative", clean), Sc("negative", undo)]
    else:
        def stale(r):
            t = r.choice(toggles)
            on = init[t]
            title = f"Changing {t} after saving hides the confirmation"
            return [Case(title, title, [click(bloc), act_for(t, on)], [expect_hidden(mloc, say="the confirmation disappears"), state_check(t, not on)],
                         pre=pre)], [("stale confirmation", "«set:prefs»({ ...«prefs», [key]: !«prefs»[key] });\n«set:message»(" + ctx.style.quote * 2 + ");",
                                      "«set:prefs»({ ...«prefs», [key]: !«prefs»[key] });")]

        out.append(Sc("negative", stale))

    def initial(r):
        checks = [state_check(t, init[t]) for t in toggles[:3]]
        title = f"{d.brand} settings open with the saved values"
        return [Case(title, title, [], checks, pre=pre)], [
            ("first default flipped", js_lit({keys[t]: init[t] for t in toggles}, ctx.style.quote),
             js_lit({keys[t]: (not init[t]) if i == 0 else init[t] for i, t in enumerate(toggles)}, ctx.style.quote))]

    out.append(Sc("positive", initial))
    return Built(comp, out, f"{d.title}: notification settings", rng.choice([f"{d.brand} settings", "Notification settings", "Preferences"]))


# ---------------------------------------------------------------- todo list

_VERBS = ("Call", "Email", "Review", "Update", "Check", "Order", "Book", "Prepare", "Send", "Archive", "Chase", "Renew",
          "Confirm", "Schedule", "Invoice", "Label", "Restock", "Photograph", "Measure", "Inspect")


@family("todo")
def todo(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex

    def task():
        return rng.choice([f"{rng.choice(_VERBS)} {lex.item()}", f"{rng.choice(_VERBS)} {lex.person()} about {lex.topic()}",
                           f"{rng.choice(_VERBS)} {ctx.ent.one} {lex.code()}"])

    names = lex.unique(task, 5)
    names = [n for n in names if not any(n != o and n.lower() in o.lower() for o in names)]
    start = names[:rng.randint(1, 3)]
    extra = names[len(start):]
    if not extra:
        raise ValueError("no task left to add")
    done0 = [rng.random() < 0.3 for _ in start]
    comp = Comp(ctx.screen_name("Tasks", "TodoList", "Checklist", "TaskBoard"), ctx.style)
    const = rng.choice(["INITIAL_TASKS", "TASKS", "STARTING_TASKS"])
    comp.consts.append(f"const {const} = [\n" + "\n".join("  " + js_lit({"id": i + 1, "title": t, "done": dn}, ctx.style.quote) + ","
                                                       for i, (t, dn) in enumerate(zip(start, done0, strict=True))) + "\n];")
    comp.state_var("tasks", const)
    comp.state_var("draft", ctx.style.quote * 2)
    err = rng.choice([f"A {ctx.ent.one} task needs a title", f"Please enter a {ctx.ent.one} task", f"Type a task before adding it to {d.brand}",
                      f"Task title is required for {ctx.ent.many}"])
    use_err = rng.random() < 0.65
    if use_err:
        comp.state_var("error", ctx.style.quote * 2)
    body = "e.preventDefault();\nconst title = «draft».trim();\nif (!title) {\n" + (f"  «set:error»({js(ctx, err)});\n" if use_err else "") + "  return;\n}\n"
    body += "«set:tasks»([...«tasks», { id: Date.now(), title, done: false }]);\n«set:draft»(" + ctx.style.quote * 2 + ");"
    if use_err:
        body += "\n«set:error»(" + ctx.style.quote * 2 + ");"
    comp.handler("addTask", "e", body)
    comp.handler("toggleTask", "id", "«set:tasks»(«tasks».map((t) => (t.id === id ? { ...t, done: !t.done } : t)));")
    comp.handler("removeTask", "id", "«set:tasks»(«tasks».filter((t) => t.id !== id));")
    comp.derived.append("const remaining = «tasks».filter((t) => !t.done).length;")
    label = rng.choice([f"New {ctx.ent.one} task", f"Task for {d.brand}", f"What needs doing for this {ctx.ent.one}?", f"Add a {lex.qualifier().lower()} task"])
    fj, floc = text_field(ctx, label, "new-task", state="draft", role_ok=False)
    add_t = rng.choice([f"Add {ctx.ent.one} task", f"Add task for {d.brand}", f"Save to {d.brand}", f"Add to {ctx.ent.one} list"])
    bj, bloc = button(ctx, add_t, type_="submit")
    del_t = rng.choice(["Delete", "Remove", "Drop"])
    row = (f"<li key={{t.id}}>\n  <label>\n    <input type=\"checkbox\" checked={{t.done}} onChange={{() => «h:toggleTask»(t.id)}} />\n    {{t.title}}\n  </label>\n"
           f"  <button type=\"button\" aria-label={{`{del_t} ${{t.title}}`}} onClick={{() => «h:removeTask»(t.id)}}>\n    ×\n  </button>\n</li>")
    if rng.random() < 0.55:
        row = comp.part(comp.name + "Item", row, ("t",))
    cnt = rng.choice([f"{{remaining}} {ctx.ent.one} tasks left", f"{{remaining}} remaining for {d.brand}", f"{{remaining}} to do on this {ctx.ent.one}", f"{{remaining}} open {ctx.ent.one} tasks"])
    cj, cloc = output(ctx, "remaining", "the remaining count", cnt, role_name="status", tag="p", label=None)
    parts = [f"<form onSubmit={{«h:addTask»}}>\n{ind(fj, 2)}\n{ind(bj, 2)}\n</form>"]
    eloc = None
    if use_err:
        ej, eloc = output(ctx, "error", "the error", "{«error»}", role_name="alert", cond="«error»")
        parts.append(ej)
        ctx.texts.append(err)
    parts.append(f"<ul>\n  {{«tasks».map((t) => (\n{ind(row, 4)}\n  ))}}\n</ul>")
    parts.append(cj)
    comp.jsx = "<div>\n" + ind("\n".join(parts), 2) + "\n</div>"
    for t in names:
        ctx.names.extend([t, f"{del_t} {t}"])
    lis = role("listitem", desc="tasks")
    remaining0 = sum(1 for x in done0 if not x)

    def ctext(n):
        return cnt.replace("{remaining}", str(n))

    pre = "The list starts with: " + "; ".join(f"{t} ({'done' if dn else 'not done'})" for t, dn in zip(start, done0, strict=True)) + "."

    def add(r):
        new = r.choice(extra)
        steps = [fill(floc, new), click(bloc) if r.random() < 0.6 else press(floc, "Enter")]
        checks = [expect_count(lis, len(start) + 1, say=f"the list has {len(start) + 1} tasks"),
                  expect_visible(role("checkbox", new, desc=f"the task \"{new}\""), say=f'"{new}" is listed'),
                  expect_text(cloc, ctext(remaining0 + 1)), expect_value(floc, "", say=f"the {label} field is cleared")]
        muts = [("draft not cleared", "«set:draft»(" + ctx.style.quote * 2 + ");", "")]
        if any(done0):
            muts.append(("counter counts done tasks", "«tasks».filter((t) => !t.done).length", "«tasks».length"))
        title = f"Add the task \"{new}\""
        return [Case(title, title, steps, checks, pre=pre)], muts

    def complete(r):
        idx = r.randrange(len(start))
        t = start[idx]
        cb = role("checkbox", t, desc=t, noun="checkbox")
        was = done0[idx]
        checks = [expect_checked(cb, say=f'"{t}" is ticked') if not was else expect_unchecked(cb, say=f'"{t}" is unticked'),
                  expect_text(cloc, ctext(remaining0 - 1 if not was else remaining0 + 1))]
        title = f"Mark \"{t}\" as {'done' if not was else 'not done'}"
        return [Case(title, title, [Act("check" if not was else "uncheck", cb)], checks, pre=pre)], [
            ("counter counts done tasks", "«tasks».filter((t) => !t.done).length", "«tasks».filter((t) => t.done).length")]

    def delete(r):
        t = r.choice(start)
        rm = role("button", f"{del_t} {t}", desc=f"the × next to {t}")
        left = [x for x in start if x != t]
        rem = sum(1 for x, dn in zip(start, done0, strict=True) if x != t and not dn)
        checks = [expect_count(lis, len(left), say=f"{len(left)} tasks remain"), expect_text(cloc, ctext(rem))]
        title = f"Delete the task \"{t}\""
        return [Case(title, title, [Act("click", rm, say=f"Click × next to \"{t}\"")], checks, pre=pre)], [
            ("delete removes the others", "«tasks».filter((t) => t.id !== id)", "«tasks».filter((t) => t.id === id)")]

    out = [Sc("positive", add), Sc("positive", complete), Sc("negative", delete)]
    if use_err:
        def empty(r):
            blank = r.choice(["", "   "])
            steps = [fill(floc, blank), click(bloc)]
            checks = [expect_text(eloc, err, say=f'the error "{err}" is shown'), expect_count(lis, len(start), say="no task is added")]
            title = f"An empty {ctx.ent.one} task is not added" if blank == "" else f"A {ctx.ent.one} task of only spaces is not added"
            muts = [("error text misspelt", js(ctx, err), js(ctx, typo(err)))]
            if blank.strip() != blank:
                muts.append(("blank titles accepted", "const title = «draft».trim();\nif (!title) {", "const title = «draft»;\nif (!title) {"))
            return [Case(title, title, steps, checks, pre=pre)], muts

        out.append(Sc("negative", empty))
    return Built(comp, out, f"{d.title}: {ctx.ent.one} task list", rng.choice([f"{ctx.ent.One} tasks", "Todo list", f"{d.brand} checklist"]))


# ---------------------------------------------------------------- wizard

@family("wizard")
def wizard(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    ent = ctx.ent
    kinds = [k for k in d.theme.fields if k in ("name", "email", "code", "text", "phone", "postcode")]
    rng.shuffle(kinds)
    f1 = ctx.field(kinds[0])
    f2 = ctx.field(kinds[1] if len(kinds) > 1 else "name")
    s1 = rng.choice([f"{ent.One} details", f"{lex.qualifier()} details", f"About the {ent.one}"])
    s2 = rng.choice([f"{cap(lex.topic())}", f"Choose {lex.topic()}", f"{lex.qualifier()} contact"])
    s3 = rng.choice(["Review and confirm", f"Confirm the {ent.one}", f"Check and send to {d.brand}"])
    comp = Comp(ctx.screen_name("Wizard", "Setup", "Steps", "Onboarding"), ctx.style)
    q = ctx.style.quote
    comp.state_var("step", "1")
    comp.state_var("a", q * 2)
    comp.state_var("b", q * 2)
    comp.state_var("error", q * 2)
    comp.state_var("done", "false")
    req1 = f1.rules[0].message(rng, f1.label)
    req2 = f2.rules[0].message(rng, f2.label)
    ctx.texts.extend([req1, req2])
    comp.handler("next", "", f"if («step» === 1 && !«a».trim()) {{\n  «set:error»({js(ctx, req1)});\n  return;\n}}\n"
                             f"if («step» === 2 && !«b».trim()) {{\n  «set:error»({js(ctx, req2)});\n  return;\n}}\n"
                             f"«set:error»({q * 2});\n«set:step»(«step» + 1);")
    comp.handler("back", "", f"«set:error»({q * 2});\n«set:step»(«step» - 1);")
    a_j, a_loc = text_field(ctx, f1.label, "field-a", type_=f1.type if f1.type != "number" else "text", state="a", role_ok=False)
    b_j, b_loc = text_field(ctx, f2.label, "field-b", type_=f2.type if f2.type != "number" else "text", state="b", role_ok=False)
    next_t = rng.choice([f"Next {ent.one} step", f"Continue with {d.brand}", f"Next: {lex.topic()}", f"Save {ent.one} and continue"])
    back_t = rng.choice([f"Previous {ent.one} step", f"Back to the {ent.one}", f"Go back in {d.brand}"])
    finish_t = rng.choice([f"Confirm {ent.one}", f"Send to {d.brand}", f"Finish {ent.one} setup", f"Submit {ent.one} to {d.brand}"])
    nj, nloc = button(ctx, next_t, "«h:next»")
    bj, bloc = button(ctx, back_t, "«h:back»")
    fj, floc = button(ctx, finish_t, "() => «set:done»(true)")
    done_msg = rng.choice([f"{ent.One} confirmed by {d.brand}", f"{d.brand} received your {ent.one}", f"Thank you, your {ent.one} is all set",
                           f"Request {lex.code()} submitted"])
    ctx.texts.append(done_msg)
    ind_t = rng.choice([f"{ent.One} step {{n}} of 3", f"Step {{n}}/3 in {d.brand}", f"{ent.One} setup: step {{n}} of 3"])
    ij, iloc = output(ctx, "step", "the step indicator", ind_t.replace("{n}", "{«step»}"), role_name="status", label=None, tag="p")
    titles = f"<h2>{{[{js(ctx, s1)}, {js(ctx, s2)}, {js(ctx, s3)}][«step» - 1]}}</h2>"
    ctx.texts.extend([s1, s2, s3])
    ra, rb = ctx.tid("review a"), ctx.tid("review b")
    review = (f"<dl>\n  <dt>{f1.label}</dt>\n  <dd data-testid=\"{ra}\">{{«a»}}</dd>\n  <dt>{f2.label}</dt>\n  <dd data-testid=\"{rb}\">{{«b»}}</dd>\n</dl>")
    if rng.random() < 0.5:
        review = comp.part(comp.name + "Review", review)
    ej, eloc = output(ctx, "error", "the error", "{«error»}", role_name="alert", cond="«error»")
    dtid = ctx.tid("done")
    dj = f'<p role="status">{done_msg}</p>' if "role=\"status\"" not in ij else f'<p data-testid="{dtid}">{done_msg}</p>'
    dloc = role("status", desc="the confirmation") if "role=\"status\"" not in ij else by_testid(dtid, desc="the confirmation")
    comp.jsx = (f"<div>\n  {{«done» ? (\n    {dj}\n  ) : (\n    <div>\n{ind(ij, 6)}\n      {titles}\n"
                f"      {{«step» === 1 && (\n{ind('<div>' + chr(10) + ind(a_j, 2) + chr(10) + '</div>', 8)}\n      )}}\n"
                f"      {{«step» === 2 && (\n{ind('<div>' + chr(10) + ind(b_j, 2) + chr(10) + '</div>', 8)}\n      )}}\n"
                f"      {{«step» === 3 && (\n{ind(review, 8)}\n      )}}\n{ind(ej, 6)}\n"
                f"      {{«step» > 1 && (\n{ind(bj, 8)}\n      )}}\n"
                f"      {{«step» < 3 ? (\n{ind(nj, 8)}\n      ) : (\n{ind(fj, 8)}\n      )}}\n    </div>\n  )}}\n</div>")
    va = rng.choice(f1.valid)
    vb = rng.choice(f2.valid)

    def it(n):
        return ind_t.replace("{n}", str(n))

    def review_sc(r):
        steps = [fill(a_loc, va), click(nloc), fill(b_loc, vb), click(nloc)]
        checks = [expect_text(iloc, it(3)), expect_text(by_testid(ra, desc=f"the {f1.label} on the review"), va, say=f'the review shows {f1.label} "{va}"'),
                  expect_text(by_testid(rb, desc=f"the {f2.label} on the review"), vb, say=f'the review shows {f2.label} "{vb}"')]
        title = f"The {low(s3)} step shows {va} and {vb}"
        return [Case(title, title, steps, checks)], [("review shows the wrong field", f"data-testid=\"{rb}\">{{«b»}}", f"data-testid=\"{rb}\">{{«a»}}"),
                                                     ("step indicator stuck", ind_t.replace("{n}", "{«step»}"), ind_t.replace("{n}", "1"))]

    def complete(r):
        steps = [fill(a_loc, va), click(nloc), fill(b_loc, vb), click(nloc), click(floc)]
        title = f"Complete all three steps and {low(finish_t)}"
        return [Case(title, title, steps, [expect_text(dloc, done_msg, say=f'the message "{done_msg}" is shown')])], [
            ("finish does nothing", "() => «set:done»(true)", "() => «set:done»(false)"), ("confirmation misspelt", done_msg, typo(done_msg))]

    def first_required(r):
        checks = [expect_text(eloc, req1, say=f'the error "{req1}" is shown'), expect_text(iloc, it(1), say=f"the wizard stays on {it(1)}")]
        title = f"{next_t} without {low(f1.label)} shows an error"
        return [Case(title, title, [click(nloc)], checks, pre=f"{f1.label} is empty.")], [
            ("first step not validated", "«step» === 1 && !«a».trim()", "«step» === 0 && !«a».trim()"),
            ("error text misspelt", js(ctx, req1), js(ctx, typo(req1)))]

    def second_required(r):
        checks = [expect_text(eloc, req2, say=f'the error "{req2}" is shown'), expect_text(iloc, it(2), say=f"the wizard stays on {it(2)}")]
        title = f"{f2.label} is required on the {low(s2)} step"
        return [Case(title, title, [fill(a_loc, va), click(nloc), click(nloc)], checks)], [
            ("second step not validated", "«step» === 2 && !«b».trim()", "«step» === 0 && !«b».trim()")]

    def back_keeps(r):
        steps = [fill(a_loc, va), click(nloc), click(bloc)]
        checks = [expect_text(iloc, it(1)), expect_value(a_loc, va, say=f'{f1.label} still contains "{va}"')]
        title = f"{back_t} returns to {low(s1)} with {va} kept"
        return [Case(title, title, steps, checks)], [("back goes nowhere", "«set:step»(«step» - 1);", "«set:step»(«step»);"),
                                                     ("back clears the form", "«set:error»(" + q * 2 + ");\n«set:step»(«step» - 1);",
                                                      "«set:error»(" + q * 2 + ");\n«set:a»(" + q * 2 + ");\n«set:step»(«step» - 1);")]

    return Built(comp, [Sc("positive", review_sc), Sc("positive", complete), Sc("negative", first_required),
                        Sc("negative", second_required), Sc("positive", back_keeps)],
                 f"{d.title}: three-step {ent.one} wizard ({s1}, {s2}, {s3})", rng.choice([f"{ent.One} wizard", f"{s1} wizard", f"New {ent.one}"]))
