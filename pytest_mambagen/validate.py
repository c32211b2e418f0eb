"""Check a generated test before it is written or run (libcst): an allow-list, not a deny-list.

A candidate is accepted only when every piece of it is something this module
explicitly permits; anything else is rejected with a one-line reason. A
deny-list of dangerous names cannot be made sound (``pytest.importorskip("os")``,
``getattr``, dunder gadgets, aliases...), so there is none. What a generated
test may be:

* imports: ``import pytest``, ``import re``, ``from playwright.sync_api import expect``;
* at module level, besides those imports: ``test_*`` functions, helper
  functions that tests call (same rules as a test body, no ``return``, never
  given ``mount``), constants made of literals (or ``re.compile(<literal>)``),
  and docstrings;
* decorators: only ``@pytest.mark.parametrize(<literal argnames>, <literal rows>)``
  (rows may be ``pytest.param(<literals>, id=<literal>)``, ``ids=`` a literal list);
* parameters: ``mount`` and the parametrize names, no defaults, no annotations
  (``-> None`` is allowed);
* inside a function: assignments to plain local names; ``mount("<literal path>")``
  or ``mount("<literal>", props=<literal dict>)``; calls on ``page``, on locators,
  on ``page.keyboard`` and on ``expect(...)`` drawn from the method lists below;
  literals; ``re.compile(<literal>)``; ``for`` loops over literal lists (or
  ``range(<small literal>)``); ``assert`` with comparisons; ``pass``.

No other attribute, call, statement or operator is allowed: no dunders, no
builtins (so no ``getattr``, ``open``, ``__import__``), no subscripts, no
f-strings, no lambdas, comprehensions, walrus, ``while``, ``if``, ``try``,
``with``, classes, nested functions, star imports or aliases. Every name must be
defined before it is used. Identifiers must be ASCII (Python folds Unicode
look-alikes to ASCII names at run time, which a checker reading the raw text
would not see).

Grounding: every locator string (``get_by_label("Email")``, ``name=`` of a role,
``filter(has_text=...)``, a CSS class or id in ``page.locator(...)``) must exist on
the screen; values reached through a name (parametrize rows, loop lists,
constants, helper arguments) are checked value by value, and a locator string
computed at run time is rejected. ``mount`` must name the case's screen.

The Playwright methods that touch files, processes, other pages or the network
(``goto``, ``route``, ``request``, ``evaluate``, ``add_init_script``, ``context``,
``browser``, ``pdf``, ``screenshot``, ``set_input_files``, ``expect_download``,
``wait_for_timeout``, ``pause``, ...) are simply not on the lists. The browser
the harness gives generated tests is fenced as well (see ``harness/fence.py``), so
even an allowed call cannot reach beyond the harness's own origin.

Small syntax slips are repaired (code fences, a truncated trailing test) and
the repair is reported.

Size (~1,700 lines, over the ~500 the project uses as a signal): the allow-list is one policy
and is reviewed as one: the method lists, the checker and every refusal message sit together, so
that a reviewer can see that nothing outside the lists gets through. A split (lists, checker,
grounding) is the next one worth making, with ``tests/test_policy.py`` holding the behaviour.
"""

from __future__ import annotations

import functools
import io
import re
import tokenize
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import libcst as cst
from libcst.metadata import PositionProvider

from .inventory import ARIA_ROLES, Inventory
from .prompts import extract_code

# -- the lists ------------------------------------------------------------------------------------

#: ``import X`` that a generated test may write.
ALLOWED_IMPORTS = frozenset({"pytest", "re"})
#: ``from M import N`` that a generated test may write.
ALLOWED_FROM_IMPORTS = {"playwright.sync_api": frozenset({"expect"})}
#: The fixtures a generated test may ask for (besides its parametrize names).
FIXTURES = frozenset({"mount"})
SCREEN_SUFFIXES = (".jsx", ".tsx", ".js")

#: Locator factories on a page or a locator, and the inventory kind their string is grounded in.
LOCATOR_METHODS = {
    "get_by_role": "role", "get_by_label": "label", "get_by_text": "text", "get_by_test_id": "test_id",
    "get_by_placeholder": "placeholder", "get_by_title": "title", "get_by_alt_text": "alt_text",
}
#: Methods of a locator that give another locator.
LOCATOR_REFINERS = frozenset({"locator", "filter", "nth", "and_", "or_"} | set(LOCATOR_METHODS))
#: Properties of a locator that give another locator.
LOCATOR_PROPERTIES = frozenset({"first", "last"})
#: Actions on a locator (they return nothing).
LOCATOR_ACTIONS = frozenset({
    "click", "dblclick", "fill", "clear", "press", "press_sequentially", "type", "check", "uncheck",
    "set_checked", "select_option", "hover", "focus", "blur", "tap", "select_text",
    "scroll_into_view_if_needed", "dispatch_event", "drag_to", "wait_for",
})
#: Queries on a locator, with the kind of value they return.
LOCATOR_QUERIES = {
    "count": "int", "inner_text": "str", "text_content": "str", "input_value": "str", "get_attribute": "str",
    "is_visible": "bool", "is_hidden": "bool", "is_enabled": "bool", "is_disabled": "bool",
    "is_checked": "bool", "is_editable": "bool", "all_inner_texts": "seq", "all_text_contents": "seq",
}
#: What a page offers besides the locator factories.
PAGE_PROPERTIES = frozenset({"keyboard"})
PAGE_QUERIES = {"title": "str"}
KEYBOARD_METHODS = frozenset({"press", "type", "down", "up", "insert_text"})
_LOCATOR_ASSERTIONS = (
    "to_be_attached", "to_be_checked", "to_be_disabled", "to_be_editable", "to_be_empty", "to_be_enabled",
    "to_be_focused", "to_be_hidden", "to_be_in_viewport", "to_be_visible", "to_contain_class",
    "to_contain_text", "to_have_accessible_description", "to_have_accessible_error_message",
    "to_have_accessible_name", "to_have_attribute", "to_have_class", "to_have_count", "to_have_css",
    "to_have_id", "to_have_role", "to_have_text", "to_have_value", "to_have_values", "to_match_aria_snapshot",
)
_PAGE_ASSERTIONS = ("to_have_title", "to_have_url")
LOCATOR_ASSERTIONS = frozenset(_LOCATOR_ASSERTIONS + tuple("not_" + a for a in _LOCATOR_ASSERTIONS))
PAGE_ASSERTIONS = frozenset(_PAGE_ASSERTIONS + tuple("not_" + a for a in _PAGE_ASSERTIONS))
#: Methods whose string argument is typed into the screen (it may be located afterwards).
TYPING_METHODS = frozenset({"fill", "type", "press_sequentially", "select_option", "insert_text"})
#: Keyword arguments Playwright calls may take (values must be literals, or locators for ``has``).
ALLOWED_KEYWORDS = frozenset({
    "name", "exact", "checked", "disabled", "expanded", "include_hidden", "level", "pressed", "selected",
    "has_text", "has_not_text", "has", "has_not", "visible", "timeout", "force", "no_wait_after", "trial",
    "button", "click_count", "modifiers", "position", "delay", "value", "label", "index", "state",
    "source_position", "target_position", "event_init", "ignore_case", "use_inner_text", "message",
})
LOCATOR_KEYWORDS = frozenset({"has", "has_not"})
#: Bounds on literals that would otherwise make a test wait (forever, for ``timeout=0``).
MAX_TIMEOUT_MS = 60_000
MAX_DELAY_MS = 1_000
MAX_RANGE = 100
MAX_FOLDED = 10_000  # characters in a string built with + or *
RE_FLAGS = frozenset({"IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S", "ASCII", "A", "VERBOSE", "X",
                      "UNICODE", "U"})
#: Names that a test may not rebind (they are the vocabulary the checks rely on).
RESERVED = frozenset({"pytest", "re", "expect", "mount", "range", "dict", "True", "False", "None"})
#: Module-level names pytest itself reads or calls in a test module: ``pytest_plugins = ["x"]`` imports
#: any installed module, ``setup_module`` and ``pytest_generate_tests`` are called by pytest.
PYTEST_MAGIC = re.compile(r"^(pytest|_|setup|teardown|collect_ignore)")
#: Longest locator string grounded (a name on a screen is short; matching a long one against the
#: screen's templates could take very long).
MAX_LOCATOR_CHARS = 300
#: libcst's native parser overflows the C stack (the process dies) on ~1,500 nested brackets or a
#: ~3,000-term chain of operators; candidates are measured with Python's tokenizer first.
MAX_NESTING = 100
MAX_STATEMENT_TOKENS = 2_000

_BUILTINS = frozenset(dir(__import__("builtins")))

# kinds of values the checker tracks
PAGE, LOCATOR, KEYBOARD, ASSERT_LOCATOR, ASSERT_PAGE = "page", "locator", "keyboard", "locator assertion", \
    "page assertion"
MOUNT, EXPECT, PYTEST, RE_MODULE, HELPER, REFLAG = "mount", "expect", "pytest", "re", "helper", "re flag"
STR, INT, FLOAT, BOOL, NONE, SEQ, DICT, PATTERN = "str", "int", "float", "bool", "none", "seq", "dict", "pattern"
DATA = frozenset({STR, INT, FLOAT, BOOL, NONE, SEQ, DICT, PATTERN})
#: A name whose definition was rejected: its later uses add no more reasons (the verdict is already no).
POISON = "poison"
#: Kinds that may be stored in a local name (no aliases of mount, expect, modules or helpers).
STORABLE = DATA | {PAGE, LOCATOR, KEYBOARD, ASSERT_LOCATOR, ASSERT_PAGE}


@dataclass
class Verdict:
    ok: bool
    code: str
    reasons: list[str] = field(default_factory=list)  # why it was rejected
    warnings: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    checks: dict[str, bool] = field(default_factory=dict)  # syntax, has_test, policy, mount, grounding
    tests: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons) if self.reasons else "ok"


def validate(
    completion: str,
    *,
    inventory: Inventory | None = None,
    mount_path: str | None = None,
    screen_source: str | None = None,
    siblings: Mapping[str, str] | Iterable[tuple[str, str]] = (),
    spelling: ScreenSource | None = None,
) -> Verdict:
    """Validate (and lightly repair) a model completion for one case.

    ``inventory`` grounds locator strings; ``screen_source`` (the screen's JSX,
    plus ``siblings``, the local modules it imports) grounds CSS classes and ids
    in ``page.locator(...)``; ``mount_path`` is the path ``mount()`` must name.
    Without an inventory nothing is grounded; the policy is checked all the same.
    ``spelling`` is :meth:`ScreenSource.of` those sources, for a caller that checks
    several candidates of one case and reads the sources once (then they are not
    read again here).
    """
    code = extract_code(completion)
    repairs: list[str] = []
    if completion.strip() and code != completion.strip("\n") + "\n":
        repairs.append("took the code out of a fenced block")
    if not code.strip():
        return Verdict(False, "", ["the model produced no code"], checks={"syntax": False})
    module, code, syntax_error = _parse_with_repair(code, repairs)
    if module is None:
        return Verdict(False, code, [f"syntax error: {syntax_error}"], repairs=repairs, checks={"syntax": False})
    selectors = spelling
    if selectors is None and screen_source is not None:
        selectors = ScreenSource.of(screen_source, siblings)
    checker = _Checker(module, inventory, mount_path, selectors)
    try:
        checker.run()
    except RecursionError:
        return Verdict(False, code, ["is nested too deeply to check"], repairs=repairs,
                       checks={"syntax": True, "policy": False})
    except Exception as exc:  # fail closed: a candidate the checker cannot follow is not accepted
        return Verdict(False, code, [f"could not be checked ({type(exc).__name__}: {exc})"], repairs=repairs,
                       checks={"syntax": True, "policy": False})
    checks = {
        "syntax": True,
        "has_test": bool(checker.tests),
        "policy": not checker.policy,
        "mount": not checker.mount_problems,
        "grounding": not checker.ungrounded,
    }
    reasons: list[str] = []
    if not checker.tests:
        reasons.append("defines no test_* function")
    reasons += checker.policy + checker.mount_problems + checker.ungrounded
    return Verdict(not reasons, code, reasons, checker.warnings, repairs, checks, list(dict.fromkeys(checker.tests)))


def _too_complex(code: str) -> str | None:
    """Why ``code`` is too deeply nested or has too long a statement to hand to the parser, or None."""
    depth = tokens = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type == tokenize.OP and token.string in "([{":
                depth += 1
                if depth > MAX_NESTING:
                    return f"nests brackets more than {MAX_NESTING} deep (line {token.start[0]})"
            elif token.type == tokenize.OP and token.string in ")]}":
                depth = max(0, depth - 1)
            if token.type == tokenize.NEWLINE:
                tokens = 0
            elif token.type not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
                tokens += 1
                if tokens > MAX_STATEMENT_TOKENS:
                    return f"has a statement of more than {MAX_STATEMENT_TOKENS} tokens (line {token.start[0]})"
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None  # the parser reports the syntax error with its own words
    return None


def _parse_with_repair(code: str, repairs: list[str]) -> tuple[cst.Module | None, str, str]:
    problem = _too_complex(code)
    if problem is not None:
        return None, code, problem
    try:
        return cst.parse_module(code), code, ""
    except cst.ParserSyntaxError as exc:
        first_error = f"line {exc.raw_line}: {exc.message}"
    except (RecursionError, MemoryError, ValueError) as exc:  # pathological input: not a test
        return None, code, f"cannot be parsed ({type(exc).__name__})"
    # A candidate cut off by the token limit usually ends inside its last test:
    # drop top-level blocks from the end until the rest parses.
    lines = code.split("\n")
    starts = [i for i, line in enumerate(lines) if line and not line[0].isspace()]
    for start in reversed(starts):
        head = "\n".join(lines[:start]).rstrip("\n")
        while head.split("\n")[-1].startswith("@"):
            head = "\n".join(head.split("\n")[:-1]).rstrip("\n")
        if "def test" not in head:
            break
        try:
            module = cst.parse_module(head + "\n")
        except cst.ParserSyntaxError:
            continue
        repairs.append(f"dropped an incomplete block from line {start + 1} (syntax error at {first_error})")
        return module, head + "\n", ""
    return None, code, first_error


# -- CSS classes and ids of the screen ------------------------------------------------------------

_CLASS_ATTR = re.compile(r"(?<![\w-])(?:className|class)\s*=\s*")
_ID_ATTR = re.compile(r"(?<![\w-])id\s*=\s*")
_JS_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`""", re.S)
_CSS_IDENT = re.compile(r"-?[A-Za-z_][A-Za-z0-9_-]*")
_HOLE = re.compile(r"\$\{[^}]*\}")
MAX_TEMPLATES = 2000


@dataclass
class ScreenSource:
    """What a screen's source spells out: CSS classes and ids, string literals and template strings.

    It widens grounding beyond the inventory (which keeps only strings that look like UI text):
    a locator string is on the screen when the screen's source holds it, as a literal or as a
    template (`Remove ${name}`) whose fixed parts match.
    """

    classes: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    text: str = ""  # the sources, for attribute-selector names and values
    literals: tuple[str, ...] = ()  # every string literal, whitespace collapsed, lower case
    templates: tuple[str, ...] = ()  # template strings with {} holes, whitespace collapsed

    @classmethod
    def of(cls, screen_source: str, siblings: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> ScreenSource:
        """A screen and the code among the local modules it imports (data files spell no selectors)."""
        items = siblings.items() if isinstance(siblings, Mapping) else siblings
        code = [text for name, text in items if str(name).endswith((".js", ".jsx", ".ts", ".tsx", ".mjs"))]
        return cls.from_sources([screen_source, *code])

    @classmethod
    def from_sources(cls, sources: Iterable[str]) -> ScreenSource:
        classes: set[str] = set()
        ids: set[str] = set()
        literals: dict[str, None] = {}
        templates: dict[str, None] = {}
        texts = list(sources)
        for source in texts:
            for match in _CLASS_ATTR.finditer(source):
                for value in _attribute_strings(source, match.end()):
                    classes.update(token for token in value.split() if _CSS_IDENT.fullmatch(token))
            for match in _ID_ATTR.finditer(source):
                for value in _attribute_strings(source, match.end()):
                    if _CSS_IDENT.fullmatch(value.strip()):
                        ids.add(value.strip())
            for match in _JS_STRING.finditer(source):
                raw = next(g for g in match.groups() if g is not None)
                if match.group(3) is not None and "${" in raw:
                    template = " ".join(_HOLE.sub("{}", raw).split())
                    if len(templates) < MAX_TEMPLATES and len(re.sub(r"[^A-Za-z]", "", template)) >= 3:
                        templates.setdefault(template, None)
                    for part in _HOLE.split(raw):
                        if part.strip():
                            literals.setdefault(" ".join(part.split()).lower(), None)
                elif raw.strip():
                    literals.setdefault(" ".join(raw.split()).lower(), None)
        for source in texts:
            for template in _concatenations(source):
                if len(templates) < MAX_TEMPLATES:
                    templates.setdefault(template, None)
        # A class or id built from data ("msg " + m.from, with from: "user") is spelled by the
        # screen too: any literal token of the source grounds it.
        raw_tokens = {t for src in texts for m in _JS_STRING.finditer(src)
                      for t in (next(g for g in m.groups() if g is not None)).split() if _CSS_IDENT.fullmatch(t)}
        return cls(frozenset(classes | raw_tokens), frozenset(ids | raw_tokens), "\n".join(texts),
                   tuple(literals), tuple(templates))

    def holds(self, kind: str, value: str, exact: bool) -> bool:
        """Whether ``value`` is spelled by the source (as Playwright would match it, roughly)."""
        norm = " ".join(value.split()).lower()
        if not norm:
            return False
        if kind == "test_id":
            return norm in self.literals or any(_template_regex(t).fullmatch(value.strip()) for t in self.templates)
        if exact:
            return norm in self.literals or any(_template_regex(t).fullmatch(norm) for t in self.templates)
        return any(norm in lit for lit in self.literals) or any(_template_regex(t).search(norm)
                                                                for t in self.templates)


_JS_TOKEN = re.compile(r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\+)|([\w$.]+(?:\([^()]*\))?)|(\s+)|(.)""",
                       re.S)


def _concatenations(source: str) -> list[str]:
    """Templates spelled by string concatenation: ``"Rate " + n + " out of 5"`` -> ``Rate {} out of 5``."""
    out: list[str] = []
    parts: list[str | None] = []  # strings, and None for a hole
    plus = False
    pending: bool = False  # an operand seen right before, that a following "+ string" turns into a hole

    def flush() -> None:
        nonlocal parts
        if any(p is None for p in parts) and any(isinstance(p, str) for p in parts):
            template = "".join("{}" if p is None else p for p in parts)
            template = " ".join(re.sub(r"(\{\})+", "{}", template).split())
            if len(re.sub(r"[^A-Za-z]", "", template)) >= 3:
                out.append(template)
        parts = []

    for match in _JS_TOKEN.finditer(source):
        string, add, operand, space, _other = match.groups()
        if space:
            continue
        if string:
            try:
                value = string[1:-1].encode("utf-8").decode("unicode_escape") if "\\" in string else string[1:-1]
            except UnicodeDecodeError:
                value = string[1:-1]
            if plus and (parts or pending):
                if not parts:
                    parts = [None]
                parts.append(value)
            else:
                flush()
                parts = [value]
            plus = pending = False
        elif add:
            plus = True
        elif operand:
            if plus and parts:
                parts.append(None)
            else:
                flush()
                pending = True
            plus = False
        else:
            flush()
            plus = pending = False
    flush()
    return out


@functools.lru_cache(maxsize=8192)
def _template_regex(template: str) -> re.Pattern[str]:
    pieces = [re.escape(p) for p in template.split("{}")]
    return re.compile(".+?".join(pieces).replace(r"\ ", r"\s+"), re.IGNORECASE)


def _attribute_strings(source: str, start: int) -> list[str]:
    """The static strings of a JSX attribute value starting at ``start``: ``"a b"`` or ``{cond ? "a" : `b ${x}`}``."""
    if start >= len(source):
        return []
    if source[start] in "\"'":
        end = source.find(source[start], start + 1)
        return [source[start + 1:end]] if end > 0 else []
    if source[start] != "{":
        return []
    depth, i = 0, start
    while i < len(source):  # the balanced {...}, skipping over strings
        ch = source[i]
        if ch in "\"'`":
            match = _JS_STRING.match(source, i)
            i = match.end() if match else i + 1
            continue
        depth += ch == "{"
        depth -= ch == "}"
        i += 1
        if depth == 0:
            break
    out = []
    for match in _JS_STRING.finditer(source, start, i):
        value = next(g for g in match.groups() if g is not None)
        out.extend(part for part in re.split(r"\$\{[^}]*\}", value) if part.strip())
    return out


_CSS_TAG = re.compile(r"(?:[A-Za-z][A-Za-z0-9]*|\*)")
#: Playwright's own engines (``text=``, ``xpath=``, ``internal:role=``) and XPath.
_CSS_ENGINE = re.compile(r"\s*(//|\.\.|[A-Za-z_][\w-]*(?::[\w-]+)?\s*=)")
_CSS_ATTR = r"""\[\s*(?P<attr>[A-Za-z][A-Za-z0-9_:-]*)\s*(?:(?P<op>[~|^$*]?=)\s*(?P<value>"[^"\\]*"|'[^'\\]*'|[A-Za-z0-9_-]+)\s*)?\]"""
_CSS_PSEUDOS = ("first-child", "last-child", "only-child", "first-of-type", "last-of-type", "only-of-type",
                "checked", "disabled", "enabled", "focus", "empty", "required", "optional", "read-only")
_CSS_PSEUDO = r":(?:nth-child|nth-of-type|nth-last-child)\(\s*(?:odd|even|-?\d*n?\s*(?:[+-]\s*\d+)?)\s*\)|:(?:" + \
    "|".join(_CSS_PSEUDOS) + r")(?![\w-])"
_CSS_SIMPLE = re.compile(r"\.(?P<cls>-?[A-Za-z_][A-Za-z0-9_-]*)|#(?P<id>-?[A-Za-z_][A-Za-z0-9_-]*)|" + _CSS_ATTR +
                         "|(?P<pseudo>" + _CSS_PSEUDO + r")|:not\((?P<not>[^()]*)\)")
_CSS_COMBINATOR = re.compile(r"\s*[>+~]\s*|\s+")


def parse_css(selector: str) -> tuple[list[tuple[str, str]], str | None]:
    """Split a plain CSS selector into ``(kind, value)`` parts (tag, class, id, attr); or say why it is not one.

    Only CSS is allowed: Playwright's other selector engines (``text=``, ``xpath=``,
    ``role=``, ``internal:``, ``>>`` chains, ``:has-text()``) reach beyond what the
    screen's own markup grounds.
    """
    parts: list[tuple[str, str]] = []
    text = selector.strip()
    if not text:
        return [], "is empty"
    if ">>" in text:
        return [], "uses >>, which chains Playwright's selector engines; it is not CSS"
    engine = _CSS_ENGINE.match(text)
    if engine:
        return [], f"uses the {engine.group(1).strip()} selector engine, which is not CSS"
    pos = 0
    expect_compound = True
    while pos < len(text):
        if not expect_compound:
            comb = _CSS_COMBINATOR.match(text, pos)
            if comb is None or comb.end() == pos:
                return [], f"is not a plain CSS selector (at {text[pos:pos + 12]!r})"
            pos = comb.end()
            expect_compound = True
            continue
        start = pos
        tag = _CSS_TAG.match(text, pos)
        if tag:
            if tag.group() != "*":
                parts.append(("tag", tag.group().lower()))
            pos = tag.end()
        while pos < len(text):
            simple = _CSS_SIMPLE.match(text, pos)
            if simple is None:
                break
            if simple.group("cls"):
                parts.append(("class", simple.group("cls")))
            elif simple.group("id"):
                parts.append(("id", simple.group("id")))
            elif simple.group("attr"):
                value = simple.group("value")
                parts.append(("attr", simple.group("attr") + ("=" + value.strip("\"'") if value else "")))
            elif simple.group("not") is not None:
                inner, why = parse_css(simple.group("not"))
                if why:
                    return [], why
                parts.extend(inner)
            pos = simple.end()
        if pos == start:
            return [], f"is not a plain CSS selector (at {text[pos:pos + 12]!r})"
        expect_compound = False
    return parts, None


# -- the checker ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Val:
    """What the checker knows about a value: its possible kinds, and its possible literal values."""

    kinds: frozenset[str]
    values: tuple | None = None  # every value it may take (literals), or None when unknown before run time

    @staticmethod
    def of(value: Any) -> _Val:
        return _Val(frozenset({_kind_of(value)}), (value,))

    @staticmethod
    def kind(*kinds: str) -> _Val:
        return _Val(frozenset(kinds))

    def union(self, other: _Val) -> _Val:
        values = self.values + other.values if self.values is not None and other.values is not None else None
        return _Val(self.kinds | other.kinds, values)


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, str):
        return STR
    if value is None:
        return NONE
    if isinstance(value, (list, tuple)):
        return SEQ
    if isinstance(value, _Pattern):
        return PATTERN
    return DICT


@dataclass(frozen=True)
class _Pattern:
    source: str
    flags: int = 0


class _Reject(Exception):
    """Stop checking one statement: its reason is already recorded."""


@dataclass
class _Function:
    node: cst.FunctionDef
    is_test: bool
    params: dict[str, _Val] = field(default_factory=dict)
    calls: list[list[_Val]] = field(default_factory=list)  # helpers: the arguments of every call


class _Checker:
    def __init__(self, module: cst.Module, inventory: Inventory | None, mount_path: str | None,
                 selectors: ScreenSource | None):
        self._positions: Any = None  # line numbers are resolved only when something is rejected
        self.module = module
        self.inventory = inventory
        self.mount_path = mount_path
        self.selectors = selectors
        self.tests: list[str] = []
        self.policy: list[str] = []
        self.mount_problems: list[str] = []
        self.ungrounded: list[str] = []
        self.warnings: list[str] = []
        self.globals: dict[str, _Val] = {}
        self.functions: dict[str, _Function] = {}
        self.extra_tests: list[_Function] = []  # a second def of a test name
        self.typed: set[str] = set()
        self.grounding: list[tuple[cst.CSTNode, str, _Val, bool, str | None, str]] = []

    # -- reporting ---------------------------------------------------------------------------
    def _line(self, node: cst.CSTNode) -> int:
        if self._positions is None:
            self._positions = cst.MetadataWrapper(self.module, unsafe_skip_copy=True).resolve(PositionProvider)
        try:
            return self._positions[node].start.line
        except KeyError:
            return 0

    def reject(self, node: cst.CSTNode, message: str, bucket: str = "policy") -> _Reject:
        text = f"line {self._line(node)}: {message}"
        target = {"policy": self.policy, "mount": self.mount_problems, "grounding": self.ungrounded}[bucket]
        if text not in target:
            target.append(text)
        return _Reject(text)

    # -- the module --------------------------------------------------------------------------
    def run(self) -> None:
        for stmt in self.module.body:
            try:
                self._module_statement(stmt)
            except _Reject:
                continue
        for fn in [*self.functions.values(), *self.extra_tests]:
            if fn.is_test:
                self._function(fn)
        for name, fn in self.functions.items():
            if fn.is_test:
                continue
            if not fn.calls:
                self.reject(fn.node, f"defines helper {name}(), which no test calls: remove it")
                continue
            self._function(fn)
        self._ground_all()

    def _module_statement(self, stmt: cst.BaseStatement) -> None:
        if isinstance(stmt, cst.FunctionDef):
            self._define_function(stmt)
            return
        if isinstance(stmt, cst.ClassDef):
            raise self.reject(stmt, f"defines a class ({stmt.name.value}): write plain test_* functions")
        if not isinstance(stmt, cst.SimpleStatementLine):
            raise self.reject(stmt, f"has {_describe(stmt)} at module level; only imports, constants and "
                                    "functions may be there")
        for small in stmt.body:
            if isinstance(small, cst.Import):
                self._import(small)
            elif isinstance(small, cst.ImportFrom):
                self._import_from(small)
            elif isinstance(small, cst.Assign):
                self._constant(small)
            elif isinstance(small, cst.Expr) and _is_string(small.value):
                continue  # a docstring
            else:
                raise self.reject(small, f"runs {_describe(small)} at module level; only imports, constants of "
                                         "literals and functions may be there")

    def _import(self, node: cst.Import) -> None:
        for alias in node.names:
            name = _dotted(alias.name)
            if name not in ALLOWED_IMPORTS:
                raise self.reject(node, f"imports {name}; generated tests may import only pytest, re and "
                                        "expect from playwright.sync_api")
            if alias.asname is not None:
                as_name = _target_name(alias.asname)
                if as_name != name:
                    raise self.reject(node, f"imports {name} as {as_name}: import it under its own name")
            self._bind_global(node, name, _Val.kind(PYTEST if name == "pytest" else RE_MODULE), import_=True)

    def _import_from(self, node: cst.ImportFrom) -> None:
        module = _dotted(node.module) if node.module is not None else ""
        if node.relative:
            raise self.reject(node, "uses a relative import; generated tests may import only pytest, re and "
                                    "expect from playwright.sync_api")
        allowed = ALLOWED_FROM_IMPORTS.get(module)
        if isinstance(node.names, cst.ImportStar):
            raise self.reject(node, f"uses from {module} import *; import exactly what is used "
                                    "(from playwright.sync_api import expect)")
        names = [_dotted(a.name) for a in node.names]
        if allowed is None:
            raise self.reject(node, f"from {module} import {', '.join(names)}: generated tests may import only "
                                    "pytest, re and expect from playwright.sync_api")
        for alias in node.names:
            name = _dotted(alias.name)
            if name not in allowed:
                raise self.reject(node, f"imports {name} from {module}; only {', '.join(sorted(allowed))} is "
                                        "allowed")
            if alias.asname is not None and _target_name(alias.asname) != name:
                raise self.reject(node, f"imports {name} as {_target_name(alias.asname)}: import it under its "
                                        "own name")
            self._bind_global(node, name, _Val.kind(EXPECT), import_=True)

    def _bind_global(self, node: cst.CSTNode, name: str, value: _Val, *, import_: bool = False) -> None:
        self._check_identifier(node, name)
        if not import_ and PYTEST_MAGIC.match(name) and not name.startswith("test"):
            raise self.reject(node, f"defines {name} at module level; names starting with pytest, setup, teardown, "
                                    "collect_ignore or _ are read or called by pytest itself")
        if name in self.globals and not (import_ and self.globals[name] == value):
            raise self.reject(node, f"defines {name} twice at module level")
        if not import_ and (name in RESERVED or name in _BUILTINS):
            raise self.reject(node, f"rebinds {name}, which generated tests may not redefine")
        self.globals[name] = value

    def _constant(self, node: cst.Assign) -> None:
        if len(node.targets) != 1 or not isinstance(node.targets[0].target, cst.Name):
            raise self.reject(node, "assigns to something other than one plain name at module level")
        name = node.targets[0].target.value
        self._check_identifier(node, name)
        ok, value = self._literal(node.value)
        if not ok:
            raise self.reject(node, f"module-level constant {name} is not made of literals (or re.compile of a "
                                    "literal)")
        self._bind_global(node, name, _Val.of(value))

    def _define_function(self, node: cst.FunctionDef) -> None:
        name = node.name.value
        self._check_identifier(node, name)
        if node.asynchronous is not None:
            raise self.reject(node, f"defines async def {name}: generated tests are plain functions")
        is_test = name.startswith("test")
        fn = _Function(node, is_test)
        if name in self.functions:
            if not is_test or not self.functions[name].is_test:
                raise self.reject(node, f"defines {name} twice")
            # Python keeps the last one; both are checked, since both are in the file.
            self.warnings.append(f"defines {name} twice: only the last one runs")
            self.tests.append(name)
            self._test_signature(fn)
            self.extra_tests.append(fn)
            return
        if is_test:
            self.tests.append(name)
            self._test_signature(fn)
        else:
            self._helper_signature(fn)
        self._bind_global(node, name, _Val.kind(HELPER))
        self.functions[name] = fn

    def _plain_params(self, node: cst.FunctionDef) -> list[str]:
        params = node.params
        if params.star_arg not in (cst.MaybeSentinel.DEFAULT, None) or params.star_kwarg is not None \
                or params.kwonly_params or params.posonly_params:
            raise self.reject(node, f"{node.name.value}() takes *args, **kwargs or keyword-only parameters; "
                                    "list plain parameters")
        names = []
        for param in params.params:
            if param.default is not None:
                raise self.reject(param, f"parameter {param.name.value} has a default value; parameters are "
                                         "fixtures or parametrize names, without defaults")
            if param.annotation is not None:
                raise self.reject(param, f"parameter {param.name.value} has an annotation; leave parameters "
                                         "unannotated")
            self._check_identifier(param, param.name.value)
            names.append(param.name.value)
        if node.returns is not None and not (isinstance(node.returns.annotation, cst.Name)
                                             and node.returns.annotation.value == "None"):
            raise self.reject(node.returns, f"{node.name.value}() has a return annotation other than None")
        return names

    def _test_signature(self, fn: _Function) -> None:
        node = fn.node
        names = self._plain_params(node)
        table: dict[str, _Val] = {}
        for decorator in node.decorators:
            table.update(self._parametrize(decorator))
        for name in names:
            if name in table:
                fn.params[name] = table[name]
            elif name in FIXTURES:  # mount: the only fixture, and the only way to a page
                fn.params[name] = _Val.kind(MOUNT)
            else:
                raise self.reject(node, f"{node.name.value}() asks for the fixture {name}; generated tests may use "
                                        "only mount and their parametrize names")
        for name in table:
            if name not in names:
                raise self.reject(node, f"parametrizes {name}, which {node.name.value}() does not take")

    def _helper_signature(self, fn: _Function) -> None:
        node = fn.node
        if node.decorators:
            raise self.reject(node.decorators[0], f"helper {node.name.value}() has a decorator; only tests may be "
                                                  "parametrized")
        for name in self._plain_params(node):
            if name in RESERVED:
                raise self.reject(node, f"helper {node.name.value}() takes a parameter named {name}; helpers "
                                        "get pages, locators and literals, never the mount fixture")
            fn.params[name] = _Val(frozenset())

    # -- parametrize ---------------------------------------------------------------------------
    def _parametrize(self, decorator: cst.Decorator) -> dict[str, _Val]:
        call = decorator.decorator
        func = call.func if isinstance(call, cst.Call) else call
        if _dotted(func) != "pytest.mark.parametrize" or not isinstance(call, cst.Call):
            raise self.reject(decorator, f"uses the decorator @{_dotted(func) or 'expression'}; only "
                                         "@pytest.mark.parametrize(<literal names>, <literal rows>) is allowed")
        if self.globals.get("pytest") != _Val.kind(PYTEST):
            raise self.reject(decorator, "uses pytest.mark.parametrize without import pytest")
        positional = [a for a in call.args if a.keyword is None]
        keywords = {a.keyword.value: a for a in call.args if a.keyword is not None}
        for arg in call.args:
            if arg.star:
                raise self.reject(decorator, "passes *args to parametrize")
        for key in keywords:
            if key not in ("argnames", "argvalues", "ids"):
                raise self.reject(decorator, f"passes {key}= to parametrize; only argnames, argvalues and ids "
                                             "are allowed")
        argnames = positional[0].value if positional else keywords.get("argnames", None)
        argvalues = positional[1].value if len(positional) > 1 else keywords.get("argvalues", None)
        argnames = argnames.value if isinstance(argnames, cst.Arg) else argnames
        argvalues = argvalues.value if isinstance(argvalues, cst.Arg) else argvalues
        if argnames is None or argvalues is None or len(positional) > 2:
            raise self.reject(decorator, "parametrize takes argnames and argvalues")
        ok, names = self._literal(argnames)
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",") if n.strip()]
        if not ok or not isinstance(names, (list, tuple)) or not names or \
                not all(isinstance(n, str) and n.isidentifier() and n.isascii() for n in names):
            raise self.reject(decorator, "parametrize argnames must be a literal string or list of names")
        for name in names:
            if name in RESERVED or name.startswith("__"):
                raise self.reject(decorator, f"parametrizes {name}, which generated tests may not redefine")
        if "ids" in keywords:
            ok, ids = self._literal(keywords["ids"].value)
            if not ok or not isinstance(ids, (list, tuple)) or not all(isinstance(i, str) for i in ids):
                raise self.reject(decorator, "parametrize ids= must be a literal list of strings")
        rows = self._rows(argvalues, decorator)
        table: dict[str, _Val] = {}
        for row in rows:
            if len(names) == 1:
                row = (row,) if not (isinstance(row, _Param)) else row.values
            elif isinstance(row, _Param):
                row = row.values
            if not isinstance(row, (list, tuple)) or len(row) != len(names):
                raise self.reject(decorator, f"a parametrize row does not give exactly {len(names)} value(s)")
            for name, value in zip(names, row, strict=True):
                table[name] = table[name].union(_Val.of(value)) if name in table else _Val.of(value)
        if not rows:
            raise self.reject(decorator, "parametrize has no rows")
        return table

    def _rows(self, node: cst.BaseExpression, decorator: cst.Decorator) -> list[Any]:
        if isinstance(node, cst.Name):
            value = self.globals.get(node.value)
            if value is None or value.values is None or SEQ not in value.kinds:
                raise self.reject(decorator, f"parametrize rows {node.value} is not a literal list defined above")
            return list(value.values[0])
        if not isinstance(node, (cst.List, cst.Tuple)):
            raise self.reject(decorator, "parametrize rows must be a literal list")
        rows = []
        for element in node.elements:
            if isinstance(element, cst.StarredElement):
                raise self.reject(decorator, "parametrize rows use *unpacking")
            value = element.value
            if isinstance(value, cst.Call) and _dotted(value.func) == "pytest.param":
                rows.append(self._param(value, decorator))
                continue
            ok, literal = self._literal(value)
            if not ok:
                raise self.reject(element, f"parametrize row {_source(value)[:60]} is not a literal")
            rows.append(literal)
        return rows

    def _param(self, call: cst.Call, decorator: cst.Decorator) -> _Param:
        values = []
        for arg in call.args:
            if arg.star:
                raise self.reject(decorator, "pytest.param uses *unpacking")
            if arg.keyword is not None:
                if arg.keyword.value != "id" or not _is_string(arg.value):
                    raise self.reject(decorator, f"pytest.param takes {arg.keyword.value}=; only a literal id= is "
                                                 "allowed")
                continue
            ok, literal = self._literal(arg.value)
            if not ok:
                raise self.reject(decorator, f"pytest.param value {_source(arg.value)[:60]} is not a literal")
            values.append(literal)
        return _Param(tuple(values))

    # -- literals -------------------------------------------------------------------------------
    def _literal(self, node: cst.BaseExpression, depth: int = 0) -> tuple[bool, Any]:
        """``(True, value)`` when ``node`` is made of literals only (no names but constants defined above)."""
        if depth > 12:
            return False, None
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            value = _string_value(node)
            return (value is not None), value
        if isinstance(node, cst.Integer):
            try:
                return True, int(node.evaluated_value)
            except (ValueError, TypeError):
                return False, None
        if isinstance(node, cst.Float):
            try:
                return True, float(node.evaluated_value)
            except (ValueError, TypeError):
                return False, None
        if isinstance(node, cst.Name):
            if node.value in ("True", "False", "None"):
                return True, {"True": True, "False": False, "None": None}[node.value]
            value = self.globals.get(node.value)
            if value is not None and value.values is not None and len(value.values) == 1 and \
                    value.kinds <= DATA:
                return True, value.values[0]
            return False, None
        if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, (cst.Minus, cst.Plus)) \
                and isinstance(node.expression, (cst.Integer, cst.Float)):
            ok, value = self._literal(node.expression, depth + 1)
            return ok, (-value if isinstance(node.operator, cst.Minus) else value) if ok else None
        if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
            out = []
            for element in node.elements:
                if isinstance(element, cst.StarredElement):
                    return False, None
                ok, value = self._literal(element.value, depth + 1)
                if not ok:
                    return False, None
                out.append(value)
            return True, tuple(out) if isinstance(node, cst.Tuple) else out
        if isinstance(node, cst.Dict):
            out_d: dict[Any, Any] = {}
            for element in node.elements:
                if not isinstance(element, cst.DictElement):
                    return False, None
                ok_k, key = self._literal(element.key, depth + 1)
                ok_v, value = self._literal(element.value, depth + 1)
                if not (ok_k and ok_v) or not isinstance(key, (str, int, float, bool, type(None))):
                    return False, None
                out_d[key] = value
            return True, out_d
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "dict" \
                and all(a.keyword is not None and not a.star for a in node.args):
            out_k: dict[str, Any] = {}
            for arg in node.args:
                ok, value = self._literal(arg.value, depth + 1)
                if not ok:
                    return False, None
                out_k[arg.keyword.value] = value
            return True, out_k
        if isinstance(node, cst.Call) and _dotted(node.func) == "re.compile" and \
                self.globals.get("re") == _Val.kind(RE_MODULE):
            return self._re_compile(node)
        if isinstance(node, cst.BinaryOperation):
            ok_l, left = self._literal(node.left, depth + 1)
            ok_r, right = self._literal(node.right, depth + 1)
            folded = _fold(node.operator, (left,), (right,)) if ok_l and ok_r else None
            return (True, folded[0]) if folded is not None and len(folded) == 1 else (False, None)
        return False, None

    def _re_compile(self, node: cst.Call) -> tuple[bool, Any]:
        args = list(node.args)
        if not args or len(args) > 2 or any(a.star for a in args):
            return False, None
        if args[0].keyword is not None or not _is_string(args[0].value):
            return False, None
        source = _string_value(args[0].value)
        flags = 0
        if len(args) == 2:
            if args[1].keyword not in (None,) and args[1].keyword.value != "flags":
                return False, None
            flags = self._re_flags(args[1].value)
            if flags is None:
                return False, None
        try:
            re.compile(source, flags)
        except (re.error, OverflowError, RecursionError, ValueError):
            return False, None
        return True, _Pattern(source, flags)

    def _re_flags(self, node: cst.BaseExpression) -> int | None:
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "re" \
                and node.attr.value in RE_FLAGS:
            return int(getattr(re, node.attr.value))
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
            left, right = self._re_flags(node.left), self._re_flags(node.right)
            return left | right if left is not None and right is not None else None
        return None

    # -- functions ------------------------------------------------------------------------------
    def _function(self, fn: _Function) -> None:
        env: dict[str, _Val] = dict(fn.params)
        if not fn.is_test:
            for i, name in enumerate(env):
                merged: _Val | None = None
                for args in fn.calls:
                    merged = args[i] if merged is None else merged.union(args[i])
                env[name] = merged or _Val(frozenset())
        assigned = {n for n in _assigned_names(fn.node.body)}
        body = fn.node.body
        statements = body.body if isinstance(body, cst.IndentedBlock) else [body]
        self._block(statements, env, fn, assigned)

    def _block(self, statements: Iterable[cst.CSTNode], env: dict[str, _Val], fn: _Function,
               assigned: set[str]) -> None:
        for stmt in statements:
            try:
                if isinstance(stmt, cst.SimpleStatementLine):
                    for small in stmt.body:
                        self._small(small, env, fn, assigned)
                elif isinstance(stmt, cst.SimpleStatementSuite):
                    for small in stmt.body:
                        self._small(small, env, fn, assigned)
                elif isinstance(stmt, cst.For):
                    self._for(stmt, env, fn, assigned)
                else:
                    raise self.reject(stmt, f"uses {_describe(stmt)}; a test is a straight list of steps "
                                            "(loops only as for over a literal list)")
            except _Reject:
                continue

    def _small(self, small: cst.BaseSmallStatement, env: dict[str, _Val], fn: _Function, assigned: set[str]) -> None:
        if isinstance(small, cst.Pass):
            return
        if isinstance(small, cst.Expr):
            if _is_string(small.value):
                return  # a docstring or a comment in a string
            if not isinstance(small.value, cst.Call):
                self._expr(small.value, env, fn, assigned)
                raise self.reject(small, f"has a statement that does nothing ({_source(small.value)[:40]})")
            self._expr(small.value, env, fn, assigned, statement=True)
            return
        if isinstance(small, cst.Assign):
            if len(small.targets) != 1 or not isinstance(small.targets[0].target, cst.Name):
                raise self.reject(small, "assigns to something other than one plain local name")
            name = small.targets[0].target.value
            self._check_local(small, name, fn)
            try:
                value = self._expr(small.value, env, fn, assigned)
                if not value.kinds <= STORABLE | {POISON}:
                    what = ", ".join(sorted(value.kinds - STORABLE))
                    raise self.reject(small, f"stores {what} in {name}; call it directly (no aliases)")
            except _Reject:
                env[name] = _Val.kind(POISON)
                raise
            env[name] = value
            return
        if isinstance(small, cst.Assert):
            self._expr(small.test, env, fn, assigned, in_assert=True)
            if small.msg is not None:
                ok, _ = self._literal(small.msg)
                if not ok:
                    raise self.reject(small, "the assert message is not a literal")
            return
        if isinstance(small, cst.AugAssign):
            raise self.reject(small, f"uses {_source(small.operator).strip()}; assign a new literal instead")
        raise self.reject(small, f"uses {_describe(small)}, which generated tests may not")

    def _check_local(self, node: cst.CSTNode, name: str, fn: _Function) -> None:
        self._check_identifier(node, name)
        if name in RESERVED or name in self.globals or name.startswith("__"):
            raise self.reject(node, f"rebinds {name}; use a new local name")
        if not fn.is_test and name in fn.params:
            raise self.reject(node, f"rebinds the parameter {name}")

    def _for(self, node: cst.For, env: dict[str, _Val], fn: _Function, assigned: set[str]) -> None:
        if node.asynchronous is not None or node.orelse is not None:
            raise self.reject(node, "uses async for or for ... else; write a plain for over a literal list")
        targets = _for_targets(node.target)
        if targets is None:
            raise self.reject(node, "the for target must be a name or a tuple of names")
        try:
            elements = self._iteration(node.iter, env, fn, assigned)
        except _Reject:
            for name in targets:
                env[name] = _Val.kind(POISON)
            self._block(node.body.body if isinstance(node.body, cst.IndentedBlock) else [node.body], env, fn,
                        assigned)
            raise
        for name in targets:
            self._check_local(node, name, fn)
        for i, name in enumerate(targets):
            merged: _Val | None = None
            for element in elements:
                if len(targets) > 1:
                    if not isinstance(element, (list, tuple)) or len(element) != len(targets):
                        raise self.reject(node, f"a loop item does not unpack into {len(targets)} names")
                    value = _Val.of(element[i])
                else:
                    value = _Val.of(element)
                merged = value if merged is None else merged.union(value)
            env[name] = merged if merged is not None else _Val.kind(NONE)
        body = node.body.body if isinstance(node.body, cst.IndentedBlock) else [node.body]
        self._block(body, env, fn, assigned)

    def _iteration(self, node: cst.BaseExpression, env: dict[str, _Val], fn: _Function,
                   assigned: set[str]) -> list[Any]:
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "range":
            if len(node.args) != 1 or node.args[0].keyword is not None or node.args[0].star:
                raise self.reject(node, "range() takes one literal count here")
            count = self._expr(node.args[0].value, env, fn, assigned)
            if count.values is None or not all(isinstance(v, int) and not isinstance(v, bool) for v in count.values):
                raise self.reject(node, "range() needs a literal count")
            top = max(count.values)
            if top > MAX_RANGE or min(count.values) < 0:
                raise self.reject(node, f"range({top}) loops more than {MAX_RANGE} times")
            return list(range(top))
        value = self._expr(node, env, fn, assigned)
        if POISON in value.kinds:
            raise _Reject("poisoned")
        if value.kinds != {SEQ} or value.values is None:
            raise self.reject(node, "loops over something that is not a literal list; write the items out")
        items: list[Any] = []
        for seq in value.values:
            items.extend(seq)
        return items

    # -- expressions -------------------------------------------------------------------------
    def _expr(self, node: cst.BaseExpression, env: dict[str, _Val], fn: _Function, assigned: set[str], *,
              statement: bool = False, in_assert: bool = False) -> _Val:
        if isinstance(node, (cst.FormattedString,)) or (isinstance(node, cst.ConcatenatedString)
                                                         and _has_fstring(node)):
            raise self.reject(node, "uses an f-string; write the literal text")
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString, cst.Integer, cst.Float, cst.List,
                             cst.Tuple, cst.Dict, cst.Set)) or \
                (isinstance(node, cst.UnaryOperation) and isinstance(node.operator, (cst.Minus, cst.Plus))):
            ok, value = self._literal(node)
            if ok:
                return _Val.of(value)
            if isinstance(node, cst.SimpleString):
                raise self.reject(node, f"uses the string {_source(node)[:30]}; only text strings are allowed")
            if isinstance(node, (cst.List, cst.Tuple, cst.Set, cst.Dict)):
                for child in _elements(node):
                    inner = self._expr(child, env, fn, assigned)
                    if not inner.kinds <= STORABLE | {POISON}:
                        raise self.reject(node, f"puts {', '.join(sorted(inner.kinds - STORABLE))} in a container; "
                                                "call it directly (no aliases)")
                return _Val.kind(SEQ if not isinstance(node, cst.Dict) else DICT)
            raise self.reject(node, f"uses {_source(node)[:40]}, which is not a literal")
        if isinstance(node, cst.Name):
            return self._name(node, env, fn, assigned)
        if isinstance(node, cst.Attribute):
            return self._attribute(node, env, fn, assigned)
        if isinstance(node, cst.Call):
            return self._call(node, env, fn, assigned)
        if in_assert and isinstance(node, cst.Comparison):
            self._expr(node.left, env, fn, assigned, in_assert=True)
            for target in node.comparisons:
                self._expr(target.comparator, env, fn, assigned, in_assert=True)
            return _Val.kind(BOOL)
        if in_assert and isinstance(node, cst.BooleanOperation):
            self._expr(node.left, env, fn, assigned, in_assert=True)
            self._expr(node.right, env, fn, assigned, in_assert=True)
            return _Val.kind(BOOL)
        if in_assert and isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Not):
            self._expr(node.expression, env, fn, assigned, in_assert=True)
            return _Val.kind(BOOL)
        if isinstance(node, cst.Subscript):
            raise self.reject(node, f"uses a subscript ({_source(node)[:40]}); generated tests may not index "
                                    "values")
        if isinstance(node, cst.BinaryOperation):
            left = self._expr(node.left, env, fn, assigned)
            right = self._expr(node.right, env, fn, assigned)
            if POISON in left.kinds or POISON in right.kinds:
                return _Val.kind(POISON)
            folded = _fold(node.operator, left.values, right.values)
            if folded is None:
                raise self.reject(node, f"uses the operator {_source(node.operator).strip()} "
                                        f"({_source(node)[:40]}); only + of known strings, and a known string * a "
                                        f"small number, are allowed (results up to {MAX_FOLDED} characters)")
            return _Val(frozenset({STR}), folded)
        raise self.reject(node, f"uses {_describe(node)}, which generated tests may not")

    def _name(self, node: cst.Name, env: dict[str, _Val], fn: _Function, assigned: set[str]) -> _Val:
        name = node.value
        self._check_identifier(node, name)
        if name in ("True", "False", "None"):
            return _Val.of({"True": True, "False": False, "None": None}[name])
        if name in env:
            return env[name]
        if name in assigned:
            raise self.reject(node, f"uses {name} before it is assigned")
        if name in self.globals:
            return self.globals[name]
        if name in _BUILTINS:
            raise self.reject(node, f"uses the builtin {name}, which generated tests may not")
        if name in ("mambagen_harness", "page", "browser", "context", "request"):
            raise self.reject(node, f"uses {name}, which is not defined here; generated tests get their page "
                                    "from mount(...)")
        raise self.reject(node, f"uses {name}, which is not defined")

    def _attribute(self, node: cst.Attribute, env: dict[str, _Val], fn: _Function, assigned: set[str],
                   *, called: bool = False, receiver: _Val | None = None) -> _Val:
        attr = node.attr.value
        if isinstance(node.value, cst.Name) and node.value.value == "re" and attr in RE_FLAGS \
                and self.globals.get("re") == _Val.kind(RE_MODULE) and "re" not in env:
            return _Val.kind(REFLAG)
        # the receiver first: the reason then names the first step that leaves the lists
        if receiver is None:
            receiver = self._expr(node.value, env, fn, assigned)
        if POISON in receiver.kinds:
            return _Val.kind(POISON)
        self._check_identifier(node, attr)
        if attr.startswith("_"):
            raise self.reject(node, f"uses .{attr}; generated tests may not touch private or dunder attributes")
        kinds = receiver.kinds
        if not kinds:
            raise self.reject(node, f"uses .{attr} on a value whose kind is unknown")
        if NONE in kinds:
            raise self.reject(node, f"uses .{attr} on None (what the call before it returns); start again from "
                                    "the page or a locator")
        results: set[str] = set()
        for kind in sorted(kinds):
            if kind == PAGE and attr in PAGE_PROPERTIES and not called:
                results.add(KEYBOARD)
            elif kind == LOCATOR and attr in LOCATOR_PROPERTIES and not called:
                results.add(LOCATOR)
            elif called and self._method_ok(kind, attr):
                results.add("method")
            elif not called and self._method_ok(kind, attr):
                raise self.reject(node, f"uses .{attr} without calling it (no method references)")
            elif (kind == PAGE and attr in PAGE_PROPERTIES) or (kind == LOCATOR and attr in LOCATOR_PROPERTIES):
                raise self.reject(node, f".{attr} is a property: use it without ()")
            else:
                raise self.reject(node, f"uses .{attr} on {_a(kind)}, which is not a Playwright method generated "
                                        "tests may call")
        return _Val.kind(*results)

    def _method_ok(self, kind: str, attr: str) -> bool:
        if kind == PAGE:
            return attr in LOCATOR_METHODS or attr == "locator" or attr in PAGE_QUERIES
        if kind == LOCATOR:
            return attr in LOCATOR_REFINERS or attr in LOCATOR_ACTIONS or attr in LOCATOR_QUERIES
        if kind == KEYBOARD:
            return attr in KEYBOARD_METHODS
        if kind == ASSERT_LOCATOR:
            return attr in LOCATOR_ASSERTIONS
        if kind == ASSERT_PAGE:
            return attr in PAGE_ASSERTIONS
        if kind == RE_MODULE:
            return attr == "compile"
        return False

    def _call(self, node: cst.Call, env: dict[str, _Val], fn: _Function, assigned: set[str]) -> _Val:
        for arg in node.args:
            if arg.star:
                raise self.reject(node, f"passes {arg.star}{_source(arg.value)[:30]}; write the arguments out")
        func = node.func
        if isinstance(func, cst.Name):
            if func.value in ("range", "dict") and func.value not in env and func.value not in self.globals:
                for arg in node.args:
                    self._expr(arg.value, env, fn, assigned)
                if func.value == "dict":
                    ok, value = self._literal(node)
                    if ok:
                        return _Val.of(value)
                    raise self.reject(node, "dict() takes only keyword arguments with literal values")
                raise self.reject(node, "uses range() outside a for loop")
            if func.value in _BUILTINS and func.value not in env and func.value not in assigned \
                    and func.value not in self.globals:
                raise self.reject(node, f"calls {func.value}(), a Python builtin generated tests may not use")
            target = self._name(func, env, fn, assigned)
            if POISON in target.kinds:
                return _Val.kind(POISON)
            if target.kinds == {MOUNT}:
                return self._mount(node, fn, env, assigned)
            if target.kinds == {EXPECT}:
                return self._expect(node, env, fn, assigned)
            if target.kinds == {HELPER}:
                return self._helper_call(node, env, fn, assigned)
            raise self.reject(node, f"calls {func.value}, which is not mount, expect or a helper")
        if isinstance(func, cst.Attribute):
            if _dotted(func) == "re.compile" and "re" not in env and self.globals.get("re") == _Val.kind(RE_MODULE):
                ok, pattern = self._re_compile(node)
                if not ok:
                    raise self.reject(node, "re.compile takes a literal pattern (and re flags), and the pattern "
                                            "must compile")
                return _Val.of(pattern)
            receiver = self._expr(func.value, env, fn, assigned)
            if POISON in receiver.kinds:
                return _Val.kind(POISON)
            self._attribute(func, env, fn, assigned, called=True, receiver=receiver)
            return self._method(node, func.attr.value, receiver, env, fn, assigned)
        raise self.reject(node, f"calls {_source(func)[:40]}, which is not a Playwright method, mount or expect")

    # -- the calls themselves -------------------------------------------------------------------
    def _mount(self, node: cst.Call, fn: _Function, env: dict[str, _Val], assigned: set[str]) -> _Val:
        if not fn.is_test:
            raise self.reject(node, "mounts a screen inside a helper; mount in the test and pass the page",
                              "mount")
        if not node.args:
            raise self.reject(node, "calls mount() without a screen path", "mount")
        first = node.args[0]
        if first.keyword is not None:
            raise self.reject(node, "mount() takes the screen path as its first positional argument", "mount")
        path = _string_value(first.value) if isinstance(first.value, (cst.SimpleString, cst.ConcatenatedString)) \
            else None
        if path is None:
            raise self.reject(node, "mount() takes the screen path as a literal string (no variables)", "mount")
        if self.mount_path is not None and path != self.mount_path:
            raise self.reject(node, f'mounts "{path}", but the case is for "{self.mount_path}"', "mount")
        if self.mount_path is None and (path.startswith("/") or "\\" in path or not path.endswith(SCREEN_SUFFIXES)
                                        or "\0" in path or ":" in path):
            raise self.reject(node, f'mounts "{path}": give a relative path to a .jsx, .tsx or .js screen', "mount")
        rest = node.args[1:]
        if len(rest) > 1:
            raise self.reject(node, "mount() takes a path and props only", "mount")
        for arg in rest:
            if arg.keyword is not None and arg.keyword.value != "props":
                raise self.reject(node, f"mount() takes props=, not {arg.keyword.value}=", "mount")
            ok, props = self._literal(arg.value)
            options = [props] if ok else None
            if not ok and isinstance(arg.value, cst.Name) and arg.value.value in env:
                options = list(env[arg.value.value].values or []) or None  # a parametrize table of props
            if not options or not all(isinstance(p, dict) and _json_like(p) for p in options):
                raise self.reject(node, "mount() props must be a literal dict of JSON values (strings, numbers, "
                                        "booleans, None, lists, dicts), or a parametrize name of such dicts",
                                  "mount")
        return _Val.kind(PAGE)

    def _expect(self, node: cst.Call, env: dict[str, _Val], fn: _Function, assigned: set[str]) -> _Val:
        positional = [a for a in node.args if a.keyword is None]
        if not positional or len(positional) > 2:
            raise self.reject(node, "expect() takes a page or a locator")
        for arg in node.args:
            if arg.keyword is not None and arg.keyword.value != "message":
                raise self.reject(node, f"expect() takes message=, not {arg.keyword.value}=")
        actual = self._expr(positional[0].value, env, fn, assigned)
        if POISON in actual.kinds:
            return _Val.kind(POISON)
        for extra in node.args[1:]:
            ok, _ = self._literal(extra.value)
            if not ok or not _is_string(extra.value):
                raise self.reject(node, "the expect() message must be a literal string")
        if actual.kinds <= {LOCATOR}:
            return _Val.kind(ASSERT_LOCATOR)
        if actual.kinds <= {PAGE}:
            return _Val.kind(ASSERT_PAGE)
        if actual.kinds <= {LOCATOR, PAGE}:
            return _Val.kind(ASSERT_LOCATOR, ASSERT_PAGE)
        raise self.reject(node, "expect() takes a page or a locator; compare plain values with assert")

    def _helper_call(self, node: cst.Call, env: dict[str, _Val], fn: _Function, assigned: set[str]) -> _Val:
        name = node.func.value  # type: ignore[attr-defined]
        helper = self.functions[name]
        if not fn.is_test:
            raise self.reject(node, f"calls helper {name}() from a helper; only tests call helpers (no recursion)")
        if any(a.keyword is not None for a in node.args):
            raise self.reject(node, f"passes keyword arguments to helper {name}(); pass them in order")
        if len(node.args) != len(helper.params):
            raise self.reject(node, f"calls {name}() with {len(node.args)} argument(s); it takes {len(helper.params)}")
        values = []
        for arg in node.args:
            value = self._expr(arg.value, env, fn, assigned)
            if not value.kinds <= STORABLE | {POISON}:
                raise self.reject(node, f"passes {', '.join(sorted(value.kinds - STORABLE))} to helper {name}(); "
                                        "helpers get pages, locators and literals")
            values.append(value)
        helper.calls.append(values)
        return _Val.kind(NONE)

    def _method(self, node: cst.Call, method: str, receiver: _Val, env: dict[str, _Val], fn: _Function,
                assigned: set[str]) -> _Val:
        positional = [a for a in node.args if a.keyword is None]
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        values = [self._argument(a.value, env, fn, assigned, method) for a in positional]
        kw_values: dict[str, _Val] = {}
        for key, value_node in keywords.items():
            if key not in ALLOWED_KEYWORDS:
                raise self.reject(node, f"passes {key}= to {method}(), which generated tests may not")
            value = self._argument(value_node, env, fn, assigned, method, locator_ok=key in LOCATOR_KEYWORDS)
            self._bounded(node, method, key, value)
            kw_values[key] = value
        if any(POISON in v.kinds for v in (*values, *kw_values.values())):
            return _Val.kind(POISON)
        kinds = receiver.kinds
        if method in TYPING_METHODS or (kinds == {KEYBOARD} and method in ("type", "insert_text")):
            for value in [*values[:1], kw_values.get("value"), kw_values.get("label")]:
                for typed in _strings(value):
                    self.typed.add(typed.lower())
        # what the call gives back
        if kinds <= {PAGE, LOCATOR} and (method in LOCATOR_METHODS or method == "locator"):
            self._locator_strings(node, method, values, kw_values)
            return _Val.kind(LOCATOR)
        if kinds <= {LOCATOR} and method in ("filter", "nth", "and_", "or_"):
            if method == "filter":
                self._locator_strings(node, method, values, kw_values)
            if method in ("and_", "or_") and (len(values) != 1 or values[0].kinds != {LOCATOR}):
                raise self.reject(node, f"{method}() takes one locator")
            if method == "nth" and (len(values) != 1 or not values[0].kinds <= {INT}):
                raise self.reject(node, "nth() takes an integer")
            return _Val.kind(LOCATOR)
        if kinds <= {LOCATOR} and method in LOCATOR_QUERIES:
            return _Val.kind(LOCATOR_QUERIES[method])
        if kinds <= {PAGE} and method in PAGE_QUERIES:
            return _Val.kind(PAGE_QUERIES[method])
        if method == "drag_to" and (not values or values[0].kinds != {LOCATOR}):
            raise self.reject(node, "drag_to() takes a locator")
        return _Val.kind(NONE)

    def _argument(self, node: cst.BaseExpression, env: dict[str, _Val], fn: _Function, assigned: set[str],
                  method: str, *, locator_ok: bool = True) -> _Val:
        value = self._expr(node, env, fn, assigned)
        if POISON in value.kinds:
            return value
        allowed = DATA | ({LOCATOR} if locator_ok else set())
        if not value.kinds <= allowed or not value.kinds:
            what = ", ".join(sorted(value.kinds - allowed)) or "a value of unknown kind"
            raise self.reject(node, f"passes {what} to {method}(); Playwright calls take literals, names of "
                                    "literals and locators")
        return value

    def _bounded(self, node: cst.Call, method: str, key: str, value: _Val) -> None:
        if key not in ("timeout", "delay") or POISON in value.kinds:
            return
        top = MAX_TIMEOUT_MS if key == "timeout" else MAX_DELAY_MS
        low_ok = (lambda v: v > 0) if key == "timeout" else (lambda v: v >= 0)
        if value.values is None or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                           and low_ok(v) and v <= top for v in value.values):
            raise self.reject(node, f"{method}({key}=...) must be a literal number of milliseconds, "
                                    f"{'over 0 and ' if key == 'timeout' else ''}at most {top} "
                                    f"({'0 waits forever' if key == 'timeout' else 'longer delays stall the run'})")

    # -- grounding ------------------------------------------------------------------------------
    def _locator_strings(self, node: cst.Call, method: str, values: list[_Val], kw: dict[str, _Val]) -> None:
        exact_value = kw.get("exact")
        exact = bool(exact_value is not None and exact_value.values == (True,))
        if exact_value is not None and exact_value.kinds != {BOOL}:
            raise self.reject(node, "exact= takes True or False")
        if method == "get_by_role":
            if not values or values[0].values is None or values[0].kinds != {STR}:
                raise self.reject(node, "get_by_role() takes an ARIA role as a literal string")
            roles = [str(v) for v in values[0].values]
            for role in roles:
                if self.inventory is not None and role not in ARIA_ROLES:
                    raise self.reject(node, f'get_by_role("{role}") is not an ARIA role', "grounding")
            if "name" in kw:
                self._ground(node, "role", kw["name"], exact, roles[0] if len(roles) == 1 else None,
                             "get_by_role(..., name=...)")
            return
        if method in LOCATOR_METHODS:
            if len(values) != 1:
                raise self.reject(node, f"{method}() takes one string")
            self._ground(node, LOCATOR_METHODS[method], values[0], exact, None, method)
            return
        if method == "locator":
            if len(values) != 1 or values[0].values is None or values[0].kinds != {STR}:
                raise self.reject(node, "locator() takes a CSS selector as a literal string")
            for selector in values[0].values:
                self._css(node, str(selector))
        for key in ("has_text", "has_not_text"):
            if key in kw:
                self._ground(node, "text", kw[key], False, None, f"{method}({key}=...)")
        if method == "filter" and values:
            raise self.reject(node, "filter() takes keyword arguments only (has_text=, has=, ...)")

    def _ground(self, node: cst.CSTNode, kind: str, value: _Val, exact: bool, role: str | None, call: str) -> None:
        if POISON in value.kinds:
            return
        if value.values is None or not value.kinds <= {STR, PATTERN}:
            raise self.reject(node, f"{call} needs a literal string from the screen (or re.compile of one), not a "
                                    "value computed at run time", "grounding")
        self.grounding.append((node, kind, value, exact, role, call))

    def _css(self, node: cst.CSTNode, selector: str) -> None:
        parts, why = parse_css(selector)
        if why:
            raise self.reject(node, f'locator("{selector}") {why}: use a CSS class or id of the screen '
                                    "(or get_by_role / get_by_text)")
        if self.inventory is None and self.selectors is None:
            return
        if self.selectors is None:
            if any(kind in ("class", "id", "attr") for kind, _ in parts):
                raise self.reject(node, f'locator("{selector}") cannot be grounded: the screen source was not '
                                        "given to the validator", "grounding")
            selectors = ScreenSource()
        else:
            selectors = self.selectors
        tags = {el.tag.lower() for el in self.inventory.elements} if self.inventory is not None else set()
        def built(token: str) -> bool:  # className={"seat-row row-" + row}, className={`level-${n}`}
            return any(_template_regex(part).fullmatch(token) for t in selectors.templates for part in t.split()
                       if "{}" in part and len(part.replace("{}", "")) >= 2)

        for kind, value in parts:
            if kind == "class" and value not in selectors.classes and not built(value):
                raise self.reject(node, f'locator("{selector}") uses the class .{value}, which is not on the '
                                        "screen", "grounding")
            if kind == "id" and value not in selectors.ids and not built(value):
                raise self.reject(node, f'locator("{selector}") uses the id #{value}, which is not on the screen',
                                  "grounding")
            if kind == "tag" and self.inventory is not None and value not in tags:
                raise self.reject(node, f'locator("{selector}") uses <{value}>, which is not on the screen',
                                  "grounding")
            if kind == "attr":
                name, _, attr_value = value.partition("=")
                if name not in selectors.text or (attr_value and attr_value not in selectors.text):
                    raise self.reject(node, f'locator("{selector}") uses [{value}], which is not on the screen',
                                      "grounding")

    def _grounded(self, kind: str, value: str, exact: bool) -> bool:
        if self.inventory is not None and self.inventory.grounded(kind, value, exact=exact):
            return True
        if self.selectors is not None and self.selectors.holds(kind, value, exact):
            return True
        low = value.lower()
        return kind != "test_id" and any(low == t or (not exact and low in t) for t in self.typed)

    def _ground_all(self) -> None:
        if self.inventory is None:
            return
        for node, kind, value, exact, role, call in self.grounding:
            for item in value.values or ():
                if isinstance(item, _Pattern):
                    if not self._pattern_grounded(item):
                        self.reject(node, f"{call} uses re.compile({item.source!r}), which matches no text on the "
                                          "screen", "grounding")
                    continue
                text = str(item)
                if len(text) > MAX_LOCATOR_CHARS:
                    self.reject(node, f"{call} uses a string of {len(text)} characters; a locator names one thing "
                                      "on the screen", "grounding")
                    continue
                if not self._grounded(kind, text, exact):
                    if call.startswith("filter(") or call.startswith("locator("):
                        self.reject(node, f'{call.split("(")[0]}({call.split("(")[1].split("=")[0]}="{text}") '
                                          "matches no text on the screen", "grounding")
                    else:
                        self.reject(node, f'{call} uses "{text}", which is not on the screen', "grounding")
                elif not exact and kind in ("role", "label", "text"):
                    pool = self.inventory.names_for_role(role) if role else (
                        self.inventory.labels() if kind == "label" else self.inventory.texts)
                    others = [s for s in pool if text.lower() in s.lower() and text.lower() != s.lower()]
                    if others:
                        warning = f'"{text}" also matches "{others[0]}" on the screen; exact=True would be safer'
                        if warning not in self.warnings:
                            self.warnings.append(warning)

    def _pattern_grounded(self, pattern: _Pattern) -> bool:
        # Ground a pattern by its longest literal run (not by running it: a pattern is the candidate's code,
        # and matching it against the screen's strings could backtrack for a very long time).
        runs = re.split(r"\\.|[][().*+?{}|^$]", pattern.source)
        longest = max(runs, key=len, default="").strip()
        if len(longest) < 2:
            return False
        low = longest.lower()
        strings = list(self.inventory.all_strings()) + list(self.inventory.templates) if self.inventory else []
        if self.selectors is not None:
            strings += list(self.selectors.literals) + list(self.selectors.templates)
        return any(low in s.lower() for s in strings) or any(low in t for t in self.typed)

    def _check_identifier(self, node: cst.CSTNode, name: str) -> None:
        if not name.isascii():
            raise self.reject(node, f"uses the non-ASCII name {name!r}; Python folds it to another name at run "
                                    "time")


@dataclass(frozen=True)
class _Param:
    values: tuple


# -- small helpers --------------------------------------------------------------------------------


def _string_value(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.SimpleString):
        if "b" in node.prefix.lower():
            return None
        try:
            value = node.evaluated_value
        except Exception:  # odd escapes: treat as non-literal
            return None
        return value if isinstance(value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        left, right = _string_value(node.left), _string_value(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _is_string(node: cst.BaseExpression) -> bool:
    return _string_value(node) is not None


def _has_fstring(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.FormattedString):
        return True
    if isinstance(node, cst.ConcatenatedString):
        return _has_fstring(node.left) or _has_fstring(node.right)
    return False


def _fold(operator: cst.BaseBinaryOp, left: tuple | None, right: tuple | None) -> tuple | None:
    """Every value of ``left <op> right`` for known strings (``+``; ``*`` by a small int), or None.

    The result is computed here, so its size is known before the test runs: a doubling
    chain (``a = a + a`` thirty times) is refused instead of eating the runner's memory.
    """
    if left is None or right is None or len(left) * len(right) > 256:
        return None
    out = []
    for a in left:
        for b in right:
            if isinstance(operator, cst.Add) and isinstance(a, str) and isinstance(b, str):
                value = a + b
            elif isinstance(operator, cst.Multiply) and isinstance(a, str) and isinstance(b, int) \
                    and not isinstance(b, bool) and 0 <= b <= MAX_FOLDED:
                value = a * b if len(a) * b <= MAX_FOLDED else None
            elif isinstance(operator, cst.Multiply) and isinstance(b, str) and isinstance(a, int) \
                    and not isinstance(a, bool) and 0 <= a <= MAX_FOLDED:
                value = b * a if len(b) * a <= MAX_FOLDED else None
            else:
                return None
            if value is None or len(value) > MAX_FOLDED:
                return None
            out.append(value)
    return tuple(out)


def _strings(value: _Val | None) -> list[str]:
    if value is None or value.values is None:
        return []
    out = []
    for item in value.values:
        if isinstance(item, str) and item.strip():
            out.append(item)
        elif isinstance(item, (list, tuple)):
            out.extend(s for s in item if isinstance(s, str) and s.strip())
    return out


def _json_like(value: Any) -> bool:
    if isinstance(value, (str, int, float, bool, type(None))):
        return True
    if isinstance(value, (list, tuple)):
        return all(_json_like(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_like(v) for k, v in value.items())
    return False


def _dotted(node: cst.CSTNode | None) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        head = _dotted(node.value)
        return head + "." + node.attr.value if head else ""
    return ""


def _target_name(asname: cst.AsName) -> str:
    return asname.name.value if isinstance(asname.name, cst.Name) else _source(asname.name)


def _for_targets(node: cst.BaseAssignTargetExpression) -> list[str] | None:
    if isinstance(node, cst.Name):
        return [node.value]
    if isinstance(node, (cst.Tuple, cst.List)):
        names = []
        for element in node.elements:
            if not isinstance(element.value, cst.Name):
                return None
            names.append(element.value.value)
        return names
    return None


def _assigned_names(body: cst.BaseSuite) -> set[str]:
    """Names assigned anywhere in a function body (Python makes them local for the whole body)."""
    names: set[str] = set()

    class Collect(cst.CSTVisitor):
        def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
            if isinstance(node.target, cst.Name):
                names.add(node.target.value)

        def visit_For(self, node: cst.For) -> None:
            names.update(_for_targets(node.target) or [])

    body.visit(Collect())
    return names


def _elements(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    if isinstance(node, cst.Dict):
        out = []
        for element in node.elements:
            if isinstance(element, cst.DictElement):
                out += [element.key, element.value]
            else:
                out.append(element.value)
        return out
    return [e.value for e in node.elements]  # type: ignore[attr-defined]


_DESCRIPTIONS = {
    cst.If: "an if statement", cst.While: "a while loop", cst.Try: "a try statement", cst.With: "a with block",
    cst.FunctionDef: "a nested function", cst.ClassDef: "a class", cst.Return: "return", cst.Raise: "raise",
    cst.Del: "del", cst.Global: "global", cst.Nonlocal: "nonlocal", cst.Import: "an import inside a function",
    cst.ImportFrom: "an import inside a function", cst.Break: "break", cst.Continue: "continue",
    cst.AnnAssign: "an annotated assignment", cst.Lambda: "a lambda", cst.NamedExpr: "the walrus operator :=",
    cst.ListComp: "a comprehension", cst.SetComp: "a comprehension", cst.DictComp: "a comprehension",
    cst.GeneratorExp: "a comprehension", cst.Await: "await", cst.Yield: "yield", cst.IfExp: "a conditional "
    "expression", cst.Ellipsis: "...", cst.Match: "a match statement", cst.TryStar: "a try statement",
    cst.For: "a for loop", cst.Comparison: "a comparison outside assert", cst.BooleanOperation:
    "and/or outside assert", cst.Expr: "an expression", cst.Assign: "an assignment",
}


def _a(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def _describe(node: cst.CSTNode) -> str:
    for kind, text in _DESCRIPTIONS.items():
        if isinstance(node, kind):
            return text
    return type(node).__name__


def _source(node: cst.CSTNode) -> str:
    try:
        return cst.Module(body=[]).code_for_node(node)
    except Exception:  # a node that cannot render alone
        return type(node).__name__
