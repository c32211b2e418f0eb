"""A sortable, paginated table (column-header sorting with aria-sort) and a todo list with filters."""

from __future__ import annotations

from ..core import Act, Case, Comp, click, expect_attr, expect_count, expect_text, js_lit, role
from ..lexicon import low
from ..registry import Built, Ctx, Sc, family
from ..widgets import button, js, output
from .common import ind, price_num


@family("sortable_paged_table")
def sortable_paged_table(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    ent = ctx.ent
    items = ctx.items(6, 10)
    size = rng.choice([3, 4, 5])
    while len(items) <= size:
        size -= 1
    pages = -(-len(items) // size)
    q = ctx.style.quote
    comp = Comp(ctx.screen_name("Table", "Records", "Register", "Ledger"), ctx.style)
    rows = "\n".join("  " + js_lit({"id": it["id"], "name": it["name"], "price": price_num(it["cents"]), "category": it["category"]}, q) + ","
                     for it in items)
    comp.consts.append(f"const ROWS = [\n{rows}\n];")
    comp.consts.append(f"const PAGE_SIZE = {size};")
    fmt_name = rng.choice(["formatPrice", "money", "price"])
    comp.helpers.append(ctx.money_js(fmt_name, cents=False))
    comp.state_var("sortKey", js(ctx, "name"))
    comp.state_var("direction", js(ctx, "asc"))
    comp.state_var("page", "0")
    comp.handler("sortBy", "key", f"if («sortKey» === key) {{\n  «set:direction»(«direction» === {js(ctx, 'asc')} ? {js(ctx, 'desc')} : {js(ctx, 'asc')});\n}} else {{\n"
                                  f"  «set:sortKey»(key);\n  «set:direction»({js(ctx, 'asc')});\n}}\n«set:page»(0);")
    comp.derived.append("const sorted = [...ROWS].sort((a, b) => {\n  const x = a[«sortKey»];\n  const y = b[«sortKey»];\n"
                        f"  const order = typeof x === {js(ctx, 'number')} ? x - y : String(x).localeCompare(String(y));\n"
                        f"  return «direction» === {js(ctx, 'asc')} ? order : -order;\n}});")
    comp.derived.append("const totalPages = Math.ceil(sorted.length / PAGE_SIZE);")
    comp.derived.append("const visible = sorted.slice(«page» * PAGE_SIZE, («page» + 1) * PAGE_SIZE);")
    name_h = rng.choice([ent.One, f"{ent.One} name", f"{d.brand} {ent.one}"])
    price_h = rng.choice([f"{ent.One} price ({ctx.cur.symbol})", f"{ent.One} cost", f"{d.brand} amount", f"{ent.One} fee"])
    cat_h = rng.choice(["Category", "Type", "Group", f"{ent.One} type"])

    def th(key, label):
        return (f"<th aria-sort={{«sortKey» === {js(ctx, key)} ? («direction» === {js(ctx, 'asc')} ? {js(ctx, 'ascending')} : {js(ctx, 'descending')}) : {js(ctx, 'none')}}}>\n"
                f"  <button type=\"button\" onClick={{() => «h:sortBy»({js(ctx, key)})}}>\n    {label}\n  </button>\n</th>")

    head = "<tr>\n" + ind("\n".join([th("name", name_h), th("price", price_h), f"<th>{cat_h}</th>"]), 2) + "\n</tr>"
    tr = f"<tr key={{row.id}}>\n  <td>{{row.name}}</td>\n  <td>{{{fmt_name}(row.price)}}</td>\n  <td>{{row.category}}</td>\n</tr>"
    if rng.random() < 0.5:
        tr = comp.part(comp.name + "Row", tr, ("row",))
    body = f"{{visible.map((row) => (\n{ind(tr, 2)}\n))}}"
    table = f"<table>\n  <thead>\n{ind(head, 4)}\n  </thead>\n  <tbody>\n{ind(body, 4)}\n  </tbody>\n</table>"
    prev_t, next_t = rng.choice([(f"Previous {size} {ent.many}", f"Next {size} {ent.many}"), (f"Previous {ent.many}", f"Next {ent.many}"),
                                 (f"‹ Back to {d.brand}", f"More {ent.many} ›"), (f"Earlier {ent.many}", f"Later {ent.many}")])
    pj, _ploc = button(ctx, prev_t, "() => «set:page»(«page» - 1)", extra="disabled={«page» === 0}")
    nj, nloc = button(ctx, next_t, "() => «set:page»(«page» + 1)", extra="disabled={«page» >= totalPages - 1}")
    ind_t = rng.choice([f"{d.brand} page {{n}} of {{t}}", f"{{n}} / {{t}} {ent.many}", f"{ent.Many}: page {{n}} of {{t}}"])
    ij, iloc = output(ctx, "page", "the page indicator", ind_t.replace("{n}", "{«page» + 1}").replace("{t}", "{totalPages}"),
                      tag="span", role_name="status", label=f"Current {ent.one} page")
    comp.jsx = f"<section>\n  <h2>{d.brand} {ent.many}</h2>\n{ind(table, 2)}\n  <nav aria-label=\"{ent.One} pages\">\n{ind(chr(10).join([pj, ij, nj]), 4)}\n  </nav>\n</section>"
    ctx.names.extend([name_h, price_h, cat_h, prev_t, next_t])
    ctx.texts.extend(it["name"] for it in items)
    hn = role("button", name_h, desc=name_h, noun="column header", exact=True)
    hp = role("button", price_h, desc=price_h, noun="column header", exact=True)
    col_n = role("columnheader", name_h, desc=f"the {name_h} column", exact=True)
    col_p = role("columnheader", price_h, desc=f"the {price_h} column", exact=True)
    first_row = role("row", desc="the first row", refine=".nth(1)")

    def it_text(n, t):
        return ind_t.replace("{n}", str(n)).replace("{t}", str(t))

    by_price = sorted(items, key=lambda it: it["cents"])
    by_name = sorted(items, key=lambda it: it["name"])

    def sort_price(r):
        o = by_price[0]
        checks = [expect_attr(col_p, "aria-sort", "ascending", say=f"the {price_h} column is sorted ascending"),
                  Act("expect_contains", first_row, o["name"], say=f'the first row is "{o["name"]}" ({ctx.money(o["cents"])})')]
        title = f"Sort {ent.many} by {low(price_h)}, lowest first"
        text_cmp = str(by_price[0]["cents"] / 100) > str(by_price[1]["cents"] / 100)
        m1 = ("numbers compared as text", "typeof x === " + js(ctx, "number") + " ? x - y", "typeof x === " + js(ctx, "string") + " ? x - y") \
            if text_cmp else ("ascending order reversed", "return «direction» === " + js(ctx, "asc") + " ? order : -order;",
                              "return «direction» === " + js(ctx, "asc") + " ? -order : order;")
        return [Case(title, title, [click(hp)], checks)], [m1, ("aria-sort not updated", "«sortKey» === " + js(ctx, "price") + " ? («direction»",
                                                               "false ? («direction»")]

    def name_desc(r):
        o = by_name[-1]
        checks = [expect_attr(col_n, "aria-sort", "descending", say=f"the {name_h} column is sorted descending"),
                  Act("expect_contains", first_row, o["name"], say=f'the first row is "{o["name"]}"')]
        title = f"Clicking {name_h} again sorts Z to A"
        return [Case(title, title, [click(hn)], checks, pre=f"The table opens sorted by {name_h}, A to Z.")], [
            ("second click keeps the order", "«set:direction»(«direction» === " + js(ctx, "asc") + " ? " + js(ctx, "desc"),
             "«set:direction»(«direction» === " + js(ctx, "asc") + " ? " + js(ctx, "asc"))]

    def reset_page(r):
        checks = [expect_text(iloc, it_text(1, pages), say=f'the page indicator shows "{it_text(1, pages)}"'),
                  Act("expect_contains", first_row, by_price[0]["name"], say=f'the first row is "{by_price[0]["name"]}"')]
        title = f"{d.brand} {ent.many} go back to page 1 when sorted by {low(price_h)}"
        return [Case(title, title, [click(nloc), click(hp)], checks)], [("page kept after sorting", "}\n«set:page»(0);", "}")]

    def last(r):
        steps = [Act("click", nloc, say=f"Click {next_t} until the last page")] + [Act("click", nloc, say="__skip__")] * (pages - 2)
        rest = by_name[(pages - 1) * size:]
        checks = [expect_text(iloc, it_text(pages, pages)), expect_count(role("row", desc="rows"), len(rest) + 1,
                  say=f"{len(rest)} rows are shown (plus the header)"), Act("expect_disabled", nloc, say=f"{next_t} is disabled")]
        title = f"The last page shows the remaining {len(rest)} {ent.many}"
        muts = [("next never disabled", "disabled={«page» >= totalPages - 1}", "disabled={«page» >= totalPages}")]
        if len(items) % size:
            muts.append(("pages rounded down", "Math.ceil(sorted.length / PAGE_SIZE)", "Math.floor(sorted.length / PAGE_SIZE)"))
        return [Case(title, title, steps, checks)], muts

    def default(r):
        checks = [expect_attr(col_n, "aria-sort", "ascending", say=f"the {name_h} column is sorted ascending"),
                  expect_attr(col_p, "aria-sort", "none", say=f"the {price_h} column is not sorted"),
                  Act("expect_contains", first_row, by_name[0]["name"], say=f'the first row is "{by_name[0]["name"]}"')]
        title = f"{ent.Many} open sorted by {low(name_h)}"
        # the first "asc" of the component is the initial direction (state comes before handlers)
        return [Case(title, title, [], checks)], [("initial sort descending", js(ctx, "asc"), js(ctx, "desc"))]

    return Built(comp, [Sc("positive", sort_price), Sc("positive", name_desc), Sc("negative", reset_page), Sc("negative", last),
                        Sc("positive", default)],
                 f"{d.title}: sortable {ent.many} table with pages", f"{ent.One} table")


@family("todo_filters")
def todo_filters(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    verbs = ("Call", "Email", "Review", "Update", "Check", "Order", "Book", "Prepare", "Send", "Archive", "Chase", "Renew", "Confirm")
    names = lex.unique(lambda: rng.choice([f"{rng.choice(verbs)} {lex.item()}", f"{rng.choice(verbs)} {lex.person()}",
                                           f"{rng.choice(verbs)} {ctx.ent.one} {lex.code()}"]), 5)
    names = [n for n in names if not any(n != o and n.lower() in o.lower() for o in names)]
    if len(names) < 3:
        raise ValueError("task names overlap")
    done = [False, True] + [rng.random() < 0.4 for _ in names[2:]]
    q = ctx.style.quote
    comp = Comp(ctx.screen_name("TaskBoard", "Todos", "Checklist", "Worklist"), ctx.style)
    comp.consts.append("const TASKS = [\n" + "\n".join("  " + js_lit({"id": i + 1, "title": t, "done": dn}, q) + ","
                                                     for i, (t, dn) in enumerate(zip(names, done, strict=True))) + "\n];")
    comp.state_var("tasks", "TASKS")
    comp.state_var("filter", js(ctx, "all"))
    comp.handler("toggle", "id", "«set:tasks»(«tasks».map((t) => (t.id === id ? { ...t, done: !t.done } : t)));")
    comp.handler("clearCompleted", "", "«set:tasks»(«tasks».filter((t) => !t.done));")
    comp.derived.append(f"const shown = «tasks».filter((t) => «filter» === {js(ctx, 'all')} || («filter» === {js(ctx, 'done')} ? t.done : !t.done));")
    comp.derived.append("const left = «tasks».filter((t) => !t.done).length;")
    ent = ctx.ent
    labels = rng.choice([(f"All {ent.one} tasks", f"Active for {d.brand}", f"Completed {ent.one} tasks"),
                         (f"Everything in {d.brand}", f"Open {ent.one} tasks", f"Finished {ent.one} tasks"),
                         (f"All for {d.brand}", f"{ent.One} to do", f"{ent.One} done")])
    clear_t = rng.choice([f"Clear {low(labels[2])}", f"Remove finished {ent.one} tasks", f"Clear done {ent.one} tasks"])
    fbtn = "\n".join(f'<button type="button" aria-pressed={{«filter» === {js(ctx, k)}}} onClick={{() => «set:filter»({js(ctx, k)})}}>\n  {lab}\n</button>'
                     for k, lab in zip(("all", "active", "done"), labels, strict=True))
    row = "<li key={t.id}>\n  <label>\n    <input type=\"checkbox\" checked={t.done} onChange={() => «h:toggle»(t.id)} />\n    {t.title}\n  </label>\n</li>"
    if rng.random() < 0.5:
        row = comp.part(comp.name + "Row", row, ("t",))
    word = rng.choice([f"left for {d.brand}", f"open {ent.one} tasks", f"{ent.one} tasks to do", f"{ent.one} tasks open"])
    cj, cloc = output(ctx, "left", "the counter", "{left} " + word, role_name="status", tag="span")
    cb, cbl = button(ctx, clear_t, "«h:clearCompleted»")
    comp.jsx = (f"<div>\n  <div role=\"group\" aria-label=\"{ent.One} task filter\">\n{ind(fbtn, 4)}\n  </div>\n  <ul>\n    {{shown.map((t) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n"
                f"{ind(cj, 2)}\n{ind(cb, 2)}\n</div>")
    ctx.names.extend([*labels, clear_t, *names])
    lis = role("listitem", desc="tasks")
    pre = "Tasks: " + "; ".join(f"{t} ({'done' if dn else 'open'})" for t, dn in zip(names, done, strict=True)) + "."
    n_done = sum(done)
    n_open = len(names) - n_done

    def filt(r, k):
        lab = labels[k]
        n = n_open if k == 1 else n_done
        b = role("button", lab, desc=lab, noun="filter", exact=True)
        checks = [expect_count(lis, n, say=f"{n} tasks are listed"), expect_attr(b, "aria-pressed", "true", say=f"{lab} is selected")]
        title = f"The {lab} filter shows only {'open' if k == 1 else 'finished'} tasks"
        return [Case(title, title, [click(b)], checks, pre=pre)], [
            ("filter inverted", "(«filter» === " + js(ctx, "done") + " ? t.done : !t.done)", "(«filter» === " + js(ctx, "done") + " ? !t.done : t.done)")]

    def clear(r):
        checks = [expect_count(lis, n_open, say=f"{n_open} tasks remain"), expect_text(cloc, f"{n_open} {word}")]
        title = f"{clear_t} removes every finished task"
        return [Case(title, title, [click(cbl)], checks, pre=pre)], [("clear removes open tasks", "«tasks».filter((t) => !t.done));",
                                                                    "«tasks».filter((t) => t.done));")]

    def tick(r):
        i = next(i for i, dn in enumerate(done) if not dn)
        t = names[i]
        checks = [expect_text(cloc, f"{n_open - 1} {word}", say=f'the counter shows "{n_open - 1} {word}"')]
        title = f"Ticking \"{t}\" lowers the counter to {n_open - 1}"
        return [Case(title, title, [Act("check", role("checkbox", t, desc=t, noun="checkbox", exact=True))], checks, pre=pre)], [
            ("counter counts every task", "«tasks».filter((t) => !t.done).length", "«tasks».length")]

    return Built(comp, [Sc("positive", lambda r: filt(r, 1)), Sc("positive", lambda r: filt(r, 2)), Sc("negative", clear), Sc("positive", tick)],
                 f"{d.title}: {ent.one} tasks with filters", rng.choice([f"{ent.One} tasks", "Todo list"]))
