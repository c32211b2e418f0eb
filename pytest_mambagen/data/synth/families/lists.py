"""Lists and tables: search, filter, sort, pagination, empty states, favourites, master-detail."""

from __future__ import annotations

from ..core import (
    Case,
    Comp,
    Param,
    by_testid,
    by_text,
    click,
    expect_count,
    expect_text,
    expect_visible,
    fill,
    role,
    select,
)
from ..generator import Built, Ctx, family
from ..widgets import button, js, output, select_field, text_field
from .common import cap, fmt, fmt_fn, ind, items_const, pick_items, plural, screen_name, singular, typo


def _list_markup(ctx, var: str, show_price: bool, tag: str = "ul", label: str | None = None) -> tuple[str, object, bool]:
    """Rendered list of ``var``; returns (jsx, item locator, items have extra text)."""
    lab = f" aria-label={_a(label)}" if label else ""
    if show_price:
        li = "<li key={item.id}>\n  {item.name} <span>{formatPrice(item.price)}</span>\n</li>"
    else:
        li = "<li key={item.id}>{item.name}</li>"
    jsx = f"<{tag}{lab}>\n  {{{var}.map((item) => (\n{ind(li, 4)}\n  ))}}\n</{tag}>"
    if label:
        loc = role("listitem", desc=f"{label} entries", parent=role("list", label, desc=label))
    else:
        loc = role("listitem", desc="list entries")
    return jsx, loc, show_price


def _a(text: str) -> str:
    return f'"{text}"'


@family("search_list")
def search_list(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = pick_items(ctx, 5, 9)
    pl = plural(ctx)
    const = pl.upper().replace(" ", "_")
    comp = Comp(screen_name(ctx, f"{ctx.domain.prefixes[0]} search", f"{pl} list", f"{singular(ctx)} finder",
                            f"{rng.choice(ctx.domain.prefixes)} directory"), ctx.style)
    comp.consts.append(items_const(ctx, const, items))
    show_price = rng.random() < 0.5
    if show_price:
        comp.helpers.append(fmt_fn(ctx))
    q = ctx.style.quote
    comp.state_var("query", f"{q}{q}")
    by_cat = rng.random() < 0.3
    match = "item.name.toLowerCase().includes(needle)"
    if by_cat:
        match = "item.name.toLowerCase().includes(needle) || item.category.toLowerCase().includes(needle)"
    comp.derived.append("const needle = «query».trim().toLowerCase();")
    comp.derived.append(f"const visible = {const}.filter((item) => {match});")
    label = rng.choice([f"Search {pl}", "Search", f"Find a {singular(ctx)}", "Filter"])
    fjsx, floc = text_field(ctx, label, "search", type_="search", state="query",
                            placeholder=rng.choice(["", "Type to search", f"e.g. {items[0]['name'].split()[0]}"]))
    list_label = rng.choice([cap(pl), None, f"{cap(pl)} found"])
    ljsx, iloc, _ = _list_markup(ctx, "visible", show_price, label=list_label)
    empty_msg = rng.choice([f"No {pl} found", "No results", f"No {pl} match your search", "Nothing matches that search"])
    ctx.texts.append(empty_msg)
    ejsx, eloc = output(ctx, "empty", "the empty message", empty_msg, role_name="status", cond="visible.length === 0")
    count = rng.random() < 0.5
    cjsx, cloc = "", None
    if count:
        cjsx, cloc = output(ctx, "result count", "the result count",
                            f"{{visible.length}} of {{{const}.length}} {pl}", tag="p", force="testid" if ctx.style.testids else None,
                            label="Result count")
    ctx.texts.extend(it["name"] for it in items)
    comp.jsx = "<section>\n" + ind("\n".join(x for x in [f"<h2>{cap(pl)}</h2>", fjsx, cjsx, ljsx, ejsx] if x), 2) + "\n</section>"

    def results(qs: str) -> list[dict]:
        n = qs.strip().lower()
        return [it for it in items if n in it["name"].lower() or (by_cat and n in it["category"].lower())]

    cases = []
    muts = []

    def case_matters(qs: str) -> bool:
        # the mutant lower-cases the query but compares it with the names as written
        n = qs.strip().lower()
        sensitive = [it for it in items if n in it["name"] or (by_cat and n in it["category"].lower())]
        return len(sensitive) != len(results(qs))

    if ctx.kind == "positive":
        # queries that hit something, written in lower case so case handling matters
        qs = []
        for it in rng.sample(items, min(3, len(items))):
            w = rng.choice(it["name"].split())
            if len(w) >= 3:
                qs.append(w.lower() if rng.random() < 0.7 else w[:max(3, len(w) - 2)].lower())
        qs = list(dict.fromkeys(qs))
        if len(qs) >= 2 and rng.random() < 0.45:
            p = Param("term", "Search term")
            pc = Param("expected", "Results")
            rows = [(x, len(results(x))) for x in qs]
            cases.append(Case(f"search narrows the {pl}", f"Search narrows the list of {pl}",
                              [fill(floc, p)], [expect_count(iloc, pc, say="the list shows <Results> entries")],
                              params=(p, pc), rows=rows))
            used = qs
        else:
            term = qs[0] if qs else items[0]["name"].split()[0].lower()
            res = results(term)
            names = [it["name"] for it in res]
            checks = [expect_count(iloc, len(res), say=f"{len(res)} {singular(ctx) if len(res) == 1 else pl} are listed" if len(res) != 1 else f"only 1 {singular(ctx)} is listed")]
            if show_price:
                checks.append(Act_contains_list(iloc, names))
            else:
                checks.append(Act_text_list(iloc, names))
            if cloc is not None and rng.random() < 0.6:
                checks.append(expect_text(cloc, f"{len(res)} of {len(items)} {pl}"))
            cases.append(Case(f"search by {term}", f"Searching for \"{term}\" shows matching {pl}", [fill(floc, term)], checks))
            used = [term]
        if any(case_matters(x) for x in used):
            muts.append(("case-sensitive match on names", "item.name.toLowerCase().includes(needle)", "item.name.includes(needle)"))
        if any(len([it for it in items if it["name"].lower().startswith(x.strip().lower())]) != len(results(x)) for x in used):
            muts.append(("search by prefix only", f"const visible = {const}.filter((item) => {match});",
                         f"const visible = {const}.filter((item) => item.name.toLowerCase().startsWith(needle));"))
        if not muts:
            muts.append(("search ignores the query", f"const visible = {const}.filter((item) => {match});", f"const visible = {const};"))
    else:
        bad = rng.choice(["zzz", "xyz", "qwerty", "nothing here", "12345"])
        checks = [expect_visible(eloc, say=f'the message "{empty_msg}" is displayed') if eloc.how != "test_id" and eloc.how != "role"
                  else expect_text(eloc, empty_msg, say=f'the message "{empty_msg}" is displayed'),
                  expect_count(iloc, 0, say="no entries are listed")]
        cases.append(Case("no results message", f"Searching for something that does not exist shows \"{empty_msg}\"",
                          [fill(floc, bad)], checks))
        muts.append(("empty message text misspelt", empty_msg, typo(empty_msg)))
        muts.append(("empty state never shown", "visible.length === 0", "visible.length < 0"))
        if rng.random() < 0.5:
            cases[0].steps.append(fill(floc, ""))
            cases[0].checks = [expect_count(iloc, len(items), say=f"all {len(items)} {pl} are listed again")]
            cases[0].name = "clearing the search shows everything"
            cases[0].title = f"Clearing the search shows all {pl} again"
            muts = [("clearing keeps the old filter", "const needle = «query».trim().toLowerCase();",
                     f"const needle = («query» || {js(ctx, bad)}).trim().toLowerCase();")]
    return Built(comp, cases, f"{ctx.domain.title}: search {pl}", f"{cap(pl)} search", muts)


def Act_text_list(loc, names):
    from ..core import Act

    return Act("expect_text", loc, list(names), say="the list shows " + ", ".join(f'"{n}"' for n in names))


def Act_contains_list(loc, names):
    from ..core import Act

    return Act("expect_contains", loc, list(names), say="the list shows " + ", ".join(f'"{n}"' for n in names))


@family("filter_list")
def filter_list(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = pick_items(ctx, 6, 10)
    cats = sorted({it["category"] for it in items})
    pl = plural(ctx)
    const = "ALL_" + pl.upper()
    comp = Comp(screen_name(ctx, f"{pl} by category", f"{ctx.domain.prefixes[1]} catalog", f"{pl} filter"), ctx.style)
    comp.consts.append(items_const(ctx, const, items))
    q = ctx.style.quote
    all_label = rng.choice(["All", "All categories", "Everything"])
    comp.state_var("category", js(ctx, all_label))
    comp.derived.append(f"const shown = «category» === {js(ctx, all_label)} ? {const} : {const}.filter((item) => item.category === «category»);")
    use_buttons = rng.random() < 0.45
    label = rng.choice(["Category", "Filter by category", "Show"])
    if use_buttons:
        opts = "\n".join(
            f'<button type="button" aria-pressed={{«category» === {js(ctx, c)}}} onClick={{() => «set:category»({js(ctx, c)})}}>{c}</button>'
            for c in [all_label, *cats])
        fjsx = f'<div role="group" aria-label="{label}">\n{ind(opts, 2)}\n</div>'
        ctx.names.extend([all_label, *cats])

        def choose(c):
            desc = f"<{c.header}>" if isinstance(c, Param) else c
            return click(role("button", c, desc=desc, noun="button"))
    else:
        fjsx, sloc = select_field(ctx, label, "category", [(c, c) for c in [all_label, *cats]], state="category")

        def choose(c):
            return select(sloc, c)
    del q
    table = rng.random() < 0.5
    if table:
        body = ("<table>\n  <thead>\n    <tr>\n      <th>Name</th>\n      <th>Category</th>\n    </tr>\n  </thead>\n  <tbody>\n"
                "    {shown.map((item) => (\n      <tr key={item.id}>\n        <td>{item.name}</td>\n        <td>{item.category}</td>\n      </tr>\n    ))}\n  </tbody>\n</table>")
        rows_loc = role("row", desc="table rows")
        ctx.names.extend(["Name", "Category"])
    else:
        body, rows_loc, _ = _list_markup(ctx, "shown", False, label=rng.choice([cap(pl), None]))
    cjsx, cloc = output(ctx, "count", "the count", f"Showing {{shown.length}} {pl}", label=None, role_name="status")
    comp.jsx = "<div>\n" + ind("\n".join([fjsx, cjsx, body]), 2) + "\n</div>"
    ctx.texts.extend(it["name"] for it in items)
    cat = rng.choice(cats)
    sel = [it for it in items if it["category"] == cat]
    extra = 1 if table else 0
    cases = []
    if ctx.kind == "positive" or len(cats) < 2:
        checks = [expect_text(cloc, f"Showing {len(sel)} {pl}"), expect_count(rows_loc, len(sel) + extra,
                  say=f"{len(sel)} {pl} are listed" + (" (plus the header row)" if table else ""))]
        if rng.random() < 0.5:
            checks.append(expect_visible(by_text(sel[0]["name"], desc=sel[0]["name"]), say=f'"{sel[0]["name"]}" is listed'))
        cases.append(Case(f"filter by {cat}", f"Filter the {pl} by {cat}", [choose(cat)], checks))
        muts = [("filter ignores the category", "{const}.filter((item) => item.category === «category»)".replace("{const}", const), const),
                ("count shows the full list", "Showing {shown.length}", "Showing {" + const + ".length}")]
    else:
        other = rng.choice([c for c in cats if c != cat])
        p = Param("category", "Category")
        pc = Param("count", "Shown")
        rows = [(c, f"Showing {sum(1 for it in items if it['category'] == c)} {pl}") for c in [cat, other]]
        rows.append((all_label, f"Showing {len(items)} {pl}"))
        cases.append(Case("count follows the category", "The count follows the selected category",
                          [choose(p)], [expect_text(cloc, pc, say="the count reads <Shown>")], params=(p, pc), rows=rows))
        muts = [("count shows the full list", "Showing {shown.length}", "Showing {" + const + ".length}")]
    return Built(comp, cases, f"{ctx.domain.title}: filter {pl} by category", f"{cap(pl)} catalog", muts)


@family("sort_table")
def sort_table(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = pick_items(ctx, 4, 7)
    pl = plural(ctx)
    const = pl.upper()
    comp = Comp(screen_name(ctx, f"{pl} table", f"{ctx.domain.prefixes[0]} price list", f"sortable {pl}"), ctx.style)
    comp.consts.append(items_const(ctx, const, items))
    comp.helpers.append(fmt_fn(ctx))
    opts = [("name-asc", "Name (A to Z)"), ("name-desc", "Name (Z to A)"), ("price-asc", "Price: low to high"),
            ("price-desc", "Price: high to low")]
    if rng.random() < 0.5:
        opts = [("name-asc", "Name A–Z"), ("name-desc", "Name Z–A"), ("price-asc", "Lowest price"), ("price-desc", "Highest price")]
    comp.consts.append(f"const DEFAULT_SORT = {js(ctx, 'name-asc')};")
    comp.state_var("sortBy", "DEFAULT_SORT")
    comp.helpers.append(
        "function sortItems(list, sortBy) {\n  const copy = [...list];\n"
        "  if (sortBy === 'name-asc') copy.sort((a, b) => a.name.localeCompare(b.name));\n"
        "  if (sortBy === 'name-desc') copy.sort((a, b) => b.name.localeCompare(a.name));\n"
        "  if (sortBy === 'price-asc') copy.sort((a, b) => a.price - b.price);\n"
        "  if (sortBy === 'price-desc') copy.sort((a, b) => b.price - a.price);\n  return copy;\n}".replace("'", ctx.style.quote))
    comp.derived.append(f"const rows = sortItems({const}, «sortBy»);")
    sjsx, sloc = select_field(ctx, rng.choice(["Sort by", "Sort", "Order"]), "sort", opts, state="sortBy")
    tid = ' data-testid="item-name"' if ctx.style.testids else ""
    table = ("<table>\n  <thead>\n    <tr>\n      <th>Name</th>\n      <th>Price</th>\n    </tr>\n  </thead>\n  <tbody>\n"
             f"    {{rows.map((item) => (\n      <tr key={{item.id}}>\n        <td{tid}>{{item.name}}</td>\n        <td>{{formatPrice(item.price)}}</td>\n      </tr>\n    ))}}\n  </tbody>\n</table>")
    comp.jsx = "<div>\n" + ind("\n".join([f"<h2>{cap(pl)}</h2>", sjsx, table]), 2) + "\n</div>"
    ctx.texts.extend(it["name"] for it in items)
    key, text = rng.choice(opts[1:])
    if key.startswith("name"):
        order = sorted(items, key=lambda it: it["name"], reverse=key.endswith("desc"))
    else:
        order = sorted(items, key=lambda it: it["cents"], reverse=key.endswith("desc"))
        if len({it["cents"] for it in items}) != len(items):
            key, text = opts[1]
            order = sorted(items, key=lambda it: it["name"], reverse=True)
    names = [it["name"] for it in order]
    from ..core import Act

    if ctx.style.testids:
        checks = [Act("expect_text", by_testid("item-name", desc="the Name column"), names,
                      say="the Name column lists " + ", ".join(f'"{n}"' for n in names) + " in that order")]
    else:
        first = order[0]
        checks = [Act("expect_contains", role("row", desc="the first data row", refine=".nth(1)"), first["name"],
                      say=f'the first row is "{first["name"]}" ({fmt(ctx, first["cents"])})'),
                  Act("expect_contains", role("row", desc="the last row", refine=".last"), order[-1]["name"],
                      say=f'the last row is "{order[-1]["name"]}"')]
    if ctx.kind == "negative":
        # default order (no sort chosen) is name ascending
        order = sorted(items, key=lambda it: it["name"])
        names = [it["name"] for it in order]
        checks = [Act("expect_contains", role("row", desc="the first data row", refine=".nth(1)"), names[0],
                      say=f'the first row is "{names[0]}" (sorted by name by default)')]
        cases = [Case("default order is by name", "Rows are sorted by name when the page opens", [], checks)]
        muts = [("default order reversed", f"const DEFAULT_SORT = {js(ctx, 'name-asc')};", f"const DEFAULT_SORT = {js(ctx, 'name-desc')};")]
        return Built(comp, cases, f"{ctx.domain.title}: sortable {pl} table", f"{cap(pl)} table", muts)
    cases = [Case(f"sort by {text}", f"Sort the table by \"{text}\"", [select(sloc, text)], checks)]
    q = ctx.style.quote
    if key == "name-desc":
        muts = [("descending sort compares the wrong way", "copy.sort((a, b) => b.name.localeCompare(a.name))",
                 "copy.sort((a, b) => a.name.localeCompare(b.name))")]
    elif key == "price-asc":
        muts = [("ascending price sort reversed", "copy.sort((a, b) => a.price - b.price)", "copy.sort((a, b) => b.price - a.price)")]
    else:
        muts = [("descending price sort reversed", "copy.sort((a, b) => b.price - a.price)", "copy.sort((a, b) => a.price - b.price)")]
    del q
    return Built(comp, cases, f"{ctx.domain.title}: sortable {pl} table", f"{cap(pl)} table", muts)


@family("paginated_table")
def paginated_table(ctx: Ctx) -> Built:
    rng = ctx.rng
    items = pick_items(ctx, 7, 11)
    size = rng.choice([3, 4, 5])
    while len(items) % size == 0:
        size += 1
    pages = -(-len(items) // size)
    pl = plural(ctx)
    const = pl.upper()
    comp = Comp(screen_name(ctx, f"{pl} table", f"{ctx.domain.prefixes[2]} records", f"paged {pl}"), ctx.style)
    comp.consts.append(items_const(ctx, const, items, fields=("id", "name", "category")))
    comp.consts.append(f"const PAGE_SIZE = {size};")
    comp.state_var("page", "0")
    comp.derived.append(f"const totalPages = Math.ceil({const}.length / PAGE_SIZE);")
    comp.derived.append(f"const visible = {const}.slice(«page» * PAGE_SIZE, («page» + 1) * PAGE_SIZE);")
    prev_t, next_t = rng.choice([("Previous", "Next"), ("Prev", "Next"), ("Back", "Forward"), ("‹ Previous", "Next ›")])
    pj, ploc = button(ctx, prev_t, "() => «set:page»(«page» - 1)", extra="disabled={«page» === 0}")
    nj, nloc = button(ctx, next_t, "() => «set:page»(«page» + 1)", extra="disabled={«page» >= totalPages - 1}")
    ind_text = rng.choice(["Page {n} of {t}", "{n} / {t}", "Page {n} / {t}"])
    inner = ind_text.replace("{n}", "{«page» + 1}").replace("{t}", "{totalPages}")
    ijsx, iloc = output(ctx, "page indicator", "the page indicator", inner, tag="span", role_name="status", label="Current page")
    table = ("<table>\n  <thead>\n    <tr>\n      <th>Name</th>\n      <th>Category</th>\n    </tr>\n  </thead>\n  <tbody>\n"
             "    {visible.map((item) => (\n      <tr key={item.id}>\n        <td>{item.name}</td>\n        <td>{item.category}</td>\n      </tr>\n    ))}\n  </tbody>\n</table>")
    nav = f'<nav aria-label="Pagination">\n{ind(chr(10).join([pj, ijsx, nj]), 2)}\n</nav>'
    comp.jsx = "<div>\n" + ind("\n".join([table, nav]), 2) + "\n</div>"
    ctx.texts.extend(it["name"] for it in items)
    rows = role("row", desc="table rows")

    def ind_for(n):
        return ind_text.replace("{n}", str(n)).replace("{t}", str(pages))

    cases = []
    if ctx.kind == "positive":
        clicks = rng.randint(1, pages - 1)
        page_items = items[clicks * size:(clicks + 1) * size]
        steps = [click(nloc) for _ in range(clicks)]
        checks = [expect_text(iloc, ind_for(clicks + 1)), expect_count(rows, len(page_items) + 1,
                  say=f"{len(page_items)} {pl} are shown (plus the header row)"),
                  expect_visible(by_text(page_items[0]["name"], desc=page_items[0]["name"]), say=f'"{page_items[0]["name"]}" is listed')]
        if clicks == pages - 1:
            from ..core import expect_disabled

            checks.append(expect_disabled(nloc))
        cases.append(Case(f"next goes to page {clicks + 1}", f"Go to page {clicks + 1} with {next_t}", steps, checks))
        muts = [("page indicator off by one", "{«page» + 1}", "{«page»}"),
                ("slice skips an item", "visible = " + const + ".slice(«page» * PAGE_SIZE,", "visible = " + const + ".slice(«page» * PAGE_SIZE + 1,")]
    else:
        from ..core import expect_disabled

        steps = [click(nloc) for _ in range(pages - 1)]
        checks = [expect_text(iloc, ind_for(pages)), expect_disabled(nloc, say=f"the {next_t} button is disabled on the last page")]
        cases.append(Case("next is disabled on the last page", f"{next_t} is disabled on the last page", steps, checks))
        if rng.random() < 0.5:
            cases.append(Case("previous is disabled on the first page", f"{prev_t} is disabled on the first page", [],
                              [expect_disabled(ploc), expect_text(iloc, ind_for(1))]))
        muts = [("next never disabled", "disabled={«page» >= totalPages - 1}", "disabled={«page» >= totalPages}"),
                ("total pages rounded down", f"Math.ceil({const}.length / PAGE_SIZE)", f"Math.floor({const}.length / PAGE_SIZE)")]
    return Built(comp, cases, f"{ctx.domain.title}: {pl} table with pages", f"{cap(pl)} table", muts)


@family("empty_state")
def empty_state(ctx: Ctx) -> Built:
    """A list that takes its data as a prop: empty and filled states."""
    rng = ctx.rng
    items = pick_items(ctx, 2, 4)
    pl = plural(ctx)
    comp = Comp(screen_name(ctx, f"{pl} overview", f"my {pl}", f"{ctx.domain.prefixes[0]} list"), ctx.style)
    comp.consts.append(items_const(ctx, "DEFAULT_" + pl.upper(), items, fields=("id", "name")))
    comp.props.append(("items", "DEFAULT_" + pl.upper()))
    empty = rng.choice([f"No {pl} yet", f"You have no {pl}", f"Nothing here yet. Add your first {singular(ctx)}.",
                        f"No {pl} to show"])
    ctx.texts.append(empty)
    title = rng.choice([f"My {pl}", cap(pl), f"Your {pl}"])
    ctx.texts.append(title)
    ejsx, eloc = output(ctx, "empty", "the empty-state message", empty, role_name="status")
    cj, cloc = output(ctx, "count", "the counter", "{items.length} " + rng.choice(["total", "in total", "saved"]), tag="span",
                      force="testid")
    count_word = cj.split("} ")[1].split("<")[0]
    lst = "<ul>\n  {items.map((item) => (\n    <li key={item.id}>{item.name}</li>\n  ))}\n</ul>"
    comp.jsx = (f"<section>\n  <h2>\n    {title} {cj}\n  </h2>\n  {{items.length === 0 ? (\n{ind(ejsx, 4)}\n  ) : (\n{ind(lst, 4)}\n  )}}\n</section>")
    lis = role("listitem", desc="entries")
    cases = []
    if ctx.kind == "negative":
        checks = [expect_text(eloc, empty, say=f'the message "{empty}" is shown'), expect_count(lis, 0, say="no entries are listed"),
                  expect_text(cloc, f"0 {count_word}")]
        cases.append(Case(f"empty list shows {empty}", f"Empty {pl} list shows a helpful message", [], checks, props={"items": []},
                          pre=f"There are no {pl}."))
        muts = [("empty state never shown", "items.length === 0 ?", "items.length < 0 ?"), ("empty text misspelt", empty, typo(empty))]
    else:
        data = [{"id": it["id"], "name": it["name"]} for it in pick_items(ctx, 2, 4)]
        checks = [expect_count(lis, len(data), say=f"{len(data)} {pl} are listed"), expect_text(cloc, f"{len(data)} {count_word}"),
                  Act_text_list(lis, [d["name"] for d in data])]
        cases.append(Case(f"lists the {pl} it is given", f"The list shows the {pl} passed in", [], checks, props={"items": data},
                          pre=f"The {pl} are: " + ", ".join(d["name"] for d in data) + "."))
        muts = [("ignores the items prop", "items = DEFAULT_" + pl.upper(), "items: _items = DEFAULT_" + pl.upper()) if not ctx.style.is_class
                else ("counter counts one less", "{items.length} " + count_word, "{items.length - 1} " + count_word)]
    return Built(comp, cases, f"{ctx.domain.title}: {pl} list and its empty state", f"{cap(pl)} overview", muts)
