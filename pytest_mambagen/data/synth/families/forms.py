"""Forms with validation: sign-in, sign-up, domain entity forms, contact, transfer, profile.

One engine (:func:`form_screen`) renders a form from fields, rules and cross-field
checks in one of three error styles (first error in one alert, an error per field,
or a submit button disabled until the form is valid), controlled or uncontrolled,
and writes cases whose expected messages come from a Python twin of the rules.
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
    pascal,
)
from ..fields import FIELDS, Field, Rule
from ..generator import Built, Ctx, family
from ..widgets import button, checkbox, js, output, text_field, textarea


@dataclass
class Cross:
    """A rule that reads several values; checked right after field ``after``."""

    after: str
    js_cond: str  # uses v.<name>
    py: object  # callable(values) -> bool (True when invalid)
    message: str
    breaks: dict  # values that break it (merged over the valid values)


@dataclass
class FF:
    f: Field
    msgs: list[str]
    loc: object = None
    state: str = ""
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
    fix: object = None  # callable(valid values) -> None, to make valid values agree with cross rules


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
    """Render the form; returns the component and a dict of locators/helpers for cases."""
    rng = ctx.rng
    st = ctx.style
    controlled = st.controlled
    if mode is None:
        mode = rng.choice(["first", "first", "each", "disable"])
    if mode == "disable":
        controlled = True
    comp = Comp(spec.name, st)
    q = st.quote
    for ff in spec.fields:
        ff.state = ff.f.name
        if controlled:
            comp.state_var(ff.f.name, "false" if ff.widget == "checkbox" else f"{q}{q}")
    # -- validation helper
    if mode == "each":
        body = ["const errors = {};"]
        for ff in spec.fields:
            checks = _js_checks(spec, ff)
            for i, (cond, msg) in enumerate(checks):
                kw = "if" if i == 0 else "} else if"
                body.append(f"{kw} ({cond}) {{\n  errors.{ff.f.name} = {js(ctx, msg)};")
            body.append("}")
        body.append("return errors;")
        comp.helpers.append("function validate(v) {\n" + "\n".join("  " + ln for b in body for ln in b.split("\n")) + "\n}")
    else:
        body = []
        for ff in spec.fields:
            for cond, msg in _js_checks(spec, ff):
                body.append(f"if ({cond}) return {js(ctx, msg)};")
        body.append(f"return {q}{q};")
        comp.helpers.append("function validate(v) {\n" + "\n".join("  " + b for b in body) + "\n}")
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
    # -- state for messages
    if mode == "each":
        comp.state_var("errors", "{}")
    elif mode == "first":
        comp.state_var("error", f"{q}{q}")
    comp.state_var("success", f"{q}{q}")
    if mode == "each":
        submit_body = f"""e.preventDefault();
{get_values}
const found = validate(v);
«set:errors»(found);
if (Object.keys(found).length > 0) {{
  «set:success»({q}{q});
  return;
}}
«set:success»({spec.success_js});"""
    elif mode == "first":
        submit_body = f"""e.preventDefault();
{get_values}
const problem = validate(v);
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
if (validate(v)) return;
«set:success»({spec.success_js});"""
    comp.handler("handleSubmit", "e", submit_body)
    if mode == "disable":
        comp.derived.append(f"const canSubmit = validate({values_js}) === {q}{q};")
    # -- fields markup
    rows = []
    for ff in spec.fields:
        state = ff.state if controlled else None
        if ff.widget == "textarea":
            jsx, loc = textarea(ctx, ff.f.label, ff.f.name, state=state)
        elif ff.widget == "checkbox":
            jsx, loc = checkbox(ctx, ff.f.label, ff.f.name, state=state)
        else:
            jsx, loc = text_field(ctx, ff.f.label, ff.f.name, type_=ff.f.type, state=state,
                                  placeholder=ff.f.placeholder if rng.random() < 0.5 else "")
        ff.loc = loc
        if mode == "each":
            if st.testids or rng.random() < 0.5:
                ejsx = f'{{«errors».{ff.f.name} && <span className="error" data-testid="{_kebab(ff.f.name)}-error">{{«errors».{ff.f.name}}}</span>}}'
                ff.err_loc = by_testid(f"{_kebab(ff.f.name)}-error", desc=f"the error under {ff.f.label}")
            else:
                ejsx = f'{{«errors».{ff.f.name} && <span className="error">{{«errors».{ff.f.name}}}</span>}}'
                ff.err_loc = None  # located by text
            jsx = jsx + "\n" + ejsx
        wrapper = rng.choice(["div", "div", "p", None])
        if wrapper:
            cls = rng.choice(["field", "form-row", "form-group"])
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
    wrap_tag = rng.choice(["div", "section", "main"])
    comp.jsx = f'<{wrap_tag} className="{_kebab(spec.name)}">\n' + _ind("\n".join(x for x in [inner, form, *regions] if x), 2) + f"\n</{wrap_tag}>"
    info = {"mode": mode, "submit": bloc, "error": err_loc, "success": succ_loc, "controlled": controlled}
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


def form_cases(ctx: Ctx, spec: FormSpec, info: dict, *, subject: str, valid: dict) -> tuple[list[Case], list]:
    """Cases for a rendered form, and mutations tied to what they check."""
    rng = ctx.rng
    mode = info["mode"]
    submit = info["submit"]
    cases: list[Case] = []
    muts: list[tuple[str, str, str]] = []
    succ_text = spec.success_py(valid)
    if ctx.kind == "positive" or not any(ff.widget != "checkbox" for ff in spec.fields):
        steps = [*_fill_steps(spec, valid), click(submit)]
        checks = [expect_text(info["success"], succ_text,
                              say=rng.choice([f'the message "{succ_text}" is displayed',
                                              f'a confirmation "{succ_text}" appears',
                                              f'"{succ_text}" is shown'])) ]
        if mode == "first" and rng.random() < 0.4:
            checks.append(expect_hidden(info["error"], say="no error message is shown"))
        cases.append(Case(f"{subject} with valid details", f"{subject.capitalize()} with valid details", steps, checks))
        muts.append(("success message never shown", "«set:success»(" + spec.success_js + ")",
                     "«set:success»(" + ctx.style.quote * 2 + ")"))
        # typical mutation: a rule that rejects valid input
        ff = rng.choice([f for f in spec.fields if f.widget != "checkbox"])
        for rule in ff.f.rules:
            if rule.kind in ("minlen", "min"):
                muts.append(("threshold too strict", rule.js_cond(f"v.{ff.f.name}"),
                             rule.js_cond(f"v.{ff.f.name}").replace(f"< {rule.arg}", f"< {_bump(valid[ff.f.name], rule)}")))
        return cases, muts

    # ---- negative
    texty = [ff for ff in spec.fields if ff.widget != "checkbox"]
    if mode == "disable":
        ff = rng.choice([f for f in spec.fields])
        vals = dict(valid)
        vals[ff.f.name] = False if ff.widget == "checkbox" else ""
        steps = _fill_steps(spec, vals)
        missing = "unticked" if ff.widget == "checkbox" else "empty"
        cases.append(Case(f"{spec.submit} disabled while {ff.f.label} is {missing}",
                          f"{spec.submit} stays disabled until {ff.f.label} is filled in", steps,
                          [expect_disabled(submit)]))
        if rng.random() < 0.6:
            cases.append(Case(f"{spec.submit} enabled when form is complete", f"{spec.submit} becomes enabled once the form is complete",
                              _fill_steps(spec, valid), [expect_enabled(submit)]))
        muts.append(("submit never disabled", "disabled={!canSubmit}", "disabled={false}"))
        return cases, muts
    if mode == "each" and rng.random() < 0.45:
        # submit everything empty: one message per required field
        empty = {ff.f.name: (False if ff.widget == "checkbox" else "") for ff in spec.fields}
        errs = _field_errors(spec, empty)
        checks = []
        for ff in spec.fields:
            if ff.f.name in errs:
                msg = errs[ff.f.name]
                loc = ff.err_loc or by_text(msg, desc=f'the message "{msg}"')
                checks.append(expect_text(loc, msg, say=f'"{msg}" is shown under {ff.f.label}') if ff.err_loc else
                              expect_visible(loc, say=f'the message "{msg}" is shown'))
        cases.append(Case("empty form shows required messages", "Submitting the empty form shows an error for each required field",
                          [click(submit)], checks[:4]))
        first = next(ff for ff in spec.fields if ff.f.name in errs)
        muts.append(("required check dropped", _js_checks(spec, first)[0][0], "false"))
        return cases, muts
    # a single field, one or several bad values
    candidates = []
    for ff in texty:
        for rule in ff.f.rules:
            candidates.append((ff, rule))
    for c in spec.cross:
        candidates.append((None, c))
    rng.shuffle(candidates)
    ff, rule = candidates[0]
    if ff is None:
        vals = dict(valid)
        vals.update(rule.breaks)
        msg = _first_error(spec, vals)
        steps = [*_fill_steps(spec, vals), click(submit)]
        cases.append(Case(_slug(msg), msg, steps, _err_checks(ctx, spec, info, msg, None)))
        muts.append(("cross-field check dropped", rule.js_cond, "false"))
        return cases, muts
    rows = []
    same_field_rules = [r for r in ff.f.rules]
    table = len(same_field_rules) >= 2 and rng.random() < 0.5 and ctx.rng.random() < 0.9
    if table:
        seen_vals = set()
        for r in same_field_rules:
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
    if (len(rows) >= 2 and mode != "each") or (len(rows) >= 2 and ff.err_loc is not None):
        pv = Param(_pyname(ff.f.name), ff.f.label)
        pm = Param("expected" if pv.name == "message" else "message", rng.choice(["Expected message", "Error", "Message shown"]))
        vals = dict(valid)
        vals[ff.f.name] = pv
        steps = [*_fill_steps(spec, vals), click(submit)]
        loc = info["error"] if mode == "first" else ff.err_loc
        checks = [expect_text(loc, pm, say=rng.choice([f"the error <{pm.header}> is shown",
                                                        f"the message in the {pm.header} column is displayed"]))]
        cases.append(Case(f"{ff.f.label} validation", f"{ff.f.label} validation messages", steps, checks,
                          params=(pv, pm), rows=rows))
        asserted = {r[1] for r in rows}
    else:
        bad = _safe_blank(ff, rule.breaking_value(rng, valid[ff.f.name]))
        vals = dict(valid)
        vals[ff.f.name] = bad
        msg = _first_error(spec, vals)
        steps = [*_fill_steps(spec, vals), click(submit)]
        cases.append(Case(_slug(msg) if msg else "invalid value", msg or "invalid", steps,
                          _err_checks(ctx, spec, info, msg, ff)))
        asserted = {msg}
        if bad == "" and rng.random() < 0.5:
            cases[-1].pre = f"{ff.f.label} is left empty."
    # the rule's own JS check, weakened: a realistic bug
    for r, cond_msg, m in zip(ff.f.rules, _js_checks(spec, ff), ff.msgs, strict=False):
        if r is rule and m in asserted:
            cond, _ = cond_msg
            if r.kind in ("min", "minlen"):
                muts.append(("off-by-one threshold", cond, cond.replace(f"< {r.arg}", f"< {r.arg - 1}")))
            elif r.kind == "max":
                muts.append(("off-by-one threshold", cond, cond.replace(f"> {r.arg}", f"> {r.arg + 1}")))
            else:
                muts.append(("validation dropped", cond, "false"))
    msg0 = ff.msgs[ff.f.rules.index(rule)]
    if msg0 in asserted:
        muts.append(("wrong message text", js(ctx, msg0), js(ctx, typo(msg0))))
    if mode == "first":
        muts.append(("error not shown", "«set:error»(problem)", f"«set:error»({ctx.style.quote * 2})"))
    return cases, muts


def _bump(valid_value: str, rule: Rule) -> int:
    if rule.kind == "minlen":
        return len(valid_value.strip()) + 1
    return int(float(valid_value)) + 1


def typo(msg: str) -> str:
    """Drop one letter of the longest word: a misspelt message that no substring match forgives."""
    ws = msg.split(" ")
    i = max(range(len(ws)), key=lambda k: (len(ws[k]), -k))
    w = ws[i]
    if len(w) < 3:
        return msg + "!"
    ws[i] = w[:len(w) // 2] + w[len(w) // 2 + 1:]
    return " ".join(ws)


def _err_checks(ctx, spec, info, msg, ff):
    rng = ctx.rng
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


def _slug(msg: str) -> str:
    return msg.rstrip(".!")


def _pyname(name: str) -> str:
    return _kebab(name).replace("-", "_")


def _msgs(ctx, f: Field) -> list[str]:
    return [r.message(ctx.rng, f.label) for r in f.rules]


def _ff(ctx, key: str, widget: str = "input") -> FF:
    f = FIELDS[key]
    return FF(f, _msgs(ctx, f), widget=widget)


def _valid(ctx, spec: FormSpec) -> dict:
    out = {}
    for ff in spec.fields:
        out[ff.f.name] = True if ff.widget == "checkbox" else (ctx.rng.choice(ff.f.valid) if ff.f.valid else "")
    return out


def _tmpl(ctx, text_parts: list[str | tuple[str]]) -> tuple[str, object]:
    """A success message from literal parts and ("name",) value parts: (JS expr, python fn)."""
    js_parts = []
    for p in text_parts:
        js_parts.append(p if isinstance(p, str) else "${v." + p[0] + "}")
    expr = "`" + "".join(js_parts) + "`"

    def py(values):
        return "".join(p if isinstance(p, str) else str(values[p[0]]) for p in text_parts)

    return expr, py


def _build(ctx, spec: FormSpec, subject: str, feature: str, title: str, mode: str | None = None) -> Built:
    comp, info = form_screen(ctx, spec, mode=mode)
    valid = _valid(ctx, spec)
    if spec.fix is not None:
        spec.fix(valid)
    cases, muts = form_cases(ctx, spec, info, subject=subject, valid=valid)
    return Built(comp, cases, feature, title, muts)


# ---------------------------------------------------------------- families

@family("signin")
def signin(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    user = _ff(ctx, rng.choice(["email", "email", "username"]))
    pw = _ff(ctx, "password")
    fields = [user, pw]
    parts = rng.choice([["Welcome back, ", (user.f.name,), "!"], ["Signed in as ", (user.f.name,)],
                        ["Hello ", (user.f.name,), ", you are signed in"]])
    sjs, spy = _tmpl(ctx, parts)
    prefix = rng.choice(d.prefixes)
    name = rng.choice(["SignIn", "LoginForm", "SignInForm", f"{prefix}Login", f"{prefix}SignIn", "LoginPage"])
    submit = rng.choice(["Sign in", "Log in", "Login", "Continue"])
    spec = FormSpec(name, fields, submit, sjs, spy, heading=rng.choice(["Sign in", f"{d.title} portal", "Welcome back", ""]))
    return _build(ctx, spec, "sign in", f"{d.title} sign-in form", rng.choice(["Sign in", "Login", "Sign-in"]))


@family("signup")
def signup(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    fields = [_ff(ctx, "full_name"), _ff(ctx, "email"), _ff(ctx, "password")]
    cross = []
    if rng.random() < 0.6:
        conf = FF(Field("confirm", "Confirm password", "confirmPassword", "password", (Rule("required"),), ()),
                  [Rule("required").message(rng, "Confirm password")])
        fields.append(conf)
        msg = rng.choice(["Passwords do not match", "Passwords must match", "The passwords don't match"])
        cross.append(Cross("confirmPassword", "v.confirmPassword !== v.password",
                           lambda v: v["confirmPassword"] != v["password"], msg,
                           {"confirmPassword": "different-pass1"}))
    if rng.random() < 0.5:
        label = rng.choice(["I accept the terms", "I agree to the terms and conditions", "Accept the privacy policy"])
        fields.append(FF(Field("terms", label, "terms", "checkbox", (), ()),
                         [rng.choice(["You must accept the terms", "Please accept the terms to continue"])], widget="checkbox"))
    parts = rng.choice([["Account created for ", ("email",)], ["Welcome, ", ("fullName",), "!"],
                        ["Thanks ", ("fullName",), ", check ", ("email",), " to confirm"]])
    sjs, spy = _tmpl(ctx, parts)
    prefix = rng.choice(d.prefixes)
    name = rng.choice(["SignUp", "RegisterForm", "SignUpForm", f"{prefix}Register", "CreateAccount"])
    submit = rng.choice(["Create account", "Sign up", "Register"])
    spec = FormSpec(name, fields, submit, sjs, spy, cross=cross, heading=rng.choice(["Create your account", "Sign up", ""]),
                    fix=_fix_confirm)
    return _build(ctx, spec, "create an account", f"{d.title} registration", rng.choice(["Sign up", "Registration", "Create account"]))


def _fix_confirm(valid):
    if "confirmPassword" in valid:
        valid["confirmPassword"] = valid["password"]


@family("entity_form")
def entity_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    keys = list(d.fields)
    n = rng.choice([2, 3, 3, 4, 5])
    chosen = sorted(rng.sample(range(len(keys)), min(n, len(keys))))
    fields = [_ff(ctx, keys[i]) for i in chosen]
    first = fields[0].f.name
    ent = d.entity[0]
    parts = rng.choice([[ent.capitalize() + " saved"], [ent.capitalize() + " added: ", (first,)], ["Saved ", (first,)],
                        [f"New {ent} created"]])
    sjs, spy = _tmpl(ctx, parts)
    prefix = rng.choice(d.prefixes)
    name = rng.choice([f"{prefix}Form", f"New{pascal(ent)}Form", f"Add{pascal(ent)}", f"{pascal(ent)}Editor", f"Edit{prefix}"])
    submit = rng.choice(["Save", f"Save {ent}", d.action, "Submit", "Create"])
    spec = FormSpec(name, fields, submit, sjs, spy, heading=rng.choice([d.action, f"New {ent}", f"{ent.capitalize()} details", ""]))
    return _build(ctx, spec, f"save the {ent}", f"{d.title}: {d.action.lower()} form", rng.choice([d.action, f"New {ent}", f"{pascal(ent)} form"]))


@family("contact_form")
def contact_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    n = rng.choice([10, 15, 20])
    msgf = Field("message", rng.choice(["Message", "Your message", "Comments", "Details"]), "message", "text",
                 (Rule("required"), Rule("minlen", n)),
                 ("I would like to change my booking to next week, please.", "Please call me back about my last invoice.",
                  "The item arrived damaged, can you help?"))
    fields = [_ff(ctx, rng.choice(["full_name", "contact_name"])), _ff(ctx, "email"), FF(msgf, _msgs(ctx, msgf), widget="textarea")]
    parts = rng.choice([["Thanks, ", (fields[0].f.name,), "! We will reply to ", ("email",)], ["Message sent"],
                        ["Thank you for contacting us"]])
    sjs, spy = _tmpl(ctx, parts)
    prefix = rng.choice(d.prefixes)
    name = rng.choice(["ContactForm", f"{prefix}Contact", "SupportRequest", "FeedbackForm", f"{prefix}Enquiry"])
    submit = rng.choice(["Send", "Send message", "Submit"])
    spec = FormSpec(name, fields, submit, sjs, spy, heading=rng.choice(["Contact us", "Get in touch", "Send us a message"]))
    return _build(ctx, spec, "send a message", f"{d.title} contact form", rng.choice(["Contact us", "Contact form", "Support request"]))


@family("transfer_form")
def transfer_form(ctx: Ctx) -> Built:
    rng = ctx.rng
    d = ctx.domain
    bal = rng.choice([500, 750, 1200, 2500, 3000])
    amount = Field("amount", rng.choice(["Amount", "Transfer amount", "Payment amount"]), "amount", "number",
                   (Rule("required"), Rule("min", 1)), (str(rng.choice([50, 120, 200, 300])),))
    fields = [_ff(ctx, rng.choice(["payee", "recipient"])), FF(amount, _msgs(ctx, amount))]
    if rng.random() < 0.5:
        fields.append(_ff(ctx, "reference"))
    cur = d.currency
    msg = rng.choice([f"Amount exceeds your balance of {cur}{bal}", "Insufficient funds", f"You can send at most {cur}{bal}"])
    cross = [Cross("amount", f"Number(v.amount) > {bal}", lambda v: float(v["amount"]) > bal, msg,
                   {"amount": str(bal + rng.choice([1, 50, 500]))})]
    first = fields[0].f.name
    sjs, spy = _tmpl(ctx, rng.choice([["Sent ", cur, ("amount",), " to ", (first,)], ["Transfer of ", cur, ("amount",), " scheduled"],
                                       ["Payment sent"]]))
    name = rng.choice(["TransferForm", "SendMoney", "PaymentForm", f"{rng.choice(d.prefixes)}Payment"])
    submit = rng.choice(["Send", "Transfer", "Pay now", "Send money"])
    spec = FormSpec(name, fields, submit, sjs, spy, cross=cross, heading=rng.choice(["Send money", "New transfer", "Make a payment"]),
                    intro=f"Available balance: {cur}{bal}")
    ctx.texts.append(f"Available balance: {cur}{bal}")
    return _build(ctx, spec, "send a payment", f"{d.title} payment form", rng.choice(["Send money", "Transfer", "Payment"]))
