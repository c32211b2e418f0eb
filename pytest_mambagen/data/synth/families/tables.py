"""A sortable, paginated table (column-header sorting with aria-sort) and a todo list with filters."""

from __future__ import annotations

from ..core import Act, Case, Comp, click, expect_attr, expect_count, expect_text, js_lit, role
from ..generator import Built, Ctx, family
from ..widgets import button, js, output
from .common import _price_num, cap, fmt, ind, pick_items, plural, screen_name


@family("sortable_paged_table")
def sortable_paged_table(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    items = pick_items(ctx, 6, 10)
    if len({it["cents"] for it in items}) != len(items) or len({it["name"] for it in items}) != len(items):
        items = list({it["cents"]: it for it in items}.values())
    size = rng.choice([3, 4, 5])
    while len(items) <= size:
        size -= 1
    pages = -(-len(items) // size)
    pl = plural(ctx)
    q = ctx.style.quote
    comp = Comp(screen_name(ctx, f"{pl} table", f"{d.prefixes[0]} records", f"{d.prefixes[2]} list", f"sortable {pl}"), ctx.style)
    rows = "\n".join("  " + js_lit({"id": it["id"], "name": it["name"], "price": _price_num(it["cents"]), "category": it["category"]}, q) + ","
                     for it in items)
    comp.consts.append(f"const ROWS = [\n{rows}\n];")
    comp.consts.append(f"const PAGE_SIZE = {size};")
    comp.helpers.append(f"function formatPrice(amount) {{\n  return {js(ctx, d.currency)} + amount.toFixed(2);\n}}")
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
    name_h, price_h = rng.choice([("Name", "Price"), (cap(d.entity[0]), "Price"), ("Name", "Cost"), ("Title", "Amount")])
    cat_h = rng.choice(["Category", "Type", "Group"])

    def th(key, label):
        return (f"<th aria-sort={{«sortKey» === {js(ctx, key)} ? («direction» === {js(ctx, 'asc')} ? {js(ctx, 'ascending')} : {js(ctx, 'descending')}) : {js(ctx, 'none')}}}>\n"
                f"  <button type=\"button\" onClick={{() => «h:sortBy»({js(ctx, key)})}}>\n    {label}\n  </button>\n</th>")

    head = "<tr>\n" + ind("\n".join([th("name", name_h), th("price", price_h), f"<th>{cat_h}</th>"]), 2) + "\n</tr>"
    body = ("{visible.map((row) => (\n  <tr key={row.id}>\n    <td>{row.name}</td>\n    <td>{formatPrice(row.price)}</td>\n"
            "    <td>{row.category}</td>\n  </tr>\n))}")
    table = f"<table>\n  <thead>\n{ind(head, 4)}\n  </thead>\n  <tbody>\n{ind(body, 4)}\n  </tbody>\n</table>"
    prev_t, next_t = rng.choice([("Previous", "Next"), ("Prev", "Next"), ("‹ Back", "More ›")])
    pj, _ploc = button(ctx, prev_t, "() => «set:page»(«page» - 1)", extra="disabled={«page» === 0}")
    nj, nloc = button(ctx, next_t, "() => «set:page»(«page» + 1)", extra="disabled={«page» >= totalPages - 1}")
    ind_t = rng.choice(["Page {n} of {t}", "{n} / {t}"])
    ij, iloc = output(ctx, "page", "the page indicator", ind_t.replace("{n}", "{«page» + 1}").replace("{t}", "{totalPages}"),
                      tag="span", role_name="status", label="Current page")
    comp.jsx = f"<section>\n  <h2>{cap(pl)}</h2>\n{ind(table, 2)}\n  <nav aria-label=\"Pages\">\n{ind(chr(10).join([pj, ij, nj]), 4)}\n  </nav>\n</section>"
    ctx.names.extend([name_h, price_h, cat_h, prev_t, next_t])
    ctx.texts.extend(it["name"] for it in items)
    hn = role("button", name_h, desc=name_h, noun="column header")
    hp = role("button", price_h, desc=price_h, noun="column header")
    col_n = role("columnheader", name_h, desc=f"the {name_h} column")
    col_p = role("columnheader", price_h, desc=f"the {price_h} column")
    first_row = role("row", desc="the first row", refine=".nth(1)")

    def it_text(n, t):
        return ind_t.replace("{n}", str(n)).replace("{t}", str(t))

    cases = []
    by_price = sorted(items, key=lambda it: it["cents"])
    by_name = sorted(items, key=lambda it: it["name"])
    if ctx.kind == "positive":
        if rng.random() < 0.5:
            o = by_price[0]
            checks = [expect_attr(col_p, "aria-sort", "ascending", say=f"the {price_h} column is sorted ascending"),
                      Act("expect_contains", first_row, o["name"], say=f'the first row is "{o["name"]}" ({fmt(ctx, o["cents"])})')]
            cases.append(Case(f"sort by {price_h}", f"Sort by {price_h} (lowest first)", [click(hp)], checks))
            muts = [("numbers compared as text", "typeof x === " + js(ctx, "number") + " ? x - y", "typeof x === " + js(ctx, "string") + " ? x - y")
                    if str(by_price[0]["cents"] / 100) > str(by_price[1]["cents"] / 100) else
                    ("ascending order reversed", "return «direction» === " + js(ctx, "asc") + " ? order : -order;",
                     "return «direction» === " + js(ctx, "asc") + " ? -order : order;"),
                    ("aria-sort not updated", "«sortKey» === " + js(ctx, "price") + " ? («direction»", "false ? («direction»")]
        else:
            o = by_name[-1]
            checks = [expect_attr(col_n, "aria-sort", "descending", say=f"the {name_h} column is sorted descending"),
                      Act("expect_contains", first_row, o["name"], say=f'the first row is "{o["name"]}"')]
            cases.append(Case(f"{name_h} descending", f"Clicking {name_h} again sorts Z to A", [click(hn)], checks,
                              pre=f"The table opens sorted by {name_h}, A to Z."))
            muts = [("second click keeps the order", "«set:direction»(«direction» === " + js(ctx, "asc") + " ? " + js(ctx, "desc"),
                     "«set:direction»(«direction» === " + js(ctx, "asc") + " ? " + js(ctx, "asc"))]
    else:
        if rng.random() < 0.5:
            steps = [click(nloc), click(hp)]
            checks = [expect_text(iloc, it_text(1, pages), say=f'the page indicator shows "{it_text(1, pages)}"'),
                      Act("expect_contains", first_row, by_price[0]["name"], say=f'the first row is "{by_price[0]["name"]}"')]
            cases.append(Case("sorting returns to the first page", "Sorting from page 2 goes back to page 1", steps, checks))
            muts = [("page kept after sorting", "}\n«set:page»(0);", "}")]
        else:
            steps = [Act("click", nloc, say=f"Click {next_t} until the last page")] + [Act("click", nloc, say="__skip__")] * (pages - 2)
            last = by_name[(pages - 1) * size:]
            checks = [expect_text(iloc, it_text(pages, pages)), expect_count(role("row", desc="rows"), len(last) + 1,
                      say=f"{len(last)} rows are shown (plus the header)"), Act("expect_disabled", nloc, say=f"{next_t} is disabled")]
            cases.append(Case("last page", f"The last page shows the remaining {pl}", steps, checks))
            muts = [("next never disabled", "disabled={«page» >= totalPages - 1}", "disabled={«page» >= totalPages}"),
                    ("pages rounded down", "Math.ceil(sorted.length / PAGE_SIZE)", "Math.floor(sorted.length / PAGE_SIZE)")]
            if len(items) % size == 0:
                muts = muts[:1]
    return Built(comp, cases, f"{d.title}: sortable table with pages", f"{cap(pl)} table", muts)


@family("todo_filters")
def todo_filters(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    verbs = ("Call", "Email", "Review", "Update", "Check", "Order", "Book", "Prepare", "Send", "Archive")
    names = [f"{rng.choice(verbs)} {it[0]}" for it in rng.sample(list(d.items), 5)]
    names = list(dict.fromkeys(names))
    done = [False, True] + [rng.random() < 0.4 for _ in names[2:]]
    q = ctx.style.quote
    comp = Comp(screen_name(ctx, "task board", f"{d.prefixes[0]} todos", "todo list", "my tasks"), ctx.style)
    comp.consts.append("const TASKS = [\n" + "\n".join("  " + js_lit({"id": i + 1, "title": t, "done": dn}, q) + ","
                                                     for i, (t, dn) in enumerate(zip(names, done, strict=True))) + "\n];")
    comp.state_var("tasks", "TASKS")
    comp.state_var("filter", js(ctx, "all"))
    comp.handler("toggle", "id", "«set:tasks»(«tasks».map((t) => (t.id === id ? { ...t, done: !t.done } : t)));")
    comp.handler("clearCompleted", "", "«set:tasks»(«tasks».filter((t) => !t.done));")
    comp.derived.append(f"const shown = «tasks».filter((t) => «filter» === {js(ctx, 'all')} || («filter» === {js(ctx, 'done')} ? t.done : !t.done));")
    comp.derived.append("const left = «tasks».filter((t) => !t.done).length;")
    labels = rng.choice([("All", "Active", "Completed"), ("All", "To do", "Done"), ("Everything", "Open", "Finished")])
    clear_t = rng.choice([f"Clear {labels[2].lower()}", "Remove finished", "Clear done"])
    fbtn = "\n".join(f'<button type="button" aria-pressed={{«filter» === {js(ctx, k)}}} onClick={{() => «set:filter»({js(ctx, k)})}}>\n  {lab}\n</button>'
                     for k, lab in zip(("all", "active", "done"), labels, strict=True))
    row = "<li key={t.id}>\n  <label>\n    <input type=\"checkbox\" checked={t.done} onChange={() => «h:toggle»(t.id)} />\n    {t.title}\n  </label>\n</li>"
    cj, cloc = output(ctx, "left", "the counter", "{left} " + rng.choice(["left", "open", "to do"]), role_name="status", tag="span")
    word = cj.split("{left} ")[1].split("<")[0]
    cb, cbl = button(ctx, clear_t, "«h:clearCompleted»")
    comp.jsx = (f"<div>\n  <div role=\"group\" aria-label=\"Filter\">\n{ind(fbtn, 4)}\n  </div>\n  <ul>\n    {{shown.map((t) => (\n{ind(row, 6)}\n    ))}}\n  </ul>\n"
                f"{ind(cj, 2)}\n{ind(cb, 2)}\n</div>")
    ctx.names.extend([*labels, clear_t, *names])
    lis = role("listitem", desc="tasks")
    pre = "Tasks: " + "; ".join(f"{t} ({'done' if dn else 'open'})" for t, dn in zip(names, done, strict=True)) + "."
    n_done = sum(done)
    n_open = len(names) - n_done
    if ctx.kind == "positive":
        k = rng.choice([1, 2])
        lab = labels[k]
        n = n_open if k == 1 else n_done
        b = role("button", lab, desc=lab, noun="filter", exact=True)
        checks = [expect_count(lis, n, say=f"{n} tasks are listed"), expect_attr(b, "aria-pressed", "true", say=f"{lab} is selected")]
        cases = [Case(f"filter {lab}", f"The {lab} filter shows only {'open' if k == 1 else 'finished'} tasks", [click(b)], checks, pre=pre)]
        muts = [("filter inverted", "(«filter» === " + js(ctx, "done") + " ? t.done : !t.done)", "(«filter» === " + js(ctx, "done") + " ? !t.done : t.done)")]
    else:
        checks = [expect_count(lis, n_open, say=f"{n_open} tasks remain"), expect_text(cloc, f"{n_open} {word}")]
        cases = [Case("clear completed", f"{clear_t} removes every finished task", [click(cbl)], checks, pre=pre)]
        muts = [("clear removes open tasks", "«tasks».filter((t) => !t.done));", "«tasks».filter((t) => t.done));")]
    return Built(comp, cases, f"{d.title}: tasks with filters", rng.choice(["Tasks", "Todo list"]), muts)
