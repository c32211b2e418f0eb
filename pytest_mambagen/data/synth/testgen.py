"""Render cases as a pytest + Playwright module in the shared idiom (docs/test-style.md).

The module stays inside the allow-list for generated tests: imports of
``pytest`` and ``playwright.sync_api.expect`` only, ``test_*`` functions, literal
parametrize rows, ``mount("<Screen>.jsx")`` with a literal, and Playwright
locator, action and expect calls; no helpers, f-strings, loops or branches.
Test names come from the scenario's own title.
"""

from __future__ import annotations

import json
import re

from .core import Act, Case, Loc, Param, by_text, py_lit, snake

MAX_NAME_WORDS = 9
MAX_NAME_CHARS = 64


def test_name(case: Case) -> str:
    """``test_`` + the scenario title in snake_case, cut at a word boundary."""
    ws = [w for w in snake(case.title).split("_") if w]
    out: list[str] = []
    for w in ws:
        if len(out) >= MAX_NAME_WORDS or len("_".join([*out, w])) > MAX_NAME_CHARS:
            break
        out.append(w)
    return "test_" + ("_".join(out) or "scenario")


def case_key(case: Case) -> str:
    """Two scenarios with the same key would be the same test."""
    return test_name(case)


def resolve(acts: list[Act]) -> list[Act]:
    """Locators of plain error elements (``text_of``) become text locators of the expected message.

    A check that the error is absent cannot name a message: it is left out.
    """
    out = []
    for a in acts:
        loc = a.loc
        if loc is not None and loc.how == "text_of":
            if a.kind in ("expect_text", "expect_contains", "expect_visible") and a.value is not None:
                out.append(Act("expect_visible", by_text(a.value, desc=loc.desc), None, a.say, said=a.said))
            continue
        out.append(a)
    return out


def _short(text: str) -> str:
    t = re.sub(r"\s+", " ", text).strip().rstrip(".")
    if len(t) <= 72:
        return t
    cut = t[:72].rsplit(" ", 1)[0]
    return cut + " ..."


def _v(value) -> str:
    if isinstance(value, Param):
        return value.name
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return py_lit(value)


def mark_exact(loc: Loc | None, names: list[str], texts: list[str] = ()) -> None:
    """exact=True where the string is a substring of another name on the screen.

    Role, label and placeholder locators compete with accessible names; text
    locators also with every visible text.
    """
    while loc is not None:
        key = loc.key
        if key and not loc.exact:
            low = key.lower()
            pool = list(names) + (list(texts) if loc.how == "text" else [])
            if any(low in n.lower() and n != key for n in pool):
                loc.exact = True
        loc = loc.parent


def line(a: Act) -> str:
    loc = a.loc.py() if a.loc is not None else "page"
    k = a.kind
    v = _v(a.value) if a.value is not None else ""
    if k == "fill":
        return f"{loc}.fill({v})"
    if k == "click":
        return f"{loc}.click()"
    if k == "check":
        return f"{loc}.check()"
    if k == "uncheck":
        return f"{loc}.uncheck()"
    if k == "select":
        return f"{loc}.select_option({v})"
    if k == "press":
        return f"{loc}.press({v})"
    if k == "expect_text":
        return f"expect({loc}).to_have_text({v})"
    if k == "expect_contains":
        return f"expect({loc}).to_contain_text({v})"
    if k == "expect_visible":
        return f"expect({loc}).to_be_visible()"
    if k == "expect_hidden":
        return f"expect({loc}).to_be_hidden()"
    if k == "expect_count":
        return f"expect({loc}).to_have_count({v})"
    if k == "expect_value":
        return f"expect({loc}).to_have_value({v})"
    if k == "expect_enabled":
        return f"expect({loc}).to_be_enabled()"
    if k == "expect_disabled":
        return f"expect({loc}).to_be_disabled()"
    if k == "expect_checked":
        return f"expect({loc}).to_be_checked()"
    if k == "expect_unchecked":
        return f"expect({loc}).not_to_be_checked()"
    if k == "expect_attr":
        return f"expect({loc}).to_have_attribute({json.dumps(a.extra)}, {v})"
    raise ValueError(k)


def _props(props: dict) -> str:
    one = py_lit(props)
    if len(one) <= 70:
        return one
    items = []
    for k, val in props.items():
        if isinstance(val, list) and val:
            inner = ",\n".join(" " * 12 + py_lit(x) for x in val)
            items.append(f"        {py_lit(k)}: [\n{inner},\n        ]")
        else:
            items.append(f"        {py_lit(k)}: {py_lit(val)}")
    return "{\n" + ",\n".join(items) + ",\n    }"


def render(screen: str, cases: list[Case], names: list[str], texts: list[str] = (), *, scaffold: str = "") -> str:
    """The module for ``cases``; ``scaffold="steps"`` writes ``# <step>`` before each manual step's code."""
    need_pytest = any(c.params for c in cases)
    head = []
    if need_pytest:
        head.append("import pytest")
    head.append("from playwright.sync_api import expect")
    blocks = []
    seen = set()
    for case in cases:
        fname = test_name(case)
        base = fname
        n = 2
        while fname in seen:
            fname = f"{base}_{n}"
            n += 1
        seen.add(fname)
        acts = resolve(case.steps + case.checks)
        for a in acts:
            mark_exact(a.loc, names, texts)
        lines = []
        if case.params:
            if len(case.params) == 1:
                rows = ",\n".join(f"        {_v(r[0])}" for r in case.rows)
                lines.append(f"@pytest.mark.parametrize(\n    {json.dumps(case.params[0].name)},\n    [\n{rows},\n    ],\n)")
            else:
                names_t = "(" + ", ".join(json.dumps(p.name) for p in case.params) + ")"
                rows = ",\n".join("        (" + ", ".join(_v(x) for x in r) + ")" for r in case.rows)
                lines.append(f"@pytest.mark.parametrize(\n    {names_t},\n    [\n{rows},\n    ],\n)")
        pnames = [p.name for p in case.params]
        if len(set(pnames)) != len(pnames) or "mount" in pnames or "page" in pnames:
            raise ValueError(f"parameter names clash in {case.name!r}: {pnames}")
        args = ", ".join(["mount", *pnames])
        lines.append(f"def {fname}({args}):")
        if case.props is not None:
            lines.append(f"    page = mount({json.dumps(screen)}, props={_props(case.props)})")
        else:
            lines.append(f"    page = mount({json.dumps(screen)})")
        for a in acts:
            if scaffold == "steps" and a.say != "__skip__":
                lines.append("    # " + _short(a.said or a.say or a.kind))
            lines.append("    " + line(a))
        blocks.append("\n".join(lines))
    return "\n".join(head) + "\n\n\n" + "\n\n\n".join(blocks) + "\n"
