"""Lists and tables: search, filter, sort, pagination, empty states."""

from __future__ import annotations

from ..core import (
    Act,
    Case,
    Comp,
    Param,
    by_testid,
    by_text,
    click,
    expect_count,
    expect_disabled,
    expect_enabled,
    expect_text,
    expect_visible,
    fill,
    role,
    select,
)
from ..lexicon import low
from ..registry import Built, Ctx, Sc, family
from ..widgets import button, js, output, select_field, text_field
from .common import const_name, ind, items_const, quoted_list, typo

_STOP = frozenset({"the", "with", "and", "for", "from", "into", "this", "that", "our"})


def _list_markup(comp, ctx, var: str, show_price: bool, fmt_name: str, tag: str = "ul", label: str | None = None):
    """Rendered list of ``var``; returns (jsx, item locator)."""
    lab = f' aria-label="{label}"' if label else ""
    if show_price:
        li = f"<li key={{item.id}}>\n  {{item.name}} <span className=\"price\">{{{fmt_name}(item.price)}}</span>\n</li>"
    else:
        li = "<li key={item.id}>{item.name}</li>"
    if ctx.rng.random() < 0.5:
        li = comp.part(comp.name + "Row", li, ("item",))
    jsx = f"<{tag}{lab}>\n  {{{var}.map((item) => (\n{ind(li, 4)}\n  ))}}\n</{tag}>"
    if label:
        loc = role("listitem", desc=f"{label} entries", parent=role("list", label, desc=label))
    else:
        loc = role("listitem", desc="list entries")
    return jsx, loc


def Act_text_list(loc, names):
    return Act("expect_text", loc, list(names), say="the list shows " + quoted_list(names))


def Act_contains_list(loc, names):
    return Act("expect_contains", loc, list(names), say="the list shows " + quoted_list(names))


@family("search_list")
def search_list(ctx: Ctx) -> Built:
    rng = ctx.rng
    ent = ctx.ent
    items = ctx.items(5, 9)
    const = const_name(ctx.domain.brand, ent.many) if rng.random() < 0.4 else const_name(ent.many)
    comp = Comp(ctx.screen_name("Search", "Finder", "Directory", "Lookup"), ctx.style)
    comp.consts.append(items_const(ctx, const, items))
    show_price = rng.random() < 0.5
    fmt_name = rng.choice(["formatPrice", "money", "toPrice"])
    if show_price:
        comp.helpers.append(ctx.money_js(fmt_name, cents=False))
    q = ctx.style.quote
    comp.state_var("query", f"{q}{q}")
    by_cat = rng.random() < 0.3
    match = "item.name.toLowerCase().includes(needle)"
    if by_cat:
        match = "item.name.toLowerCase().includes(needle) || item.category.toLowerCase().includes(needle)"
    comp.derived.append("const needle = «query».trim().toLowerCase();")
    comp.derived.append(f"const visible = {const}.filter((item) => {match});")
    label = rng.choice([f"Search {ent.many}", f"Find a {ent.one}", f"Search {ctx.domain.brand} {ent.many}", f"Filter {ent.many} by name"])
    fjsx, floc = text_field(ctx, label, "search", type_="search", state="query",
                            placeholder=rng.choice(["", f"Type a {ent.one} name", f"e.g. {items[0]['name'].split()[0]}"]))
    list_label = rng.choice([ent.Many, None, f"{ent.Many} found", f"Matching {ent.many}"])
    ljsx, iloc = _list_markup(comp, ctx, "visible", show_price, fmt_name, label=list_label)
    empty_msg = rng.choice([f"No {ent.many} found", f"No {ent.many} match your search", f"Nothing in {ctx.domain.brand} matches that search",
                            f"We couldn't find any {ent.many}", f"0 {ent.many} match"])
    ctx.texts.append(empty_msg)
    ejsx, eloc = output(ctx, "empty", "the empty message", empty_msg, role_name="status", cond="visible.length === 0")
    count_tpl = rng.choice([f"{{visible.length}} of {{{const}.length}} {ent.many}", f"Showing {{visible.length}} of {{{const}.length}} in {ctx.domain.brand}",
                            f"{{visible.length}} {ent.many} shown"])
    cjsx, cloc = output(ctx, "result count", "the result count", count_tpl, tag="p", force="testid" if ctx.style.testids else None,
                        label=f"{ent.One} count")
    ctx.texts.extend(it["name"] for it in items)
    comp.jsx = "<section>\n" + ind("\n".join(x for x in [f"<h2>{ctx.domain.brand} {ent.many}</h2>", fjsx, cjsx, ljsx, ejsx] if x), 2) + "\n</section>"

    def results(qs: str) -> list[dict]:
        n = qs.strip().lower()
        return [it for it in items if n in it["name"].lower() or (by_cat and n in it["category"].lower())]

    def count_text(k: int) -> str:
        return count_tpl.replace("{visible.length}", str(k)).replace(f"{{{const}.length}}", str(len(items)))

    def case_matters(qs: str) -> bool:
        n = qs.strip().lower()
        sensitive = [it for it in items if n in it["name"] or (by_cat and n in it["category"].lower())]
        return len(sensitive) != len(results(qs))

    def terms(r, k):
        qs = []
        for it in r.sample(items, min(k + 2, len(items))):
            w = r.choice(it["name"].split())
            if len(w) >= 3 and w.isalpha() and w.lower() not in _STOP:  # nobody searches for "the"
                qs.append(w.lower() if r.random() < 0.7 else w[:max(3, len(w) - 2)].lower())
        return list(dict.fromkeys(qs))[:k]

    def muts_for(used):
        muts = []
        if any(case_matters(x) for x in used):
            muts.append(("case-sensitive match on names", "item.name.toLowerCase().includes(needle)", "item.name.includes(needle)"))
        if any(len([it for it in items if it["name"].lower().startswith(x.strip().lower())]) != len(results(x)) for x in used):
            muts.append(("search by prefix only", f"const visible = {const}.filter((item) => {match});",
                         f"const visible = {const}.filter((item) => item.name.toLowerCase().startsWith(needle));"))
        if not muts:
            muts.append(("search ignores the query", f"const visible = {const}.filter((item) => {match});", f"const visible = {const};"))
        return muts

    def one_term(r):
        qs = terms(r, 1)
        if not qs:
            return None
        term = qs[0]
        res = results(term)
        names = [it["name"] for it in res]
        checks = [expect_count(iloc, len(res), say=f"{len(res)} {ent.one if len(res) == 1 else ent.many} {'is' if len(res) == 1 else 'are'} listed")]
        checks.append(Act_contains_list(iloc, names) if show_price else Act_text_list(iloc, names))
        if cloc is not None and r.random() < 0.6:
            checks.append(expect_text(cloc, count_text(len(res))))
        title = f"Searching for \"{term}\" shows matching {ent.many}"
        return [Case(title, title, [fill(floc, term)], checks)], muts_for([term])

    def table(r):
        qs = terms(r, 3)
        if len(qs) < 2:
            return None
        p = Param("term", "Search term")
        pc = Param("expected", rng.choice(["Results", "Matches", "Shown"]))
        rows = [(x, len(results(x))) for x in qs]
        title = f"Search narrows the {ctx.domain.brand} {ent.many}"
        return [Case(title, title, [fill(floc, p)], [expect_count(iloc, pc, say=f"the list shows <{pc.header}> entries")],
                     params=(p, pc), rows=rows)], muts_for(qs)

    bad = rng.choice([f"zz{ctx.lex.brand().lower()}", f"{ctx.lex.brand().lower()}{rng.randint(100, 999)}", f"no-such-{ent.one.split()[0]}-{rng.randint(10, 99)}"])
    while results(bad) and len(bad) < 60:
        bad += "q"

    def no_results(r):
        checks = [expect_text(eloc, empty_msg, say=f'the message "{empty_msg}" is displayed'), expect_count(iloc, 0, say="no entries are listed")]
        title = f"Searching for \"{bad}\" shows \"{empty_msg}\""
        return [Case(title, title, [fill(floc, bad)], checks)], [("empty message text misspelt", empty_msg, typo(empty_msg)),
                                                                ("empty state never shown", "visible.length === 0", "visible.length < 0")]

    def clear(r):
        title = f"Clearing the search shows all {len(items)} {ent.many} again"
        return [Case(title, title, [fill(floc, bad), fill(floc, "")], [expect_count(iloc, len(items), say=f"all {len(items)} {ent.many} are listed again")])], \
            [("clearing keeps the old filter", "const needle = «query».trim().toLowerCase();",
              f"const needle = («query» || {js(ctx, bad)}).trim().toLowerCase();")]

    def initial_count(r):
        title = f"All {len(items)} {ent.many} are listed before searching"
        checks = [expect_count(iloc, len(items), say=f"{len(items)} {ent.many} are listed")]
        if cloc is not None:
            checks.append(expect_text(cloc, count_text(len(items))))
        muts = [("first item hidden", f"const visible = {const}.filter((item) => {match});",
                 f"const visible = {const}.filter((item) => {match}).slice(1);")]
        return [Case(title, title, [], checks)], muts

    return Built(comp, [Sc("positive", one_term), Sc("positive", table), Sc("negative", no_results), Sc("negative", clear),
                        Sc("positive", initial_count)], f"{ctx.domain.title}: search {ent.many}", f"{ent.One} search")


@family("filter_list")
def filter_list(ctx: Ctx) -> Built:
    rng = ctx.rng
    ent = ctx.ent
    items = ctx.items(6, 10, cats=rng.randint(2, 4))
    cats = sorted({it["category"] for it in items})
    if len(cats) < 2:
        raise ValueError("one category only")
    const = "ALL_" + const_name(ent.many)
    comp = Comp(ctx.screen_name("Catalog", "ByCategory", "Filter", "Browser"), ctx.style)
    comp.consts.append(items_const(ctx, const, items))
    all_label = rng.choice([f"All {ent.many}", f"All {ctx.domain.brand} categories", f"Every {ent.one}"])
    comp.state_var("category", js(ctx, all_label))
    comp.derived.append(f"const shown = «category» === {js(ctx, all_label)} ? {const} : {const}.filter((item) => item.category === «category»);")
    use_buttons = rng.random() < 0.45
    label = rng.choice([f"{ent.One} category", f"Filter {ent.many} by category", f"Show {ent.many} from"])
    if use_buttons:
        opts = "\n".join(
            f'<button type="button" aria-pressed={{«category» === {js(ctx, c)}}} onClick={{() => «set:category»({js(ctx, c)})}}>{c}</button>'
            for c in [all_label, *cats])
        fjsx = f'<div role="group" aria-label="{label}">\n{ind(opts, 2)}\n</div>'
        ctx.names.extend([all_label, *cats])

        def choose(c):
            desc = f"<{c.header}>" if isinstance(c, Param) else c
            return click(role("button", c, desc=desc, noun="button", exact=True))
    else:
        fjsx, sloc = select_field(ctx, label, "category", [(c, c) for c in [all_label, *cats]], state="category")

        def choose(c):
            return select(sloc, c)
    table = rng.random() < 0.5
    if table:
        h1, h2 = rng.choice([(ent.One, "Category"), ("Name", f"{ent.One} type"), (f"{ent.One} name", "Group")])
        tr = "<tr key={item.id}>\n  <td>{item.name}</td>\n  <td>{item.category}</td>\n</tr>"
        if rng.random() < 0.5:
            tr = comp.part(comp.name + "Row", tr, ("item",))
        body = (f"<table>\n  <thead>\n    <tr>\n      <th>{h1}</th>\n      <th>{h2}</th>\n    </tr>\n  </thead>\n  <tbody>\n"
                f"    {{shown.map((item) => (\n{ind(tr, 6)}\n    ))}}\n  </tbody>\n</table>")
        rows_loc = role("row", desc="table rows")
        ctx.names.extend([h1, h2])
    else:
        body, rows_loc = _list_markup(comp, ctx, "shown", False, "", label=rng.choice([ent.Many, None]))
    count_t = rng.choice([f"Showing {{shown.length}} {ent.many}", f"{{shown.length}} {ent.many} in this view", f"{ent.Many}: {{shown.length}}"])
    cjsx, cloc = output(ctx, "count", "the count", count_t, label=None, role_name="status")
    comp.jsx = "<div>\n" + ind("\n".join([fjsx, cjsx, body]), 2) + "\n</div>"
    ctx.texts.extend(it["name"] for it in items)
    extra = 1 if table else 0

    def ct(n):
        return count_t.replace("{shown.length}", str(n))

    out = []
    for cat0 in cats[:3]:
        def by_cat(r, cat=cat0):
            sel = [it for it in items if it["category"] == cat]
            checks = [expect_text(cloc, ct(len(sel))), expect_count(rows_loc, len(sel) + extra,
                                                                    say=f"{len(sel)} {ent.many} are listed" + (" (plus the header row)" if table else ""))]
            if r.random() < 0.5:
                checks.append(expect_visible(by_text(sel[0]["name"], desc=sel[0]["name"], exact=True), say=f'"{sel[0]["name"]}" is listed'))
            title = f"Filter the {ent.many} by {cat}"
            return [Case(title, title, [choose(cat)], checks)], [
                ("filter ignores the category", f"{const}.filter((item) => item.category === «category»)", const),
                ("count shows the full list", "{shown.length}", "{" + const + ".length}")]

        out.append(Sc("positive", by_cat))

    def table_sc(r):
        a, b = r.sample(cats, 2)
        p = Param("category", "Category")
        pc = Param("count", rng.choice(["Shown", "Count text", "Counter"]))
        rows = [(c, ct(sum(1 for it in items if it["category"] == c))) for c in [a, b]] + [(all_label, ct(len(items)))]
        title = f"The {ctx.domain.brand} {ent.one} count follows the selected category"
        return [Case(title, title, [choose(p)], [expect_text(cloc, pc, say=f"the count reads <{pc.header}>")], params=(p, pc), rows=rows)], \
            [("count shows the full list", "{shown.length}", "{" + const + ".length}")]

    def back_to_all(r):
        cat = r.choice(cats)
        title = f"Going back to {all_label} after {cat} lists all {len(items)}"
        return [Case(title, title, [choose(cat), choose(all_label)], [expect_count(rows_loc, len(items) + extra), expect_text(cloc, ct(len(items)))])], \
            [("all shows nothing", f"«category» === {js(ctx, all_label)} ? {const}", f"«category» === {js(ctx, all_label)} ? []")]

    out += [Sc("negative", table_sc), Sc("negative", back_to_all)]
    return Built(comp, out, f"{ctx.domain.title}: filter {ent.many} by category", f"{ent.One} catalog")


@family("sort_table")
def sort_table(ctx: Ctx) -> Built:
    rng = ctx.rng
    ent = ctx.ent
    items = ctx.items(4, 7)
    const = const_name(ent.many)
    comp = Comp(ctx.screen_name("Table", "PriceList", "Sortable", "Rates"), ctx.style)
    comp.consts.append(items_const(ctx, const, items))
    fmt_name = rng.choice(["formatPrice", "money", "displayPrice"])
    comp.helpers.append(ctx.money_js(fmt_name, cents=False))
    ncol = rng.choice([ent.One, f"{ent.One} name", f"{ctx.domain.brand} {ent.one}"])
    pcol = rng.choice([f"{ent.One} price in {ctx.cur.symbol}", f"{ent.One} cost", f"{ent.One} fee", f"{ctx.domain.brand} rate", f"{ent.One} price"])
    opts = [("name-asc", f"{ncol} A to Z"), ("name-desc", f"{ncol} Z to A"), ("price-asc", f"{pcol}: low to high"),
            ("price-desc", f"{pcol}: high to low")]
    if rng.random() < 0.5:
        opts = [("name-asc", f"{ncol} (A–Z)"), ("name-desc", f"{ncol} (Z–A)"), ("price-asc", f"Lowest {low(pcol)} first"),
                ("price-desc", f"Highest {low(pcol)} first")]
    comp.consts.append(f"const DEFAULT_SORT = {js(ctx, 'name-asc')};")
    comp.state_var("sortBy", "DEFAULT_SORT")
    comp.helpers.append(
        "function sortItems(list, sortBy) {\n  const copy = [...list];\n"
        "  if (sortBy === 'name-asc') copy.sort((a, b) => a.name.localeCompare(b.name));\n"
        "  if (sortBy === 'name-desc') copy.sort((a, b) => b.name.localeCompare(a.name));\n"
        "  if (sortBy === 'price-asc') copy.sort((a, b) => a.price - b.price);\n"
        "  if (sortBy === 'price-desc') copy.sort((a, b) => b.price - a.price);\n  return copy;\n}".replace("'", ctx.style.quote))
    comp.derived.append(f"const rows = sortItems({const}, «sortBy»);")
    sjsx, sloc = select_field(ctx, rng.choice([f"Sort {ent.many}", f"Sort {ctx.domain.brand} {ent.many} by", f"Order {ent.many} by"]), "sort", opts, state="sortBy")
    tid = ctx.tid("item name")
    tid_attr = f' data-testid="{tid}"' if ctx.style.testids else ""
    tr = f"<tr key={{item.id}}>\n  <td{tid_attr}>{{item.name}}</td>\n  <td>{{{fmt_name}(item.price)}}</td>\n</tr>"
    if rng.random() < 0.5:
        tr = comp.part(comp.name + "Row", tr, ("item",))
    table = (f"<table>\n  <thead>\n    <tr>\n      <th>{ncol}</th>\n      <th>{pcol}</th>\n    </tr>\n  </thead>\n  <tbody>\n"
             f"    {{rows.map((item) => (\n{ind(tr, 6)}\n    ))}}\n  </tbody>\n</table>")
    comp.jsx = "<div>\n" + ind("\n".join([f"<h2>{ctx.domain.brand} {ent.many}</h2>", sjsx, table]), 2) + "\n</div>"
    ctx.texts.extend(it["name"] for it in items)
    ctx.names.extend([ncol, pcol])

    def order_for(key):
        if key.startswith("name"):
            return sorted(items, key=lambda it: it["name"], reverse=key.endswith("desc"))
        return sorted(items, key=lambda it: it["cents"], reverse=key.endswith("desc"))

    def order_checks(order):
        names = [it["name"] for it in order]
        if ctx.style.testids:
            return [Act("expect_text", by_testid(tid, desc=f"the {ncol} column"), names,
                        say=f"the {ncol} column lists " + quoted_list(names) + " in that order")]
        first = order[0]
        return [Act("expect_contains", role("row", desc="the first data row", refine=".nth(1)"), first["name"],
                    say=f'the first row is "{first["name"]}" ({ctx.money(first["cents"])})'),
                Act("expect_contains", role("row", desc="the last row", refine=".last"), order[-1]["name"],
                    say=f'the last row is "{order[-1]["name"]}"')]

    mut_for = {
        "name-desc": ("descending sort compares the wrong way", "copy.sort((a, b) => b.name.localeCompare(a.name))",
                      "copy.sort((a, b) => a.name.localeCompare(b.name))"),
        "price-asc": ("ascending price sort reversed", "copy.sort((a, b) => a.price - b.price)", "copy.sort((a, b) => b.price - a.price)"),
        "price-desc": ("descending price sort reversed", "copy.sort((a, b) => b.price - a.price)", "copy.sort((a, b) => a.price - b.price)"),
    }
    out = []
    for key0, text0 in opts[1:]:
        def sort_by(r, key=key0, text=text0):
            order = order_for(key)
            title = f"Sort the {ent.many} by \"{text}\""
            return [Case(title, title, [select(sloc, text)], order_checks(order))], [mut_for[key]]

        out.append(Sc("positive", sort_by))

    def default(r):
        order = order_for("name-asc")
        title = f"{ent.Many} are sorted by {low(ncol)} when the page opens"
        checks = [Act("expect_contains", role("row", desc="the first data row", refine=".nth(1)"), order[0]["name"],
                      say=f'the first row is "{order[0]["name"]}" (sorted by {low(ncol)})')]
        return [Case(title, title, [], checks)], [("default order reversed", f"const DEFAULT_SORT = {js(ctx, 'name-asc')};",
                                                  f"const DEFAULT_SORT = {js(ctx, 'name-desc')};")]

    out.append(Sc("negative", default))
    return Built(comp, out, f"{ctx.domain.title}: sortable {ent.many} table", f"{ent.One} table")


@family("paginated_table")
def paginated_table(ctx: Ctx) -> Built:
    rng = ctx.rng
    ent = ctx.ent
    items = ctx.items(7, 11)
    size = rng.choice([3, 4, 5])
    while len(items) % size == 0:
        size += 1
    pages = -(-len(items) // size)
    const = const_name(ent.many)
    comp = Comp(ctx.screen_name("Table", "Records", "Paged", "Log"), ctx.style)
    comp.consts.append(items_const(ctx, const, items, fields=("id", "name", "category")))
    pname = rng.choice(["PAGE_SIZE", "PER_PAGE", "ROWS_PER_PAGE"])
    comp.consts.append(f"const {pname} = {size};")
    comp.state_var("page", "0")
    comp.derived.append(f"const totalPages = Math.ceil({const}.length / {pname});")
    comp.derived.append(f"const visible = {const}.slice(«page» * {pname}, («page» + 1) * {pname});")
    prev_t, next_t = rng.choice([(f"Previous {ent.many}", f"Next {ent.many}"), (f"Newer {ent.many}", f"Older {ent.many}"),
                                 (f"‹ Previous {size} {ent.many}", f"Next {size} {ent.many} ›"), (f"Back to earlier {ent.many}", f"More {ent.many}")])
    pj, ploc = button(ctx, prev_t, "() => «set:page»(«page» - 1)", extra="disabled={«page» === 0}")
    nj, nloc = button(ctx, next_t, "() => «set:page»(«page» + 1)", extra="disabled={«page» >= totalPages - 1}")
    ind_text = rng.choice([f"{ent.Many} page {{n}} of {{t}}", f"{{n}} / {{t}} ({ent.many})", f"{ctx.domain.brand} page {{n}} of {{t}}"])
    inner = ind_text.replace("{n}", "{«page» + 1}").replace("{t}", "{totalPages}")
    ijsx, iloc = output(ctx, "page indicator", "the page indicator", inner, tag="span", role_name="status", label=f"{ent.One} page")
    h1, h2 = rng.choice([(ent.One, "Category"), ("Name", "Type"), (f"{ent.One} name", "Group")])
    tr = "<tr key={item.id}>\n  <td>{item.name}</td>\n  <td>{item.category}</td>\n</tr>"
    if rng.random() < 0.5:
        tr = comp.part(comp.name + "Row", tr, ("item",))
    table = (f"<table>\n  <thead>\n    <tr>\n      <th>{h1}</th>\n      <th>{h2}</th>\n    </tr>\n  </thead>\n  <tbody>\n"
             f"    {{visible.map((item) => (\n{ind(tr, 6)}\n    ))}}\n  </tbody>\n</table>")
    nav = f'<nav aria-label="{ent.One} pages">\n{ind(chr(10).join([pj, ijsx, nj]), 2)}\n</nav>'
    comp.jsx = "<div>\n" + ind("\n".join([table, nav]), 2) + "\n</div>"
    ctx.texts.extend(it["name"] for it in items)
    ctx.names.extend([h1, h2])
    rows = role("row", desc="table rows")

    def ind_for(n):
        return ind_text.replace("{n}", str(n)).replace("{t}", str(pages))

    def go(r):
        clicks = r.randint(1, pages - 1)
        page_items = items[clicks * size:(clicks + 1) * size]
        checks = [expect_text(iloc, ind_for(clicks + 1)), expect_count(rows, len(page_items) + 1,
                  say=f"{len(page_items)} {ent.many} are shown (plus the header row)"),
                  expect_visible(by_text(page_items[0]["name"], desc=page_items[0]["name"], exact=True), say=f'"{page_items[0]["name"]}" is listed')]
        if clicks == pages - 1:
            checks.append(expect_disabled(nloc))
        title = f"{next_t} goes to page {clicks + 1}"
        return [Case(title, title, [click(nloc) for _ in range(clicks)], checks)], [
            ("page indicator off by one", "{«page» + 1}", "{«page»}"),
            ("slice skips an item", f"visible = {const}.slice(«page» * {pname},", f"visible = {const}.slice(«page» * {pname} + 1,")]

    def last(r):
        title = f"{next_t} is disabled on the last page"
        checks = [expect_text(iloc, ind_for(pages)), expect_disabled(nloc, say=f"the {next_t} button is disabled on the last page")]
        muts = [("next never disabled", "disabled={«page» >= totalPages - 1}", "disabled={«page» >= totalPages}"),
                ("total pages rounded down", f"Math.ceil({const}.length / {pname})", f"Math.floor({const}.length / {pname})")]
        return [Case(title, title, [click(nloc) for _ in range(pages - 1)], checks)], muts

    def first(r):
        title = f"{prev_t} is disabled on the first page"
        checks = [expect_disabled(ploc), expect_text(iloc, ind_for(1)), expect_count(rows, size + 1, say=f"{size} {ent.many} are shown")]
        return [Case(title, title, [], checks)], [("previous never disabled", "disabled={«page» === 0}", "disabled={false}"),
                                                 ("wrong page size", f"const {pname} = {size};", f"const {pname} = {size + 1};")]

    def back(r):
        title = f"{prev_t} returns to page 1"
        checks = [expect_text(iloc, ind_for(1)), expect_enabled(nloc)]
        return [Case(title, title, [click(nloc), click(ploc)], checks)], [("previous goes forward", "() => «set:page»(«page» - 1)", "() => «set:page»(«page» + 1)")]

    return Built(comp, [Sc("positive", go), Sc("negative", last), Sc("negative", first), Sc("positive", back)],
                 f"{ctx.domain.title}: {ent.many} table with pages", f"{ent.One} table")


@family("empty_state")
def empty_state(ctx: Ctx) -> Built:
    """A list that takes its data as a prop: empty and filled states."""
    rng = ctx.rng
    ent = ctx.ent
    items = ctx.items(2, 4)
    comp = Comp(ctx.screen_name("Overview", "List", "Summary", "Dashboard"), ctx.style)
    dname = "DEFAULT_" + const_name(ent.many)
    comp.consts.append(items_const(ctx, dname, items, fields=("id", "name")))
    comp.props.append(("items", dname))
    empty = rng.choice([f"No {ent.many} yet", f"You have no {ent.many} in {ctx.domain.brand}", f"Nothing here yet. Add your first {ent.one}.",
                        f"No {ent.many} to show", f"Your {ent.many} will appear here"])
    ctx.texts.append(empty)
    title = rng.choice([f"My {ent.many}", f"{ctx.domain.brand} {ent.many}", f"Your {ent.many}"])
    ctx.texts.append(title)
    ejsx, eloc = output(ctx, "empty", "the empty-state message", empty, role_name="status")
    word = rng.choice([f"{ent.many} in total", f"{ent.many} saved", f"on file at {ctx.domain.brand}", f"{ent.many}"])
    cj, cloc = output(ctx, "count", "the counter", "{items.length} " + word, tag="span", force="testid")
    lst = "<ul>\n  {items.map((item) => (\n    <li key={item.id}>{item.name}</li>\n  ))}\n</ul>"
    comp.jsx = (f"<section>\n  <h2>\n    {title} {cj}\n  </h2>\n  {{items.length === 0 ? (\n{ind(ejsx, 4)}\n  ) : (\n{ind(lst, 4)}\n  )}}\n</section>")
    lis = role("listitem", desc="entries")

    def empty_sc(r):
        checks = [expect_text(eloc, empty, say=f'the message "{empty}" is shown'), expect_count(lis, 0, say="no entries are listed"),
                  expect_text(cloc, f"0 {word}")]
        t = f"An empty {ent.one} list shows \"{empty}\""
        return [Case(t, t, [], checks, props={"items": []}, pre=f"There are no {ent.many}.")], [
            ("empty state never shown", "items.length === 0 ?", "items.length < 0 ?"), ("empty text misspelt", empty, typo(empty))]

    def given(r):
        data = [{"id": i + 1, "name": n} for i, n in enumerate(ctx.lex.items(r.randint(2, 4)))]
        checks = [expect_count(lis, len(data), say=f"{len(data)} {ent.many} are listed"), expect_text(cloc, f"{len(data)} {word}"),
                  Act_text_list(lis, [x["name"] for x in data])]
        t = f"The {ctx.domain.brand} list shows the {len(data)} {ent.many} it is given"
        muts = [("ignores the items prop", "items = " + dname, "items: _items = " + dname) if not ctx.style.is_class
                else ("counter counts one less", "{items.length} " + word, "{items.length - 1} " + word)]
        return [Case(t, t, [], checks, props={"items": data}, pre=f"The {ent.many} are: " + ", ".join(x["name"] for x in data) + ".")], muts

    def defaults(r):
        checks = [expect_count(lis, len(items), say=f"{len(items)} {ent.many} are listed"), expect_text(cloc, f"{len(items)} {word}")]
        t = f"Without data the default {len(items)} {ent.many} are listed"
        return [Case(t, t, [], checks, pre="The screen is opened without any data passed in.")], [
            ("counter counts one less", "{items.length} " + word, "{items.length - 1} " + word)]

    def single(r):
        n = ctx.lex.item()
        checks = [expect_count(lis, 1, say=f"1 {ent.one} is listed"), expect_text(cloc, f"1 {word}"),
                  expect_text(lis, n, say=f'the only entry reads "{n}"')]
        t = f"A single {ctx.domain.brand} {ent.one} is listed with the count 1"
        return [Case(t, t, [], checks, props={"items": [{"id": 1, "name": n}]}, pre=f"The only {ent.one} is {n}.")], [
            ("list hidden for one item", "items.length === 0 ?", "items.length <= 1 ?")]

    return Built(comp, [Sc("negative", empty_sc), Sc("positive", given), Sc("positive", defaults), Sc("positive", single)],
                 f"{ctx.domain.title}: {ent.many} list and its empty state", f"{ent.One} overview")
