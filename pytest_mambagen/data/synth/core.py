"""The building blocks every family shares.

- :class:`Loc`: how a test finds an element (Playwright locator) and how a QA
  engineer names it in prose.
- :class:`Act`: one step or one check; rendered to a manual-case sentence and to
  a line of Python by :mod:`.manual` and :mod:`.testgen`.
- :class:`Case`: one test function (optionally parametrized by a data table).
- :class:`Comp`: a React component written once with markers and rendered as a
  function component with hooks or as a class component.
- :class:`Style`: the React writing style of one sample.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# ---------------------------------------------------------------- names

def words(text: str) -> list[str]:
    return [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def camel(text: str) -> str:
    p = pascal(text)
    return p[:1].lower() + p[1:]


def snake(text: str) -> str:
    s = "_".join(w.lower() for w in words(text))
    return s or "x"


def kebab(text: str) -> str:
    return snake(text).replace("_", "-")


def money(cents: int, cur: str) -> str:
    return f"{cur}{cents // 100}.{cents % 100:02d}"


def js_round_half(x: float) -> int:
    """Math.round for non-negative numbers: floor(x + 0.5)."""
    import math

    return math.floor(x + 0.5)


def py_lit(value: Any) -> str:
    """A Python literal for JSON-like data (dicts, lists, str, int, float, bool, None)."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if value is None:
        return "None"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_lit(k)}: {py_lit(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_lit(v) for v in value) + "]"
    raise TypeError(type(value))


def js_lit(value: Any, q: str = '"') -> str:
    """A JS literal for JSON-like data, with the sample's quote style."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return js_str(value, q)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        inner = ", ".join(f"{k if re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', k) else js_str(k, q)}: {js_lit(v, q)}"
                          for k, v in value.items())
        return "{ " + inner + " }"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(js_lit(v, q) for v in value) + "]"
    raise TypeError(type(value))


def js_str(text: str, q: str = '"') -> str:
    body = text.replace("\\", "\\\\").replace(q, "\\" + q)
    return f"{q}{body}{q}"


def jsx_text(text: str) -> str:
    """Text as a JSX child: braces and angle brackets escaped through a JS string."""
    if re.search(r"[{}<>]", text):
        return "{" + json.dumps(text) + "}"
    return text


def attr(text: str) -> str:
    """A JSX attribute value in double quotes."""
    if '"' in text:
        return "{" + json.dumps(text) + "}"
    return f'"{text}"'


# ---------------------------------------------------------------- locators

@dataclass
class Loc:
    """A Playwright locator plus the words a QA engineer uses for the element."""

    how: str  # role | label | placeholder | text | test_id | title | alt
    arg: str  # the role, or the string
    name: str | None = None  # accessible name for role locators
    exact: bool = False
    desc: str = ""  # the element's human name ("Email", "Save") or a phrase ("the total")
    noun: str = ""  # field | button | checkbox | link | tab | switch | dropdown | ... ("" when desc is a phrase)
    parent: Loc | None = None
    refine: str = ""  # python suffix: ".first", ".nth(1)", '.filter(has_text="x")'

    def py(self, root: str = "page") -> str:
        base = self.parent.py(root) if self.parent is not None else root
        if self.how == "role":
            args = [json.dumps(self.arg)]
            if isinstance(self.name, Param):
                args.append(f"name={self.name.name}")
            elif self.name is not None:
                args.append(f"name={json.dumps(self.name, ensure_ascii=False)}")
            if self.exact and self.name is not None:
                args.append("exact=True")
            call = f"get_by_role({', '.join(args)})"
        else:
            meth = {"label": "get_by_label", "placeholder": "get_by_placeholder", "text": "get_by_text",
                    "test_id": "get_by_test_id", "title": "get_by_title", "alt": "get_by_alt_text"}[self.how]
            extra = ", exact=True" if self.exact and self.how != "test_id" else ""
            arg = self.arg.name if isinstance(self.arg, Param) else json.dumps(self.arg, ensure_ascii=False)
            call = f"{meth}({arg}{extra})"
        return f"{base}.{call}{self.refine}"

    @property
    def key(self) -> str | None:
        """The string that must be unique-ish on the screen (for exact=True)."""
        key = self.name if self.how == "role" else (self.arg if self.how in ("label", "placeholder", "text") else None)
        return key if isinstance(key, str) else None


def role(r: str, name: str | None = None, desc: str = "", **kw) -> Loc:
    return Loc("role", r, name, desc=desc, **kw)


def by_label(text: str, desc: str = "", **kw) -> Loc:
    return Loc("label", text, desc=desc, **kw)


def by_text(text: str, desc: str = "", **kw) -> Loc:
    return Loc("text", text, desc=desc, **kw)


def by_testid(tid: str, desc: str = "", **kw) -> Loc:
    return Loc("test_id", tid, desc=desc, **kw)


def by_placeholder(text: str, desc: str = "", **kw) -> Loc:
    return Loc("placeholder", text, desc=desc, **kw)


# ---------------------------------------------------------------- steps and checks

@dataclass
class Act:
    """One step (fill, click, ...) or one check (expect ...).

    ``say`` overrides the manual sentence (imperative for steps, a statement for
    checks); ``value`` may be a :class:`Param` inside a parametrized case.
    """

    kind: str
    loc: Loc | None = None
    value: Any = None
    say: str | None = None
    extra: Any = None

    @property
    def is_check(self) -> bool:
        return self.kind.startswith("expect")


@dataclass(frozen=True)
class Param:
    name: str  # python identifier
    header: str  # column header in the manual table


def fill(loc, value, say=None):
    return Act("fill", loc, value, say)


def click(loc, say=None):
    return Act("click", loc, None, say)


def check(loc, say=None):
    return Act("check", loc, None, say)


def uncheck(loc, say=None):
    return Act("uncheck", loc, None, say)


def select(loc, value, say=None):
    return Act("select", loc, value, say)


def press(loc, key, say=None):
    return Act("press", loc, key, say)


def expect_text(loc, text, say=None):
    return Act("expect_text", loc, text, say)


def expect_contains(loc, text, say=None):
    return Act("expect_contains", loc, text, say)


def expect_visible(loc, say=None):
    return Act("expect_visible", loc, None, say)


def expect_hidden(loc, say=None):
    return Act("expect_hidden", loc, None, say)


def expect_count(loc, n, say=None):
    return Act("expect_count", loc, n, say)


def expect_value(loc, v, say=None):
    return Act("expect_value", loc, v, say)


def expect_enabled(loc, say=None):
    return Act("expect_enabled", loc, None, say)


def expect_disabled(loc, say=None):
    return Act("expect_disabled", loc, None, say)


def expect_checked(loc, say=None):
    return Act("expect_checked", loc, None, say)


def expect_unchecked(loc, say=None):
    return Act("expect_unchecked", loc, None, say)


def expect_attr(loc, name, value, say=None):
    return Act("expect_attr", loc, value, say, extra=name)


@dataclass
class Case:
    """One test function: steps then checks, optionally over a data table."""

    name: str  # behaviour, e.g. "short password is rejected"
    title: str  # the manual case title
    steps: list[Act]
    checks: list[Act]
    params: tuple[Param, ...] = ()
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    props: dict | None = None
    pre: str = ""  # extra precondition sentence


# ---------------------------------------------------------------- React styles

@dataclass(frozen=True)
class Style:
    kind: str  # hooks | arrow | class | class-bind
    label: str  # for | wrap | aria | placeholder
    testids: bool
    controlled: bool
    quote: str  # ' or "
    handler: str  # fn | arrow   (hooks handler declaration)
    export: str  # inline | end
    react_import: str  # named | default

    @property
    def is_class(self) -> bool:
        return self.kind.startswith("class")

    @property
    def name(self) -> str:
        parts = [self.kind, "label-" + self.label, "testids" if self.testids else "no-testids",
                 "controlled" if self.controlled else "uncontrolled"]
        return "/".join(parts)


def pick_style(rng) -> Style:
    kind = rng.choice(["hooks", "hooks", "hooks", "arrow", "arrow", "class", "class-bind"])
    return Style(
        kind=kind,
        label=rng.choice(["for", "for", "for", "wrap", "aria", "placeholder"]),
        testids=rng.random() < 0.45,
        controlled=rng.random() < 0.7,
        quote=rng.choice(['"', "'"]),
        handler=rng.choice(["fn", "arrow"]),
        export=rng.choice(["inline", "end"]),
        react_import=rng.choice(["named", "default"]),
    )


# ---------------------------------------------------------------- components

_SET = re.compile(r"«set:(\w+)»\(")
_READ = re.compile(r"«(\w+)»")
_HANDLER = re.compile(r"«h:(\w+)»")
_PROP = re.compile(r"«p:(\w+)»")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _replace_sets(code: str, setter) -> str:
    out = []
    i = 0
    while True:
        m = _SET.search(code, i)
        if not m:
            out.append(code[i:])
            return "".join(out)
        out.append(code[i:m.start()])
        depth = 1
        j = m.end()
        while depth and j < len(code):
            c = code[j]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            j += 1
        expr = code[m.end():j - 1]
        out.append(setter(m.group(1), _replace_sets(expr, setter)))
        i = j


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines())


@dataclass
class Comp:
    """A component written once; rendered with hooks or as a class.

    Markers in handler bodies, derived lines and JSX: ``«x»`` reads state x,
    ``«set:x»(expr)`` sets it, ``«h:name»`` references a handler, ``«p:name»``
    reads a prop (with a module-level default).
    """

    name: str
    style: Style
    consts: list[str] = field(default_factory=list)
    state: list[tuple[str, str]] = field(default_factory=list)
    props: list[tuple[str, str]] = field(default_factory=list)  # prop name, default const name
    handlers: list[tuple[str, str, str]] = field(default_factory=list)  # name, params, body
    derived: list[str] = field(default_factory=list)
    jsx: str = ""
    helpers: list[str] = field(default_factory=list)  # module-level functions (pure)
    imports: list[str] = field(default_factory=list)  # extra import lines (sibling modules)
    effects: list[str] = field(default_factory=list)  # mount-time JS statements (useEffect / componentDidMount)
    doc: str = ""  # a comment block placed above the component

    def state_var(self, name: str, init: str) -> None:
        self.state.append((name, init))

    def handler(self, name: str, params: str, body: str) -> None:
        self.handlers.append((name, params, body.strip("\n")))

    def render(self) -> str:
        return self._class() if self.style.is_class else self._hooks()

    # -- hooks
    def _hooks(self) -> str:
        st = self.style
        q = st.quote
        hooks_used = (["useState"] if self.state else []) + (["useEffect"] if self.effects else [])
        if st.react_import == "named" or not hooks_used:
            head = f"import {{ {', '.join(hooks_used)} }} from {q}react{q};" if hooks_used else ""
            use, use_effect = "useState", "useEffect"
        else:
            head = f"import React from {q}react{q};"
            use, use_effect = "React.useState", "React.useEffect"
        def read(c):
            return _READ.sub(lambda m: m.group(1), _HANDLER.sub(lambda m: m.group(1), _PROP.sub(lambda m: m.group(1), c)))

        def conv(c: str) -> str:
            return read(_replace_sets(c, lambda n, e: f"set{_cap(n)}({e})"))

        lines: list[str] = []
        for n, init in self.state:
            lines.append(f"const [{n}, set{_cap(n)}] = {use}({conv(init)});")
        if self.effects:
            lines.append(f"{use_effect}(() => {{\n{indent(chr(10).join(self.effects), 2)}\n}}, []);")
        for n, params, body in self.handlers:
            if st.handler == "fn":
                lines.append(f"function {n}({params}) {{\n{indent(conv(body), 2)}\n}}")
            else:
                lines.append(f"const {n} = ({params}) => {{\n{indent(conv(body), 2)}\n}};")
        lines.extend(conv(d) for d in self.derived)
        lines.append(f"return (\n{indent(conv(self.jsx), 2)}\n);")
        body = "\n\n".join(_group(lines))
        if self.props:
            sig = "{ " + ", ".join(f"{p} = {d}" for p, d in self.props) + " }"
        else:
            sig = ""
        doc = (self.doc + "\n") if self.doc else ""
        if st.kind == "arrow":
            decl = f"{doc}const {self.name} = ({sig}) => {{\n{indent(body, 2)}\n}};\n\nexport default {self.name};"
        elif st.export == "inline":
            decl = f"{doc}export default function {self.name}({sig}) {{\n{indent(body, 2)}\n}}"
        else:
            decl = f"{doc}function {self.name}({sig}) {{\n{indent(body, 2)}\n}}\n\nexport default {self.name};"
        return _module(head, self.imports, self.consts, self.helpers, decl)

    # -- class
    def _class(self) -> str:
        st = self.style
        q = st.quote
        if st.react_import == "named":
            head = f"import React, {{ Component }} from {q}react{q};"
            base = "Component"
        else:
            head = f"import React from {q}react{q};"
            base = "React.Component"
        defaults = dict(self.props)

        def conv_handler(c: str) -> str:
            c = _replace_sets(c, lambda n, e: f"this.setState({{ {n}: {e} }})")
            c = _HANDLER.sub(lambda m: f"this.{m.group(1)}", c)
            c = _PROP.sub(lambda m: f"(this.props.{m.group(1)} ?? {defaults[m.group(1)]})", c)
            return _READ.sub(lambda m: f"this.state.{m.group(1)}", c)

        def conv_render(c: str) -> str:
            c = _replace_sets(c, lambda n, e: f"this.setState({{ {n}: {e} }})")
            c = _HANDLER.sub(lambda m: f"this.{m.group(1)}", c)
            c = _PROP.sub(lambda m: m.group(1), c)
            return _READ.sub(lambda m: m.group(1), c)

        def conv_init(c: str) -> str:
            return _PROP.sub(lambda m: f"(props.{m.group(1)} ?? {defaults[m.group(1)]})", c)

        parts: list[str] = []
        if self.state or st.kind == "class-bind":
            ctor = ["super(props);"]
            if self.state:
                inits = ",\n".join(f"  {n}: {conv_init(i)}" for n, i in self.state)
                ctor.append(f"this.state = {{\n{inits}\n}};")
            if st.kind == "class-bind":
                ctor.extend(f"this.{n} = this.{n}.bind(this);" for n, _, _ in self.handlers)
            parts.append("constructor(props) {\n" + indent("\n".join(ctor), 2) + "\n}")
        if self.effects:
            parts.append("componentDidMount() {\n" + indent("\n".join(self.effects), 2) + "\n}")
        for n, params, body in self.handlers:
            if st.kind == "class-bind":
                parts.append(f"{n}({params}) {{\n{indent(conv_handler(body), 2)}\n}}")
            else:
                parts.append(f"{n} = ({params}) => {{\n{indent(conv_handler(body), 2)}\n}};")
        rl: list[str] = []
        if self.state:
            rl.append(f"const {{ {', '.join(n for n, _ in self.state)} }} = this.state;")
        if self.props:
            rl.append(f"const {{ {', '.join(f'{p} = {d}' for p, d in self.props)} }} = this.props;")
        rl.extend(conv_render(d) for d in self.derived)
        rl.append(f"return (\n{indent(conv_render(self.jsx), 2)}\n);")
        parts.append("render() {\n" + indent("\n".join(rl), 2) + "\n}")
        cls = (self.doc + "\n" if self.doc else "") + f"class {self.name} extends {base} {{\n" + indent("\n\n".join(parts), 2) + "\n}\n\nexport default " + self.name + ";"
        return _module(head, self.imports, self.consts, self.helpers, cls)


def _group(lines: list[str]) -> list[str]:
    """Keep consecutive one-line declarations together, blank lines elsewhere."""
    out: list[str] = []
    for line in lines:
        if out and "\n" not in line and "\n" not in out[-1] and line.startswith("const [") and out[-1].startswith("const ["):
            out[-1] += "\n" + line
        elif out and "\n" not in line and "\n" not in out[-1] and not line.startswith("return") \
                and line.startswith("const ") and out[-1].startswith("const ") and not out[-1].startswith("const ["):
            out[-1] += "\n" + line
        else:
            out.append(line)
    return out


def _module(head: str, imports: list[str], consts: list[str], helpers: list[str], decl: str) -> str:
    chunks = ["\n".join(x for x in [head, *imports] if x)] if (head or imports) else []
    if consts:
        chunks.append("\n".join(consts))
    chunks.extend(helpers)
    chunks.append(decl)
    return "\n\n".join(chunks) + "\n"
