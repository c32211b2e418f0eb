"""JSX widgets that return their markup and the locator a test uses for them.

The label style of the sample decides how an input is named (``<label htmlFor>``,
a wrapping label, ``aria-label`` or a placeholder only), and the locator follows,
so that the test always matches the screen.
"""

from __future__ import annotations

from .core import Loc, attr, by_label, by_placeholder, by_testid, js_str, jsx_text, role


def _bind(ctx, state: str | None, ident: str, kind: str = "value") -> str:
    if state is None:
        return f'name="{ident}"'
    if kind == "checked":
        return f"checked={{«{state}»}} onChange={{(e) => «set:{state}»(e.target.checked)}}"
    return f"value={{«{state}»}} onChange={{(e) => «set:{state}»(e.target.value)}}"


def text_field(ctx, label: str, ident: str, *, type_: str = "text", state: str | None = None,
               placeholder: str = "", extra: str = "", mode: str | None = None, role_ok: bool = True) -> tuple[str, Loc]:
    """An <input>; ``state`` None means uncontrolled (read with FormData by name)."""
    mode = mode or ctx.style.label
    if type_ == "date" and mode == "placeholder":
        mode = "for"
    bind = _bind(ctx, state, ident)
    name_attr = f' name="{ident}"' if state is not None and ctx.rng.random() < 0.3 else ""
    ph = f" placeholder={attr(placeholder)}" if placeholder and mode != "placeholder" else ""
    ex = f" {extra}" if extra else ""
    t = f' type="{type_}"'
    ctx.names.append(label)
    if placeholder:
        ctx.names.append(placeholder)
    if mode == "for":
        jsx = f'<label htmlFor="{ident}">{jsx_text(label)}</label>\n<input id="{ident}"{t}{name_attr} {bind}{ph}{ex} />'
    elif mode == "wrap":
        jsx = f"<label>\n  {jsx_text(label)}\n  <input{t}{name_attr} {bind}{ph}{ex} />\n</label>"
    elif mode == "aria":
        jsx = f"<input{t}{name_attr} aria-label={attr(label)} {bind}{ph}{ex} />"
    else:  # placeholder only
        jsx = f"<input{t}{name_attr} placeholder={attr(label)} {bind}{ex} />"
        return jsx, by_placeholder(label, desc=label, noun="field")
    if role_ok and type_ in ("text", "email", "tel", "password", "number") and ctx.rng.random() < 0.3 and type_ != "password":
        r = "spinbutton" if type_ == "number" else "textbox"
        return jsx, role(r, label, desc=label, noun="field")
    return jsx, by_label(label, desc=label, noun="field")


def textarea(ctx, label: str, ident: str, *, state: str | None = None, extra: str = "", rows: int = 4) -> tuple[str, Loc]:
    mode = ctx.style.label
    bind = _bind(ctx, state, ident)
    ex = f" {extra}" if extra else ""
    ctx.names.append(label)
    if mode == "for":
        jsx = f'<label htmlFor="{ident}">{jsx_text(label)}</label>\n<textarea id="{ident}" rows={{{rows}}} {bind}{ex} />'
    elif mode == "wrap":
        jsx = f"<label>\n  {jsx_text(label)}\n  <textarea rows={{{rows}}} {bind}{ex} />\n</label>"
    elif mode == "aria":
        jsx = f"<textarea aria-label={attr(label)} rows={{{rows}}} {bind}{ex} />"
    else:
        jsx = f"<textarea placeholder={attr(label)} rows={{{rows}}} {bind}{ex} />"
        return jsx, by_placeholder(label, desc=label, noun="box")
    return jsx, by_label(label, desc=label, noun="box")


def select_field(ctx, label: str, ident: str, options: list[tuple[str, str]], *, state: str | None = None,
                 extra: str = "") -> tuple[str, Loc]:
    """options: (value, text). The test selects by visible text (label=...)."""
    mode = ctx.style.label if ctx.style.label != "placeholder" else "aria"
    bind = _bind(ctx, state, ident)
    ex = f" {extra}" if extra else ""
    opts = "\n".join(f'  <option value={attr(v)}>{jsx_text(t)}</option>' for v, t in options)
    ctx.names.append(label)
    if mode == "for":
        jsx = f'<label htmlFor="{ident}">{jsx_text(label)}</label>\n<select id="{ident}" {bind}{ex}>\n{opts}\n</select>'
    elif mode == "wrap":
        jsx = f"<label>\n  {jsx_text(label)}\n  <select {bind}{ex}>\n{_ind(opts, 2)}\n  </select>\n</label>"
    else:
        jsx = f"<select aria-label={attr(label)} {bind}{ex}>\n{opts}\n</select>"
    if ctx.rng.random() < 0.35:
        return jsx, role("combobox", label, desc=label, noun="dropdown")
    return jsx, by_label(label, desc=label, noun="dropdown")


def _ind(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


def checkbox(ctx, label: str, ident: str, *, state: str | None = None, extra: str = "",
             as_switch: bool = False) -> tuple[str, Loc]:
    bind = _bind(ctx, state, ident, "checked")
    ex = f" {extra}" if extra else ""
    sw = ' role="switch"' if as_switch else ""
    noun = "switch" if as_switch else "checkbox"
    ctx.names.append(label)
    mode = ctx.rng.choice(["wrap", "for", "aria"]) if ctx.style.label != "for" else "for"
    if mode == "for":
        jsx = f'<input id="{ident}" type="checkbox"{sw} {bind}{ex} />\n<label htmlFor="{ident}">{jsx_text(label)}</label>'
    elif mode == "wrap":
        jsx = f"<label>\n  <input type=\"checkbox\"{sw} {bind}{ex} />\n  {jsx_text(label)}\n</label>"
    else:
        jsx = f"<input type=\"checkbox\"{sw} aria-label={attr(label)} {bind}{ex} />"
    r = "switch" if as_switch else "checkbox"
    if ctx.rng.random() < 0.5:
        return jsx, role(r, label, desc=label, noun=noun)
    return jsx, by_label(label, desc=label, noun=noun)


def button(ctx, text: str, onclick: str | None = None, *, type_: str = "button", extra: str = "",
           aria: str | None = None) -> tuple[str, Loc]:
    oc = f" onClick={{{onclick}}}" if onclick else ""
    ex = f" {extra}" if extra else ""
    if aria:
        ctx.names.append(aria)
        return (f'<button type="{type_}" aria-label={attr(aria)}{oc}{ex}>{jsx_text(text)}</button>',
                role("button", aria, desc=aria, noun="button"))
    ctx.names.append(text)
    return f'<button type="{type_}"{oc}{ex}>{jsx_text(text)}</button>', role("button", text, desc=text, noun="button")


def output(ctx, key: str, desc: str, inner: str, *, tag: str = "p", role_name: str | None = None,
           label: str | None = None, force: str | None = None, cond: str | None = None) -> tuple[str, Loc]:
    """A region whose text a test checks: by test id, by role (alert/status) or by aria-label.

    ``role_name`` is the ARIA role to use when this region is the only one with it.
    ``cond`` renders the region only when the JS condition holds. With the
    style's plain errors, an alert region becomes a plain element
    (``<p className="error">``) and its locator ``text_of``: the test finds it
    by the message it expects (:func:`.testgen.resolve`).
    """
    how = force
    if how is None and role_name == "alert" and ctx.style.plain_errors and ctx.rng.random() < 0.85:
        how = "plain"  # an error in a plain element, found by its text (as many real screens do)
    if how is None:
        opts = []
        if ctx.style.testids:
            opts += ["testid", "testid"]
        if role_name:
            opts += ["role", "role"]
        if label:
            opts += ["label"]
        if not opts:
            opts = ["testid"]
        how = ctx.rng.choice(opts)
    tid = ctx.tid(key)
    if how == "plain":
        cls = ctx.rng.choice(["error", "error-text", "form-error", "text-danger", "field-error"])
        open_, loc = f'<{tag} className="{cls}"', Loc("text_of", "", desc=desc)
    elif how == "testid":
        open_, loc = f'<{tag} data-testid="{tid}"', by_testid(tid, desc=desc)
    elif how == "role":
        live = ' aria-live="polite"' if role_name == "status" and ctx.rng.random() < 0.3 else ""
        open_, loc = f'<{tag} role="{role_name}"{live}', role(role_name, desc=desc)
    else:
        ctx.names.append(label)
        open_, loc = f"<{tag} aria-label={attr(label)}", by_label(label, desc=desc)
    jsx = f"{open_}>{inner}</{tag}>"
    if cond:
        jsx = f"{{{cond} && (\n  {jsx}\n)}}" if "\n" in inner else f"{{{cond} && {jsx}}}"
    return jsx, loc


def kebab_key(key: str) -> str:
    from .core import kebab

    return kebab(key)


def js(ctx, text: str) -> str:
    """A JS string literal in the sample's quote style."""
    return js_str(text, ctx.style.quote)
