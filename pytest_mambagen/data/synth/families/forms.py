"""Forms with validation: sign-in, sign-up, domain entity forms, contact, transfer.

One engine (:func:`form_screen`) renders a form from fields, rules and cross-field
checks in one of three error styles (first error in one region, an error per
field, or a submit button disabled until the form is valid), controlled or
uncontrolled; :func:`form_scenarios` offers one scenario per rule, a table per
field, the happy path and the empty form, each with the mutations it catches.
Expected messages come from a Python twin of the rules.

Size (~670 lines): one family with many variants (rules, error styles, controlled or not), and the
Python twin of its rules that the expected messages come from: they must stay side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core import (
    Case,
    Comp,
    Param,
    by_testid,
    by_text,
    check,
    click,
    expect_disabled,
    expect_enabled,
    expect_hidden,
    expect_text,
    expect_visible,
    fill,
)
from ..fields import Field, Rule, messages
from ..lexicon import cap, low
from ..registry import Built, Ctx, Sc, family
from ..widgets import button, checkbox, js, output, text_field, textarea
from .common import typo


@dataclass
class Cross:
    """A rule that reads several values; checked right after field ``after``."""

    after: str
    js_cond: str  # uses v.<name>
    py: object  # callable(values) -> bool (True when invalid)
    message: str
    breaks: dict  # values that break it (merged over the valid values)
    title: str = ""


@dataclass
class FF:
    f: Field
    msgs: list[str]
    loc: object = None
    widget: str = "input"  # input | textarea | checkbox
    err_loc: object = None


@dataclass
class FormSpec:
    name: str
    fields: list[FF]
    submit: str
    success_js: str  # JS expression using v.<name>
    success_py: object  # callable(values) -> str
    cross: list[Cross] = field(default_factory=list)
    heading: str = ""
    intro: str = ""


def _one_error(spec: FormSpec, ff: FF, values: dict) -> str:
    v = values.get(ff.f.name, "")
    if ff.widget == "checkbox":
        return "" if v else ff.msgs[0]
    optional = Rule("required") not in ff.f.rules
    if not (optional and v.strip() == ""):
        for rule, msg in zip(ff.f.rules, ff.msgs, strict=True):
            if rule.fails(v):
                return msg
    for c in spec.cross:
        if c.after == ff.f.name and c.py(values):
            return c.message
    return ""


def _first_error(spec: FormSpec, values: dict) -> str:
    for ff in spec.fields:
        msg = _one_error(spec, ff, values)
        if msg:
            return msg
    return ""


def _field_errors(spec: FormSpec, values: dict) -> dict:
    out = {}
    for ff in spec.fields:
        msg = _one_error(spec, ff, values)
        if msg:
            out[ff.f.name] = msg
    return out


def _js_checks(spec: FormSpec, ff: FF) -> list[tuple[str, str]]:
    v = f"v.{ff.f.name}"
    out = []
    if ff.widget == "checkbox":
        return [(f"!{v}", ff.msgs[0])]
    optional = Rule("required") not in ff.f.rules
    for rule, msg in zip(ff.f.rules, ff.msgs, strict=True):
        cond = rule.js_cond(v)
        if optional:
            cond = f"{v}.trim() && {cond}"
        out.append((cond, msg))
    for c in spec.cross:
        if c.after == ff.f.name:
            out.append((c.js_cond, c.message))
    return out


def form_screen(ctx: Ctx, spec: FormSpec, *, mode: str | None = None) -> tuple[Comp, dict]:
    """Render the form; returns the component and a dict of locators for scenarios."""
    rng = ctx.rng
    st = ctx.style
    controlled = st.controlled
    if mode is None:
        mode = rng.choice(["first", "first", "each", "disable"])
    if mode == "disable":
        controlled = True
    comp = Comp(spec.name, st)
    q = st.quote
    if controlled:
        for ff in spec.fields:
            comp.state_var(ff.f.name, "false" if ff.widget == "checkbox" else f"{q}{q}")
    # -- validation helper
    vname = rng.choice(["validate", "validateForm", "checkValues", f"validate{spec.name}"])
    if mode == "each":
        body = ["const errors = {};"]
        for ff in spec.fields:
            checks = _js_checks(spec, ff)
            for i, (cond, msg) in enumerate(checks):
                kw = "if" if i == 0 else "} else if"
                body.append(f"{kw} ({cond}) {{\n  errors.{ff.f.name} = {js(ctx, msg)};")
            body.append("}")
        body.append("return errors;")
        comp.helpers.append(f"function {vname}(v) {{\n" + "\n".join("  " + ln for b in body for ln in b.split("\n")) + "\n}")
    else:
        body = []
        for ff in spec.fields:
            for cond, msg in _js_checks(spec, ff):
                body.append(f"if ({cond}) return {js(ctx, msg)};")
        body.append(f"return {q}{q};")
        comp.helpers.append(f"function {vname}(v) {{\n" + "\n".join("  " + b for b in body) + "\n}")
    # -- values object
    if controlled:
        values_js = "{ " + ", ".join(f"{ff.f.name}: «{ff.f.name}»" for ff in spec.fields) + " }"
        get_values = f"const v = {values_js};"
    else:
        lines = ["const data = new FormData(e.currentTarget);"]
        parts = []
        for ff in spec.fields:
            if ff.widget == "checkbox":
                parts.append(f"{ff.f.name}: data.get({js(ctx, ff.f.name)}) === {js(ctx, 'on')}")
            else:
                parts.append(f"{ff.f.name}: String(data.get({js(ctx, ff.f.name)}) ?? {q}{q})")
        lines.append("const v = {\n  " + ",\n  ".join(parts) + ",\n};")
        get_values = "\n".join(lines)
    if mode == "each":
        comp.state_var("errors", "{}")
    elif mode == "first":
        comp.state_var("error", f"{q}{q}")
    comp.state_var("success", f"{q}{q}")
    if mode == "each":
        submit_body = f"""e.preventDefault();
{get_values}
const found = {vname}(v);
«set:errors»(found);
if (Object.keys(found).length > 0) {{
  «set:success»({q}{q});
  return;
}}
«set:success»({spec.success_js});"""
    elif mode == "first":
        submit_body = f"""e.preventDefault();
{get_values}
const problem = {vname}(v);
if (problem) {{
  «set:error»(problem);
  «set:success»({q}{q});
  return;
}}
«set:error»({q}{q});
«set:success»({spec.success_js});"""
    else:
        submit_body = f"""e.preventDefault();
{get_values}
if ({vname}(v)) return;
«set:success»({spec.success_js});"""
    comp.handler("handleSubmit", "e", submit_body)
    if mode == "disable":
        comp.derived.append(f"const canSubmit = {vname}({values_js}) === {q}{q};")
    # -- fields markup
    rows = []
    for ff in spec.fields:
        state = ff.f.name if controlled else None
        if ff.widget == "textarea":
            jsx, loc = textarea(ctx, ff.f.label, ff.f.name, state=state)
        elif ff.widget == "checkbox":
            jsx, loc = checkbox(ctx, ff.f.label, ff.f.name, state=state)
        else:
            jsx, loc = text_field(ctx, ff.f.label, ff.f.name, type_=ff.f.type, state=state,
                                  placeholder=ff.f.placeholder if rng.random() < 0.5 else "")
        ff.loc = loc
        if mode == "each":
            cls = rng.choice(["error", "field-error", "hint-error", "form-text error"])
            if st.testids or rng.random() < 0.5:
                tid = ctx.tid(f"{ff.f.label} error")
                ejsx = f'{{«errors».{ff.f.name} && <span className="{cls}" data-testid="{tid}">{{«errors».{ff.f.name}}}</span>}}'
                ff.err_loc = by_testid(tid, desc=f"the error under {ff.f.label}")
            else:
                ejsx = f'{{«errors».{ff.f.name} && <span className="{cls}">{{«errors».{ff.f.name}}}</span>}}'
                ff.err_loc = None  # located by text
            jsx = jsx + "\n" + ejsx
        wrapper = rng.choice(["div", "div", "p", None])
        if wrapper:
            cls = rng.choice(["field", "form-row", "form-group", "input-group", "stack"])
            rows.append(f'<{wrapper} className="{cls}">\n' + _ind(jsx, 2) + f"\n</{wrapper}>")
        else:
            rows.append(jsx)
        ctx.texts.extend(ff.msgs)
    ctx.texts.extend(c.message for c in spec.cross)
    dis = " disabled={!canSubmit}" if mode == "disable" else ""
    bjsx, bloc = button(ctx, spec.submit, type_="submit", extra=dis.strip())
    regions = []
    err_loc = None
    if mode == "first":
        ejsx, err_loc = output(ctx, "error", "the error message", "{«error»}", role_name="alert", cond="«error»")
        regions.append(ejsx)
    sjsx, succ_loc = output(ctx, "success", "the confirmation message", "{«success»}", role_name="status",
                            cond="«success»")
    regions.append(sjsx)
    head = f"<h2>{spec.heading}</h2>" if spec.heading else ""
    intro = f"<p>{spec.intro}</p>" if spec.intro else ""
    if head:
        ctx.texts.append(spec.heading)
    inner = "\n".join(x for x in [head, intro] if x)
    form = "<form onSubmit={«h:handleSubmit»} noValidate>\n" + _ind("\n".join([*rows, bjsx]), 2) + "\n</form>"
    if len(rows) >= 2 and rng.random() < 0.3:
        # the fields as a child component: what a real form with a Fields/Body part looks like
        fields_part = comp.part(spec.name + "Fields", "<fieldset className=\"fields\">\n" + _ind("\n".join(rows), 2) + "\n</fieldset>")
        form = "<form onSubmit={«h:handleSubmit»} noValidate>\n" + _ind("\n".join([fields_part, bjsx]), 2) + "\n</form>"
    wrap_tag = rng.choice(["div", "section", "main"])
    comp.jsx = f'<{wrap_tag} className="{_kebab(spec.name)}">\n' + _ind("\n".join(x for x in [inner, form, *regions] if x), 2) + f"\n</{wrap_tag}>"
    info = {"mode": mode, "submit": bloc, "error": err_loc, "success": succ_loc, "controlled": controlled, "validate": vname}
    return comp, info


def _ind(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line.strip() else "" for line in text.split("\n"))


def _kebab(s: str) -> str:
    import re

    return re.sub(r"(?<!^)(?=[A-Z])", "-", s).lower()


def _fill_steps(spec: FormSpec, values: dict, skip=()) -> list:
    steps = []
    for ff in spec.fields:
        if ff.f.name in skip:
            continue
        v = values[ff.f.name]
        if ff.widget == "checkbox":
            if v:
                steps.append(check(ff.loc))
            continue
        if v == "" and not isinstance(v, Param):
            continue  # leaving a fresh field empty is a non-step; the manual says so below
        steps.append(fill(ff.loc, v))
    return steps


def _safe_blank(ff: FF, value: str) -> str:
    if value.strip() == "" and ff.f.type not in ("text", "email", "password", "tel"):
        return ""
    return value


def _bump(valid_value: str, rule: Rule) -> int:
    if rule.kind == "minlen":
        return len(valid_value.strip()) + 1
    return int(float(valid_value)) + 1


def _err_checks(rng, spec, info, msg, ff):
    say = rng.choice([f'the error "{msg}" is displayed', f'an error message "{msg}" appears',
                      f'"{msg}" is shown', f'the message "{msg}" is displayed'])
    if info["mode"] == "first":
        checks = [expect_text(info["error"], msg, say=say)]
    elif ff is not None and ff.err_loc is not None:
        checks = [expect_text(ff.err_loc, msg, say=f'"{msg}" is shown under {ff.f.label}')]
    else:
        checks = [expect_visible(by_text(msg, desc=f'the message "{msg}"'), say=say)]
    if rng.random() < 0.35:
        checks.append(expect_hidden(info["success"], say="no confirmation message is shown"))
    return checks


def _pyname(name: str) -> str:
    return _kebab(name).replace("-", "_")


def _bad_title(rng, ff: FF, rule, bad: str, msg: str) -> str:
    lab = ff.f.label
    if bad.strip() == "":
        return rng.choice([f"{lab} left empty is rejected", f"Submitting without {low(lab)} shows an error",
                           f"Empty {low(lab)} shows \"{msg}\""])
    what = {"minlen": "Minimum length", "maxlen": "Maximum length", "email": "Email format", "min": "Minimum value",
            "max": "Maximum value", "pattern": "Format"}.get(rule.kind, "Required")
    return rng.choice([f"{lab} \"{bad}\" is rejected", f"Entering \"{bad}\" in {lab} shows an error",
                       f"{what} check on {low(lab)}", f"Invalid {low(lab)} shows \"{msg}\""])


def form_scenarios(ctx: Ctx, spec: FormSpec, info: dict, *, subject: str, valid: dict) -> list[Sc]:
    """Scenarios for a rendered form, each with the mutations tied to what it checks."""
    mode = info["mode"]
    submit = info["submit"]
    q = ctx.style.quote
    vname = info["validate"]
    out: list[Sc] = []
    texty = [ff for ff in spec.fields if ff.widget != "checkbox"]

    def happy(rng):
        succ_text = spec.success_py(valid)
        steps = [*_fill_steps(spec, valid), click(submit)]
        checks = [expect_text(info["success"], succ_text,
                              say=rng.choice([f'the message "{succ_text}" is displayed', f'a confirmation "{succ_text}" appears',
                                              f'"{succ_text}" is shown']))]
        if mode == "first" and rng.random() < 0.4:
            checks.append(expect_hidden(info["error"], say="no error message is shown"))
        first_val = next((valid[ff.f.name] for ff in texty if valid[ff.f.name]), "")
        title = rng.choice([f"{cap(subject)} with valid details", f"{cap(subject)} as {first_val}" if first_val else f"{cap(subject)}",
                            f"Valid details: {low(subject)}"])
        muts = [("success message never shown", "«set:success»(" + spec.success_js + ")", "«set:success»(" + q * 2 + ")")]
        ff = rng.choice(texty)
        for rule in ff.f.rules:
            if rule.kind in ("minlen", "min"):
                muts.append(("threshold too strict", rule.js_cond(f"v.{ff.f.name}"),
                             rule.js_cond(f"v.{ff.f.name}").replace(f"< {rule.arg}", f"< {_bump(valid[ff.f.name], rule)}")))
        return [Case(title, title, steps, checks)], muts

    out.append(Sc("positive", happy))

    if mode == "disable":
        for ff0 in spec.fields:
            def disabled_while_empty(rng, ff=ff0):
                vals = dict(valid)
                vals[ff.f.name] = False if ff.widget == "checkbox" else ""
                if _first_error(spec, vals) == "":
                    return None  # an optional field: leaving it empty does not disable anything
                missing = "unticked" if ff.widget == "checkbox" else "empty"
                title = rng.choice([f"{spec.submit} stays disabled while {ff.f.label} is {missing}",
                                    f"{ff.f.label} {missing} keeps {spec.submit} disabled"])
                muts = [("submit never disabled", "disabled={!canSubmit}", "disabled={false}")]
                checks = _js_checks(spec, ff)
                others = [r for r in ff.f.rules if r.kind != "required"]
                if ff.widget != "checkbox" and Rule("required") in ff.f.rules and not any(r.fails("") for r in others) \
                        and not any(c.after == ff.f.name for c in spec.cross):
                    muts.append(("required check dropped", checks[0][0], "false"))
                return [Case(title, title, _fill_steps(spec, vals), [expect_disabled(submit)])], muts

            out.append(Sc("negative", disabled_while_empty))

        def enabled_when_complete(rng):
            title = rng.choice([f"{spec.submit} becomes enabled once the form is complete",
                                f"Completing every field enables {spec.submit}"])
            return [Case(title, title, _fill_steps(spec, valid), [expect_enabled(submit)])], \
                [("always disabled", f"const canSubmit = {vname}(", f"const canSubmit = !{vname}(")]

        out.append(Sc("positive", enabled_when_complete))
        for ff0 in texty:
            for rule0 in ff0.f.rules:
                if rule0.kind == "required":
                    continue

                def disabled_when_invalid(rng, ff=ff0, rule=rule0):
                    bad = _safe_blank(ff, rule.breaking_value(rng, valid[ff.f.name]))
                    vals = dict(valid)
                    vals[ff.f.name] = bad
                    if not _first_error(spec, vals) or bad.strip() == "":
                        return None
                    title = rng.choice([f"{spec.submit} stays disabled with {low(ff.f.label)} \"{bad}\"",
                                        f"Invalid {low(ff.f.label)} keeps {spec.submit} disabled"])
                    cond = next(c for r, (c, _m) in zip(ff.f.rules, _js_checks(spec, ff), strict=False) if r is rule)
                    return [Case(title, title, _fill_steps(spec, vals), [expect_disabled(submit)])], \
                        [("validation dropped", cond, "false")]

                out.append(Sc("negative", disabled_when_invalid))
        return out

    if mode == "each":
        def empty_form(rng):
            empty = {ff.f.name: (False if ff.widget == "checkbox" else "") for ff in spec.fields}
            errs = _field_errors(spec, empty)
            checks = []
            for ff in spec.fields:
                if ff.f.name in errs:
                    msg = errs[ff.f.name]
                    if ff.err_loc is not None:
                        checks.append(expect_text(ff.err_loc, msg, say=f'"{msg}" is shown under {ff.f.label}'))
                    else:
                        checks.append(expect_visible(by_text(msg, desc=f'the message "{msg}"'), say=f'the message "{msg}" is shown'))
            if not checks:
                return None
            title = rng.choice([f"Submitting the empty {spec.submit} form shows each required field",
                                f"Empty form to {low(subject)} lists every missing field",
                                f"{spec.submit} with nothing filled in shows the required messages"])
            first = next(ff for ff in spec.fields if ff.f.name in errs)
            return [Case(title, title, [click(submit)], checks[:4])], [("required check dropped", _js_checks(spec, first)[0][0], "false")]

        out.append(Sc("negative", empty_form))

    for ff0 in texty:
        for rule0 in ff0.f.rules:
            def bad_value(rng, ff=ff0, rule=rule0):
                bad = _safe_blank(ff, rule.breaking_value(rng, valid[ff.f.name]))
                vals = dict(valid)
                vals[ff.f.name] = bad
                msg = _first_error(spec, vals)
                if not msg:
                    return None
                steps = [*_fill_steps(spec, vals), click(submit)]
                title = _bad_title(rng, ff, rule, bad, msg)
                case = Case(title, title, steps, _err_checks(rng, spec, info, msg, ff))
                if bad == "" and rng.random() < 0.5:
                    case.pre = f"{ff.f.label} is left empty."
                muts = []
                for r, (cond, m) in zip(ff.f.rules, _js_checks(spec, ff), strict=False):
                    if r is rule and m == msg:
                        # an off-by-one bug is only caught by a value on the boundary
                        if r.kind in ("min", "minlen") and not Rule(r.kind, r.arg - 1).fails(bad):
                            muts.append(("off-by-one threshold", cond, cond.replace(f"< {r.arg}", f"< {r.arg - 1}")))
                        elif r.kind in ("max", "maxlen") and not Rule(r.kind, r.arg + 1).fails(bad):
                            muts.append(("off-by-one threshold", cond, cond.replace(f"> {r.arg}", f"> {r.arg + 1}")))
                        else:
                            muts.append(("validation dropped", cond, "false"))
                if msg in ff.msgs:
                    muts.append(("wrong message text", js(ctx, msg), js(ctx, typo(msg))))
                if mode == "first":
                    muts.append(("error not shown", "«set:error»(problem)", f"«set:error»({q * 2})"))
                return [case], muts

            out.append(Sc("negative", bad_value))
        if len(ff0.f.rules) >= 2 and (mode != "each" or ff0.err_loc is not None):
            def table(rng, ff=ff0):
                rows, seen_vals = [], set()
                for r in ff.f.rules:
                    for _ in range(2 if rng.random() < 0.3 else 1):
                        bad = _safe_blank(ff, r.breaking_value(rng, valid[ff.f.name]))
                        if bad in seen_vals:
                            continue
                        seen_vals.add(bad)
                        vals = dict(valid)
                        vals[ff.f.name] = bad
                        msg = _first_error(spec, vals)
                        if msg:
                            rows.append((bad, msg))
                if len(rows) < 2 or len({m for _, m in rows}) < 2:
                    return None
                pv = Param(_pyname(ff.f.name), ff.f.label)
                pm = Param("expected" if pv.name == "message" else "message",
                           rng.choice(["Expected message", "Error", "Message shown", "Expected error"]))
                vals = dict(valid)
                vals[ff.f.name] = pv
                steps = [*_fill_steps(spec, vals), click(submit)]
                loc = info["error"] if mode == "first" else ff.err_loc
                checks = [expect_text(loc, pm, say=rng.choice([f"the error <{pm.header}> is shown",
                                                                f"the message in the {pm.header} column is displayed"]))]
                title = rng.choice([f"{ff.f.label} validation messages", f"Each invalid {low(ff.f.label)} shows its message",
                                    f"{ff.f.label} rules"])
                muts = [("wrong message text", js(ctx, m), js(ctx, typo(m))) for _, m in rows[:1]]
                return [Case(title, title, steps, checks, params=(pv, pm), rows=rows)], muts

            out.append(Sc("negative", table))
    for c0 in spec.cross:
        def cross(rng, c=c0):
            vals = dict(valid)
            vals.update(c.breaks)
            msg = _first_error(spec, vals)
            if msg != c.message:
                return None
            steps = [*_fill_steps(spec, vals), click(submit)]
            title = c.title or msg
            return [Case(title, title, steps, _err_checks(rng, spec, info, msg, None))], [("cross-field check dropped", c.js_cond, "false")]

        out.append(Sc("negative", cross))
    return out


def _tmpl(text_parts: list[str | tuple[str]]) -> tuple[str, object]:
    """A success message from literal parts and ("name",) value parts: (JS expr, python fn)."""
    js_parts = []
    for p in text_parts:
        js_parts.append(p.replace("`", "'").replace("${", "$ {") if isinstance(p, str) else "${v." + p[0] + "}")
    expr = "`" + "".join(js_parts) + "`"

    def py(values):
        return "".join(p.replace("`", "'").replace("${", "$ {") if isinstance(p, str) else str(values[p[0]]) for p in text_parts)

    return expr, py


def _valid(ctx, spec: FormSpec) -> dict:
    out = {}
    for ff in spec.fields:
        out[ff.f.name] = True if ff.widget == "checkbox" else (ctx.rng.choice(ff.f.valid) if ff.f.valid else "")
    return out


def _ff(ctx, kind: str, widget: str = "input", optional: bool = False) -> FF:
    f = ctx.field(kind, optional=optional)
    return FF(f, messages(ctx.lex, f), widget=widget)


def _build(ctx, spec: FormSpec, subject: str, feature: str, title: str, mode: str | None = None, fix=None,
           notes=()) -> Built:
    comp, info = form_screen(ctx, spec, mode=mode)
    valid = _valid(ctx, spec)
    if fix is not None:
        fix(valid)
    return Built(comp, form_scenarios(ctx, spec, info, subject=subject, valid=valid), feature, title, list(notes))


# ---------------------------------------------------------------- families

@family("signin")
def signin(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    user = _ff(ctx, rng.choice(["email", "email", "username"]))
    pw = _ff(ctx, "password")
    fields = [user, pw]
    parts = rng.choice([["Welcome back, ", (user.f.name,), "!"], ["Signed in as ", (user.f.name,)],
                        ["Hello ", (user.f.name,), f", you are signed in to {d.title}"],
                        [f"{d.brand}: signed in as ", (user.f.name,)]])
    sjs, spy = _tmpl(parts)
    name = ctx.screen_name("SignIn", "Login", "LoginForm", "SignInPage")
    submit = rng.choice([f"Sign in to {d.brand}", f"Log in to {d.title}", f"Continue to {d.brand}", f"Enter {d.title}"])
    spec = FormSpec(name, fields, submit, sjs, spy, heading=rng.choice([f"Sign in to {d.title}", f"{d.title} portal",
                                                                       f"Welcome back to {d.brand}", ""]))
    return _build(ctx, spec, rng.choice([f"sign in to {d.brand}", f"log in to {d.title}"]), f"{d.title} sign-in form",
                  rng.choice([f"{d.brand} sign in", f"{d.title} login", f"Sign in ({d.brand})"]))


@family("signup")
def signup(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    fields = [_ff(ctx, "name"), _ff(ctx, "email"), _ff(ctx, "password")]
    pw = fields[2]
    cross = []
    confirm = None
    if rng.random() < 0.6:
        clab = rng.choice([f"Repeat the {low(pw.f.label)}", f"Confirm {low(pw.f.label)}", f"{pw.f.label} again"])
        cf = Field("confirm", clab, "confirm" + pw.f.name[:1].upper() + pw.f.name[1:], "password", (Rule("required"),), ())
        confirm = FF(cf, [Rule("required").message(rng, clab)])
        fields.append(confirm)
        msg = rng.choice([f"{clab} does not match", f"The two {d.brand} passwords do not match", f"{clab} must match {low(pw.f.label)}"])
        cross.append(Cross(cf.name, f"v.{cf.name} !== v.{pw.f.name}", lambda v, a=cf.name, b=pw.f.name: v[a] != v[b], msg,
                           {cf.name: f"{ctx.lex.brand()}-{rng.randint(100, 999)}!"},
                           title=rng.choice([f"Different {low(clab)} is rejected", f"Mismatched {d.brand} passwords are rejected"])))
    if rng.random() < 0.5:
        label = rng.choice([f"I accept the {d.brand} terms of service", f"I agree to the {d.title} terms",
                            f"Accept the {d.brand} privacy policy"])
        tf = Field("terms", label, "terms", "checkbox", (), ())
        fields.append(FF(tf, [rng.choice([f"Accept the {d.brand} terms to continue", f"You must accept the {d.title} terms"])],
                         widget="checkbox"))
    name_f, email_f = fields[0].f.name, fields[1].f.name
    parts = rng.choice([[f"{d.title} account created for ", (email_f,)], ["Welcome to " + d.brand + ", ", (name_f,), "!"],
                        ["Thanks ", (name_f,), ", check ", (email_f,), " to confirm"]])
    sjs, spy = _tmpl(parts)
    name = ctx.screen_name("SignUp", "Register", "SignUpForm", "CreateAccount")
    submit = rng.choice([f"Create {d.brand} account", f"Join {d.title}", f"Register with {d.brand}"])
    spec = FormSpec(name, fields, submit, sjs, spy, cross=cross, heading=rng.choice([f"Create your {d.brand} account", f"Join {d.title}", ""]))

    def fix(valid):
        if confirm is not None:
            valid[confirm.f.name] = valid[pw.f.name]

    return _build(ctx, spec, rng.choice([f"create a {d.brand} account", f"register for {d.title}"]), f"{d.title} registration",
                  rng.choice([f"{d.brand} sign up", f"{d.title} registration"]), fix=fix)


@family("entity_form")
def entity_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    ent = ctx.ent
    kinds = list(d.theme.fields)
    rng.shuffle(kinds)
    n = rng.choice([2, 3, 3, 4, 4, 5])
    fields = [_ff(ctx, k) for k in kinds[:n]]
    if rng.random() < 0.25:
        fields.append(_ff(ctx, "text", optional=True))
    first = fields[0].f.name
    parts = rng.choice([[ent.One + " saved"], [ent.One + " added: ", (first,)], ["Saved ", (first,), f" to {d.title}"],
                        [f"New {ent.one} created for ", (first,)], [f"{ent.One} ", (first,), " is ready"]])
    if len(parts) == 1:
        parts = [parts[0] + f" ({d.brand})"]
    sjs, spy = _tmpl(parts)
    name = ctx.screen_name("Form", "Editor", "Create", "Details")
    submit = rng.choice([f"Save {ent.one}", f"Add {ent.one}", f"Create {ent.one}", f"Save {ctx.lex.qualifier().lower()} {ent.one}"])
    spec = FormSpec(name, fields, submit, sjs, spy, heading=rng.choice([f"New {ent.one}", f"{ent.One} details", f"Add a {ent.one} to {d.brand}", ""]))
    return _build(ctx, spec, f"save the {d.brand} {ent.one}", f"{d.title}: {ent.one} form", rng.choice([f"New {ent.one}", f"{ent.One} form"]))


@family("contact_form")
def contact_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    n = rng.choice([10, 12, 15, 20, 25, 30])
    mlab = rng.choice([f"Message to the {lex.qualifier().lower()} team", f"Your question about {ctx.ent.many}",
                       f"Details for {d.brand} support", f"Describe the {lex.topic()} issue"])
    valid_msgs = tuple(rng.choice([f"Please call me back about {ctx.ent.one} {lex.code()} before {lex.date_text(lex.date())}.",
                                   f"Can someone check the {lex.topic()} for {lex.item()}?",
                                   f"I need help with {lex.topic()} on my {ctx.ent.one}, thanks."]) for _ in range(3))
    mf = Field("message", mlab, ctx.lex.rng.choice(["message", "details", "question", "body"]), "text",
               (Rule("required"), Rule("minlen", n)), valid_msgs)
    ctx.taken.add(mf.name)
    fields = [_ff(ctx, "name"), _ff(ctx, "email"), FF(mf, messages(ctx.lex, mf), widget="textarea")]
    parts = rng.choice([["Thanks, ", (fields[0].f.name,), "! We will reply to ", (fields[1].f.name,)],
                        [f"Message sent to {d.brand} support"], [f"Thank you for contacting {d.title}"]])
    sjs, spy = _tmpl(parts)
    name = ctx.screen_name("Contact", "SupportRequest", "Enquiry", "Feedback")
    submit = rng.choice([f"Send to {d.brand}", f"Send {ctx.ent.one} message", f"Submit {ctx.ent.one} request", f"Contact {d.brand}"])
    spec = FormSpec(name, fields, submit, sjs, spy, heading=rng.choice([f"Contact {d.title}", f"Get in touch with {d.brand}", "Send us a message"]))
    return _build(ctx, spec, f"send a message to {d.brand}", f"{d.title} contact form", rng.choice([f"Contact {d.brand}", f"{d.title} support request"]))


@family("transfer_form")
def transfer_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    lex = ctx.lex
    bal_units = rng.randint(3, 480) * 25
    amount = Field("amount", rng.choice([f"Amount to {rng.choice(['send', 'pay', 'transfer'])} from {d.brand}", f"{lex.qualifier()} amount",
                                         f"Payment for the {ctx.ent.one}"]), "amount", "number",
                   (Rule("required"), Rule("min", 1)), tuple(str(rng.randint(1, bal_units)) for _ in range(3)))
    ctx.taken.add("amount")
    fields = [_ff(ctx, "name"), FF(amount, messages(lex, amount))]
    if rng.random() < 0.5:
        fields.append(_ff(ctx, "text", optional=True))
    bal = ctx.money(bal_units * 100)
    msg = rng.choice([f"Amount exceeds your balance of {bal}", f"Insufficient funds: {bal} available",
                      f"You can send at most {bal}", f"Not enough money in {d.brand} {ctx.ent.one} ({bal} left)"])
    over = str(bal_units + rng.choice([1, 25, 500]))
    cross = [Cross("amount", f"Number(v.amount) > {bal_units}", lambda v: float(v["amount"]) > bal_units, msg,
                   {"amount": over}, title=rng.choice([f"Sending {over} over the {bal} balance is blocked",
                                                       f"Amount above the {bal} balance is rejected"]))]
    first = fields[0].f.name
    sjs, spy = _tmpl(rng.choice([["Sent ", ("amount",), " to ", (first,)], ["Transfer of ", ("amount",), " to ", (first,), " scheduled"],
                                 [f"Payment sent from {d.brand}"], ["Paid ", (first,), " ", ("amount",)]]))
    name = ctx.screen_name("Transfer", "SendMoney", "PaymentForm", "Payout")
    submit = rng.choice([f"Send with {d.brand}", f"Transfer from {d.brand}", f"Pay {ctx.ent.one}", f"Send {ctx.ent.one} money"])
    intro = f"Available balance: {bal}"
    spec = FormSpec(name, fields, submit, sjs, spy, cross=cross,
                    heading=rng.choice([f"Send money from {d.brand}", f"New {ctx.ent.one}", "Make a payment"]), intro=intro)
    ctx.texts.append(intro)
    return _build(ctx, spec, f"send a {d.brand} payment", f"{d.title} payment form", rng.choice([f"{d.brand} transfer", f"{d.title} payment"]),
                  notes=[f"The account balance is {bal}."])
