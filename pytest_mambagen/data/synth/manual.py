"""Manual test cases in the styles QA engineers write them.

The same cases render as numbered steps, "Verify that" prose, Given/When/Then,
a step/expected table, terse notes, or a verbose write-up; a "sloppy" pass adds
typos and inconsistent casing outside quoted values. Quoted values (inputs and
expected texts) are always exact: they are what the test must use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .core import Act, Case, Param

QA_STYLES = ("numbered", "verify", "gherkin", "table", "terse", "verbose", "bullets")


def _q(rng, text: str, sloppy: bool = False) -> str:
    if sloppy and rng.random() < 0.3:
        return f"'{text}'"
    return f'"{text}"'


def _val(rng, v, sloppy=False) -> str:
    if isinstance(v, Param):
        return f"<{v.header}>"
    return _q(rng, str(v), sloppy)


def _thing(rng, loc, terse=False) -> str:
    if loc is None:
        return "the screen"
    d = loc.desc
    if not loc.noun:
        return d
    if terse:
        return d
    r = rng.random()
    if r < 0.55:
        return f"the {d} {loc.noun}"
    if r < 0.8:
        return f'the "{d}" {loc.noun}'
    if loc.noun == "button":
        return rng.choice([f'"{d}"', f"the {d} button"])
    return f"the {d} {loc.noun}"


def step_sentence(rng, a: Act, sloppy=False, terse=False) -> str:
    text = _step_sentence(rng, a, sloppy, terse)
    a.said = text
    return text


def _step_sentence(rng, a: Act, sloppy=False, terse=False) -> str:
    if a.say:
        return a.say
    t = _thing(rng, a.loc, terse)
    k = a.kind
    if k == "fill":
        if a.value == "" or a.value == "   ":
            if a.value == "":
                return rng.choice([f"Leave {t} empty", f"Clear {t}", f"Leave {t} blank"])
            return f"Enter only spaces in {t}"
        v = _val(rng, a.value, sloppy)
        return rng.choice([f"Enter {v} in {t}", f"Type {v} into {t}", f"Fill {t} with {v}", f"Set {t} to {v}",
                           f"In {t}, type {v}"])
    if k == "click":
        return rng.choice([f"Click {t}", f"Click {t}", f"Press {t}", f"Click on {t}", f"Tap {t}"])
    if k == "check":
        return rng.choice([f"Tick {t}", f"Check {t}", f"Select {t}", f"Turn on {t}"])
    if k == "uncheck":
        return rng.choice([f"Untick {t}", f"Uncheck {t}", f"Clear {t}", f"Turn off {t}"])
    if k == "select":
        v = _val(rng, a.value, sloppy)
        return rng.choice([f"Choose {v} in {t}", f"Select {v} from {t}", f"Pick {v} in {t}"])
    if k == "press":
        return rng.choice([f"Press {a.value} in {t}", f"Hit {a.value} while in {t}"])
    raise ValueError(f"no sentence for {k}")


def check_sentence(rng, a: Act, sloppy=False) -> str:
    """A statement (no leading 'Verify that')."""
    text = _check_sentence(rng, a, sloppy)
    a.said = text
    return text


def _check_sentence(rng, a: Act, sloppy=False) -> str:
    if a.say:
        return a.say
    t = _thing(rng, a.loc)
    k = a.kind
    v = _val(rng, a.value, sloppy) if a.value is not None else ""
    if k == "expect_text":
        return rng.choice([f"{t} shows {v}", f"{t} reads {v}", f"{t} displays {v}"])
    if k == "expect_contains":
        return rng.choice([f"{t} contains {v}", f"{t} includes {v}"])
    if k == "expect_visible":
        return rng.choice([f"{t} is displayed", f"{t} is visible", f"{t} is shown"])
    if k == "expect_hidden":
        return rng.choice([f"{t} is not displayed", f"{t} is hidden", f"{t} is no longer shown"])
    if k == "expect_count":
        return f"{t} has {a.value} entries"
    if k == "expect_value":
        if a.value == "":
            return rng.choice([f"{t} is empty", f"{t} is cleared"])
        return rng.choice([f"{t} contains {v}", f"{t} has the value {v}", f"the value of {t} is {v}"])
    if k == "expect_enabled":
        return rng.choice([f"{t} is enabled", f"{t} becomes enabled", f"{t} can be clicked"])
    if k == "expect_disabled":
        return rng.choice([f"{t} is disabled", f"{t} is greyed out (disabled)", f"{t} stays disabled"])
    if k == "expect_checked":
        return rng.choice([f"{t} is checked", f"{t} is ticked", f"{t} is on"])
    if k == "expect_unchecked":
        return rng.choice([f"{t} is not checked", f"{t} is unticked", f"{t} is off"])
    if k == "expect_attr":
        return f"{t} has {a.extra} {v}"
    raise ValueError(k)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    if s[:1] == '"' or s[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


def _cell(v) -> str:
    if v == "":
        return "(empty)"
    return str(v)


def _table(rng, params: tuple[Param, ...], rows, kind: str) -> list[str]:
    heads = [p.header for p in params]
    if kind == "md":
        out = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
        out += ["| " + " | ".join(_cell(v) for v in r) + " |" for r in rows]
        return out
    if kind == "gherkin":
        out = ["  | " + " | ".join(heads) + " |"]
        out += ["  | " + " | ".join(_cell(v) for v in r) + " |" for r in rows]
        return out
    # list
    return [f"{i}) " + ", ".join(f"{h} = {_cell(v)!s}" for h, v in zip(heads, r, strict=True)) for i, r in enumerate(rows, 1)]


_OPEN = ("Open the {screen} screen", "Navigate to the {screen} page", "Go to {screen}", "Open {screen}")


def _open(rng, screen: str) -> str:
    return rng.choice(_OPEN).format(screen=screen)


_ROLES = ("a standard user", "an administrator", "a manager", "a support agent", "a registered customer", "a new user",
          "a read-only user", "a team lead", "an auditor")
_ENVS = ("Chrome (latest) on Windows 11", "Chromium on Ubuntu 22.04", "Edge on Windows 10", "Chrome on macOS 14",
         "staging, build {b}", "QA environment, release {y}.{m}", "UAT, Chrome 13x", "Firefox ESR on Debian 12",
         "test tenant {t}, Chrome", "preprod, build {b}")
_NOTES = ("Run on a fresh page load; clear local storage first.", "Screenshots of failures go to the ticket.",
          "Data is reset every night on staging.", "Known issue: the page may load slowly on the first visit.",
          "Repeat on mobile width if time allows.", "Do not use production accounts.",
          "Related cases cover the other validation rules.", "Accessibility: all controls must be reachable by keyboard.",
          "Log defects against the {ticket} epic.", "Pair with {who} if the data looks wrong.",
          "Expected texts come from the copy deck signed off by {who}.")


def case_ids(rng, domain, n: int) -> list[str]:
    """Scenario ids as QA tools number them ("KES-1042", "TC-88.3"), or none."""
    r = rng.random()
    if r < 0.45:
        return [""] * n
    if r < 0.75:
        pfx = re.sub(r"[^A-Z]", "", domain.brand.upper())[:3] or "TC"
        start = rng.randrange(100, 9000)
        return [f"{pfx}-{start + i}" for i in range(n)]
    base = rng.randrange(10, 999)
    return [f"TC-{base}.{i + 1}" for i in range(n)]


def envelope(rng, domain, lex, notes=()) -> dict:
    """Metadata QA tools put around a case: ids, priority, environment, preconditions, notes.

    ``notes`` are facts the tests depend on (a valid code, a balance, a rule):
    they go to the notes, as in real cases where the key detail is not in the steps.
    """
    env = {}
    if rng.random() < 0.75:
        env["Priority"] = rng.choice(["High", "Medium", "Low", "P1", "P2", "P3", "Critical"])
    if rng.random() < 0.35:
        env["Type"] = rng.choice(["Functional", "Regression", "Smoke", "Negative", "UI", "Acceptance"])
    if rng.random() < 0.45:
        env["Author"] = lex.person()
    if rng.random() < 0.3:
        env["Created"] = f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.4:
        env["Requirement"] = f"{lex.abbrev(domain.brand)}-{rng.randint(100, 9999)}"
    if rng.random() < 0.65:
        env["Environment"] = rng.choice(_ENVS).format(b=f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                                                      y=rng.randint(2024, 2026), m=rng.randint(1, 12), t=domain.brand.lower())
    if rng.random() < 0.25:
        env["Component"] = f"{domain.title} / {domain.entity.Many}"
    pre = []
    if rng.random() < 0.5:
        pre.append(f"The user is logged in as {rng.choice(_ROLES)}.")
    if rng.random() < 0.2:
        pre.append("Browser cache and cookies are cleared.")
    if rng.random() < 0.15:
        pre.append(f"Feature flag {domain.brand.lower()}_{domain.entity.one.replace(' ', '_')}_v2 is on.")
    fmt = {"ticket": f"{lex.abbrev(domain.brand)}-{rng.randint(100, 999)}", "who": lex.person()}
    generic = [n.format(**fmt) for n in rng.sample(_NOTES, rng.choice([0, 0, 1, 1, 2]))]
    objective = ""
    if rng.random() < 0.6:
        objective = rng.choice(["Check that the screen behaves as the acceptance criteria describe.",
                                "Make sure users get clear feedback for this flow.",
                                "Cover the main path and the error handling of this screen.",
                                "Regression check for the behaviour below after the last release.",
                                f"Confirm the {domain.entity.many} flow before the {domain.title} release.",
                                "Cover the scenarios agreed in the refinement session."])
    facts = list(notes)
    return {"fields": env, "pre": pre, "notes": facts + generic, "objective": objective}


def _head(env: dict, style: str) -> list[str]:
    f = env["fields"]
    if not f:
        return []
    if style == "gherkin":
        tags = [f"@{v.lower()}" for k, v in f.items() if k in ("Priority", "Type")]
        out = [" ".join(tags)] if tags else []
        out += [f"# {k}: {v}" for k, v in f.items() if k not in ("Priority", "Type")]
        return out
    if style == "terse":
        return [" | ".join(f"{k.lower()}: {v}" for k, v in f.items())]
    if style == "table":
        return [f"| {k} | {v} |" for k, v in f.items()] + [""]
    return [f"{k}: {v}" for k, v in f.items()]


def _tail(env: dict, style: str) -> list[str]:
    notes = env["notes"]
    if not notes:
        return []
    if style == "gherkin":
        return [""] + [f"  # Note: {n}" for n in notes]
    if style == "terse":
        return ["notes: " + " ".join(notes)]
    return ["", "Notes:"] + [f"- {n}" for n in notes]


def render(rng, qa: str, cases: list[Case], screen_title: str, feature: str, sloppy: bool, tc_id: str,
           env: dict | None = None) -> str:
    fn = {
        "numbered": _numbered, "verify": _verify, "gherkin": _gherkin, "table": _steptable,
        "terse": _terse, "verbose": _verbose, "bullets": _bullets,
    }[qa]
    env = env or {"fields": {}, "pre": [], "notes": [], "objective": ""}
    env = {**env, "notes": list(env["notes"])}
    extra_pre = " ".join(env["pre"])
    id_style = rng.choice(["{i}: {t}", "[{i}] {t}", "{t} ({i})", "{i} - {t}"])
    shown = []
    for c in cases:
        pre = c.pre
        title = id_style.format(i=c.ident, t=c.title) if c.ident else c.title
        if pre and rng.random() < 0.2:
            # the detail the test needs sits in the notes, not next to the steps
            env["notes"].insert(0, f"{c.ident or c.title}: {pre}")
            pre = rng.choice(["", "See the notes below.", "Test data in the notes."])
        if c.note:
            env["notes"].insert(0, c.note)
        shown.append(replace(c, title=title, pre=(extra_pre + " " + pre).strip()))
    if any(c.ident for c in cases):
        tc_id = ""
    body = fn(rng, shown, screen_title, feature, sloppy, tc_id)
    lines = _head(env, qa)
    if env["objective"] and qa not in ("terse", "gherkin"):
        lines += [f"Objective: {env['objective']}", ""] if qa != "table" else [f"Objective: {env['objective']}"]
    if lines and lines[-1] != "":
        lines.append("")
    text = "\n".join([*lines, body, *_tail(env, qa)])
    if sloppy:
        text = make_sloppy(rng, text)
    return text.rstrip() + "\n"


def _checks(rng, case: Case, sloppy) -> list[str]:
    return [check_sentence(rng, a, sloppy) for a in case.checks]


def _steps(rng, case: Case, sloppy, terse=False) -> list[str]:
    out = []
    for a in case.steps:
        if a.say == "__skip__":
            continue  # a repeated action the previous sentence already counts ("click + 3 times")
        if a.is_check:
            out.append(rng.choice(["Check that ", "Confirm that ", "Make sure "]) + _low(check_sentence(rng, a, sloppy)))
        else:
            out.append(step_sentence(rng, a, sloppy, terse))
    return out


def _data_block(rng, case: Case, kind: str) -> list[str]:
    if not case.params:
        return []
    head = rng.choice(["Test data:", "Data:", "Use the following data:", "Test data (one run per row):"])
    return [head, *_table(rng, case.params, case.rows, kind)]


def _numbered(rng, cases, screen, feature, sloppy, tc_id):
    out = []
    for ci, case in enumerate(cases):
        if ci:
            out.append("")
        prefix = f"{tc_id}: " if tc_id and ci == 0 else ""
        out.append(rng.choice([f"Title: {prefix}{case.title}", f"Test case: {prefix}{case.title}", f"{prefix}{case.title}"]))
        pre = [f"The {screen} screen is open."]
        if case.pre:
            pre.append(case.pre)
        out.append("Preconditions: " + " ".join(pre))
        data = _data_block(rng, case, rng.choice(["md", "list"]))
        if data:
            out.extend(data)
        out.append("Steps:")
        for i, s in enumerate(_steps(rng, case, sloppy), 1):
            out.append(f"{i}. {s}.")
        out.append(rng.choice(["Expected result:", "Expected results:", "Expected:"]))
        for c in _checks(rng, case, sloppy):
            out.append(f"- {_cap(c)}.")
    return "\n".join(out)


def _verify(rng, cases, screen, feature, sloppy, tc_id):
    out = [f"{feature}", ""]
    for ci, case in enumerate(cases):
        if ci:
            out.append("")
        out.append(f"Scenario: {case.title}")
        lines = [_open(rng, screen) + "."]
        if case.pre:
            lines.append(case.pre)
        lines += [_cap(s) + "." for s in _steps(rng, case, sloppy)]
        data = _data_block(rng, case, "md")
        out.extend(lines)
        if data:
            out.extend(data)
        for c in _checks(rng, case, sloppy):
            out.append(f"Verify that {_low(c)}.")
    return "\n".join(out)


def _gherkin(rng, cases, screen, feature, sloppy, tc_id):
    out = [f"Feature: {feature}", ""]
    for ci, case in enumerate(cases):
        if ci:
            out.append("")
        out.append(("  Scenario Outline: " if case.params else "  Scenario: ") + case.title)
        out.append(f"    Given the {screen} screen is open")
        if case.pre:
            out.append(f"    And {_low(case.pre.rstrip('.'))}")
        for i, s in enumerate(_steps(rng, case, sloppy)):
            m = re.match(r"In (.*?), type (.*)$", s)
            if m:  # "In the X field, type Y" reads badly after "I"
                s = f"type {m.group(2)} into {m.group(1)}"
            out.append(f"    {'When' if i == 0 else 'And'} I {_low(s)}")
        for i, c in enumerate(_checks(rng, case, sloppy)):
            out.append(f"    {'Then' if i == 0 else 'And'} {_low(c)}")
        if case.params:
            out.append("")
            out.append("    Examples:")
            out.extend("    " + line for line in _table(rng, case.params, case.rows, "gherkin"))
    return "\n".join(out)


def _steptable(rng, cases, screen, feature, sloppy, tc_id):
    out = []
    for ci, case in enumerate(cases):
        if ci:
            out.append("")
        out.append(f"{tc_id} {case.title}".strip() if ci == 0 else case.title)
        out.append(f"Precondition: {screen} is open." + (f" {case.pre}" if case.pre else ""))
        data = _data_block(rng, case, "md")
        if data:
            out.extend(data)
        out.append("")
        out.append("| # | Step | Expected result |")
        out.append("|---|------|-----------------|")
        steps = _steps(rng, case, sloppy)
        checks = _checks(rng, case, sloppy)
        for i, s in enumerate(steps, 1):
            exp = ""
            if i == len(steps):
                exp = "; ".join(_cap(c) for c in checks)
            out.append(f"| {i} | {_cap(s)} | {exp} |")
        if not steps:
            out.append(f"| 1 | {_open(rng, screen)} | {'; '.join(_cap(c) for c in checks)} |")
    return "\n".join(out)


def _terse(rng, cases, screen, feature, sloppy, tc_id):
    out = []
    for ci, case in enumerate(cases):
        if ci:
            out.append("")
        out.append(f"{tc_id} - {case.title.lower()}" if tc_id and ci == 0 else case.title.lower())
        if case.pre:
            out.append(f"pre: {_low(case.pre)}")
        data = _data_block(rng, case, "list")
        out.extend(data)
        for s in _steps(rng, case, sloppy, terse=True):
            out.append(f"- {_low(s)}")
        for c in _checks(rng, case, sloppy):
            out.append(f"=> {_low(c)}")
    return "\n".join(out)


def _verbose(rng, cases, screen, feature, sloppy, tc_id):
    out = [f"Test case {tc_id}: {feature}" if tc_id else f"Test case: {feature}", ""]
    out.append(rng.choice([
        f"Purpose: make sure the {screen} screen behaves as specified for the scenarios below.",
        f"Objective: check the behaviour of the {screen} screen as described in the requirements.",
        f"This case covers the {screen} screen. Run each scenario from a fresh page load.",
    ]))
    for ci, case in enumerate(cases, 1):
        out.append("")
        out.append(f"Scenario {ci}: {case.title}" if len(cases) > 1 else f"Scenario: {case.title}")
        pre = f"Preconditions: the {screen} screen has just been opened and nothing has been entered yet."
        if case.pre:
            pre += " " + case.pre
        out.append(pre)
        data = _data_block(rng, case, "md")
        if data:
            out.extend(data)
        steps = _steps(rng, case, sloppy)
        if steps:
            sent = "First, " + _low(steps[0]) + "."
            for s in steps[1:]:
                sent += " " + rng.choice(["Then", "Next,", "After that,", "Now"]) + " " + _low(s) + "."
            out.append("Test steps: " + sent)
        checks = _checks(rng, case, sloppy)
        out.append("Expected outcome: " + " ".join(_cap(c) + "." for c in checks))
    return "\n".join(out)


def _bullets(rng, cases, screen, feature, sloppy, tc_id):
    out = [f"[{tc_id}] {feature}" if tc_id else feature]
    for case in cases:
        out.append("")
        out.append(f"* {case.title}")
        if case.pre:
            out.append(f"  Setup: {case.pre}")
        out.extend("  " + line for line in _data_block(rng, case, "list"))
        out.append("  Do:")
        for s in _steps(rng, case, sloppy):
            out.append(f"    - {_cap(s)}")
        out.append("  Check:")
        for c in _checks(rng, case, sloppy):
            out.append(f"    - {_cap(c)}")
    return "\n".join(out)


_QUOTED = re.compile(r"(\"[^\"\n]*\"|'[^'\n]*'|<[^>\n]*>|\|[^\n]*\|)")


def make_sloppy(rng, text: str) -> str:
    """Typos, dropped capitals and double spaces outside quoted values, tables and params."""
    parts = _QUOTED.split(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            out.append(part)
            continue
        tokens = re.split(r"(\s+)", part)
        new = []
        for tok in tokens:
            if tok.isalpha() and len(tok) > 4 and rng.random() < 0.06:
                j = rng.randrange(1, len(tok) - 2)
                op = rng.random()
                if op < 0.4:
                    tok = tok[:j] + tok[j + 1] + tok[j] + tok[j + 2:]
                elif op < 0.7:
                    tok = tok[:j] + tok[j + 1:]
                else:
                    tok = tok[:j] + tok[j] + tok[j:]
            elif tok[:1].isupper() and tok.isalpha() and rng.random() < 0.15:
                tok = tok.lower()
            elif tok.islower() and tok.isalpha() and len(tok) > 3 and rng.random() < 0.02:
                tok = tok.capitalize()
            new.append(tok)
        s = "".join(new)
        if rng.random() < 0.3:
            s = s.replace(". ", ".  ", 1)
        out.append(s)
    text = "".join(out)
    if rng.random() < 0.5:
        text = re.sub(r"\.\n", "\n", text)
    return text
