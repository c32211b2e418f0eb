"""The building blocks every family shares.

- :class:`Loc`: how a test finds an element (Playwright locator) and how a QA
  engineer names it in prose.
- :class:`Act`: one step or one check; rendered to a manual-case sentence and to
  a line of Python by :mod:`.manual` and :mod:`.testgen`.
- :class:`Case`: one test function (optionally parametrized by a data table).
- :class:`Comp`: a React component written once with markers and rendered as a
  function component (useState, useReducer, a custom hook or a context
  provider) or as a class, with marked :class:`Part` s optionally moved to
  child components in sibling files.
- :class:`Style`: the React writing style of one sample; :class:`Render`: how
  its files are laid out.

Size (~950 lines): the building blocks above; most of it is :class:`Comp`, which renders one
component in every React style a sample may take (~400 lines). Families, fields, lexicon and the
test and manual rendering are modules of their own.
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
    said: str = ""  # the sentence the manual case used for it (for the steps scaffold)

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
    ident: str = ""  # the scenario's id in the QA tool ("TC-KST-104"), may be empty
    note: str = ""  # a note the test depends on (rendered in the case's notes)


# ---------------------------------------------------------------- React styles

@dataclass(frozen=True)
class Style:
    """How the component is written where families see it (labels, test ids, quotes...)."""

    kind: str  # hooks | arrow | class | class-bind
    label: str  # for | wrap | aria | placeholder
    testids: bool
    controlled: bool
    quote: str  # ' or "
    handler: str  # fn | arrow   (hooks handler declaration)
    export: str  # inline | end
    react_import: str  # named | default
    plain_errors: bool = False  # errors in <p className="error"> without a role

    @property
    def is_class(self) -> bool:
        return self.kind.startswith("class")

    @property
    def name(self) -> str:
        parts = [self.kind, "label-" + self.label, "testids" if self.testids else "no-testids",
                 "controlled" if self.controlled else "uncontrolled"]
        if self.plain_errors:
            parts.append("plain-errors")
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
        plain_errors=rng.random() < 0.5,
    )


@dataclass(frozen=True)
class Render:
    """How the screen is laid out in files: what real screens do beyond one component with useState.

    Drawn once per sample and applied to the screen and to its mutant alike, so
    both have the same files.
    """

    state: str = "useState"  # useState | reducer | hook | context (function components; classes keep this.state)
    inner: str = "useState"  # state inside a hook or provider: useState | reducer
    hook_file: bool = False  # the hook / provider lives in a sibling module
    parts: bool = False  # marked parts (rows, summaries, dialogs) become components in sibling files
    modules: str = ""  # "" | one | split: constants and helpers in sibling module(s)
    noise: bool = False  # comments, wrappers, unused props
    actions: str = "camel"  # reducer action names: camel (setQuery) | upper (SET_QUERY) | slash (query/set)
    seed: str = ""

    @property
    def name(self) -> str:
        bits = [self.state if self.state not in ("hook", "context") else f"{self.state}+{self.inner}"]
        if self.hook_file:
            bits.append("hook-file")
        if self.parts:
            bits.append("parts")
        if self.modules:
            bits.append("modules-" + self.modules)
        if self.noise:
            bits.append("noise")
        return "+".join(bits)


def pick_render(rng, style: Style, seed: str) -> Render:
    if style.is_class:
        state, inner = "class", "useState"
    else:
        state = rng.choice(["useState", "useState", "useState", "reducer", "reducer", "hook", "hook", "context", "context"])
        inner = rng.choice(["useState", "useState", "reducer"])
    return Render(
        state=state, inner=inner, hook_file=state in ("hook", "context") and rng.random() < 0.5,
        parts=rng.random() < 0.45, modules=rng.choice(["", "", "", "", "one", "split"]),
        noise=rng.random() < 0.5, actions=rng.choice(["camel", "camel", "upper", "slash"]), seed=seed,
    )


# ---------------------------------------------------------------- components

_SET = re.compile(r"«set:(\w+)»\(")
_READ = re.compile(r"«(\w+)»")
_HANDLER = re.compile(r"«h:(\w+)»")
_PROP = re.compile(r"«p:(\w+)»")
_PART = re.compile(r"«part:(\w+)»")
_SETFN = re.compile(r"«setfn:(\w+)»")  # the setter of a state as a value (a prop for a child)


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


def _put(text: str, marker: str, block: str) -> str:
    """Replace ``marker`` by a multi-line block, indenting its lines like the marker's line."""
    i = text.find(marker)
    if i < 0:
        return text
    line_start = text.rfind("\n", 0, i) + 1
    pad = re.match(r"[ \t]*", text[line_start:]).group(0)
    lines = block.split("\n")
    body = lines[0] + "".join("\n" + (pad + ln if ln.strip() else "") for ln in lines[1:])
    return text[:i] + body + text[i + len(marker):]


def _uses(code: str, name: str) -> bool:
    """Whether ``code`` refers to ``name`` (not as a property: ``x.name``; a spread ``...name`` counts)."""
    return re.search(r"(?:(?<![\w$.])|(?<=\.\.\.))" + re.escape(name) + r"(?![\w$])", code) is not None


@dataclass
class Part:
    """A piece of the screen's JSX that may become a child component in a sibling file."""

    name: str  # PascalCase component name ("VendorRow")
    jsx: str  # marker JSX; its root element may carry key={...}
    vars: tuple[str, ...] = ()  # variables of the enclosing scope it reads (loop variables), passed as props


@dataclass
class Comp:
    """A component written once; rendered with hooks, a reducer, a custom hook, a context or as a class.

    Markers in handler bodies, derived lines and JSX: ``«x»`` reads state x,
    ``«set:x»(expr)`` sets it, ``«h:name»`` references a handler, ``«p:name»``
    reads a prop (with a module-level default), ``«part:Name»`` places a :class:`Part`.
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
    parts: dict[str, Part] = field(default_factory=dict)

    def state_var(self, name: str, init: str) -> None:
        self.state.append((name, init))

    def handler(self, name: str, params: str, body: str) -> None:
        self.handlers.append((name, params, body.strip("\n")))

    def part(self, name: str, jsx: str, vars: tuple[str, ...] = ()) -> str:
        """Register a part and return the marker to place in the JSX."""
        base, n = name, 2
        while name in self.parts or name == self.name:
            name = f"{base}{n}"
            n += 1
        self.parts[name] = Part(name, jsx, tuple(vars))
        return f"«part:{name}»"

    def snapshot(self) -> tuple:
        """Everything that shapes the screen (to check that scenario code leaves it alone)."""
        return (tuple(self.consts), tuple(self.state), tuple(self.props), tuple(self.handlers), tuple(self.derived),
                self.jsx, tuple(self.helpers), tuple(self.imports), tuple(self.effects), self.doc,
                tuple((k, p.jsx, p.vars) for k, p in self.parts.items()))

    def full_jsx(self) -> str:
        """The JSX with every part inlined."""
        jsx = self.jsx
        for _ in range(4):  # parts may hold parts
            if "«part:" not in jsx:
                break
            for name, p in self.parts.items():
                jsx = _put(jsx, f"«part:{name}»", p.jsx)
        return jsx

    def render(self) -> str:
        """One file: hooks with useState, or a class (the version 4 layout)."""
        main, _ = self.files(Render(state="class" if self.style.is_class else "useState"))
        return main

    # ------------------------------------------------------------------ files
    def files(self, rd: Render) -> tuple[str, dict[str, str]]:
        """The screen's source and its sibling modules ``{relative path: text}``."""
        import random

        rng = random.Random(f"render:{rd.seed}")
        st = self.style
        q = st.quote
        base = self.name
        state_mode = "class" if st.is_class else (rd.state if rd.state != "class" else "useState")
        children: list[tuple[str, str]] = []  # (name, body code without imports)
        jsx = self.jsx
        if rd.parts and self.parts:
            for _ in range(4):
                if "«part:" not in jsx:
                    break
                for name, p in self.parts.items():
                    marker = f"«part:{name}»"
                    if marker in jsx:
                        use, code = self._child(p, rd, rng)
                        jsx = _put(jsx, marker, use)
                        children.append((name, code))
        else:
            jsx = self.full_jsx()
        if rd.noise:
            jsx = _noise_jsx(jsx, rng)
        # module-level blocks that may move to sibling modules
        blocks = [(_decl_name(c), c) for c in self.consts] + [(_decl_name(h), h) for h in self.helpers]
        mod_names = [n for n, _ in blocks if n]
        # -- the component files
        hook_code = ""
        if state_mode == "class":
            main_body = self._class(jsx, rd, rng)
            react_names: list[str] = []
        else:
            main_body, hook_code, react_names, hook_react = self._function(jsx, state_mode, rd, rng)
        files: dict[str, str] = {}
        need_shared = bool(children) or bool(hook_code)
        shared_used = any(_uses(code, n) for n in mod_names for _, code in children) or \
            any(_uses(hook_code, n) for n in mod_names)
        modules = rd.modules or ("one" if need_shared and shared_used else "")
        mod_files: list[tuple[str, list[tuple[str, str]]]] = []  # (path, blocks)
        if modules and blocks:
            consts = [(n, c) for n, c in blocks if c.startswith("const ")]
            helps = [(n, c) for n, c in blocks if not c.startswith("const ")]
            ent = _lower_first(base)
            if modules == "split" and consts and helps:
                data_name = rng.choice(["data.js", "constants.js", f"{ent}Data.js", f"{base}.data.js"])
                help_name = rng.choice(["validation.js" if any(n.startswith("validate") for n, _ in helps) else "format.js",
                                        "utils.js", f"{ent}Utils.js", "helpers.js"])
                mod_files = [(data_name, consts), (help_name, helps)]
            else:
                mod_files = [(rng.choice(["utils.js", f"{ent}Utils.js", "shared.js", f"{base}.helpers.js", "lib.js"]), blocks)]
            kept: list[str] = []
        else:
            kept = [c for _, c in blocks]
        where: dict[str, str] = {}
        for path, bl in mod_files:
            for n, _ in bl:
                where[n] = path
        for path, bl in mod_files:
            code = "\n\n".join("export " + c for _, c in bl)
            own = {n for n, _ in bl}
            files[path] = _with_imports(code, [], where, own, q, "./")
        # hook / context file
        main_imports: list[str] = []
        if hook_code:
            hook_path = rd_hook_path(self, rd)
            head = _react_import(hook_react, st, q)
            files[hook_path] = _with_imports(hook_code, [head] if head else [], where, set(), q, "./")
        for name, code in children:
            files[f"{name}.jsx"] = _with_imports(code, [], where, set(), q, "./")
        head = _react_import(react_names, st, q) if state_mode != "class" else _class_head(st, q)
        if hook_code:
            main_imports.append(self._hook_import(rd, q))
        for name, _ in children:
            main_imports.append(f"import {name} from {q}./{name}.jsx{q};")
        main_imports += self.imports
        main_code = "\n\n".join([*kept, main_body]) if kept else main_body
        main = _with_imports(main_code, [x for x in [head, *main_imports] if x], where, set(), q, "./")
        return main, {k: files[k] for k in sorted(files)}

    # -- child component
    def _child(self, p: Part, rd: Render, rng) -> tuple[str, str]:
        code = p.jsx
        key = ""
        m = re.match(r"(<\w+)([^>]*?)\s+key=\{([^{}]*)\}", code)
        if m:
            key = m.group(3)
            code = code[:m.start(2)] + m.group(2) + code[m.end():]
        plain = _strip_markers(code)
        reads = list(dict.fromkeys(_READ.findall(code)))
        sets = list(dict.fromkeys([*(m.group(1) for m in _SET.finditer(code)), *_SETFN.findall(code)]))
        hands = list(dict.fromkeys(_HANDLER.findall(code)))
        props = list(dict.fromkeys(_PROP.findall(code)))
        derived = [d for d in (_decl_name(x) for x in self.derived) if d and _uses(plain, d)]
        plain_props = [n for n, _ in self.props if n not in props and _uses(plain, n)]
        params: list[str] = []
        args: list[str] = []
        for v in p.vars:
            params.append(v)
            args.append(f"{v}={{{v}}}")
        for n in reads:
            params.append(n)
            args.append(f"{n}={{«{n}»}}")
        for n in sets:
            params.append(f"set{_cap(n)}")
            args.append(f"set{_cap(n)}={{«setfn:{n}»}}")
        for n in hands:
            params.append(f"on{_cap(n)}")
            args.append(f"on{_cap(n)}={{«h:{n}»}}")
        for n in [*props, *plain_props, *derived]:
            params.append(n)
            args.append(f"{n}={{{n}}}")
        body = _replace_sets(code, lambda n, e: f"set{_cap(n)}({e})")
        body = _SETFN.sub(lambda m: f"set{_cap(m.group(1))}", body)
        body = _HANDLER.sub(lambda m: f"on{_cap(m.group(1))}", body)
        body = _PROP.sub(lambda m: m.group(1), body)
        body = _READ.sub(lambda m: m.group(1), body)
        params = list(dict.fromkeys(params))
        sig = "{ " + ", ".join(params) + " }" if params else ""
        if rng.random() < 0.4:
            decl = f"const {p.name} = ({sig}) => (\n{indent(body, 2)}\n);\n\nexport default {p.name};"
        else:
            decl = f"export default function {p.name}({sig}) {{\n  return (\n{indent(body, 4)}\n  );\n}}"
        attrs = ([f"key={{{key}}}"] if key else []) + list(dict.fromkeys(args))
        one = f"<{p.name} {' '.join(attrs)} />" if attrs else f"<{p.name} />"
        if len(one) > 100:
            one = f"<{p.name}\n" + "\n".join("  " + a for a in attrs) + "\n/>"
        return one, decl

    def _hook_import(self, rd: Render, q: str) -> str:
        path = rd_hook_path(self, rd)
        if rd.state == "hook":
            return f"import {{ {hook_name(self)} }} from {q}./{path}{q};"
        return f"import {{ {self.name}Provider, {hook_name(self)} }} from {q}./{path}{q};"

    # -- function components
    def _function(self, jsx: str, mode: str, rd: Render, rng) -> tuple[str, str, list[str], list[str]]:
        """(component code, hook/provider code for a sibling file or "", react imports of the main file,
        react imports of the sibling)."""
        st = self.style
        q = st.quote
        inner = rd.inner if mode in ("hook", "context") else ("reducer" if mode == "reducer" else "useState")
        T = _action_namer(rd.actions)
        named = st.react_import == "named"

        def hook(h: str) -> str:
            return h if named else f"React.{h}"

        def setter_js(n: str, e: str) -> str:
            if inner == "reducer":
                return f"dispatch({{ type: {q}{T(n)}{q}, payload: {e} }})"
            return f"set{_cap(n)}({e})"

        def conv(c: str) -> str:
            c = _replace_sets(c, setter_js)
            if inner == "reducer":
                c = _SETFN.sub(lambda m: f"(value) => dispatch({{ type: {q}{T(m.group(1))}{q}, payload: value }})", c)
            else:
                c = _SETFN.sub(lambda m: f"set{_cap(m.group(1))}", c)
            c = _HANDLER.sub(lambda m: m.group(1), c)
            c = _PROP.sub(lambda m: m.group(1), c)
            return _READ.sub(lambda m: m.group(1), c)

        def conv_view(c: str) -> str:  # in a view fed by a hook or context, setters are plain functions
            c = _replace_sets(c, lambda n, e: f"set{_cap(n)}({e})")
            c = _SETFN.sub(lambda m: f"set{_cap(m.group(1))}", c)
            c = _HANDLER.sub(lambda m: m.group(1), c)
            c = _PROP.sub(lambda m: m.group(1), c)
            return _READ.sub(lambda m: m.group(1), c)

        # state declaration lines and module-level reducer
        state_lines: list[str] = []
        module_extra: list[str] = []
        uses = []
        if self.state:
            if inner == "reducer":
                uses.append("useReducer")
                init_has_props = any("«p:" in i for _, i in self.state)
                init_obj = "{\n" + "\n".join(f"  {n}: {conv(i)}," for n, i in self.state) + "\n}"
                cases = "\n".join(f"    case {q}{T(n)}{q}:\n      return {{ ...state, {n}: action.payload }};" for n, _ in self.state)
                module_extra.append(f"function reducer(state, action) {{\n  switch (action.type) {{\n{cases}\n"
                                    f"    default:\n      return state;\n  }}\n}}")
                if init_has_props:
                    state_lines.append(f"const [state, dispatch] = {hook('useReducer')}(reducer, {init_obj});")
                else:
                    module_extra.insert(0, f"const initialState = {init_obj};")
                    state_lines.append(f"const [state, dispatch] = {hook('useReducer')}(reducer, initialState);")
                state_lines.append("const { " + ", ".join(n for n, _ in self.state) + " } = state;")
            else:
                uses.append("useState")
                state_lines += [f"const [{n}, set{_cap(n)}] = {hook('useState')}({conv(i)});" for n, i in self.state]
        effect_lines = []
        if self.effects:
            uses.append("useEffect")
            effect_lines.append(f"{hook('useEffect')}(() => {{\n{indent(chr(10).join(self.effects), 2)}\n}}, []);")
        handler_lines = []
        for n, params, body in self.handlers:
            text = conv(body)
            if rd.noise and rng.random() < 0.35:
                text = rng.choice(_HANDLER_COMMENTS) + "\n" + text
            if st.handler == "fn":
                handler_lines.append(f"function {n}({params}) {{\n{indent(text, 2)}\n}}")
            else:
                handler_lines.append(f"const {n} = ({params}) => {{\n{indent(text, 2)}\n}};")
        derived_lines = [conv(d) for d in self.derived]
        if rd.noise and derived_lines and rng.random() < 0.5:
            derived_lines[0] = rng.choice(_DERIVED_COMMENTS) + "\n" + derived_lines[0]
        prop_names = [p for p, _ in self.props]
        extra_props = []
        if rd.noise and rng.random() < 0.5:
            extra_props = rng.choice([["className"], ["onClose"], ["title", "onChange"], ["variant"]])
        sig_parts = [f"{p} = {d}" for p, d in self.props] + [x if x != "className" else 'className = ""' for x in extra_props]
        sig = "{ " + ", ".join(sig_parts) + " }" if sig_parts else ""
        doc = (self.doc + "\n") if self.doc else ""
        react_main: list[str] = []
        hook_code = ""
        if mode in ("useState", "reducer"):
            body = _group([*state_lines, *effect_lines, *handler_lines, *derived_lines, f"return (\n{indent(conv(jsx), 2)}\n);"])
            comp_code = _component(self.name, sig, "\n\n".join(body), st, doc)
            react_main = uses
            code = "\n\n".join([*module_extra, comp_code]) if module_extra else comp_code
            return code, "", react_main, []
        # hook or context: state, handlers, derived live in a hook or provider; the view destructures what it uses
        view_src = jsx
        used_state = [n for n, _ in self.state if f"«{n}»" in view_src]
        used_sets = list(dict.fromkeys([*(m.group(1) for m in _SET.finditer(view_src)), *_SETFN.findall(view_src)]))
        used_hands = [n for n, _, _ in self.handlers if f"«h:{n}»" in view_src]
        used_derived = [d for d in (_decl_name(x) for x in self.derived) if d and _uses(_strip_markers(view_src), d)]
        exported = list(dict.fromkeys([*used_state, *[f"set{_cap(n)}" for n in used_sets], *used_hands, *used_derived]))
        setter_fns = []
        if inner == "reducer":
            for n in used_sets:
                setter_fns.append(f"const set{_cap(n)} = (value) => dispatch({{ type: {q}{T(n)}{q}, payload: value }});")
        hname = hook_name(self)
        pnames = prop_names
        hook_sig = "{ " + ", ".join(pnames) + " }" if pnames else ""
        hook_uses = list(uses)
        if mode == "hook":
            ret = "return { " + ", ".join(exported) + " };" if exported else "return {};"
            hbody = _group([*state_lines, *effect_lines, *handler_lines, *setter_fns, *derived_lines, ret])
            hook_fn = f"function {hname}({hook_sig}) {{\n{indent(_BLANK.join(hbody), 2)}\n}}"
            call = f"const {{ {', '.join(exported)} }} = {hname}({('{ ' + ', '.join(pnames) + ' }') if pnames else ''});" if exported \
                else f"{hname}({('{ ' + ', '.join(pnames) + ' }') if pnames else ''});"
            view_body = [call, f"return (\n{indent(conv_view(jsx), 2)}\n);"]
            comp_code = _component(self.name, sig, "\n\n".join(view_body), st, doc)
            if rd.hook_file:
                hook_code = "\n\n".join([*module_extra, "export " + hook_fn])
                return comp_code, hook_code, [], hook_uses
            return "\n\n".join([*module_extra, hook_fn, comp_code]), "", hook_uses, []
        # context
        ctx_name = f"{self.name}Context"
        prov = f"{self.name}Provider"
        value = "{ " + ", ".join(exported) + " }"
        pbody = _group([*state_lines, *effect_lines, *handler_lines, *setter_fns, *derived_lines,
                        f"const value = {value};",
                        f"return <{ctx_name}.Provider value={{value}}>{{children}}</{ctx_name}.Provider>;"])
        psig = "{ " + ", ".join(["children", *pnames]) + " }"
        provider = f"function {prov}({psig}) {{\n{indent(_BLANK.join(pbody), 2)}\n}}"
        create = f"const {ctx_name} = {hook('createContext')}(null);"
        use_ctx = f"function {hname}() {{\n  return {hook('useContext')}({ctx_name});\n}}"
        view_name = self.name + rng.choice(["View", "Panel", "Content", "Body", "Screen"])
        view_sig = "{ " + ", ".join(pnames) + " }" if pnames else ""
        vbody = [f"const {{ {', '.join(exported)} }} = {hname}();" if exported else f"{hname}();",
                 f"return (\n{indent(conv_view(jsx), 2)}\n);"]
        view = f"function {view_name}({view_sig}) {{\n{indent(_BLANK.join(vbody), 2)}\n}}"
        pass_props = "".join(f" {p}={{{p}}}" for p in pnames)
        root = f"return (\n  <{prov}{pass_props}>\n    <{view_name}{pass_props} />\n  </{prov}>\n);"
        comp_code = _component(self.name, sig, root, st, doc)
        ctx_uses = [*hook_uses, "createContext", "useContext"]
        if rd.hook_file:
            hook_code = "\n\n".join([create, *module_extra, "export " + provider, "export " + use_ctx])
            return "\n\n".join([view, comp_code]), hook_code, [], ctx_uses
        return "\n\n".join([create, *module_extra, provider, use_ctx, view, comp_code]), "", ctx_uses, []

    # -- class
    def _class(self, jsx: str, rd: Render, rng) -> str:
        st = self.style
        base = "Component" if st.react_import == "named" else "React.Component"
        defaults = dict(self.props)

        def conv_handler(c: str) -> str:
            c = _replace_sets(c, lambda n, e: f"this.setState({{ {n}: {e} }})")
            c = _HANDLER.sub(lambda m: f"this.{m.group(1)}", c)
            c = _PROP.sub(lambda m: f"(this.props.{m.group(1)} ?? {defaults[m.group(1)]})", c)
            return _READ.sub(lambda m: f"this.state.{m.group(1)}", c)

        def conv_render(c: str) -> str:
            c = _replace_sets(c, lambda n, e: f"this.setState({{ {n}: {e} }})")
            c = _SETFN.sub(lambda m: f"(value) => this.setState({{ {m.group(1)}: value }})", c)
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
            text = conv_handler(body)
            if rd.noise and rng.random() < 0.35:
                text = rng.choice(_HANDLER_COMMENTS) + "\n" + text
            if st.kind == "class-bind":
                parts.append(f"{n}({params}) {{\n{indent(text, 2)}\n}}")
            else:
                parts.append(f"{n} = ({params}) => {{\n{indent(text, 2)}\n}};")
        rl: list[str] = []
        if self.state:
            rl.append(f"const {{ {', '.join(n for n, _ in self.state)} }} = this.state;")
        if self.props:
            rl.append(f"const {{ {', '.join(f'{p} = {d}' for p, d in self.props)} }} = this.props;")
        rl.extend(conv_render(d) for d in self.derived)
        rl.append(f"return (\n{indent(conv_render(jsx), 2)}\n);")
        parts.append("render() {\n" + indent("\n".join(rl), 2) + "\n}")
        return (self.doc + "\n" if self.doc else "") + f"class {self.name} extends {base} {{\n" + \
            indent("\n\n".join(parts), 2) + "\n}\n\nexport default " + self.name + ";"


_BLANK = "\n\n"


def hook_name(comp: Comp) -> str:
    return "use" + comp.name


def rd_hook_path(comp: Comp, rd: Render) -> str:
    return f"{hook_name(comp)}.js" if rd.state == "hook" else f"{comp.name}Context.jsx"


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def _strip_markers(code: str) -> str:
    return re.sub(r"«[^»]*»", " ", code)


def _decl_name(block: str) -> str:
    m = re.match(r"(?:export )?(?:const|let) (\w+)\s*=|(?:export )?function (\w+)\(", block)
    return (m.group(1) or m.group(2)) if m else ""


def _action_namer(style: str):
    def name(n: str) -> str:
        if style == "upper":
            return "SET_" + re.sub(r"(?<!^)(?=[A-Z])", "_", n).upper()
        if style == "slash":
            return f"{n}/set"
        return "set" + _cap(n)

    return name


def _react_import(names: list[str], st: Style, q: str) -> str:
    names = list(dict.fromkeys(names))
    if not names:
        return ""
    if st.react_import == "named":
        return f"import {{ {', '.join(names)} }} from {q}react{q};"
    return f"import React from {q}react{q};"


def _class_head(st: Style, q: str) -> str:
    if st.react_import == "named":
        return f"import React, {{ Component }} from {q}react{q};"
    return f"import React from {q}react{q};"


def _component(name: str, sig: str, body: str, st: Style, doc: str) -> str:
    if st.kind == "arrow":
        return f"{doc}const {name} = ({sig}) => {{\n{indent(body, 2)}\n}};\n\nexport default {name};"
    if st.export == "inline":
        return f"{doc}export default function {name}({sig}) {{\n{indent(body, 2)}\n}}"
    return f"{doc}function {name}({sig}) {{\n{indent(body, 2)}\n}}\n\nexport default {name};"


def _with_imports(code: str, head: list[str], where: dict[str, str], own: set[str], q: str, prefix: str) -> str:
    """Prefix ``code`` with ``head`` and imports of the module-level names it uses from sibling modules."""
    by_path: dict[str, list[str]] = {}
    for name, path in where.items():
        if name in own:
            continue
        if _uses(code, name):
            by_path.setdefault(path, []).append(name)
    lines = list(head)
    for path, names in by_path.items():
        lines.append(f"import {{ {', '.join(names)} }} from {q}{prefix}{path}{q};")
    return ("\n".join(lines) + "\n\n" + code if lines else code).rstrip("\n") + "\n"


_HANDLER_COMMENTS = (
    "// Keep this in sync with the API response shape.",
    "// TODO: call the API once the endpoint is ready.",
    "// The server validates again; this is only for quick feedback.",
    "// Reset feedback first so a stale message never lingers.",
    "// NOTE: product asked for this behaviour in the last review.",
    "// Cheap enough to do on every click; the lists are small.",
    "/* istanbul ignore next -- covered by the end-to-end suite */",
    "// Order matters here: clear the error before showing anything new.",
)
_DERIVED_COMMENTS = (
    "// Derived on every render: cheap for lists this size.",
    "// Computed, not stored, so it can never go stale.",
    "// eslint-disable-next-line prefer-const",
    "// Keep the maths in one place.",
)


def _noise_jsx(jsx: str, rng) -> str:
    """A layout wrapper or a JSX comment: the noise real screens carry around the behaviour."""
    r = rng.random()
    if r < 0.4:
        cls = rng.choice(["card", "panel", "layout", "container", "stack", "content"])
        return f'<div className="{cls}">\n{indent(jsx, 2)}\n</div>'
    if r < 0.8:
        lines = jsx.split("\n")
        if len(lines) > 2:
            pad = re.match(r"\s*", lines[1]).group(0)
            note = rng.choice(["Layout only: spacing comes from the design system.", "Keep the order: QA scripts rely on it.",
                               "Copy reviewed by the content team.", "Do not add logic here; see the handlers above."])
            lines.insert(1, f"{pad}{{/* {note} */}}")
            return "\n".join(lines)
    return jsx


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
