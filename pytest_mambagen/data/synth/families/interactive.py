"""Interactive screens: cart, counter, tabs, accordion, dialog, toggles, todo list, wizard."""

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
    press,
    role,
)
from ..generator import Built, Ctx, family
from ..widgets import button, checkbox, js, output, text_field
from .common import cap, ind, items_const, pick_items, plural, screen_name, singular, typo

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
    comp.consts.append(f"const MIN = {lo};")
    comp.consts.append(f"const MAX = {hi};")
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
    row = (f"<li key={{item.id}}>\n  <span>{{item.name}}</span>\n  <button type=\"button\" aria-label={{`{verb} ${{item.name}}`}} onClick={{() => «set:pending»(item)}}>\n"
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
                 Act("expect_contains", dialog, body, say=f'a confirmation dialog says "{body}"'),
                 Act("click", cl, say=f'Click "{cancel}" in the dialog')]
        cases.append(Case("cancel keeps the item", f"Cancel keeps {target['name']}", steps, checks))
        muts = [("cancel deletes anyway", "onClick={() => «set:pending»(null)}", "onClick={«h:confirmDelete»}")]
    return Built(comp, cases, f"{ctx.domain.title}: delete {pl} with confirmation", f"Manage {pl}", muts)


# ---------------------------------------------------------------- settings toggles

@family("settings_toggles")
def settings_toggles(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    toggles = list(d.toggles)
    rng.shuffle(toggles)
    toggles = toggles[:rng.randint(3, 5)]
    init = {t: rng.random() < 0.4 for t in toggles}
    keys = {t: _camel(t) for t in toggles}
    comp = Comp(screen_name(ctx, "notification settings", f"{d.prefixes[0]} preferences", "settings", "alert settings"), ctx.style)
    from ..core import js_lit

    comp.consts.append("const DEFAULTS = " + js_lit({keys[t]: init[t] for t in toggles}, ctx.style.quote) + ";")
    comp.state_var("prefs", "DEFAULTS")
    comp.state_var("saved", "DEFAULTS")
    comp.state_var("message", ctx.style.quote * 2)
    saved_msg = rng.choice(["Settings saved", "Preferences saved", "Your changes have been saved", "Saved!"])
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
    save_t = rng.choice(["Save", "Save changes", "Save settings"])
    disable_when_clean = rng.random() < 0.6
    bj, bloc = button(ctx, save_t, "«h:save»", extra="disabled={!dirty}" if disable_when_clean else "")
    mj, mloc = output(ctx, "saved message", "the confirmation", "{«message»}", role_name="status", cond="«message»")
    comp.jsx = (f"<form onSubmit={{(e) => e.preventDefault()}}>\n  <h2>{rng.choice(['Notifications', 'Settings', 'Preferences'])}</h2>\n"
                f"  <ul>\n{ind(chr(10).join(rows), 4)}\n  </ul>\n{ind(bj, 2)}\n{ind(mj, 2)}\n</form>")
    t = rng.choice(toggles)
    on = init[t]
    loc = locs[t]
    act = Act("click" if button_switch else ("uncheck" if on else "check"), loc,
              say=f"Turn {'off' if on else 'on'} {t}")
    state_check = expect_unchecked(loc, say=f"{t} is off") if on else expect_checked(loc, say=f"{t} is on")
    if button_switch:
        state_check = expect_attr(loc, "aria-checked", "false" if on else "true", say=f"{t} is {'off' if on else 'on'}")
    pre = "Initial state: " + ", ".join(f"{x} {'on' if init[x] else 'off'}" for x in toggles) + "."
    cases = []
    if ctx.kind == "positive":
        checks = [state_check, expect_text(mloc, saved_msg, say=f'the message "{saved_msg}" is shown')]
        cases.append(Case(f"saving {t}", f"Change {t} and save", [act, click(bloc)], checks, pre=pre))
        muts = [("save shows no confirmation", f"«set:message»({js(ctx, saved_msg)})", f"«set:message»({ctx.style.quote * 2})"),
                ("confirmation text misspelt", js(ctx, saved_msg), js(ctx, typo(saved_msg)))]
        if disable_when_clean and rng.random() < 0.5:
            cases[0].steps.insert(1, expect_enabled(bloc, say=f"{save_t} becomes enabled"))
    else:
        if disable_when_clean:
            checks = [expect_disabled(bloc, say=f"{save_t} is disabled while nothing has changed")]
            steps = []
            if rng.random() < 0.5:
                steps = [act, Act(act.kind if act.kind == "click" else ("check" if act.kind == "uncheck" else "uncheck"), loc,
                                  say=f"Turn {t} back {'on' if on else 'off'}")]
                title = f"{save_t} is disabled again after undoing a change"
            else:
                title = f"{save_t} is disabled until something changes"
            cases.append(Case("save disabled without changes", title, steps, checks, pre=pre))
            muts = [("save always enabled", "disabled={!dirty}", "disabled={false}")]
        else:
            checks = [expect_hidden(mloc, say="the confirmation disappears"), state_check]
            cases.append(Case("changing after save hides the confirmation", "Changing a setting after saving hides the confirmation",
                              [click(bloc), act], checks, pre=pre))
            muts = [("stale confirmation", "«set:prefs»({ ...«prefs», [key]: !«prefs»[key] });\n«set:message»(" + ctx.style.quote * 2 + ");",
                     "«set:prefs»({ ...«prefs», [key]: !«prefs»[key] });")]
    return Built(comp, cases, f"{d.title}: notification settings", rng.choice(["Settings", "Notification settings", "Preferences"]), muts)


def _camel(text: str) -> str:
    from ..core import camel

    return camel(text)


# ---------------------------------------------------------------- todo list

_VERBS = ("Call", "Email", "Review", "Update", "Check", "Order", "Book", "Prepare", "Send", "Archive")


@family("todo")
def todo(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    names = [f"{rng.choice(_VERBS)} {it[0]}" for it in rng.sample(list(d.items), 4)]
    start = names[:rng.randint(1, 3)]
    done0 = [rng.random() < 0.3 for _ in start]
    comp = Comp(screen_name(ctx, "todo list", f"{d.prefixes[0]} tasks", "task list", "checklist"), ctx.style)
    from ..core import js_lit

    comp.consts.append("const INITIAL_TASKS = [\n" + "\n".join("  " + js_lit({"id": i + 1, "title": t, "done": dn}, ctx.style.quote) + ","
                                                             for i, (t, dn) in enumerate(zip(start, done0, strict=True))) + "\n];")
    comp.state_var("tasks", "INITIAL_TASKS")
    comp.state_var("draft", ctx.style.quote * 2)
    err = rng.choice(["Task cannot be empty", "Please enter a task", "Enter a task first"])
    use_err = rng.random() < 0.6
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
    label = rng.choice(["New task", "Task", "What needs doing?", "Add a task"])
    fj, floc = text_field(ctx, label, "new-task", state="draft", role_ok=False)
    add_t = rng.choice(["Add", "Add task", "Save task"])
    bj, bloc = button(ctx, add_t, type_="submit")
    del_t = rng.choice(["Delete", "Remove"])
    row = (f"<li key={{t.id}}>\n  <label>\n    <input type=\"checkbox\" checked={{t.done}} onChange={{() => «h:toggleTask»(t.id)}} />\n    {{t.title}}\n  </label>\n"
           f"  <button type=\"button\" aria-label={{`{del_t} ${{t.title}}`}} onClick={{() => «h:removeTask»(t.id)}}>\n    ×\n  </button>\n</li>")
    cnt = rng.choice(["{remaining} left", "{remaining} remaining", "{remaining} to do"])
    cj, cloc = output(ctx, "remaining", "the remaining count", cnt.replace("{remaining}", "{remaining}"), role_name="status", tag="p",
                      label=None)
    parts = [f"<form onSubmit={{«h:addTask»}}>\n{ind(fj, 2)}\n{ind(bj, 2)}\n</form>"]
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
    cases = []
    if ctx.kind == "positive":
        r = rng.random()
        if r < 0.5:
            new = names[-1]
            steps = [fill(floc, new), click(bloc) if rng.random() < 0.6 else press(floc, "Enter")]
            checks = [expect_count(lis, len(start) + 1, say=f"the list has {len(start) + 1} tasks"),
                      expect_visible(role("checkbox", new, desc=f"the task \"{new}\""), say=f'"{new}" is listed'),
                      expect_text(cloc, ctext(remaining0 + 1)), expect_value(floc, "", say=f"the {label} field is cleared")]
            cases.append(Case("add a task", f"Add the task \"{new}\"", steps, checks, pre=pre))
            muts = [("draft not cleared", "«set:draft»(" + ctx.style.quote * 2 + ");", "")]
            if any(done0):
                muts.append(("counter counts done tasks", "«tasks».filter((t) => !t.done).length", "«tasks».length"))
        else:
            idx = next((i for i, x in enumerate(done0) if not x), None)
            if idx is None:
                idx = 0
            t = start[idx]
            cb = role("checkbox", t, desc=t, noun="checkbox")
            was = done0[idx]
            checks = [expect_checked(cb, say=f'"{t}" is ticked') if not was else expect_unchecked(cb, say=f'"{t}" is unticked'),
                      expect_text(cloc, ctext(remaining0 - 1 if not was else remaining0 + 1))]
            cases.append(Case(f"complete {t}", f"Mark \"{t}\" as {'done' if not was else 'not done'}",
                              [Act("check" if not was else "uncheck", cb)], checks, pre=pre))
            muts = [("counter counts done tasks", "«tasks».filter((t) => !t.done).length", "«tasks».filter((t) => t.done).length")]
    else:
        if use_err and rng.random() < 0.6:
            steps = [fill(floc, rng.choice(["", "   "])), click(bloc)]
            checks = [expect_text(eloc, err, say=f'the error "{err}" is shown'), expect_count(lis, len(start), say="no task is added")]
            cases.append(Case("empty task is rejected", "An empty task is not added", steps, checks, pre=pre))
            muts = [("blank titles accepted", "const title = «draft».trim();\nif (!title) {", "const title = «draft»;\nif (!title) {"),
                    ("error text misspelt", js(ctx, err), js(ctx, typo(err)))]
        else:
            t = rng.choice(start)
            rm = role("button", f"{del_t} {t}", desc=f"the × next to {t}")
            left = [x for x in start if x != t]
            rem = sum(1 for x, dn in zip(start, done0, strict=True) if x != t and not dn)
            checks = [expect_count(lis, len(left), say=f"{len(left)} tasks remain"), expect_text(cloc, ctext(rem))]
            cases.append(Case(f"delete {t}", f"Delete the task \"{t}\"", [Act("click", rm, say=f"Click × next to \"{t}\"")], checks, pre=pre))
            muts = [("delete removes the others", "«tasks».filter((t) => t.id !== id)", "«tasks».filter((t) => t.id === id)")]
    return Built(comp, cases, f"{d.title}: task list", rng.choice(["Tasks", "Todo list", "Checklist"]), muts)


# ---------------------------------------------------------------- wizard

@family("wizard")
def wizard(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    from ..fields import FIELDS

    keys = list(d.fields)
    rng.shuffle(keys)
    f1 = FIELDS[keys[0]]
    f2 = FIELDS[keys[1]]
    s1, s2, s3 = d.steps
    comp = Comp(screen_name(ctx, f"{d.prefixes[1]} wizard", f"{d.prefixes[0]} setup", f"new {singular(ctx)} wizard", "checkout steps"), ctx.style)
    q = ctx.style.quote
    comp.state_var("step", "1")
    comp.state_var("a", q * 2)
    comp.state_var("b", q * 2)
    comp.state_var("error", q * 2)
    comp.state_var("done", "false")
    req1 = f"{f1.label} is required"
    req2 = f"{f2.label} is required"
    ctx.texts.extend([req1, req2])
    comp.handler("next", "", f"if («step» === 1 && !«a».trim()) {{\n  «set:error»({js(ctx, req1)});\n  return;\n}}\n"
                             f"if («step» === 2 && !«b».trim()) {{\n  «set:error»({js(ctx, req2)});\n  return;\n}}\n"
                             f"«set:error»({q * 2});\n«set:step»(«step» + 1);")
    comp.handler("back", "", f"«set:error»({q * 2});\n«set:step»(«step» - 1);")
    a_j, a_loc = text_field(ctx, f1.label, "field-a", type_=f1.type if f1.type != "number" else "text", state="a", role_ok=False)
    b_j, b_loc = text_field(ctx, f2.label, "field-b", type_=f2.type if f2.type != "number" else "text", state="b", role_ok=False)
    next_t = rng.choice(["Next", "Continue"])
    back_t = rng.choice(["Back", "Previous"])
    finish_t = rng.choice(["Confirm", "Submit", "Finish"])
    nj, nloc = button(ctx, next_t, "«h:next»")
    bj, bloc = button(ctx, back_t, "«h:back»")
    fj, floc = button(ctx, finish_t, "() => «set:done»(true)")
    done_msg = rng.choice(["All done!", f"{cap(singular(ctx))} confirmed", "Thank you, you're all set", "Request submitted"])
    ctx.texts.append(done_msg)
    ind_t = rng.choice(["Step {n} of 3", "Step {n}/3"])
    ij, iloc = output(ctx, "step", "the step indicator", ind_t.replace("{n}", "{«step»}"), role_name="status", label=None, tag="p")
    titles = f"<h2>{{[{js(ctx, s1)}, {js(ctx, s2)}, {js(ctx, s3)}][«step» - 1]}}</h2>"
    ctx.texts.extend([s1, s2, s3])
    review = (f"<dl>\n  <dt>{f1.label}</dt>\n  <dd data-testid=\"review-a\">{{«a»}}</dd>\n  <dt>{f2.label}</dt>\n  <dd data-testid=\"review-b\">{{«b»}}</dd>\n</dl>")
    ej, eloc = output(ctx, "error", "the error", "{«error»}", role_name="alert", cond="«error»")
    dj = f'<p role="status">{done_msg}</p>' if "role=\"status\"" not in ij else f'<p data-testid="done">{done_msg}</p>'
    dloc = role("status", desc="the confirmation") if "role=\"status\"" not in ij else by_testid("done", desc="the confirmation")
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

    cases = []
    if ctx.kind == "positive":
        if rng.random() < 0.5:
            steps = [fill(a_loc, va), click(nloc), fill(b_loc, vb), click(nloc)]
            checks = [expect_text(iloc, it(3)), expect_text(by_testid("review-a", desc=f"the {f1.label} on the review"), va,
                                                           say=f'the review shows {f1.label} "{va}"'),
                      expect_text(by_testid("review-b", desc=f"the {f2.label} on the review"), vb, say=f'the review shows {f2.label} "{vb}"')]
            cases.append(Case("review shows the entered details", "The review step shows what was entered", steps, checks))
            muts = [("review shows the wrong field", "data-testid=\"review-b\">{«b»}", "data-testid=\"review-b\">{«a»}"),
                    ("step indicator stuck", ind_t.replace("{n}", "{«step»}"), ind_t.replace("{n}", "1"))]
        else:
            steps = [fill(a_loc, va), click(nloc), fill(b_loc, vb), click(nloc), click(floc)]
            checks = [expect_text(dloc, done_msg, say=f'the message "{done_msg}" is shown')]
            cases.append(Case("complete the wizard", f"Complete all three steps and {finish_t.lower()}", steps, checks))
            muts = [("finish does nothing", "() => «set:done»(true)", "() => «set:done»(false)"),
                    ("confirmation misspelt", done_msg, typo(done_msg))]
    else:
        if rng.random() < 0.6:
            steps = [click(nloc)]
            checks = [expect_text(eloc, req1, say=f'the error "{req1}" is shown'), expect_text(iloc, it(1), say=f"the wizard stays on {it(1)}")]
            cases.append(Case(f"{f1.label} is required", f"{next_t} without {f1.label} shows an error", steps, checks,
                              pre=f"{f1.label} is empty."))
            muts = [("first step not validated", "«step» === 1 && !«a».trim()", "«step» === 0 && !«a».trim()"),
                    ("error text misspelt", js(ctx, req1), js(ctx, typo(req1)))]
        else:
            steps = [fill(a_loc, va), click(nloc), click(bloc)]
            checks = [expect_text(iloc, it(1)), expect_value(a_loc, va, say=f'{f1.label} still contains "{va}"')]
            cases.append(Case("back keeps the values", f"{back_t} returns to step 1 with the value kept", steps, checks))
            muts = [("back goes nowhere", "«set:step»(«step» - 1);", "«set:step»(«step»);"),
                    ("back clears the form", "«set:error»(" + q * 2 + ");\n«set:step»(«step» - 1);",
                     "«set:error»(" + q * 2 + ");\n«set:a»(" + q * 2 + ");\n«set:step»(«step» - 1);")]
    return Built(comp, cases, f"{d.title}: three-step wizard ({s1}, {s2}, {s3})", rng.choice(["Wizard", f"{s1} wizard", "Checkout"]), muts)
